package passes

import "github.com/kiln-ml/kiln/ir"

func init() {
	decompositions[ir.OpLayerNorm] = decomposeLayerNorm
	decompositions[ir.OpRMSNorm] = decomposeRMSNorm
}

// normAxes returns the trailing axes of x covered by the weight operand w
// and the number of elements they hold.
func normAxes(x, w *ir.Value) ([]int, int) {
	r := w.Type.Shape.Rank()
	return trailingAxes(x.Type.Shape.Rank(), r), w.Type.Shape.NumElements()
}

// mean reduces x over axes and divides by n (the element count), then
// broadcasts the result back to x's shape.
func (b *builder) meanBack(x *ir.Value, axes []int, n int) *ir.Value {
	s := b.reduce(ir.ReduceSum, x, axes...)
	m := b.div(s, b.like(s, float64(n)))
	return b.bcastBack(m, x.Type.Shape, axes)
}

// decomposeLayerNorm: (x - mean) * rsqrt(var + eps) * weight + bias over the
// trailing dims of weight's rank, with the biased variance mean((x-mean)^2)
// (two passes, as torch.nn.functional.layer_norm). f16/bf16 compute in f32,
// affine included, and round once.
func decomposeLayerNorm(b *builder, v *ir.Value) *ir.Value {
	eps := v.Attrs.(*ir.NormAttrs).Eps
	ct := computeType(v.Type.DType)
	x := b.convert(v.Args[0], ct)
	w := b.convert(v.Args[1], ct)
	bias := b.convert(v.Args[2], ct)
	axes, n := normAxes(x, w)
	d := b.sub(x, b.meanBack(x, axes, n))
	variance := b.meanBack(b.mul(d, d), axes, n)
	inv := b.unary(ir.OpRsqrt, b.add(variance, b.like(variance, eps)))
	y := b.mul(d, inv)
	y = b.mul(y, b.bcast(w, x.Type.Shape, axes...))
	y = b.add(y, b.bcast(bias, x.Type.Shape, axes...))
	return b.convert(y, v.Type.DType)
}

// decomposeRMSNorm follows Hugging Face's LlamaRMSNorm: h = x in f32 (for
// f16/bf16; f32 and f64 keep their dtype); h = h * rsqrt(mean(h^2) + eps)
// over the trailing dims of weight's rank; result = weight * h converted
// back to x's dtype (so half-precision inputs round before the weight).
func decomposeRMSNorm(b *builder, v *ir.Value) *ir.Value {
	eps := v.Attrs.(*ir.NormAttrs).Eps
	dt := v.Type.DType
	h := b.convert(v.Args[0], computeType(dt))
	w := v.Args[1]
	axes, n := normAxes(h, w)
	ms := b.meanBack(b.mul(h, h), axes, n)
	h = b.mul(h, b.unary(ir.OpRsqrt, b.add(ms, b.like(ms, eps))))
	return b.mul(b.bcast(w, v.Type.Shape, axes...), b.convert(h, dt))
}
