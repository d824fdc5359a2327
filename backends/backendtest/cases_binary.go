package backendtest

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// refFloatBinary gives each binary float op's reference.
var refFloatBinary = map[ir.Op]func(x, y float64) float64{
	ir.OpAdd: func(x, y float64) float64 { return x + y },
	ir.OpSub: func(x, y float64) float64 { return x - y },
	ir.OpMul: func(x, y float64) float64 { return x * y },
	ir.OpDiv: func(x, y float64) float64 { return x / y },
	ir.OpPow: math.Pow,
	ir.OpMax: func(x, y float64) float64 {
		if x != x || y != y {
			return math.NaN()
		}
		return math.Max(x, y)
	},
	ir.OpMin: func(x, y float64) float64 {
		if x != x || y != y {
			return math.NaN()
		}
		return math.Min(x, y)
	},
	ir.OpRemainder: math.Mod,
}

// refIntBinary gives each binary integer op's reference on int64 values
// of dtype d; the caller wraps the result to d.
func refIntBinary(op ir.Op, d ir.DType) func(x, y int64) int64 {
	w := widthOf(d)
	switch op {
	case ir.OpAdd:
		return func(x, y int64) int64 { return x + y }
	case ir.OpSub:
		return func(x, y int64) int64 { return x - y }
	case ir.OpMul:
		return func(x, y int64) int64 { return x * y }
	case ir.OpDiv:
		return func(x, y int64) int64 {
			switch {
			case y == 0:
				return -1
			case y == -1:
				return 0 - x // wraps MinInt to MinInt
			}
			return x / y
		}
	case ir.OpRemainder:
		return func(x, y int64) int64 {
			if y == 0 || y == -1 {
				if y == 0 {
					return x
				}
				return 0
			}
			return x % y
		}
	case ir.OpMax:
		return func(x, y int64) int64 { return max(x, y) }
	case ir.OpMin:
		return func(x, y int64) int64 { return min(x, y) }
	case ir.OpAnd:
		return func(x, y int64) int64 { return x & y }
	case ir.OpOr:
		return func(x, y int64) int64 { return x | y }
	case ir.OpXor:
		return func(x, y int64) int64 { return x ^ y }
	case ir.OpShiftLeft:
		return func(x, y int64) int64 {
			if y < 0 || y >= w {
				return 0
			}
			for ; y > 0; y-- {
				x = wrapTo(d, x*2)
			}
			return x
		}
	case ir.OpShiftRightLogical:
		return func(x, y int64) int64 {
			if y < 0 || y >= w {
				return 0
			}
			u := uint64(x)
			if w < 64 {
				u &= 1<<uint(w) - 1
			}
			for ; y > 0; y-- {
				u /= 2
			}
			return int64(u)
		}
	case ir.OpShiftRightArithmetic:
		return func(x, y int64) int64 {
			s := x
			if d == ir.Uint8 {
				s = int64(int8(uint8(x)))
			}
			if y < 0 || y >= w {
				y = w - 1
			}
			for ; y > 0; y-- {
				s = (s - s&1) / 2 // floor division by 2
			}
			return s
		}
	}
	return nil
}

var binarySpecials = []float64{0, negZ, 1, -2.5, 3, 0.5, 7, inf, -inf, nan}

func binaryCases() []opCase {
	var cs []opCase
	for _, op := range groupOpsOn(ir.GroupElementwiseBinary, ir.Float32) {
		f, ok := refFloatBinary[op]
		if !ok {
			continue // TestReferencesCoverOpGroups fails
		}
		g := func(xs ...float64) float64 { return f(xs[0], xs[1]) }
		for _, d := range floats {
			a, b := gridF(d, binarySpecials, binarySpecials)
			cs = append(cs, simple("specials_"+d.String(), op, nil, a, b).withRef(mapFloat(d, g)))
		}
		cs = append(cs,
			simple("odd_7x13_f32", op, nil, seqT(ir.Float32, sh(7, 13), 3, 0.2), seqT(ir.Float32, sh(7, 13), 2, 0.9)).withRef(mapFloat(ir.Float32, g)),
			simple("scalar_bf16", op, nil, tf(ir.BFloat16, nil, 1.5), tf(ir.BFloat16, nil, -0.75)).withRef(mapFloat(ir.BFloat16, g)),
			simple("empty_f32", op, nil, tf(ir.Float32, sh(0, 2)), tf(ir.Float32, sh(0, 2))).expect(tf(ir.Float32, sh(0, 2))),
		)
	}
	for _, op := range groupOpsOn(ir.GroupElementwiseBinary, ir.Int32) {
		for _, d := range ints {
			f := refIntBinary(op, d)
			if f == nil {
				continue // TestReferencesCoverOpGroups fails
			}
			g := func(xs ...int64) int64 { return f(xs[0], xs[1]) }
			ys := intEdges(d)
			if op == ir.OpShiftLeft || op == ir.OpShiftRightLogical || op == ir.OpShiftRightArithmetic {
				w := widthOf(d)
				ys = []int64{-1, 0, 1, 3, w - 1, w, w + 3}
			}
			a, b := gridI(d, intEdges(d), ys)
			cs = append(cs, simple("edges_"+d.String(), op, nil, a, b).withRef(mapInt(d, g)))
		}
	}
	i8 := func(v ...int64) *opArg { return &opArg{ti(ir.Int8, sh(len(v)), v...)} }
	i32 := func(v ...int64) *opArg { return &opArg{ti(ir.Int32, sh(len(v)), v...)} }
	u8 := func(v ...int64) *opArg { return &opArg{ti(ir.Uint8, sh(len(v)), v...)} }
	f32 := func(v ...float64) *opArg { return &opArg{tf(ir.Float32, sh(len(v)), v...)} }
	bl := func(v ...bool) *opArg { return &opArg{tb(sh(len(v)), v...)} }
	lit := func(name string, op ir.Op, a, b, want *opArg) opCase {
		return simple(name, op, nil, a.t, b.t).expect(want.t).signedZeros()
	}
	minI32 := int64(math.MinInt32)
	cs = append(cs,
		lit("i8_wraps", ir.OpAdd, i8(127, -128, 100), i8(1, -1, 100), i8(-128, 127, -56)),
		lit("u8_wraps", ir.OpSub, u8(0, 5), u8(1, 10), u8(255, 251)),
		lit("i32_wraps", ir.OpMul, i32(65536, -3), i32(65536, 7), i32(0, -21)),
		lit("i32_truncates", ir.OpDiv, i32(-7, 7, 7, minI32, 0), i32(2, -2, 0, -1, 0), i32(-3, -3, -1, minI32, -1)),
		lit("u8_by_zero", ir.OpDiv, u8(5, 200, 255), u8(0, 7, 2), u8(255, 28, 127)),
		lit("i32_sign_of_dividend", ir.OpRemainder, i32(-7, 7, 7, -7, minI32), i32(2, -2, 0, 0, -1), i32(-1, 1, 7, -7, 0)),
		lit("f32_fmod", ir.OpRemainder, f32(-7.5, 7.5, 1, inf, 5, negZ), f32(2, -2, 0, 1, inf, 3), f32(-1.5, 1.5, nan, nan, 5, negZ)),
		lit("f32_by_zero", ir.OpDiv, f32(1, -1, 0, 1), f32(0, 0, 0, negZ), f32(inf, -inf, nan, -inf)),
		lit("f32_c_pow", ir.OpPow, f32(2, -2, -8, 0, 1, nan, 0, 4), f32(10, 0.5, 3, 0, nan, 0, -1, 0.5), f32(1024, nan, -512, 1, 1, 1, inf, 2)),
		lit("f32_nan_propagates", ir.OpMax, f32(nan, 1, -inf, 2), f32(1, nan, 3, 2), f32(nan, nan, 3, 2)),
		lit("f32_nan_propagates", ir.OpMin, f32(nan, 1, -inf, 2), f32(1, nan, 3, 2), f32(nan, nan, -inf, 2)),
		lit("bool_is_or", ir.OpMax, bl(false, false, true, true), bl(false, true, false, true), bl(false, true, true, true)),
		lit("bool_is_and", ir.OpMin, bl(false, false, true, true), bl(false, true, false, true), bl(false, false, false, true)),
		lit("bool", ir.OpAnd, bl(false, false, true, true), bl(false, true, false, true), bl(false, false, false, true)),
		lit("bool", ir.OpOr, bl(false, false, true, true), bl(false, true, false, true), bl(false, true, true, true)),
		lit("bool", ir.OpXor, bl(false, false, true, true), bl(false, true, false, true), bl(false, true, true, false)),
		lit("u8_literal", ir.OpAnd, u8(0xf0, 0xff), u8(0x3c, 0x81), u8(0x30, 0x81)),
		lit("u8_literal", ir.OpOr, u8(0xf0, 0), u8(0x0f, 0), u8(0xff, 0)),
		lit("i8_literal", ir.OpXor, i8(-1, 5), i8(0x0f, 3), i8(-16, 6)),
		lit("i32_literal", ir.OpShiftLeft, i32(1, 1, 1, -1, 3), i32(31, 32, -1, 4, 1), i32(minI32, 0, 0, -16, 6)),
		lit("i8_literal", ir.OpShiftRightLogical, i8(-1, -128, 64, 1), i8(1, 7, 8, -2), i8(127, 1, 0, 0)),
		lit("u8_fills_bit7", ir.OpShiftRightArithmetic, u8(0x80, 0x80, 0x7f, 0x80, 0x40), u8(1, 8, 1, 200, 6), u8(0xc0, 0xff, 0x3f, 0xff, 1)),
		lit("i32_literal", ir.OpShiftRightArithmetic, i32(-8, -1, 8, -5, 5), i32(1, 40, 40, 1, -1), i32(-4, -1, 0, -3, 0)),
		lit("i32_literal", ir.OpMax, i32(minI32, 3), i32(-1, 3), i32(-1, 3)),
		lit("u8_unsigned", ir.OpMin, u8(200, 0), u8(100, 255), u8(100, 0)),
	)
	return cs
}

// opArg wraps a literal tensor for the literal-case tables.
type opArg struct{ t *tensor.Tensor }
