package train

import (
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// GlobalNorm returns the L2 norm of all of grads together, as torch's
// clip_grad_norm_ computes it: the float32 norm of each gradient, then the
// norm of those norms. It is what the HF Trainer logs as grad_norm.
func GlobalNorm(grads []*frontend.Tensor) (*frontend.Tensor, error) {
	if len(grads) == 0 {
		return nil, fmt.Errorf("global norm: no gradients")
	}
	norms := make([]*frontend.Tensor, len(grads))
	for i, g := range grads {
		if g == nil || g.DType() != ir.Float32 {
			return nil, fmt.Errorf("global norm: gradient %d is %v, want float32", i, g)
		}
		norms[i] = g.Mul(g).Sum().Sqrt()
	}
	all := frontend.Stack(0, norms...)
	return all.Mul(all).Sum().Sqrt(), nil
}

// ClipByGlobalNorm is torch.nn.utils.clip_grad_norm_(grads, maxNorm): it
// returns the pre-clip global norm and the gradients multiplied by
// clamp(maxNorm / (norm + 1e-6), max=1), all in float32. maxNorm must be
// finite and > 0 (the Trainer does not clip otherwise).
func ClipByGlobalNorm(grads []*frontend.Tensor, maxNorm float64) (norm *frontend.Tensor, clipped []*frontend.Tensor, err error) {
	if math.IsNaN(maxNorm) || math.IsInf(maxNorm, 0) || maxNorm <= 0 {
		return nil, nil, fmt.Errorf("max_grad_norm = %v, want a finite value > 0", maxNorm)
	}
	norm, err = GlobalNorm(grads)
	if err != nil {
		return nil, nil, err
	}
	clipped, err = clipByNorm(norm, grads, maxNorm)
	return norm, clipped, err
}

// clipByNorm multiplies grads by clamp(maxNorm / (norm + 1e-6), max=1):
// ClipByGlobalNorm given the norm (a sharded step's, over the devices).
func clipByNorm(norm *frontend.Tensor, grads []*frontend.Tensor, maxNorm float64) ([]*frontend.Tensor, error) {
	if math.IsNaN(maxNorm) || math.IsInf(maxNorm, 0) || maxNorm <= 0 {
		return nil, fmt.Errorf("max_grad_norm = %v, want a finite value > 0", maxNorm)
	}
	coef := norm.AddScalar(1e-6).RDivScalar(maxNorm).MinScalar(1)
	clipped := make([]*frontend.Tensor, len(grads))
	for i, g := range grads {
		clipped[i] = g.Mul(coef)
	}
	return clipped, nil
}
