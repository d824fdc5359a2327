package ir

import (
	"strconv"
	"strings"
)

// Shape is a static tensor shape: one non-negative size per dimension.
// A nil or empty Shape is a scalar. Zero-sized dimensions are allowed.
type Shape []int

// Rank is the number of dimensions.
func (s Shape) Rank() int { return len(s) }

// NumElements is the product of the dimensions (1 for a scalar).
func (s Shape) NumElements() int {
	n := 1
	for _, d := range s {
		n *= d
	}
	return n
}

// Equal reports whether two shapes have the same dimensions.
func (s Shape) Equal(o Shape) bool {
	if len(s) != len(o) {
		return false
	}
	for i := range s {
		if s[i] != o[i] {
			return false
		}
	}
	return true
}

// Clone returns a copy that does not alias s.
func (s Shape) Clone() Shape {
	if s == nil {
		return nil
	}
	return append(Shape{}, s...)
}

// Strides returns row-major element strides.
func (s Shape) Strides() []int {
	st := make([]int, len(s))
	acc := 1
	for i := len(s) - 1; i >= 0; i-- {
		st[i] = acc
		acc *= s[i]
	}
	return st
}

// String prints the shape as "[2,3,4]" ("[]" for a scalar).
func (s Shape) String() string {
	var b strings.Builder
	b.WriteByte('[')
	for i, d := range s {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(d))
	}
	b.WriteByte(']')
	return b.String()
}

// Type is the static type of an IR value: element type and shape.
type Type struct {
	DType DType
	Shape Shape
}

// T is shorthand for Type{DType: d, Shape: dims}.
func T(d DType, dims ...int) Type { return Type{DType: d, Shape: Shape(dims)} }

// Equal reports whether both dtype and shape match.
func (t Type) Equal(o Type) bool { return t.DType == o.DType && t.Shape.Equal(o.Shape) }

// String prints the type as "f32[2,3]".
func (t Type) String() string { return t.DType.String() + t.Shape.String() }

// Bytes is the storage size of a dense tensor of this type.
func (t Type) Bytes() int { return t.Shape.NumElements() * t.DType.Size() }
