package models

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/passes"
)

// newDropout is the dropout of a program for spec: nil (none) unless
// spec.Dropout, else drawing from InputDropoutSeed. It is recorded on g
// (nn.WithDropout), where LoRA layers find it for lora_dropout.
func newDropout(g *frontend.Graph, spec Spec) *nn.Dropout {
	if !spec.Dropout {
		return nil
	}
	d := nn.NewDropout(g, InputDropoutSeed)
	nn.WithDropout(g, d)
	return d
}

// attention is frontend.Attention(q, k, v, o) with dropout of probability
// p on its probabilities (transformers' attention dropout): the fused op
// when d is nil or p is 0, else the op's decomposition with d applied to
// the probabilities (passes.AttentionWithProbs; the mask code is the
// pass's).
func attention(d *nn.Dropout, p float64, q, k, v *frontend.Tensor, o frontend.AttentionOptions) *frontend.Tensor {
	if d == nil || p <= 0 {
		return frontend.Attention(q, k, v, o)
	}
	return passes.AttentionWithProbs(q, k, v, o, func(probs *frontend.Tensor) *frontend.Tensor { return d.Apply(probs, p) })
}
