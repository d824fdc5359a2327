package models

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// Losses computed in the graph when a Spec asks for labels, with
// transformers' semantics (its loss_utils and the heads' forward). Every
// loss is computed in float32 whatever the compute dtype, as transformers
// upcasts logits before its losses, and is a float32 scalar.

// IgnoreIndex is the label value the token losses skip (PyTorch's
// cross_entropy ignore_index).
const IgnoreIndex = -100

// causalLMLoss declares labels (B, T) and returns transformers'
// ForCausalLMLoss: the labels are shifted left by one (position t predicts
// label t+1; the last position has no target), then cross-entropy over the
// vocabulary averaged over the labels that are not IgnoreIndex, or summed
// and divided by InputNumItems with spec.NumItems.
func causalLMLoss(g *frontend.Graph, spec Spec, head lmHead) frontend.Output {
	labels := g.Param(InputLabels, ir.Int64, spec.Batch, spec.Seq) // (B, T)
	// Pad one ignored label at the end, then drop the first: (B, T) again,
	// even for T == 1.
	shifted := labels.Pad([]int{0, 0}, []int{0, 1}, IgnoreIndex).SliceAxis(1, 1, spec.Seq+1) // (B, T)
	return frontend.Out(OutputLoss, tokenLoss(g, spec, head, shifted))
}

// maskedLMLoss declares labels (B, T) and returns BertForMaskedLM's loss:
// cross-entropy at every position whose label is not IgnoreIndex (the
// masked ones), unshifted, averaged over those positions (or summed and
// divided by InputNumItems with spec.NumItems).
func maskedLMLoss(g *frontend.Graph, spec Spec, head lmHead) frontend.Output {
	labels := g.Param(InputLabels, ir.Int64, spec.Batch, spec.Seq) // (B, T)
	return frontend.Out(OutputLoss, tokenLoss(g, spec, head, labels))
}

// tokenLoss is the token cross-entropy of the head against labels: the
// mean over the kept labels, or with spec.NumItems their sum divided by
// the declared InputNumItems scalar (fixed_cross_entropy's
// reduction="sum" then / num_items_in_batch).
func tokenLoss(g *frontend.Graph, spec Spec, head lmHead, labels *frontend.Tensor) *frontend.Tensor {
	sum, kept := head.crossEntropySum(labels)
	if spec.NumItems {
		return sum.Div(g.Param(InputNumItems, ir.Float32))
	}
	return sum.Div(kept)
}

// lmHead is what an LM head computes its logits from: the hidden states
// h (B, T, C), the weight w (V, C) and an optional bias (V). The token
// losses take it instead of the logits so that they compute the logits in
// row chunks (frontend.LinearCrossEntropy): the float32 (B*T, V) logits
// and their gradient never exist whole, and a program that returns only
// the loss computes no logits at all.
//
// logits, when set, are the head's final logits (B, T, V), which the loss
// then reads instead: a head that soft-caps its logits (Gemma 2) is not a
// linear map of h.
type lmHead struct{ h, w, bias, logits *frontend.Tensor }

// crossEntropySum returns, for labels (B, T), the sum of the per-token
// cross-entropies of the labels that are not IgnoreIndex and how many
// those are, both float32 scalars: PyTorch's cross_entropy with mean
// reduction is sum / count (NaN when every label is ignored), and other
// divisors can be applied to sum. Labels outside [0, V) other than
// IgnoreIndex are clamped (PyTorch raises).
func (hd lmHead) crossEntropySum(labels *frontend.Tensor) (sum, count *frontend.Tensor) {
	g := hd.h.Graph()
	n := labels.Shape().NumElements()
	flat := labels.Reshape(n) // (B*T)
	if hd.logits != nil {
		return crossEntropySum(hd.logits.Reshape(n, hd.logits.Dim(-1)), flat)
	}
	losses := frontend.LinearCrossEntropy(hd.h.Reshape(n, hd.h.Dim(-1)), hd.w, hd.bias, flat, IgnoreIndex, 0) // (B*T)
	kept := flat.Ne(g.ConstScalarInt(ir.Int64, IgnoreIndex)).AsType(ir.Float32)                               // (B*T)
	return toFloat32(losses).Sum(), kept.Sum()
}

// tokenClassificationLoss declares labels (B, T) i64 and returns
// BertForTokenClassification's loss: CrossEntropyLoss over every token's
// label logits (B, T, N), IgnoreIndex skipped, mean over the kept tokens
// (unshifted, like the masked LM; the head ignores num_items_in_batch).
func tokenClassificationLoss(g *frontend.Graph, spec Spec, logits *frontend.Tensor) frontend.Output {
	labels := g.Param(InputLabels, ir.Int64, spec.Batch, spec.Seq) // (B, T)
	return frontend.Out(OutputLoss, crossEntropy(logits, labels))
}

// classificationLoss declares labels and returns a sequence classifier's
// loss for logits (B, N) by problem_type, resolved as transformers does
// when the config leaves it empty: "regression" when N == 1, else
// "single_label_classification" (integer labels; multi-label needs
// problem_type set, since kiln fixes the label dtype when it compiles).
//
//   - regression: labels (B) when N == 1, else (B, N), in the compute
//     dtype; mean squared error.
//   - single_label_classification: labels (B) i64; cross-entropy, labels
//     equal to IgnoreIndex skipped.
//   - multi_label_classification: labels (B, N) in the compute dtype (0/1
//     targets); binary cross-entropy with logits, mean over every element.
func classificationLoss(g *frontend.Graph, spec Spec, logits *frontend.Tensor, problem string, dt ir.DType) frontend.Output {
	n := logits.Dim(1)
	if problem == "" {
		problem = "single_label_classification"
		if n == 1 {
			problem = "regression"
		}
	}
	x := toFloat32(logits) // (B, N)
	var loss *frontend.Tensor
	switch problem {
	case "regression":
		var labels *frontend.Tensor
		if n == 1 {
			labels = g.Param(InputLabels, dt, spec.Batch).Unsqueeze(1) // (B, 1)
		} else {
			labels = g.Param(InputLabels, dt, spec.Batch, n) // (B, N)
		}
		loss = x.Sub(toFloat32(labels)).Square().Mean()
	case "multi_label_classification":
		y := toFloat32(g.Param(InputLabels, dt, spec.Batch, n)) // (B, N)
		// BCE with logits, stable form: max(x, 0) - x*y + log(1 + exp(-|x|)).
		loss = x.Relu().Sub(x.Mul(y)).Add(x.Abs().Neg().Exp().Log1p()).Mean()
	default: // single_label_classification (config parsing admits no other value)
		labels := g.Param(InputLabels, ir.Int64, spec.Batch) // (B)
		loss = crossEntropy(logits, labels)
	}
	return frontend.Out(OutputLoss, loss)
}

// crossEntropy is PyTorch's cross_entropy(logits (..., V), labels (...))
// with ignore_index=IgnoreIndex and mean reduction over the labels kept
// (NaN when every label is ignored, as in PyTorch). Labels outside
// [0, V) other than IgnoreIndex are clamped by the gather (PyTorch
// raises).
func crossEntropy(logits, labels *frontend.Tensor) *frontend.Tensor {
	sum, kept := crossEntropySum(logits, labels)
	return sum.Div(kept)
}

// crossEntropySum returns the summed cross-entropy of the labels kept (not
// IgnoreIndex) and how many there are, both float32 scalars.
func crossEntropySum(logits, labels *frontend.Tensor) (sum, kept *frontend.Tensor) {
	g := logits.Graph()
	logp := toFloat32(logits).LogSoftmax(-1) // (..., V)
	ignored := labels.Eq(g.ConstScalarInt(ir.Int64, IgnoreIndex))
	safe := frontend.Where(ignored, g.ConstScalarInt(ir.Int64, 0), labels)
	picked := logp.TakeAlongAxis(safe.Unsqueeze(-1), -1).Squeeze(-1) // (...)
	keep := ignored.Not().AsType(ir.Float32)                         // (...)
	return picked.Mul(keep).Sum().Neg(), keep.Sum()
}

func toFloat32(t *frontend.Tensor) *frontend.Tensor {
	if t.DType() == ir.Float32 {
		return t
	}
	return t.AsType(ir.Float32)
}
