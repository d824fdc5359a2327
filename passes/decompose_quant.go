package passes

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func init() {
	decompositions[ir.OpQuantMatmul] = decomposeQuantMatmul
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
	x, q, s, z := args[0], args[1], args[2], args[3]
	dt := v.Type.DType
	ct := ir.Float32
	if dt == ir.Float64 {
		ct = ir.Float64
	}
	n, k := q.Dim(0), x.Dim(x.Rank()-1)
	var qi *frontend.Tensor
	if a.Bits == 8 {
		qi = q
	} else {
		blocks := q.Reshape(n, k/32, 16)
		lo := blocks.And(g.ConstScalarInt(ir.Uint8, 15))
		hi := blocks.ShiftRightLogical(g.ConstScalarInt(ir.Uint8, 4))
		qi = frontend.Concat(2, lo, hi).Reshape(n, k)
	}
	groups := k / a.GroupSize
	perK := func(t *frontend.Tensor) *frontend.Tensor { // (N, G) -> (N, K), each group's value repeated
		return t.AsType(ir.Float32).Reshape(n, groups, 1).BroadcastTo(n, groups, a.GroupSize).Reshape(n, k)
	}
	w := perK(s).Mul(qi.AsType(ir.Float32).Sub(perK(z))).AsType(s.DType()).AsType(ct) // (N, K)
	return x.AsType(ct).DotGeneral(w, frontend.DotDims{LhsContract: []int{x.Rank() - 1}, RhsContract: []int{1}, Out: ct}).AsType(dt)
}
