package tensor

import (
	"math"

	"github.com/x448/float16"
)

// Float32ToBFloat16 rounds f to the nearest bfloat16, ties to even, exactly
// as PyTorch's c10::BFloat16 does: values too large round to ±Inf, and
// every NaN becomes the canonical quiet NaN 0x7FC0 (PyTorch drops the sign
// and payload too).
func Float32ToBFloat16(f float32) uint16 {
	if f != f {
		return 0x7FC0
	}
	bits := math.Float32bits(f)
	// Adding 0x7FFF plus the lowest kept bit rounds to nearest and breaks a
	// tie toward the even result; a carry into the exponent is the correct
	// next representable value (up to Inf).
	bias := uint32(0x7FFF) + (bits>>16)&1
	return uint16((bits + bias) >> 16)
}

// BFloat16ToFloat32 widens a bfloat16 bit pattern exactly (every bfloat16
// value, NaN payloads included, is a float32 value).
func BFloat16ToFloat32(h uint16) float32 {
	return math.Float32frombits(uint32(h) << 16)
}

// Float32ToFloat16 rounds f to the nearest IEEE binary16, ties to even,
// with gradual underflow to subnormals and overflow to ±Inf (the rounding of
// github.com/x448/float16, checked exhaustively by its author). NaN becomes
// the canonical quiet NaN with f's sign (0x7E00 or 0xFE00), as PyTorch's
// c10::Half does.
func Float32ToFloat16(f float32) uint16 {
	if f != f {
		return uint16(math.Float32bits(f)>>16)&0x8000 | 0x7E00
	}
	return float16.Fromfloat32(f).Bits()
}

// Float16ToFloat32 widens an IEEE binary16 bit pattern exactly.
func Float16ToFloat32(h uint16) float32 {
	return float16.Frombits(h).Float32()
}
