package tensor

import "github.com/kiln-ml/kiln/ir"

// The half-precision codecs live in package ir (the leaf every package
// shares); these are the same functions under the tensor package's names.

// Float32ToBFloat16 rounds f to the nearest bfloat16, ties to even, exactly
// as PyTorch's c10::BFloat16 does (see ir.Float32ToBFloat16).
func Float32ToBFloat16(f float32) uint16 { return ir.Float32ToBFloat16(f) }

// BFloat16ToFloat32 widens a bfloat16 bit pattern exactly.
func BFloat16ToFloat32(h uint16) float32 { return ir.BFloat16ToFloat32(h) }

// Float32ToFloat16 rounds f to the nearest IEEE binary16, ties to even, as
// PyTorch's c10::Half does (see ir.Float32ToFloat16).
func Float32ToFloat16(f float32) uint16 { return ir.Float32ToFloat16(f) }

// Float16ToFloat32 widens an IEEE binary16 bit pattern exactly.
func Float16ToFloat32(h uint16) float32 { return ir.Float16ToFloat32(h) }
