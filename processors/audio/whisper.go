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
	c := DefaultWhisperConfig()
	data, err := os.ReadFile(path)
	if err != nil {
		return c, fmt.Errorf("whisper feature extractor: %w", err)
	}
	if err := json.Unmarshal(data, &c); err != nil {
		return c, fmt.Errorf("whisper feature extractor: %s: %w", path, err)
	}
	if err := c.validate(); err != nil {
		return c, fmt.Errorf("whisper feature extractor: %s: %w", path, err)
	}
	return c, nil
}

func (c WhisperConfig) validate() error {
	switch {
	case c.FeatureSize < 1 || c.FeatureSize > 1024:
		return fmt.Errorf("feature_size %d is not in 1..1024", c.FeatureSize)
	case c.SamplingRate < 1:
		return fmt.Errorf("sampling_rate %d is not positive", c.SamplingRate)
	case c.NFFT < 2 || c.NFFT > 1<<16:
		return fmt.Errorf("n_fft %d is not in 2..65536", c.NFFT)
	case c.HopLength < 1:
		return fmt.Errorf("hop_length %d is not positive", c.HopLength)
	case c.ChunkLength < 1 || int64(c.ChunkLength)*int64(c.SamplingRate) > 1<<28:
		return fmt.Errorf("chunk_length %d s at %d Hz is not in 1..2^28 samples", c.ChunkLength, c.SamplingRate)
	case int64(c.ChunkLength)*int64(c.SamplingRate) <= int64(c.NFFT/2):
		return fmt.Errorf("chunk_length %d s at %d Hz is shorter than n_fft/2 (reflect padding needs more)", c.ChunkLength, c.SamplingRate)
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
	nFrames  int         // nb_max_frames: n_samples / hop_length
	window   []float64   // periodic Hann, n_fft long
	filters  [][]float64 // [feature_size][n_fft/2+1], Slaney mel filters
	lo, hi   []int       // nonzero bin range of each filter
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
	e.nFrames = e.nSamples / c.HopLength
	e.window = make([]float64, c.NFFT)
	for n := range e.window {
		e.window[n] = 0.5 - 0.5*math.Cos(2*math.Pi*float64(n)/float64(c.NFFT))
	}
	e.filters = make([][]float64, c.FeatureSize)
	e.lo, e.hi = make([]int, c.FeatureSize), make([]int, c.FeatureSize)
	for m := range e.filters {
		row := make([]float64, nBins)
		lo, hi := nBins, 0
		for b := range row {
			row[b] = bank[b][m]
			if row[b] != 0 {
				lo, hi = min(lo, b), b+1
			}
		}
		if lo > hi {
			lo = hi
		}
		e.filters[m], e.lo[m], e.hi[m] = row, lo, hi
	}
	return e, nil
}

// NumFrames is nb_max_frames, the time dimension of the features.
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
	power := e.powerSpectrogram(wave, c.Dither, opts.Rand) // [frames][bins], frames = nFrames+1
	out := make([]float32, c.FeatureSize*e.nFrames)
	maxv := float32(math.Inf(-1))
	for m := 0; m < c.FeatureSize; m++ {
		filt, lo, hi := e.filters[m], e.lo[m], e.hi[m]
		for f := 0; f < e.nFrames; f++ { // the last STFT frame is dropped
			var s float64
			p := power[f]
			for b := lo; b < hi; b++ {
				s += filt[b] * p[b]
			}
			v := float32(math.Log10(math.Max(s, 1e-10)))
			out[m*e.nFrames+f] = v
			maxv = max(maxv, v)
		}
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

// powerSpectrogram is audio_utils.spectrogram with center=True,
// pad_mode="reflect", power 2: |rfft(window * frame)|² for every hop, the
// complex values rounded to complex64 first as numpy's path stores them.
func (e *WhisperFeatureExtractor) powerSpectrogram(wave []float64, dither float64, rng *rand.Rand) [][]float64 {
	nfft, hop := e.Config.NFFT, e.Config.HopLength
	pad := nfft / 2
	padded := make([]float64, len(wave)+2*pad)
	copy(padded[pad:], wave)
	for i := 1; i <= pad; i++ { // numpy "reflect": the edge sample is not repeated
		padded[pad-i] = wave[reflectIndex(-i, len(wave))]
		padded[pad+len(wave)-1+i] = wave[reflectIndex(len(wave)-1+i, len(wave))]
	}
	frames := 1 + (len(padded)-nfft)/hop
	fft := fourier.NewFFT(nfft)
	buf := make([]float64, nfft)
	coef := make([]complex128, nfft/2+1)
	out := make([][]float64, frames)
	for f := range out {
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
		row := make([]float64, len(coef))
		for b, z := range coef {
			re, im := float64(float32(real(z))), float64(float32(imag(z)))
			row[b] = re*re + im*im
		}
		out[f] = row
	}
	return out
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
