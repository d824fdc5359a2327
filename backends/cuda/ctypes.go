package cuda

import (
	"fmt"
	"math"
	"strconv"

	"github.com/kiln-ml/kiln/ir"
)

// C types of generated code. Every dtype has a storage type (what its
// buffers hold) and a compute type (what expressions compute in):
// f16 and bf16 are stored as their 16-bit patterns and computed in float,
// rounded to their dtype wherever a value of that dtype is produced (as
// interp and llvm do); f32 computes in float, f64 in double; integers in
// their own width; bool is stored as one byte and computed as bool.

// ctype is the compute type of d.
func ctype(d ir.DType) string {
	switch d {
	case ir.Float16, ir.BFloat16, ir.Float32:
		return "float"
	case ir.Float64:
		return "double"
	case ir.Bool:
		return "bool"
	case ir.Int8:
		return "signed char"
	case ir.Uint8:
		return "unsigned char"
	case ir.Int16:
		return "short"
	case ir.Int32:
		return "int"
	}
	return "long long"
}

// stype is the storage type of d.
func stype(d ir.DType) string {
	switch d {
	case ir.Float16, ir.BFloat16:
		return "unsigned short"
	case ir.Bool:
		return "unsigned char"
	}
	return ctype(d)
}

// utype is the unsigned type integer arithmetic of d wraps in: the
// operands are widened to it so that overflow is defined (C's signed
// overflow is not, and 16-bit operands would be promoted to int).
func utype(d ir.DType) string {
	if d == ir.Int64 {
		return "unsigned long long"
	}
	return "unsigned int"
}

// uexact is the unsigned type of d's exact width (logical shifts).
func uexact(d ir.DType) string {
	switch d {
	case ir.Int8, ir.Uint8, ir.Bool:
		return "unsigned char"
	case ir.Int16:
		return "unsigned short"
	case ir.Int32:
		return "unsigned int"
	}
	return "unsigned long long"
}

func isHalf(d ir.DType) bool { return d == ir.Float16 || d == ir.BFloat16 }

// loadExpr converts a stored element (expression s of d's storage type)
// to its compute type.
func loadExpr(d ir.DType, s string) string {
	switch d {
	case ir.Float16:
		return "kiln_h2f(" + s + ")"
	case ir.BFloat16:
		return "kiln_bf2f(" + s + ")"
	case ir.Bool:
		return "(" + s + " != 0)"
	}
	return s
}

// storeExpr converts a compute value x of d to its storage type.
func storeExpr(d ir.DType, x string) string {
	switch d {
	case ir.Float16:
		return "kiln_f2h(" + x + ")"
	case ir.BFloat16:
		return "kiln_f2bf(" + x + ")"
	case ir.Bool:
		return "(unsigned char)(" + x + ")"
	}
	return x
}

// roundExpr rounds a float compute value to d (f16, bf16; others as is).
func roundExpr(d ir.DType, x string) string {
	switch d {
	case ir.Float16:
		return "kiln_h2f(kiln_f2h(" + x + "))"
	case ir.BFloat16:
		return "kiln_bf2f(kiln_f2bf(" + x + "))"
	}
	return x
}

// floatLit is the C literal of x in the float compute type t ("float" or
// "double"), exact: hexadecimal, or a bit pattern for inf and NaN.
func floatLit(t string, x float64) string {
	if t == "float" {
		f := float32(x)
		if math.IsInf(float64(f), 0) || f != f {
			return fmt.Sprintf("__int_as_float(0x%08x)", math.Float32bits(f))
		}
		return strconv.FormatFloat(float64(f), 'x', -1, 32) + "f"
	}
	if math.IsInf(x, 0) || x != x {
		return fmt.Sprintf("__longlong_as_double(0x%016xLL)", math.Float64bits(x))
	}
	return strconv.FormatFloat(x, 'x', -1, 64)
}

// intLit is the C literal of x as d's compute type.
func intLit(d ir.DType, x int64) string {
	if d == ir.Bool {
		if x != 0 {
			return "true"
		}
		return "false"
	}
	if x == math.MinInt64 {
		return "(-9223372036854775807LL - 1)"
	}
	return fmt.Sprintf("((%s)%dLL)", ctype(d), x)
}

// elemLit is the literal of element i of data (d's little-endian bytes)
// in d's compute type.
func elemLit(d ir.DType, data []byte, i int) string {
	if len(data) == 0 {
		if d.IsFloat() {
			return floatLit(ctype(d), 0)
		}
		return intLit(d, 0)
	}
	if d.IsFloat() {
		return floatLit(ctype(d), ir.ElementFloat(d, data, i))
	}
	return intLit(d, ir.ElementInt(d, data, i))
}

// intRange is the lowest and highest value of integer (or bool) d.
func intRange(d ir.DType) (lo, hi int64) {
	switch d {
	case ir.Bool:
		return 0, 1
	case ir.Int8:
		return math.MinInt8, math.MaxInt8
	case ir.Uint8:
		return 0, math.MaxUint8
	case ir.Int16:
		return math.MinInt16, math.MaxInt16
	case ir.Int32:
		return math.MinInt32, math.MaxInt32
	}
	return math.MinInt64, math.MaxInt64
}
