package xla

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/gomlx/go-xla/pkg/stablehlo"
	"github.com/gomlx/go-xla/pkg/types"
	"github.com/gomlx/go-xla/pkg/types/dtypes"
	"github.com/gomlx/go-xla/pkg/types/dtypes/bfloat16"
	"github.com/gomlx/go-xla/pkg/types/shapes"
	"github.com/x448/float16"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// lowerer turns one checked IR function that holds only primitive ops into
// a StableHLO module (the main function of a stablehlo.Builder).
type lowerer struct {
	fn       *stablehlo.Function
	vals     map[*ir.Value]*stablehlo.Value
	closures int
	useGEMV  bool // KILN_XLA_GEMV=1: one-token linear layers as multiply + reduce

	// cuDNN attention (cudnn_attention.go): the custom calls to splice into
	// the text, the attentions whose softmax stats a backward reads, each
	// lowered forward, and each backward's three results by (o, do).
	calls      []*customCall
	cudnnStats map[*ir.Value]bool
	cudnnFwds  map[*ir.Value]*cudnnFwd
	cudnnGrads map[[2]*ir.Value][]*stablehlo.Value
	// barriers: placeholder name -> its stablehlo.optimization_barrier
	// statement (remat_barrier.go).
	barriers map[string]string
	// epilogues: the linear layers with a bias whose add runs in the
	// GEMM's epilogue (bias_epilogue.go), by each of their values.
	epilogues map[*ir.Value]*biasEpilogue
}

// dtypeOf maps an IR dtype to go-xla's.
func dtypeOf(d ir.DType) (dtypes.DType, error) {
	switch d {
	case ir.Bool:
		return dtypes.Bool, nil
	case ir.Int8:
		return dtypes.Int8, nil
	case ir.Uint8:
		return dtypes.Uint8, nil
	case ir.Int16:
		return dtypes.Int16, nil
	case ir.Int32:
		return dtypes.Int32, nil
	case ir.Int64:
		return dtypes.Int64, nil
	case ir.Float16:
		return dtypes.Float16, nil
	case ir.BFloat16:
		return dtypes.BFloat16, nil
	case ir.Float32:
		return dtypes.Float32, nil
	case ir.Float64:
		return dtypes.Float64, nil
	}
	return dtypes.INVALID, fmt.Errorf("dtype %s has no StableHLO equivalent", d)
}

func shapeOf(t ir.Type) (shapes.Shape, error) {
	d, err := dtypeOf(t.DType)
	if err != nil {
		return shapes.Shape{}, err
	}
	return shapes.Make(d, t.Shape...), nil
}

// lowerValue emits the StableHLO of one IR value.
func (l *lowerer) lowerValue(v *ir.Value) (*stablehlo.Value, error) {
	a := make([]*stablehlo.Value, len(v.Args))
	for i, x := range v.Args {
		a[i] = l.vals[x]
		if a[i] == nil {
			return nil, fmt.Errorf("operand %d (%%%d) was not lowered", i, x.ID)
		}
	}
	t := v.Type
	if out, ok, err := l.lowerBiasEpilogue(v, a); ok {
		return out, err
	}
	// The groups come from the op table: a new unary or binary elementwise
	// op arrives here, and TestGroupTablesCoverTheOpTable fails until
	// unaryOps or binaryOps has it.
	switch v.Op.Group() {
	case ir.GroupElementwiseUnary:
		return l.unary(v.Op, a[0], t.DType)
	case ir.GroupElementwiseBinary:
		return l.binary(v.Op, a[0], a[1], v.Args[0].Type)
	}
	if v.Op == ir.OpReshape && passes.IsRematBarrier(v) && barrierDType(t.DType) {
		return l.rematBarrier(a[0], t)
	}
	switch v.Op {
	case ir.OpAttention: // kept only for cuDNN (EmitFor)
		return l.lowerCuDNNAttention(v, a)
	case ir.OpAttentionGrad:
		return l.lowerCuDNNAttentionGrad(v, a)
	case ir.OpConstant:
		return l.constant(t, v.Attrs.(*ir.ConstantAttrs).Data)
	case ir.OpIota:
		sh := shapes.Make(dtypes.Int64, t.Shape...)
		io, err := l.fn.Iota(sh, v.Attrs.(*ir.IotaAttrs).Dim)
		if err != nil {
			return nil, err
		}
		return l.convert(io, ir.Int64, t.DType)
	case ir.OpCompare:
		return l.compare(a[0], a[1], v.Attrs.(*ir.CompareAttrs).Dir, v.Args[0].Type.DType)
	case ir.OpSelect:
		return stablehlo.Select(a[0], a[1], a[2])
	case ir.OpConvert:
		return l.convert(a[0], v.Args[0].Type.DType, t.DType)
	case ir.OpBroadcastInDim:
		sh, err := shapeOf(t)
		if err != nil {
			return nil, err
		}
		return stablehlo.BroadcastInDim(a[0], sh, v.Attrs.(*ir.BroadcastAttrs).Dims)
	case ir.OpReshape:
		sh, err := shapeOf(t)
		if err != nil {
			return nil, err
		}
		return stablehlo.Reshape(a[0], sh)
	case ir.OpTranspose:
		return stablehlo.Transpose(a[0], v.Attrs.(*ir.TransposeAttrs).Perm...)
	case ir.OpSlice:
		s := v.Attrs.(*ir.SliceAttrs)
		return stablehlo.Slice(a[0], s.Start, s.Limit, s.Stride)
	case ir.OpDynamicSlice:
		idx, err := l.indices(a[1:], v.Args[1:])
		if err != nil {
			return nil, err
		}
		return stablehlo.DynamicSlice(a[0], idx, v.Attrs.(*ir.DynamicSliceAttrs).Sizes)
	case ir.OpDynamicUpdateSlice:
		idx, err := l.indices(a[2:], v.Args[2:])
		if err != nil {
			return nil, err
		}
		return stablehlo.DynamicUpdateSlice(a[0], a[1], idx)
	case ir.OpConcat:
		return stablehlo.Concatenate(v.Attrs.(*ir.ConcatAttrs).Axis, a...)
	case ir.OpPad:
		p := v.Attrs.(*ir.PadAttrs)
		return stablehlo.Pad(a[0], a[1], p.Low, p.High, p.Interior)
	case ir.OpGather:
		return l.gather(a[0], a[1], v.Args[0].Type, v.Args[1].Type, v.Attrs.(*ir.GatherAttrs), t)
	case ir.OpScatterAdd:
		return l.scatterAdd(a[0], a[1], a[2], v.Args[0].Type, v.Args[1].Type, v.Args[2].Type, v.Attrs.(*ir.GatherAttrs))
	case ir.OpReduce:
		return l.reduce(a[0], v.Args[0].Type, v.Attrs.(*ir.ReduceAttrs))
	case ir.OpArgMax, ir.OpArgMin:
		return l.argReduce(a[0], v.Args[0].Type, v.Attrs.(*ir.ArgAttrs), v.Op == ir.OpArgMax)
	case ir.OpDotGeneral:
		return l.dot(a[0], a[1], v.Args[0].Type.DType, v.Attrs.(*ir.DotAttrs))
	case ir.OpConv:
		if t.Shape.NumElements() == 0 {
			return l.zeros(t)
		}
		return l.conv(a[0], a[1], v.Args[0].Type, v.Attrs.(*ir.ConvAttrs))
	}
	return nil, fmt.Errorf("op %s has no StableHLO lowering (it should have been decomposed)", v.Op)
}

// scalar emits a scalar constant of dtype d holding x (integers from
// int64(x), wrapping).
func (l *lowerer) scalar(d ir.DType, x float64) (*stablehlo.Value, error) {
	buf := make([]byte, d.Size())
	if d.IsFloat() {
		ir.PutElementFloat(d, buf, 0, x)
	} else {
		ir.PutElementInt(d, buf, 0, int64(x))
	}
	return l.constant(ir.Type{DType: d}, buf)
}

// scalarInt is scalar for integer values that float64 cannot hold exactly.
func (l *lowerer) scalarInt(d ir.DType, x int64) (*stablehlo.Value, error) {
	buf := make([]byte, d.Size())
	ir.PutElementInt(d, buf, 0, x)
	return l.constant(ir.Type{DType: d}, buf)
}

// fill broadcasts scalar s to shape (dtype of s).
func fill(s *stablehlo.Value, like *stablehlo.Value) (*stablehlo.Value, error) {
	sh := like.Shape()
	if sh.Rank() == 0 {
		return s, nil
	}
	return stablehlo.BroadcastInDim(s, shapes.Make(s.Shape().DType, sh.Dimensions...), nil)
}

// full is a tensor shaped like `like` of dtype d filled with x.
func (l *lowerer) full(d ir.DType, x float64, like *stablehlo.Value) (*stablehlo.Value, error) {
	s, err := l.scalar(d, x)
	if err != nil {
		return nil, err
	}
	return fill(s, like)
}

func (l *lowerer) fullInt(d ir.DType, x int64, like *stablehlo.Value) (*stablehlo.Value, error) {
	s, err := l.scalarInt(d, x)
	if err != nil {
		return nil, err
	}
	return fill(s, like)
}

// constant emits a literal: a splat becomes a scalar broadcast.
func (l *lowerer) constant(t ir.Type, data []byte) (*stablehlo.Value, error) {
	n := t.Shape.NumElements()
	es := t.DType.Size()
	if len(data) != n*es {
		return nil, fmt.Errorf("constant of %s has %d bytes, want %d", t, len(data), n*es)
	}
	if n > 1 {
		splat := true
		for i := 1; i < n && splat; i++ {
			for k := 0; k < es; k++ {
				if data[i*es+k] != data[k] {
					splat = false
					break
				}
			}
		}
		if splat {
			s, err := l.constant(ir.Type{DType: t.DType}, data[:es])
			if err != nil {
				return nil, err
			}
			sh, err := shapeOf(t)
			if err != nil {
				return nil, err
			}
			return stablehlo.BroadcastInDim(s, sh, nil)
		}
	}
	flat, err := flatOf(t.DType, data, n)
	if err != nil {
		return nil, err
	}
	return l.fn.ConstantFromFlatAndDimensions(flat, t.Shape...)
}

// flatOf decodes little-endian element bytes into a Go slice of the
// matching type, which go-xla prints exactly (non-finite floats as hex).
func flatOf(d ir.DType, data []byte, n int) (any, error) {
	le := binary.LittleEndian
	switch d {
	case ir.Bool:
		out := make([]bool, n)
		for i := range out {
			out[i] = data[i] != 0
		}
		return out, nil
	case ir.Int8:
		out := make([]int8, n)
		for i := range out {
			out[i] = int8(data[i])
		}
		return out, nil
	case ir.Uint8:
		return append([]uint8(nil), data[:n]...), nil
	case ir.Int16:
		out := make([]int16, n)
		for i := range out {
			out[i] = int16(le.Uint16(data[2*i:]))
		}
		return out, nil
	case ir.Int32:
		out := make([]int32, n)
		for i := range out {
			out[i] = int32(le.Uint32(data[4*i:]))
		}
		return out, nil
	case ir.Int64:
		out := make([]int64, n)
		for i := range out {
			out[i] = int64(le.Uint64(data[8*i:]))
		}
		return out, nil
	case ir.Float16:
		out := make([]float16.Float16, n)
		for i := range out {
			out[i] = float16.Frombits(le.Uint16(data[2*i:]))
		}
		return out, nil
	case ir.BFloat16:
		out := make([]bfloat16.BFloat16, n)
		for i := range out {
			out[i] = bfloat16.FromBits(le.Uint16(data[2*i:]))
		}
		return out, nil
	case ir.Float32:
		out := make([]float32, n)
		for i := range out {
			out[i] = math.Float32frombits(le.Uint32(data[4*i:]))
		}
		return out, nil
	case ir.Float64:
		out := make([]float64, n)
		for i := range out {
			out[i] = math.Float64frombits(le.Uint64(data[8*i:]))
		}
		return out, nil
	}
	return nil, fmt.Errorf("constant of dtype %s has no StableHLO form", d)
}

// indices converts dynamic-slice start operands to one integer type (i64),
// as StableHLO requires.
func (l *lowerer) indices(xs []*stablehlo.Value, irs []*ir.Value) ([]*stablehlo.Value, error) {
	out := make([]*stablehlo.Value, len(xs))
	for i, x := range xs {
		if irs[i].Type.DType == ir.Int64 {
			out[i] = x
			continue
		}
		c, err := l.convert(x, irs[i].Type.DType, ir.Int64)
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}

func compareType(d ir.DType) types.ComparisonType {
	switch {
	case d.IsFloat():
		return types.CompareFloat
	case d == ir.Bool || d == ir.Uint8:
		return types.CompareUnsigned
	}
	return types.CompareSigned
}

var compareDirs = map[ir.CompareDir]types.ComparisonDirection{
	ir.EQ: types.CompareEQ, ir.NE: types.CompareNE, ir.LT: types.CompareLT,
	ir.LE: types.CompareLE, ir.GT: types.CompareGT, ir.GE: types.CompareGE,
}

func (l *lowerer) compare(x, y *stablehlo.Value, dir ir.CompareDir, d ir.DType) (*stablehlo.Value, error) {
	cd, ok := compareDirs[dir]
	if !ok {
		return nil, fmt.Errorf("invalid comparison %d", dir)
	}
	return stablehlo.Compare(x, y, cd, compareType(d))
}

// convert implements the IR's Convert: float->int truncates and saturates
// (NaN -> 0), x->bool is x != 0, int->f16/bf16 rounds through f32.
func (l *lowerer) convert(x *stablehlo.Value, from, to ir.DType) (*stablehlo.Value, error) {
	if from == to {
		return x, nil
	}
	if to == ir.Bool {
		z, err := l.full(from, 0, x)
		if err != nil {
			return nil, err
		}
		return l.compare(x, z, ir.NE, from)
	}
	tdt, err := dtypeOf(to)
	if err != nil {
		return nil, err
	}
	switch {
	case from.IsFloat() && !to.IsFloat():
		return l.floatToInt(x, from, to)
	case !from.IsFloat() && from != ir.Bool && (to == ir.Float16 || to == ir.BFloat16):
		f, err := stablehlo.Convert(x, dtypes.Float32)
		if err != nil {
			return nil, err
		}
		return stablehlo.Convert(f, tdt)
	}
	return stablehlo.Convert(x, tdt)
}

// floatToInt truncates toward zero and saturates into the integer range;
// NaN becomes 0.
func (l *lowerer) floatToInt(x *stablehlo.Value, from, to ir.DType) (*stablehlo.Value, error) {
	tdt, err := dtypeOf(to)
	if err != nil {
		return nil, err
	}
	bits := 8 * to.Size()
	var lo, hi int64
	var hiBound float64 // first value above the range
	if to == ir.Uint8 {
		lo, hi, hiBound = 0, 255, 256
	} else {
		lo, hi = -1<<(bits-1), 1<<(bits-1)-1
		hiBound = math.Ldexp(1, bits-1)
	}
	r, err := stablehlo.Convert(x, tdt)
	if err != nil {
		return nil, err
	}
	steps := []struct {
		dir   ir.CompareDir
		bound float64
		val   int64
	}{
		{ir.GE, hiBound, hi},
		{ir.LE, float64(lo), lo},
	}
	for _, s := range steps {
		b, err := l.full(from, s.bound, x)
		if err != nil {
			return nil, err
		}
		p, err := l.compare(x, b, s.dir, from)
		if err != nil {
			return nil, err
		}
		v, err := l.fullInt(to, s.val, x)
		if err != nil {
			return nil, err
		}
		if r, err = stablehlo.Select(p, v, r); err != nil {
			return nil, err
		}
	}
	nan, err := l.compare(x, x, ir.NE, from)
	if err != nil {
		return nil, err
	}
	zero, err := l.fullInt(to, 0, x)
	if err != nil {
		return nil, err
	}
	return stablehlo.Select(nan, zero, r)
}
