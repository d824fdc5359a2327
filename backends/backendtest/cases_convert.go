package backendtest

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

func compareSelectCases() []opCase {
	var cs []opCase
	dirs := []ir.CompareDir{ir.EQ, ir.NE, ir.LT, ir.LE, ir.GT, ir.GE}
	testF := func(dir ir.CompareDir, x, y float64) bool {
		switch dir {
		case ir.EQ:
			return x == y
		case ir.NE:
			return x != y
		case ir.LT:
			return x < y
		case ir.LE:
			return x <= y
		case ir.GT:
			return x > y
		}
		return x >= y
	}
	for _, dir := range dirs {
		dir := dir
		fref := mapFloat(ir.Bool, func(xs ...float64) float64 {
			if testF(dir, xs[0], xs[1]) {
				return 1
			}
			return 0
		})
		iref := mapInt(ir.Bool, func(xs ...int64) int64 {
			// int64 compare written through float-free logic
			lt, eq := xs[0] < xs[1], xs[0] == xs[1]
			r := map[ir.CompareDir]bool{ir.EQ: eq, ir.NE: !eq, ir.LT: lt, ir.LE: lt || eq, ir.GT: !lt && !eq, ir.GE: !lt}[dir]
			if r {
				return 1
			}
			return 0
		})
		at := &ir.CompareAttrs{Dir: dir}
		for _, d := range []ir.DType{ir.Float32, ir.BFloat16, ir.Float64} {
			a, b := gridF(d, binarySpecials, binarySpecials)
			cs = append(cs, simple(dir.String()+"_specials_"+d.String(), ir.OpCompare, at, a, b).withRef(fref))
		}
		for _, d := range []ir.DType{ir.Uint8, ir.Int32, ir.Int64} {
			a, b := gridI(d, intEdges(d), intEdges(d))
			cs = append(cs, simple(dir.String()+"_edges_"+d.String(), ir.OpCompare, at, a, b).withRef(iref))
		}
		a, b := gridI(ir.Bool, []int64{0, 1}, []int64{0, 1})
		cs = append(cs, simple(dir.String()+"_bool", ir.OpCompare, at, a, b).withRef(iref))
	}
	cs = append(cs,
		simple("eq_nan_and_zeros", ir.OpCompare, &ir.CompareAttrs{Dir: ir.EQ}, tf(ir.Float32, sh(3), nan, 0, 1), tf(ir.Float32, sh(3), nan, negZ, 2)).
			expect(tb(sh(3), false, true, false)),
		simple("ne_nan", ir.OpCompare, &ir.CompareAttrs{Dir: ir.NE}, tf(ir.Float32, sh(3), nan, 0, 1), tf(ir.Float32, sh(3), nan, negZ, 2)).
			expect(tb(sh(3), true, false, true)),
		simple("gt_u8_unsigned", ir.OpCompare, &ir.CompareAttrs{Dir: ir.GT}, ti(ir.Uint8, sh(2), 200, 1), ti(ir.Uint8, sh(2), 100, 255)).
			expect(tb(sh(2), true, false)),
		simple("lt_i64_exact", ir.OpCompare, &ir.CompareAttrs{Dir: ir.LT}, ti(ir.Int64, sh(1), 1<<60), ti(ir.Int64, sh(1), 1<<60+1)).
			expect(tb(sh(1), true)),
		simple("le_scalar_f16", ir.OpCompare, &ir.CompareAttrs{Dir: ir.LE}, tf(ir.Float16, nil, 2), tf(ir.Float16, nil, 2)).expect(tb(nil, true)),
	)
	// Select.
	pat := func(shape ir.Shape) *tensor.Tensor {
		vs := make([]bool, shape.NumElements())
		for i := range vs {
			vs[i] = (i*7)%3 == 0
		}
		return tb(shape, vs...)
	}
	selRef := refOne(func(in []*tensor.Tensor) *tensor.Tensor {
		p := in[0].Bools()
		out := in[2].Clone()
		es := out.DType.Size()
		for i, take := range p {
			if take {
				copy(out.Data[i*es:(i+1)*es], in[1].Data[i*es:(i+1)*es])
			}
		}
		return out
	})
	cs = append(cs,
		simple("odd_7x13_f32", ir.OpSelect, nil, pat(sh(7, 13)), seqT(ir.Float32, sh(7, 13), 1, 0.3), seqT(ir.Float32, sh(7, 13), 1, 0.8)).withRef(selRef),
		simple("i64", ir.OpSelect, nil, tb(sh(3), true, false, true), ti(ir.Int64, sh(3), 1, 2, math.MinInt64), ti(ir.Int64, sh(3), -1, -2, -3)).
			expect(ti(ir.Int64, sh(3), 1, -2, math.MinInt64)),
		simple("bool", ir.OpSelect, nil, tb(sh(2), false, true), tb(sh(2), true, true), tb(sh(2), false, false)).expect(tb(sh(2), false, true)),
		simple("scalar_bf16", ir.OpSelect, nil, tb(nil, false), tf(ir.BFloat16, nil, 1), tf(ir.BFloat16, nil, nan)).expect(tf(ir.BFloat16, nil, nan)),
		simple("nan_and_neg_zero_pass_through", ir.OpSelect, nil, tb(sh(2), true, true), tf(ir.Float16, sh(2), nan, negZ), tf(ir.Float16, sh(2), 1, 1)).
			expect(tf(ir.Float16, sh(2), nan, negZ)).signedZeros(),
		simple("empty_u8", ir.OpSelect, nil, tb(sh(0)), ti(ir.Uint8, sh(0)), ti(ir.Uint8, sh(0))).expect(ti(ir.Uint8, sh(0))),
	)
	return cs
}

// convertRef is the Convert reference: float->int truncates toward zero
// and saturates (NaN -> 0); everything else follows the tensor package
// (round to nearest even, wrap int->int, non-zero -> true).
func convertRef(to ir.DType) func([]*tensor.Tensor) []*tensor.Tensor {
	return refOne(func(in []*tensor.Tensor) *tensor.Tensor {
		x := in[0]
		if !x.DType.IsFloat() || !to.IsInt() {
			return must(x.Convert(to))
		}
		lo, hi := intBounds(to)
		vs := x.Float64s()
		out := make([]int64, len(vs))
		for i, v := range vs {
			t := math.Trunc(v)
			switch {
			case v != v:
				out[i] = 0
			case t >= float64(hi)+1:
				out[i] = hi
			case t <= float64(lo)-1:
				out[i] = lo
			default:
				out[i] = int64(t)
			}
		}
		return ti(to, x.Shape, out...)
	})
}

var convertFloatSources = []float64{-3.7, -1, -0.5, negZ, 0, 0.5, 1.5, 2.5, 127.6, 128, 255.5, 256, 300, -129,
	70000, 3e9, -3e9, 1e20, -1e20, inf, -inf, nan, 1.00390625, 1.01171875, 1e-8}

var convertIntSources = []int64{math.MinInt64, -70000, -129, -128, -1, 0, 1, 127, 128, 255, 256, 300, 70000, 1<<53 + 1, math.MaxInt64}

func convertCases() []opCase {
	var cs []opCase
	all := append([]ir.DType{ir.Bool}, append(append([]ir.DType{}, ints...), floats...)...)
	for _, from := range all {
		var in *tensor.Tensor
		switch {
		case from == ir.Bool:
			in = tb(sh(2), false, true)
		case from.IsFloat():
			in = tf(from, sh(len(convertFloatSources)), convertFloatSources...)
		default:
			in = ti(from, sh(len(convertIntSources)), convertIntSources...)
		}
		for _, to := range all {
			cs = append(cs, simple(from.String()+"_to_"+to.String(), ir.OpConvert, &ir.ConvertAttrs{To: to}, in).withRef(convertRef(to)))
		}
	}
	cv := func(name string, in *tensor.Tensor, to ir.DType, want *tensor.Tensor) opCase {
		return simple(name, ir.OpConvert, &ir.ConvertAttrs{To: to}, in).expect(want).signedZeros()
	}
	f32 := func(v ...float64) *tensor.Tensor { return tf(ir.Float32, sh(len(v)), v...) }
	cs = append(cs,
		cv("f32_i32_saturates", f32(1.9, -1.9, nan, inf, -inf, 3e9, -3e9), ir.Int32,
			ti(ir.Int32, sh(7), 1, -1, 0, math.MaxInt32, math.MinInt32, math.MaxInt32, math.MinInt32)),
		cv("f32_u8_saturates", f32(-1, 256, 255.9, 0.5, -0.9), ir.Uint8, ti(ir.Uint8, sh(5), 0, 255, 255, 0, 0)),
		cv("f64_i64_saturates", tf(ir.Float64, sh(3), 9.3e18, -9.3e18, 1e300), ir.Int64, ti(ir.Int64, sh(3), math.MaxInt64, math.MinInt64, math.MaxInt64)),
		cv("f32_f16_overflow", f32(70000, 1e-8, 65504, -70000), ir.Float16, tf(ir.Float16, sh(4), inf, 0, 65504, -inf)),
		cv("f32_bf16_half_even", f32(1.00390625, 1.01171875, negZ), ir.BFloat16, tf(ir.BFloat16, sh(3), 1, 1.015625, negZ)),
		cv("i32_i8_wraps", ti(ir.Int32, sh(4), 300, -129, 127, 128), ir.Int8, ti(ir.Int8, sh(4), 44, 127, 127, -128)),
		cv("u8_i8_wraps", ti(ir.Uint8, sh(2), 200, 5), ir.Int8, ti(ir.Int8, sh(2), -56, 5)),
		cv("i8_u8_wraps", ti(ir.Int8, sh(2), -1, -128), ir.Uint8, ti(ir.Uint8, sh(2), 255, 128)),
		cv("bool_f32", tb(sh(2), true, false), ir.Float32, f32(1, 0)),
		cv("f32_bool", f32(0, negZ, nan, 0.1, -inf), ir.Bool, tb(sh(5), false, false, true, true, true)),
		cv("i64_f32_rounds", ti(ir.Int64, sh(2), 1<<53+1, 1<<24+1), ir.Float32, f32(1<<53, 1<<24)),
		cv("i64_f64_rounds", ti(ir.Int64, sh(1), 1<<53+1), ir.Float64, tf(ir.Float64, sh(1), 1<<53)),
		cv("scalar_f16_f32", tf(ir.Float16, nil, 0.1), ir.Float32, tf(ir.Float32, nil, 0.0999755859375)),
		cv("empty", tf(ir.Float32, sh(0, 3)), ir.Int8, ti(ir.Int8, sh(0, 3))),
	)
	return cs
}
