package interp

import (
	"fmt"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// instr is one value of the compiled function: its operands are slots
// (indices into program.code) of earlier instructions.
type instr struct {
	v     ir.Value // copy of the value (Args cleared): op, type, attrs, name, pos
	args  []int
	param int // parameter index for OpParameter
}

// program is a checked snapshot of a Func.
type program struct {
	name    string
	sig     backends.Signature
	code    []instr
	results []int
}

func compile(f *ir.Func) (*program, error) {
	if err := ir.Check(f); err != nil {
		return nil, fmt.Errorf("interp: compile: %w", err)
	}
	p := &program{name: f.Name, sig: backends.SignatureOf(f)}
	slot := make(map[*ir.Value]int, len(f.Values))
	params := make(map[*ir.Value]int, len(f.Params))
	for i, v := range f.Params {
		params[v] = i
	}
	for _, v := range f.Values {
		in := instr{v: *v, param: -1}
		in.v.Args = nil
		in.v.Type = ir.Type{DType: v.Type.DType, Shape: v.Type.Shape.Clone()}
		in.v.Attrs = ir.CloneAttrs(v.Attrs)
		if v.Op == ir.OpParameter {
			in.param = params[v]
		}
		for _, a := range v.Args {
			in.args = append(in.args, slot[a])
		}
		slot[v] = len(p.code)
		p.code = append(p.code, in)
	}
	for _, r := range f.Results {
		p.results = append(p.results, slot[r])
	}
	return p, nil
}

// run evaluates the program on validated arguments of the right types, as
// the only device of a one-device mesh.
func (p *program) run(args []*tensor.Tensor) ([]*tensor.Tensor, error) { return p.runOn(args, nil) }

// runOn evaluates the program as one device of the mesh peers connects
// (nil: a one-device mesh).
func (p *program) runOn(args []*tensor.Tensor, peers Peers) (outs []*tensor.Tensor, err error) {
	vals := make([]*tensor.Tensor, len(p.code))
	for i := range p.code {
		in := &p.code[i]
		ops := make([]*tensor.Tensor, len(in.args))
		for j, s := range in.args {
			ops[j] = vals[s]
		}
		var t *tensor.Tensor
		if in.v.Op.IsCollective() {
			t, err = collective(in, ops[0], peers, in.v.Type)
		} else {
			t, err = evalSafe(in, ops, args)
		}
		if err != nil {
			return nil, fmt.Errorf("interp: %s: %%%d = %s at %s: %w", p.name, in.v.ID, in.v.Op, in.v.Pos, err)
		}
		if !t.Type().Equal(in.v.Type) {
			return nil, fmt.Errorf("interp: %s: %%%d = %s produced %s, want %s", p.name, in.v.ID, in.v.Op, t.Type(), in.v.Type)
		}
		vals[i] = t
	}
	for _, s := range p.results {
		outs = append(outs, vals[s].Clone())
	}
	return outs, nil
}

// evalSafe turns an unexpected panic in an op implementation into an error.
func evalSafe(in *instr, ops, args []*tensor.Tensor) (t *tensor.Tensor, err error) {
	defer func() {
		if r := recover(); r != nil {
			t, err = nil, fmt.Errorf("internal error: %v", r)
		}
	}()
	return eval(in, ops, args)
}

func eval(in *instr, a []*tensor.Tensor, args []*tensor.Tensor) (*tensor.Tensor, error) {
	v := &in.v
	t := v.Type
	// The groups come from the op table: a new unary or binary elementwise
	// op arrives here, and TestGroupsAreImplemented fails until unary or
	// binary implements it.
	switch v.Op.Group() {
	case ir.GroupElementwiseUnary:
		return unary(v.Op, a[0], t)
	case ir.GroupElementwiseBinary:
		return binary(v.Op, a[0], a[1], t)
	}
	switch v.Op {
	case ir.OpParameter:
		return args[in.param], nil
	case ir.OpConstant:
		out := newTensor(t)
		copy(out.Data, v.Attrs.(*ir.ConstantAttrs).Data)
		return out, nil
	case ir.OpIota:
		return iota(t, v.Attrs.(*ir.IotaAttrs).Dim), nil
	case ir.OpCompare:
		return compare(v.Attrs.(*ir.CompareAttrs).Dir, a[0], a[1], t), nil
	case ir.OpSelect:
		return selectOp(a[0], a[1], a[2], t), nil
	case ir.OpConvert:
		return convert(a[0], t), nil
	case ir.OpBroadcastInDim:
		return broadcast(a[0], v.Attrs.(*ir.BroadcastAttrs).Dims, t), nil
	case ir.OpReshape:
		out := newTensor(t)
		copy(out.Data, a[0].Data)
		return out, nil
	case ir.OpTranspose:
		return transpose(a[0], v.Attrs.(*ir.TransposeAttrs).Perm, t), nil
	case ir.OpSlice:
		return slice(a[0], v.Attrs.(*ir.SliceAttrs), t), nil
	case ir.OpDynamicSlice:
		return dynamicSlice(a[0], a[1:], t), nil
	case ir.OpDynamicUpdateSlice:
		return dynamicUpdateSlice(a[0], a[1], a[2:], t), nil
	case ir.OpConcat:
		return concat(a, v.Attrs.(*ir.ConcatAttrs).Axis, t), nil
	case ir.OpPad:
		return pad(a[0], a[1], v.Attrs.(*ir.PadAttrs), t), nil
	case ir.OpGather:
		return gather(a[0], a[1], v.Attrs.(*ir.GatherAttrs), t), nil
	case ir.OpScatterAdd:
		return scatterAdd(a[0], a[1], a[2], v.Attrs.(*ir.GatherAttrs), t), nil
	case ir.OpReduce:
		return reduce(a[0], v.Attrs.(*ir.ReduceAttrs), t), nil
	case ir.OpArgMax, ir.OpArgMin:
		return argReduce(a[0], v.Attrs.(*ir.ArgAttrs).Axis, v.Op == ir.OpArgMax, t), nil
	case ir.OpDotGeneral:
		return dotGeneral(a[0], a[1], v.Attrs.(*ir.DotAttrs), t), nil
	case ir.OpConv:
		return conv(a[0], a[1], v.Attrs.(*ir.ConvAttrs), t), nil
	case ir.OpRNG:
		return rng(ir.ElementInt(ir.Int64, a[0].Data, 0), v.Attrs.(*ir.RNGAttrs).Dist, t), nil
	case ir.OpSoftmax:
		return softmax(a[0], v.Attrs.(*ir.AxisAttrs).Axis, false, t), nil
	case ir.OpLogSoftmax:
		return softmax(a[0], v.Attrs.(*ir.AxisAttrs).Axis, true, t), nil
	case ir.OpLayerNorm:
		return layerNorm(a[0], a[1], a[2], v.Attrs.(*ir.NormAttrs).Eps, t), nil
	case ir.OpRMSNorm:
		return rmsNorm(a[0], a[1], v.Attrs.(*ir.NormAttrs).Eps, t), nil
	case ir.OpGelu:
		return gelu(a[0], v.Attrs.(*ir.GeluAttrs).Approx, t), nil
	case ir.OpSilu:
		return silu(a[0], t), nil
	case ir.OpStopGradient:
		// The identity (gradients are autodiff's business); a copy, as
		// reshape makes, so no two values share storage.
		out := newTensor(t)
		copy(out.Data, a[0].Data)
		return out, nil
	case ir.OpAttention:
		return attention(a, v.Attrs.(*ir.AttentionAttrs), t), nil
	case ir.OpLinearCrossEntropy:
		return linearCrossEntropy(a, int64(v.Attrs.(*ir.LinearCrossEntropyAttrs).IgnoreIndex), t), nil
	case ir.OpAttentionGrad:
		return attentionGrad(v, a, t)
	case ir.OpExpertMatmul:
		return expertMatmul(a[0], a[1], a[2], v.Attrs.(*ir.ExpertMatmulAttrs).TransposeW, t), nil
	case ir.OpQuantMatmul:
		return quantMatmul(a[0], a[1], a[2], a[3], v.Attrs.(*ir.QuantMatmulAttrs), t), nil
	case ir.OpQuantMatmulCodebook:
		return quantMatmulCodebook(a[0], a[1], a[2], a[3], v.Attrs.(*ir.QuantMatmulCodebookAttrs), t), nil
	}
	return nil, fmt.Errorf("op %s is not implemented by interp", v.Op)
}
