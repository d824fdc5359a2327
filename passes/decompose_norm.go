package passes

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func init() {
	decompositions[ir.OpLayerNorm] = decomposeLayerNorm
	decompositions[ir.OpRMSNorm] = decomposeRMSNorm
}

// normAxes returns the trailing axes (negative, -r..-1) covered by a
// weight of rank r.
func normAxes(w *frontend.Tensor) []int {
	axes := make([]int, w.Rank())
	for i := range axes {
		axes[i] = i - len(axes)
	}
	return axes
}

// meanBack is the mean of x over axes (the weight w's trailing axes),
// broadcast back to x's shape.
func meanBack(x, w *frontend.Tensor, axes []int) *frontend.Tensor {
	return mean(x, w, axes).BroadcastReduced(x.Shape(), axes...)
}

// mean is the mean of x over axes (the weight w's trailing axes), reduced.
func mean(x, w *frontend.Tensor, axes []int) *frontend.Tensor {
	n := w.Shape().NumElements()
	return x.Sum(axes...).DivScalar(float64(n))
}

// rsqrtBack is rsqrt(m + eps) of a reduced statistic m, broadcast back to
// x's shape. The elementwise ops run on the reduced shape and only the
// result is broadcast: where the rsqrt is stored (a norm's backward reads
// it too) it takes one value per row, not one per element. The numbers
// are those of the broadcast-first order (the same ops on the same values).
func rsqrtBack(m, x *frontend.Tensor, eps float64, axes []int) *frontend.Tensor {
	return m.AddScalar(eps).Rsqrt().BroadcastReduced(x.Shape(), axes...)
}

// decomposeLayerNorm: (x - mean) * rsqrt(var + eps) * weight + bias over the
// trailing dims of weight's rank, with the biased variance mean((x-mean)^2)
// (two passes, as torch.nn.functional.layer_norm). f16/bf16 compute in f32,
// affine included, and round once.
func decomposeLayerNorm(_ *frontend.Graph, v *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
	eps := v.Attrs.(*ir.NormAttrs).Eps
	ct := computeType(v.Type.DType)
	x, w, bias := args[0].AsType(ct), args[1].AsType(ct), args[2].AsType(ct)
	axes := normAxes(w)
	d := x.Sub(meanBack(x, w, axes))
	y := d.Mul(rsqrtBack(mean(d.Mul(d), w, axes), d, eps, axes))
	return y.Mul(w).Add(bias).AsType(v.Type.DType)
}

// decomposeRMSNorm follows Hugging Face's LlamaRMSNorm: h = x in f32 (for
// f16/bf16; f32 and f64 keep their dtype); h = h * rsqrt(mean(h^2) + eps)
// over the trailing dims of weight's rank; result = weight * h converted
// back to x's dtype (so half-precision inputs round before the weight).
func decomposeRMSNorm(_ *frontend.Graph, v *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
	eps := v.Attrs.(*ir.NormAttrs).Eps
	dt := v.Type.DType
	h, w := args[0].AsType(computeType(dt)), args[1]
	axes := normAxes(w)
	h = h.Mul(rsqrtBack(mean(h.Mul(h), w, axes), h, eps, axes))
	return w.BroadcastTo(v.Type.Shape...).Mul(h.AsType(dt))
}
