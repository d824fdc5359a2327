package autodiff

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// Fused backward rules for composites: they use the forward result instead
// of the decomposition's intermediates (one stored tensor, not four).
// layer_norm and rms_norm have theirs in rules_norm.go, attention in
// rules_attention.go; Gelu and Silu are differentiated through their
// decomposition.
func init() {
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
