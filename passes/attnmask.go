package passes

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func init() { decompositions[ir.OpAttention] = decomposeAttention }

// AttnMask is the attention-mask pass. Models express attention with the
// Attention op and a mask description (causal, sliding window, padding-mask
// operand, query positions, sinks, GQA); none builds a mask tensor by hand.
// For a backend that declares Attention (keep(ir.OpAttention) is true:
// fused kernels, flash attention) the pass leaves it alone. Otherwise it
// lowers every Attention value to QK^T, the mask, a stable softmax and V,
// as decomposeAttention below describes: masked scores take the most
// negative finite value of the score dtype (what Hugging Face's additive
// mask with the dtype's minimum amounts to) and rows that see no key give
// zeros, never NaN.
func AttnMask(keep func(ir.Op) bool) func(*ir.Func) error {
	return AttnMaskValues(keepOp(keep))
}

// AttnMaskValues is AttnMask with a predicate on each Attention value
// (nil: keep none).
func AttnMaskValues(keep func(*ir.Value) bool) func(*ir.Func) error {
	return DecomposeValues(func(v *ir.Value) bool {
		return v.Op != ir.OpAttention || (keep != nil && keep(v))
	})
}

// decomposeAttention expands Attention into two batched dots around a
// masked, numerically stable softmax:
//
//   - the logits as NewAttentionLogits builds them (GQA by reshaping q,
//     scores in f32 for f16/bf16, scale, soft cap, the mask from iota and
//     compares with masked scores at the dtype's most negative value).
//   - softmax over keys with the row max subtracted; sinks (one logit per
//     query head) join the max and the denominator only.
//   - probabilities of rows that see no key are multiplied by 0 (any(row)
//     as 0/1), giving zero outputs without NaN.
//   - probabilities (in the input dtype) times v, accumulated in f32 for
//     f16/bf16, reshaped back to (B,Hq,Tq,Dv).
func decomposeAttention(g *frontend.Graph, v *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
	return attentionPrimitives(g, v.Attrs.(*ir.AttentionAttrs), args, nil)
}

// AttentionWithProbs is frontend.Attention(q, k, v, o) built from
// primitives exactly as this pass lowers it, with probs applied to the
// probabilities (B,Hq,Tq,Tk), in q's dtype, before they multiply v: how a
// model applies dropout to the attention probabilities (transformers'
// attn_dropout), which the fused op cannot. probs nil is the plain
// decomposition. Autodiff differentiates the primitives (no recomputation
// trick: the probabilities are kept for the backward pass).
func AttentionWithProbs(q, k, v *frontend.Tensor, o frontend.AttentionOptions, probs func(*frontend.Tensor) *frontend.Tensor) *frontend.Tensor {
	a, args := frontend.AttentionOperands(q, k, v, o)
	return attentionPrimitives(q.Graph(), a, args, probs)
}

// attentionPrimitives is decomposeAttention with the probabilities hook
// of AttentionWithProbs (nil: none).
func attentionPrimitives(g *frontend.Graph, a *ir.AttentionAttrs, args []*frontend.Tensor, probs func(*frontend.Tensor) *frontend.Tensor) *frontend.Tensor {
	q, val := args[0], args[2]
	dt := q.DType()
	B, Hq, Tq := q.Dim(0), q.Dim(1), q.Dim(2)
	Hkv, Tk, Dv := val.Dim(1), val.Dim(2), val.Dim(3)
	G := Hq / Hkv
	l := NewAttentionLogits(g, a, args)
	s, full := l.Scores, l.Scores.Shape()

	// Stable softmax over keys, sinks joining max and denominator.
	m := s.ReduceMax(3) // (B,Hq,Tq)
	if l.Sink != nil {
		m = m.Max(l.Sink)
	}
	e := s.Sub(m.BroadcastReduced(full, 3)).Exp()
	den := e.Sum(3)
	if l.Sink != nil {
		den = den.Add(l.Sink.Sub(m).Exp())
	}
	p := e.Div(den.BroadcastReduced(full, 3))
	if l.RowAny != nil {
		p = p.Mul(l.RowAny)
	}

	// out = p v, (B,Hq,Tq,Dv).
	p = p.AsType(dt)
	if probs != nil {
		p = probs(p)
	}
	pg := p.Reshape(B, Hkv, G*Tq, Tk)
	o := pg.DotGeneral(val, frontend.DotDims{LhsBatch: []int{0, 1}, RhsBatch: []int{0, 1}, LhsContract: []int{3}, RhsContract: []int{2}, Out: computeType(dt)}) // (B,Hkv,G*Tq,Dv)
	return o.Reshape(B, Hq, Tq, Dv).AsType(dt)
}

// AttentionLogits is what Attention computes before its softmax, built as
// its decomposition builds it (the same ops, so the same values on every
// backend). autodiff's Attention rule rebuilds it in the backward pass to
// recompute the probabilities instead of storing them.
type AttentionLogits struct {
	// Scores (B,Hq,Tq,Tk), in the compute dtype (float32 for f16/bf16):
	// scale·q kᵀ, soft-capped when SoftCap > 0, masked keys set to the
	// most negative finite value of that dtype.
	Scores *frontend.Tensor
	// Tanh is tanh(scale·q kᵀ / SoftCap) before masking when SoftCap > 0
	// (the soft cap's derivative is 1 - Tanh²); nil otherwise.
	Tanh *frontend.Tensor
	// RowAny (B,Hq,Tq,Tk) is 1 in the rows of queries that see some key
	// and 0 in rows that see none (whose probabilities must be zero); nil
	// when no row can be empty.
	RowAny *frontend.Tensor
	// Sink (B,Hq,Tq) is each row's sink logit in the compute dtype; nil
	// without sinks.
	Sink *frontend.Tensor
}

// NewAttentionLogits builds the logits of Attention with attributes a on
// its operands args (q, k, v and the optional operands OptionalArgs
// names, in their own dtypes) on g:
//
//   - GQA without copying K/V: q (B,Hq,Tq,D) is reshaped (free, row-major)
//     to (B,Hkv,G*Tq,D) with G = Hq/Hkv, so the G query heads that share a
//     key/value head (query head h uses kv head h/G, as HF's repeat_kv) form
//     one batch entry of the dot with k (B,Hkv,Tk,D).
//   - scores accumulate in f32 for f16/bf16 (f32/f64 keep their dtype),
//     then * scale, then cap*tanh(s/cap) when SoftCap > 0.
//   - the allowed set (B?,Tq,Tk) is built from iota and compares: key j is
//     visible to a query at position p when mask[b,j], j <= p (Causal) and
//     p-j < Window (Window > 0), and j-p < Window (SymmetricWindow); p is
//     the positions operand or Tk-Tq+i.
//     Masked scores become the most negative finite value of the score
//     dtype (as HF does), so no NaN appears.
func NewAttentionLogits(g *frontend.Graph, a *ir.AttentionAttrs, args []*frontend.Tensor) AttentionLogits {
	q, k := args[0], args[1]
	var mask, positions, sinks *frontend.Tensor
	mi, pi, si := a.OptionalArgs()
	if mi >= 0 {
		mask = args[mi]
	}
	if pi >= 0 {
		positions = args[pi]
	}
	if si >= 0 {
		sinks = args[si]
	}
	ct := computeType(q.DType())
	B, Hq, Tq, D := q.Dim(0), q.Dim(1), q.Dim(2), q.Dim(3)
	Hkv, Tk := k.Dim(1), k.Dim(2)
	G := Hq / Hkv

	var l AttentionLogits
	qg := q.Reshape(B, Hkv, G*Tq, D)
	s := qg.DotGeneral(k, frontend.DotDims{LhsBatch: []int{0, 1}, RhsBatch: []int{0, 1}, LhsContract: []int{3}, RhsContract: []int{3}, Out: ct}) // (B,Hkv,G*Tq,Tk)
	s = s.Reshape(B, Hq, Tq, Tk).MulScalar(a.Scale)
	if a.SoftCap > 0 {
		l.Tanh = s.DivScalar(a.SoftCap).Tanh()
		s = s.FullLike(a.SoftCap).Mul(l.Tanh)
	}
	full := ir.Shape{B, Hq, Tq, Tk}

	allowed, batched := attentionAllowed(g, a, mask, positions, B, Tq, Tk)
	// Without a padding mask or a positions operand, query i sits at
	// p = Tk-Tq+i and always sees key p itself when Tk >= Tq (j <= p and
	// p-p = 0 < Window), so no row can be empty and the guard is skipped.
	everyRowSeesAKey := !a.HasMask && !a.HasPositions && Tk >= Tq
	if allowed != nil {
		dims := []int{2, 3}
		if batched {
			dims = []int{0, 2, 3}
		}
		s = frontend.Where(allowed.BroadcastInDim(full, dims...), s, s.Scalar(LowestFinite(ct)))
		if !everyRowSeesAKey {
			anyRow := allowed.AsType(ct).ReduceMax(-1)
			l.RowAny = anyRow.BroadcastInDim(full, dims[:len(dims)-1]...)
		}
	}
	l.Scores = s
	if sinks != nil {
		l.Sink = sinks.AsType(ct).BroadcastInDim(ir.Shape{B, Hq, Tq}, 1)
	}
	return l
}

// attentionAllowed builds the bool set of visible keys: (Tq,Tk) when it
// does not depend on the batch, (B,Tq,Tk) when a padding mask or batched
// positions make it so (batched = true); nil when every key is visible.
func attentionAllowed(g *frontend.Graph, a *ir.AttentionAttrs, mask, positions *frontend.Tensor, B, Tq, Tk int) (allowed *frontend.Tensor, batched bool) {
	if a.Causal || a.Window > 0 {
		var p *frontend.Tensor // query positions broadcast over keys, i64
		var shape ir.Shape
		var kdim int
		if positions != nil && positions.Rank() == 2 {
			shape, kdim, batched = ir.Shape{B, Tq, Tk}, 2, true
			p = positions.AsType(ir.Int64).BroadcastInDim(shape, 0, 1)
		} else {
			shape, kdim = ir.Shape{Tq, Tk}, 1
			if positions != nil {
				p = positions.AsType(ir.Int64).BroadcastInDim(shape, 0)
			} else {
				p = g.Iota(ir.Int64, 0, shape...).AddScalar(float64(Tk - Tq))
			}
		}
		j := g.Iota(ir.Int64, kdim, shape...)
		if a.Causal {
			allowed = j.Le(p)
		}
		if a.Window > 0 {
			w := p.Sub(j).Lt(p.Scalar(float64(a.Window)))
			if a.SymmetricWindow {
				w = w.And(j.Sub(p).Lt(p.Scalar(float64(a.Window))))
			}
			if allowed == nil {
				allowed = w
			} else {
				allowed = allowed.And(w)
			}
		}
	}
	if mask != nil {
		shape := ir.Shape{B, Tq, Tk}
		m := mask.BroadcastInDim(shape, 0, 2)
		if allowed == nil {
			allowed = m
		} else {
			if !batched {
				allowed = allowed.BroadcastInDim(shape, 1, 2)
			}
			allowed = allowed.And(m)
		}
		batched = true
	}
	return allowed, batched
}
