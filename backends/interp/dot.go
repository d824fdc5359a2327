package interp

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// dotGeneral: result[batch ++ lhsFree ++ rhsFree] = sum over the contracting
// multi-index c of lhs[...] * rhs[...]. Floats multiply and accumulate in
// float64 and round once to Out; integers accumulate in int64 and wrap to
// Out. Contracting over an empty dim gives 0.
func dotGeneral(l, r *tensor.Tensor, a *ir.DotAttrs, t ir.Type) *tensor.Tensor {
	lf, rf := a.FreeDims(l.Shape.Rank(), r.Shape.Rank())
	cshape := make(ir.Shape, len(a.LhsContract))
	for i, d := range a.LhsContract {
		cshape[i] = l.Shape[d]
	}
	lst, rst := l.Shape.Strides(), r.Shape.Strides()
	nb := len(a.LhsBatch)
	n := t.Shape.NumElements()
	isFloat := l.DType.IsFloat()
	var lfs, rfs []float64
	var lis, ris []int64
	if isFloat {
		lfs, rfs = floats(l), floats(r)
	} else {
		lis, ris = ints(l), ints(r)
	}
	// Offsets of every contracting multi-index in lhs and rhs.
	nc := cshape.NumElements()
	loff, roff := make([]int, nc), make([]int, nc)
	ci := make([]int, len(cshape))
	for c := 0; c < nc; c++ {
		unravel(c, cshape, ci)
		for i, x := range ci {
			loff[c] += x * lst[a.LhsContract[i]]
			roff[c] += x * rst[a.RhsContract[i]]
		}
	}
	facc := make([]float64, n)
	iacc := make([]int64, n)
	oi := make([]int, len(t.Shape))
	for o := 0; o < n; o++ {
		unravel(o, t.Shape, oi)
		lb, rb := 0, 0
		for i := 0; i < nb; i++ {
			lb += oi[i] * lst[a.LhsBatch[i]]
			rb += oi[i] * rst[a.RhsBatch[i]]
		}
		for i, d := range lf {
			lb += oi[nb+i] * lst[d]
		}
		for i, d := range rf {
			rb += oi[nb+len(lf)+i] * rst[d]
		}
		if isFloat {
			var sum float64
			for c := 0; c < nc; c++ {
				sum += lfs[lb+loff[c]] * rfs[rb+roff[c]]
			}
			facc[o] = sum
		} else {
			var sum int64
			for c := 0; c < nc; c++ {
				sum += lis[lb+loff[c]] * ris[rb+roff[c]]
			}
			iacc[o] = sum
		}
	}
	if isFloat {
		return fromFloats(t, facc)
	}
	return fromInts(t, iacc)
}
