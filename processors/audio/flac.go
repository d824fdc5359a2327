package audio

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/mewkiz/flac"
)

// flacLayouts is FLAC's fixed channel assignment for 1..8 channels (the
// format specification; ffmpeg's flac decoder uses the same layouts).
var flacLayouts = [...]uint32{
	0,
	chFC,
	chFL | chFR,
	chFL | chFR | chFC,
	chFL | chFR | chBL | chBR,
	chFL | chFR | chFC | chBL | chBR,
	chFL | chFR | chFC | chLFE | chBL | chBR,
	chFL | chFR | chFC | chLFE | chBC | chSL | chSR,
	chFL | chFR | chFC | chLFE | chBL | chBR | chSL | chSR,
}

// DecodeFLAC decodes a FLAC stream held in data with github.com/mewkiz/flac.
// Samples are scaled as ffmpeg's decoder and float conversion do:
// sample / 2^(bits-1). A stream that ends inside a frame is an error; one
// whose frames stop before the total the STREAMINFO block declared is
// returned marked Truncated. A panic inside the library on malformed input
// is turned into an error.
func DecodeFLAC(data []byte, name string, lim Limits) (a *Audio, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("audio: %s: malformed FLAC stream (decoder panicked: %v)", name, r)
		}
	}()
	stream, err := flac.New(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("audio: %s: FLAC header: %w", name, err)
	}
	info := stream.Info
	channels := int(info.NChannels)
	if channels < 1 || channels >= len(flacLayouts) {
		return nil, fmt.Errorf("audio: %s: FLAC STREAMINFO channels %d is not in 1..8", name, channels)
	}
	if info.SampleRate == 0 {
		return nil, fmt.Errorf("audio: %s: FLAC STREAMINFO sample rate is 0", name)
	}
	bps := int(info.BitsPerSample)
	if bps < 4 || bps > 32 {
		return nil, fmt.Errorf("audio: %s: FLAC STREAMINFO bits per sample %d is not in 4..32", name, bps)
	}
	scale := 1 / float64(uint64(1)<<(bps-1))
	var out []float32
	maxSamples := lim.maxSamples()
	for {
		frame, err := stream.ParseNext()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("audio: %s: FLAC frame after sample %d: %w", name, len(out)/channels, err)
		}
		if len(frame.Subframes) != channels {
			return nil, fmt.Errorf("audio: %s: FLAC frame %d has %d channels, STREAMINFO says %d", name, frame.Num, len(frame.Subframes), channels)
		}
		if frame.BitsPerSample != 0 && int(frame.BitsPerSample) != bps {
			return nil, fmt.Errorf("audio: %s: FLAC frame %d has %d bits per sample, STREAMINFO says %d", name, frame.Num, frame.BitsPerSample, bps)
		}
		n := int(frame.BlockSize)
		for _, sf := range frame.Subframes {
			if len(sf.Samples) < n {
				return nil, fmt.Errorf("audio: %s: FLAC frame %d subframe has %d samples, block size %d", name, frame.Num, len(sf.Samples), n)
			}
		}
		if len(out)+n*channels > maxSamples {
			return nil, fmt.Errorf("audio: %s: FLAC stream decodes to more than %d samples (Limits.MaxSamples)", name, maxSamples)
		}
		for i := 0; i < n; i++ {
			for c := 0; c < channels; c++ {
				out = append(out, float32(float64(frame.Subframes[c].Samples[i])*scale))
			}
		}
	}
	frames := len(out) / channels
	return &Audio{
		SampleRate: int(info.SampleRate),
		Channels:   channels,
		Layout:     flacLayouts[channels],
		Samples:    out,
		Format:     fmt.Sprintf("flac s%d", bps),
		Truncated:  info.NSamples != 0 && uint64(frames) < info.NSamples,
	}, nil
}
