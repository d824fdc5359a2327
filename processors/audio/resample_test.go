package audio

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// torchaudioResample is torchaudio.functional.resample written out naively
// (the whole kernel table with its clamp, zero padding, strided
// convolution), as the reference for Resample's trimmed filters.
func torchaudioResample(x []float32, from, to, lw int, rolloff float64) []float64 {
	g := gcd(from, to)
	orig, nw := from/g, to/g
	base := float64(min(orig, nw)) * rolloff
	width := int(math.Ceil(float64(lw) * float64(orig) / base))
	kernel := make([][]float64, nw)
	for j := range kernel {
		kernel[j] = make([]float64, 2*width+orig)
		for m := range kernel[j] {
			t := (-float64(j)/float64(nw) + float64(m-width)/float64(orig)) * base
			t = math.Max(-float64(lw), math.Min(float64(lw), t))
			c := math.Cos(t * math.Pi / float64(lw) / 2)
			v := 1.0
			if t != 0 {
				v = math.Sin(t*math.Pi) / (t * math.Pi)
			}
			kernel[j][m] = v * c * c * base / float64(orig)
		}
	}
	padded := make([]float64, width+len(x)+width+orig)
	for i, v := range x {
		padded[width+i] = float64(v)
	}
	var out []float64
	for start := 0; start+2*width+orig <= len(padded); start += orig {
		for j := range kernel {
			var s float64
			for m, w := range kernel[j] {
				s += padded[start+m] * w
			}
			out = append(out, s)
		}
	}
	n := int(math.Ceil(float64(nw) * float64(len(x)) / float64(orig)))
	return out[:n]
}

func TestResampleMatchesTorchaudioFormula(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	x := make([]float32, 997)
	for i := range x {
		x[i] = float32(rng.NormFloat64() * 0.3)
	}
	for _, r := range [][2]int{{3, 2}, {2, 3}, {44100, 16000}, {8000, 16000}, {48000, 16000}, {22050, 16000}, {16000, 44100}} {
		got, err := Resample(x, r[0], r[1], ResampleOptions{})
		if err != nil {
			t.Fatal(err)
		}
		want := torchaudioResample(x, r[0], r[1], 6, 0.99)
		if len(got) != len(want) {
			t.Fatalf("%d -> %d: %d samples, want %d", r[0], r[1], len(got), len(want))
		}
		for i := range want {
			if d := math.Abs(float64(got[i]) - want[i]); d > 1e-6 {
				t.Fatalf("%d -> %d: sample %d = %v, torchaudio formula %v", r[0], r[1], i, got[i], want[i])
			}
		}
	}
}

func sine(freq float64, rate, n int, amp float64) []float32 {
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(amp * math.Sin(2*math.Pi*freq*float64(i)/float64(rate)))
	}
	return x
}

func rms(x []float32) float64 {
	var s float64
	for _, v := range x {
		s += float64(v) * float64(v)
	}
	return math.Sqrt(s / float64(len(x)))
}

// TestResampleSines: an in-band sine comes out as the same sine at the new
// rate (frequency and amplitude preserved); one above the new Nyquist
// frequency is attenuated instead of aliasing. The bounds are the measured
// values rounded up (docs/audio.md quotes them).
func TestResampleSines(t *testing.T) {
	cases := []struct {
		name         string
		opts         ResampleOptions
		maxErr       float64 // in-band sine, max |error|, amplitude 0.5
		aliasDB      float64 // a 12 kHz sine resampled 44.1 -> 16 kHz, output/input RMS
		transitionDB float64 // a 8.6 kHz sine (just past 8 kHz)
	}{
		{"torchaudio default (hann, 6)", ResampleOptions{}, 5e-4, -50, -10},
		{"kaiser best", KaiserBest, 1e-6, -140, -140},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, r := range [][2]int{{44100, 16000}, {8000, 16000}, {48000, 16000}} {
				from, to := r[0], r[1]
				x := sine(1000, from, from, 0.5)
				y, err := Resample(x, from, to, c.opts)
				if err != nil {
					t.Fatal(err)
				}
				if len(y) != to {
					t.Fatalf("%d -> %d: %d samples, want %d", from, to, len(y), to)
				}
				ideal := sine(1000, to, to, 0.5)
				var worst float64
				for i := to / 10; i < to-to/10; i++ { // away from the zero-padded edges
					worst = math.Max(worst, math.Abs(float64(y[i]-ideal[i])))
				}
				t.Logf("%d -> %d: 1 kHz sine max error %.2g", from, to, worst)
				if worst > c.maxErr {
					t.Fatalf("%d -> %d: 1 kHz sine off by %.3g (limit %.3g)", from, to, worst, c.maxErr)
				}
			}
			for _, a := range []struct {
				freq, limit float64
			}{{12000, c.aliasDB}, {8600, c.transitionDB}} {
				x := sine(a.freq, 44100, 44100, 0.5)
				y, err := Resample(x, 44100, 16000, c.opts)
				if err != nil {
					t.Fatal(err)
				}
				db := 20 * math.Log10(rms(y[1600:14400])/rms(x))
				t.Logf("%.0f Hz sine 44.1 -> 16 kHz: %.1f dB", a.freq, db)
				if db > a.limit {
					t.Fatalf("%.0f Hz sine leaks through at %.1f dB (limit %.0f dB)", a.freq, db, a.limit)
				}
			}
		})
	}
}

func TestResampleEdges(t *testing.T) {
	x := []float32{1, 2, 3}
	if y, err := Resample(x, 16000, 16000, ResampleOptions{}); err != nil || &y[0] != &x[0] {
		t.Fatal("equal rates should return the input")
	}
	if y, err := Resample(nil, 44100, 16000, ResampleOptions{}); err != nil || len(y) != 0 {
		t.Fatalf("empty input: %v, %v", y, err)
	}
	if y, err := Resample([]float32{1}, 8000, 16000, ResampleOptions{}); err != nil || len(y) != 2 {
		t.Fatalf("one sample: %v, %v", y, err)
	}
	for _, bad := range [][2]int{{0, 16000}, {16000, -1}} {
		if _, err := Resample(x, bad[0], bad[1], ResampleOptions{}); err == nil {
			t.Errorf("rates %v accepted", bad)
		}
	}
	if _, err := Resample(x, 16000, 16777213, ResampleOptions{}); err == nil || !strings.Contains(err.Error(), "limit") {
		t.Errorf("huge filter table: %v", err)
	}
	if _, err := Resample(x, 8000, 16000, ResampleOptions{Rolloff: 2}); err == nil {
		t.Error("rolloff 2 accepted")
	}
}

func TestBesselI0(t *testing.T) {
	for _, c := range []struct{ x, want float64 }{{0, 1}, {1, 1.2660658777520082}, {2, 2.2795853023360673}} {
		if got := besselI0(c.x); math.Abs(got-c.want)/c.want > 1e-12 {
			t.Errorf("I0(%g) = %.17g, want %.17g", c.x, got, c.want)
		}
	}
	// Large arguments against the asymptotic expansion
	// e^x / sqrt(2 pi x) * sum_k ((2k-1)!!)^2 / (k! (8x)^k).
	for _, x := range []float64{14.769656459379492, 30} {
		sum, term := 1.0, 1.0
		for k := 1; k < 8; k++ {
			term *= float64((2*k-1)*(2*k-1)) / (float64(k) * 8 * x)
			sum += term
		}
		want := math.Exp(x) / math.Sqrt(2*math.Pi*x) * sum
		if got := besselI0(x); math.Abs(got-want)/want > 1e-6 {
			t.Errorf("I0(%g) = %.10g, asymptotic %.10g", x, got, want)
		}
	}
}
