package passes

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
)

func init() {
	decompositions[ir.OpGelu] = decomposeGelu
	decompositions[ir.OpSilu] = decomposeSilu
}

// decomposeGelu: exact 0.5*x*(1+erf(x/sqrt(2))), or the tanh form
// 0.5*x*(1+tanh(sqrt(2/pi)*(x+0.044715*x^3))) (HF gelu_new /
// gelu_pytorch_tanh). f16/bf16 compute in f32.
func decomposeGelu(b *builder, v *ir.Value) *ir.Value {
	x := b.convert(v.Args[0], computeType(v.Type.DType))
	var phi *ir.Value // 1 + erf(...) or 1 + tanh(...)
	if v.Attrs.(*ir.GeluAttrs).Approx == ir.GeluTanh {
		x3 := b.mul(b.mul(x, x), x)
		inner := b.add(x, b.mul(b.like(x, 0.044715), x3))
		inner = b.mul(b.like(x, math.Sqrt(2/math.Pi)), inner)
		phi = b.add(b.like(x, 1), b.unary(ir.OpTanh, inner))
	} else {
		phi = b.add(b.like(x, 1), b.unary(ir.OpErf, b.mul(x, b.like(x, 1/math.Sqrt2))))
	}
	y := b.mul(b.mul(b.like(x, 0.5), x), phi)
	return b.convert(y, v.Type.DType)
}

// decomposeSilu: x * sigmoid(x). f16/bf16 compute in f32.
func decomposeSilu(b *builder, v *ir.Value) *ir.Value {
	x := b.convert(v.Args[0], computeType(v.Type.DType))
	return b.convert(b.mul(x, b.unary(ir.OpSigmoid, x)), v.Type.DType)
}
