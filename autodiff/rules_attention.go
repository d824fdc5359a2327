package autodiff

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// Attention's rule is flash-style: the forward stays one Attention value
// (a backend's fused kernel computes it) and keeps nothing of size
// (Tq, Tk); the backward is passes.AttentionGradients, which rebuilds the
// probabilities from q, k and each row's log-sum-exp.
//
// Without sinks it is emitted as three AttentionGrad values (dq, dk, dv)
// on q, k, v, the forward's output and the output's cotangent rounded to
// the operands' dtype (torch's SDPA backward takes a bf16 grad_output
// under autocast): a backend with a fused attention backward (XLA's cuDNN
// flash attention) runs them as one kernel, and the others decompose them
// into AttentionGradients' primitives, shared by CSE. With sinks (whose
// gradient AttentionGrad does not return) the primitives are emitted here.
// The mask and positions are boolean and integer: no gradient.
func init() { rules[ir.OpAttention] = attentionRule }

func attentionRule(c *Context) []*frontend.Tensor {
	a := c.V.Attrs.(*ir.AttentionAttrs)
	out := make([]*frontend.Tensor, len(c.Args))
	if a.HasSinks {
		gr := passes.AttentionGradients(c.G, a, c.Args, c.Out, c.DOut)
		out[0], out[1], out[2] = gr.DQ, gr.DK, gr.DV
		_, _, si := a.OptionalArgs()
		out[si] = gr.DSinks
		return out
	}
	do := c.DOut.AsType(c.Out.DType())
	args := append([]*frontend.Tensor{c.Args[0], c.Args[1], c.Args[2], c.Out, do}, c.Args[3:]...)
	for wrt := range 3 {
		out[wrt] = c.G.Emit(ir.OpAttentionGrad, ir.NewAttentionGradAttrs(a, wrt), args...)
	}
	return out
}
