package interp

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Shape ops move whole elements (bytes), so they are exact for every dtype.

// copyElem copies element si of src to element di of dst (element size es).
func copyElem(dst []byte, di int, src []byte, si, es int) {
	copy(dst[di*es:(di+1)*es], src[si*es:(si+1)*es])
}

// iota: result[idx] = idx[dim], converted to the result dtype.
func iota(t ir.Type, dim int) *tensor.Tensor {
	n := t.Shape.NumElements()
	r := make([]int64, n)
	idx := make([]int, len(t.Shape))
	for i := range r {
		unravel(i, t.Shape, idx)
		r[i] = int64(idx[dim])
	}
	return fromInts(t, r)
}

// gatherElems returns a new tensor of type t whose element o is operand
// element src(idx), idx being o's multi-index in t (src must not keep idx).
func gatherElems(x *tensor.Tensor, t ir.Type, src func(idx []int) int) *tensor.Tensor {
	out := newTensor(t)
	es := t.DType.Size()
	idx := make([]int, len(t.Shape))
	for o := range t.Shape.NumElements() {
		unravel(o, t.Shape, idx)
		copyElem(out.Data, o, x.Data, src(idx), es)
	}
	return out
}

// broadcast: operand dim i maps to result dim dims[i]; size-1 dims repeat.
func broadcast(x *tensor.Tensor, dims []int, t ir.Type) *tensor.Tensor {
	st := x.Shape.Strides()
	return gatherElems(x, t, func(idx []int) int {
		s := 0
		for i, d := range dims {
			if x.Shape[i] != 1 {
				s += idx[d] * st[i]
			}
		}
		return s
	})
}

// transpose: result dim i is operand dim perm[i].
func transpose(x *tensor.Tensor, perm []int, t ir.Type) *tensor.Tensor {
	st := x.Shape.Strides()
	return gatherElems(x, t, func(idx []int) int {
		s := 0
		for i, p := range perm {
			s += idx[i] * st[p]
		}
		return s
	})
}

// slice: result[i] = operand[start + i*stride] per dim.
func slice(x *tensor.Tensor, a *ir.SliceAttrs, t ir.Type) *tensor.Tensor {
	st := x.Shape.Strides()
	return gatherElems(x, t, func(idx []int) int {
		s := 0
		for d := range idx {
			s += (a.Start[d] + idx[d]*a.Stride[d]) * st[d]
		}
		return s
	})
}

// startIndices reads one integer scalar per dim and clamps each into
// [0, size[d]-window[d]] (XLA's dynamic-slice rule).
func startIndices(idx []*tensor.Tensor, size, window ir.Shape) []int {
	st := make([]int, len(idx))
	for d, s := range idx {
		v := ir.ElementInt(s.DType, s.Data, 0)
		st[d] = int(clamp(v, 0, int64(size[d]-window[d])))
	}
	return st
}

// dynamicSlice: a slice of static sizes at clamped start offsets.
func dynamicSlice(x *tensor.Tensor, starts []*tensor.Tensor, t ir.Type) *tensor.Tensor {
	st := x.Shape.Strides()
	begin := startIndices(starts, x.Shape, t.Shape)
	return gatherElems(x, t, func(idx []int) int {
		s := 0
		for d := range idx {
			s += (begin[d] + idx[d]) * st[d]
		}
		return s
	})
}

// dynamicUpdateSlice: operand with update written at clamped offsets.
func dynamicUpdateSlice(x, up *tensor.Tensor, starts []*tensor.Tensor, t ir.Type) *tensor.Tensor {
	out := newTensor(t)
	copy(out.Data, x.Data)
	es := t.DType.Size()
	st := x.Shape.Strides()
	begin := startIndices(starts, x.Shape, up.Shape)
	idx := make([]int, len(up.Shape))
	for u := 0; u < up.NumElements(); u++ {
		unravel(u, up.Shape, idx)
		s := 0
		for d := range idx {
			s += (begin[d] + idx[d]) * st[d]
		}
		copyElem(out.Data, s, up.Data, u, es)
	}
	return out
}

// concat joins the operands along axis.
func concat(xs []*tensor.Tensor, axis int, t ir.Type) *tensor.Tensor {
	out := newTensor(t)
	es := t.DType.Size()
	idx := make([]int, len(t.Shape))
	for o := 0; o < t.Shape.NumElements(); o++ {
		unravel(o, t.Shape, idx)
		k := idx[axis]
		for _, x := range xs {
			if k < x.Shape[axis] {
				idx[axis] = k
				copyElem(out.Data, o, x.Data, ravel(idx, x.Shape.Strides()), es)
				break
			}
			k -= x.Shape[axis]
		}
	}
	return out
}

// pad: result position p along a dim holds operand element (p-low)/(interior+1)
// when p-low is a non-negative multiple of interior+1 inside the operand,
// else the padding value. Negative low/high crop.
func pad(x, val *tensor.Tensor, a *ir.PadAttrs, t ir.Type) *tensor.Tensor {
	out := newTensor(t)
	es := t.DType.Size()
	st := x.Shape.Strides()
	idx := make([]int, len(t.Shape))
	for o := 0; o < t.Shape.NumElements(); o++ {
		unravel(o, t.Shape, idx)
		s, inside := 0, true
		for d, p := range idx {
			q := p - a.Low[d]
			step := a.Interior[d] + 1
			if q < 0 || q%step != 0 || q/step >= x.Shape[d] {
				inside = false
				break
			}
			s += q / step * st[d]
		}
		if inside {
			copyElem(out.Data, o, x.Data, s, es)
		} else {
			copyElem(out.Data, o, val.Data, 0, es)
		}
	}
	return out
}
