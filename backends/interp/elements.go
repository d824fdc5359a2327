package interp

import (
	bin "encoding/binary"
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Element access helpers: operands are decoded once to float64 or int64
// slices, computed on, and encoded into a new tensor of the result type.

func newTensor(t ir.Type) *tensor.Tensor {
	return &tensor.Tensor{DType: t.DType, Shape: t.Shape.Clone(), Data: make([]byte, t.Bytes())}
}

// floats decodes every element as float64 (exact for every float dtype).
func floats(t *tensor.Tensor) []float64 {
	out := make([]float64, t.NumElements())
	switch t.DType {
	case ir.Float32: // the common case, without a dtype switch per element
		for i := range out {
			out[i] = float64(math.Float32frombits(bin.LittleEndian.Uint32(t.Data[4*i:])))
		}
	case ir.BFloat16:
		for i := range out {
			out[i] = float64(ir.BFloat16ToFloat32(bin.LittleEndian.Uint16(t.Data[2*i:])))
		}
	default:
		for i := range out {
			out[i] = ir.ElementFloat(t.DType, t.Data, i)
		}
	}
	return out
}

// ints decodes every element of an integer or bool tensor as int64 (a bool
// is 0 or 1, whatever non-zero byte stores true).
func ints(t *tensor.Tensor) []int64 {
	out := make([]int64, t.NumElements())
	for i := range out {
		out[i] = ir.ElementInt(t.DType, t.Data, i)
		if t.DType == ir.Bool && out[i] != 0 {
			out[i] = 1
		}
	}
	return out
}

// fromFloats encodes xs, rounding each to nearest even in dtype t.DType.
func fromFloats(t ir.Type, xs []float64) *tensor.Tensor {
	out := newTensor(t)
	if t.DType == ir.Float32 { // PutElementFloat's float32 case, without its switch
		for i, x := range xs {
			bin.LittleEndian.PutUint32(out.Data[4*i:], math.Float32bits(float32(x)))
		}
		return out
	}
	for i, x := range xs {
		ir.PutElementFloat(t.DType, out.Data, i, x)
	}
	return out
}

// fromInts encodes xs, wrapping each to the width of t.DType (bool: != 0).
func fromInts(t ir.Type, xs []int64) *tensor.Tensor {
	out := newTensor(t)
	for i, x := range xs {
		ir.PutElementInt(t.DType, out.Data, i, x)
	}
	return out
}

// bits is the width of an integer dtype.
func bits(d ir.DType) uint { return uint(8 * d.Size()) }

// intRange is the smallest and largest value of an integer or bool dtype.
func intRange(d ir.DType) (lo, hi int64) {
	switch d {
	case ir.Bool:
		return 0, 1
	case ir.Uint8:
		return 0, 255
	}
	n := bits(d)
	return -1 << (n - 1), 1<<(n-1) - 1
}

// unravel writes the multi-index of flat index i in shape into idx.
func unravel(i int, shape ir.Shape, idx []int) {
	for d := len(shape) - 1; d >= 0; d-- {
		if shape[d] > 0 {
			idx[d] = i % shape[d]
			i /= shape[d]
		}
	}
}

// ravel is the flat index of idx with the given strides.
func ravel(idx, strides []int) int {
	o := 0
	for d, x := range idx {
		o += x * strides[d]
	}
	return o
}

func clamp(x, lo, hi int64) int64 {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}
