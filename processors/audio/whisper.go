package audio

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"

	"gonum.org/v1/gonum/dsp/fourier"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// WhisperConfig is the part of a Whisper preprocessor_config.json the
// feature extractor reads, with transformers' field names and defaults.
type WhisperConfig struct {
	FeatureSize  int     `json:"feature_size"`  // mel bins: 80, or 128 for large-v3
	SamplingRate int     `json:"sampling_rate"` // Hz
	HopLength    int     `json:"hop_length"`
	ChunkLength  int     `json:"chunk_length"` // seconds; n_samples = chunk_length * sampling_rate
	NFFT         int     `json:"n_fft"`
	PaddingValue float64 `json:"padding_value"`
	Dither       float64 `json:"dither"`
	// DoNormalize is the __call__ argument of the same name (not a config
	// field in transformers): zero-mean unit-variance normalisation of the
	// waveform before the spectrogram.
	DoNormalize bool `json:"do_normalize"`
}

// DefaultWhisperConfig is WhisperFeatureExtractor's constructor defaults.
func DefaultWhisperConfig() WhisperConfig {
	return WhisperConfig{FeatureSize: 80, SamplingRate: 16000, HopLength: 160, ChunkLength: 30, NFFT: 400}
}

// LoadWhisperConfig reads a preprocessor_config.json; fields it lacks keep
// DefaultWhisperConfig's values. n_samples and nb_max_frames in the file
// are ignored: transformers recomputes them from chunk_length.
func LoadWhisperConfig(path string) (WhisperConfig, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return DefaultWhisperConfig(), fmt.Errorf("whisper feature extractor: %w", err)
	}
	return ParseWhisperConfig(data, path)
}

// ParseWhisperConfig is LoadWhisperConfig on the file's bytes; name is used
// in errors.
func ParseWhisperConfig(data []byte, name string) (WhisperConfig, error) {
	c := DefaultWhisperConfig()
	if err := json.Unmarshal(data, &c); err != nil {
		return c, fmt.Errorf("whisper feature extractor: %s: %w", name, err)
	}
	if err := c.validate(); err != nil {
		return c, fmt.Errorf("whisper feature extractor: %s: %w", name, err)
	}
	return c, nil
}

// Bounds validate enforces so that a hostile config cannot make the
// extractor allocate without limit.
const (
	maxFeatureSize = 512
	maxNFFT        = 1 << 14
	maxNSamples    = 1 << 24 // 17 minutes at 16 kHz (Whisper: 30 s)
	maxFeatures    = 1 << 24 // feature_size x frames (Whisper: 128 x 3000)
)

func (c WhisperConfig) validate() error {
	switch {
	case c.FeatureSize < 1 || c.FeatureSize > maxFeatureSize:
		return fmt.Errorf("feature_size %d is not in 1..%d", c.FeatureSize, maxFeatureSize)
	case c.SamplingRate < 1:
		return fmt.Errorf("sampling_rate %d is not positive", c.SamplingRate)
	case c.NFFT < 2 || c.NFFT > maxNFFT:
		return fmt.Errorf("n_fft %d is not in 2..%d", c.NFFT, maxNFFT)
	case c.HopLength < 1:
		return fmt.Errorf("hop_length %d is not positive", c.HopLength)
	case c.ChunkLength < 1 || int64(c.ChunkLength)*int64(c.SamplingRate) > maxNSamples:
		return fmt.Errorf("chunk_length %d s at %d Hz is not in 1..%d samples", c.ChunkLength, c.SamplingRate, maxNSamples)
	case c.ChunkLength*c.SamplingRate-c.NFFT%2 < c.HopLength:
		return fmt.Errorf("chunk_length %d s at %d Hz is shorter than hop_length %d: no feature frames", c.ChunkLength, c.SamplingRate, c.HopLength)
	case int64(c.FeatureSize)*int64(c.ChunkLength*c.SamplingRate/c.HopLength) > maxFeatures:
		return fmt.Errorf("feature_size %d x %d frames is over %d features", c.FeatureSize, c.ChunkLength*c.SamplingRate/c.HopLength, maxFeatures)
	case math.IsNaN(c.PaddingValue) || math.IsInf(c.PaddingValue, 0) || math.IsNaN(c.Dither) || math.IsInf(c.Dither, 0):
		return fmt.Errorf("padding_value %g / dither %g must be finite", c.PaddingValue, c.Dither)
	}
	return nil
}

// WhisperFeatureExtractor computes Whisper's log-mel input_features exactly
// as transformers' WhisperFeatureExtractor (its numpy path): pad or
// truncate to n_samples, centred STFT with reflect padding and a periodic
// Hann window, power spectrum, Slaney mel filters (0..8000 Hz), log10 of
// max(·, 1e-10), the last frame dropped, floor at max-8, then (x+4)/4.
// It is safe for concurrent use once built.
type WhisperFeatureExtractor struct {
	Config   WhisperConfig
	nSamples int
	nFrames  int         // feature frames: nb_max_frames = n_samples / hop_length for an even n_fft
	window   []float64   // periodic Hann, n_fft long
	filters  [][]float64 // per mel bin, its Slaney filter's nonzero weights
	lo       []int       // the FFT bin of each filter's first weight
}

// NewWhisperFeatureExtractor validates c and precomputes the window and the
// mel filters.
func NewWhisperFeatureExtractor(c WhisperConfig) (*WhisperFeatureExtractor, error) {
	if err := c.validate(); err != nil {
		return nil, fmt.Errorf("whisper feature extractor: %w", err)
	}
	nBins := 1 + c.NFFT/2
	bank, err := MelFilterBank(nBins, c.FeatureSize, 0, 8000, c.SamplingRate, true, MelSlaney)
	if err != nil {
		return nil, fmt.Errorf("whisper feature extractor: %w", err)
	}
	e := &WhisperFeatureExtractor{Config: c, nSamples: c.ChunkLength * c.SamplingRate}
	// Frames of the centred STFT, less the dropped last one: n_samples /
	// hop_length (nb_max_frames) for an even n_fft.
	e.nFrames = (e.nSamples + 2*(c.NFFT/2) - c.NFFT) / c.HopLength
	e.window = make([]float64, c.NFFT)
	for n := range e.window {
		e.window[n] = 0.5 - 0.5*math.Cos(2*math.Pi*float64(n)/float64(c.NFFT))
	}
	e.filters = make([][]float64, c.FeatureSize)
	e.lo = make([]int, c.FeatureSize)
	for m := range e.filters {
		lo, hi := nBins, 0
		for b := 0; b < nBins; b++ {
			if bank[b][m] != 0 {
				lo, hi = min(lo, b), b+1
			}
		}
		lo = min(lo, hi)
		w := make([]float64, hi-lo)
		for b := lo; b < hi; b++ {
			w[b-lo] = bank[b][m]
		}
		e.filters[m], e.lo[m] = w, lo
	}
	return e, nil
}

// NumFrames is the time dimension of the features: nb_max_frames
// (n_samples / hop_length) for an even n_fft, as for every Whisper.
func (e *WhisperFeatureExtractor) NumFrames() int { return e.nFrames }

// NumSamples is n_samples, the waveform length features are computed over.
func (e *WhisperFeatureExtractor) NumSamples() int { return e.nSamples }

// Options are per-call arguments of Extract.
type Options struct {
	// Rand draws the dither noise when Config.Dither is not 0. transformers
	// draws it from numpy's global generator, which kiln does not reproduce:
	// features with dither match only in distribution.
	Rand *rand.Rand
}

// Extract returns input_features for one mono waveform at
// Config.SamplingRate as a [feature_size][nb_max_frames] row-major slice.
// An empty waveform gives the features of padding (all -1.5 for zero
// padding), as transformers does.
func (e *WhisperFeatureExtractor) Extract(samples []float32, opts Options) ([]float32, error) {
	c := e.Config
	if c.Dither != 0 && opts.Rand == nil {
		return nil, fmt.Errorf("whisper feature extractor: dither %g needs a random source (Options.Rand)", c.Dither)
	}
	wave := e.padWaveform(samples)
	out := make([]float32, c.FeatureSize*e.nFrames)
	// transformers drops the STFT's last frame: it is never computed.
	e.logMel(wave, c.Dither, opts.Rand, out)
	maxv := float32(math.Inf(-1))
	for _, v := range out {
		maxv = max(maxv, v)
	}
	floor := maxv - 8
	for i, v := range out {
		out[i] = (max(v, floor) + 4) / 4
	}
	return out, nil
}

// ExtractTensor is Extract as a float32 tensor of shape
// (1, feature_size, nb_max_frames): the processor's input_features.
func (e *WhisperFeatureExtractor) ExtractTensor(samples []float32, opts Options) (*tensor.Tensor, error) {
	v, err := e.Extract(samples, opts)
	if err != nil {
		return nil, err
	}
	return tensor.FromFloat32(ir.Shape{1, e.Config.FeatureSize, e.nFrames}, v)
}

// padWaveform truncates or right-pads to n_samples with padding_value (the
// SequenceFeatureExtractor.pad call), then applies do_normalize over the
// original samples' span.
func (e *WhisperFeatureExtractor) padWaveform(samples []float32) []float64 {
	c := e.Config
	n := min(len(samples), e.nSamples)
	wave := make([]float64, e.nSamples)
	for i := range wave {
		if i < n {
			wave[i] = float64(samples[i])
		} else {
			wave[i] = float64(float32(c.PaddingValue))
		}
	}
	if c.DoNormalize {
		// zero_mean_unit_var_norm with the attention mask: statistics of the
		// real samples, padding set back to padding_value.
		if n == 0 {
			return wave // transformers' NaN slice is overwritten with padding
		}
		var mean, sq float64
		for _, v := range wave[:n] {
			mean += v
		}
		mean /= float64(n)
		for _, v := range wave[:n] {
			sq += (v - mean) * (v - mean)
		}
		std := math.Sqrt(sq/float64(n) + 1e-7)
		for i := range wave[:n] {
			wave[i] = float64(float32((wave[i] - mean) / std))
		}
	}
	return wave
}

// logMel is audio_utils.spectrogram with center=True, pad_mode="reflect",
// power 2, the mel filters, mel_floor 1e-10 and log10, for the first
// nb_max_frames frames, written to out as [feature_size][nb_max_frames].
// Each frame's rfft is rounded to complex64, as numpy's path stores it.
func (e *WhisperFeatureExtractor) logMel(wave []float64, dither float64, rng *rand.Rand, out []float32) {
	nfft, hop := e.Config.NFFT, e.Config.HopLength
	pad := nfft / 2
	padded := make([]float64, len(wave)+2*pad)
	copy(padded[pad:], wave)
	for i := 1; i <= pad; i++ { // numpy "reflect": the edge sample is not repeated
		padded[pad-i] = wave[reflectIndex(-i, len(wave))]
		padded[pad+len(wave)-1+i] = wave[reflectIndex(len(wave)-1+i, len(wave))]
	}
	fft := fourier.NewFFT(nfft)
	buf := make([]float64, nfft)
	coef := make([]complex128, nfft/2+1)
	power := make([]float64, nfft/2+1)
	for f := 0; f < e.nFrames; f++ {
		copy(buf, padded[f*hop:f*hop+nfft])
		if dither != 0 {
			for i := range buf {
				buf[i] += dither * rng.NormFloat64()
			}
		}
		for i := range buf {
			buf[i] *= e.window[i]
		}
		fft.Coefficients(coef, buf)
		for b, z := range coef {
			re, im := float64(float32(real(z))), float64(float32(imag(z)))
			power[b] = re*re + im*im
		}
		for m, w := range e.filters {
			var s float64
			for j, v := range w {
				s += v * power[e.lo[m]+j]
			}
			out[m*e.nFrames+f] = float32(math.Log10(math.Max(s, 1e-10)))
		}
	}
}

// reflectIndex maps i (possibly outside 0..n-1) into the signal the way
// numpy.pad's "reflect" mode does, repeatedly for pads longer than n.
func reflectIndex(i, n int) int {
	if n == 1 {
		return 0
	}
	period := 2 * (n - 1)
	i %= period
	if i < 0 {
		i += period
	}
	if i >= n {
		i = period - i
	}
	return i
}
