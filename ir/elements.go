package ir

import (
	"encoding/binary"
	"math"

	"github.com/x448/float16"
)

// Element codecs for the dense little-endian layout used by constants and
// host tensors. Floats convert with round-to-nearest-even, as PyTorch does.

// Float32ToBFloat16 rounds f to the nearest bfloat16, ties to even, as
// PyTorch's c10::BFloat16 does: values too large round to ±Inf, and every
// NaN becomes the canonical quiet NaN 0x7FC0.
func Float32ToBFloat16(f float32) uint16 {
	if f != f {
		return 0x7FC0
	}
	b := math.Float32bits(f)
	// Adding 0x7FFF plus the lowest kept bit rounds to nearest, ties to
	// even; a carry into the exponent is the next representable value.
	return uint16((b + 0x7FFF + (b>>16)&1) >> 16)
}

// BFloat16ToFloat32 widens bfloat16 bits exactly (NaN payloads included).
func BFloat16ToFloat32(h uint16) float32 { return math.Float32frombits(uint32(h) << 16) }

// Float32ToFloat16 rounds f to the nearest IEEE binary16, ties to even,
// with gradual underflow and overflow to ±Inf (github.com/x448/float16).
// NaN becomes the canonical quiet NaN with f's sign (0x7E00 or 0xFE00), as
// PyTorch's c10::Half does.
func Float32ToFloat16(f float32) uint16 {
	if f != f {
		return uint16(math.Float32bits(f)>>16)&0x8000 | 0x7E00
	}
	return float16.Fromfloat32(f).Bits()
}

// Float16ToFloat32 widens IEEE half bits exactly.
func Float16ToFloat32(h uint16) float32 { return float16.Frombits(h).Float32() }

// ElementFloat reads element i of data (dtype d) as a float64. Integers and
// bools convert exactly (int64 beyond 2^53 rounds).
func ElementFloat(d DType, data []byte, i int) float64 {
	switch d {
	case Float32:
		return float64(math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:])))
	case Float64:
		return math.Float64frombits(binary.LittleEndian.Uint64(data[8*i:]))
	case BFloat16:
		return float64(BFloat16ToFloat32(binary.LittleEndian.Uint16(data[2*i:])))
	case Float16:
		return float64(Float16ToFloat32(binary.LittleEndian.Uint16(data[2*i:])))
	}
	return float64(ElementInt(d, data, i))
}

// ElementInt reads element i of an integer or bool buffer as an int64;
// floats truncate toward zero.
func ElementInt(d DType, data []byte, i int) int64 {
	switch d {
	case Bool, Uint8:
		return int64(data[i])
	case Int8:
		return int64(int8(data[i]))
	case Int16:
		return int64(int16(binary.LittleEndian.Uint16(data[2*i:])))
	case Int32:
		return int64(int32(binary.LittleEndian.Uint32(data[4*i:])))
	case Int64:
		return int64(binary.LittleEndian.Uint64(data[8*i:]))
	}
	return int64(ElementFloat(d, data, i))
}

// PutElementFloat writes x as element i of data (dtype d): floats round to
// nearest even; integer dtypes truncate toward zero and wrap (use Convert's
// semantics in backends, not this, for saturation); bool stores x != 0.
func PutElementFloat(d DType, data []byte, i int, x float64) {
	switch d {
	case Float32:
		binary.LittleEndian.PutUint32(data[4*i:], math.Float32bits(float32(x)))
	case Float64:
		binary.LittleEndian.PutUint64(data[8*i:], math.Float64bits(x))
	case BFloat16:
		binary.LittleEndian.PutUint16(data[2*i:], Float32ToBFloat16(roundToFloat32(x)))
	case Float16:
		binary.LittleEndian.PutUint16(data[2*i:], float16ToBitsFrom64(x))
	case Bool:
		if x != 0 {
			data[i] = 1
		} else {
			data[i] = 0
		}
	default:
		PutElementInt(d, data, i, int64(x))
	}
}

// PutElementInt writes x as element i of data, wrapping to the dtype's
// width; floats convert as PutElementFloat(float64(x)).
func PutElementInt(d DType, data []byte, i int, x int64) {
	switch d {
	case Bool:
		if x != 0 {
			data[i] = 1
		} else {
			data[i] = 0
		}
	case Uint8, Int8:
		data[i] = byte(x)
	case Int16:
		binary.LittleEndian.PutUint16(data[2*i:], uint16(x))
	case Int32:
		binary.LittleEndian.PutUint32(data[4*i:], uint32(x))
	case Int64:
		binary.LittleEndian.PutUint64(data[8*i:], uint64(x))
	default:
		PutElementFloat(d, data, i, float64(x))
	}
}

// roundToFloat32 converts a float64 to float32 rounding to odd: truncate
// toward zero, then set the last mantissa bit when the result is inexact.
// Rounding that value to nearest even at a narrower precision (bf16, f16:
// at least two bits fewer) gives the correctly rounded narrow result, so
// f64 -> f32 -> bf16/f16 does not double-round.
func roundToFloat32(x float64) float32 {
	f := float32(x)
	if float64(f) == x || x != x {
		return f
	}
	if math.Abs(float64(f)) > math.Abs(x) {
		f = math.Nextafter32(f, 0) // truncate toward zero
	}
	return math.Float32frombits(math.Float32bits(f) | 1)
}

func float16ToBitsFrom64(x float64) uint16 {
	return Float32ToFloat16(roundToFloat32(x))
}
