package backendtest

import (
	"math"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

func sourceCases() []opCase {
	var cs []opCase
	// Parameter: a function that returns its parameters unchanged.
	for _, in := range []*tensor.Tensor{
		tf(ir.Float32, sh(2, 3), 1, -2, 3.5, nan, inf, negZ),
		ti(ir.Int8, sh(3), -128, 0, 127),
		tb(nil, true),
		tf(ir.BFloat16, sh(0, 4)),
	} {
		in := in
		cs = append(cs, opCase{name: "identity_" + in.Type().String(), op: ir.OpParameter,
			inputs: []*tensor.Tensor{in}, want: []*tensor.Tensor{in}, zeroSign: true,
			build: func(g *frontend.Graph) { ret(g, param(g, in.Type())) }})
	}
	// Constant: literals of several dtypes, returned directly.
	for _, c := range []*tensor.Tensor{
		tf(ir.Float32, sh(2, 2), 1.5, -0.25, nan, -inf),
		tf(ir.BFloat16, sh(3), 1, 2.5, -1e10),
		tf(ir.Float16, nil, 65504),
		ti(ir.Int64, sh(2), math.MinInt64, math.MaxInt64),
		ti(ir.Uint8, sh(2), 0, 255),
		tb(sh(3), true, false, true),
		tf(ir.Float64, sh(0)),
	} {
		c := c
		cs = append(cs, opCase{name: "literal_" + c.Type().String(), op: ir.OpConstant,
			want: []*tensor.Tensor{c}, build: func(g *frontend.Graph) { ret(g, constant(g, c)) }})
	}
	// A constant combined with a parameter.
	cs = append(cs, opCase{name: "add_to_param", op: ir.OpConstant,
		inputs: []*tensor.Tensor{tf(ir.Float32, sh(3), 1, 2, 3)},
		want:   []*tensor.Tensor{tf(ir.Float32, sh(3), 11, 22, 33)},
		build: func(g *frontend.Graph) {
			p := param(g, ir.T(ir.Float32, 3))
			ret(g, g.Emit(ir.OpAdd, nil, p, constant(g, tf(ir.Float32, sh(3), 10, 20, 30))))
		}})
	// Iota: counts along dim, converted (wrapping/rounding) to the dtype.
	iota := func(name string, t ir.Type, dim int, want *tensor.Tensor) opCase {
		return opCase{name: name, op: ir.OpIota, want: []*tensor.Tensor{want},
			build: func(g *frontend.Graph) { ret(g, g.Iota(t.DType, dim, t.Shape...)) }}
	}
	cs = append(cs,
		iota("i32_dim1", ir.T(ir.Int32, 2, 3), 1, ti(ir.Int32, sh(2, 3), 0, 1, 2, 0, 1, 2)),
		iota("f32_dim0", ir.T(ir.Float32, 3, 2), 0, tf(ir.Float32, sh(3, 2), 0, 0, 1, 1, 2, 2)),
		iota("i64_rank3_dim1", ir.T(ir.Int64, 2, 2, 2), 1, ti(ir.Int64, sh(2, 2, 2), 0, 0, 1, 1, 0, 0, 1, 1)),
		iota("empty", ir.T(ir.Int64, 0, 5), 1, ti(ir.Int64, sh(0, 5))),
	)
	long := func(d ir.DType, n int, f func(i int) float64) *tensor.Tensor {
		vs := make([]float64, n)
		for i := range vs {
			vs[i] = f(i)
		}
		return tf(d, sh(n), vs...)
	}
	// bf16 holds integers exactly only up to 256: 257 rounds to 256 (even), 259 to 260.
	cs = append(cs, iota("bf16_rounding", ir.T(ir.BFloat16, 300), 0, long(ir.BFloat16, 300, func(i int) float64 { return float64(i) })))
	cs = append(cs, iota("u8_wraps", ir.T(ir.Uint8, 260), 0, long(ir.Uint8, 260, func(i int) float64 { return float64(i % 256) })))
	return cs
}

// refUnary gives each unary float op's reference function.
var refUnary = map[ir.Op]func(float64) float64{
	ir.OpNeg:   func(x float64) float64 { return -x },
	ir.OpAbs:   math.Abs,
	ir.OpExp:   math.Exp,
	ir.OpLog:   math.Log,
	ir.OpLog1p: math.Log1p,
	ir.OpSqrt:  math.Sqrt,
	ir.OpRsqrt: func(x float64) float64 { return 1 / math.Sqrt(x) },
	ir.OpTanh:  math.Tanh,
	ir.OpErf:   math.Erf,
	ir.OpSin:   math.Sin,
	ir.OpCos:   math.Cos,
	ir.OpSigmoid: func(x float64) float64 {
		if x >= 0 {
			return 1 / (1 + math.Exp(-x))
		}
		e := math.Exp(x)
		return e / (1 + e)
	},
	ir.OpSign: func(x float64) float64 {
		if x > 0 {
			return 1
		} else if x < 0 {
			return -1
		}
		return x
	},
	ir.OpFloor: math.Floor,
	ir.OpCeil:  math.Ceil,
	ir.OpRound: math.RoundToEven,
}

// refIntUnary gives each unary integer op's reference function (on the
// int64 value; mapInt wraps the result to the dtype).
var refIntUnary = map[ir.Op]func(int64) int64{
	ir.OpNeg: func(x int64) int64 { return 0 - x },
	ir.OpAbs: func(x int64) int64 {
		if x < 0 {
			return 0 - x
		}
		return x
	},
	ir.OpSign: func(x int64) int64 {
		switch {
		case x > 0:
			return 1
		case x < 0:
			return -1
		}
		return 0
	},
	ir.OpNot: func(x int64) int64 { return -1 - x },
}

var unarySpecials = []float64{0, negZ, 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 3.7, -3.7, 10, -10, 1e-7, 100, 0.3, inf, -inf, nan}

func unaryCases() []opCase {
	var cs []opCase
	for _, op := range groupOpsOn(ir.GroupElementwiseUnary, ir.Float32) {
		f, ok := refUnary[op]
		if !ok {
			continue // TestReferencesCoverOpGroups fails
		}
		g := func(xs ...float64) float64 { return f(xs[0]) }
		for _, d := range floats {
			cs = append(cs, simple("specials_"+d.String(), op, nil, tf(d, sh(len(unarySpecials)), unarySpecials...)).withRef(mapFloat(d, g)))
		}
		cs = append(cs,
			simple("odd_7x13_f32", op, nil, seqT(ir.Float32, sh(7, 13), 4, 0.1)).withRef(mapFloat(ir.Float32, g)),
			simple("scalar_f64", op, nil, tf(ir.Float64, nil, 0.75)).withRef(mapFloat(ir.Float64, g)),
			simple("empty_f32", op, nil, tf(ir.Float32, sh(0, 3))).expect(tf(ir.Float32, sh(0, 3))),
		)
	}
	f32 := func(v ...float64) *tensor.Tensor { return tf(ir.Float32, sh(len(v)), v...) }
	lit := func(name string, op ir.Op, in, want *tensor.Tensor) opCase {
		return simple(name, op, nil, in).expect(want).signedZeros()
	}
	cs = append(cs,
		lit("neg_zero", ir.OpNeg, f32(0, negZ), f32(negZ, 0)),
		lit("abs_edges", ir.OpAbs, f32(negZ, -inf, -3), f32(0, inf, 3)),
		lit("exp_edges", ir.OpExp, f32(-inf, 0, 1000, 1), f32(0, 1, inf, math.E)),
		lit("log_edges", ir.OpLog, f32(0, -1, 1, inf), f32(-inf, nan, 0, inf)),
		lit("log1p_edges", ir.OpLog1p, f32(-1, 0, -2), f32(-inf, 0, nan)),
		simple("log1p_accurate_near_0", ir.OpLog1p, nil, tf(ir.Float64, nil, 1e-10)).expect(tf(ir.Float64, nil, 9.9999999995e-11)).withWantTol(1e-25),
		lit("sqrt_edges", ir.OpSqrt, f32(-1, 0, 4, inf, negZ), f32(nan, 0, 2, inf, negZ)),
		lit("rsqrt_edges", ir.OpRsqrt, f32(0, 4, inf, -1), f32(inf, 0.5, 0, nan)),
		lit("tanh_edges", ir.OpTanh, f32(inf, -inf, 0, 20), f32(1, -1, 0, 1)),
		lit("erf_edges", ir.OpErf, f32(inf, -inf, 0, 1), f32(1, -1, 0, 0.8427007929497149)),
		lit("sin_cos_zero", ir.OpSin, f32(0, negZ, math.Pi/2), f32(0, negZ, 1)),
		lit("cos_edges", ir.OpCos, f32(0, math.Pi, inf), f32(1, -1, nan)),
		lit("sigmoid_edges", ir.OpSigmoid, f32(-inf, inf, 0, -1000, 1000), f32(0, 1, 0.5, 0, 1)),
		lit("sign_edges", ir.OpSign, f32(negZ, 0, -3, 2, nan, -inf), f32(negZ, 0, -1, 1, nan, -1)),
		lit("floor_edges", ir.OpFloor, f32(-0.5, 0.5, -1, 2.5, negZ), f32(-1, 0, -1, 2, negZ)),
		lit("ceil_edges", ir.OpCeil, f32(-0.5, 0.5, -1, 2.5), f32(negZ, 1, -1, 3)),
		lit("round_half_even", ir.OpRound, f32(0.5, 1.5, 2.5, -0.5, -2.5, 2.4999, -1.5, 3.5), f32(0, 2, 2, negZ, -2, 2, -2, 4)),
		lit("round_half_even_bf16", ir.OpRound, tf(ir.BFloat16, sh(4), 0.5, 1.5, 2.5, -2.5), tf(ir.BFloat16, sh(4), 0, 2, 2, -2)),
	)
	// IsFinite on every float dtype.
	for _, d := range floats {
		cs = append(cs, simple("edges_"+d.String(), ir.OpIsFinite, nil, tf(d, sh(6), 0, inf, -inf, nan, 1e30, negZ)).
			expect(tb(sh(6), true, false, false, false, d != ir.Float16, true)))
	}
	cs = append(cs, simple("empty", ir.OpIsFinite, nil, tf(ir.Float32, sh(2, 0))).expect(tb(sh(2, 0))))
	// Integer Neg, Abs, Sign wrap; Not is bitwise.
	for _, d := range ints {
		e := intEdges(d)
		in := ti(d, sh(len(e)), e...)
		for _, op := range groupOpsOn(ir.GroupElementwiseUnary, d) {
			f, ok := refIntUnary[op]
			if !ok {
				continue // TestReferencesCoverOpGroups fails
			}
			cs = append(cs, simple("edges_"+d.String(), op, nil, in).withRef(mapInt(d, func(x ...int64) int64 { return f(x[0]) })))
		}
	}
	cs = append(cs,
		simple("i8_literal", ir.OpNeg, nil, ti(ir.Int8, sh(4), -128, 127, -1, 0)).expect(ti(ir.Int8, sh(4), -128, -127, 1, 0)),
		simple("u8_literal", ir.OpNeg, nil, ti(ir.Uint8, sh(3), 0, 1, 200)).expect(ti(ir.Uint8, sh(3), 0, 255, 56)),
		simple("i32_min_wraps", ir.OpAbs, nil, ti(ir.Int32, sh(2), math.MinInt32, -5)).expect(ti(ir.Int32, sh(2), math.MinInt32, 5)),
		simple("u8_literal", ir.OpSign, nil, ti(ir.Uint8, sh(3), 0, 1, 255)).expect(ti(ir.Uint8, sh(3), 0, 1, 1)),
		simple("bool", ir.OpNot, nil, tb(sh(2), true, false)).expect(tb(sh(2), false, true)),
		simple("u8_literal", ir.OpNot, nil, ti(ir.Uint8, sh(3), 0, 255, 5)).expect(ti(ir.Uint8, sh(3), 255, 0, 250)),
		simple("i8_scalar", ir.OpNot, nil, ti(ir.Int8, nil, 5)).expect(ti(ir.Int8, nil, -6)),
		simple("empty_i32", ir.OpNeg, nil, ti(ir.Int32, sh(4, 0))).expect(ti(ir.Int32, sh(4, 0))),
	)
	return cs
}
