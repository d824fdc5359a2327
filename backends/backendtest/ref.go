package backendtest

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Reference helpers: multi-index iteration by recursion and element access
// by byte offset. Deliberately independent of backends/interp.

// forEach calls fn with every multi-index of shape in row-major order.
func forEach(shape ir.Shape, fn func(idx []int)) {
	idx := make([]int, len(shape))
	var rec func(d int)
	rec = func(d int) {
		if d == len(shape) {
			fn(idx)
			return
		}
		for i := 0; i < shape[d]; i++ {
			idx[d] = i
			rec(d + 1)
		}
	}
	rec(0)
}

// offset is the row-major element offset of idx in shape.
func offset(shape ir.Shape, idx []int) int {
	o := 0
	for d, x := range idx {
		o = o*shape[d] + x
	}
	return o
}

// elem returns the bytes of the element at idx.
func elem(t *tensor.Tensor, idx []int) []byte {
	es := t.DType.Size()
	o := offset(t.Shape, idx) * es
	return t.Data[o : o+es]
}

// zeros is a zero-filled tensor.
func zeros(d ir.DType, shape ir.Shape) *tensor.Tensor { return must(tensor.New(d, shape)) }

// permuteRef builds out[idx] = in[src(idx)] over out's shape.
func permuteRef(in *tensor.Tensor, outShape ir.Shape, src func(idx []int) []int) *tensor.Tensor {
	out := zeros(in.DType, outShape)
	forEach(outShape, func(idx []int) {
		copy(elem(out, idx), elem(in, src(idx)))
	})
	return out
}

// getF / getI read one element at a multi-index.
func getF(t *tensor.Tensor, idx ...int) float64 {
	return ir.ElementFloat(t.DType, t.Data, offset(t.Shape, idx))
}

func getI(t *tensor.Tensor, idx ...int) int64 {
	return ir.ElementInt(t.DType, t.Data, offset(t.Shape, idx))
}
