package ir

import "fmt"

// DType is the element type of a tensor. The zero value is Invalid.
// The set mirrors what Hugging Face checkpoints store; packed types
// (int4) will be added after Float64 without renumbering the others.
type DType uint8

// The element types kiln knows.
const (
	Invalid DType = iota
	Bool
	Int8
	Uint8
	Int16
	Int32
	Int64
	Float16
	BFloat16
	Float32
	Float64
	numDTypes
)

var dtypeInfo = [numDTypes]struct {
	name string
	size int
}{
	Invalid:  {"invalid", 0},
	Bool:     {"bool", 1},
	Int8:     {"i8", 1},
	Uint8:    {"u8", 1},
	Int16:    {"i16", 2},
	Int32:    {"i32", 4},
	Int64:    {"i64", 8},
	Float16:  {"f16", 2},
	BFloat16: {"bf16", 2},
	Float32:  {"f32", 4},
	Float64:  {"f64", 8},
}

// AllDTypes lists every valid DType in declaration order.
func AllDTypes() []DType {
	out := make([]DType, 0, numDTypes-1)
	for d := Bool; d < numDTypes; d++ {
		out = append(out, d)
	}
	return out
}

// String returns the short name used by the IR text format ("f32", "bf16", "i64", "bool").
func (d DType) String() string {
	if d < numDTypes {
		return dtypeInfo[d].name
	}
	return fmt.Sprintf("dtype(%d)", uint8(d))
}

// Size is the number of bytes of one element; 0 for Invalid.
func (d DType) Size() int {
	if d < numDTypes {
		return dtypeInfo[d].size
	}
	return 0
}

// Valid reports whether d is one of the declared element types (not Invalid).
func (d DType) Valid() bool { return d > Invalid && d < numDTypes }

// IsFloat reports whether d is a floating-point type.
func (d DType) IsFloat() bool {
	return d == Float16 || d == BFloat16 || d == Float32 || d == Float64
}

// SignificandBits is the significand width (implicit bit included) of a
// float dtype: f64 53, f32 24, f16 11, bf16 8; 0 for other dtypes. The RNG
// op draws floats with this many random bits (docs/ir.md).
func (d DType) SignificandBits() int {
	switch d {
	case Float64:
		return 53
	case Float32:
		return 24
	case Float16:
		return 11
	case BFloat16:
		return 8
	}
	return 0
}

// IsInt reports whether d is an integer type (signed or unsigned, not Bool).
func (d DType) IsInt() bool {
	return d == Int8 || d == Uint8 || d == Int16 || d == Int32 || d == Int64
}

// IsSigned reports whether d is a signed integer or a float type.
func (d DType) IsSigned() bool {
	return d.IsFloat() || d == Int8 || d == Int16 || d == Int32 || d == Int64
}

// ParseDType is the inverse of DType.String. It also accepts the safetensors
// names (F32, BF16, I64, BOOL, ...) and the torch names (float32, bfloat16, ...).
func ParseDType(s string) (DType, error) {
	for d := Bool; d < numDTypes; d++ {
		if dtypeInfo[d].name == s {
			return d, nil
		}
	}
	switch s {
	case "BOOL", "bool_":
		return Bool, nil
	case "I8", "int8":
		return Int8, nil
	case "U8", "uint8":
		return Uint8, nil
	case "I16", "int16":
		return Int16, nil
	case "I32", "int32":
		return Int32, nil
	case "I64", "int64":
		return Int64, nil
	case "F16", "float16", "half":
		return Float16, nil
	case "BF16", "bfloat16":
		return BFloat16, nil
	case "F32", "float32", "float":
		return Float32, nil
	case "F64", "float64", "double":
		return Float64, nil
	}
	return Invalid, fmt.Errorf("unknown dtype %q", s)
}
