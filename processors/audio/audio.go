// Package audio decodes audio files and turns waveforms into the inputs of
// Hugging Face audio models, as transformers does.
//
// The chain a file goes through is the one transformers' ASR pipeline runs
// for a file path: decode (WAV here, FLAC through github.com/mewkiz/flac),
// downmix to mono the way ffmpeg's "-ac 1" does, resample to the feature
// extractor's rate, then the model's feature extractor (WhisperFeatureExtractor
// for Whisper). Samples are float32 with ffmpeg's integer-to-float scaling
// (s16 / 32768, s24 / 2^23, s32 / 2^31, (u8 - 128) / 128).
//
// Every decoder treats its input as hostile: sizes in headers are checked
// against the bytes present before anything is allocated, the decoded sample
// count is capped (Limits), and errors name the file and the field.
// docs/audio.md describes the package and its differences from ffmpeg.
package audio

import (
	"bytes"
	"fmt"
	"os"
)

// Audio is a decoded clip: Frames() frames of Channels interleaved float32
// samples at SampleRate Hz.
type Audio struct {
	// SampleRate is the rate in Hz, > 0.
	SampleRate int
	// Channels is the number of interleaved channels, 1..MaxChannels.
	Channels int
	// Layout is the speaker positions as a WAVE channel mask (bit 0 front
	// left, bit 1 front right, bit 2 front center, ...): the file's mask when
	// it has one that names Channels speakers, else ffmpeg's default layout
	// for the channel count (0 when ffmpeg has none).
	Layout uint32
	// Samples holds Frames()*Channels samples, frame by frame.
	Samples []float32
	// Format describes the stored encoding, e.g. "pcm_s16le" or "flac s24".
	Format string
	// Truncated is set when the file ended before the length its header
	// declared; Samples then holds the whole frames that were present (what
	// ffmpeg decodes from such a file).
	Truncated bool
}

// Frames is the number of sample frames (samples per channel).
func (a *Audio) Frames() int {
	if a.Channels == 0 {
		return 0
	}
	return len(a.Samples) / a.Channels
}

// Duration is the clip's length in seconds.
func (a *Audio) Duration() float64 {
	if a.SampleRate == 0 {
		return 0
	}
	return float64(a.Frames()) / float64(a.SampleRate)
}

// MaxChannels is the most channels a decoder accepts (ffmpeg's SWR_CH_MAX).
const MaxChannels = 64

// Limits bound what a decoder allocates for one file.
type Limits struct {
	// MaxSamples caps the decoded samples (frames x channels); 0 means
	// DefaultMaxSamples. FLAC needs it most: a constant subframe of a few
	// bytes decodes to 65535 samples.
	MaxSamples int
	// MaxFileBytes caps the size of a file read by Load; 0 means
	// DefaultMaxFileBytes.
	MaxFileBytes int64
}

const (
	// DefaultMaxSamples is 2^28 samples (1 GiB of float32): 93 minutes of
	// 48 kHz stereo, 4.6 hours of 16 kHz mono.
	DefaultMaxSamples = 1 << 28
	// DefaultMaxFileBytes is 2 GiB.
	DefaultMaxFileBytes = 2 << 30
)

func (l Limits) maxSamples() int {
	if l.MaxSamples > 0 {
		return l.MaxSamples
	}
	return DefaultMaxSamples
}

func (l Limits) maxFileBytes() int64 {
	if l.MaxFileBytes > 0 {
		return l.MaxFileBytes
	}
	return DefaultMaxFileBytes
}

// Decode decodes a WAV (RIFF, RIFX or RF64) or FLAC file held in data; name
// is used in errors only. It does not downmix or resample.
func Decode(data []byte, name string, lim Limits) (*Audio, error) {
	switch {
	case len(data) >= 4 && (bytes.Equal(data[:4], []byte("RIFF")) || bytes.Equal(data[:4], []byte("RIFX")) || bytes.Equal(data[:4], []byte("RF64"))):
		return DecodeWAV(data, name, lim)
	case len(data) >= 4 && bytes.Equal(data[:4], []byte("fLaC")), len(data) >= 3 && bytes.Equal(data[:3], []byte("ID3")):
		return DecodeFLAC(data, name, lim)
	}
	head := data
	if len(head) > 4 {
		head = head[:4]
	}
	return nil, fmt.Errorf("audio: %s: unknown file type (starts with %q): kiln decodes WAV (RIFF/RIFX/RF64) and FLAC", name, head)
}

// LoadOptions say how Load turns a file into model input.
type LoadOptions struct {
	// SampleRate is the rate to resample to (the feature extractor's
	// sampling_rate); 0 keeps the file's rate.
	SampleRate int
	// Downmix selects how channels are mixed to mono; the zero value is
	// DownmixFFmpeg, what transformers' pipeline gets from ffmpeg.
	Downmix DownmixMode
	// Resample configures the resampler; nil means KaiserBest. ffmpeg's
	// swresample, which transformers' pipeline runs on files, cannot be
	// reproduced exactly; KaiserBest is as flat and as alias-free as it (see
	// docs/audio.md). &ResampleOptions{} is torchaudio's default, which
	// transformers applies to in-memory arrays.
	Resample *ResampleOptions
	// Limits bound the decoder's allocations.
	Limits Limits
}

// Load reads an audio file and returns mono float32 samples at
// opts.SampleRate (or the file's rate when 0), with the rate: the waveform
// transformers' ASR pipeline hands its feature extractor for a file path.
func Load(path string, opts LoadOptions) ([]float32, int, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, 0, fmt.Errorf("audio: %w", err)
	}
	if st.Size() > opts.Limits.maxFileBytes() {
		return nil, 0, fmt.Errorf("audio: %s: file of %d bytes is over the %d-byte limit (Limits.MaxFileBytes)", path, st.Size(), opts.Limits.maxFileBytes())
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, 0, fmt.Errorf("audio: %w", err)
	}
	a, err := Decode(data, path, opts.Limits)
	if err != nil {
		return nil, 0, err
	}
	mono, err := ToMono(a, opts.Downmix)
	if err != nil {
		return nil, 0, fmt.Errorf("audio: %s: %w", path, err)
	}
	rate := a.SampleRate
	if opts.SampleRate > 0 && opts.SampleRate != rate {
		ro := KaiserBest
		if opts.Resample != nil {
			ro = *opts.Resample
		}
		mono, err = Resample(mono, rate, opts.SampleRate, ro)
		if err != nil {
			return nil, 0, fmt.Errorf("audio: %s: %w", path, err)
		}
		rate = opts.SampleRate
	}
	return mono, rate, nil
}
