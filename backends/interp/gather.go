package interp

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Gather and ScatterAdd follow tf.gather(params, indices, axis, batch_dims).
// For a result multi-index r = pre ++ mid ++ post with len(pre) = axis and
// len(mid) = rank(indices) - batch_dims:
//
//	j = indices[pre[:batch_dims] ++ mid]
//	result[r] = operand[pre ++ [j] ++ post]
//
// Gather clamps j into [0, operand.shape[axis]-1] (an empty axis yields
// zeros); ScatterAdd adds updates[r] at that operand position and skips
// indices outside [0, operand.shape[axis]). ScatterAdd accumulates floats
// in float64 and rounds once; integers wrap; bool accumulates as or.

// gatherWalk calls fn(r, pos) for every result index r, with pos the
// operand flat index for j (clamped when clampIdx); pos is -1 when j is out
// of range without clampIdx, or the axis is empty.
func gatherWalk(op, idx *tensor.Tensor, a *ir.GatherAttrs, res ir.Shape, clampIdx bool, fn func(r, pos int)) {
	ost, ist := op.Shape.Strides(), idx.Shape.Strides()
	axisN := op.Shape[a.Axis]
	mid := idx.Shape.Rank() - a.BatchDims
	ri := make([]int, len(res))
	for r := 0; r < res.NumElements(); r++ {
		unravel(r, res, ri)
		ii := 0
		for d := 0; d < a.BatchDims; d++ {
			ii += ri[d] * ist[d]
		}
		for d := 0; d < mid; d++ {
			ii += ri[a.Axis+d] * ist[a.BatchDims+d]
		}
		j := ir.ElementInt(idx.DType, idx.Data, ii)
		if clampIdx {
			if axisN == 0 {
				fn(r, -1)
				continue
			}
			j = clamp(j, 0, int64(axisN-1))
		} else if j < 0 || j >= int64(axisN) {
			fn(r, -1)
			continue
		}
		pos := int(j) * ost[a.Axis]
		for d := 0; d < a.Axis; d++ {
			pos += ri[d] * ost[d]
		}
		for d := a.Axis + 1; d < op.Shape.Rank(); d++ {
			pos += ri[d-1+mid] * ost[d]
		}
		fn(r, pos)
	}
}

func gather(op, idx *tensor.Tensor, a *ir.GatherAttrs, t ir.Type) *tensor.Tensor {
	out := newTensor(t)
	es := t.DType.Size()
	gatherWalk(op, idx, a, t.Shape, true, func(r, pos int) {
		if pos >= 0 {
			copyElem(out.Data, r, op.Data, pos, es)
		}
	})
	return out
}

func scatterAdd(op, idx, up *tensor.Tensor, a *ir.GatherAttrs, t ir.Type) *tensor.Tensor {
	if t.DType.IsFloat() {
		acc, u := floats(op), floats(up)
		gatherWalk(op, idx, a, up.Shape, false, func(r, pos int) {
			if pos >= 0 {
				acc[pos] += u[r]
			}
		})
		return fromFloats(t, acc)
	}
	acc, u := ints(op), ints(up)
	gatherWalk(op, idx, a, up.Shape, false, func(r, pos int) {
		if pos >= 0 {
			acc[pos] += u[r]
		}
	})
	return fromInts(t, acc)
}
