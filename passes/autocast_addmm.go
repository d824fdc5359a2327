package passes

import "github.com/kiln-ml/kiln/ir"

// A linear layer with a bias is one op in torch (linear, addmm), and
// autocast lowers it whole: the bias is cast to the low dtype with the
// other operands, the GEMM accumulates in float32, adds the bias in its
// epilogue and rounds the sum once to the low dtype. kiln's IR writes the
// layer as dot_general then add of the broadcast bias; taken op by op, the
// add would promote the low product with the float32 bias to a float32
// sum, so the layer's output — an MLP's pre-activation, the attention's
// q/k/v — would be float32: twice the bytes torch keeps for the backward,
// and a value torch never has. Autocast therefore recognises the pattern
// (findAddmm) and gives it addmm's dtypes (addBias).

// findAddmm returns, in f as written, the add(dot_general, broadcast bias)
// pairs to run as addmm, both values of each pair marked: a float32
// dot_general whose only user is an add whose other operand is a
// broadcast_in_dim of a rank-1 float value along the product's last axis
// (a Linear's or Conv1D's bias).
func findAddmm(f *ir.Func) map[*ir.Value]bool {
	uses := ir.UseCounts(f)
	out := map[*ir.Value]bool{}
	for _, v := range f.Values {
		if v.Op != ir.OpAdd || v.Type.DType != ir.Float32 {
			continue
		}
		for i := range 2 {
			d, b := v.Args[i], v.Args[1-i]
			if d.Op == ir.OpDotGeneral && d.Type.DType == ir.Float32 && uses[d] == 1 &&
				d.Args[0].Type.DType == ir.Float32 && d.Args[1].Type.DType == ir.Float32 && isBiasBroadcast(b, d.Type.Shape) {
				out[d], out[v] = true, true
				break
			}
		}
	}
	return out
}

// isBiasBroadcast reports whether b broadcasts a rank-1 float value along
// the last axis of shape.
func isBiasBroadcast(b *ir.Value, shape ir.Shape) bool {
	if b.Op != ir.OpBroadcastInDim || !b.Type.DType.IsFloat() || !b.Type.Shape.Equal(shape) {
		return false
	}
	src := b.Args[0].Type.Shape
	dims := b.Attrs.(*ir.BroadcastAttrs).Dims
	return src.Rank() == 1 && len(dims) == 1 && dims[0] == shape.Rank()-1
}

// addBias emits the add of an addmm pair: the float32 product (its
// dot_general kept its float32 out, dotAttrs) plus the bias rounded to the
// low dtype, rounded once to the low dtype. ok is false when the product
// did not run in the low dtype (float64 operands): then the add is an
// ordinary one.
func (a *autocaster) addBias(e *ir.Emitter, v *ir.Value) (*ir.Value, bool, error) {
	di := 0
	if v.Args[1].Op == ir.OpDotGeneral {
		di = 1
	}
	d, b := v.Args[di], v.Args[1-di]
	if d.Op != ir.OpDotGeneral || d.Args[0].Type.DType != a.low || d.Type.DType != ir.Float32 || b.Type.DType != ir.Float32 {
		return nil, false, nil
	}
	bl, err := a.convert(e, b, a.low)
	if err != nil {
		return nil, false, err
	}
	b32, err := a.convert(e, bl, ir.Float32)
	if err != nil {
		return nil, false, err
	}
	args := []*ir.Value{d, b32}
	if di == 1 {
		args[0], args[1] = b32, d
	}
	sum, err := e.Emit(ir.OpAdd, nil, v.Pos, args...)
	if err != nil {
		return nil, false, err
	}
	sum.Name = v.Name
	r, err := a.convert(e, sum, a.low)
	return r, true, err
}
