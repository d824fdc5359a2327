package passes

import (
	"math"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// RoundFloat32Exactly returns float32 t rounded to the nearest value of
// dt (float16 or bfloat16), ties to even, overflow to ±Inf, as a float32
// tensor: the value convert(convert(t, dt), float32) denotes, built from
// float32 adds, multiplies, compares and selects only, with no convert
// to or from dt. XLA's GPU compiler deletes a convert(f32->f16/bf16)
// followed by a convert back to f32 (SimplifyFPConversions, on while
// excess precision is allowed, the default), which silently keeps the
// unrounded weight; this expression has no such pair to delete. t itself
// for float32 and float64 dt.
//
// Guarantees (TestRoundFloat32Exactly checks every float16 rounding
// boundary and a dense sample of float32 on interp): equal to dt's
// rounding for every finite float32 whose rounding is finite, ±Inf for
// the ones that overflow dt and for ±Inf, NaN for NaN; a zero result is
// +0 where dt's rounding of a negative value or of -0 would be -0 (no
// difference to a product's sum). The result of a float16 rounding is
// never a float32 denormal (float16's subnormals are normal float32s),
// so a device that flushes denormals keeps it; a bfloat16 rounding of a
// float32 denormal is itself denormal and is as exact as the device's
// denormal arithmetic.
//
// How: |t| is rounded and the sign put back by a select. a = |t| is
// rounded to p significant bits by Veltkamp's split, c = a*2^s + a,
// hi = c - (c - a) with s = 24 - p, with c raised to at least a + m,
// m = 1.5 * 2^23 * q for dt's subnormal quantum q: below about m/2^s,
// where dt's quantum is q (its subnormals and its smallest binade), c is
// a + m rounded, c - a is m and hi is a rounded to a multiple of q; above
// it the split rounds to p bits. Every step is an exact float32 operation
// under round-to-nearest-even, which XLA and interp use. There is no
// float subtract of a constant, which XLA's algebraic simplifier turns
// into an add it then reassociates with the constant of another add
// (so (a + m) - m would become a); the rest is simplified only with
// reassociation, which XLA does not enable by default. Working on |t|
// (an abs, never a multiply) keeps it exact where the GPU compiler
// contracts a multiply and an add into an FMA: no add or subtract here
// has a product as an operand except a*2^s (and bfloat16's exact
// power-of-two scalings), whose FMA gives the same rounded sum.
func RoundFloat32Exactly(t *frontend.Tensor, dt ir.DType) *frontend.Tensor {
	if dt != ir.Float16 && dt != ir.BFloat16 {
		return t
	}
	g := t.Graph()
	c := func(v float64) *frontend.Tensor { return g.ConstScalar(ir.Float32, v) }
	a := t.Abs()
	var r *frontend.Tensor
	switch dt {
	case ir.Float16:
		// 11 significant bits, quantum 2^-24 below 2^-13; from the
		// midpoint 65520 between 65504 and 2^16: Inf.
		r = roundBits(a, 13, 0.75) // m = 1.5 * 2^23 * 2^-24
		r = frontend.Where(a.Ge(c(65520)), c(math.Inf(1)), r)
	default:
		// 8 significant bits, quantum 2^-133 below 2^-125 (float32 and
		// bfloat16 share the exponent range). The split needs a*2^16
		// finite, so values from 2^100 are scaled by 2^-64 first (exactly)
		// and back after (overflowing to Inf where bfloat16 does).
		big := a.Ge(c(0x1p100))
		down := frontend.Where(big, c(0x1p-64), c(1))
		up := frontend.Where(big, c(0x1p64), c(1))
		r = roundBits(a.Mul(down), 16, 0x1.8p-110).Mul(up) // m = 1.5 * 2^23 * 2^-133
		// Inf stays itself (the split turns it into NaN).
		r = frontend.Where(a.Eq(c(math.Inf(1))), a, r)
	}
	return frontend.Where(t.Lt(c(0)), r.Neg(), r)
}

// roundBits rounds a >= 0 (a*2^s finite) to 24-s significant bits, and
// to a multiple of m/(1.5*2^23) below about m/2^s, ties to even:
// c = max(a*2^s + a, a + m), hi = c - (c - a) (see RoundFloat32Exactly).
func roundBits(a *frontend.Tensor, s int, m float64) *frontend.Tensor {
	g := a.Graph()
	split := a.Mul(g.ConstScalar(ir.Float32, math.Ldexp(1, s))).Add(a)
	c := split.Max(a.Add(g.ConstScalar(ir.Float32, m)))
	return c.Sub(c.Sub(a))
}
