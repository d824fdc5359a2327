package nn

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// QuantSpec describes one Linear whose weight is stored group-quantized in
// kiln's packing (package quant's PackKiln): the operands of quant_matmul.
type QuantSpec struct {
	Bits, GroupSize int
	ScaleDType      ir.DType // the dtype of its scales and zeros
	// Codebook: a bitsandbytes 4-bit (nf4/fp4) weight run by
	// quant_matmul_codebook over <module>.kiln_qweight, .kiln_absmax
	// (float32, per group of GroupSize inputs) and .kiln_code (float32
	// 16-entry table), each weight rounded to WeightDType.
	Codebook    bool
	WeightDType ir.DType
	// ComputeDType, when set (bitsandbytes' bnb_4bit_compute_dtype),
	// is the dtype the layer multiplies in: x is converted to it and the
	// result back to x's dtype, as bitsandbytes' Linear4bit does.
	ComputeDType ir.DType
	// Permuted: an act-order GPTQ weight packed with its inputs sorted
	// by group; <module>.kiln_perm (int32, (in)) gathers x's last axis
	// into that order before quant_matmul. False: no gather is emitted.
	Permuted bool
}

// Parameter leaves of a quantized Linear, beside its bias: qweight uint8
// (out, in*bits/8), scales and zeros (out, in/group_size).
const (
	QuantWeightLeaf = "kiln_qweight"
	QuantScalesLeaf = "kiln_scales"
	QuantZerosLeaf  = "kiln_zeros"
	QuantAbsmaxLeaf = "kiln_absmax"
	QuantCodeLeaf   = "kiln_code"
	QuantPermLeaf   = "kiln_perm"
)

type quantKey struct{}

// WithQuantized makes the Linear layers declared in g whose scope prefix
// (the module name, "model.layers.0.mlp.down_proj") is a key of specs use
// quant_matmul over kiln-packed parameters (<module>.kiln_qweight,
// .kiln_scales, .kiln_zeros, and .kiln_perm to gather x by for a
// Permuted spec; codebook specs: quant_matmul_codebook over
// .kiln_qweight, .kiln_absmax, .kiln_code) instead of a float
// <module>.weight. Other layers are unchanged.
func WithQuantized(g *frontend.Graph, specs map[string]QuantSpec) { g.SetValue(quantKey{}, specs) }

func quantizedOf(g *frontend.Graph) map[string]QuantSpec {
	m, _ := g.Value(quantKey{}).(map[string]QuantSpec)
	return m
}

// QuantWeights are a quantized Linear's parameters.
type QuantWeights struct {
	QWeight, Scales, Zeros *frontend.Tensor
	Bits, GroupSize        int
	// Codebook layers hold Absmax and Code instead of Scales and Zeros.
	Absmax, Code *frontend.Tensor
	WeightDType  ir.DType
	ComputeDType ir.DType // Invalid: x's dtype
	// Perm (int32 (in)), when not nil, is the input order of the packed
	// weight: x[..., Perm] is multiplied.
	Perm *frontend.Tensor
}

// newQuantWeights declares the kiln-packed weight of an in x out Linear
// in scope s, or returns nil when the graph does not mark s quantized.
func newQuantWeights(s *Scope, in, out int) *QuantWeights {
	spec, ok := quantizedOf(s.g)[s.prefix]
	if !ok {
		return nil
	}
	groups := in / max(spec.GroupSize, 1)
	if spec.Codebook {
		return &QuantWeights{
			QWeight:      s.ParamDType(QuantWeightLeaf, ir.Uint8, out, in/2),
			Absmax:       s.ParamDType(QuantAbsmaxLeaf, ir.Float32, out, groups),
			Code:         s.ParamDType(QuantCodeLeaf, ir.Float32, 16),
			Bits:         4,
			GroupSize:    spec.GroupSize,
			WeightDType:  spec.WeightDType,
			ComputeDType: spec.ComputeDType,
		}
	}
	q := &QuantWeights{
		QWeight:   s.ParamDType(QuantWeightLeaf, ir.Uint8, out, in*spec.Bits/8),
		Scales:    s.ParamDType(QuantScalesLeaf, spec.ScaleDType, out, groups),
		Zeros:     s.ParamDType(QuantZerosLeaf, spec.ScaleDType, out, groups),
		Bits:      spec.Bits,
		GroupSize: spec.GroupSize,
	}
	if spec.Permuted {
		q.Perm = s.ParamDType(QuantPermLeaf, ir.Int32, in)
	}
	return q
}

// matmulT is x (..., in) times the dequantized weight's transpose, in x's
// dtype.
func (q *QuantWeights) matmulT(x *frontend.Tensor) *frontend.Tensor {
	if q.Code != nil {
		dt := x.DType()
		if q.ComputeDType == ir.Invalid || q.ComputeDType == dt {
			return frontend.QuantMatmulCodebook(x, q.QWeight, q.Absmax, q.Code, q.GroupSize, q.WeightDType)
		}
		return frontend.QuantMatmulCodebook(x.AsType(q.ComputeDType), q.QWeight, q.Absmax, q.Code, q.GroupSize, q.WeightDType).AsType(dt)
	}
	if q.Perm != nil {
		x = x.Take(q.Perm, x.Rank()-1)
	}
	return frontend.QuantMatmul(x, q.QWeight, q.Scales, q.Zeros, q.Bits, q.GroupSize)
}
