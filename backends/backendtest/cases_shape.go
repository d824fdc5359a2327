package backendtest

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

func shapeCases() []opCase {
	var cs []opCase
	// BroadcastInDim: scalar, row, column, size-1 dims, empty result.
	bc := func(name string, in *tensor.Tensor, shape ir.Shape, dims []int) opCase {
		return simple(name, ir.OpBroadcastInDim, &ir.BroadcastAttrs{Shape: shape, Dims: dims}, in).withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor {
			x := in[0]
			return permuteRef(x, shape, func(idx []int) []int {
				s := make([]int, len(dims))
				for i, d := range dims {
					if x.Shape[i] > 1 {
						s[i] = idx[d]
					}
				}
				return s
			})
		}))
	}
	cs = append(cs,
		simple("scalar_literal", ir.OpBroadcastInDim, &ir.BroadcastAttrs{Shape: sh(2, 3)}, tf(ir.Float32, nil, 2.5)).
			expect(tf(ir.Float32, sh(2, 3), 2.5, 2.5, 2.5, 2.5, 2.5, 2.5)),
		simple("row_literal", ir.OpBroadcastInDim, &ir.BroadcastAttrs{Shape: sh(2, 3), Dims: []int{1}}, ti(ir.Int32, sh(3), 1, 2, 3)).
			expect(ti(ir.Int32, sh(2, 3), 1, 2, 3, 1, 2, 3)),
		simple("column_literal", ir.OpBroadcastInDim, &ir.BroadcastAttrs{Shape: sh(2, 3), Dims: []int{0}}, ti(ir.Int32, sh(2), 1, 2)).
			expect(ti(ir.Int32, sh(2, 3), 1, 1, 1, 2, 2, 2)),
		bc("scalar_bf16", tf(ir.BFloat16, nil, -1.25), sh(4, 1, 3), nil),
		bc("size1_dims_f32", seqT(ir.Float32, sh(1, 13), 1, 0.4), sh(7, 13), []int{0, 1}),
		bc("middle_f16", seqT(ir.Float16, sh(2, 1, 4), 1, 0.5), sh(2, 5, 4), []int{0, 1, 2}),
		bc("insert_dims_i64", ti(ir.Int64, sh(3), -1, 0, 1<<40), sh(2, 3, 4), []int{1}),
		bc("bool", tb(sh(2, 1), true, false), sh(3, 2, 2), []int{1, 2}),
		bc("u8_to_empty", ti(ir.Uint8, sh(3), 1, 2, 3), sh(0, 3), []int{1}),
		bc("same_shape_f64", seqT(ir.Float64, sh(3, 2), 1, 0.6), sh(3, 2), []int{0, 1}),
	)
	// Reshape keeps the row-major element order.
	rs := func(name string, in *tensor.Tensor, shape ir.Shape) opCase {
		want := in.Clone()
		want.Shape = shape
		return simple(name, ir.OpReshape, &ir.ReshapeAttrs{Shape: shape}, in).expect(want).signedZeros()
	}
	cs = append(cs,
		rs("f32_2x3_to_3x2", tf(ir.Float32, sh(2, 3), 1, 2, 3, 4, negZ, nan), sh(3, 2)),
		rs("i8_insert_ones", ti(ir.Int8, sh(6), 1, 2, 3, 4, 5, 6), sh(1, 6, 1)),
		rs("scalar_to_1", tf(ir.BFloat16, nil, 3), sh(1)),
		rs("1x1_to_scalar", ti(ir.Int64, sh(1, 1), -9), nil),
		rs("empty", tb(sh(0, 4)), sh(4, 0, 2)),
		rs("odd_f16", seqT(ir.Float16, sh(7, 13), 2, 0.1), sh(13, 7)),
	)
	// Transpose: result dim i = operand dim perm[i].
	tr := func(name string, in *tensor.Tensor, perm []int) opCase {
		out := make(ir.Shape, len(perm))
		for i, p := range perm {
			out[i] = in.Shape[p]
		}
		return simple(name, ir.OpTranspose, &ir.TransposeAttrs{Perm: perm}, in).withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor {
			return permuteRef(in[0], out, func(idx []int) []int {
				s := make([]int, len(perm))
				for i, p := range perm {
					s[p] = idx[i]
				}
				return s
			})
		}))
	}
	cs = append(cs,
		simple("literal_2x3", ir.OpTranspose, &ir.TransposeAttrs{Perm: []int{1, 0}}, ti(ir.Int32, sh(2, 3), 1, 2, 3, 4, 5, 6)).
			expect(ti(ir.Int32, sh(3, 2), 1, 4, 2, 5, 3, 6)),
		tr("rank3_f32", seqT(ir.Float32, sh(2, 3, 4), 1, 0.2), []int{2, 0, 1}),
		tr("odd_i8", ti(ir.Int8, sh(7, 13), seqInts(91)...), []int{1, 0}),
		tr("rank4_bf16", seqT(ir.BFloat16, sh(2, 3, 1, 5), 1, 0.3), []int{0, 2, 3, 1}),
		tr("empty_bool", tb(sh(0, 3)), []int{1, 0}),
		tr("identity_f64", seqT(ir.Float64, sh(3, 2), 1, 0.3), []int{0, 1}),
	)
	// Slice with strides.
	sl := func(name string, in *tensor.Tensor, start, limit, stride []int) opCase {
		out := make(ir.Shape, len(start))
		for d := range start {
			out[d] = (limit[d] - start[d] + stride[d] - 1) / stride[d]
		}
		return simple(name, ir.OpSlice, &ir.SliceAttrs{Start: start, Limit: limit, Stride: stride}, in).withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor {
			return permuteRef(in[0], out, func(idx []int) []int {
				s := make([]int, len(idx))
				for d := range idx {
					s[d] = start[d] + idx[d]*stride[d]
				}
				return s
			})
		}))
	}
	cs = append(cs,
		simple("literal", ir.OpSlice, &ir.SliceAttrs{Start: []int{1}, Limit: []int{6}, Stride: []int{2}}, ti(ir.Int32, sh(7), 0, 1, 2, 3, 4, 5, 6)).
			expect(ti(ir.Int32, sh(3), 1, 3, 5)),
		sl("odd_strided_f32", seqT(ir.Float32, sh(7, 13), 1, 0.7), []int{1, 2}, []int{6, 13}, []int{2, 3}),
		sl("empty_result_i64", ti(ir.Int64, sh(4, 3), seqInts(12)...), []int{2, 0}, []int{2, 3}, []int{1, 1}),
		sl("full_bf16", seqT(ir.BFloat16, sh(3, 3), 1, 0.1), []int{0, 0}, []int{3, 3}, []int{1, 1}),
		sl("rank3_u8", ti(ir.Uint8, sh(3, 4, 5), seqInts(60)...), []int{0, 1, 4}, []int{3, 4, 5}, []int{2, 2, 5}),
		sl("scalar", tf(ir.Float16, nil, 7), []int{}, []int{}, []int{}),
	)
	// Concat along an axis, with an empty operand.
	ct := func(name string, axis int, in ...*tensor.Tensor) opCase {
		out := in[0].Shape.Clone()
		for _, t := range in[1:] {
			out[axis] += t.Shape[axis]
		}
		return simple(name, ir.OpConcat, &ir.ConcatAttrs{Axis: axis}, in...).withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor {
			res := zeros(in[0].DType, out)
			base := 0
			for _, t := range in {
				forEach(t.Shape, func(idx []int) {
					o := append([]int(nil), idx...)
					o[axis] += base
					copy(elem(res, o), elem(t, idx))
				})
				base += t.Shape[axis]
			}
			return res
		}))
	}
	cs = append(cs,
		simple("literal", ir.OpConcat, &ir.ConcatAttrs{Axis: 0}, ti(ir.Int32, sh(2), 1, 2), ti(ir.Int32, sh(1), 3)).expect(ti(ir.Int32, sh(3), 1, 2, 3)),
		ct("axis1_three_f32", 1, seqT(ir.Float32, sh(7, 2), 1, 0.1), seqT(ir.Float32, sh(7, 0), 1, 0.2), seqT(ir.Float32, sh(7, 11), 1, 0.3)),
		ct("axis0_bool", 0, tb(sh(1, 2), true, false), tb(sh(2, 2), false, true, true, true)),
		ct("axis2_bf16", 2, seqT(ir.BFloat16, sh(2, 3, 1), 1, 0.4), seqT(ir.BFloat16, sh(2, 3, 4), 1, 0.5)),
		ct("single_i64", 0, ti(ir.Int64, sh(2), 5, 6)),
		ct("all_empty_f16", 0, tf(ir.Float16, sh(0, 2)), tf(ir.Float16, sh(0, 2))),
	)
	// Pad: low, high (negative crops), interior.
	pd := func(name string, in, val *tensor.Tensor, lo, hi, interior []int) opCase {
		out := make(ir.Shape, len(lo))
		for d := range lo {
			n := in.Shape[d]
			core := 0
			if n > 0 {
				core = n + (n-1)*interior[d]
			}
			out[d] = lo[d] + core + hi[d]
		}
		return simple(name, ir.OpPad, &ir.PadAttrs{Low: lo, High: hi, Interior: interior}, in, val).withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor {
			res := zeros(in[0].DType, out)
			forEach(out, func(idx []int) { copy(elem(res, idx), in[1].Data) })
			forEach(in[0].Shape, func(idx []int) {
				o := make([]int, len(idx))
				for d, x := range idx {
					o[d] = lo[d] + x*(interior[d]+1)
					if o[d] < 0 || o[d] >= out[d] {
						return // cropped
					}
				}
				copy(elem(res, o), elem(in[0], idx))
			})
			return res
		}))
	}
	cs = append(cs,
		simple("literal_interior", ir.OpPad, &ir.PadAttrs{Low: []int{1}, High: []int{2}, Interior: []int{1}}, ti(ir.Int32, sh(3), 1, 2, 3), ti(ir.Int32, nil, 9)).
			expect(ti(ir.Int32, sh(8), 9, 1, 9, 2, 9, 3, 9, 9)),
		simple("literal_crop", ir.OpPad, &ir.PadAttrs{Low: []int{-1}, High: []int{-2}, Interior: []int{0}}, tf(ir.Float32, sh(5), 1, 2, 3, 4, 5), tf(ir.Float32, nil, 0)).
			expect(tf(ir.Float32, sh(2), 2, 3)),
		pd("2d_mixed_f32", seqT(ir.Float32, sh(3, 4), 1, 0.3), tf(ir.Float32, nil, -inf), []int{2, -1}, []int{0, 3}, []int{1, 2}),
		pd("bf16", seqT(ir.BFloat16, sh(2, 5), 1, 0.9), tf(ir.BFloat16, nil, 0.5), []int{1, 0}, []int{1, 0}, []int{0, 0}),
		pd("empty_operand_i8", ti(ir.Int8, sh(0, 2)), ti(ir.Int8, nil, -3), []int{2, 1}, []int{1, 0}, []int{3, 0}),
		pd("bool", tb(sh(2), true, true), tb(nil, false), []int{1}, []int{1}, []int{2}),
		pd("crop_all_f64", seqT(ir.Float64, sh(3), 1, 0.2), tf(ir.Float64, nil, 1), []int{-2}, []int{-1}, []int{0}),
	)
	return cs
}

// seqInts is 0, 1, ..., n-1.
func seqInts(n int) []int64 {
	out := make([]int64, n)
	for i := range out {
		out[i] = int64(i)
	}
	return out
}
