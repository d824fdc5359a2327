package passes

import (
	"math"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func init() { decompositions[ir.OpRNG] = decomposeRNG }

// SplitMix64 constants (used as int64 bit patterns: the IR's i64 add, mul
// and xor wrap exactly like uint64 arithmetic, and shift_right_logical
// fills zeros, so the generator is reproduced bit for bit).
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
func decomposeRNG(g *frontend.Graph, v *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
	a := v.Attrs.(*ir.RNGAttrs)
	n := a.Shape.NumElements()
	key := args[0].BroadcastTo(n) // (n) i64
	idx := g.Iota(ir.Int64, 0, n) // (n) i64: the counters
	var y *frontend.Tensor
	if a.Dist == ir.Uniform {
		m := a.DType.SignificandBits()
		bits := shiftRight(rngBits(key, idx), 64-m)
		y = bits.AsType(a.DType).MulScalar(math.Ldexp(1, -m)) // 2^-m is exact in a.DType
	} else {
		c0 := idx.MulScalar(2)
		c1 := c0.AddScalar(1)
		u53 := func(c *frontend.Tensor) *frontend.Tensor { // uniform in [0, 1), f64
			return shiftRight(rngBits(key, c), 11).AsType(ir.Float64).MulScalar(0x1p-53)
		}
		u1 := g.Full(ir.Float64, 1, n).Sub(u53(c0)) // (0, 1]: log(u1) is finite
		u2 := u53(c1)
		r := g.Full(ir.Float64, -2, n).Mul(u1.Log()).Sqrt()
		theta := g.Full(ir.Float64, 2*math.Pi, n).Mul(u2)
		y = r.Mul(theta.Cos()).AsType(a.DType)
	}
	return y.Reshape(a.Shape...)
}

// rngBits is splitmix64(key ^ splitmix64(c)) on i64 tensors of one shape.
func rngBits(key, c *frontend.Tensor) *frontend.Tensor {
	return splitmix64(key.Xor(splitmix64(c)))
}

func splitmix64(x *frontend.Tensor) *frontend.Tensor {
	z := x.Add(int64Const(x, smGamma))
	z = z.Xor(shiftRight(z, 30)).Mul(int64Const(x, smMul1))
	z = z.Xor(shiftRight(z, 27)).Mul(int64Const(x, smMul2))
	return z.Xor(shiftRight(z, 31))
}

// int64Const is the i64 scalar with u's bits (two's complement), in x's graph.
func int64Const(x *frontend.Tensor, u uint64) *frontend.Tensor {
	return x.Graph().ConstScalarInt(ir.Int64, int64(u))
}

// shiftRight is a logical right shift of an i64 tensor by a constant.
func shiftRight(x *frontend.Tensor, n int) *frontend.Tensor {
	return x.ShiftRightLogical(x.Scalar(float64(n)))
}
