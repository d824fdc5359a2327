package passes

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func init() {
	decompositions[ir.OpQuantMatmul] = decomposeQuantMatmul
	decompositions[ir.OpQuantMatmulCodebook] = decomposeQuantMatmulCodebook
}

// decomposeQuantMatmul expands QuantMatmul into primitives for backends
// without a kernel for it (xla, cuda, interp's pipeline when asked): the
// packed integers are unpacked with masks and shifts (4 bits: each block
// of 16 bytes gives its 16 low nibbles, then its 16 high nibbles, see
// ir.QuantMatmulAttrs), dequantized in float32 as scales * (q - zeros)
// and rounded to the scales' dtype (exactly quant's load-time
// dequantization), and contracted with x by one dot_general in float32
// (float64 for float64 x), rounded once to x's dtype. The whole weight is
// materialised in float, so the expansion saves no memory: it is the
// reference lowering, not a fast one.
func decomposeQuantMatmul(g *frontend.Graph, v *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
	a := v.Attrs.(*ir.QuantMatmulAttrs)
	x := args[0]
	w := frontend.DequantizeAffine(args[1], args[2], args[3], a.Bits, a.GroupSize, x.Dim(x.Rank()-1), contractType(v.Type.DType))
	return contractDequantized(x, w, v.Type.DType)
}

// decomposeQuantMatmulCodebook expands QuantMatmulCodebook the same way:
// the nibbles unpacked, each looked up in the code table (a gather),
// multiplied by its group's absmax in float32 and rounded to the op's
// dtype, then one dot_general. The float weight is materialised.
func decomposeQuantMatmulCodebook(g *frontend.Graph, v *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
	a := v.Attrs.(*ir.QuantMatmulCodebookAttrs)
	x := args[0]
	w := frontend.DequantizeCodebook(args[1], args[2], args[3], a.GroupSize, x.Dim(x.Rank()-1), a.DType, contractType(v.Type.DType))
	return contractDequantized(x, w, v.Type.DType)
}

// contractType is the dtype the decompositions contract in for a result
// of dtype dt: float32, float64 for float64.
func contractType(dt ir.DType) ir.DType {
	if dt == ir.Float64 {
		return ir.Float64
	}
	return ir.Float32
}

// contractDequantized is x (..., K) times w (N, K)^T (w in
// contractType(dt)) by one dot_general, rounded once to dt.
func contractDequantized(x, w *frontend.Tensor, dt ir.DType) *frontend.Tensor {
	ct := contractType(dt)
	return x.AsType(ct).DotGeneral(w, frontend.DotDims{LhsContract: []int{x.Rank() - 1}, RhsContract: []int{1}, Out: ct}).AsType(dt)
}
