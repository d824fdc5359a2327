package nn

import (
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// RopeConfig selects and parameterises rotary position embeddings, with
// the fields of a Hugging Face config (rope_theta, rope_scaling, ...).
type RopeConfig struct {
	// Type is rope_scaling's rope_type (or legacy "type"): "default" (or
	// ""), "linear", "dynamic", "llama3", "yarn" or "longrope".
	Type string
	// Theta is rope_theta, the base of the frequencies.
	Theta float64
	// Dim is the number of rotated channels per head:
	// head_dim * partial_rotary_factor (even).
	Dim int
	// Factor is rope_scaling.factor (linear, dynamic, llama3, yarn,
	// longrope). For yarn and longrope, 0 means MaxPositionEmbeddings /
	// OriginalMaxPositionEmbeddings, as transformers does.
	Factor float64
	// LowFreqFactor and HighFreqFactor are llama3's low_freq_factor and
	// high_freq_factor.
	LowFreqFactor, HighFreqFactor float64
	// OriginalMaxPositionEmbeddings is rope_scaling's
	// original_max_position_embeddings (llama3, yarn, longrope; for yarn
	// and longrope 0 means MaxPositionEmbeddings).
	OriginalMaxPositionEmbeddings int
	// MaxPositionEmbeddings is config.max_position_embeddings (dynamic,
	// and the default factor of yarn and longrope).
	MaxPositionEmbeddings int
	// AttentionFactor is rope_scaling.attention_factor (yarn, longrope):
	// the cos/sin scale; 0 means the value transformers infers.
	AttentionFactor float64
	// BetaFast and BetaSlow bound yarn's ramp (0 means 32 and 1).
	BetaFast, BetaSlow float64
	// Mscale and MscaleAllDim are yarn's mscale and mscale_all_dim
	// (DeepSeek); used for the attention factor when both are non-zero.
	Mscale, MscaleAllDim float64
	// NoTruncate is yarn's truncate=false (gpt-oss): the correction range
	// is not rounded to whole dims.
	NoTruncate bool
	// LongFactor and ShortFactor are longrope's per-frequency divisors
	// (Dim/2 each): long when SeqLen exceeds
	// OriginalMaxPositionEmbeddings, short otherwise.
	LongFactor, ShortFactor []float64
	// SeqLen is, for dynamic NTK and longrope, the static length the
	// program covers (largest position + 1). transformers switches
	// frequencies as the sequence grows; a static program uses its own
	// length (dynamic: up to MaxPositionEmbeddings it is the default RoPE;
	// longrope: up to OriginalMaxPositionEmbeddings the short factors).
	SeqLen int
}

// InvFreq returns the inverse frequencies (Dim/2 of them) and the factor
// cos and sin are scaled by (1 except for yarn and longrope), following
// transformers' modeling_rope_utils. Like transformers, it computes in float32, so the
// values are exactly the float32 numbers PyTorch produces up to the
// rounding of pow.
func InvFreq(c RopeConfig) (invFreq []float64, attentionScaling float64, err error) {
	if c.Dim <= 0 || c.Dim%2 != 0 {
		return nil, 0, fmt.Errorf("rope: rotary dim %d must be positive and even", c.Dim)
	}
	if !(c.Theta > 0) || math.IsInf(c.Theta, 0) {
		return nil, 0, fmt.Errorf("rope: rope_theta %v must be positive", c.Theta)
	}
	needFactor := func() error {
		if !(c.Factor > 0) || math.IsInf(c.Factor, 0) {
			return fmt.Errorf("rope: rope_type %q needs rope_scaling.factor > 0, got %v", c.Type, c.Factor)
		}
		return nil
	}
	base := c.Theta
	switch c.Type {
	case "", "default":
		return defaultInvFreq(base, c.Dim), 1, nil
	case "linear":
		if err := needFactor(); err != nil {
			return nil, 0, err
		}
		inv := defaultInvFreq(base, c.Dim)
		for i := range inv {
			inv[i] = float64(float32(inv[i]) / float32(c.Factor))
		}
		return inv, 1, nil
	case "dynamic":
		if err := needFactor(); err != nil {
			return nil, 0, err
		}
		if c.MaxPositionEmbeddings <= 0 || c.Dim <= 2 {
			return nil, 0, fmt.Errorf("rope: dynamic needs max_position_embeddings > 0 and dim > 2, got %d and %d", c.MaxPositionEmbeddings, c.Dim)
		}
		seq := max(c.SeqLen, c.MaxPositionEmbeddings)
		if seq > c.MaxPositionEmbeddings {
			d := float64(c.Dim)
			base *= math.Pow(c.Factor*float64(seq)/float64(c.MaxPositionEmbeddings)-(c.Factor-1), d/(d-2))
		}
		return defaultInvFreq(base, c.Dim), 1, nil
	case "llama3":
		if err := needFactor(); err != nil {
			return nil, 0, err
		}
		lo, hi, old := c.LowFreqFactor, c.HighFreqFactor, float64(c.OriginalMaxPositionEmbeddings)
		if !(hi > lo) || !(lo > 0) || old <= 0 {
			return nil, 0, fmt.Errorf("rope: llama3 needs 0 < low_freq_factor < high_freq_factor and original_max_position_embeddings > 0, got %v, %v, %v", lo, hi, old)
		}
		inv := defaultInvFreq(base, c.Dim)
		loWavelen, hiWavelen := old/lo, old/hi
		for i, f := range inv {
			wavelen := 2 * math.Pi / f
			switch {
			case wavelen < hiWavelen: // high frequencies: unchanged
			case wavelen > loWavelen: // low frequencies: interpolated fully
				f /= c.Factor
			default: // in between: blend smoothly
				smooth := (old/wavelen - lo) / (hi - lo)
				f = (1-smooth)*f/c.Factor + smooth*f
			}
			inv[i] = float64(float32(f))
		}
		return inv, 1, nil
	case "yarn":
		return yarnInvFreq(c)
	case "longrope":
		return longropeInvFreq(c)
	}
	return nil, 0, fmt.Errorf("rope: unsupported rope_type %q (supported: default, linear, dynamic, llama3, yarn, longrope)", c.Type)
}

// scaledFactor resolves yarn's and longrope's factor and original length.
func scaledFactor(c RopeConfig) (factor, orig float64, err error) {
	orig = float64(c.OriginalMaxPositionEmbeddings)
	if orig == 0 {
		orig = float64(c.MaxPositionEmbeddings)
	}
	if orig <= 0 {
		return 0, 0, fmt.Errorf("rope: %s needs original_max_position_embeddings (or max_position_embeddings) > 0", c.Type)
	}
	factor = c.Factor
	if factor == 0 {
		factor = float64(c.MaxPositionEmbeddings) / orig
	}
	if !(factor > 0) || math.IsInf(factor, 0) {
		return 0, 0, fmt.Errorf("rope: %s needs rope_scaling.factor > 0 (or max_position_embeddings), got %v", c.Type, factor)
	}
	return factor, orig, nil
}

// yarnInvFreq blends interpolated (divided by factor) and extrapolated
// (unchanged) frequencies with a linear ramp over the dims between the
// beta_fast and beta_slow rotation counts (YaRN, arXiv 2309.00071).
func yarnInvFreq(c RopeConfig) ([]float64, float64, error) {
	factor, orig, err := scaledFactor(c)
	if err != nil {
		return nil, 0, err
	}
	mscale := func(scale, m float64) float64 {
		if scale <= 1 {
			return 1
		}
		return 0.1*m*math.Log(scale) + 1
	}
	att := c.AttentionFactor
	if att == 0 {
		if c.Mscale != 0 && c.MscaleAllDim != 0 {
			att = mscale(factor, c.Mscale) / mscale(factor, c.MscaleAllDim)
		} else {
			att = mscale(factor, 1)
		}
	}
	betaFast, betaSlow := c.BetaFast, c.BetaSlow
	if betaFast == 0 {
		betaFast = 32
	}
	if betaSlow == 0 {
		betaSlow = 1
	}
	dim, base := float64(c.Dim), c.Theta
	// correctionDim is the dim whose wavelength fits rotations times into
	// the original context.
	correctionDim := func(rotations float64) float64 {
		return dim * math.Log(orig/(rotations*2*math.Pi)) / (2 * math.Log(base))
	}
	low, high := correctionDim(betaFast), correctionDim(betaSlow)
	if !c.NoTruncate {
		low, high = math.Floor(low), math.Ceil(high)
	}
	low, high = math.Max(low, 0), math.Min(high, dim-1)
	if low == high {
		high += 0.001 // as transformers: avoid dividing by zero
	}
	extrap := defaultInvFreq(base, c.Dim)
	inv := make([]float64, len(extrap))
	for i, e := range extrap {
		ramp := math.Min(math.Max((float64(i)-low)/(high-low), 0), 1)
		keep := 1 - ramp // share of the extrapolated (unscaled) frequency
		inv[i] = float64(float32(e/factor*(1-keep) + e*keep))
	}
	return inv, att, nil
}

// longropeInvFreq divides each default frequency by a per-frequency
// factor, long or short by the program length (LongRoPE, Phi-3).
func longropeInvFreq(c RopeConfig) ([]float64, float64, error) {
	factor, orig, err := scaledFactor(c)
	if err != nil {
		return nil, 0, err
	}
	att := c.AttentionFactor
	if att == 0 {
		att = 1
		if factor > 1 {
			att = math.Sqrt(1 + math.Log(factor)/math.Log(orig))
		}
	}
	ext, which := c.ShortFactor, "short_factor"
	if float64(c.SeqLen) > orig {
		ext, which = c.LongFactor, "long_factor"
	}
	if len(ext) != c.Dim/2 {
		return nil, 0, fmt.Errorf("rope: longrope %s has %d entries, want %d (rotary dim / 2)", which, len(ext), c.Dim/2)
	}
	inv := defaultInvFreq(c.Theta, c.Dim)
	for i, f := range ext {
		if !(f > 0) || math.IsInf(f, 0) {
			return nil, 0, fmt.Errorf("rope: longrope %s[%d] = %v must be positive", which, i, f)
		}
		inv[i] = float64(float32(inv[i] / f))
	}
	return inv, att, nil
}

// defaultInvFreq is 1 / base^(2i/dim) evaluated in float32 like
// transformers' _compute_default_rope_parameters.
func defaultInvFreq(base float64, dim int) []float64 {
	inv := make([]float64, dim/2)
	for i := range inv {
		e := float32(2*i) / float32(dim)
		p := float32(math.Pow(float64(float32(base)), float64(e)))
		inv[i] = float64(1 / p)
	}
	return inv
}

// Rotary holds the frequencies of a rotary embedding.
type Rotary struct {
	InvFreq          []float64 // Dim/2 inverse frequencies
	AttentionScaling float64   // multiplies cos and sin
	Dim              int       // rotated channels per head
}

// NewRotary computes the frequencies of c.
func NewRotary(c RopeConfig) (*Rotary, error) {
	inv, s, err := InvFreq(c)
	if err != nil {
		return nil, err
	}
	return &Rotary{InvFreq: inv, AttentionScaling: s, Dim: c.Dim}, nil
}

// CosSin returns cos and sin of position * inv_freq, duplicated to Dim
// channels as transformers does (cat(freqs, freqs)), for integer
// positions (T) or (B, T): results (T, Dim) or (B, T, Dim) of dtype dt.
// The angles are computed in float32, as transformers does.
func (r *Rotary) CosSin(positions *frontend.Tensor, dt ir.DType) (cos, sin *frontend.Tensor) {
	g := positions.Graph()
	inv := g.ConstFloats(ir.Float32, []int{len(r.InvFreq)}, r.InvFreq)
	freqs := positions.AsType(ir.Float32).Unsqueeze(-1).Mul(inv) // (..., T, Dim/2)
	emb := frontend.Concat(-1, freqs, freqs)                     // (..., T, Dim)
	cos, sin = emb.Cos(), emb.Sin()
	if r.AttentionScaling != 1 {
		cos, sin = cos.MulScalar(r.AttentionScaling), sin.MulScalar(r.AttentionScaling)
	}
	return cos.AsType(dt), sin.AsType(dt)
}

// RotateHalf maps the last axis [x1, x2] to [-x2, x1] (halves).
func RotateHalf(x *frontend.Tensor) *frontend.Tensor {
	h := x.Chunk(2, -1)
	return frontend.Concat(-1, h[1].Neg(), h[0])
}

// ApplyRotary rotates x (B, H, T, D) by cos and sin of shape (T, Dim) or
// (B, T, Dim): x*cos + RotateHalf(x)*sin on the first Dim channels (Dim
// <= D; the rest pass through, as partial_rotary_factor models do).
func ApplyRotary(x, cos, sin *frontend.Tensor) *frontend.Tensor {
	if cos.Rank() == 3 {
		cos, sin = cos.Unsqueeze(1), sin.Unsqueeze(1) // (B, 1, T, Dim)
	}
	rd, d := cos.Dim(-1), x.Dim(-1)
	if rd == d {
		return x.Mul(cos).Add(RotateHalf(x).Mul(sin))
	}
	parts := x.Split(-1, rd, d-rd)
	rot := parts[0].Mul(cos).Add(RotateHalf(parts[0]).Mul(sin))
	return frontend.Concat(-1, rot, parts[1])
}
