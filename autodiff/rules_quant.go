package autodiff

import (
	"fmt"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// The quantized matmuls are differentiable in x only: their weight is a
// frozen base (QLoRA trains adapters beside it), so a frozen quantized
// layer passes gradients to the trainable parameters below it. dx is dy
// times the dequantized weight, built from the same primitives as the
// op's decomposition (frontend.DequantizeAffine / DequantizeCodebook),
// so it is the transpose of exactly the weight the forward used; it
// materialises the float weight for the contraction (the backward of a
// packed layer costs a dequantization, as bitsandbytes' does). The
// packed operands get none; Grad refuses a wrt that reaches them
// (checkFrozenQuantized).
func init() {
	rules[ir.OpQuantMatmul] = func(c *Context) []*frontend.Tensor {
		a := c.V.Attrs.(*ir.QuantMatmulAttrs)
		x := c.Args[0]
		w := frontend.DequantizeAffine(c.Args[1], c.Args[2], c.Args[3], a.Bits, a.GroupSize, x.Dim(x.Rank()-1), c.DOut.DType())
		return grads(quantDX(c, w))
	}
	rules[ir.OpQuantMatmulCodebook] = func(c *Context) []*frontend.Tensor {
		a := c.V.Attrs.(*ir.QuantMatmulCodebookAttrs)
		x := c.Args[0]
		w := frontend.DequantizeCodebook(c.Args[1], c.Args[2], c.Args[3], a.GroupSize, x.Dim(x.Rank()-1), a.DType, c.DOut.DType())
		return grads(quantDX(c, w))
	}
}

// quantDX is dy (..., N) times w (N, K): x's cotangent (..., K), in dy's
// gradient dtype.
func quantDX(c *Context, w *frontend.Tensor) *frontend.Tensor {
	dy := c.DOut
	return dy.DotGeneral(w, frontend.DotDims{LhsContract: []int{dy.Rank() - 1}, RhsContract: []int{0}, Out: dy.DType()})
}

// checkFrozenQuantized refuses gradients with respect to a quantized
// matmul's weight operands (scales, zeros, absmax, code): they are the
// frozen base, and the rules give them no cotangent, so a silent zero
// would hide a mistake in the wrt list.
func checkFrozenQuantized(forward []*ir.Value, active map[*ir.Value]bool) error {
	for _, v := range forward {
		if v.Op != ir.OpQuantMatmul && v.Op != ir.OpQuantMatmulCodebook {
			continue
		}
		for j, a := range v.Args[1:] {
			if active[a] {
				return fmt.Errorf("%s: operand %d (%s) depends on a parameter being differentiated: the quantized weight is frozen (train an adapter beside it)", v.LongString(), j+1, a.LongString())
			}
		}
	}
	return nil
}
