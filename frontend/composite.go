package frontend

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
)

// LayerNorm normalises over the trailing axes covered by weight's rank:
// (t - mean) / sqrt(var + eps) * weight + bias. A nil weight means ones,
// a nil bias zeros (the composite op always takes both).
func (t *Tensor) LayerNorm(weight, bias *Tensor, eps float64) *Tensor {
	if weight == nil && bias == nil {
		if t.Rank() == 0 {
			t.g.fail("layer_norm", "scalar operand %s", t.v.Type)
		}
		weight = t.g.Ones(t.DType(), t.Dim(-1))
	}
	if weight == nil {
		weight = t.g.Ones(bias.DType(), bias.v.Type.Shape...)
	}
	if bias == nil {
		bias = t.g.Zeros(weight.DType(), weight.v.Type.Shape...)
	}
	return t.g.emit(ir.OpLayerNorm, &ir.NormAttrs{Eps: eps}, t, weight, bias)
}

// RMSNorm is t / sqrt(mean(t^2) + eps) * weight over the trailing axes
// covered by weight's rank (nil weight: the last axis, no scaling).
func (t *Tensor) RMSNorm(weight *Tensor, eps float64) *Tensor {
	if weight == nil {
		if t.Rank() == 0 {
			t.g.fail("rms_norm", "scalar operand %s", t.v.Type)
		}
		weight = t.g.Ones(t.DType(), t.Dim(-1))
	}
	return t.g.emit(ir.OpRMSNorm, &ir.NormAttrs{Eps: eps}, t, weight)
}

// AttentionOptions is the mask description of Attention (see
// ir.AttentionAttrs for the exact semantics).
type AttentionOptions struct {
	// Scale multiplies q·k; 0 means 1/sqrt(head_dim).
	Scale float64
	// Causal lets query at position p see keys j <= p.
	Causal bool
	// Window > 0 restricts queries to keys with p - j < Window.
	Window int
	// SymmetricWindow (with Window > 0) also restricts them to keys with
	// j - p < Window: |p - j| < Window, bidirectional local attention.
	SymmetricWindow bool
	// SoftCap > 0 applies cap*tanh(s/cap) to the scaled scores.
	SoftCap float64
	// Mask (B, Tk) marks keys that may be attended; bool, or an integer
	// tensor where non-zero means attend (HF's attention_mask).
	Mask *Tensor
	// Positions (Tq) or (B, Tq) integer: the key index each query sits
	// at (default Tk-Tq+i).
	Positions *Tensor
	// Sinks (Hq) float: per-head logits that join the softmax denominator.
	Sinks *Tensor
}

// Attention is softmax(q k^T * scale + mask) v through the Attention op:
// q (B, Hq, Tq, D), k (B, Hkv, Tk, D), v (B, Hkv, Tk, Dv) with Hq a
// multiple of Hkv (grouped-query attention needs no repeated k/v).
// Result (B, Hq, Tq, Dv).
func Attention(q, k, v *Tensor, o AttentionOptions) *Tensor {
	a, args := AttentionOperands(q, k, v, o)
	return q.g.emit(ir.OpAttention, a, args...)
}

// AttentionOperands returns the attributes and operands (q, k, v, then
// the optional ones in ir.AttentionAttrs.OptionalArgs order) that
// Attention emits for o, without emitting it: what a caller building
// attention from primitives (passes.NewAttentionLogits) needs. The mask
// is converted to bool and a zero Scale resolved, as Attention does.
func AttentionOperands(q, k, v *Tensor, o AttentionOptions) (*ir.AttentionAttrs, []*Tensor) {
	if q == nil || k == nil || v == nil {
		failNoGraph("attention", "nil q, k or v")
	}
	g := q.g
	if q.Rank() != 4 {
		g.fail("attention", "q is %s, want (B, H, T, D)", q.v.Type)
	}
	scale := o.Scale
	if scale == 0 {
		scale = 1 / math.Sqrt(float64(q.Dim(-1)))
	}
	a := &ir.AttentionAttrs{Scale: scale, Causal: o.Causal, Window: o.Window, SymmetricWindow: o.SymmetricWindow, SoftCap: o.SoftCap}
	args := []*Tensor{q, k, v}
	if o.Mask != nil {
		m := o.Mask
		if m.DType() != ir.Bool {
			m = m.Ne(m.Scalar(0))
		}
		a.HasMask = true
		args = append(args, m)
	}
	if o.Positions != nil {
		a.HasPositions = true
		args = append(args, o.Positions)
	}
	if o.Sinks != nil {
		a.HasSinks = true
		args = append(args, o.Sinks)
	}
	return a, args
}

// RNG draws counter-based random numbers of dtype dt and shape dims from
// an int64 scalar key: element i is a pure function of (key, i), the same
// on every backend.
func (g *Graph) RNG(key *Tensor, dist ir.RNGDist, dt ir.DType, dims ...int) *Tensor {
	return g.emit(ir.OpRNG, &ir.RNGAttrs{Dist: dist, DType: dt, Shape: ir.Shape(dims).Clone()}, key)
}

// LinearCrossEntropy is the LM head and its token cross-entropy in one
// op: for h (N, C), w (V, C), an optional bias (V) (nil: none) and labels
// (N) integer, the per-row loss (N) in float32 (float64 for float64
// operands) of the logits h w^T + bias (rounded to h's dtype, as the
// unfused head) against labels, 0 where the label is ignoreIndex.
// Backends and gradients compute it in chunks of chunkRows rows (0: rows
// chosen from V, see ir.LinearCrossEntropyAttrs.ChunkRowsFor), so the
// (N, V) logits never exist whole.
func LinearCrossEntropy(h, w, bias, labels *Tensor, ignoreIndex, chunkRows int) *Tensor {
	if h == nil || w == nil || labels == nil {
		failNoGraph("linear_cross_entropy", "nil h, w or labels")
	}
	args := []*Tensor{h, w, labels}
	if bias != nil {
		args = append(args, bias)
	}
	return h.g.emit(ir.OpLinearCrossEntropy, &ir.LinearCrossEntropyAttrs{ChunkRows: chunkRows, IgnoreIndex: ignoreIndex}, args...)
}

// ExpertMatmul is the grouped GEMM of a mixture-of-experts layer: for x
// (N, S, Cin) with S = K (one input per routed expert) or 1 (the same
// input for all K), the stacked expert weights w (E, Cout, Cin) — or
// (E, Cin, Cout) with transposeW — and the routed expert indices (N, K)
// (clamped into [0, E)), result[n, k] = w[idx[n, k]] @ x[n, k or 0], of
// shape (N, K, Cout). Backends run it as one GEMM per expert over the
// rows routed to it, or through its decomposition (passes/decompose_moe.go).
func ExpertMatmul(x, w, idx *Tensor, transposeW bool) *Tensor {
	if x == nil || w == nil || idx == nil {
		failNoGraph("expert_matmul", "nil x, w or indices")
	}
	return x.g.emit(ir.OpExpertMatmul, &ir.ExpertMatmulAttrs{TransposeW: transposeW}, x, w, idx)
}

// QuantMatmul is x (..., K) @ w.T for a weight w (N, K) stored
// group-quantized in kiln's packing (ir.QuantMatmulAttrs, docs/ir.md):
// qweight uint8 (N, K*bits/8), scales and zeros (N, K/groupSize).
func QuantMatmul(x, qweight, scales, zeros *Tensor, bits, groupSize int) *Tensor {
	if x == nil || qweight == nil || scales == nil || zeros == nil {
		failNoGraph("quant_matmul", "nil x, qweight, scales or zeros")
	}
	return x.g.emit(ir.OpQuantMatmul, &ir.QuantMatmulAttrs{Bits: bits, GroupSize: groupSize}, x, qweight, scales, zeros)
}
