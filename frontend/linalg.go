package frontend

import "github.com/kiln-ml/kiln/ir"

// MatMul is numpy/torch matmul: 1-D operands are promoted to a row (lhs)
// or column (rhs) vector and the added axis removed afterwards; batch axes
// (all but the last two) broadcast. It lowers to one DotGeneral, plus a
// transpose when only rhs is batched, without broadcasting a 2-D rhs (the
// weight of a linear layer is never copied per batch).
func (t *Tensor) MatMul(o *Tensor) *Tensor {
	g := t.g
	if o == nil {
		g.fail("matmul", "nil operand")
	}
	g.own(o, "matmul")
	if t.DType() != o.DType() {
		g.fail("matmul", "operand dtypes differ: %s and %s", t.v.Type, o.v.Type)
	}
	a, b := t.v.Type.Shape, o.v.Type.Shape
	ra, rb := len(a), len(b)
	if ra == 0 || rb == 0 {
		g.fail("matmul", "scalar operand in %s @ %s (use Mul)", t.v.Type, o.v.Type)
	}
	ka := a[ra-1]
	kbAxis := 0
	if rb >= 2 {
		kbAxis = rb - 2
	}
	if ka != b[kbAxis] {
		g.fail("matmul", "inner dimensions differ: %s @ %s (%d vs %d)", t.v.Type, o.v.Type, ka, b[kbAxis])
	}
	dot := func(l, r *Tensor, lb, rbatch []int, lc, rc int) *Tensor {
		return g.emit(ir.OpDotGeneral, &ir.DotAttrs{LhsBatch: lb, RhsBatch: rbatch, LhsContract: []int{lc}, RhsContract: []int{rc}, Out: t.DType()}, l, r)
	}
	switch {
	case rb <= 2 || ra == 1:
		// (..., m, k) @ (k, n) -> (..., m, n); (k) @ (..., k, n) -> (..., n);
		// (..., m, k) @ (k) -> (..., m): no batch dims are needed.
		return dot(t, o, nil, nil, ra-1, kbAxis)
	case ra == 2:
		// (m, k) @ (B..., k, n) gives (m, B..., n): move m next to n.
		r := dot(t, o, nil, nil, 1, rb-2)
		perm := make([]int, 0, rb)
		for i := 1; i < rb-1; i++ {
			perm = append(perm, i)
		}
		return r.Transpose(append(perm, 0, rb-1)...)
	}
	bs, err := BroadcastShapes(a[:ra-2], b[:rb-2])
	if err != nil {
		g.fail("matmul", "batch dims of %s and %s: %v", t.v.Type, o.v.Type, err)
	}
	nb := len(bs)
	l := t.BroadcastTo(append(append([]int{}, bs...), a[ra-2:]...)...)
	r := o.BroadcastTo(append(append([]int{}, bs...), b[rb-2:]...)...)
	batch := make([]int, nb)
	for i := range batch {
		batch[i] = i
	}
	return dot(l, r, batch, batch, nb+1, nb)
}

// MatMulT is t @ w.T for a 2-D w (out, in), the Hugging Face Linear layout,
// contracting t's last axis with w's axis 1 without a transpose.
func (t *Tensor) MatMulT(w *Tensor) *Tensor {
	if w == nil || w.Rank() != 2 || t.Rank() < 1 || t.Dim(-1) != w.Dim(1) {
		var wt any = "nil"
		if w != nil {
			wt = w.v.Type
		}
		t.g.fail("matmul_t", "cannot multiply %s by the transpose of %v (want w of shape (out, %d))", t.v.Type, wt, t.v.Type.Shape[max(t.Rank()-1, 0):])
	}
	return t.DotGeneral(w, DotDims{LhsContract: []int{-1}, RhsContract: []int{1}})
}

// DotDims describes a general contraction (ir.DotAttrs with negative axes
// allowed). Out is the result dtype; Invalid means the operands' dtype.
type DotDims struct {
	LhsBatch, RhsBatch, LhsContract, RhsContract []int
	Out                                          ir.DType
}

// DotGeneral contracts t with o: result axes are the batch axes, then t's
// free axes, then o's free axes, each in operand order.
func (t *Tensor) DotGeneral(o *Tensor, d DotDims) *Tensor {
	if o == nil {
		t.g.fail("dot_general", "nil operand")
	}
	norm := func(x *Tensor, as []int) []int {
		out := make([]int, len(as))
		for i, a := range as {
			out[i] = x.axis("dot_general", a)
		}
		return out
	}
	out := d.Out
	if out == ir.Invalid {
		out = t.DType()
	}
	return t.g.emit(ir.OpDotGeneral, &ir.DotAttrs{
		LhsBatch: norm(t, d.LhsBatch), RhsBatch: norm(o, d.RhsBatch),
		LhsContract: norm(t, d.LhsContract), RhsContract: norm(o, d.RhsContract),
		Out: out,
	}, t, o)
}

// Conv is an N-d convolution (cross-correlation) in PyTorch layout: t is
// (N, C, spatial...), kernel (O, C/groups, k...). Nil slices in a default
// to stride 1, no padding, dilation 1; Groups 0 means 1.
func (t *Tensor) Conv(kernel *Tensor, a ir.ConvAttrs) *Tensor {
	n := t.Rank() - 2
	fill := func(s []int, v int) []int {
		if s != nil {
			return append([]int(nil), s...)
		}
		out := make([]int, max(n, 0))
		for i := range out {
			out[i] = v
		}
		return out
	}
	attrs := &ir.ConvAttrs{Strides: fill(a.Strides, 1), PadLow: fill(a.PadLow, 0), PadHigh: fill(a.PadHigh, 0), Dilation: fill(a.Dilation, 1), Groups: a.Groups}
	if attrs.Groups == 0 {
		attrs.Groups = 1
	}
	return t.g.emit(ir.OpConv, attrs, t, kernel)
}
