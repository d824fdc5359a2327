package tensor

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/ir"
)

// Conversion rules (the same in every constructor, reader and Convert):
//
//   - float to narrower float rounds to nearest, ties to even. float64 to
//     float16/bfloat16 goes through float32 first, as PyTorch does (c10::Half
//     and c10::BFloat16 are only constructible from float), so a value can be
//     rounded twice exactly like torch's .to(dtype).
//   - float to integer truncates toward zero into int64 (NaN gives 0; values
//     beyond the int64 range saturate), then wraps into narrower integer types
//     like an integer-to-integer conversion. This matches PyTorch on x86 for
//     every value whose conversion PyTorch defines; PyTorch leaves the rest
//     undefined.
//   - integer to narrower integer wraps (two's complement), as in C and PyTorch.
//   - integer to float rounds to nearest (int64 to float16/bfloat16 goes
//     through float32, as PyTorch does).
//   - anything to bool is "non-zero" (NaN is true, -0 is false); bool to a
//     number is 0 or 1.

// loadFloat reads element i of a little-endian buffer as float64 (floats
// decode exactly, by ir.ElementFloat). Integer values beyond 2^53 round to
// nearest.
func loadFloat(dt ir.DType, data []byte, i int) float64 {
	if dt.IsFloat() {
		return ir.ElementFloat(dt, data, i)
	}
	return float64(loadInt(dt, data, i))
}

// loadInt reads element i as int64 (integers by ir.ElementInt); a bool is 0
// or 1 whatever non-zero byte stores true, and floats follow the
// float-to-integer rule.
func loadInt(dt ir.DType, data []byte, i int) int64 {
	switch {
	case dt == ir.Bool:
		if data[i] != 0 {
			return 1
		}
		return 0
	case dt.IsFloat():
		return floatToInt64(ir.ElementFloat(dt, data, i))
	}
	return ir.ElementInt(dt, data, i)
}

// floatToInt64 truncates toward zero, maps NaN to 0 and saturates.
func floatToInt64(v float64) int64 {
	switch {
	case v != v:
		return 0
	case v >= 0x1p63:
		return math.MaxInt64
	case v < -0x1p63:
		return math.MinInt64
	}
	return int64(v)
}

// isNonZero is the bool rule for element i.
func isNonZero(dt ir.DType, data []byte, i int) bool {
	if dt.IsFloat() {
		return loadFloat(dt, data, i) != 0 // NaN != 0 is true
	}
	return loadInt(dt, data, i) != 0
}

// storeFloat writes v as element i of dt, rounding by the rules above.
func storeFloat(dt ir.DType, data []byte, i int, v float64) {
	switch dt {
	case ir.Float64:
		binary.LittleEndian.PutUint64(data[8*i:], math.Float64bits(v))
	case ir.Float32:
		binary.LittleEndian.PutUint32(data[4*i:], math.Float32bits(float32(v)))
	case ir.Float16:
		binary.LittleEndian.PutUint16(data[2*i:], Float32ToFloat16(float32(v)))
	case ir.BFloat16:
		binary.LittleEndian.PutUint16(data[2*i:], Float32ToBFloat16(float32(v)))
	case ir.Bool:
		if v != 0 {
			data[i] = 1
		} else {
			data[i] = 0
		}
	default:
		storeInt(dt, data, i, floatToInt64(v))
	}
}

// storeInt writes v as element i of dt: integers wrap, floats round.
func storeInt(dt ir.DType, data []byte, i int, v int64) {
	switch dt {
	case ir.Bool:
		if v != 0 {
			data[i] = 1
		} else {
			data[i] = 0
		}
	case ir.Int8, ir.Uint8:
		data[i] = byte(v)
	case ir.Int16:
		binary.LittleEndian.PutUint16(data[2*i:], uint16(v))
	case ir.Int32:
		binary.LittleEndian.PutUint32(data[4*i:], uint32(v))
	case ir.Int64:
		binary.LittleEndian.PutUint64(data[8*i:], uint64(v))
	case ir.Float64:
		binary.LittleEndian.PutUint64(data[8*i:], math.Float64bits(float64(v)))
	case ir.Float32:
		binary.LittleEndian.PutUint32(data[4*i:], math.Float32bits(float32(v)))
	case ir.Float16:
		binary.LittleEndian.PutUint16(data[2*i:], Float32ToFloat16(float32(v)))
	case ir.BFloat16:
		binary.LittleEndian.PutUint16(data[2*i:], Float32ToBFloat16(float32(v)))
	}
}

// Convert returns an owned copy of t in dtype dt, converting every element
// by the package's conversion rules (a plain copy when dt == t.DType). It
// returns an error if t is invalid or dt is not a valid dtype.
func (t *Tensor) Convert(dt ir.DType) (*Tensor, error) {
	if err := t.Validate(); err != nil {
		return nil, err
	}
	out, err := New(dt, t.Shape)
	if err != nil {
		return nil, err
	}
	if dt == t.DType {
		copy(out.Data, t.Data)
		return out, nil
	}
	n := t.NumElements()
	switch {
	case t.DType == ir.Float32 && dt == ir.BFloat16:
		// The hot path of weight binding: skip the float64 detour.
		for i := 0; i < n; i++ {
			f := math.Float32frombits(binary.LittleEndian.Uint32(t.Data[4*i:]))
			binary.LittleEndian.PutUint16(out.Data[2*i:], Float32ToBFloat16(f))
		}
	case t.DType == ir.BFloat16 && dt == ir.Float32:
		for i := 0; i < n; i++ {
			binary.LittleEndian.PutUint32(out.Data[4*i:], uint32(binary.LittleEndian.Uint16(t.Data[2*i:]))<<16)
		}
	case t.DType == ir.Float32 && dt == ir.Float16:
		for i := 0; i < n; i++ {
			f := math.Float32frombits(binary.LittleEndian.Uint32(t.Data[4*i:]))
			binary.LittleEndian.PutUint16(out.Data[2*i:], Float32ToFloat16(f))
		}
	case t.DType == ir.Float16 && dt == ir.Float32:
		for i := 0; i < n; i++ {
			f := Float16ToFloat32(binary.LittleEndian.Uint16(t.Data[2*i:]))
			binary.LittleEndian.PutUint32(out.Data[4*i:], math.Float32bits(f))
		}
	case dt == ir.Bool:
		for i := 0; i < n; i++ {
			if isNonZero(t.DType, t.Data, i) {
				out.Data[i] = 1
			}
		}
	case t.DType.IsFloat():
		for i := 0; i < n; i++ {
			storeFloat(dt, out.Data, i, loadFloat(t.DType, t.Data, i))
		}
	default: // integer or bool source: go through int64, which is exact
		for i := 0; i < n; i++ {
			storeInt(dt, out.Data, i, loadInt(t.DType, t.Data, i))
		}
	}
	return out, nil
}

// Float64s returns every element as float64 in row-major order. Integers
// beyond 2^53 round to nearest; bools are 0 or 1. It returns nil for an
// invalid tensor (see Validate).
func (t *Tensor) Float64s() []float64 { return elements(t, loadFloat) }

// Float32s returns every element as float32 in row-major order, rounded to
// nearest-even (integers directly, without a float64 detour). It returns nil
// for an invalid tensor.
func (t *Tensor) Float32s() []float32 {
	return elements(t, func(dt ir.DType, data []byte, i int) float32 {
		if dt.IsFloat() {
			return float32(loadFloat(dt, data, i))
		}
		return float32(loadInt(dt, data, i))
	})
}

// Int64s returns every element as int64 in row-major order; floats truncate
// toward zero (NaN gives 0, out-of-range values saturate). It returns nil
// for an invalid tensor.
func (t *Tensor) Int64s() []int64 { return elements(t, loadInt) }

// Bools returns every element as "non-zero" in row-major order (NaN is true).
// It returns nil for an invalid tensor.
func (t *Tensor) Bools() []bool { return elements(t, isNonZero) }

// elements reads every element of t with load, in row-major order; nil for
// an invalid tensor.
func elements[T any](t *Tensor, load func(dt ir.DType, data []byte, i int) T) []T {
	if t.Validate() != nil {
		return nil
	}
	out := make([]T, t.NumElements())
	for i := range out {
		out[i] = load(t.DType, t.Data, i)
	}
	return out
}

// checkLen verifies that a value slice matches the shape.
func checkLen(shape ir.Shape, n int) error {
	want, err := numElements(shape)
	if err != nil {
		return err
	}
	if want != n {
		return fmt.Errorf("tensor: shape %v needs %d values, got %d", shape, want, n)
	}
	return nil
}

// fromValues returns a new tensor of dtype dt and the given shape with vals
// stored by store, or an error if len(vals) does not match the shape or dt
// is invalid.
func fromValues[T any](dt ir.DType, shape ir.Shape, vals []T, store func(dt ir.DType, data []byte, i int, v T)) (*Tensor, error) {
	if err := checkLen(shape, len(vals)); err != nil {
		return nil, err
	}
	t, err := New(dt, shape)
	if err != nil {
		return nil, err
	}
	for i, v := range vals {
		store(dt, t.Data, i, v)
	}
	return t, nil
}

// FromFloat32 returns a float32 tensor holding vals (copied). It returns an
// error if len(vals) differs from the shape's element count.
func FromFloat32(shape ir.Shape, vals []float32) (*Tensor, error) {
	return fromValues(ir.Float32, shape, vals, func(_ ir.DType, data []byte, i int, v float32) {
		binary.LittleEndian.PutUint32(data[4*i:], math.Float32bits(v))
	})
}

// FromFloat64 returns a tensor of dtype dt holding vals converted by the
// package's rules (round to nearest-even for floats, truncation toward zero
// then wrapping for integers, non-zero for bool). It returns an error if
// len(vals) differs from the shape's element count or dt is invalid.
func FromFloat64(dt ir.DType, shape ir.Shape, vals []float64) (*Tensor, error) {
	return fromValues(dt, shape, vals, storeFloat)
}

// FromInt64 returns a tensor of dtype dt holding vals converted by the
// package's rules (wrapping for narrower integers, rounding for floats,
// non-zero for bool). It returns an error if len(vals) differs from the
// shape's element count or dt is invalid.
func FromInt64(dt ir.DType, shape ir.Shape, vals []int64) (*Tensor, error) {
	return fromValues(dt, shape, vals, storeInt)
}

// FromBool returns a bool tensor holding vals (as bytes 0 and 1). It returns
// an error if len(vals) differs from the shape's element count.
func FromBool(shape ir.Shape, vals []bool) (*Tensor, error) {
	return fromValues(ir.Bool, shape, vals, func(_ ir.DType, data []byte, i int, v bool) {
		if v {
			data[i] = 1
		}
	})
}

// ScalarFloat64 returns a rank-0 tensor of dtype dt holding v converted by
// the package's rules. It returns an error only for an invalid dtype.
func ScalarFloat64(dt ir.DType, v float64) (*Tensor, error) {
	return FromFloat64(dt, nil, []float64{v})
}

// ScalarInt64 returns a rank-0 tensor of dtype dt holding v converted by the
// package's rules. It returns an error only for an invalid dtype.
func ScalarInt64(dt ir.DType, v int64) (*Tensor, error) {
	return FromInt64(dt, nil, []int64{v})
}
