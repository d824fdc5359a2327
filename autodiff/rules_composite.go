package autodiff

import (
	"math"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// Fused backward rules for composites: they use the forward result instead
// of the decomposition's intermediates (one stored tensor, not four).
// layer_norm and rms_norm have theirs in rules_norm.go, attention in
// rules_attention.go. Gelu and Silu differentiate from their operand
// alone (the derivative recomputed in float32 from x, as torch's
// gelu_backward and silu_backward do), so the backward keeps x in its own
// dtype — the bf16 pre-activation under autocast — instead of the
// float32 intermediates of their decompositions (x as float32, tanh or
// sigmoid of it), each the size of the MLP's widest activation.
func init() {
	rules[ir.OpGelu] = func(c *Context) []*frontend.Tensor {
		x := c.Arg(0)
		g := c.DOut.AsType(x.DType())
		if c.V.Attrs.(*ir.GeluAttrs).Approx == ir.GeluTanh {
			// u = k(x + a x^3), t = tanh(u):
			// d/dx 0.5 x (1 + t) = 0.5 (1 + t) + 0.5 x (1 - t^2) k (1 + 3a x^2)
			const k, a = 0.7978845608028654, 0.044715 // sqrt(2/pi)
			x2 := x.Square()
			t := x.Mul(x2.MulScalar(a).AddScalar(1)).MulScalar(k).Tanh()
			du := x2.MulScalar(3 * a).AddScalar(1).MulScalar(k)
			d := t.AddScalar(1).MulScalar(0.5).Add(x.MulScalar(0.5).Mul(t.Square().RSubScalar(1)).Mul(du))
			return grads(g.Mul(d))
		}
		// d/dx x Phi(x) = Phi(x) + x phi(x)
		cdf := x.MulScalar(1 / math.Sqrt2).Erf().AddScalar(1).MulScalar(0.5)
		pdf := x.Square().MulScalar(-0.5).Exp().MulScalar(1 / math.Sqrt(2*math.Pi))
		return grads(g.Mul(cdf.Add(x.Mul(pdf))))
	}
	// silu: d/dx x s(x) = s(x) (1 + x (1 - s(x))).
	rules[ir.OpSilu] = func(c *Context) []*frontend.Tensor {
		x := c.Arg(0)
		g := c.DOut.AsType(x.DType())
		s := x.Sigmoid()
		return grads(g.Mul(s.Mul(x.Mul(s.RSubScalar(1)).AddScalar(1))))
	}
	// softmax: dx = y * (g - sum(g * y)) along the axis.
	rules[ir.OpSoftmax] = func(c *Context) []*frontend.Tensor {
		axis := c.V.Attrs.(*ir.AxisAttrs).Axis
		y, g := c.OutG(), c.DOut
		dot := g.Mul(y).Sum(axis).BroadcastReduced(y.Shape(), axis)
		return grads(y.Mul(g.Sub(dot)))
	}
	// log_softmax: dx = g - exp(y) * sum(g) along the axis.
	rules[ir.OpLogSoftmax] = func(c *Context) []*frontend.Tensor {
		axis := c.V.Attrs.(*ir.AxisAttrs).Axis
		y, g := c.OutG(), c.DOut
		sum := g.Sum(axis).BroadcastReduced(y.Shape(), axis)
		return grads(g.Sub(y.Exp().Mul(sum)))
	}
}
