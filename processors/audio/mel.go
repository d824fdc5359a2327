package audio

import (
	"fmt"
	"math"
)

// MelScale names the Hz-to-mel mapping of MelFilterBank.
type MelScale int

const (
	// MelHTK is 2595 log10(1 + f/700).
	MelHTK MelScale = iota
	// MelSlaney is linear below 1 kHz (3 f / 200) and logarithmic above
	// (15 + 27 ln(f/1000) / ln 6.4), as librosa and Whisper use.
	MelSlaney
)

func hertzToMel(f float64, s MelScale) float64 {
	if s == MelHTK {
		return 2595 * math.Log10(1+f/700)
	}
	if f >= 1000 {
		return 15 + math.Log(f/1000)*(27/math.Log(6.4))
	}
	return 3 * f / 200
}

func melToHertz(m float64, s MelScale) float64 {
	if s == MelHTK {
		return 700 * (math.Pow(10, m/2595) - 1)
	}
	if m >= 15 {
		return 1000 * math.Exp(math.Log(6.4)/27*(m-15))
	}
	return 200 * m / 3
}

// linspace is numpy.linspace(start, stop, n) with endpoint: start + i*step,
// and the last element exactly stop.
func linspace(start, stop float64, n int) []float64 {
	out := make([]float64, n)
	if n == 1 {
		out[0] = start
		return out
	}
	step := (stop - start) / float64(n-1)
	for i := range out {
		out[i] = float64(i)*step + start
	}
	out[n-1] = stop
	return out
}

// MelFilterBank is transformers' audio_utils.mel_filter_bank without
// triangularize_in_mel_space: numMel triangular filters whose centres are
// evenly spaced in mel between minHz and maxHz, evaluated at
// numFreqBins FFT bin frequencies linspace(0, samplingRate//2), optionally
// Slaney-normalised (each filter scaled by 2 / its width in Hz). The result
// is [numFreqBins][numMel], as transformers returns it.
func MelFilterBank(numFreqBins, numMel int, minHz, maxHz float64, samplingRate int, slaneyNorm bool, scale MelScale) ([][]float64, error) {
	if numFreqBins < 2 || numMel < 1 || samplingRate < 1 || !(minHz >= 0) || !(maxHz > minHz) {
		return nil, fmt.Errorf("mel filter bank: invalid arguments (num_frequency_bins %d, num_mel_filters %d, %g..%g Hz, sampling_rate %d)", numFreqBins, numMel, minHz, maxHz, samplingRate)
	}
	mels := linspace(hertzToMel(minHz, scale), hertzToMel(maxHz, scale), numMel+2)
	filt := make([]float64, len(mels))
	for i, m := range mels {
		filt[i] = melToHertz(m, scale)
	}
	fft := linspace(0, float64(samplingRate/2), numFreqBins)
	bank := make([][]float64, numFreqBins)
	for b, f := range fft {
		row := make([]float64, numMel)
		for m := range row {
			down := -(filt[m] - f) / (filt[m+1] - filt[m])
			up := (filt[m+2] - f) / (filt[m+2] - filt[m+1])
			v := math.Max(0, math.Min(down, up))
			if slaneyNorm {
				v *= 2 / (filt[m+2] - filt[m])
			}
			row[m] = v
		}
		bank[b] = row
	}
	return bank, nil
}
