package ir

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite ir/testdata golden files")

// caseBuilder builds one test function, remembering the first error so
// that case tables stay short. Every emitted value gets a position.
type caseBuilder struct {
	f    *Func
	err  error
	line int
}

func (b *caseBuilder) fail(err error) {
	if b.err == nil && err != nil {
		b.err = err
	}
}

func (b *caseBuilder) pos() Pos {
	b.line++
	return Pos{File: "cases.go", Line: b.line}
}

func (b *caseBuilder) param(name string, d DType, dims ...int) *Value {
	return b.f.Param(name, T(d, dims...))
}

func (b *caseBuilder) emit(op Op, attrs any, args ...*Value) *Value {
	v, err := b.f.Emit(op, attrs, b.pos(), args...)
	b.fail(err)
	return v
}

// constant builds a constant of type t from float64 values (converted
// with PutElementFloat), cycling through vals.
func (b *caseBuilder) constant(t Type, vals ...float64) *Value {
	data := make([]byte, t.Bytes())
	for i := 0; i < t.Shape.NumElements(); i++ {
		PutElementFloat(t.DType, data, i, vals[i%len(vals)])
	}
	v, err := b.f.Constant(t, data, b.pos())
	b.fail(err)
	return v
}

func (b *caseBuilder) intConstant(t Type, vals ...int64) *Value {
	data := make([]byte, t.Bytes())
	for i := 0; i < t.Shape.NumElements(); i++ {
		PutElementInt(t.DType, data, i, vals[i%len(vals)])
	}
	v, err := b.f.Constant(t, data, Pos{})
	b.fail(err)
	return v
}

// opCase builds a function exercising op; build returns the results.
type opCase struct {
	op    Op
	name  string
	build func(b *caseBuilder) []*Value
}

var floatTypes = []DType{Float32, BFloat16, Float16, Float64}

// interestingFloats covers signs, zero, infinities, NaN, subnormals and
// values that need every digit of their dtype.
var interestingFloats = []float64{0, math.Copysign(0, -1), 1.5, -2.25, math.Inf(1), math.Inf(-1), math.NaN(),
	0.1, 1e-3, 65504, 3.3895313892515355e38, 1e-40, 5.960464477539063e-08, 1.0 / 3, -123456.789}

func unaryCase(op Op, d DType) opCase {
	return opCase{op, fmt.Sprintf("%s_%s", op, d), func(b *caseBuilder) []*Value {
		return []*Value{b.emit(op, nil, b.param("x", d, 2, 3))}
	}}
}

func binaryCase(op Op, d DType, dims ...int) opCase {
	return opCase{op, fmt.Sprintf("%s_%s", op, d), func(b *caseBuilder) []*Value {
		x, y := b.param("x", d, dims...), b.param("y", d, dims...)
		return []*Value{b.emit(op, nil, x, y)}
	}}
}

// opCases has at least one case per op (TestOpCasesCoverEveryOp), with
// non-default attrs, several dtypes, empty dims and scalars.
func opCases() []opCase {
	cs := []opCase{
		{OpParameter, "params", func(b *caseBuilder) []*Value {
			return []*Value{b.param("model.layers.0.self_attn.q_proj.weight", BFloat16, 4, 8),
				b.param(`quote " and \ backslash`, Int64), b.param("ünïcødé→名前", Bool, 0, 3), b.param("\xff\x00bytes", Uint8, 1)}
		}},
		{OpIota, "iota", func(b *caseBuilder) []*Value {
			v, err := b.f.Iota(T(Int32, 3, 4), 1, b.pos())
			b.fail(err)
			w, err := b.f.Iota(T(BFloat16, 5), 0, Pos{})
			b.fail(err)
			return []*Value{v, w}
		}},
		{OpCompare, "compare", func(b *caseBuilder) []*Value {
			x, y := b.param("x", Float32, 2, 3), b.param("y", Float32, 2, 3)
			i, j := b.param("i", Int64), b.param("j", Int64)
			return []*Value{b.emit(OpCompare, &CompareAttrs{Dir: LE}, x, y), b.emit(OpCompare, &CompareAttrs{Dir: NE}, i, j)}
		}},
		{OpSelect, "select", func(b *caseBuilder) []*Value {
			p := b.param("p", Bool, 2, 0)
			return []*Value{b.emit(OpSelect, nil, p, b.param("a", Int8, 2, 0), b.param("b", Int8, 2, 0))}
		}},
		{OpConvert, "convert", func(b *caseBuilder) []*Value {
			x := b.param("x", Float32, 3)
			return []*Value{b.emit(OpConvert, &ConvertAttrs{To: BFloat16}, x), b.emit(OpConvert, &ConvertAttrs{To: Bool}, x),
				b.emit(OpConvert, &ConvertAttrs{To: Float16}, b.param("i", Int64, 2))}
		}},
		{OpBroadcastInDim, "broadcast", func(b *caseBuilder) []*Value {
			return []*Value{b.emit(OpBroadcastInDim, &BroadcastAttrs{Shape: Shape{4, 2, 3}, Dims: []int{1, 2}}, b.param("x", Float32, 1, 3)),
				b.emit(OpBroadcastInDim, &BroadcastAttrs{Shape: Shape{2, 5}}, b.param("s", Int32))}
		}},
		{OpReshape, "reshape", func(b *caseBuilder) []*Value {
			return []*Value{b.emit(OpReshape, &ReshapeAttrs{Shape: Shape{3, 2}}, b.param("x", Float32, 2, 3)),
				b.emit(OpReshape, &ReshapeAttrs{Shape: Shape{}}, b.param("y", Float64, 1, 1))}
		}},
		{OpTranspose, "transpose", func(b *caseBuilder) []*Value {
			return []*Value{b.emit(OpTranspose, &TransposeAttrs{Perm: []int{2, 0, 1}}, b.param("x", Float16, 2, 3, 4))}
		}},
		{OpSlice, "slice", func(b *caseBuilder) []*Value {
			return []*Value{b.emit(OpSlice, &SliceAttrs{Start: []int{0, 1}, Limit: []int{2, 6}, Stride: []int{1, 2}}, b.param("x", Float32, 2, 6))}
		}},
		{OpDynamicSlice, "dynamic_slice", func(b *caseBuilder) []*Value {
			x, i, j := b.param("x", Float32, 4, 6), b.param("i", Int32), b.param("j", Int64)
			return []*Value{b.emit(OpDynamicSlice, &DynamicSliceAttrs{Sizes: []int{2, 3}}, x, i, j)}
		}},
		{OpDynamicUpdateSlice, "dynamic_update_slice", func(b *caseBuilder) []*Value {
			x, u := b.param("cache", BFloat16, 1, 2, 8, 4), b.param("new", BFloat16, 1, 2, 1, 4)
			z, p := b.intConstant(T(Int64), 0), b.param("pos", Int32)
			return []*Value{b.emit(OpDynamicUpdateSlice, nil, x, u, z, z, p, z)}
		}},
		{OpConcat, "concat", func(b *caseBuilder) []*Value {
			return []*Value{b.emit(OpConcat, &ConcatAttrs{Axis: 1}, b.param("a", Float32, 2, 1), b.param("b", Float32, 2, 3), b.param("c", Float32, 2, 0))}
		}},
		{OpPad, "pad", func(b *caseBuilder) []*Value {
			x, z := b.param("x", Float32, 2, 3), b.constant(T(Float32), -1e9)
			return []*Value{b.emit(OpPad, &PadAttrs{Low: []int{1, -1}, High: []int{0, 2}, Interior: []int{1, 0}}, x, z)}
		}},
		{OpGather, "gather", func(b *caseBuilder) []*Value {
			emb, ids := b.param("wte", Float32, 10, 4), b.param("ids", Int64, 2, 3)
			x, idx := b.param("x", Float32, 2, 5, 3), b.param("idx", Int32, 2, 4)
			return []*Value{b.emit(OpGather, &GatherAttrs{}, emb, ids), b.emit(OpGather, &GatherAttrs{Axis: 1, BatchDims: 1}, x, idx)}
		}},
		{OpScatterAdd, "scatter_add", func(b *caseBuilder) []*Value {
			x, idx, u := b.param("x", Float32, 2, 5, 3), b.param("idx", Int32, 2, 4), b.param("u", Float32, 2, 4, 3)
			return []*Value{b.emit(OpScatterAdd, &GatherAttrs{Axis: 1, BatchDims: 1}, x, idx, u)}
		}},
		{OpReduce, "reduce", func(b *caseBuilder) []*Value {
			x, i := b.param("x", Float32, 2, 3, 4), b.param("i", Int32, 0, 2)
			return []*Value{b.emit(OpReduce, &ReduceAttrs{Kind: ReduceMax, Axes: []int{0, 2}}, x),
				b.emit(OpReduce, &ReduceAttrs{Kind: ReduceProd, Axes: []int{0}}, i), b.emit(OpReduce, &ReduceAttrs{Kind: ReduceSum}, i)}
		}},
		{OpArgMax, "arg_max", func(b *caseBuilder) []*Value {
			return []*Value{b.emit(OpArgMax, &ArgAttrs{Axis: 1, Out: Int32}, b.param("logits", Float32, 3, 5))}
		}},
		{OpArgMin, "arg_min", func(b *caseBuilder) []*Value {
			return []*Value{b.emit(OpArgMin, &ArgAttrs{Axis: 0, Out: Int64}, b.param("x", Int16, 4, 2))}
		}},
		{OpDotGeneral, "dot_general", func(b *caseBuilder) []*Value {
			l, r := b.param("l", BFloat16, 2, 3, 4), b.param("r", BFloat16, 2, 4, 5)
			i, j := b.param("i", Int8, 3, 4), b.param("j", Int8, 4)
			return []*Value{b.emit(OpDotGeneral, &DotAttrs{LhsBatch: []int{0}, RhsBatch: []int{0}, LhsContract: []int{2}, RhsContract: []int{1}, Out: Float32}, l, r),
				b.emit(OpDotGeneral, &DotAttrs{LhsContract: []int{1}, RhsContract: []int{0}, Out: Int32}, i, j)}
		}},
		{OpConv, "conv", func(b *caseBuilder) []*Value {
			x, k := b.param("pixel_values", Float32, 1, 4, 9, 9), b.param("kernel", Float32, 6, 2, 3, 3)
			a, w := b.param("audio", Float16, 2, 3, 10), b.param("w", Float16, 5, 3, 3)
			return []*Value{b.emit(OpConv, &ConvAttrs{Strides: []int{2, 1}, PadLow: []int{1, 0}, PadHigh: []int{1, 2}, Dilation: []int{1, 2}, Groups: 2}, x, k),
				b.emit(OpConv, &ConvAttrs{Strides: []int{2}, PadLow: []int{1}, PadHigh: []int{1}, Dilation: []int{1}, Groups: 1}, a, w)}
		}},
		{OpRNG, "rng", func(b *caseBuilder) []*Value {
			k := b.param("key", Int64)
			return []*Value{b.emit(OpRNG, &RNGAttrs{Dist: Normal, DType: BFloat16, Shape: Shape{2, 3}}, k),
				b.emit(OpRNG, &RNGAttrs{Dist: Uniform, DType: Float64, Shape: Shape{}}, k)}
		}},
		{OpSoftmax, "softmax", func(b *caseBuilder) []*Value {
			return []*Value{b.emit(OpSoftmax, &AxisAttrs{Axis: 1}, b.param("x", Float32, 2, 7))}
		}},
		{OpLogSoftmax, "log_softmax", func(b *caseBuilder) []*Value {
			return []*Value{b.emit(OpLogSoftmax, &AxisAttrs{Axis: 0}, b.param("x", BFloat16, 3, 2))}
		}},
		{OpLayerNorm, "layer_norm", func(b *caseBuilder) []*Value {
			x, w, c := b.param("x", Float32, 2, 3, 4), b.param("ln.weight", Float32, 4), b.param("ln.bias", Float32, 4)
			return []*Value{b.emit(OpLayerNorm, &NormAttrs{Eps: 1e-5}, x, w, c)}
		}},
		{OpRMSNorm, "rms_norm", func(b *caseBuilder) []*Value {
			x, w := b.param("x", BFloat16, 2, 3, 4), b.param("norm.weight", BFloat16, 3, 4)
			return []*Value{b.emit(OpRMSNorm, &NormAttrs{Eps: 1e-6}, x, w)}
		}},
		{OpGelu, "gelu", func(b *caseBuilder) []*Value {
			x := b.param("x", Float32, 2, 3)
			return []*Value{b.emit(OpGelu, &GeluAttrs{Approx: GeluTanh}, x), b.emit(OpGelu, &GeluAttrs{Approx: GeluExact}, x)}
		}},
		{OpSilu, "silu", func(b *caseBuilder) []*Value {
			return []*Value{b.emit(OpSilu, nil, b.param("x", Float16, 0))}
		}},
		{OpStopGradient, "stop_gradient", func(b *caseBuilder) []*Value {
			return []*Value{b.emit(OpStopGradient, nil, b.param("x", BFloat16, 0))}
		}},
		{OpAllReduce, "all_reduce", func(b *caseBuilder) []*Value {
			x := b.param("x", BFloat16, 2, 3)
			return []*Value{b.emit(OpAllReduce, &AllReduceAttrs{Kind: ReduceSum, GroupSize: 4}, x),
				b.emit(OpAllReduce, &AllReduceAttrs{Kind: ReduceMax, GroupSize: 2, Groups: []int{0, 2, 1, 3}}, b.param("i", Int32, 5))}
		}},
		{OpAllGather, "all_gather", func(b *caseBuilder) []*Value {
			return []*Value{b.emit(OpAllGather, &ShardAttrs{Axis: 1, GroupSize: 2, Groups: []int{1, 0}}, b.param("x", Float32, 2, 3))}
		}},
		{OpReduceScatter, "reduce_scatter", func(b *caseBuilder) []*Value {
			return []*Value{b.emit(OpReduceScatter, &ShardAttrs{Axis: 0, GroupSize: 2}, b.param("x", Float16, 4, 3))}
		}},
		{OpAttention, "attention", func(b *caseBuilder) []*Value {
			q, k, v := b.param("q", Float32, 2, 8, 3, 16), b.param("k", Float32, 2, 2, 5, 16), b.param("v", Float32, 2, 2, 5, 8)
			m, p, s := b.param("mask", Bool, 2, 5), b.param("positions", Int32, 2, 3), b.param("sinks", Float32, 8)
			return []*Value{
				b.emit(OpAttention, &AttentionAttrs{Scale: 0.25, Causal: true, Window: 4, SoftCap: 30, HasMask: true, HasPositions: true, HasSinks: true}, q, k, v, m, p, s),
				b.emit(OpAttention, &AttentionAttrs{Scale: 1 / math.Sqrt(16)}, q, k, v),
				b.emit(OpAttention, &AttentionAttrs{Scale: 0.1, HasSinks: true}, q, k, v, s),
			}
		}},
		{OpAttentionGrad, "attention_grad", func(b *caseBuilder) []*Value {
			q, k, v := b.param("q", BFloat16, 2, 4, 3, 16), b.param("k", BFloat16, 2, 2, 5, 16), b.param("v", BFloat16, 2, 2, 5, 8)
			o, do, m := b.param("o", BFloat16, 2, 4, 3, 8), b.param("do", BFloat16, 2, 4, 3, 8), b.param("mask", Bool, 2, 5)
			fwd := &AttentionAttrs{Scale: 0.25, Causal: true, HasMask: true}
			return []*Value{
				b.emit(OpAttentionGrad, NewAttentionGradAttrs(fwd, 0), q, k, v, o, do, m),
				b.emit(OpAttentionGrad, NewAttentionGradAttrs(fwd, 1), q, k, v, o, do, m),
				b.emit(OpAttentionGrad, NewAttentionGradAttrs(&AttentionAttrs{Scale: 1}, 2), q, k, v, o, do),
			}
		}},
		{OpLinearCrossEntropy, "linear_cross_entropy", func(b *caseBuilder) []*Value {
			h, w, y, c := b.param("h", BFloat16, 6, 4), b.param("lm_head.weight", BFloat16, 10, 4), b.param("labels", Int64, 6), b.param("bias", BFloat16, 10)
			return []*Value{
				b.emit(OpLinearCrossEntropy, &LinearCrossEntropyAttrs{IgnoreIndex: -100}, h, w, y),
				b.emit(OpLinearCrossEntropy, &LinearCrossEntropyAttrs{ChunkRows: 4, IgnoreIndex: 0}, h, w, y, c),
			}
		}},
		{OpExpertMatmul, "expert_matmul", func(b *caseBuilder) []*Value {
			x, w, wt, idx := b.param("x", Float32, 3, 1, 4), b.param("experts.gate_up_proj", Float32, 5, 6, 4), b.param("w_t", Float32, 5, 4, 6), b.param("idx", Int32, 3, 2)
			return []*Value{
				b.emit(OpExpertMatmul, &ExpertMatmulAttrs{}, x, w, idx),
				b.emit(OpExpertMatmul, &ExpertMatmulAttrs{TransposeW: true}, x, wt, idx),
			}
		}},
		{OpQuantMatmul, "quant_matmul", func(b *caseBuilder) []*Value {
			x, q4, q8 := b.param("x", Float32, 2, 64), b.param("m.kiln_qweight", Uint8, 3, 32), b.param("q8", Uint8, 3, 64)
			s, z := b.param("m.kiln_scales", Float16, 3, 2), b.param("m.kiln_zeros", Float16, 3, 2)
			return []*Value{
				b.emit(OpQuantMatmul, &QuantMatmulAttrs{Bits: 4, GroupSize: 32}, x, q4, s, z),
				b.emit(OpQuantMatmul, &QuantMatmulAttrs{Bits: 8, GroupSize: 32}, x, q8, s, z),
			}
		}},
		{OpQuantMatmulCodebook, "quant_matmul_codebook", func(b *caseBuilder) []*Value {
			x, q := b.param("x", Float32, 2, 128), b.param("m.kiln_qweight", Uint8, 3, 64)
			am, code := b.param("m.kiln_absmax", Float32, 3, 2), b.param("m.kiln_code", Float32, 16)
			return []*Value{
				b.emit(OpQuantMatmulCodebook, &QuantMatmulCodebookAttrs{GroupSize: 64, DType: BFloat16}, x, q, am, code),
			}
		}},
	}
	// Constants of every dtype, with the values that are hard to print.
	for _, d := range AllDTypes() {
		cs = append(cs, opCase{OpConstant, "constant_" + d.String(), func(b *caseBuilder) []*Value {
			if d.IsFloat() {
				return []*Value{b.constant(T(d, 3, 5), interestingFloats...), b.constant(T(d), -0.5), b.constant(T(d, 0, 4), 1)}
			}
			lo, hi := int64(0), int64(1)
			if d != Bool {
				bits := 8 * d.Size()
				if d.IsSigned() {
					lo, hi = -1<<(bits-1), 1<<(bits-1)-1
				} else {
					hi = 1<<bits - 1
				}
			}
			return []*Value{b.intConstant(T(d, 2, 3), lo, hi, 0, 1, lo+1, hi-1), b.intConstant(T(d), hi)}
		}})
	}
	// Elementwise ops, cycling through the dtypes each accepts.
	i := 0
	for _, op := range AllOps() {
		if !op.Has(FlagElementwise) || op == OpCompare || op == OpSelect || op == OpConvert {
			continue
		}
		var ds []DType // the dtypes op accepts
		for _, d := range AllDTypes() {
			t := T(d, 2)
			if op.Info().MinArgs == 1 && probe(op, t) || op.Info().MinArgs == 2 && probe(op, t, t) {
				ds = append(ds, d)
			}
		}
		if len(ds) == 0 {
			panic("no dtype accepted by " + op.String())
		}
		picked := []DType{ds[i%len(ds)]}
		if d := ds[(i+3)%len(ds)]; d != picked[0] {
			picked = append(picked, d)
		}
		for _, d := range picked {
			if op.Info().MinArgs == 1 {
				cs = append(cs, unaryCase(op, d))
			} else {
				cs = append(cs, binaryCase(op, d, 3, 2))
			}
		}
		i++
	}
	return cs
}

// probe reports whether op accepts operands of the given types (no attrs).
func probe(op Op, ts ...Type) bool {
	args := make([]*Value, len(ts))
	for i, t := range ts {
		args[i] = &Value{Type: t}
	}
	_, err := InferType(op, nil, args)
	return err == nil
}

// buildCase builds c as a function named after it; the returned values
// become results, some named.
func buildCase(c opCase) (*Func, error) {
	b := &caseBuilder{f: NewFunc(c.name)}
	res := c.build(b)
	if b.err != nil {
		return nil, fmt.Errorf("case %s: %w", c.name, b.err)
	}
	names := make([]string, len(res))
	for i := range names {
		if i%2 == 0 {
			names[i] = fmt.Sprintf("out.%d", i)
		}
	}
	b.f.SetResults(res, names)
	return b.f, Check(b.f)
}

func TestOpCasesCoverEveryOp(t *testing.T) {
	has := map[Op]bool{}
	for _, c := range opCases() {
		has[c.op] = true
	}
	for _, op := range AllOps() {
		if !has[op] {
			t.Errorf("op %s has no case in opCases: add one", op)
		}
	}
}

// TestRoundTripEveryOp prints, parses and prints again every case: the
// texts must be identical, IDs, params and constant bytes preserved, and
// values emitted after parsing must get fresh IDs.
func TestRoundTripEveryOp(t *testing.T) {
	for _, c := range opCases() {
		t.Run(c.name, func(t *testing.T) {
			f, err := buildCase(c)
			if err != nil {
				t.Fatal(err)
			}
			text := f.String()
			g, err := Parse(text)
			if err != nil {
				t.Fatalf("%v\n%s", err, text)
			}
			if err := Check(g); err != nil {
				t.Fatal(err)
			}
			if got := g.String(); got != text {
				t.Fatalf("round trip differs:\n%s\nwant\n%s", got, text)
			}
			compareFuncs(t, f, g)
		})
	}
}

func compareFuncs(t *testing.T, f, g *Func) {
	t.Helper()
	if len(g.Values) != len(f.Values) || len(g.Params) != len(f.Params) || len(g.Results) != len(f.Results) {
		t.Fatalf("parsed %d values, %d params, %d results; want %d, %d, %d",
			len(g.Values), len(g.Params), len(g.Results), len(f.Values), len(f.Params), len(f.Results))
	}
	for i, v := range f.Values {
		w := g.Values[i]
		if w.ID != v.ID || w.Op != v.Op || !w.Type.Equal(v.Type) || w.Name != v.Name || w.Pos != v.Pos || len(w.Args) != len(v.Args) {
			t.Errorf("value %d: parsed %s, want %s", i, w.LongString(), v.LongString())
		}
		if c, ok := v.Attrs.(*ConstantAttrs); ok && !bytes.Equal(c.Data, w.Attrs.(*ConstantAttrs).Data) {
			t.Errorf("%s: constant bytes %x, want %x", v, w.Attrs.(*ConstantAttrs).Data, c.Data)
		}
	}
	for i, p := range f.Params {
		if g.Params[i].Name != p.Name || g.Params[i].ID != p.ID {
			t.Errorf("param %d: %s %q, want %s %q", i, g.Params[i], g.Params[i].Name, p, p.Name)
		}
	}
	for i, r := range f.Results {
		if g.Results[i].ID != r.ID || g.ResultNames[i] != f.ResultNames[i] {
			t.Errorf("result %d: %s %q, want %s %q", i, g.Results[i], g.ResultNames[i], r, f.ResultNames[i])
		}
	}
	maxID := -1
	for _, v := range g.Values {
		maxID = max(maxID, v.ID)
	}
	if len(g.Params) > 0 {
		v, err := g.Emit(OpConvert, &ConvertAttrs{To: Float32}, Pos{}, g.Params[0])
		if err != nil {
			t.Fatal(err)
		}
		if v.ID <= maxID {
			t.Errorf("value emitted after parsing got ID %d, not above the parsed maximum %d", v.ID, maxID)
		}
		if err := Check(g); err != nil {
			t.Error(err)
		}
	}
}

// TestRoundTripNamesAndPositions covers quoted function names and every
// character class in value names, result names and file names.
func TestRoundTripNamesAndPositions(t *testing.T) {
	for _, name := range []string{"block", "model.layers.0", "1.2", "with space", `quo"te`, "ünï→", "", "\xfe\n\t"} {
		f := NewFunc(name)
		x := f.Param("x", T(Float32, 2))
		y, err := f.Emit(OpExp, nil, Pos{File: `dir with space/"q"/ü.go`, Line: 12}, x)
		if err != nil {
			t.Fatal(err)
		}
		y.Name = "line\nbreak\x00" + name
		z, err := f.Emit(OpNeg, nil, Pos{File: "m.go", Line: 0}, y)
		if err != nil {
			t.Fatal(err)
		}
		z.Name = "z"
		f.SetResults([]*Value{y, z, x, y}, []string{name, "", "α.β", `"`})
		text := f.String()
		g, err := Parse(text)
		if err != nil {
			t.Fatalf("%q: %v\n%s", name, err, text)
		}
		if g.Name != name || g.String() != text {
			t.Fatalf("%q: parsed name %q, text\n%s\nwant\n%s", name, g.Name, g, text)
		}
		compareFuncs(t, f, g)
	}
}

// TestGoldenAllOps pins the text format: the printed cases must match
// testdata/all_ops.ir byte for byte (go test ./ir -run Golden -update
// rewrites it after a deliberate format change), and the file must parse.
func TestGoldenAllOps(t *testing.T) {
	var b strings.Builder
	for _, c := range opCases() {
		f, err := buildCase(c)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(f.String())
		b.WriteString("\n")
	}
	path := filepath.Join("testdata", "all_ops.ir")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Fatalf("printed cases differ from %s (rerun with -update after a deliberate change)", path)
	}
	for i, text := range strings.SplitAfter(string(want), "}\n\n") {
		if strings.TrimSpace(text) == "" {
			continue
		}
		if _, err := Parse(text); err != nil {
			t.Errorf("%s function %d: %v", path, i, err)
		}
	}
}

// TestParseErrors: bad text fails with the line:column of the problem and
// a message saying what was expected.
func TestParseErrors(t *testing.T) {
	const x = "func @f {\n  %0 = parameter : f32[2] \"x\"\n"
	for _, c := range []struct{ src, want string }{
		{"", `1:1: expected "func", found end of input`},
		{"fun @f {\n", `1:1: expected "func", found "fun"`},
		{"func f {\n", `1:6: expected "@"`},
		{"func @a-b {\n", `1:7: expected function name`},
		{"func @f { return\n}\n", "1:11: expected end of line"},
		{x + "}\n", "3:1: expected a value line (%ID = op ...) or return"},
		{x + "  return %0\n", `4:1: expected "}", found end of input`},
		{x + "  return %0\n}\n}\n", "5:1: expected end of input after the function"},
		{x + "  %1 = frob %0 : f32[2]\n", `3:8: unknown op "frob"`},
		{x + "  %1 = exp %2 : f32[2]\n", "3:12: %2 is not defined before this use"},
		{x + "  %0 = exp %0 : f32[2]\n", "3:3: %0 is defined twice"},
		{x + "  %1 = add %0 : f32[2]\n", "3:8: add has 1 operands, want 2"},
		{x + "  %1 = exp %0 : f32[3]\n", "3:17: declared type f32[3], but exp of (f32[2]) gives f32[2]"},
		{x + "  %1 = exp %0 {dim=1} : f32[2]\n", "3:15: exp takes no attributes"},
		{x + "  %1 = convert %0 : f32[2]\n", "3:19: expected { with the attributes of convert"},
		{x + "  %1 = convert %0 {} : f32[2]\n", "3:20: convert is missing attribute(s) to"},
		{x + "  %1 = convert %0 {to=i8, to=i8} : i8[2]\n", `3:27: attribute "to" given twice`},
		{x + "  %1 = convert %0 {too=i8} : i8[2]\n", `3:20: convert has no attribute "too" (it has to)`},
		{x + "  %1 = convert %0 {to=f8} : i8[2]\n", `3:23: attribute to: unknown dtype "f8"`},
		{x + "  %1 = compare %0, %0 {dir=lower} : bool[2]\n", `3:28: attribute dir: unknown value "lower"`},
		{x + "  %1 = softmax %0 {axis=1.5} : f32[2]\n", `3:25: attribute axis: invalid integer "1.5"`},
		{x + "  %1 = layer_norm %0, %0, %0 {eps=tiny} : f32[2]\n", `attribute eps: invalid number "tiny"`},
		{x + "  %1 = attention %0, %0, %0 {scale=1, causal=yes} : f32[2]\n", "3:46: attribute causal: want true or false"},
		{x + "  %1 = reshape %0 {shape=[3]} : f32[3]\n", "3:8: reshape: operands (f32[2]): cannot reshape [2] (2 elements) to [3] (3 elements)"},
		{x + "  %1 = reshape %0 {shape=[1,2} : f32[1,2]\n", `3:30: expected ",", found "}"`},
		{"func @f {\n  %0 = constant {value=[1, 2]} : f32[3]\n", "2:24: constant of type f32[3] needs 3 elements, found 2"},
		{"func @f {\n  %0 = constant {value=[1, 2]} : f32[1]\n", "2:28: more than 1 elements for constant of type f32[1]"},
		{"func @f {\n  %0 = constant {value=[200]} : i8[]\n", `2:25: element 0: "200" is not an i8`},
		{"func @f {\n  %0 = constant {value=[-1]} : u8[]\n", `element 0: "-1" is not a u8`},
		{"func @f {\n  %0 = constant {value=[1]} : bool[]\n", "want true or false"},
		{"func @f {\n  %0 = constant {value=[1e39]} : f32[]\n", `"1e39" is not a number representable in 32-bit float`},
		{"func @f {\n  %0 = constant {value=[1 2]} : f32[2]\n", `2:27: expected ",", found "2"`},
		{"func @f {\n  %0 = constant {data=[1]} : f32[]\n", `expected value=[...] (constant data), found "data"`},
		{"func @f {\n  %0 = constant : f32[]\n", "expected { with the attributes of constant"},
		{"func @f {\n  %0 = parameter : f32[1099511627776,2] \"x\"\n", "2:20: type f32[1099511627776,2] has more than 2^40 elements"},
		{"func @f {\n  %0 = parameter : f32[99999999999999999999] \"x\"\n", "invalid dimension"},
		{"func @f {\n  %0 = parameter : f32[-1] \"x\"\n", "2:20: negative dimension in f32[-1]"},
		{"func @f {\n  %0 = parameter : f8[1] \"x\"\n", `2:20: unknown dtype "f8"`},
		{"func @f {\n  %0 = parameter : f32[1]\n", "2:20: parameter needs a name"},
		{x + "  %1 = parameter : f32[1] \"x\"\n", `3:20: parameter name "x" is already used by %0`},
		{x + "  %1 = parameter %0 : f32[1] \"y\"\n", "3:8: parameter has 1 operands, want 0"},
		{"func @f {\n  %0 = iota {dim=2} : i32[3,4]\n", "2:8: iota: iota dim 2 out of range for i32[3,4]"},
		{"func @f {\n  %0 = iota {dim=0} : bool[3]\n", "2:8: iota: iota of bool"},
		{x + "  %1 = exp %0 : f32[2] @\"\":3\n", "3:25: empty file name in position"},
		{x + "  %1 = exp %0 : f32[2] @\"m.go\":x\n", `3:32: invalid line number "x"`},
		{x + "  %1 = exp %0 : f32[2] \"unterminated\n", "3:24: unterminated string"},
		{x + "  %1 = exp %0 : f32[2] \"bad \\q escape\"\n", "3:24: invalid quoted string"},
		{x + "  %1 = exp %0 : f32[2] # comment\n", "3:24: unexpected character '#'"},
		{x + "  %1 = exp % : f32[2]\n", "3:12: expected a value ID (digits) after %"},
		{x + "  %99999999999 = exp %0 : f32[2]\n", "3:3: value ID %99999999999 too large"},
		{x + "  %1 = exp %0 : f32[2]  %2 = exp %1 : f32[2]\n", `3:25: expected end of line, found %2`},
		{x + "  return %0 \"a\" \"b\"\n}\n", `3:17: expected end of line, found string "b"`},
	} {
		_, err := Parse(c.src)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Parse(%q):\n got error %v\nwant error containing %q", c.src, err, c.want)
		}
	}
}

// TestParseAcceptsLooseSpelling: comments, blank lines, CRLF, extra
// spaces, dtype aliases and non-canonical numbers parse and print in the
// canonical form.
func TestParseAcceptsLooseSpelling(t *testing.T) {
	src := "// a golden test input\r\n\r\nfunc   @\"f\"{ // header\r\n" +
		"\t%3=parameter:F32[ 2 ]\"x\"\n\n" +
		"  %7 = constant {value=[+1.50, 0x1p-2, Inf, -Infinity, NaN]} : bfloat16[5] @\"m.go\":+7 // trailing\n" +
		"  %8 = constant {value=[007, -0]} : i64[2]\n" +
		"  %9 = layer_norm %3,%3,%3{ eps = 1E-5 } : f32[2]\n" +
		"  return %9\"y\" , %3\n}\n// end\n"
	want := "func @f {\n" +
		"  %3 = parameter : f32[2] \"x\"\n" +
		"  %7 = constant {value=[1.5, 0.25, inf, -inf, nan]} : bf16[5] @\"m.go\":7\n" +
		"  %8 = constant {value=[7, 0]} : i64[2]\n" +
		"  %9 = layer_norm %3, %3, %3 {eps=1e-05} : f32[2]\n" +
		"  return %9 \"y\", %3\n}\n"
	f, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if got := f.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	if v, _ := f.Emit(OpExp, nil, Pos{}, f.Params[0]); v == nil || v.ID != 10 {
		t.Fatalf("next value after %%9 got %v, want %%10", v)
	}
}

// TestParsedConstantRounding: f16/bf16 elements are read at float32
// precision and rounded to nearest even, f64 at full precision.
func TestParsedConstantRounding(t *testing.T) {
	for _, c := range []struct {
		typ, elems string
		want       []float64
	}{
		{"bf16[3]", "1.00390625, 1.01171875, 3.4e38", []float64{1, 1.015625, math.Inf(1)}},
		{"f16[3]", "1.00048828125, 65520, 1e-8", []float64{1, math.Inf(1), 0}},
		{"f32[2]", "0.1, 1e-46", []float64{float64(float32(0.1)), 0}},
		{"f64[2]", "0.1, 1e-320", []float64{0.1, 1e-320}},
	} {
		f, err := Parse("func @c {\n  %0 = constant {value=[" + c.elems + "]} : " + c.typ + "\n  return %0\n}\n")
		if err != nil {
			t.Fatalf("%s: %v", c.typ, err)
		}
		v := f.Values[0]
		for i, w := range c.want {
			if got := ElementFloat(v.Type.DType, v.Attrs.(*ConstantAttrs).Data, i); got != w {
				t.Errorf("%s element %d (%s): %v, want %v", c.typ, i, strings.Split(c.elems, ", ")[i], got, w)
			}
		}
	}
}

// TestDocsCoverEveryOp: docs/ir.md documents every op of the table, in a
// "### name[, name]" section or a table row "| `name`[, `name`] | ...".
func TestDocsCoverEveryOp(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "ir.md"))
	if err != nil {
		t.Fatal(err)
	}
	documented := map[string]bool{}
	for _, line := range strings.Split(string(doc), "\n") {
		var names string
		if rest, ok := strings.CutPrefix(line, "### "); ok {
			names = rest
		} else if rest, ok := strings.CutPrefix(line, "| `"); ok {
			names, _, _ = strings.Cut("`"+rest, " |")
		}
		for _, n := range strings.Split(names, ", ") {
			documented[strings.Trim(n, "`")] = true
		}
	}
	for _, op := range AllOps() {
		if !documented[op.String()] {
			t.Errorf("op %s is not documented in docs/ir.md", op)
		}
	}
}

// BenchmarkParse reads a 40k-value function with positions (about 1.9 MB).
func BenchmarkParse(b *testing.B) {
	f := NewFunc("big")
	x := f.Param("x", T(Float32, 64, 64))
	for i := 0; i < 20000; i++ {
		y, err := f.Emit(OpTanh, nil, Pos{File: "model.go", Line: i}, x)
		if err != nil {
			b.Fatal(err)
		}
		x, _ = f.Emit(OpAdd, nil, Pos{}, x, y)
	}
	f.SetResults([]*Value{x}, []string{"out"})
	text := f.String()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse(text); err != nil {
			b.Fatal(err)
		}
	}
}
