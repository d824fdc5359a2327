package passes

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func init() { decompositions[ir.OpAttentionGrad] = decomposeAttentionGrad }

// decomposeAttentionGrad expands AttentionGrad into AttentionGradients'
// primitives and keeps the operand it is for, rounded to q's dtype. The
// three gradients of one Attention expand to the same values up to their
// last dots, which CSE then shares.
func decomposeAttentionGrad(g *frontend.Graph, v *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
	a := v.Attrs.(*ir.AttentionGradAttrs)
	fwd := append(append([]*frontend.Tensor{}, args[:3]...), args[5:]...)
	gr := AttentionGradients(g, a.Forward(), fwd, args[3], args[4])
	return []*frontend.Tensor{gr.DQ, gr.DK, gr.DV}[a.Wrt].AsType(args[0].DType())
}

// AttentionGrads are the cotangents AttentionGradients returns, in the
// compute dtype (float32 for f16/bf16 operands).
type AttentionGrads struct {
	DQ, DK, DV *frontend.Tensor
	DSinks     *frontend.Tensor // nil without sinks
}

// AttentionGradients builds the flash-style backward of Attention with
// attributes a on its operands args (q, k, v and the optional ones, as
// Attention takes them), its output o and the output's cotangent do. It
// keeps nothing of size (Tq, Tk) from the forward: it rebuilds the logits
// from q and k with NewAttentionLogits (same mask, scale, soft cap),
// recomputes each query row's log-sum-exp and from it the probabilities,
// then:
//
//	dV = Pᵀ dO            D  = rowsum(dO ∘ O)      dS = P ∘ (dP - D)
//	dP = dO Vᵀ            dQ = scale · dS' K       dK = scale · dS'ᵀ Q
//
// where dS' is dS times the soft cap's derivative 1 - tanh² when SoftCap
// > 0. GQA: the G query heads of a key/value head form one batch entry of
// the dots, so dK and dV sum over them. Rows that see no key have P = 0
// (the forward's guard), hence zero gradients, not NaN. A sink s_h joins
// the denominator only: its gradient is -Σ_{b,t} exp(s_h - lse) · D.
//
// Elementwise work is in the compute dtype (float32 for f16/bf16). For
// f16/bf16 operands the four dots read half operands, as flash attention's
// backward and torch's SDPA backward do: q, k, v as they are and P, dO and
// dS rounded to their dtype; the dots accumulate in and return float32.
func AttentionGradients(g *frontend.Graph, a *ir.AttentionAttrs, args []*frontend.Tensor, o, do *frontend.Tensor) AttentionGrads {
	l := NewAttentionLogits(g, a, args)
	s, full := l.Scores, l.Scores.Shape()
	B, Hq, Tq, D := full[0], full[1], full[2], args[0].Dim(3)
	Hkv, Tk, Dv := args[1].Dim(1), full[3], args[2].Dim(3)
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

	dt := args[0].DType()
	ct := computeType(dt)
	dout, og := do.AsType(ct), o.AsType(ct)
	// op is a dot operand: in the operands' own dtype (half under mixed
	// precision), the dots accumulating in and returning ct.
	op := func(x *frontend.Tensor) *frontend.Tensor { return x.AsType(dt) }
	q, k, v := args[0], args[1], args[2]
	dog := op(dout.Reshape(B, Hkv, G*Tq, Dv))
	batch := []int{0, 1}
	// dV = Pᵀ dO summed over the group: (B,Hkv,Tk,Dv).
	dv := op(p.Reshape(B, Hkv, G*Tq, Tk)).DotGeneral(dog, frontend.DotDims{LhsBatch: batch, RhsBatch: batch, LhsContract: []int{2}, RhsContract: []int{2}, Out: ct})
	// dP = dO Vᵀ: (B,Hq,Tq,Tk).
	dp := dog.DotGeneral(v, frontend.DotDims{LhsBatch: batch, RhsBatch: batch, LhsContract: []int{3}, RhsContract: []int{3}, Out: ct}).Reshape(full...)
	rowDot := dout.Mul(og).Sum(3) // D, (B,Hq,Tq)
	ds := p.Mul(dp.Sub(rowDot.BroadcastReduced(full, 3)))
	if l.Tanh != nil {
		ds = ds.Mul(l.Tanh.Mul(l.Tanh).RSubScalar(1))
	}
	dsg := op(ds.Reshape(B, Hkv, G*Tq, Tk))
	dq := dsg.DotGeneral(k, frontend.DotDims{LhsBatch: batch, RhsBatch: batch, LhsContract: []int{3}, RhsContract: []int{2}, Out: ct}).
		Reshape(B, Hq, Tq, D).MulScalar(a.Scale)
	dk := dsg.DotGeneral(q.Reshape(B, Hkv, G*Tq, D), frontend.DotDims{LhsBatch: batch, RhsBatch: batch, LhsContract: []int{2}, RhsContract: []int{2}, Out: ct}).
		MulScalar(a.Scale)
	gr := AttentionGrads{DQ: dq, DK: dk, DV: dv}
	if l.Sink != nil {
		// d sink_h = -Σ_{b,t} p_sink · D with p_sink = exp(sink - lse).
		gr.DSinks = l.Sink.Sub(lse).Exp().Mul(rowDot).Sum(0, 2).Neg()
	}
	return gr
}
