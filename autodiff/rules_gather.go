package autodiff

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func init() {
	// gather's backward is a scatter-add of the cotangent into zeros at the
	// positions read. gather clamps indices while scatter_add skips
	// out-of-range ones, so the indices are clamped first, as gather did.
	rules[ir.OpGather] = func(c *Context) []*frontend.Tensor {
		a := c.V.Attrs.(*ir.GatherAttrs)
		x, idx := c.Args[0], c.Args[1]
		n := x.Dim(a.Axis)
		if n == 0 {
			return grads(c.G.Zeros(c.DOut.DType(), x.Shape()...))
		}
		clamped := idx.Max(idx.FullLike(0)).Min(idx.FullLike(float64(n - 1)))
		zeros := c.G.Zeros(c.DOut.DType(), x.Shape()...)
		return grads(zeros.ScatterAdd(clamped, c.DOut, a.Axis, a.BatchDims))
	}
	// scatter_add: the operand's cotangent passes through; an update's is
	// the cotangent where it was added (gather), zero for the updates that
	// scatter_add skipped (indices out of range).
	rules[ir.OpScatterAdd] = func(c *Context) []*frontend.Tensor {
		a := c.V.Attrs.(*ir.GatherAttrs)
		x, idx, upd := c.Args[0], c.Args[1], c.Args[2]
		n := x.Dim(a.Axis)
		if n == 0 {
			return grads(c.DOut, nil, c.G.Zeros(c.DOut.DType(), upd.Shape()...))
		}
		picked := c.DOut.Gather(idx, a.Axis, a.BatchDims)
		inRange := idx.Ge(idx.FullLike(0)).And(idx.Lt(idx.FullLike(float64(n))))
		dims := make([]int, idx.Rank()) // indices dim -> gathered dim
		for j := range dims {
			if j < a.BatchDims {
				dims[j] = j
			} else {
				dims[j] = a.Axis + j - a.BatchDims
			}
		}
		mask := inRange.BroadcastInDim(picked.Shape(), dims...)
		return grads(c.DOut, nil, frontend.Where(mask, picked, picked.FullLike(0)))
	}
}
