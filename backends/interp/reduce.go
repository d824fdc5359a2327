package interp

import (
	"math"
	"slices"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Reduce combines the elements over Axes in row-major order. Floats
// accumulate in float64 and round once: sum, prod, max and min (NaN
// propagates; -0 < +0). Integers accumulate in int64 and wrap. Bool: sum
// and max are or, prod and min are and. Empty reductions give the
// identity: 0, 1, the dtype's lowest value (-inf for floats) for max, its
// highest (+inf) for min.

// reduceTarget maps each operand flat index to its result flat index.
func reduceTarget(in ir.Shape, axes []int, res ir.Shape) []int {
	reduced := make([]bool, len(in))
	for _, a := range axes {
		reduced[a] = true
	}
	rst := res.Strides()
	tgt := make([]int, in.NumElements())
	idx := make([]int, len(in))
	for i := range tgt {
		unravel(i, in, idx)
		o, k := 0, 0
		for d, x := range idx {
			if !reduced[d] {
				o += x * rst[k]
				k++
			}
		}
		tgt[i] = o
	}
	return tgt
}

// identities returns n accumulators holding the identity of kind: 0 for
// sum, 1 for prod, lo for max and hi for min.
func identities[T float64 | int64](kind ir.ReduceKind, n int, lo, hi T) []T {
	var id T
	switch kind {
	case ir.ReduceProd:
		id = 1
	case ir.ReduceMax:
		id = lo
	case ir.ReduceMin:
		id = hi
	}
	return slices.Repeat([]T{id}, n)
}

func reduce(x *tensor.Tensor, a *ir.ReduceAttrs, t ir.Type) *tensor.Tensor {
	tgt := reduceTarget(x.Shape, a.Axes, t.Shape)
	n := t.Shape.NumElements()
	if x.DType.IsFloat() {
		acc := identities(a.Kind, n, math.Inf(-1), math.Inf(1))
		for i, v := range floats(x) {
			o := tgt[i]
			switch a.Kind {
			case ir.ReduceSum:
				acc[o] += v
			case ir.ReduceProd:
				acc[o] *= v
			case ir.ReduceMax:
				acc[o] = fmax(acc[o], v)
			case ir.ReduceMin:
				acc[o] = fmin(acc[o], v)
			}
		}
		return fromFloats(t, acc)
	}
	lo, hi := intRange(x.DType)
	acc := identities(a.Kind, n, lo, hi)
	isBool := x.DType == ir.Bool
	for i, v := range ints(x) {
		o := tgt[i]
		switch {
		case a.Kind == ir.ReduceMax || (isBool && a.Kind == ir.ReduceSum):
			acc[o] = max(acc[o], v)
		case a.Kind == ir.ReduceMin || (isBool && a.Kind == ir.ReduceProd):
			acc[o] = min(acc[o], v)
		case a.Kind == ir.ReduceSum:
			acc[o] += v
		case a.Kind == ir.ReduceProd:
			acc[o] *= v
		}
	}
	return fromInts(t, acc)
}

// argReduce: the index along axis of the first maximum (isMax) or minimum;
// the first NaN wins over every number.
func argReduce(x *tensor.Tensor, axis int, isMax bool, t ir.Type) *tensor.Tensor {
	n := x.Shape[axis]
	inner := 1
	for _, d := range x.Shape[axis+1:] {
		inner *= d
	}
	outer := x.NumElements() / max(n*inner, 1)
	res := make([]int64, outer*inner)
	isFloat := x.DType.IsFloat()
	var fs []float64
	var is []int64
	if isFloat {
		fs = floats(x)
	} else {
		is = ints(x)
	}
	for o := 0; o < outer; o++ {
		for in := 0; in < inner; in++ {
			best := 0
			at := func(k int) int { return (o*n+k)*inner + in }
			for k := 1; k < n; k++ {
				if isFloat {
					b, v := fs[at(best)], fs[at(k)]
					if math.IsNaN(b) {
						break
					}
					if math.IsNaN(v) || (isMax && v > b) || (!isMax && v < b) {
						best = k
					}
				} else {
					b, v := is[at(best)], is[at(k)]
					if (isMax && v > b) || (!isMax && v < b) {
						best = k
					}
				}
			}
			res[o*inner+in] = int64(best)
		}
	}
	return fromInts(t, res)
}
