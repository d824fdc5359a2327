package passes

import "github.com/kiln-ml/kiln/ir"

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
	return Decompose(func(op ir.Op) bool {
		return op != ir.OpAttention || (keep != nil && keep(op))
	})
}

// decomposeAttention expands Attention into two batched dots around a
// masked, numerically stable softmax:
//
//   - GQA without copying K/V: q (B,Hq,Tq,D) is reshaped (free, row-major)
//     to (B,Hkv,G*Tq,D) with G = Hq/Hkv, so the G query heads that share a
//     key/value head (query head h uses kv head h/G, as HF's repeat_kv) form
//     one batch entry of the dot with k (B,Hkv,Tk,D).
//   - scores accumulate in f32 for f16/bf16 (f32/f64 keep their dtype),
//     then * scale, then cap*tanh(s/cap) when SoftCap > 0.
//   - the allowed set (B?,Tq,Tk) is built from iota and compares: key j is
//     visible to a query at position p when mask[b,j], j <= p (Causal) and
//     p-j < Window (Window > 0); p is the positions operand or Tk-Tq+i.
//     Masked scores become the most negative finite value of the score
//     dtype (as HF does), so no NaN appears.
//   - softmax over keys with the row max subtracted; sinks (one logit per
//     query head) join the max and the denominator only.
//   - probabilities of rows that see no key are multiplied by 0 (any(row)
//     as 0/1), giving zero outputs without NaN.
//   - probabilities (in the input dtype) times v, accumulated in f32 for
//     f16/bf16, reshaped back to (B,Hq,Tq,Dv).
func decomposeAttention(b *builder, v *ir.Value) *ir.Value {
	a := v.Attrs.(*ir.AttentionAttrs)
	q, k, val := v.Args[0], v.Args[1], v.Args[2]
	var mask, positions, sinks *ir.Value
	mi, pi, si := a.OptionalArgs()
	if mi >= 0 {
		mask = v.Args[mi]
	}
	if pi >= 0 {
		positions = v.Args[pi]
	}
	if si >= 0 {
		sinks = v.Args[si]
	}
	dt := q.Type.DType
	ct := computeType(dt)
	B, Hq, Tq, D := q.Type.Shape[0], q.Type.Shape[1], q.Type.Shape[2], q.Type.Shape[3]
	Hkv, Tk, Dv := k.Type.Shape[1], k.Type.Shape[2], val.Type.Shape[3]
	G := Hq / Hkv

	// scores (B,Hq,Tq,Tk) in ct.
	qg := b.reshape(q, B, Hkv, G*Tq, D)
	s := b.dot(qg, k, []int{0, 1}, []int{0, 1}, []int{3}, []int{3}, ct) // (B,Hkv,G*Tq,Tk)
	s = b.reshape(s, B, Hq, Tq, Tk)
	s = b.mul(s, b.like(s, a.Scale))
	if a.SoftCap > 0 {
		s = b.mul(b.like(s, a.SoftCap), b.unary(ir.OpTanh, b.div(s, b.like(s, a.SoftCap))))
	}
	full := ir.Shape{B, Hq, Tq, Tk}

	allowed, batched := attentionAllowed(b, a, mask, positions, B, Tq, Tk)
	var rowAny *ir.Value // (B,Hq,Tq,Tk) 0/1 in ct: the row sees some key
	// Without a padding mask or a positions operand, query i sits at
	// p = Tk-Tq+i and always sees key p itself when Tk >= Tq (j <= p and
	// p-p = 0 < Window), so no row can be empty and the guard is skipped.
	everyRowSeesAKey := !a.HasMask && !a.HasPositions && Tk >= Tq
	if allowed != nil {
		dims := []int{2, 3}
		if batched {
			dims = []int{0, 2, 3}
		}
		s = b.sel(b.bcast(allowed, full, dims...), s, b.like(s, lowestFinite(ct)))
		if !everyRowSeesAKey {
			anyRow := b.reduce(ir.ReduceMax, b.convert(allowed, ct), allowed.Type.Shape.Rank()-1)
			rowAny = b.bcast(anyRow, full, dims[:len(dims)-1]...)
		}
	}

	// Stable softmax over keys, sinks joining max and denominator.
	m := b.reduce(ir.ReduceMax, s, 3) // (B,Hq,Tq)
	var sink *ir.Value
	if sinks != nil {
		sink = b.bcast(b.convert(sinks, ct), m.Type.Shape, 1)
		m = b.max(m, sink)
	}
	e := b.unary(ir.OpExp, b.sub(s, b.bcast(m, full, 0, 1, 2)))
	den := b.reduce(ir.ReduceSum, e, 3)
	if sink != nil {
		den = b.add(den, b.unary(ir.OpExp, b.sub(sink, m)))
	}
	p := b.div(e, b.bcast(den, full, 0, 1, 2))
	if rowAny != nil {
		p = b.mul(p, rowAny)
	}

	// out = p v, (B,Hq,Tq,Dv).
	pg := b.reshape(b.convert(p, dt), B, Hkv, G*Tq, Tk)
	o := b.dot(pg, val, []int{0, 1}, []int{0, 1}, []int{3}, []int{2}, ct) // (B,Hkv,G*Tq,Dv)
	o = b.reshape(o, B, Hq, Tq, Dv)
	return b.convert(o, dt)
}

// attentionAllowed builds the bool set of visible keys: (Tq,Tk) when it
// does not depend on the batch, (B,Tq,Tk) when a padding mask or batched
// positions make it so (batched = true); nil when every key is visible.
func attentionAllowed(b *builder, a *ir.AttentionAttrs, mask, positions *ir.Value, B, Tq, Tk int) (allowed *ir.Value, batched bool) {
	if a.Causal || a.Window > 0 {
		var p *ir.Value // query positions broadcast over keys, i64
		var shape ir.Shape
		var kdim int
		if positions != nil && positions.Type.Shape.Rank() == 2 {
			shape, kdim, batched = ir.Shape{B, Tq, Tk}, 2, true
			p = b.bcast(b.convert(positions, ir.Int64), shape, 0, 1)
		} else {
			shape, kdim = ir.Shape{Tq, Tk}, 1
			if positions != nil {
				p = b.bcast(b.convert(positions, ir.Int64), shape, 0)
			} else {
				t := ir.Type{DType: ir.Int64, Shape: shape}
				p = b.add(b.iota(t, 0), b.fullInt(t, int64(Tk-Tq)))
			}
		}
		j := b.iota(ir.Type{DType: ir.Int64, Shape: shape}, kdim)
		if a.Causal {
			allowed = b.cmp(ir.LE, j, p)
		}
		if a.Window > 0 {
			w := b.cmp(ir.LT, b.sub(p, j), b.fullInt(p.Type, int64(a.Window)))
			if allowed == nil {
				allowed = w
			} else {
				allowed = b.and(allowed, w)
			}
		}
	}
	if mask != nil {
		shape := ir.Shape{B, Tq, Tk}
		m := b.bcast(mask, shape, 0, 2)
		if allowed == nil {
			allowed = m
		} else {
			if !batched {
				allowed = b.bcast(allowed, shape, 1, 2)
			}
			allowed = b.and(allowed, m)
		}
		batched = true
	}
	return allowed, batched
}
