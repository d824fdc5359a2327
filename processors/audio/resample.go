package audio

import (
	"fmt"
	"math"
)

// ResampleMethod is the window of the windowed-sinc resampler.
type ResampleMethod int

const (
	// SincHann is torchaudio's "sinc_interp_hann" (its default).
	SincHann ResampleMethod = iota
	// SincKaiser is torchaudio's "sinc_interp_kaiser".
	SincKaiser
)

// ResampleOptions configure Resample. The zero value is torchaudio's
// functional.resample default (Hann window, lowpass_filter_width 6, rolloff
// 0.99), which is what transformers' ASR pipeline applies to an in-memory
// waveform whose sampling_rate differs from the model's.
type ResampleOptions struct {
	Method ResampleMethod
	// LowpassFilterWidth is the number of sinc zero crossings kept on each
	// side; 0 means 6.
	LowpassFilterWidth int
	// Rolloff is the cutoff as a fraction of the lower Nyquist frequency;
	// 0 means 0.99.
	Rolloff float64
	// Beta is the Kaiser window's shape (SincKaiser only); 0 means
	// 14.769656459379492, torchaudio's default.
	Beta float64
}

// KaiserBest is the high-quality setting (librosa's "kaiser_best" in
// torchaudio's terms): a Kaiser window with 64 zero crossings, stopband
// attenuation near 100 dB, at about ten times the cost of the default.
var KaiserBest = ResampleOptions{Method: SincKaiser, LowpassFilterWidth: 64, Rolloff: 0.9475937167399596, Beta: 14.769656459379492}

// maxResampleTaps bounds the filter table (phases x taps) Resample builds.
const maxResampleTaps = 1 << 24

// Resample converts mono samples from rate from to rate to with
// torchaudio's windowed-sinc algorithm (functional.resample): both rates
// are divided by their gcd, the input is zero-padded, and output sample k
// is the band-limited interpolation of the input at time k/to. The output
// has ceil(len(x)*to/from) samples. Equal rates return x itself.
//
// Filters are computed in float64 from the same formula as torchaudio
// (which uses the waveform's float32), and only taps inside the window are
// kept: the ones torchaudio keeps outside it are cos²(π/2)-weighted, below
// 1e-30. Results agree with torchaudio to float32 rounding.
func Resample(x []float32, from, to int, opts ResampleOptions) ([]float32, error) {
	if from <= 0 || to <= 0 {
		return nil, fmt.Errorf("resample: rates must be positive, got %d -> %d", from, to)
	}
	if from == to {
		return x, nil
	}
	k, err := newSincKernel(from, to, opts)
	if err != nil {
		return nil, err
	}
	n := len(x)
	outLen := int((int64(n)*int64(k.newF) + int64(k.origF) - 1) / int64(k.origF))
	out := make([]float32, outLen)
	xs := make([]float64, n)
	for i, v := range x {
		xs[i] = float64(v)
	}
	for o := range out {
		block, phase := o/k.newF, o%k.newF
		taps := k.taps[phase]
		// Input index of taps[0]: block*orig + first - width (the padding);
		// taps falling on the zero padding are skipped.
		start := block*k.origF + k.first[phase] - k.width
		lo, hi := max(0, -start), min(len(taps), n-start)
		if lo >= hi {
			continue
		}
		in, w := xs[start+lo:start+hi], taps[lo:hi]
		var s float64
		for j, v := range in {
			s += v * w[j]
		}
		out[o] = float32(s)
	}
	return out, nil
}

// sincKernel holds, for each output phase, the window's nonzero taps.
type sincKernel struct {
	origF, newF int // the rates divided by their gcd
	width       int // torchaudio's padding (taps before the block start)
	first       []int
	taps        [][]float64
}

func newSincKernel(from, to int, opts ResampleOptions) (*sincKernel, error) {
	lw := opts.LowpassFilterWidth
	if lw == 0 {
		lw = 6
	}
	rolloff := opts.Rolloff
	if rolloff == 0 {
		rolloff = 0.99
	}
	beta := opts.Beta
	if beta == 0 {
		beta = 14.769656459379492
	}
	if lw < 0 || rolloff < 0 || rolloff > 1 || opts.Method > SincKaiser || opts.Method < SincHann {
		return nil, fmt.Errorf("resample: invalid options %+v (lowpass width > 0, rolloff in (0, 1], method SincHann or SincKaiser)", opts)
	}
	g := gcd(from, to)
	origF, newF := from/g, to/g
	base := float64(min(origF, newF)) * rolloff
	width := int(math.Ceil(float64(lw) * float64(origF) / base))
	// Each phase uses at most 2*lw*orig/base + 2 taps inside the window.
	span := int(math.Ceil(2*float64(lw)*float64(origF)/base)) + 2
	if int64(newF)*int64(span) > maxResampleTaps {
		return nil, fmt.Errorf("resample: %d -> %d Hz needs a %d x %d filter table, over the %d-tap limit (rates whose gcd is small)", from, to, newF, span, maxResampleTaps)
	}
	k := &sincKernel{origF: origF, newF: newF, width: width, first: make([]int, newF), taps: make([][]float64, newF)}
	scale := base / float64(origF)
	i0beta := besselI0(beta)
	for j := 0; j < newF; j++ {
		var taps []float64
		first := -1
		// Only m with |t| < lw have a nonzero window: scan just that range.
		center := float64(width) + float64(origF)*float64(j)/float64(newF)
		reach := float64(lw) * float64(origF) / base
		mlo := max(0, int(math.Floor(center-reach))-1)
		mhi := min(2*width+origF, int(math.Ceil(center+reach))+2)
		for m := mlo; m < mhi; m++ {
			// torchaudio: t = (-j/new + (m - width)/orig) * base, clamped to ±lw.
			t := (-float64(j)/float64(newF) + float64(m-width)/float64(origF)) * base
			if t <= -float64(lw) || t >= float64(lw) {
				if first >= 0 {
					break
				}
				continue
			}
			var win float64
			if opts.Method == SincHann {
				c := math.Cos(t * math.Pi / float64(lw) / 2)
				win = c * c
			} else {
				r := t / float64(lw)
				win = besselI0(beta*math.Sqrt(1-r*r)) / i0beta
			}
			v := 1.0
			if tp := t * math.Pi; tp != 0 {
				v = math.Sin(tp) / tp
			}
			if first < 0 {
				first = m
			}
			taps = append(taps, v*win*scale)
		}
		if first < 0 {
			first = 0
		}
		k.first[j], k.taps[j] = first, taps
	}
	return k, nil
}

// besselI0 is the modified Bessel function of the first kind, order 0, by
// its power series (converges for every argument; terms are positive).
func besselI0(x float64) float64 {
	sum, term := 1.0, 1.0
	q := x * x / 4
	for k := 1; k < 500; k++ {
		term *= q / float64(k*k)
		sum += term
		if term < sum*1e-17 {
			break
		}
	}
	return sum
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}
