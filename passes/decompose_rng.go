package passes

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
)

func init() { decompositions[ir.OpRNG] = decomposeRNG }

// SplitMix64 constants (as int64 bit patterns: the IR's i64 add, mul and
// xor wrap exactly like uint64 arithmetic, and shift_right_logical fills
// zeros, so the generator is reproduced bit for bit).
const (
	smGamma uint64 = 0x9E3779B97F4A7C15
	smMul1  uint64 = 0xBF58476D1CE4E5B9
	smMul2  uint64 = 0x94D049BB133111EB
)

// decomposeRNG reproduces the interp backend's counter-based generator
// (backends/interp/rng.go is the definition) with i64 integer ops:
//
//	splitmix64(x) = z ^ (z >> 31) where z is x + gamma mixed by two
//	                xor-shift-multiply rounds; bits(key, c) =
//	                splitmix64(key ^ splitmix64(c)), c the flat index.
//	uniform:  float(bits >> (64-m)) * 2^-m, m the significand width of
//	          the dtype (exact in that dtype).
//	normal:   Box-Muller cosine branch in f64 from the 53-bit uniforms of
//	          counters 2i and 2i+1, rounded once to the dtype.
func decomposeRNG(b *builder, v *ir.Value) *ir.Value {
	a := v.Attrs.(*ir.RNGAttrs)
	n := a.Shape.NumElements()
	flat := ir.Type{DType: ir.Int64, Shape: ir.Shape{n}}
	key := b.bcast(v.Args[0], flat.Shape)
	idx := b.iota(flat, 0)
	var y *ir.Value
	if a.Dist == ir.Uniform {
		m := a.DType.SignificandBits()
		bits := b.shr(rngBits(b, key, idx), 64-m)
		y = b.mul(b.convert(bits, a.DType), b.full(ir.Type{DType: a.DType, Shape: flat.Shape}, math.Ldexp(1, -m)))
	} else {
		two := b.fullInt(flat, 2)
		c0 := b.mul(idx, two)
		c1 := b.add(c0, b.fullInt(flat, 1))
		f64 := ir.Type{DType: ir.Float64, Shape: flat.Shape}
		u53 := func(c *ir.Value) *ir.Value {
			return b.mul(b.convert(b.shr(rngBits(b, key, c), 11), ir.Float64), b.full(f64, 0x1p-53))
		}
		u1 := b.sub(b.full(f64, 1), u53(c0))
		u2 := u53(c1)
		r := b.unary(ir.OpSqrt, b.mul(b.full(f64, -2), b.unary(ir.OpLog, u1)))
		th := b.mul(b.full(f64, 6.283185307179586), u2)
		y = b.convert(b.mul(r, b.unary(ir.OpCos, th)), a.DType)
	}
	return b.reshape(y, a.Shape...)
}

// rngBits is splitmix64(key ^ splitmix64(c)) on i64 tensors of one shape.
func rngBits(b *builder, key, c *ir.Value) *ir.Value {
	return splitmix64(b, b.xor(key, splitmix64(b, c)))
}

func splitmix64(b *builder, x *ir.Value) *ir.Value {
	t := x.Type
	z := b.add(x, b.fullInt(t, asInt64(smGamma)))
	z = b.mul(b.xor(z, b.shr(z, 30)), b.fullInt(t, asInt64(smMul1)))
	z = b.mul(b.xor(z, b.shr(z, 27)), b.fullInt(t, asInt64(smMul2)))
	return b.xor(z, b.shr(z, 31))
}

// asInt64 reinterprets the bits of u as an int64 (two's complement).
func asInt64(u uint64) int64 { return int64(u) }

// shr is a logical right shift of an i64 tensor by a constant.
func (b *builder) shr(x *ir.Value, n int) *ir.Value {
	return b.emit(ir.OpShiftRightLogical, nil, x, b.fullInt(x.Type, int64(n)))
}
