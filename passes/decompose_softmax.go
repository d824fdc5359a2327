package passes

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func init() {
	decompositions[ir.OpSoftmax] = decomposeSoftmax
	decompositions[ir.OpLogSoftmax] = decomposeLogSoftmax
}

// shiftedExp returns, for x along axis (in the compute dtype), x - max,
// exp(x - max) and its sum over axis. Subtracting the row maximum keeps exp
// from overflowing; a row of all -inf gives NaN, as in PyTorch.
func shiftedExp(x *frontend.Tensor, axis int) (shifted, e, sum *frontend.Tensor) {
	shifted = x.Sub(x.ReduceMax(axis).BroadcastReduced(x.Shape(), axis))
	e = shifted.Exp()
	return shifted, e, e.Sum(axis)
}

// decomposeSoftmax: exp(x - max) / sum(exp(x - max)) along the axis.
func decomposeSoftmax(_ *frontend.Graph, v *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
	axis := v.Attrs.(*ir.AxisAttrs).Axis
	x := args[0].AsType(computeType(v.Type.DType))
	_, e, sum := shiftedExp(x, axis)
	return e.Div(sum.BroadcastReduced(x.Shape(), axis)).AsType(v.Type.DType)
}

// decomposeLogSoftmax: (x - max) - log(sum(exp(x - max))) along the axis.
func decomposeLogSoftmax(_ *frontend.Graph, v *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
	axis := v.Attrs.(*ir.AxisAttrs).Axis
	x := args[0].AsType(computeType(v.Type.DType))
	shifted, _, sum := shiftedExp(x, axis)
	return shifted.Sub(sum.Log().BroadcastReduced(x.Shape(), axis)).AsType(v.Type.DType)
}
