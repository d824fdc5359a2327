package autodiff

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func init() {
	rules[ir.OpBroadcastInDim] = broadcastGrad
	rules[ir.OpReshape] = func(c *Context) []*frontend.Tensor {
		return grads(c.DOut.Reshape(c.Args[0].Shape()...))
	}
	rules[ir.OpTranspose] = func(c *Context) []*frontend.Tensor {
		perm := c.V.Attrs.(*ir.TransposeAttrs).Perm
		inv := make([]int, len(perm))
		for i, p := range perm {
			inv[p] = i
		}
		return grads(c.DOut.Transpose(inv...))
	}
	rules[ir.OpSlice] = sliceGrad
	rules[ir.OpPad] = padGrad
	rules[ir.OpConcat] = func(c *Context) []*frontend.Tensor {
		axis := c.V.Attrs.(*ir.ConcatAttrs).Axis
		out := make([]*frontend.Tensor, len(c.Args))
		off := 0
		for i, a := range c.Args {
			n := a.Dim(axis)
			out[i] = c.DOut.SliceAxis(axis, off, off+n)
			off += n
		}
		return out
	}
	// dynamic_slice reads a block at clamped offsets; dynamic_update_slice
	// clamps a block of the same size the same way, so writing the
	// cotangent into zeros puts it back where it was read.
	rules[ir.OpDynamicSlice] = func(c *Context) []*frontend.Tensor {
		x := c.Args[0]
		zeros := c.G.Zeros(c.DOut.DType(), x.Shape()...)
		return grads(zeros.DynamicUpdateSlice(c.DOut, c.Args[1:]...))
	}
	rules[ir.OpDynamicUpdateSlice] = func(c *Context) []*frontend.Tensor {
		upd := c.Args[1]
		starts := c.Args[2:]
		zeros := c.G.Zeros(c.DOut.DType(), upd.Shape()...)
		return grads(c.DOut.DynamicUpdateSlice(zeros, starts...), c.DOut.DynamicSlice(starts, upd.Shape()...))
	}
}

// broadcastGrad sums the cotangent over the broadcast dims: result dims
// that are no operand dim, and operand dims of size 1 that were expanded.
func broadcastGrad(c *Context) []*frontend.Tensor {
	a := c.V.Attrs.(*ir.BroadcastAttrs)
	x, g := c.Args[0], c.DOut
	xs, rs := x.Shape(), c.Out.Shape()
	mapped := make([]bool, rs.Rank())
	for _, d := range a.Dims {
		mapped[d] = true
	}
	var summed []int
	for d := range rs {
		if !mapped[d] {
			summed = append(summed, d)
		}
	}
	if len(summed) > 0 {
		g = g.Sum(summed...)
	}
	// g's dims are now the operand's (broadcast_in_dim's dims increase);
	// sum the size-1 operand dims that were expanded.
	var expanded []int
	for i, d := range xs {
		if d == 1 && g.Dim(i) != 1 {
			expanded = append(expanded, i)
		}
	}
	if len(expanded) > 0 {
		g = g.SumKeep(expanded...)
	}
	return grads(g.Reshape(xs...))
}

// sliceGrad pads the cotangent back to the operand's shape: stride-1
// zeros between elements (interior padding) and zeros around.
func sliceGrad(c *Context) []*frontend.Tensor {
	a := c.V.Attrs.(*ir.SliceAttrs)
	xs, ys := c.Args[0].Shape(), c.Out.Shape()
	low, high, interior := make([]int, len(xs)), make([]int, len(xs)), make([]int, len(xs))
	for i := range xs {
		stride := 1
		if a.Stride != nil {
			stride = a.Stride[i]
		}
		low[i] = a.Start[i]
		interior[i] = stride - 1
		covered := 0
		if ys[i] > 0 {
			covered = a.Start[i] + (ys[i]-1)*stride + 1
		} else {
			interior[i] = 0
			covered = a.Start[i]
		}
		high[i] = xs[i] - covered
	}
	return grads(pad(c.DOut, low, high, interior))
}

// padGrad: the operand's cotangent is the cotangent at the positions the
// operand was copied to (undo the edge padding, then take every
// (interior+1)-th element); the padding value's is the sum of the rest.
func padGrad(c *Context) []*frontend.Tensor {
	a := c.V.Attrs.(*ir.PadAttrs)
	g := c.DOut
	r := g.Rank()
	low, high, zero := make([]int, r), make([]int, r), make([]int, r)
	ranges := make([]frontend.Range, r)
	for i := range low {
		low[i], high[i] = -a.Low[i], -a.High[i]
	}
	core := pad(g, low, high, zero)
	for i := range ranges {
		ranges[i] = frontend.Range{Start: 0, Stop: core.Dim(i), Step: a.Interior[i] + 1}
	}
	gx := core.Slice(ranges...)
	var all []int
	for i := 0; i < r; i++ {
		all = append(all, i)
	}
	gv := g
	if r > 0 {
		gv = g.Sum(all...).Sub(gx.Sum(all...))
	} else {
		gv = g.Sub(gx)
	}
	return grads(gx, gv)
}

// pad emits a zero-valued pad of t (negative low/high crop).
func pad(t *frontend.Tensor, low, high, interior []int) *frontend.Tensor {
	return t.Graph().Emit(ir.OpPad, &ir.PadAttrs{Low: low, High: high, Interior: interior}, t, t.Scalar(0))
}
