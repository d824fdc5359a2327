package llvm

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/llir/llvm/ir/value"
)

// Affine views. An inline chain of transposes, slices, broadcasts and
// reshapes over a stored value reads element idx at src[off + Σ idx_i·s_i]
// whenever every reshape in the chain only splits or merges dims that are
// contiguous in its operand's view (as numpy's reshape without a copy).
// elemAt then computes that offset directly instead of going through the
// chain, whose reshape of a non-stored operand would unravel a flat index
// with divisions for every element.

// affineView describes v as src[off + Σ idx_i·strides_i].
type affineView struct {
	src     *ir.Value
	off     int64
	strides []int64
}

// viewOf returns v's affine view, or ok false. Stored values are their own
// view; splat constants and computed values have none.
func (e *emitter) viewOf(v *ir.Value) (affineView, bool) {
	in := e.info[v]
	switch in.st {
	case stSlot, stGlobal:
		st := v.Type.Shape.Strides()
		s := make([]int64, len(st))
		for i, x := range st {
			s[i] = int64(x)
		}
		return affineView{src: v, strides: s}, true
	case stAlias:
		a, ok := e.viewOf(in.alias)
		if !ok {
			return a, false
		}
		return reshapeView(a, in.alias.Type.Shape, v.Type.Shape)
	case stInline:
	default:
		return affineView{}, false
	}
	if len(v.Args) == 0 {
		return affineView{}, false
	}
	a, ok := e.viewOf(v.Args[0])
	if !ok {
		return a, false
	}
	switch v.Op {
	case ir.OpTranspose:
		perm := v.Attrs.(*ir.TransposeAttrs).Perm
		s := make([]int64, len(perm))
		for i, p := range perm {
			s[i] = a.strides[p]
		}
		return affineView{a.src, a.off, s}, true
	case ir.OpSlice:
		at := v.Attrs.(*ir.SliceAttrs)
		s := make([]int64, len(a.strides))
		off := a.off
		for i := range s {
			off += int64(at.Start[i]) * a.strides[i]
			s[i] = a.strides[i] * int64(at.Stride[i])
		}
		return affineView{a.src, off, s}, true
	case ir.OpBroadcastInDim:
		dims := v.Attrs.(*ir.BroadcastAttrs).Dims
		s := make([]int64, v.Type.Shape.Rank())
		for i, d := range dims {
			if v.Args[0].Type.Shape[i] != 1 {
				s[d] = a.strides[i]
			}
		}
		return affineView{a.src, a.off, s}, true
	case ir.OpReshape:
		return reshapeView(a, v.Args[0].Type.Shape, v.Type.Shape)
	}
	return affineView{}, false
}

// reshapeView maps view a of shape from to shape to, when each group of
// dims with equal products is contiguous in a (dims of size 1 are free).
func reshapeView(a affineView, from, to ir.Shape) (affineView, bool) {
	type dim struct {
		n int64
		s int64
	}
	var src []dim
	for i, n := range from {
		if n != 1 {
			src = append(src, dim{int64(n), a.strides[i]})
		}
	}
	out := make([]int64, len(to))
	j := 0
	for i := 0; i < len(to); {
		if to[i] == 1 {
			i++
			continue
		}
		// One group: new dims i..i2 against old dims j..j2 with equal
		// products; the old group must be contiguous.
		if j >= len(src) {
			return affineView{}, false
		}
		pn, po := int64(to[i]), src[j].n
		i2, j2 := i+1, j+1
		for pn != po {
			if pn < po {
				for i2 < len(to) && to[i2] == 1 {
					i2++
				}
				if i2 >= len(to) {
					return affineView{}, false
				}
				pn *= int64(to[i2])
				i2++
			} else {
				if j2 >= len(src) {
					return affineView{}, false
				}
				po *= src[j2].n
				j2++
			}
		}
		for t := j; t+1 < j2; t++ {
			if src[t].s != src[t+1].s*src[t+1].n {
				return affineView{}, false
			}
		}
		// Innermost old stride, scaled by the new dims inside the group.
		s := src[j2-1].s
		for t := i2 - 1; t >= i; t-- {
			out[t] = s
			s *= int64(to[t])
		}
		i, j = i2, j2
	}
	if j != len(src) {
		return affineView{}, false
	}
	return affineView{a.src, a.off, out}, true
}

// viewAt loads element idx of v through its affine view (ok false when v
// has none).
func (k *kernel) viewAt(v *ir.Value, idx []value.Value) (value.Value, bool) {
	if v.Op != ir.OpTranspose && v.Op != ir.OpSlice && v.Op != ir.OpReshape && v.Op != ir.OpBroadcastInDim {
		return nil, false
	}
	a, ok := k.e.viewOf(v)
	if !ok {
		return nil, false
	}
	var flat value.Value = ci64(a.off)
	for i, x := range idx {
		if a.strides[i] != 0 {
			flat = k.b.NewAdd(flat, k.b.NewMul(x, ci64(a.strides[i])))
		}
	}
	return k.loadFlat(a.src, flat), true
}
