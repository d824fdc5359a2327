package interp

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// RNG is counter-based: element i (row-major flat index) of the result is a
// pure function of the key and i, identical on every backend. This comment
// is the definition; all integer arithmetic is on uint64 and wraps mod 2^64,
// and uses only ops the IR has on i64 (add, mul, xor, shift_left,
// shift_right_logical), so a decomposition into primitives reproduces it
// bit for bit.
//
//	splitmix64(x):                       // Steele, Lea & Flood / Vigna's SplitMix64 step
//	    z := x + 0x9E3779B97F4A7C15
//	    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
//	    z = (z ^ (z >> 27)) * 0x94D049BB133111EB
//	    return z ^ (z >> 31)
//	bits(key, c) = splitmix64(uint64(key) ^ splitmix64(c))
//
// (splitmix64(0) = 0xE220A8397B1DCDAF and splitmix64(1234567) =
// 6457827717110365317, the first outputs of SplitMix64 seeded with 0 and
// 1234567.)
//
// Uniform, dtype d with m significand bits (f64: 53, f32: 24, f16: 11,
// bf16: 8):
//
//	result[i] = float(bits(key, i) >> (64 - m)) * 2^-m
//
// which is exactly representable in d and lies in [0, 1 - 2^-m]: no
// rounding happens, so every backend agrees exactly.
//
// Normal (Box–Muller, cosine branch), for every float dtype, computed in
// float64 in exactly this order and rounded once to d at the end:
//
//	U(c) = float64(bits(key, c) >> 11) * 2^-53   // exact, in [0, 1)
//	u1 = 1 - U(2*i)                               // exact, in (0, 1]
//	u2 = U(2*i + 1)
//	r  = sqrt(-2 * log(u1))
//	th = 6.283185307179586 * u2                   // float64(2*pi)
//	result[i] = r * cos(th)
//
// Counters 2*i and 2*i+1 wrap mod 2^64. Backends agree bit for bit on the
// integers and the uniforms; normals agree to the accuracy of log, sqrt and
// cos in float64 (within rounding of the result dtype).

// splitmix64 is the SplitMix64 output function of x (see the definition above).
func splitmix64(x uint64) uint64 {
	z := x + 0x9E3779B97F4A7C15
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// rngBits is bits(key, c) of the definition.
func rngBits(key int64, c uint64) uint64 { return splitmix64(uint64(key) ^ splitmix64(c)) }

func uniform53(key int64, c uint64) float64 {
	return float64(rngBits(key, c)>>11) * 0x1p-53
}

func rng(key int64, dist ir.RNGDist, t ir.Type) *tensor.Tensor {
	n := t.Shape.NumElements()
	xs := make([]float64, n)
	m := uint(t.DType.SignificandBits())
	scale := math.Ldexp(1, -int(m))
	for i := range xs {
		c := uint64(i)
		if dist == ir.Uniform {
			xs[i] = float64(rngBits(key, c)>>(64-m)) * scale
			continue
		}
		u1 := 1 - uniform53(key, 2*c)
		u2 := uniform53(key, 2*c+1)
		r := math.Sqrt(-2 * math.Log(u1))
		th := 6.283185307179586 * u2
		xs[i] = r * math.Cos(th)
	}
	return fromFloats(t, xs)
}
