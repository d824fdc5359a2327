package autodiff

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// Fused backward rules for layer_norm and rms_norm: they recompute the
// row statistics from x instead of keeping the decomposition's
// intermediates, and give the weight's (and bias') gradient as one sum over
// the leading axes. They compute in float32 for half-precision operands,
// as the forward does; the rounding of RMSNorm's normalised value to x's
// dtype before the weight is taken as the identity (straight-through).
func init() {
	rules[ir.OpLayerNorm] = func(c *Context) []*frontend.Tensor {
		eps := c.V.Attrs.(*ir.NormAttrs).Eps
		x, w, g := c.Arg(0), c.Arg(1).AsType(GradType(c.Args[0].DType())), c.DOut
		axes, lead := normAxes(x, w)
		mean := meanOver(x, axes)
		d := x.Sub(mean)
		rstd := rsqrtOver(d.Mul(d), axes, eps)
		xhat := d.Mul(rstd)
		dxhat := g.Mul(w)
		dx := rstd.Mul(dxhat.Sub(meanOver(dxhat, axes)).Sub(xhat.Mul(meanOver(dxhat.Mul(xhat), axes))))
		return grads(dx, sumLeading(g.Mul(xhat), lead), sumLeading(g, lead))
	}
	rules[ir.OpRMSNorm] = func(c *Context) []*frontend.Tensor {
		eps := c.V.Attrs.(*ir.NormAttrs).Eps
		x, w, g := c.Arg(0), c.Arg(1).AsType(GradType(c.Args[0].DType())), c.DOut
		axes, lead := normAxes(x, w)
		r := rsqrtOver(x.Mul(x), axes, eps)
		xn := x.Mul(r)
		dxn := g.Mul(w)
		dx := r.Mul(dxn.Sub(xn.Mul(meanOver(dxn.Mul(xn), axes))))
		return grads(dx, sumLeading(g.Mul(xn), lead))
	}
}

// normAxes returns the axes of x a norm with weight w normalises over
// (w's rank trailing axes) and the leading ones the weight is shared by.
func normAxes(x, w *frontend.Tensor) (axes, lead []int) {
	for i := 0; i < x.Rank(); i++ {
		if i < x.Rank()-w.Rank() {
			lead = append(lead, i)
		} else {
			axes = append(axes, i)
		}
	}
	return axes, lead
}

// meanOver is the mean of t over axes, broadcast back to t's shape.
func meanOver(t *frontend.Tensor, axes []int) *frontend.Tensor {
	if len(axes) == 0 {
		return t
	}
	n := 1
	for _, a := range axes {
		n *= t.Dim(a)
	}
	return t.Sum(axes...).DivScalar(float64(n)).BroadcastReduced(t.Shape(), axes...)
}

// rsqrtOver is rsqrt(mean(t) + eps) over axes, broadcast back to t's
// shape: the statistic, eps and rsqrt on the reduced shape (one value per
// row, as passes' norm decompositions compute it, so that CSE merges the
// two), and only the result broadcast.
func rsqrtOver(t *frontend.Tensor, axes []int, eps float64) *frontend.Tensor {
	n := 1
	for _, a := range axes {
		n *= t.Dim(a)
	}
	return t.Sum(axes...).DivScalar(float64(n)).AddScalar(eps).Rsqrt().BroadcastReduced(t.Shape(), axes...)
}

// sumLeading sums t over the leading axes (none: t itself).
func sumLeading(t *frontend.Tensor, lead []int) *frontend.Tensor {
	if len(lead) == 0 {
		return t
	}
	return t.Sum(lead...)
}
