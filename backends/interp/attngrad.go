package interp

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// attentionGrad computes AttentionGrad v as its decomposition
// (passes.AttentionGradients) run in float64 on the float operands
// converted to float64, rounded once to v's dtype: the interpreter's
// reference, as its other composites compute in float64.
func attentionGrad(v *ir.Value, a []*tensor.Tensor, t ir.Type) (*tensor.Tensor, error) {
	f := ir.NewFunc("attention_grad")
	params := make([]*ir.Value, len(a))
	args := make([]*tensor.Tensor, len(a))
	for i, x := range a {
		pt := x.Type()
		args[i] = x
		if pt.DType.IsFloat() {
			pt.DType = ir.Float64
			args[i] = convert(x, pt)
		}
		params[i] = f.Param(fmt.Sprintf("a%d", i), pt)
	}
	r, err := f.Emit(ir.OpAttentionGrad, ir.CloneAttrs(v.Attrs), v.Pos, params...)
	if err != nil {
		return nil, err
	}
	f.SetResults([]*ir.Value{r}, nil)
	if err := passes.Decompose(nil)(f); err != nil {
		return nil, err
	}
	p, err := compile(f)
	if err != nil {
		return nil, err
	}
	outs, err := p.run(args)
	if err != nil {
		return nil, err
	}
	return convert(outs[0], t), nil
}
