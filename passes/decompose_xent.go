package passes

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func init() {
	decompositions[ir.OpLinearCrossEntropy] = decomposeLinearCrossEntropy
}

// decomposeLinearCrossEntropy computes the per-row loss chunk by chunk
// (ir.LinearCrossEntropyAttrs.ChunkRowsFor rows each, the last chunk
// shorter when they do not divide N): per chunk the logits (R, V) in the
// compute dtype, their logsumexp, the label's logit, and 0 for ignored
// rows; the chunks' losses are concatenated. Each chunk's logits are used
// only inside the chunk, so no (N, V) value exists and a buffer planner
// can reuse one chunk's memory for the next.
func decomposeLinearCrossEntropy(g *frontend.Graph, v *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
	a := v.Attrs.(*ir.LinearCrossEntropyAttrs)
	h, w, labels := args[0], args[1], args[2]
	var bias *frontend.Tensor
	if len(args) == 4 {
		bias = args[3]
	}
	n, vocab := h.Dim(0), w.Dim(0)
	rows := a.ChunkRowsFor(n, vocab)
	ct := v.Type.DType
	if rows == 0 {
		return g.Zeros(ct, 0)
	}
	ignore := g.ConstScalarInt(labels.DType(), int64(a.IgnoreIndex))
	var losses []*frontend.Tensor
	for start := 0; start < n; start += rows {
		stop := min(start+rows, n)
		y := labels.SliceAxis(0, start, stop)                                                   // (R)
		z := LinearCrossEntropyLogits(h.SliceAxis(0, start, stop), w, bias, ct, false)          // (R, V)
		lse := LinearCrossEntropyLSE(z)                                                         // (R)
		picked := z.TakeAlongAxis(y.Unsqueeze(1), 1).Squeeze(1)                                 // (R), labels clamped
		losses = append(losses, frontend.Where(y.Eq(ignore), lse.FullLike(0), lse.Sub(picked))) // (R)
	}
	if len(losses) == 1 {
		return losses[0]
	}
	return frontend.Concat(0, losses...) // (N)
}

// LinearCrossEntropyLSE returns the row logsumexp of a chunk's (R, V)
// logits as the decomposition computes it (the row max, then the log of
// the sum of the shifted exponentials). autodiff's rule builds the same
// expression on the same chunks, so CSE shares the forward's value with
// the backward (which then needs no reduction over the vocabulary).
func LinearCrossEntropyLSE(z *frontend.Tensor) *frontend.Tensor {
	m := z.ReduceMax(1)
	return m.Add(z.Sub(m.BroadcastReduced(z.Shape(), 1)).Exp().Sum(1).Log())
}

// LinearCrossEntropyLogits returns the logits of linear_cross_entropy for the rows hc
// (R, C) of h against w (V, C) and the optional bias (V): h w^T + bias
// accumulated in float32 (ct, the result dtype, for float64 operands),
// rounded to h's dtype as the unfused head's matmul rounds, then in ct.
// transposed gives them as (V, R) instead of (R, V): autodiff's rule
// recomputes them that way, which is the layout its products need and a
// different value from the forward's, so CSE cannot merge the forward's
// logits into the backward (which would keep every chunk alive).
//
// Without a bias, half-precision operands get a product of h's dtype
// (float32 accumulation, rounded once, the same value): the GEMM writes
// half the bytes of the largest tensors of a training step.
func LinearCrossEntropyLogits(hc, w, bias *frontend.Tensor, ct ir.DType, transposed bool) *frontend.Tensor {
	if dt := hc.DType(); bias == nil && dt != ct && (dt == ir.BFloat16 || dt == ir.Float16) && w.DType() == dt {
		if transposed {
			return w.DotGeneral(hc, frontend.DotDims{LhsContract: []int{1}, RhsContract: []int{1}, Out: dt}).AsType(ct) // (V, R)
		}
		return hc.DotGeneral(w, frontend.DotDims{LhsContract: []int{1}, RhsContract: []int{1}, Out: dt}).AsType(ct) // (R, V)
	}
	var z *frontend.Tensor
	if transposed {
		z = w.DotGeneral(hc, frontend.DotDims{LhsContract: []int{1}, RhsContract: []int{1}, Out: ct}) // (V, R)
		if bias != nil {
			z = z.Add(bias.AsType(ct).Unsqueeze(1))
		}
	} else {
		z = hc.DotGeneral(w, frontend.DotDims{LhsContract: []int{1}, RhsContract: []int{1}, Out: ct}) // (R, V)
		if bias != nil {
			z = z.Add(bias.AsType(ct))
		}
	}
	if dt := hc.DType(); dt != ct {
		z = z.AsType(dt).AsType(ct)
	}
	return z
}
