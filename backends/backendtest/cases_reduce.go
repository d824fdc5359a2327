package backendtest

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// reduceRef reduces x over axes: floats in float64 (NaN propagates through
// max/min), integers in int64 then wrapped, bool as or (sum, max) / and
// (prod, min). Empty reductions give the identity.
func reduceRef(x *tensor.Tensor, kind ir.ReduceKind, axes []int) *tensor.Tensor {
	isAxis := map[int]bool{}
	for _, a := range axes {
		isAxis[a] = true
	}
	var out ir.Shape = ir.Shape{}
	for d, n := range x.Shape {
		if !isAxis[d] {
			out = append(out, n)
		}
	}
	project := func(idx []int) int {
		var o []int
		for d, v := range idx {
			if !isAxis[d] {
				o = append(o, v)
			}
		}
		return offset(out, o)
	}
	n := out.NumElements()
	if x.DType.IsFloat() {
		acc := make([]float64, n)
		for i := range acc {
			acc[i] = map[ir.ReduceKind]float64{ir.ReduceSum: 0, ir.ReduceProd: 1, ir.ReduceMax: math.Inf(-1), ir.ReduceMin: math.Inf(1)}[kind]
		}
		forEach(x.Shape, func(idx []int) {
			o, v := project(idx), getF(x, idx...)
			switch {
			case kind == ir.ReduceSum:
				acc[o] += v
			case kind == ir.ReduceProd:
				acc[o] *= v
			case math.IsNaN(v) || math.IsNaN(acc[o]):
				acc[o] = math.NaN()
			case kind == ir.ReduceMax:
				acc[o] = math.Max(acc[o], v)
			default:
				acc[o] = math.Min(acc[o], v)
			}
		})
		return tf(x.DType, out, acc...)
	}
	lo, hi := intBounds(x.DType)
	if x.DType == ir.Bool { // or / and
		kind = map[ir.ReduceKind]ir.ReduceKind{ir.ReduceSum: ir.ReduceMax, ir.ReduceProd: ir.ReduceMin, ir.ReduceMax: ir.ReduceMax, ir.ReduceMin: ir.ReduceMin}[kind]
	}
	acc := make([]int64, n)
	for i := range acc {
		acc[i] = map[ir.ReduceKind]int64{ir.ReduceSum: 0, ir.ReduceProd: 1, ir.ReduceMax: lo, ir.ReduceMin: hi}[kind]
	}
	forEach(x.Shape, func(idx []int) {
		o, v := project(idx), getI(x, idx...)
		if x.DType == ir.Bool && v != 0 {
			v = 1
		}
		switch kind {
		case ir.ReduceSum:
			acc[o] += v
		case ir.ReduceProd:
			acc[o] *= v
		case ir.ReduceMax:
			acc[o] = max(acc[o], v)
		default:
			acc[o] = min(acc[o], v)
		}
	})
	return ti(x.DType, out, acc...)
}

// argRef is ArgMax/ArgMin along axis: first extreme on ties, the first
// NaN beats every number.
func argRef(x *tensor.Tensor, axis int, isMax bool, out ir.DType) *tensor.Tensor {
	res := append(append(ir.Shape{}, x.Shape[:axis]...), x.Shape[axis+1:]...)
	vals := make([]int64, res.NumElements())
	forEach(res, func(r []int) {
		full := func(k int) []int {
			return append(append(append([]int{}, r[:axis]...), k), r[axis:]...)
		}
		best := 0
		for k := 1; k < x.Shape[axis]; k++ {
			var better bool
			if x.DType.IsFloat() {
				b, v := getF(x, full(best)...), getF(x, full(k)...)
				better = !math.IsNaN(b) && (math.IsNaN(v) || (isMax && v > b) || (!isMax && v < b))
			} else {
				b, v := getI(x, full(best)...), getI(x, full(k)...)
				better = (isMax && v > b) || (!isMax && v < b)
			}
			if better {
				best = k
			}
		}
		vals[offset(res, r)] = int64(best)
	})
	return ti(out, res, vals...)
}

func reduceCases() []opCase {
	var cs []opCase
	kinds := []ir.ReduceKind{ir.ReduceSum, ir.ReduceMax, ir.ReduceMin, ir.ReduceProd}
	for _, k := range kinds {
		k := k
		rd := func(name string, x *tensor.Tensor, axes ...int) opCase {
			return simple(k.String()+"_"+name, ir.OpReduce, &ir.ReduceAttrs{Kind: k, Axes: axes}, x).
				withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor { return reduceRef(in[0], k, axes) }))
		}
		cs = append(cs,
			rd("odd_rows_f32", seqT(ir.Float32, sh(7, 13), 1.2, 0.1), 1),
			rd("odd_cols_f64", seqT(ir.Float64, sh(7, 13), 1.2, 0.2), 0),
			rd("all_bf16", seqT(ir.BFloat16, sh(3, 5), 1.1, 0.3), 0, 1),
			rd("outer_inner_f16", seqT(ir.Float16, sh(2, 3, 4), 1.1, 0.4), 0, 2),
			rd("no_axes_f32", seqT(ir.Float32, sh(2, 3), 1, 0.5)),
			rd("empty_identity_f32", tf(ir.Float32, sh(0, 5)), 0),
			rd("empty_identity_i32", ti(ir.Int32, sh(3, 0)), 1),
			rd("empty_identity_u8", ti(ir.Uint8, sh(0)), 0),
			rd("empty_identity_bool", tb(sh(2, 0)), 1),
			rd("specials_f32", tf(ir.Float32, sh(3, 3), 1, nan, 2, -inf, 3, inf, negZ, 0, 5), 1),
			rd("edges_i8", ti(ir.Int8, sh(2, 4), 100, 100, -128, 3, 127, 1, -1, 2), 1),
			rd("edges_i64", ti(ir.Int64, sh(3, 2), math.MaxInt64, 1, math.MinInt64, -1, 1<<40, 1<<30), 0),
			rd("u8", ti(ir.Uint8, sh(2, 3), 200, 100, 3, 0, 255, 1), 1),
			rd("bool", tb(sh(3, 2), true, false, false, false, true, true), 1),
			rd("i32_rank3", ti(ir.Int32, sh(2, 3, 2), seqInts(12)...), 1),
		)
	}
	cs = append(cs,
		simple("sum_literal", ir.OpReduce, &ir.ReduceAttrs{Kind: ir.ReduceSum, Axes: []int{1}}, tf(ir.Float32, sh(2, 3), 1, 2, 3, 4, 5, 6)).
			expect(tf(ir.Float32, sh(2), 6, 15)),
		simple("max_nan_literal", ir.OpReduce, &ir.ReduceAttrs{Kind: ir.ReduceMax, Axes: []int{0}}, tf(ir.Float32, sh(3), 1, nan, 2)).
			expect(tf(ir.Float32, nil, nan)),
		simple("min_empty_literal", ir.OpReduce, &ir.ReduceAttrs{Kind: ir.ReduceMin, Axes: []int{0}}, tf(ir.BFloat16, sh(0))).
			expect(tf(ir.BFloat16, nil, inf)),
		simple("max_empty_i8_literal", ir.OpReduce, &ir.ReduceAttrs{Kind: ir.ReduceMax, Axes: []int{0}}, ti(ir.Int8, sh(0))).
			expect(ti(ir.Int8, nil, -128)),
		simple("sum_i8_wraps_literal", ir.OpReduce, &ir.ReduceAttrs{Kind: ir.ReduceSum, Axes: []int{0}}, ti(ir.Int8, sh(3), 100, 100, 100)).
			expect(ti(ir.Int8, nil, 44)),
		simple("sum_bool_is_or", ir.OpReduce, &ir.ReduceAttrs{Kind: ir.ReduceSum, Axes: []int{1}}, tb(sh(2, 2), false, false, true, true)).
			expect(tb(sh(2), false, true)),
		simple("sum_f16_accumulates_wide", ir.OpReduce, &ir.ReduceAttrs{Kind: ir.ReduceSum, Axes: []int{0}}, tf(ir.Float16, sh(5), 2048, 1, 1, 1, 1)).
			expect(tf(ir.Float16, nil, 2052)),
	)
	for _, isMax := range []bool{true, false} {
		op := ir.OpArgMin
		if isMax {
			op = ir.OpArgMax
		}
		isMax := isMax
		ar := func(name string, x *tensor.Tensor, axis int, out ir.DType) opCase {
			return simple(name, op, &ir.ArgAttrs{Axis: axis, Out: out}, x).
				withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor { return argRef(in[0], axis, isMax, out) }))
		}
		cs = append(cs,
			ar("odd_rows_f32", seqT(ir.Float32, sh(7, 13), 1, 0.1), 1, ir.Int32),
			ar("odd_cols_bf16_i64", seqT(ir.BFloat16, sh(7, 13), 1, 0.2), 0, ir.Int64),
			ar("specials_f32", tf(ir.Float32, sh(3, 4), 1, nan, 2, nan, 3, 3, -inf, 3, negZ, 0, -0.5, inf), 1, ir.Int32),
			ar("ties_i32", ti(ir.Int32, sh(2, 4), 5, 1, 5, 1, -3, -3, 7, 7), 1, ir.Int64),
			ar("u8", ti(ir.Uint8, sh(4), 3, 255, 0, 200), 0, ir.Int32),
			ar("i64_rank3", ti(ir.Int64, sh(2, 3, 2), 5, 1, math.MinInt64, 9, math.MaxInt64, 0, 1, 1, 1, 1, 1, 1), 1, ir.Int64),
			ar("f16_empty_other_dim", tf(ir.Float16, sh(0, 3)), 1, ir.Int32),
			ar("f64_single", tf(ir.Float64, sh(1, 2), 4, 2), 0, ir.Int32),
			// Axes long enough for a backend's block-per-output kernel
			// (cuda): ties far apart, NaNs after numbers, a strided axis.
			ar("long_row_ties_bf16", tf(ir.BFloat16, sh(3, 700), longArgPattern(3*700, 101)...), 1, ir.Int64),
			ar("long_row_nans_f32", tf(ir.Float32, sh(2, 600), longArgNaNs(2*600)...), 1, ir.Int32),
			ar("long_axis0_i32", ti(ir.Int32, sh(800, 3), longArgInts(800*3, 97)...), 0, ir.Int64),
		)
	}
	cs = append(cs,
		simple("ties_first_literal", ir.OpArgMax, &ir.ArgAttrs{Axis: 0, Out: ir.Int32}, tf(ir.Float32, sh(4), 1, 3, 3, 2)).expect(ti(ir.Int32, nil, 1)),
		simple("nan_wins_literal", ir.OpArgMax, &ir.ArgAttrs{Axis: 0, Out: ir.Int64}, tf(ir.Float32, sh(4), 1, inf, nan, nan)).expect(ti(ir.Int64, nil, 2)),
		simple("ties_first_literal", ir.OpArgMin, &ir.ArgAttrs{Axis: 1, Out: ir.Int32}, ti(ir.Int8, sh(2, 3), 0, -1, -1, 4, 4, 4)).expect(ti(ir.Int32, sh(2), 1, 0)),
		simple("nan_wins_literal", ir.OpArgMin, &ir.ArgAttrs{Axis: 0, Out: ir.Int32}, tf(ir.BFloat16, sh(3), -inf, nan, -1)).expect(ti(ir.Int32, nil, 1)),
	)
	return cs
}

// longArgPattern is (i * 37) mod m for i < n: every value recurs, so
// the extremes tie many times along a long axis.
func longArgPattern(n, m int) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = float64(i * 37 % m)
	}
	return v
}

// longArgInts is longArgPattern as integers, shifted to have negatives.
func longArgInts(n, m int) []int64 {
	v := make([]int64, n)
	for i := range v {
		v[i] = int64(i*37%m) - int64(m/2)
	}
	return v
}

// longArgNaNs is longArgPattern with NaNs at a few later positions of
// every 600-long row and infinities before them.
func longArgNaNs(n int) []float64 {
	v := longArgPattern(n, 89)
	for i := range v {
		switch i % 600 {
		case 5:
			v[i] = math.Inf(1)
		case 7:
			v[i] = math.Inf(-1)
		case 411, 523:
			v[i] = math.NaN()
		}
	}
	return v
}

// intBounds is the value range of an integer or bool dtype.
func intBounds(d ir.DType) (lo, hi int64) {
	switch d {
	case ir.Bool:
		return 0, 1
	case ir.Int8:
		return -128, 127
	case ir.Uint8:
		return 0, 255
	case ir.Int16:
		return -32768, 32767
	case ir.Int32:
		return math.MinInt32, math.MaxInt32
	}
	return math.MinInt64, math.MaxInt64
}
