package passes

import (
	"math"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func init() {
	decompositions[ir.OpGelu] = decomposeGelu
	decompositions[ir.OpSilu] = decomposeSilu
}

// decomposeGelu: exact 0.5*x*(1+erf(x/sqrt(2))), or the tanh form
// 0.5*x*(1+tanh(sqrt(2/pi)*(x+0.044715*x^3))) (HF gelu_new /
// gelu_pytorch_tanh). f16/bf16 compute in f32.
func decomposeGelu(_ *frontend.Graph, v *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
	x := args[0].AsType(computeType(v.Type.DType))
	var phi *frontend.Tensor // 1 + erf(...) or 1 + tanh(...)
	if v.Attrs.(*ir.GeluAttrs).Approx == ir.GeluTanh {
		x3 := x.Mul(x).Mul(x)
		inner := x.Add(x.FullLike(0.044715).Mul(x3))
		inner = x.FullLike(math.Sqrt(2 / math.Pi)).Mul(inner)
		phi = x.FullLike(1).Add(inner.Tanh())
	} else {
		phi = x.FullLike(1).Add(x.MulScalar(1 / math.Sqrt2).Erf())
	}
	return x.FullLike(0.5).Mul(x).Mul(phi).AsType(v.Type.DType)
}

// decomposeSilu: x * sigmoid(x). f16/bf16 compute in f32.
func decomposeSilu(_ *frontend.Graph, v *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
	x := args[0].AsType(computeType(v.Type.DType))
	return x.Mul(x.Sigmoid()).AsType(v.Type.DType)
}
