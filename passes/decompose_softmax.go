package passes

import "github.com/kiln-ml/kiln/ir"

func init() {
	decompositions[ir.OpSoftmax] = decomposeSoftmax
	decompositions[ir.OpLogSoftmax] = decomposeLogSoftmax
}

// shiftedExp returns, for x along axis (in the compute dtype), x - max,
// exp(x - max) and its sum over axis. Subtracting the row maximum keeps exp
// from overflowing; a row of all -inf gives NaN, as in PyTorch.
func shiftedExp(b *builder, x *ir.Value, axis int) (shifted, e, sum *ir.Value) {
	m := b.reduce(ir.ReduceMax, x, axis)
	shifted = b.sub(x, b.bcastBack(m, x.Type.Shape, []int{axis}))
	e = b.unary(ir.OpExp, shifted)
	return shifted, e, b.reduce(ir.ReduceSum, e, axis)
}

// decomposeSoftmax: exp(x - max) / sum(exp(x - max)) along the axis.
func decomposeSoftmax(b *builder, v *ir.Value) *ir.Value {
	axis := v.Attrs.(*ir.AxisAttrs).Axis
	x := b.convert(v.Args[0], computeType(v.Type.DType))
	_, e, sum := shiftedExp(b, x, axis)
	y := b.div(e, b.bcastBack(sum, x.Type.Shape, []int{axis}))
	return b.convert(y, v.Type.DType)
}

// decomposeLogSoftmax: (x - max) - log(sum(exp(x - max))) along the axis.
func decomposeLogSoftmax(b *builder, v *ir.Value) *ir.Value {
	axis := v.Attrs.(*ir.AxisAttrs).Axis
	x := b.convert(v.Args[0], computeType(v.Type.DType))
	shifted, _, sum := shiftedExp(b, x, axis)
	y := b.sub(shifted, b.bcastBack(b.unary(ir.OpLog, sum), x.Type.Shape, []int{axis}))
	return b.convert(y, v.Type.DType)
}
