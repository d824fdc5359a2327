package backendtest

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// dotRef is DotGeneral computed one output at a time: floats in float64,
// integers in int64 then wrapped to the result dtype.
func dotRef(l, r *tensor.Tensor, a *ir.DotAttrs) *tensor.Tensor {
	isIn := func(d int, lists ...[]int) bool {
		for _, l := range lists {
			for _, x := range l {
				if x == d {
					return true
				}
			}
		}
		return false
	}
	var lfree, rfree []int
	for d := range l.Shape {
		if !isIn(d, a.LhsBatch, a.LhsContract) {
			lfree = append(lfree, d)
		}
	}
	for d := range r.Shape {
		if !isIn(d, a.RhsBatch, a.RhsContract) {
			rfree = append(rfree, d)
		}
	}
	out := ir.Shape{}
	for _, d := range a.LhsBatch {
		out = append(out, l.Shape[d])
	}
	for _, d := range lfree {
		out = append(out, l.Shape[d])
	}
	for _, d := range rfree {
		out = append(out, r.Shape[d])
	}
	var cshape ir.Shape = ir.Shape{}
	for _, d := range a.LhsContract {
		cshape = append(cshape, l.Shape[d])
	}
	fs := make([]float64, out.NumElements())
	is := make([]int64, out.NumElements())
	li, ri := make([]int, len(l.Shape)), make([]int, len(r.Shape))
	forEach(out, func(o []int) {
		k := 0
		for i := range a.LhsBatch {
			li[a.LhsBatch[i]], ri[a.RhsBatch[i]] = o[k], o[k]
			k++
		}
		for _, d := range lfree {
			li[d] = o[k]
			k++
		}
		for _, d := range rfree {
			ri[d] = o[k]
			k++
		}
		at := offset(out, o)
		forEach(cshape, func(c []int) {
			for i, x := range c {
				li[a.LhsContract[i]], ri[a.RhsContract[i]] = x, x
			}
			if l.DType.IsFloat() {
				fs[at] += getF(l, li...) * getF(r, ri...)
			} else {
				is[at] += getI(l, li...) * getI(r, ri...)
			}
		})
	})
	if l.DType.IsFloat() {
		return tf(a.Out, out, fs...)
	}
	return ti(a.Out, out, is...)
}

func dotCases() []opCase {
	dt := func(name string, l, r *tensor.Tensor, a *ir.DotAttrs) opCase {
		return simple(name, ir.OpDotGeneral, a, l, r).withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor { return dotRef(in[0], in[1], a) }))
	}
	mm := func(out ir.DType) *ir.DotAttrs {
		return &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{0}, Out: out}
	}
	return []opCase{
		simple("matmul_literal", ir.OpDotGeneral, mm(ir.Float32), tf(ir.Float32, sh(2, 3), 1, 2, 3, 4, 5, 6), tf(ir.Float32, sh(3, 2), 1, 0, 0, 1, 1, 1)).
			expect(tf(ir.Float32, sh(2, 2), 4, 5, 10, 11)),
		simple("i8_to_i32_literal", ir.OpDotGeneral, mm(ir.Int32), ti(ir.Int8, sh(1, 2), 100, -128), ti(ir.Int8, sh(2, 1), 100, -128)).
			expect(ti(ir.Int32, sh(1, 1), 26384)),
		simple("i8_to_i8_wraps_literal", ir.OpDotGeneral, mm(ir.Int8), ti(ir.Int8, sh(1, 2), 100, 100), ti(ir.Int8, sh(2, 1), 100, 100)).
			expect(ti(ir.Int8, sh(1, 1), 32)),
		simple("u8_unsigned_literal", ir.OpDotGeneral, mm(ir.Int32), ti(ir.Uint8, sh(1, 1), 200), ti(ir.Uint8, sh(1, 1), 200)).
			expect(ti(ir.Int32, sh(1, 1), 40000)),
		simple("empty_contraction_literal", ir.OpDotGeneral, mm(ir.Float32), tf(ir.Float32, sh(2, 0)), tf(ir.Float32, sh(0, 3))).
			expect(tf(ir.Float32, sh(2, 3), 0, 0, 0, 0, 0, 0)),
		dt("matmul_odd_f32", seqT(ir.Float32, sh(7, 13), 1, 0.1), seqT(ir.Float32, sh(13, 5), 1, 0.2), mm(ir.Float32)),
		dt("batched_bf16_to_f32", seqT(ir.BFloat16, sh(2, 3, 4), 1, 0.3), seqT(ir.BFloat16, sh(2, 4, 5), 1, 0.4),
			&ir.DotAttrs{LhsBatch: []int{0}, RhsBatch: []int{0}, LhsContract: []int{2}, RhsContract: []int{1}, Out: ir.Float32}),
		dt("transposed_f64", seqT(ir.Float64, sh(4, 3), 1, 0.5), seqT(ir.Float64, sh(5, 4), 1, 0.6),
			&ir.DotAttrs{LhsContract: []int{0}, RhsContract: []int{1}, Out: ir.Float64}),
		dt("two_contracting_f32", seqT(ir.Float32, sh(2, 3, 4), 1, 0.7), seqT(ir.Float32, sh(3, 4, 5), 1, 0.8),
			&ir.DotAttrs{LhsContract: []int{1, 2}, RhsContract: []int{0, 1}, Out: ir.Float32}),
		dt("inner_batch_f32", seqT(ir.Float32, sh(3, 2, 4), 1, 0.9), seqT(ir.Float32, sh(4, 2, 5), 1, 1.0),
			&ir.DotAttrs{LhsBatch: []int{1}, RhsBatch: []int{1}, LhsContract: []int{2}, RhsContract: []int{0}, Out: ir.Float32}),
		dt("vector_dot_f32", seqT(ir.Float32, sh(5), 1, 1.1), seqT(ir.Float32, sh(5), 1, 1.2),
			&ir.DotAttrs{LhsContract: []int{0}, RhsContract: []int{0}, Out: ir.Float32}),
		dt("outer_product_f16", seqT(ir.Float16, sh(3), 1, 1.3), seqT(ir.Float16, sh(4), 1, 1.4), &ir.DotAttrs{Out: ir.Float16}),
		dt("bf16_to_bf16", seqT(ir.BFloat16, sh(3, 16), 1, 1.5), seqT(ir.BFloat16, sh(16, 2), 1, 1.6), mm(ir.BFloat16)),
		dt("f16_long_accumulation", seqT(ir.Float16, sh(2, 300), 1, 1.7), seqT(ir.Float16, sh(300, 2), 1, 1.8), mm(ir.Float16)),
		dt("i32_to_i64", ti(ir.Int32, sh(2, 2), 100000, -3, 7, 1<<30), ti(ir.Int32, sh(2, 2), 100000, 5, 4, 4), mm(ir.Int64)),
		dt("i32_wraps", ti(ir.Int32, sh(2, 2), 100000, -3, 7, 1<<30), ti(ir.Int32, sh(2, 2), 100000, 5, 4, 4), mm(ir.Int32)),
		dt("i64_batched", ti(ir.Int64, sh(2, 2, 3), seqInts(12)...), ti(ir.Int64, sh(2, 3), -1, 2, -3, 4, -5, 6),
			&ir.DotAttrs{LhsBatch: []int{0}, RhsBatch: []int{0}, LhsContract: []int{2}, RhsContract: []int{1}, Out: ir.Int64}),
		dt("empty_batch_f32", tf(ir.Float32, sh(0, 2, 3)), tf(ir.Float32, sh(0, 3)),
			&ir.DotAttrs{LhsBatch: []int{0}, RhsBatch: []int{0}, LhsContract: []int{2}, RhsContract: []int{1}, Out: ir.Float32}),
	}
}

// convRef is the N-d cross-correlation of the op table, written as loops
// over (output position, input channel in the group, kernel offset).
func convRef(x, k *tensor.Tensor, a *ir.ConvAttrs) *tensor.Tensor {
	nsp := len(x.Shape) - 2
	out := ir.Shape{x.Shape[0], k.Shape[0]}
	for d := 0; d < nsp; d++ {
		span := (k.Shape[2+d]-1)*a.Dilation[d] + 1
		n := x.Shape[2+d] + a.PadLow[d] + a.PadHigh[d] - span
		if n < 0 {
			out = append(out, 0)
		} else {
			out = append(out, n/a.Strides[d]+1)
		}
	}
	cin := k.Shape[1]
	opg := k.Shape[0] / a.Groups
	vals := make([]float64, out.NumElements())
	forEach(out, func(o []int) {
		g := o[1] / opg
		var sum float64
		forEach(k.Shape[1:], func(kc []int) {
			xi := []int{o[0], g*cin + kc[0]}
			for d := 0; d < nsp; d++ {
				p := o[2+d]*a.Strides[d] - a.PadLow[d] + kc[1+d]*a.Dilation[d]
				if p < 0 || p >= x.Shape[2+d] {
					return
				}
				xi = append(xi, p)
			}
			ki := append([]int{o[1]}, kc...)
			sum += getF(x, xi...) * getF(k, ki...)
		})
		vals[offset(out, o)] = sum
	})
	return tf(x.DType, out, vals...)
}

func convCases() []opCase {
	cv := func(name string, x, k *tensor.Tensor, stride, lo, hi, dil []int, groups int) opCase {
		a := &ir.ConvAttrs{Strides: stride, PadLow: lo, PadHigh: hi, Dilation: dil, Groups: groups}
		return simple(name, ir.OpConv, a, x, k).withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor { return convRef(in[0], in[1], a) }))
	}
	one := []int{1}
	zero := []int{0}
	return []opCase{
		simple("literal_1d", ir.OpConv, &ir.ConvAttrs{Strides: one, PadLow: zero, PadHigh: zero, Dilation: one, Groups: 1},
			tf(ir.Float32, sh(1, 1, 5), 1, 2, 4, 8, 16), tf(ir.Float32, sh(1, 1, 2), 1, -1)).
			expect(tf(ir.Float32, sh(1, 1, 4), -1, -2, -4, -8)),
		simple("literal_padded_strided", ir.OpConv, &ir.ConvAttrs{Strides: []int{2}, PadLow: one, PadHigh: one, Dilation: one, Groups: 1},
			tf(ir.Float32, sh(1, 1, 4), 1, 2, 3, 4), tf(ir.Float32, sh(1, 1, 3), 1, 1, 1)).
			expect(tf(ir.Float32, sh(1, 1, 2), 3, 9)),
		cv("whisper_conv1d_f32", seqT(ir.Float32, sh(2, 3, 7), 1, 0.1), seqT(ir.Float32, sh(4, 3, 3), 1, 0.2), one, one, one, one, 1),
		cv("whisper_conv1d_stride2_bf16", seqT(ir.BFloat16, sh(1, 3, 7), 1, 0.3), seqT(ir.BFloat16, sh(4, 3, 3), 1, 0.4), []int{2}, one, one, one, 1),
		cv("vit_patch_embed_f32", seqT(ir.Float32, sh(1, 3, 4, 4), 1, 0.5), seqT(ir.Float32, sh(2, 3, 2, 2), 1, 0.6), []int{2, 2}, []int{0, 0}, []int{0, 0}, []int{1, 1}, 1),
		cv("groups_f64", seqT(ir.Float64, sh(1, 4, 5), 1, 0.7), seqT(ir.Float64, sh(6, 2, 2), 1, 0.8), one, zero, zero, one, 2),
		cv("depthwise_2d_f32", seqT(ir.Float32, sh(2, 3, 5, 4), 1, 0.9), seqT(ir.Float32, sh(3, 1, 3, 3), 1, 1.0), []int{1, 1}, []int{1, 1}, []int{1, 1}, []int{1, 1}, 3),
		cv("dilation_f32", seqT(ir.Float32, sh(1, 2, 9), 1, 1.1), seqT(ir.Float32, sh(2, 2, 3), 1, 1.2), one, []int{2}, []int{2}, []int{2}, 1),
		cv("negative_and_asymmetric_padding_f16", seqT(ir.Float16, sh(1, 1, 7), 1, 1.3), seqT(ir.Float16, sh(1, 1, 2), 1, 1.4), []int{2}, []int{-1}, []int{2}, one, 1),
		cv("empty_output_f32", seqT(ir.Float32, sh(1, 1, 2), 1, 1.5), seqT(ir.Float32, sh(1, 1, 3), 1, 1.6), one, zero, zero, one, 1),
		cv("odd_3d_f32", seqT(ir.Float32, sh(1, 2, 3, 4, 5), 1, 1.7), seqT(ir.Float32, sh(2, 2, 2, 3, 2), 1, 1.8), []int{1, 2, 1}, []int{0, 1, 0}, []int{1, 0, 1}, []int{1, 1, 2}, 1),
	}
}
