// Package tensor holds kiln's host tensors: a dtype, a shape and the raw
// bytes of a dense, row-major, little-endian array. It converts between
// every kiln dtype (with PyTorch's rounding rules), and reads and writes
// whole safetensors files; its safetensors header parser is the single,
// validated parser that the weights package reuses for memory-mapped
// checkpoints.
package tensor

import (
	"bytes"
	"fmt"
	"math"
	"strings"

	"github.com/kiln-ml/kiln/ir"
)

// Tensor is a dense host tensor. Data holds Shape.NumElements() elements of
// DType in row-major (C) order, each stored little-endian; a Bool element is
// one byte, 0 or 1 (readers treat any non-zero byte as true).
//
// Data may alias memory that the tensor does not own: a tensor returned by
// weights.Checkpoint.Tensor is a view into a read-only memory-mapped file.
// Such a view must be treated as read-only (writing to it faults) and is
// invalid after the checkpoint is closed; Clone or Convert make an owned copy.
type Tensor struct {
	DType ir.DType
	Shape ir.Shape
	Data  []byte
}

// New returns a zero-filled tensor of the given dtype and shape. It returns
// an error for an invalid dtype, a negative dimension or a size that
// overflows int.
func New(dt ir.DType, shape ir.Shape) (*Tensor, error) {
	n, err := byteSize(dt, shape)
	if err != nil {
		return nil, err
	}
	return &Tensor{DType: dt, Shape: shape.Clone(), Data: make([]byte, n)}, nil
}

// byteSize is the number of bytes a dense tensor of dt and shape occupies,
// with overflow and validity checks.
func byteSize(dt ir.DType, shape ir.Shape) (int, error) {
	if !dt.Valid() {
		return 0, fmt.Errorf("tensor: invalid dtype %v", dt)
	}
	n, err := numElements(shape)
	if err != nil {
		return 0, err
	}
	if n > math.MaxInt/dt.Size() {
		return 0, fmt.Errorf("tensor: shape %v of %v overflows the address space", shape, dt)
	}
	return n * dt.Size(), nil
}

// numElements multiplies the dimensions, refusing negative sizes and overflow.
func numElements(shape ir.Shape) (int, error) {
	n := 1
	for _, d := range shape {
		if d < 0 {
			return 0, fmt.Errorf("tensor: negative dimension in shape %v", shape)
		}
		if d != 0 && n > math.MaxInt/d {
			return 0, fmt.Errorf("tensor: shape %v has too many elements", shape)
		}
		n *= d
	}
	return n, nil
}

// Type returns the tensor's static type (dtype and a copy of the shape).
func (t *Tensor) Type() ir.Type { return ir.Type{DType: t.DType, Shape: t.Shape.Clone()} }

// NumElements is the number of elements (1 for a scalar).
func (t *Tensor) NumElements() int { return t.Shape.NumElements() }

// Validate checks that the dtype is valid, the shape has no negative
// dimension and Data has exactly NumElements*DType.Size() bytes.
func (t *Tensor) Validate() error {
	if t == nil {
		return fmt.Errorf("tensor: nil tensor")
	}
	n, err := byteSize(t.DType, t.Shape)
	if err != nil {
		return err
	}
	if len(t.Data) != n {
		return fmt.Errorf("tensor: %v%v needs %d bytes of data, has %d", t.DType, t.Shape, n, len(t.Data))
	}
	return nil
}

// Clone returns a deep copy whose Data is owned and writable, even when t is
// a view into a memory-mapped file.
func (t *Tensor) Clone() *Tensor {
	return &Tensor{DType: t.DType, Shape: t.Shape.Clone(), Data: bytes.Clone(t.Data)}
}

// Equal reports whether both tensors have the same dtype, shape and bytes.
// Floats are compared bitwise, so NaNs with the same payload are equal and
// +0 differs from -0.
func (t *Tensor) Equal(o *Tensor) bool {
	if t == nil || o == nil {
		return t == o
	}
	return t.DType == o.DType && t.Shape.Equal(o.Shape) && bytes.Equal(t.Data, o.Data)
}

// String returns a one-line summary such as "f32[2,3]{1, 2, 3, 4, 5, 6}";
// at most the first 6 elements are printed, followed by "..." if there are
// more. It never panics, even on an invalid tensor.
func (t *Tensor) String() string {
	if t == nil {
		return "<nil tensor>"
	}
	if err := t.Validate(); err != nil {
		return fmt.Sprintf("%v%v<invalid: %d bytes>", t.DType, t.Shape, len(t.Data))
	}
	var b strings.Builder
	b.WriteString(t.DType.String())
	b.WriteString(t.Shape.String())
	b.WriteByte('{')
	n := t.NumElements()
	const show = 6
	for i := 0; i < n && i < show; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		switch {
		case t.DType == ir.Bool:
			fmt.Fprint(&b, t.Data[i] != 0)
		case t.DType.IsFloat():
			fmt.Fprintf(&b, "%g", loadFloat(t.DType, t.Data, i))
		default:
			fmt.Fprint(&b, loadInt(t.DType, t.Data, i))
		}
	}
	if n > show {
		b.WriteString(", ...")
	}
	b.WriteByte('}')
	return b.String()
}

// At returns the element at the given multi-index as a float64 (integers and
// bools converted exactly where float64 can represent them). It returns an
// error when the index has the wrong rank or is out of range.
func (t *Tensor) At(idx ...int) (float64, error) {
	if err := t.Validate(); err != nil {
		return 0, err
	}
	if len(idx) != len(t.Shape) {
		return 0, fmt.Errorf("tensor: index %v has rank %d, tensor %v has rank %d", idx, len(idx), t.Shape, len(t.Shape))
	}
	flat := 0
	for i, x := range idx {
		if x < 0 || x >= t.Shape[i] {
			return 0, fmt.Errorf("tensor: index %v out of range for shape %v", idx, t.Shape)
		}
		flat = flat*t.Shape[i] + x
	}
	return loadFloat(t.DType, t.Data, flat), nil
}
