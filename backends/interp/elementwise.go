package interp

import (
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Elementwise semantics (normative, see the op table docs):
//   - floats: computed in float64 with Go's math package, rounded once to
//     the result dtype; NaN propagates through max/min.
//   - integers: computed in int64 on the sign- or zero-extended value and
//     wrapped to the dtype width. x/0 = -1 (all bits set), MinInt/-1 =
//     MinInt, x%0 = x. Shifts work on the width-bit pattern; a shift amount
//     outside [0, bits) gives 0 (left, logical) or the sign fill 0/-1
//     (arithmetic). Arithmetic right shift of u8 fills with bit 7.
//   - bool: max is or, min is and.
//   - max/min order -0 below +0 (IEEE 754-2019 maximum/minimum).

var floatUnary = map[ir.Op]func(float64) float64{
	ir.OpNeg:     func(x float64) float64 { return -x },
	ir.OpAbs:     math.Abs,
	ir.OpExp:     math.Exp,
	ir.OpLog:     math.Log,
	ir.OpLog1p:   math.Log1p,
	ir.OpSqrt:    math.Sqrt,
	ir.OpRsqrt:   func(x float64) float64 { return 1 / math.Sqrt(x) },
	ir.OpTanh:    math.Tanh,
	ir.OpErf:     math.Erf,
	ir.OpSin:     math.Sin,
	ir.OpCos:     math.Cos,
	ir.OpSigmoid: sigmoid,
	ir.OpSign: func(x float64) float64 {
		switch {
		case x > 0:
			return 1
		case x < 0:
			return -1
		}
		return x // ±0 and NaN stay as they are
	},
	ir.OpFloor: math.Floor,
	ir.OpCeil:  math.Ceil,
	ir.OpRound: math.RoundToEven,
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func unary(op ir.Op, x *tensor.Tensor, t ir.Type) (*tensor.Tensor, error) {
	d := x.DType
	if op == ir.OpIsFinite {
		xs := floats(x)
		r := make([]int64, len(xs))
		for i, v := range xs {
			if !math.IsInf(v, 0) && !math.IsNaN(v) {
				r[i] = 1
			}
		}
		return fromInts(t, r), nil
	}
	if d.IsFloat() {
		f, ok := floatUnary[op]
		if !ok {
			return nil, fmt.Errorf("%s is not defined on %s", op, d)
		}
		xs := floats(x)
		for i, v := range xs {
			xs[i] = f(v)
		}
		return fromFloats(t, xs), nil
	}
	xs := ints(x)
	for i, v := range xs {
		switch op {
		case ir.OpNeg:
			xs[i] = -v
		case ir.OpAbs:
			if v < 0 {
				xs[i] = -v
			}
		case ir.OpSign:
			switch {
			case v > 0:
				xs[i] = 1
			case v < 0:
				xs[i] = -1
			}
		case ir.OpNot:
			if d == ir.Bool {
				xs[i] = 1 - v
			} else {
				xs[i] = ^v
			}
		default:
			return nil, fmt.Errorf("%s is not defined on %s", op, d)
		}
	}
	return fromInts(t, xs), nil
}

func binary(op ir.Op, a, b *tensor.Tensor, t ir.Type) (*tensor.Tensor, error) {
	d := a.DType
	if d.IsFloat() {
		as, bs := floats(a), floats(b)
		for i := range as {
			x, y := as[i], bs[i]
			switch op {
			case ir.OpAdd:
				as[i] = x + y
			case ir.OpSub:
				as[i] = x - y
			case ir.OpMul:
				as[i] = x * y
			case ir.OpDiv:
				as[i] = x / y
			case ir.OpPow:
				as[i] = math.Pow(x, y)
			case ir.OpMax:
				as[i] = fmax(x, y)
			case ir.OpMin:
				as[i] = fmin(x, y)
			case ir.OpRemainder:
				as[i] = math.Mod(x, y)
			default:
				return nil, fmt.Errorf("%s is not defined on %s", op, d)
			}
		}
		return fromFloats(t, as), nil
	}
	as, bs := ints(a), ints(b)
	n := bits(d)
	mask := uint64(1)<<n - 1 // all ones for n = 64: Go's 1<<64 is 0
	for i := range as {
		x, y := as[i], bs[i]
		var r int64
		switch op {
		case ir.OpAdd:
			r = x + y
		case ir.OpSub:
			r = x - y
		case ir.OpMul:
			r = x * y
		case ir.OpDiv:
			if y == 0 {
				r = -1
			} else {
				r = x / y // Go: MinInt64 / -1 == MinInt64
			}
		case ir.OpRemainder:
			if y == 0 {
				r = x
			} else {
				r = x % y
			}
		case ir.OpMax:
			r = max(x, y)
		case ir.OpMin:
			r = min(x, y)
		case ir.OpAnd:
			r = x & y
		case ir.OpOr:
			r = x | y
		case ir.OpXor:
			r = x ^ y
		case ir.OpShiftLeft:
			if y >= 0 && y < int64(n) {
				r = x << uint(y)
			}
		case ir.OpShiftRightLogical:
			if y >= 0 && y < int64(n) {
				r = int64((uint64(x) & mask) >> uint(y))
			}
		case ir.OpShiftRightArithmetic:
			s := signExtend(x, n)
			if y >= 0 && y < int64(n) {
				r = s >> uint(y)
			} else {
				r = s >> 63
			}
		default:
			return nil, fmt.Errorf("%s is not defined on %s", op, d)
		}
		as[i] = r
	}
	return fromInts(t, as), nil
}

// signExtend interprets the low n bits of x as a two's-complement number.
func signExtend(x int64, n uint) int64 {
	if n >= 64 {
		return x
	}
	return x << (64 - n) >> (64 - n)
}

// fmax is torch.maximum on float64: NaN if either is NaN; -0 < +0 (the
// builtin max orders zeros so, but may return either NaN operand).
func fmax(x, y float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN()
	}
	return max(x, y)
}

// fmin is torch.minimum on float64: NaN if either is NaN; -0 < +0.
func fmin(x, y float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN()
	}
	return min(x, y)
}

func compare(dir ir.CompareDir, a, b *tensor.Tensor, t ir.Type) *tensor.Tensor {
	n := a.NumElements()
	r := make([]int64, n)
	test := func(lt, eq, gt bool) bool {
		switch dir {
		case ir.EQ:
			return eq
		case ir.NE:
			return !eq
		case ir.LT:
			return lt
		case ir.LE:
			return lt || eq
		case ir.GT:
			return gt
		}
		return gt || eq // GE
	}
	if a.DType.IsFloat() {
		as, bs := floats(a), floats(b)
		for i := range r {
			x, y := as[i], bs[i]
			if test(x < y, x == y, x > y) { // NaN: all false, so only ne holds
				r[i] = 1
			}
		}
	} else {
		as, bs := ints(a), ints(b)
		for i := range r {
			x, y := as[i], bs[i]
			if test(x < y, x == y, x > y) {
				r[i] = 1
			}
		}
	}
	return fromInts(t, r)
}

func selectOp(p, a, b *tensor.Tensor, t ir.Type) *tensor.Tensor {
	out := newTensor(t)
	es := t.DType.Size()
	for i := 0; i < p.NumElements(); i++ {
		src := b
		if p.Data[i] != 0 {
			src = a
		}
		copy(out.Data[i*es:(i+1)*es], src.Data[i*es:(i+1)*es])
	}
	return out
}

// convert: float->float rounds to nearest even; float->int truncates toward
// zero and saturates (NaN -> 0); int->int wraps; int->float rounds to
// nearest even (through float64, exact below 2^53); x->bool is x != 0 (NaN
// is true); bool->x is 0 or 1.
func convert(x *tensor.Tensor, t ir.Type) *tensor.Tensor {
	from, to := x.DType, t.DType
	switch {
	case to == ir.Bool && from.IsFloat():
		xs := floats(x)
		r := make([]int64, len(xs))
		for i, v := range xs {
			if v != 0 {
				r[i] = 1
			}
		}
		return fromInts(t, r)
	case from.IsFloat() && to.IsFloat():
		return fromFloats(t, floats(x))
	case from.IsFloat():
		xs := floats(x)
		r := make([]int64, len(xs))
		lo, hi := intRange(to)
		for i, v := range xs {
			r[i] = saturate(v, lo, hi)
		}
		return fromInts(t, r)
	case to.IsFloat():
		xs := ints(x)
		out := newTensor(t)
		for i, v := range xs {
			if to == ir.Float64 {
				ir.PutElementFloat(to, out.Data, i, float64(v))
			} else {
				ir.PutElementFloat(to, out.Data, i, float64(float32(v)))
			}
		}
		return out
	}
	return fromInts(t, ints(x))
}

// saturate truncates v toward zero and clamps it into [lo, hi]; NaN is 0.
func saturate(v float64, lo, hi int64) int64 {
	switch {
	case math.IsNaN(v):
		return 0
	case v <= float64(lo):
		return lo
	case v >= float64(hi): // float64(MaxInt64) rounds up to 2^63: still saturates
		return hi
	}
	return int64(math.Trunc(v))
}
