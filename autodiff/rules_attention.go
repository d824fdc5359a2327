package autodiff

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// Attention's rule is flash-style: the forward stays one Attention value
// (a backend's fused kernel computes it) and keeps nothing of size
// (Tq, Tk); the backward rebuilds the logits from q and k with the
// decomposition's own code (passes.NewAttentionLogits: same mask, scale,
// soft cap), recomputes each query row's log-sum-exp and from it the
// probabilities, then:
//
//	dV = Pᵀ dO            D  = rowsum(dO ∘ O)      dS = P ∘ (dP - D)
//	dP = dO Vᵀ            dQ = scale · dS' K       dK = scale · dS'ᵀ Q
//
// where dS' is dS times the soft cap's derivative 1 - tanh² when SoftCap
// > 0. The forward's only saved values are its operands and its result
// (O, used by D). GQA: the G query heads of a key/value head form one
// batch entry of the dots (q reshaped to (B,Hkv,G*Tq,D) as the forward
// does), so dK and dV sum over them. Rows that see no key have P = 0 (the
// forward's guard), hence zero gradients, not NaN. A sink s_h joins the
// denominator only: its gradient is -Σ_{b,t} exp(s_h - lse) · D. The
// mask and positions are boolean and integer: no gradient.
// Everything is computed in GradType of the operands' dtype (float32 for
// bf16/f16, whose operands the dots read in their own dtype and
// accumulate in float32, as the forward's decomposition does).
func init() { rules[ir.OpAttention] = attentionRule }

func attentionRule(c *Context) []*frontend.Tensor {
	a := c.V.Attrs.(*ir.AttentionAttrs)
	l := passes.NewAttentionLogits(c.G, a, c.Args)
	s, full := l.Scores, l.Scores.Shape()
	B, Hq, Tq, D := full[0], full[1], full[2], c.Args[0].Dim(3)
	Hkv, Tk, Dv := c.Args[1].Dim(1), full[3], c.Args[2].Dim(3)
	G := Hq / Hkv

	// Row statistics: lse = m + log(Σ exp(s - m) [+ exp(sink - m)]).
	m := s.ReduceMax(3) // (B,Hq,Tq)
	if l.Sink != nil {
		m = m.Max(l.Sink)
	}
	den := s.Sub(m.BroadcastReduced(full, 3)).Exp().Sum(3)
	if l.Sink != nil {
		den = den.Add(l.Sink.Sub(m).Exp())
	}
	lse := m.Add(den.Log())
	p := s.Sub(lse.BroadcastReduced(full, 3)).Exp()
	if l.RowAny != nil {
		p = p.Mul(l.RowAny)
	}

	dout := c.DOut // GradType of the result's dtype: ct
	dog := dout.Reshape(B, Hkv, G*Tq, Dv)
	q, k, v := c.Arg(0), c.Arg(1), c.Arg(2)
	batch := []int{0, 1}
	// dV = Pᵀ dO summed over the group: (B,Hkv,Tk,Dv).
	dv := p.Reshape(B, Hkv, G*Tq, Tk).DotGeneral(dog, frontend.DotDims{LhsBatch: batch, RhsBatch: batch, LhsContract: []int{2}, RhsContract: []int{2}})
	// dP = dO Vᵀ: (B,Hq,Tq,Tk).
	dp := dog.DotGeneral(v, frontend.DotDims{LhsBatch: batch, RhsBatch: batch, LhsContract: []int{3}, RhsContract: []int{3}}).Reshape(full...)
	rowDot := dout.Mul(c.OutG()).Sum(3) // D, (B,Hq,Tq)
	ds := p.Mul(dp.Sub(rowDot.BroadcastReduced(full, 3)))
	if l.Tanh != nil {
		ds = ds.Mul(l.Tanh.Mul(l.Tanh).RSubScalar(1))
	}
	dsg := ds.Reshape(B, Hkv, G*Tq, Tk)
	dq := dsg.DotGeneral(k, frontend.DotDims{LhsBatch: batch, RhsBatch: batch, LhsContract: []int{3}, RhsContract: []int{2}}).
		Reshape(B, Hq, Tq, D).MulScalar(a.Scale)
	dk := dsg.DotGeneral(q.Reshape(B, Hkv, G*Tq, D), frontend.DotDims{LhsBatch: batch, RhsBatch: batch, LhsContract: []int{2}, RhsContract: []int{2}}).
		MulScalar(a.Scale)

	out := make([]*frontend.Tensor, len(c.Args))
	out[0], out[1], out[2] = dq, dk, dv
	if _, _, si := a.OptionalArgs(); si >= 0 {
		// d sink_h = -Σ_{b,t} p_sink · D with p_sink = exp(sink - lse).
		psink := l.Sink.Sub(lse).Exp()
		out[si] = psink.Mul(rowDot).Sum(0, 2).Neg()
	}
	return out
}
