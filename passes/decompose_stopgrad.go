package passes

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func init() { decompositions[ir.OpStopGradient] = decomposeStopGradient }

// decomposeStopGradient: stop_gradient is the identity once gradients are
// taken, so its expansion is its operand (no value is emitted). Autodiff
// keeps the op through its own decomposition (the op table gives it a
// NoGrad reason), so this only runs in a backend's pipeline, after Grad.
func decomposeStopGradient(_ *frontend.Graph, _ *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
	return args[0]
}
