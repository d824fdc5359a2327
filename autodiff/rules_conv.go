package autodiff

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func init() { rules[ir.OpConv] = convGrad }

// convGrad differentiates conv (cross-correlation, PyTorch layout, see
// docs/ir.md) with two more convs:
//
//   - the input's cotangent is the result's cotangent, spread out by the
//     stride (interior padding), correlated with the kernel flipped in
//     space and with input and output channels swapped per group
//     (the transposed convolution);
//   - the kernel's is the input correlated with the result's cotangent,
//     with the batch playing the channels: stride and dilation trade places.
func convGrad(c *Context) []*frontend.Tensor {
	a := c.V.Attrs.(*ir.ConvAttrs)
	x, w, dy := c.Arg(0), c.Arg(1), c.DOut
	xs, ws, ys := x.Shape(), w.Shape(), dy.Shape()
	for _, d := range ys {
		if d == 0 { // an empty result: nothing flows back
			return grads(c.G.Zeros(dy.DType(), xs...), c.G.Zeros(dy.DType(), ws...))
		}
	}
	nsp := len(xs) - 2
	n, cin, o, groups := xs[0], xs[1], ws[0], a.Groups
	cg, og := cin/groups, o/groups

	// Input: dx = conv(dilate(dy, stride), flip(w) with channels swapped).
	interior := make([]int, len(ys))
	zeros := make([]int, len(ys))
	for i := 0; i < nsp; i++ {
		interior[2+i] = a.Strides[i] - 1
	}
	dyDil := pad(dy, zeros, zeros, interior)
	wt := w.Reshape(append([]int{groups, og, cg}, ws[2:]...)...)
	wt = wt.Transpose(append([]int{0, 2, 1}, seq(3, 3+nsp)...)...)
	wt = wt.Reshape(append([]int{groups * cg, og}, ws[2:]...)...)
	for i := 0; i < nsp; i++ {
		wt = flip(wt, 2+i)
	}
	dxAttrs := &ir.ConvAttrs{Strides: ones(nsp), Dilation: append([]int(nil), a.Dilation...), Groups: groups,
		PadLow: make([]int, nsp), PadHigh: make([]int, nsp)}
	for i := 0; i < nsp; i++ {
		span := (ws[2+i]-1)*a.Dilation[i] + 1
		dilated := (ys[2+i]-1)*a.Strides[i] + 1
		dxAttrs.PadLow[i] = span - 1 - a.PadLow[i]
		dxAttrs.PadHigh[i] = xs[2+i] - 1 + span - dilated - dxAttrs.PadLow[i]
	}
	dx := c.G.Emit(ir.OpConv, dxAttrs, dyDil, wt)

	// Kernel: batch Cg, channels (group, N); kernel (O, N, S').
	xt := x.Reshape(append([]int{n, groups, cg}, xs[2:]...)...)
	xt = xt.Transpose(append([]int{2, 1, 0}, seq(3, 3+nsp)...)...)
	xt = xt.Reshape(append([]int{cg, groups * n}, xs[2:]...)...)
	dyt := dy.Transpose(append([]int{1, 0}, seq(2, 2+nsp)...)...)
	dwAttrs := &ir.ConvAttrs{Strides: append([]int(nil), a.Dilation...), Dilation: append([]int(nil), a.Strides...), Groups: groups,
		PadLow: append([]int(nil), a.PadLow...), PadHigh: make([]int, nsp)}
	for i := 0; i < nsp; i++ {
		span := (ys[2+i]-1)*a.Strides[i] + 1
		dwAttrs.PadHigh[i] = (ws[2+i]-1)*a.Dilation[i] + span - xs[2+i] - a.PadLow[i]
	}
	dw := c.G.Emit(ir.OpConv, dwAttrs, xt, dyt) // (Cg, O, K...)
	dw = dw.Transpose(append([]int{1, 0}, seq(2, 2+nsp)...)...)
	return grads(dx, dw)
}

// flip reverses t along axis (a gather with descending indices).
func flip(t *frontend.Tensor, axis int) *frontend.Tensor {
	k := t.Dim(axis)
	if k <= 1 {
		return t
	}
	idx := make([]int64, k)
	for i := range idx {
		idx[i] = int64(k - 1 - i)
	}
	return t.Gather(t.Graph().ConstInts(ir.Int32, []int{k}, idx), axis, 0)
}

func seq(from, to int) []int {
	out := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}

func ones(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = 1
	}
	return out
}
