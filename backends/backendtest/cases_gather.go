package backendtest

import (
	"math"
	"math/rand"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// smallInts draws random inputs whose integer tensors hold values in
// [lo, hi] (indices just around a valid range).
func smallInts(lo, hi int) func(r *rand.Rand, ts []ir.Type) []*tensor.Tensor {
	return func(r *rand.Rand, ts []ir.Type) []*tensor.Tensor {
		out := randomInputs(r, ts)
		for i, t := range ts {
			if t.DType.IsInt() {
				vs := make([]int64, t.Shape.NumElements())
				for j := range vs {
					vs[j] = int64(lo + r.Intn(hi-lo+1))
				}
				out[i] = ti(t.DType, t.Shape, vs...)
			}
		}
		return out
	}
}

func (c opCase) withGen(g func(r *rand.Rand, ts []ir.Type) []*tensor.Tensor) opCase {
	c.gen = g
	return c
}

func indexCases() []opCase {
	var cs []opCase
	ds := func(name string, x *tensor.Tensor, sizes []int, starts ...*tensor.Tensor) opCase {
		return simple(name, ir.OpDynamicSlice, &ir.DynamicSliceAttrs{Sizes: sizes}, append([]*tensor.Tensor{x}, starts...)...).
			withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor {
				st := make([]int, len(sizes))
				for d := range sizes {
					st[d] = int(min(max(in[1+d].Int64s()[0], 0), int64(in[0].Shape[d]-sizes[d])))
				}
				return permuteRef(in[0], ir.Shape(sizes), func(idx []int) []int {
					s := make([]int, len(idx))
					for d := range idx {
						s[d] = st[d] + idx[d]
					}
					return s
				})
			})).withGen(smallInts(-3, 8))
	}
	i32 := func(v int64) *tensor.Tensor { return ti(ir.Int32, nil, v) }
	i64 := func(v int64) *tensor.Tensor { return ti(ir.Int64, nil, v) }
	cs = append(cs,
		simple("literal_clamped", ir.OpDynamicSlice, &ir.DynamicSliceAttrs{Sizes: []int{2}}, ti(ir.Int32, sh(5), 10, 11, 12, 13, 14), i32(4)).
			expect(ti(ir.Int32, sh(2), 13, 14)),
		simple("literal_negative_clamped", ir.OpDynamicSlice, &ir.DynamicSliceAttrs{Sizes: []int{2}}, ti(ir.Int32, sh(5), 10, 11, 12, 13, 14), i64(-7)).
			expect(ti(ir.Int32, sh(2), 10, 11)),
		ds("in_range_f32", seqT(ir.Float32, sh(5, 6), 1, 0.1), []int{2, 3}, i32(1), i32(2)),
		ds("clamped_high_low_bf16", seqT(ir.BFloat16, sh(5, 6), 1, 0.2), []int{2, 3}, i64(10), i64(-3)),
		ds("huge_index_i64", ti(ir.Int64, sh(4, 3), seqInts(12)...), []int{1, 3}, i64(math.MaxInt64), i64(math.MinInt64)),
		ds("u8_index_bool", tb(sh(3), true, false, true), []int{2}, ti(ir.Uint8, nil, 255)),
		ds("empty_size_f16", seqT(ir.Float16, sh(4, 2), 1, 0.3), []int{0, 2}, i32(2), i32(0)),
		ds("i8_index_odd", seqT(ir.Float64, sh(7, 13), 1, 0.4), []int{3, 5}, ti(ir.Int8, nil, 2), ti(ir.Int8, nil, 9)),
	)
	dus := func(name string, x, up *tensor.Tensor, starts ...*tensor.Tensor) opCase {
		return simple(name, ir.OpDynamicUpdateSlice, nil, append([]*tensor.Tensor{x, up}, starts...)...).
			withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor {
				res := in[0].Clone()
				st := make([]int, len(starts))
				for d := range st {
					st[d] = int(min(max(in[2+d].Int64s()[0], 0), int64(in[0].Shape[d]-in[1].Shape[d])))
				}
				forEach(in[1].Shape, func(idx []int) {
					o := make([]int, len(idx))
					for d := range idx {
						o[d] = st[d] + idx[d]
					}
					copy(elem(res, o), elem(in[1], idx))
				})
				return res
			})).withGen(smallInts(-3, 8))
	}
	cs = append(cs,
		simple("literal_clamped", ir.OpDynamicUpdateSlice, nil, ti(ir.Int32, sh(5), 0, 1, 2, 3, 4), ti(ir.Int32, sh(2), 8, 9), i32(9)).
			expect(ti(ir.Int32, sh(5), 0, 1, 2, 8, 9)),
		dus("in_range_f32", seqT(ir.Float32, sh(5, 6), 1, 0.1), seqT(ir.Float32, sh(2, 3), 1, 0.5), i32(1), i32(2)),
		dus("clamped_bf16", seqT(ir.BFloat16, sh(5, 6), 1, 0.1), seqT(ir.BFloat16, sh(2, 3), 1, 0.5), i64(-4), i64(100)),
		dus("i64_whole", ti(ir.Int64, sh(2), 1, 2), ti(ir.Int64, sh(2), -5, math.MinInt64), i64(1)),
		dus("bool_u8_index", tb(sh(2, 2), false, false, false, false), tb(sh(1, 2), true, true), ti(ir.Uint8, nil, 200), ti(ir.Uint8, nil, 0)),
		dus("empty_update_f16", seqT(ir.Float16, sh(3), 1, 0.1), tf(ir.Float16, sh(0)), i32(2)),
		dus("scalar_operand", tf(ir.Float32, nil, 1), tf(ir.Float32, nil, 2)),
	)
	return cs
}

// gatherRef is tf.gather(operand, indices, axis, batchDims) with indices
// clamped (Gather) or the matching scatter-add with skipped out-of-range
// indices (ScatterAdd, when updates != nil).
func gatherRef(op, idx, updates *tensor.Tensor, axis, bd int) *tensor.Tensor {
	n := op.Shape[axis]
	m := idx.Shape.Rank() - bd
	resShape := append(append(append(ir.Shape{}, op.Shape[:axis]...), idx.Shape[bd:]...), op.Shape[axis+1:]...)
	locate := func(r []int) ([]int, int64) {
		ii := append(append([]int{}, r[:bd]...), r[axis:axis+m]...)
		j := getI(idx, ii...)
		o := append(append(append([]int{}, r[:axis]...), 0), r[axis+m:]...)
		return o, j
	}
	if updates == nil {
		res := zeros(op.DType, resShape)
		if n == 0 {
			return res
		}
		forEach(resShape, func(r []int) {
			o, j := locate(r)
			o[axis] = int(min(max(j, 0), int64(n-1)))
			copy(elem(res, r), elem(op, o))
		})
		return res
	}
	if op.DType.IsFloat() {
		acc := op.Float64s()
		forEach(resShape, func(r []int) {
			o, j := locate(r)
			if j >= 0 && j < int64(n) {
				o[axis] = int(j)
				acc[offset(op.Shape, o)] += getF(updates, r...)
			}
		})
		return tf(op.DType, op.Shape, acc...)
	}
	acc := op.Int64s()
	forEach(resShape, func(r []int) {
		o, j := locate(r)
		if j >= 0 && j < int64(n) {
			o[axis] = int(j)
			acc[offset(op.Shape, o)] += getI(updates, r...)
		}
	})
	return ti(op.DType, op.Shape, acc...)
}

func gatherCases() []opCase {
	var cs []opCase
	ga := func(name string, op, idx *tensor.Tensor, axis, bd int) opCase {
		return simple(name, ir.OpGather, &ir.GatherAttrs{Axis: axis, BatchDims: bd}, op, idx).
			withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor { return gatherRef(in[0], in[1], nil, axis, bd) })).
			withGen(smallInts(-2, 7))
	}
	cs = append(cs,
		simple("embedding_literal_clamped", ir.OpGather, &ir.GatherAttrs{}, tf(ir.Float32, sh(3, 2), 1, 2, 3, 4, 5, 6), ti(ir.Int32, sh(4), 2, 0, -1, 7)).
			expect(tf(ir.Float32, sh(4, 2), 5, 6, 1, 2, 1, 2, 5, 6)),
		simple("take_along_axis_literal", ir.OpGather, &ir.GatherAttrs{Axis: 1, BatchDims: 1}, ti(ir.Int32, sh(2, 3), 1, 2, 3, 4, 5, 6), ti(ir.Int64, sh(2, 2), 2, 0, 1, 1)).
			expect(ti(ir.Int32, sh(2, 2), 3, 1, 5, 5)),
		ga("embedding_2d_indices_bf16", seqT(ir.BFloat16, sh(5, 3), 1, 0.1), ti(ir.Int32, sh(2, 4), 0, 4, 1, 1, 3, 2, 9, -3), 0, 0),
		ga("axis1_f32", seqT(ir.Float32, sh(2, 5, 3), 1, 0.2), ti(ir.Int64, sh(4), 4, 0, 2, 2), 1, 0),
		ga("batch_dims_odd_f32", seqT(ir.Float32, sh(7, 13), 1, 0.3), ti(ir.Int32, sh(7, 3), seqInts(21)...), 1, 1),
		ga("scalar_index_i64", ti(ir.Int64, sh(3, 4), seqInts(12)...), ti(ir.Int32, nil, 2), 0, 0),
		ga("u8_indices_f16", seqT(ir.Float16, sh(4, 2), 1, 0.4), ti(ir.Uint8, sh(3), 3, 255, 1), 0, 0),
		ga("bool_operand", tb(sh(3), true, false, true), ti(ir.Int32, sh(2), 1, 5), 0, 0),
		ga("empty_indices_f64", seqT(ir.Float64, sh(3, 2), 1, 0.5), ti(ir.Int32, sh(0)), 0, 0),
		ga("empty_axis_zeros", tf(ir.Float32, sh(0, 2)), ti(ir.Int32, sh(2), 0, 1), 0, 0),
	)
	sa := func(name string, op, idx, up *tensor.Tensor, axis, bd int) opCase {
		return simple(name, ir.OpScatterAdd, &ir.GatherAttrs{Axis: axis, BatchDims: bd}, op, idx, up).
			withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor { return gatherRef(in[0], in[1], in[2], axis, bd) })).
			withGen(smallInts(-2, 6))
	}
	cs = append(cs,
		simple("literal_dup_and_skip", ir.OpScatterAdd, &ir.GatherAttrs{}, tf(ir.Float32, sh(3), 1, 1, 1), ti(ir.Int32, sh(4), 0, 2, 0, 3), tf(ir.Float32, sh(4), 10, 20, 30, 40)).
			expect(tf(ir.Float32, sh(3), 41, 1, 21)),
		simple("literal_negative_skipped", ir.OpScatterAdd, &ir.GatherAttrs{}, ti(ir.Int32, sh(2), 0, 0), ti(ir.Int64, sh(2), -1, 1), ti(ir.Int32, sh(2), 5, 7)).
			expect(ti(ir.Int32, sh(2), 0, 7)),
		sa("rows_f32", seqT(ir.Float32, sh(5, 3), 1, 0.1), ti(ir.Int32, sh(4), 0, 2, 0, 9), seqT(ir.Float32, sh(4, 3), 1, 0.2), 0, 0),
		sa("batch_dims_bf16", seqT(ir.BFloat16, sh(2, 5), 1, 0.3), ti(ir.Int32, sh(2, 3), 4, 4, -1, 0, 1, 5), seqT(ir.BFloat16, sh(2, 3), 1, 0.4), 1, 1),
		sa("i8_wraps", ti(ir.Int8, sh(2), 100, 0), ti(ir.Int32, sh(3), 0, 0, 1), ti(ir.Int8, sh(3), 20, 10, -128), 0, 0),
		sa("axis1_f64_2d_indices", seqT(ir.Float64, sh(2, 4, 3), 1, 0.5), ti(ir.Int64, sh(2, 2), 3, 3, 0, 1), seqT(ir.Float64, sh(2, 2, 2, 3), 1, 0.6), 1, 0),
		sa("empty_updates_f16", seqT(ir.Float16, sh(3), 1, 0.7), ti(ir.Int32, sh(0)), tf(ir.Float16, sh(0)), 0, 0),
		sa("f16_accumulates_wide", tf(ir.Float16, sh(1), 2048), ti(ir.Int32, sh(4), 0, 0, 0, 0), tf(ir.Float16, sh(4), 1, 1, 1, 1), 0, 0),
	)
	return cs
}
