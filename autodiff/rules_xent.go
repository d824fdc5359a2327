package autodiff

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// linear_cross_entropy's rule recomputes each chunk's logits from h and w
// (the forward keeps nothing of size N x V for it) and, per chunk of R
// rows (the forward's ChunkRowsFor, or with Options.WideChunks
// GradChunkRowsFor: larger, since each chunk adds a (V, C) partial of dw),
// with s = g * (label kept) and p = softmax(z):
//
//	dz = (p - onehot(label)) * s   (V, R)
//	dh[chunk] = dz^T w             (R, C)
//	dw += dz h[chunk]              (V, C)
//	dbias += sum over rows of dz   (V)
//
// It works in the transposed (V, R) layout (passes.LinearCrossEntropyLogits),
// which the dw product reads directly and which CSE cannot merge with the
// forward's (R, V) logits. Labels are clamped into [0, V) as the forward's
// gather clamps them. The rounding of the logits to h's dtype counts as
// the identity (straight-through), as Convert's rule does. Gradients
// compute in float32 for half-precision operands, except that the two
// gradient products then read half operands (h, w and dz rounded to their
// dtype) and accumulate in float32, as torch's backward of the bf16 LM-head
// linear does under autocast (its grad_output is the bf16 gradient of
// logits.float()): they run on the forward's half-precision GEMMs.
func init() {
	rules[ir.OpLinearCrossEntropy] = func(c *Context) []*frontend.Tensor {
		a := c.V.Attrs.(*ir.LinearCrossEntropyAttrs)
		h, w, labels := c.Args[0], c.Args[1], c.Args[2]
		var bias *frontend.Tensor
		if len(c.Args) == 4 {
			bias = c.Args[3]
		}
		ct := c.DOut.DType()
		// The gradient products' operands: h and w in ct, or as they are
		// when both are half (then dz is rounded to their dtype too).
		hg, wg, dzOp := c.Arg(0), c.Arg(1), func(x *frontend.Tensor) *frontend.Tensor { return x }
		dhType := ct // with HalfCotangents, h's dtype: dh is held in it
		if dt := h.DType(); GradType(dt) != dt && w.DType() == dt {
			hg, wg, dzOp = h, w, func(x *frontend.Tensor) *frontend.Tensor { return x.AsType(dt) }
			if c.Opts.HalfCotangents {
				dhType = dt
			}
		}
		n, vocab := h.Dim(0), w.Dim(0)
		rows := a.ChunkRowsFor(n, vocab)
		if c.Opts.WideChunks {
			rows = a.GradChunkRowsFor(n, vocab, h.Dim(1))
		}
		if rows == 0 {
			return nil
		}
		// In the forward's chunks, each chunk's logsumexp is the
		// forward's own expression (passes.LinearCrossEntropyLSE on the
		// (R, V) logits), which CSE merges with the decomposed forward:
		// the backward reads the saved (R) row statistics instead of
		// reducing its recomputed logits twice more.
		sharedLSE := rows == a.ChunkRowsFor(n, vocab)
		g := c.G
		ignore := g.ConstScalarInt(labels.DType(), int64(a.IgnoreIndex))
		var dhs []*frontend.Tensor
		var dw, db *frontend.Tensor
		for start := 0; start < n; start += rows {
			stop := min(start+rows, n)
			r := stop - start
			y := labels.SliceAxis(0, start, stop) // (R)
			s := frontend.Where(y.Eq(ignore), c.DOut.SliceAxis(0, start, stop).FullLike(0), c.DOut.SliceAxis(0, start, stop))
			z := passes.LinearCrossEntropyLogits(h.SliceAxis(0, start, stop), w, bias, ct, true) // (V, R)
			var p *frontend.Tensor
			if sharedLSE {
				lse := passes.LinearCrossEntropyLSE(passes.LinearCrossEntropyLogits(h.SliceAxis(0, start, stop), w, bias, ct, false))
				p = z.Sub(lse.BroadcastReduced(z.Shape(), 0)).Exp() // (V, R)
			} else {
				m := z.ReduceMax(0).BroadcastReduced(z.Shape(), 0)
				e := z.Sub(m).Exp()
				p = e.Div(e.Sum(0).BroadcastReduced(z.Shape(), 0)) // (V, R)
			}
			yc := y.Clamp(0, float64(vocab-1))
			onehot := g.Iota(y.DType(), 0, vocab, r).Eq(yc.Unsqueeze(0)) // (V, R)
			dz := frontend.Where(onehot, p.Sub(p.Scalar(1)), p).Mul(s.Unsqueeze(0))
			dzo := dzOp(dz)
			dhs = append(dhs, dzo.DotGeneral(wg, frontend.DotDims{LhsContract: []int{0}, RhsContract: []int{0}, Out: dhType}))           // (R, C)
			dwc := dzo.DotGeneral(hg.SliceAxis(0, start, stop), frontend.DotDims{LhsContract: []int{1}, RhsContract: []int{0}, Out: ct}) // (V, C)
			dbc := dz.Sum(1)                                                                                                             // (V)
			if dw == nil {
				dw, db = dwc, dbc
			} else {
				dw, db = dw.Add(dwc), db.Add(dbc)
			}
		}
		dh := dhs[0]
		if len(dhs) > 1 {
			dh = frontend.Concat(0, dhs...) // (N, C)
		}
		if bias == nil {
			return grads(dh, dw)
		}
		return grads(dh, dw, nil, db)
	}
}
