package nn_test

import (
	"math"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/frontend/nn"
)

func TestInvFreq(t *testing.T) {
	pow := math.Pow
	llama31 := nn.RopeConfig{Type: "llama3", Theta: 500000, Dim: 128, Factor: 8, LowFreqFactor: 1, HighFreqFactor: 4, OriginalMaxPositionEmbeddings: 8192}
	tests := []struct {
		name string
		cfg  nn.RopeConfig
		want func(i int) float64 // from the published formulas
	}{
		{"default", nn.RopeConfig{Theta: 10000, Dim: 8}, func(i int) float64 { return pow(10000, -float64(2*i)/8) }},
		{"default_named", nn.RopeConfig{Type: "default", Theta: 1e6, Dim: 64}, func(i int) float64 { return pow(1e6, -float64(2*i)/64) }},
		{"linear", nn.RopeConfig{Type: "linear", Theta: 10000, Dim: 16, Factor: 4}, func(i int) float64 { return pow(10000, -float64(2*i)/16) / 4 }},
		{"dynamic_short", nn.RopeConfig{Type: "dynamic", Theta: 10000, Dim: 8, Factor: 2, MaxPositionEmbeddings: 16, SeqLen: 10}, func(i int) float64 { return pow(10000, -float64(2*i)/8) }},
		{"dynamic_long", nn.RopeConfig{Type: "dynamic", Theta: 10000, Dim: 8, Factor: 2, MaxPositionEmbeddings: 16, SeqLen: 32}, func(i int) float64 {
			base := 10000 * pow(2*32.0/16-1, 8.0/6)
			return pow(base, -float64(2*i)/8)
		}},
		{"llama3", llama31, func(i int) float64 {
			f := pow(500000, -float64(2*i)/128)
			wl := 2 * math.Pi / f
			switch {
			case wl < 8192/4.0:
				return f
			case wl > 8192/1.0:
				return f / 8
			}
			s := (8192/wl - 1) / (4 - 1)
			return (1-s)*f/8 + s*f
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inv, scale, err := nn.InvFreq(tc.cfg)
			if err != nil {
				t.Fatal(err)
			}
			if scale != 1 || len(inv) != tc.cfg.Dim/2 {
				t.Fatalf("scale %v, %d freqs", scale, len(inv))
			}
			for i, got := range inv {
				want := tc.want(i)
				// transformers computes in float32: allow float32 rounding.
				if math.Abs(got-want) > 4e-7*want {
					t.Errorf("inv_freq[%d] = %v, want %v", i, got, want)
				}
				if float64(float32(got)) != got {
					t.Errorf("inv_freq[%d] = %v is not a float32 value", i, got)
				}
			}
		})
	}
	// The llama3 table must exercise all three bands.
	inv, _, _ := nn.InvFreq(llama31)
	def, _, _ := nn.InvFreq(nn.RopeConfig{Theta: 500000, Dim: 128})
	var same, divided, blended int
	for i := range inv {
		switch r := def[i] / inv[i]; {
		case math.Abs(r-1) < 1e-6:
			same++
		case math.Abs(r-8) < 1e-5:
			divided++
		default:
			blended++
		}
	}
	if same == 0 || divided == 0 || blended == 0 {
		t.Errorf("llama3 bands: %d unchanged, %d divided, %d blended", same, divided, blended)
	}
}

func TestInvFreqErrors(t *testing.T) {
	tests := []struct {
		cfg  nn.RopeConfig
		want string
	}{
		{nn.RopeConfig{Theta: 10000, Dim: 7}, "even"},
		{nn.RopeConfig{Theta: 10000, Dim: 0}, "even"},
		{nn.RopeConfig{Theta: 0, Dim: 8}, "rope_theta"},
		{nn.RopeConfig{Theta: math.NaN(), Dim: 8}, "rope_theta"},
		{nn.RopeConfig{Type: "linear", Theta: 10000, Dim: 8}, "factor"},
		{nn.RopeConfig{Type: "dynamic", Theta: 10000, Dim: 8, Factor: 2}, "max_position_embeddings"},
		{nn.RopeConfig{Type: "llama3", Theta: 10000, Dim: 8, Factor: 8, LowFreqFactor: 4, HighFreqFactor: 1, OriginalMaxPositionEmbeddings: 8192}, "low_freq_factor"},
		{nn.RopeConfig{Type: "mrope", Theta: 10000, Dim: 8, Factor: 2}, `unsupported rope_type "mrope"`},
		{nn.RopeConfig{Type: "yarn", Theta: 10000, Dim: 8, Factor: 2}, "original_max_position_embeddings"},
		{nn.RopeConfig{Type: "yarn", Theta: 10000, Dim: 8, OriginalMaxPositionEmbeddings: 16}, "factor"},
		{nn.RopeConfig{Type: "longrope", Theta: 10000, Dim: 8, Factor: 2, OriginalMaxPositionEmbeddings: 16, ShortFactor: []float64{1, 1}}, "short_factor has 2 entries, want 4"},
		{nn.RopeConfig{Type: "longrope", Theta: 10000, Dim: 4, Factor: 2, OriginalMaxPositionEmbeddings: 16, SeqLen: 17, ShortFactor: []float64{1, 1}, LongFactor: []float64{1, 0}}, "long_factor[1]"},
	}
	for _, tc := range tests {
		_, _, err := nn.InvFreq(tc.cfg)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("InvFreq(%+v) = %v, want an error mentioning %q", tc.cfg, err, tc.want)
		}
		if _, err := nn.NewRotary(tc.cfg); err == nil {
			t.Errorf("NewRotary(%+v) accepted", tc.cfg)
		}
	}
}

// TestInvFreqScaled checks yarn and longrope, whose cos/sin scale is not 1.
func TestInvFreqScaled(t *testing.T) {
	pow, ln := math.Pow, math.Log
	def := func(theta float64, dim, i int) float64 { return pow(theta, -float64(2*i)/float64(dim)) }
	// yarnRef follows the YaRN correction range in dim-index space, as
	// transformers implements it.
	yarnRef := func(theta, factor, orig float64, dim int, truncate bool) []float64 {
		d := float64(dim)
		cd := func(rot float64) float64 { return d * ln(orig/(rot*2*math.Pi)) / (2 * ln(theta)) }
		lo, hi := cd(32), cd(1)
		if truncate {
			lo, hi = math.Floor(lo), math.Ceil(hi)
		}
		lo, hi = math.Max(lo, 0), math.Min(hi, d-1)
		out := make([]float64, dim/2)
		for i := range out {
			r := math.Min(math.Max((float64(i)-lo)/(hi-lo), 0), 1) // 0: keep, 1: interpolate
			f := def(theta, dim, i)
			out[i] = (1-r)*f + r*f/factor
		}
		return out
	}
	tests := []struct {
		name  string
		cfg   nn.RopeConfig
		want  []float64
		scale float64
	}{
		{"yarn_qwen", nn.RopeConfig{Type: "yarn", Theta: 1e6, Dim: 128, Factor: 4, OriginalMaxPositionEmbeddings: 32768},
			yarnRef(1e6, 4, 32768, 128, true), 0.1*ln(4) + 1},
		{"yarn_no_truncate", nn.RopeConfig{Type: "yarn", Theta: 150000, Dim: 64, Factor: 32, OriginalMaxPositionEmbeddings: 4096, NoTruncate: true},
			yarnRef(150000, 32, 4096, 64, false), 0.1*ln(32) + 1},
		{"yarn_deepseek_mscale", nn.RopeConfig{Type: "yarn", Theta: 10000, Dim: 64, Factor: 40, OriginalMaxPositionEmbeddings: 4096, Mscale: 1, MscaleAllDim: 0.5},
			yarnRef(10000, 40, 4096, 64, true), (0.1*ln(40) + 1) / (0.05*ln(40) + 1)},
		{"yarn_factor_from_lengths", nn.RopeConfig{Type: "yarn", Theta: 10000, Dim: 32, MaxPositionEmbeddings: 16384, OriginalMaxPositionEmbeddings: 4096, AttentionFactor: 1.25},
			yarnRef(10000, 4, 4096, 32, true), 1.25},
		{"longrope_short", nn.RopeConfig{Type: "longrope", Theta: 10000, Dim: 4, MaxPositionEmbeddings: 131072, OriginalMaxPositionEmbeddings: 4096, SeqLen: 4096,
			ShortFactor: []float64{1, 1.5}, LongFactor: []float64{2, 8}},
			[]float64{1, def(10000, 4, 1) / 1.5}, math.Sqrt(1 + ln(32)/ln(4096))},
		{"longrope_long", nn.RopeConfig{Type: "longrope", Theta: 10000, Dim: 4, MaxPositionEmbeddings: 131072, OriginalMaxPositionEmbeddings: 4096, SeqLen: 4097,
			ShortFactor: []float64{1, 1.5}, LongFactor: []float64{2, 8}},
			[]float64{0.5, def(10000, 4, 1) / 8}, math.Sqrt(1 + ln(32)/ln(4096))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inv, scale, err := nn.InvFreq(tc.cfg)
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(scale-tc.scale) > 1e-12 {
				t.Errorf("attention scaling %v, want %v", scale, tc.scale)
			}
			if len(inv) != len(tc.want) {
				t.Fatalf("%d freqs, want %d", len(inv), len(tc.want))
			}
			for i := range inv {
				if math.Abs(inv[i]-tc.want[i]) > 4e-7*tc.want[i] {
					t.Errorf("inv_freq[%d] = %v, want %v", i, inv[i], tc.want[i])
				}
			}
		})
	}
}
