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
	// ""), "linear", "dynamic" or "llama3".
	Type string
	// Theta is rope_theta, the base of the frequencies.
	Theta float64
	// Dim is the number of rotated channels per head:
	// head_dim * partial_rotary_factor (even).
	Dim int
	// Factor is rope_scaling.factor (linear, dynamic, llama3).
	Factor float64
	// LowFreqFactor and HighFreqFactor are llama3's low_freq_factor and
	// high_freq_factor.
	LowFreqFactor, HighFreqFactor float64
	// OriginalMaxPositionEmbeddings is llama3's
	// rope_scaling.original_max_position_embeddings.
	OriginalMaxPositionEmbeddings int
	// MaxPositionEmbeddings is config.max_position_embeddings (dynamic).
	MaxPositionEmbeddings int
	// SeqLen is, for dynamic NTK, the static length the program covers
	// (largest position + 1). transformers rescales when the sequence
	// grows past MaxPositionEmbeddings; a static program uses its own
	// length, so lengths up to MaxPositionEmbeddings give default RoPE.
	SeqLen int
}

// InvFreq returns the inverse frequencies (Dim/2 of them) and the factor
// cos and sin are scaled by (1 for these types), following transformers'
// modeling_rope_utils. Like transformers, it computes in float32, so the
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
	}
	return nil, 0, fmt.Errorf("rope: unsupported rope_type %q (supported: default, linear, dynamic, llama3)", c.Type)
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
