package autodiff_test

import (
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/passes"
)

// TestDropoutGradients checks gradients through dropout sites with a
// fixed seed (the mask is a constant of the gradient) against finite
// differences: dropout of a non-linear function, and attention built from
// primitives with dropout on its probabilities (GQA, causal and padding
// masks), the path models take when attention dropout is on.
func TestDropoutGradients(t *testing.T) {
	seed := func(r *rand.Rand) input { return intIn(r, "seed", 0, 1000) }
	runCases(t, []fdCase{
		{name: "dropout_of_square", make: func(r *rand.Rand) ([]input, body) {
			return []input{floatIn(r, "x", nil, 3, 5), seed(r)}, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				return nn.NewDropoutFrom(xs[1]).Apply(xs[0].Mul(xs[0]), 0.4)
			}
		}},
		{name: "attention_probs_dropout", make: func(r *rand.Rand) ([]input, body) {
			s := drawAttn(r)
			ins := append(s.qkv(r), paddingMask(r, s), seed(r))
			return ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				d := nn.NewDropoutFrom(xs[4])
				return passes.AttentionWithProbs(xs[0], xs[1], xs[2], frontend.AttentionOptions{Causal: true, Mask: xs[3]},
					func(p *frontend.Tensor) *frontend.Tensor { return d.Apply(p, 0.3) })
			}
		}},
	})
}
