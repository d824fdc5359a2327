package models

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// neftune returns the input embeddings x (B, T, d) of a program for spec
// with NEFTune noise (transformers' neftune_post_forward_hook): x + u, u
// uniform in [-mag, mag) with mag = alpha / sqrt(L*d) computed in float32
// as torch does (sqrt of the integer L*d, then alpha divided by it). L is
// the padded length of the batch as the HF collator makes it: 1 + the
// last key position that any row of mask (B, K) attends (at least 1), so
// Seq for a batch padded to its longest row (see Spec.NEFTuneAlpha). x
// itself is returned, and nothing is emitted, when d is nil (evaluation
// mode) or the alpha is 0.
func neftune(d *nn.Dropout, spec Spec, x, mask *frontend.Tensor) *frontend.Tensor {
	if d == nil || spec.NEFTuneAlpha <= 0 {
		return x
	}
	g := x.Graph()
	width := x.Shape()[x.Shape().Rank()-1]
	var length *frontend.Tensor // scalar i64
	if mask == nil {            // Spec.NoPadding: every key is attended
		length = g.ConstScalarInt(ir.Int64, int64(spec.Keys()))
	} else {
		keys := mask.Shape()[mask.Shape().Rank()-1]
		pos := g.Iota(ir.Int64, 0, keys).Add(g.ConstScalarInt(ir.Int64, 1)) // (K): 1..K
		attends := mask.Ne(g.ConstScalarInt(mask.DType(), 0)).AsType(ir.Int64)
		length = pos.Mul(attends).ReduceMax().Max(g.ConstScalarInt(ir.Int64, 1))
	}
	dims := length.Mul(g.ConstScalarInt(ir.Int64, int64(width))).AsType(ir.Float32)
	mag := g.ConstScalar(ir.Float32, float64(float32(spec.NEFTuneAlpha))).Div(dims.Sqrt())
	return d.UniformNoise(x, mag)
}
