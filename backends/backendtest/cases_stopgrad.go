package backendtest

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// stopGradientCases: stop_gradient is the identity in every program a
// backend runs (its gradient meaning is autodiff's), bit for bit: NaN,
// infinities and -0 pass through, and so does a value other ops read.
func stopGradientCases() []opCase {
	var cs []opCase
	specials := []float64{0, negZ, 1, -1, 0.5, -2.75, 1e-3, 65504, -40, inf, -inf, nan}
	for _, d := range floats {
		in := tf(d, sh(len(specials)), specials...)
		cs = append(cs, simple("identity_"+d.String(), ir.OpStopGradient, nil, in).expect(in).signedZeros())
	}
	// Inside an expression, (stop_gradient(x) + 1) * x, where a backend
	// that drops the op must still compute with its operand.
	x := seqT(ir.Float32, sh(7, 13), 4, 0.3)
	cs = append(cs,
		opCase{name: "in_expression_f32", op: ir.OpStopGradient, inputs: []*tensor.Tensor{x}, build: func(g *frontend.Graph) {
			p := param(g, x.Type())
			ret(g, p.StopGradient().AddScalar(1).Mul(p))
		}}.withRef(mapFloat(ir.Float32, func(xs ...float64) float64 { return (xs[0] + 1) * xs[0] })),
		simple("scalar_bf16", ir.OpStopGradient, nil, tf(ir.BFloat16, nil, -1.5)).expect(tf(ir.BFloat16, nil, -1.5)),
		simple("empty_f32", ir.OpStopGradient, nil, tf(ir.Float32, sh(0, 3))).expect(tf(ir.Float32, sh(0, 3))),
	)
	return cs
}
