package frontend_test

import (
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// TestMethodResultTypes builds every Tensor method on small parameters and
// checks the result type (and, where it matters, the ops emitted).
func TestMethodResultTypes(t *testing.T) {
	f32 := func(d ...int) ir.Type { return ir.T(ir.Float32, d...) }
	type env struct {
		g                *frontend.Graph
		x                *frontend.Tensor // f32 (2, 3, 4)
		v                *frontend.Tensor // f32 (4)
		m                *frontend.Tensor // f32 (4, 5)
		b                *frontend.Tensor // f32 (2, 4, 5)
		ids              *frontend.Tensor // i32 (2, 3)
		i                *frontend.Tensor // i64 (2, 3, 4)
		cond             *frontend.Tensor // bool (3, 4)
		q, k, val, kmask *frontend.Tensor
	}
	tests := []struct {
		name string
		fn   func(e env) *frontend.Tensor
		want ir.Type
		op   ir.Op // op of the result value, OpInvalid = don't check
	}{
		{"Neg", func(e env) *frontend.Tensor { return e.x.Neg() }, f32(2, 3, 4), ir.OpNeg},
		{"Exp", func(e env) *frontend.Tensor { return e.x.Exp() }, f32(2, 3, 4), ir.OpExp},
		{"Silu", func(e env) *frontend.Tensor { return e.x.Silu() }, f32(2, 3, 4), ir.OpSilu},
		{"IsFinite", func(e env) *frontend.Tensor { return e.x.IsFinite() }, ir.T(ir.Bool, 2, 3, 4), ir.OpIsFinite},
		{"Add", func(e env) *frontend.Tensor { return e.x.Add(e.v) }, f32(2, 3, 4), ir.OpAdd},
		{"Pow", func(e env) *frontend.Tensor { return e.x.Pow(e.x) }, f32(2, 3, 4), ir.OpPow},
		{"Max", func(e env) *frontend.Tensor { return e.x.Max(e.v) }, f32(2, 3, 4), ir.OpMax},
		{"And", func(e env) *frontend.Tensor { return e.cond.And(e.cond) }, ir.T(ir.Bool, 3, 4), ir.OpAnd},
		{"ShiftLeft", func(e env) *frontend.Tensor { return e.i.ShiftLeft(e.i) }, ir.T(ir.Int64, 2, 3, 4), ir.OpShiftLeft},
		{"MulScalar", func(e env) *frontend.Tensor { return e.x.MulScalar(0.5) }, f32(2, 3, 4), ir.OpMul},
		{"AddScalar", func(e env) *frontend.Tensor { return e.i.AddScalar(3) }, ir.T(ir.Int64, 2, 3, 4), ir.OpAdd},
		{"RSubScalar", func(e env) *frontend.Tensor { return e.x.RSubScalar(1) }, f32(2, 3, 4), ir.OpSub},
		{"MulScalarBF16Exact", func(e env) *frontend.Tensor { return e.x.AsType(ir.BFloat16).MulScalar(0.5) }, ir.T(ir.BFloat16, 2, 3, 4), ir.OpMul},
		{"MulScalarBF16InF32", func(e env) *frontend.Tensor { return e.x.AsType(ir.BFloat16).MulScalar(0.1) }, ir.T(ir.BFloat16, 2, 3, 4), ir.OpConvert},
		{"MeanF16InF32", func(e env) *frontend.Tensor { return e.x.AsType(ir.Float16).Mean(-1) }, ir.T(ir.Float16, 2, 3), ir.OpConvert},
		{"DivScalar", func(e env) *frontend.Tensor { return e.x.DivScalar(2) }, f32(2, 3, 4), ir.OpDiv},
		{"RDivScalar", func(e env) *frontend.Tensor { return e.x.RDivScalar(2) }, f32(2, 3, 4), ir.OpDiv},
		{"PowScalar", func(e env) *frontend.Tensor { return e.x.PowScalar(2) }, f32(2, 3, 4), ir.OpPow},
		{"Clamp", func(e env) *frontend.Tensor { return e.x.Clamp(-1, 1) }, f32(2, 3, 4), ir.OpMin},
		{"Relu", func(e env) *frontend.Tensor { return e.x.Relu() }, f32(2, 3, 4), ir.OpMax},
		{"Softplus", func(e env) *frontend.Tensor { return e.x.Softplus() }, f32(2, 3, 4), ir.OpSelect},
		{"Eq", func(e env) *frontend.Tensor { return e.x.Eq(e.v) }, ir.T(ir.Bool, 2, 3, 4), ir.OpCompare},
		{"Ge", func(e env) *frontend.Tensor { return e.i.Ge(e.i.Scalar(0)) }, ir.T(ir.Bool, 2, 3, 4), ir.OpCompare},
		{"Where", func(e env) *frontend.Tensor { return frontend.Where(e.cond, e.x, e.x.Scalar(0)) }, f32(2, 3, 4), ir.OpSelect},
		{"AsType", func(e env) *frontend.Tensor { return e.x.AsType(ir.BFloat16) }, ir.T(ir.BFloat16, 2, 3, 4), ir.OpConvert},
		{"AsTypeSame", func(e env) *frontend.Tensor { return e.x.AsType(ir.Float32) }, f32(2, 3, 4), ir.OpParameter},
		{"BroadcastTo", func(e env) *frontend.Tensor { return e.v.BroadcastTo(3, 1, 4) }, f32(3, 1, 4), ir.OpBroadcastInDim},
		{"Reshape", func(e env) *frontend.Tensor { return e.x.Reshape(6, -1) }, f32(6, 4), ir.OpReshape},
		{"ReshapeSame", func(e env) *frontend.Tensor { return e.x.Reshape(2, -1, 4) }, f32(2, 3, 4), ir.OpParameter},
		{"Flatten", func(e env) *frontend.Tensor { return e.x.Flatten(1, -1) }, f32(2, 12), ir.OpReshape},
		{"Unsqueeze", func(e env) *frontend.Tensor { return e.x.Unsqueeze(-1) }, f32(2, 3, 4, 1), ir.OpReshape},
		{"Squeeze", func(e env) *frontend.Tensor { return e.x.Unsqueeze(1).Squeeze() }, f32(2, 3, 4), ir.OpReshape},
		{"Transpose", func(e env) *frontend.Tensor { return e.x.Transpose(2, 0, -2) }, f32(4, 2, 3), ir.OpTranspose},
		{"TransposeReverse", func(e env) *frontend.Tensor { return e.x.Transpose() }, f32(4, 3, 2), ir.OpTranspose},
		{"T", func(e env) *frontend.Tensor { return e.x.T() }, f32(2, 4, 3), ir.OpTranspose},
		{"SwapAxes", func(e env) *frontend.Tensor { return e.x.SwapAxes(0, -1) }, f32(4, 3, 2), ir.OpTranspose},
		{"Slice", func(e env) *frontend.Tensor { return e.x.Slice(frontend.All(), frontend.R(1, frontend.End)) }, f32(2, 2, 4), ir.OpSlice},
		{"SliceNeg", func(e env) *frontend.Tensor {
			return e.x.Slice(frontend.R(-1, 5), frontend.Range{Start: 0, Stop: 3, Step: 2})
		}, f32(1, 2, 4), ir.OpSlice},
		{"SliceAll", func(e env) *frontend.Tensor { return e.x.Slice(frontend.All()) }, f32(2, 3, 4), ir.OpParameter},
		{"SliceAxis", func(e env) *frontend.Tensor { return e.x.SliceAxis(-1, 0, -2) }, f32(2, 3, 2), ir.OpSlice},
		{"SliceEmpty", func(e env) *frontend.Tensor { return e.x.SliceAxis(1, 2, 1) }, f32(2, 0, 4), ir.OpSlice},
		{"Concat", func(e env) *frontend.Tensor { return frontend.Concat(-1, e.x, e.x) }, f32(2, 3, 8), ir.OpConcat},
		{"Stack", func(e env) *frontend.Tensor { return frontend.Stack(0, e.v, e.v, e.v) }, f32(3, 4), ir.OpConcat},
		{"Split", func(e env) *frontend.Tensor { return e.x.Split(2, 1, 3)[1] }, f32(2, 3, 3), ir.OpSlice},
		{"Chunk", func(e env) *frontend.Tensor { return e.x.Chunk(2, -1)[0] }, f32(2, 3, 2), ir.OpSlice},
		{"Pad", func(e env) *frontend.Tensor { return e.x.Pad([]int{0, 1, 0}, []int{0, 0, -1}, 0) }, f32(2, 4, 3), ir.OpPad},
		{"Take", func(e env) *frontend.Tensor { return e.m.Take(e.ids, 0) }, f32(2, 3, 5), ir.OpGather},
		{"Gather", func(e env) *frontend.Tensor { return e.x.Gather(e.ids, 1, 1) }, f32(2, 3, 4), ir.OpGather},
		{"TakeAlongAxisLast", func(e env) *frontend.Tensor { return e.x.TakeAlongAxis(e.i, -1) }, f32(2, 3, 4), ir.OpGather},
		{"TakeAlongAxis0", func(e env) *frontend.Tensor { return e.x.TakeAlongAxis(e.i.SliceAxis(0, 0, 1), 0) }, f32(1, 3, 4), ir.OpTranspose},
		{"ScatterAdd", func(e env) *frontend.Tensor { return e.m.ScatterAdd(e.ids, e.m.Take(e.ids, 0), 0, 0) }, f32(4, 5), ir.OpScatterAdd},
		{"DynamicSlice", func(e env) *frontend.Tensor {
			z := e.g.ConstScalar(ir.Int32, 0)
			return e.x.DynamicSlice([]*frontend.Tensor{z, z, z}, 1, 2, 4)
		}, f32(1, 2, 4), ir.OpDynamicSlice},
		{"DynamicUpdateSlice", func(e env) *frontend.Tensor {
			z := e.g.ConstScalar(ir.Int64, 1)
			return e.x.DynamicUpdateSlice(e.x.SliceAxis(0, 0, 1), z, z, z)
		}, f32(2, 3, 4), ir.OpDynamicUpdateSlice},
		{"Sum", func(e env) *frontend.Tensor { return e.x.Sum(-1, 0) }, f32(3), ir.OpReduce},
		{"SumAll", func(e env) *frontend.Tensor { return e.x.Sum() }, f32(), ir.OpReduce},
		{"SumKeep", func(e env) *frontend.Tensor { return e.x.SumKeep(1) }, f32(2, 1, 4), ir.OpReshape},
		{"Mean", func(e env) *frontend.Tensor { return e.x.Mean(-1) }, f32(2, 3), ir.OpDiv},
		{"MeanKeep", func(e env) *frontend.Tensor { return e.x.MeanKeep(-1) }, f32(2, 3, 1), ir.OpDiv},
		{"ReduceMax", func(e env) *frontend.Tensor { return e.x.ReduceMax(1) }, f32(2, 4), ir.OpReduce},
		{"ReduceMinKeep", func(e env) *frontend.Tensor { return e.x.ReduceMinKeep(0, 2) }, f32(1, 3, 1), ir.OpReshape},
		{"Prod", func(e env) *frontend.Tensor { return e.i.Prod(0) }, ir.T(ir.Int64, 3, 4), ir.OpReduce},
		{"Var", func(e env) *frontend.Tensor { return e.x.Var(-1) }, f32(2, 3), ir.OpDiv},
		{"Variance", func(e env) *frontend.Tensor { return e.x.Variance(1, true, 0, 1) }, f32(1, 1, 4), ir.OpDiv},
		{"ArgMax", func(e env) *frontend.Tensor { return e.x.ArgMax(-1) }, ir.T(ir.Int64, 2, 3), ir.OpArgMax},
		{"ArgMin", func(e env) *frontend.Tensor { return e.x.ArgMin(0) }, ir.T(ir.Int64, 3, 4), ir.OpArgMin},
		{"Softmax", func(e env) *frontend.Tensor { return e.x.Softmax(-1) }, f32(2, 3, 4), ir.OpSoftmax},
		{"LogSoftmax", func(e env) *frontend.Tensor { return e.x.LogSoftmax(1) }, f32(2, 3, 4), ir.OpLogSoftmax},
		{"MatMul2D", func(e env) *frontend.Tensor { return e.x.SliceAxis(0, 0, 1).Reshape(3, 4).MatMul(e.m) }, f32(3, 5), ir.OpDotGeneral},
		{"MatMulBatchW", func(e env) *frontend.Tensor { return e.x.MatMul(e.m) }, f32(2, 3, 5), ir.OpDotGeneral},
		{"MatMulBatched", func(e env) *frontend.Tensor { return e.x.MatMul(e.b) }, f32(2, 3, 5), ir.OpDotGeneral},
		{"MatMulBroadcastBatch", func(e env) *frontend.Tensor { return e.x.Unsqueeze(0).MatMul(e.b.Unsqueeze(1)) }, f32(2, 2, 3, 5), ir.OpDotGeneral},
		{"MatMulLhs2D", func(e env) *frontend.Tensor { return e.x.SliceAxis(0, 0, 1).Reshape(3, 4).MatMul(e.b) }, f32(2, 3, 5), ir.OpTranspose},
		{"MatMulVecMat", func(e env) *frontend.Tensor { return e.v.MatMul(e.b) }, f32(2, 5), ir.OpDotGeneral},
		{"MatMulMatVec", func(e env) *frontend.Tensor { return e.x.MatMul(e.v) }, f32(2, 3), ir.OpDotGeneral},
		{"MatMulVecVec", func(e env) *frontend.Tensor { return e.v.MatMul(e.v) }, f32(), ir.OpDotGeneral},
		{"MatMulT", func(e env) *frontend.Tensor { return e.x.MatMulT(e.m.T()) }, f32(2, 3, 5), ir.OpDotGeneral},
		{"DotGeneral", func(e env) *frontend.Tensor {
			return e.x.DotGeneral(e.b, frontend.DotDims{LhsBatch: []int{0}, RhsBatch: []int{0}, LhsContract: []int{-1}, RhsContract: []int{1}})
		}, f32(2, 3, 5), ir.OpDotGeneral},
		{"Conv", func(e env) *frontend.Tensor { return e.x.Conv(e.g.Zeros(ir.Float32, 6, 3, 2), ir.ConvAttrs{}) }, f32(2, 6, 3), ir.OpConv},
		{"LayerNorm", func(e env) *frontend.Tensor { return e.x.LayerNorm(e.v, e.v, 1e-5) }, f32(2, 3, 4), ir.OpLayerNorm},
		{"LayerNormNoAffine", func(e env) *frontend.Tensor { return e.x.LayerNorm(nil, nil, 1e-5) }, f32(2, 3, 4), ir.OpLayerNorm},
		{"RMSNorm", func(e env) *frontend.Tensor { return e.x.RMSNorm(e.v, 1e-6) }, f32(2, 3, 4), ir.OpRMSNorm},
		{"Gelu", func(e env) *frontend.Tensor { return e.x.Gelu(ir.GeluTanh) }, f32(2, 3, 4), ir.OpGelu},
		{"Attention", func(e env) *frontend.Tensor {
			return frontend.Attention(e.q, e.k, e.val, frontend.AttentionOptions{Causal: true, Mask: e.kmask})
		}, f32(1, 4, 3, 2), ir.OpAttention},
		{"Iota", func(e env) *frontend.Tensor { return e.g.Iota(ir.Int32, -1, 2, 3) }, ir.T(ir.Int32, 2, 3), ir.OpIota},
		{"Arange", func(e env) *frontend.Tensor { return e.g.Arange(ir.Float32, 5) }, f32(5), ir.OpIota},
		{"Full", func(e env) *frontend.Tensor { return e.g.Full(ir.BFloat16, 2, 3, 2) }, ir.T(ir.BFloat16, 3, 2), ir.OpBroadcastInDim},
		{"NegInf", func(e env) *frontend.Tensor { return e.g.NegInf(ir.Float16) }, ir.T(ir.Float16), ir.OpConstant},
		{"RNG", func(e env) *frontend.Tensor {
			return e.g.RNG(e.g.ConstScalarInt(ir.Int64, 7), ir.Normal, ir.Float32, 3)
		}, f32(3), ir.OpRNG},
		{"Emit", func(e env) *frontend.Tensor { return e.g.Emit(ir.OpTanh, nil, e.x) }, f32(2, 3, 4), ir.OpTanh},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := frontend.Build(tc.name, func(g *frontend.Graph) error {
				e := env{
					g: g, x: g.Param("x", ir.Float32, 2, 3, 4), v: g.Param("v", ir.Float32, 4),
					m: g.Param("m", ir.Float32, 4, 5), b: g.Param("b", ir.Float32, 2, 4, 5),
					ids: g.Param("ids", ir.Int32, 2, 3), i: g.Param("i", ir.Int64, 2, 3, 4),
					cond: g.Param("cond", ir.Bool, 3, 4),
					q:    g.Param("q", ir.Float32, 1, 4, 3, 2), k: g.Param("k", ir.Float32, 1, 2, 5, 2),
					val: g.Param("val", ir.Float32, 1, 2, 5, 2), kmask: g.Param("kmask", ir.Int64, 1, 5),
				}
				g.Return(frontend.Out("out", tc.fn(e)))
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			r := f.Results[0]
			if !r.Type.Equal(tc.want) {
				t.Errorf("type %s, want %s", r.Type, tc.want)
			}
			if tc.op != ir.OpInvalid && r.Op != tc.op {
				t.Errorf("result op %s, want %s", r.Op, tc.op)
			}
		})
	}
}

// TestShapeMistakes checks that misuse panics into an error that names the
// operation and the offending shapes.
func TestShapeMistakes(t *testing.T) {
	tests := []struct {
		name string
		fn   func(x, m *frontend.Tensor)
		want []string
	}{
		{"add", func(x, m *frontend.Tensor) { x.Add(m) }, []string{"add", "f32[2,3,4]", "f32[4,5]"}},
		{"matmul inner", func(x, m *frontend.Tensor) { m.MatMul(x) }, []string{"matmul", "f32[4,5]", "f32[2,3,4]"}},
		{"matmul scalar", func(x, m *frontend.Tensor) { x.MatMul(x.Scalar(1)) }, []string{"matmul", "f32[]"}},
		{"matmul_t", func(x, m *frontend.Tensor) { x.MatMulT(m) }, []string{"matmul_t", "f32[4,5]"}},
		{"matmul batch", func(x, m *frontend.Tensor) { x.MatMul(x.Reshape(3, 4, 2).SliceAxis(-1, 0, 1).Reshape(3, 4, 1)) }, []string{"batch dims", "f32[2,3,4]", "f32[3,4,1]"}},
		{"reshape", func(x, m *frontend.Tensor) { x.Reshape(5, -1) }, []string{"reshape", "f32[2,3,4]", "[5 -1]"}},
		{"reshape two -1", func(x, m *frontend.Tensor) { x.Reshape(-1, -1) }, []string{"only one -1"}},
		{"axis", func(x, m *frontend.Tensor) { x.Sum(3) }, []string{"axis 3 out of range", "f32[2,3,4]"}},
		{"repeated axis", func(x, m *frontend.Tensor) { x.Sum(1, -2) }, []string{"repeated"}},
		{"transpose", func(x, m *frontend.Tensor) { x.Transpose(0, 0, 1) }, []string{"not a permutation"}},
		{"T of vector", func(x, m *frontend.Tensor) { x.Sum(0, 1).T() }, []string{"rank >= 2", "f32[4]"}},
		{"concat", func(x, m *frontend.Tensor) { frontend.Concat(0, x, m) }, []string{"concat", "f32[4,5]"}},
		{"split", func(x, m *frontend.Tensor) { x.Split(-1, 1, 2) }, []string{"sum to 3", "has 4"}},
		{"chunk", func(x, m *frontend.Tensor) { x.Chunk(3, -1) }, []string{"3 equal chunks"}},
		{"squeeze", func(x, m *frontend.Tensor) { x.Squeeze(0) }, []string{"size 2, not 1"}},
		{"broadcast_to", func(x, m *frontend.Tensor) { m.BroadcastTo(2, 4, 6) }, []string{"f32[4,5]", "[2 4 6]"}},
		{"where", func(x, m *frontend.Tensor) { frontend.Where(x, x, x) }, []string{"want bool"}},
		{"mean int", func(x, m *frontend.Tensor) { x.AsType(ir.Int32).Mean() }, []string{"not a float"}},
		{"take float indices", func(x, m *frontend.Tensor) { m.Take(x, 0) }, []string{"integer dtype"}},
		{"take_along_axis", func(x, m *frontend.Tensor) { x.TakeAlongAxis(m.AsType(ir.Int32), 0) }, []string{"rank"}},
		{"slice step", func(x, m *frontend.Tensor) { x.Slice(frontend.Range{Start: 0, Stop: 2, Step: -1}) }, []string{"negative step"}},
		{"ir rule", func(x, m *frontend.Tensor) { x.Sqrt().AsType(ir.Int32).Exp() }, []string{"exp", "want a float type"}},
		{"attention", func(x, m *frontend.Tensor) { frontend.Attention(x, x, x, frontend.AttentionOptions{}) }, []string{"(B, H, T, D)"}},
		{"concat nothing", func(x, m *frontend.Tensor) { frontend.Concat(0) }, []string{"concat", "no operands"}},
		{"where nil", func(x, m *frontend.Tensor) { frontend.Where(nil, x, x) }, []string{"where", "nil operand"}},
		{"nil operand", func(x, m *frontend.Tensor) { x.Add(nil) }, []string{"add", "nil operand"}},
		{"broadcast_reduced rank", func(x, m *frontend.Tensor) { x.Sum(0).BroadcastReduced(x.Shape(), 0, 1) }, []string{"broadcast_reduced", "f32[3,4]", "reduced over 2 axes"}},
		{"broadcast_reduced axis", func(x, m *frontend.Tensor) { x.Sum(0).BroadcastReduced(x.Shape(), 3) }, []string{"broadcast_reduced", "axis 3 out of range", "[2,3,4]"}},
		{"broadcast_reduced repeated", func(x, m *frontend.Tensor) { x.Sum(0, 1).BroadcastReduced(x.Shape(), 0, -3) }, []string{"repeated"}},
		{"broadcast_reduced sizes", func(x, m *frontend.Tensor) { m.BroadcastReduced(x.Shape(), 0) }, []string{"broadcast_in_dim", "f32[4,5]"}},
		{"full_like int", func(x, m *frontend.Tensor) { x.AsType(ir.Int32).FullLike(0.5) }, []string{"const", "not representable as i32"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := frontend.Build("bad", func(g *frontend.Graph) error {
				tc.fn(g.Param("x", ir.Float32, 2, 3, 4), g.Param("m", ir.Float32, 4, 5))
				return nil
			})
			if err == nil {
				t.Fatal("mistake accepted")
			}
			for _, w := range append(tc.want, "methods_test.go:") {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

// TestMatMulDoesNotBroadcastWeights checks that a batched activation times
// a 2-D weight is a single dot with no broadcast (weights are never copied
// per batch), and that fully batched matmuls pair batch dims.
func TestMatMulDoesNotBroadcastWeights(t *testing.T) {
	f, err := frontend.Build("mm", func(g *frontend.Graph) error {
		x := g.Param("x", ir.Float32, 8, 16, 32)
		w := g.Param("w", ir.Float32, 64, 32)
		g.Return(frontend.Out("y", x.MatMul(w.T())), frontend.Out("z", x.MatMulT(w)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := countOps(f, ir.OpBroadcastInDim); n != 0 {
		t.Errorf("%d broadcasts emitted:\n%s", n, f)
	}
	for _, r := range f.Results {
		a := r.Attrs.(*ir.DotAttrs)
		if len(a.LhsBatch) != 0 || a.LhsContract[0] != 2 {
			t.Errorf("dot attrs %+v", a)
		}
	}
	if f.Results[1].Attrs.(*ir.DotAttrs).RhsContract[0] != 1 {
		t.Errorf("MatMulT contracts rhs dim %v, want 1", f.Results[1].Attrs.(*ir.DotAttrs).RhsContract)
	}
}
