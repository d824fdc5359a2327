package llvm_test

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

func randTensor(r *rand.Rand, t ir.Type) *tensor.Tensor {
	vs := make([]float64, t.Shape.NumElements())
	for i := range vs {
		vs[i] = r.NormFloat64()
	}
	x, err := tensor.FromFloat64(t.DType, t.Shape, vs)
	if err != nil {
		panic(err)
	}
	return x
}

// runBoth compiles f on llvm and checks it against interp on random inputs
// within rtol (relative to max(1, |want|)).
func runBoth(t *testing.T, f *ir.Func, rtol float64) []*tensor.Tensor {
	t.Helper()
	b := llvm.Default()
	exe, err := b.Compile(f, backends.CompileOptions{Options: passes.Options{Verify: true}})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewSource(7))
	var ins []*tensor.Tensor
	var bufs []backends.Buffer
	for _, p := range f.Params {
		x := randTensor(r, p.Type)
		ins = append(ins, x)
		buf, err := b.Upload(x)
		if err != nil {
			t.Fatal(err)
		}
		bufs = append(bufs, buf)
	}
	want, err := interp.Eval(f, ins...)
	if err != nil {
		t.Fatal(err)
	}
	res, err := exe.Run(bufs, backends.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var outs []*tensor.Tensor
	for i, rb := range res {
		g, err := rb.Download()
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, g)
		gs, ws := g.Float64s(), want[i].Float64s()
		for j := range ws {
			if d := math.Abs(gs[j] - ws[j]); !(d <= rtol*math.Max(1, math.Abs(ws[j]))) {
				t.Fatalf("result %d element %d: got %g, want %g", i, j, gs[j], ws[j])
			}
		}
	}
	return outs
}

// TestGemmShapes covers both register-blocked layouts, partial panels and
// row blocks, batches and strided operands, against interp.
func TestGemmShapes(t *testing.T) {
	type tc struct {
		name  string
		l, r  ir.Shape
		attrs ir.DotAttrs
	}
	mm := func(name string, m, k, n int) tc { // A[m,k] B[k,n]
		return tc{name, ir.Shape{m, k}, ir.Shape{k, n}, ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{0}, Out: ir.Float32}}
	}
	mt := func(name string, m, k, n int) tc { // A[m,k] B[n,k]
		return tc{name, ir.Shape{m, k}, ir.Shape{n, k}, ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{1}, Out: ir.Float32}}
	}
	cases := []tc{
		mm("nn_1x8x8", 1, 8, 8), mm("nn_7x13x37", 7, 13, 37), mm("nn_13x64x48", 13, 64, 48), mm("nn_6x5x16", 6, 5, 16),
		mm("nn_1x300x9", 1, 300, 9), mm("splitk_1x300x200", 1, 300, 200), mm("splitk_3x100x70", 3, 100, 70), mm("splitk_4x64x64", 4, 64, 64),
		{"splitk_batched", ir.Shape{2, 1, 80}, ir.Shape{2, 80, 72}, ir.DotAttrs{LhsBatch: []int{0}, RhsBatch: []int{0}, LhsContract: []int{2}, RhsContract: []int{1}, Out: ir.Float32}}, mm("fewrow_2x30x50", 2, 30, 50), mm("fewrow_3x17x41", 3, 17, 41), mm("fewrow_7x20x29", 7, 20, 29), mm("fewrow_11x9x100", 11, 9, 100), mm("packed_nn_12x9x8", 12, 9, 8), mm("packed_nn_29x33x50", 29, 33, 50),
		mt("packed_nt_14x19x37", 14, 19, 37), mm("blocked_nn_100x20x130", 100, 20, 130),
		// One panel group (N <= 128): each task packs its own A block.
		mm("blocked_alocal_300x40x100", 300, 40, 100), mt("blocked_alocal_nt_250x33x128", 250, 33, 128), mm("blocked_groups_1100x8x520", 1100, 8, 520), mt("blocked_nt_197x33x300", 197, 33, 300), mm("blocked_stream_240x40x96", 240, 40, 96),
		{"blocked_batched", ir.Shape{2, 96, 24}, ir.Shape{2, 24, 40}, ir.DotAttrs{LhsBatch: []int{0}, RhsBatch: []int{0}, LhsContract: []int{2}, RhsContract: []int{1}, Out: ir.Float32}},
		{"blocked_batched_groups", ir.Shape{2, 150, 9}, ir.Shape{2, 9, 300}, ir.DotAttrs{LhsBatch: []int{0}, RhsBatch: []int{0}, LhsContract: []int{2}, RhsContract: []int{1}, Out: ir.Float32}}, mt("packed_nt_40x8x16", 40, 8, 16),
		{"packed_batched_nt", ir.Shape{3, 13, 24}, ir.Shape{3, 21, 24}, ir.DotAttrs{LhsBatch: []int{0}, RhsBatch: []int{0}, LhsContract: []int{2}, RhsContract: []int{2}, Out: ir.Float32}},
		mt("nt_1x8x1", 1, 8, 1), mt("nt_3x19x5", 3, 19, 5), mt("nt_5x64x33", 5, 64, 33), mt("nt_1x130x7", 1, 130, 7),
		{"batched_attention", ir.Shape{2, 3, 5, 16}, ir.Shape{2, 3, 9, 16}, ir.DotAttrs{LhsBatch: []int{0, 1}, RhsBatch: []int{0, 1}, LhsContract: []int{3}, RhsContract: []int{3}, Out: ir.Float32}},
		{"batched_pv", ir.Shape{2, 3, 5, 9}, ir.Shape{2, 3, 9, 16}, ir.DotAttrs{LhsBatch: []int{0, 1}, RhsBatch: []int{0, 1}, LhsContract: []int{3}, RhsContract: []int{2}, Out: ir.Float32}},
		{"lhs_transposed", ir.Shape{11, 7}, ir.Shape{11, 20}, ir.DotAttrs{LhsContract: []int{0}, RhsContract: []int{0}, Out: ir.Float32}},
		{"batch_last", ir.Shape{4, 10, 3}, ir.Shape{10, 17, 3}, ir.DotAttrs{LhsBatch: []int{2}, RhsBatch: []int{2}, LhsContract: []int{1}, RhsContract: []int{0}, Out: ir.Float32}},
		// Several contracting dims (one k): weight gradients contract the
		// batch and sequence dims of (B, T, C) activations.
		{"contract2_weight_grad", ir.Shape{2, 5, 24}, ir.Shape{2, 5, 40}, ir.DotAttrs{LhsContract: []int{0, 1}, RhsContract: []int{0, 1}, Out: ir.Float32}},
		{"contract2_batched", ir.Shape{3, 2, 4, 13}, ir.Shape{3, 2, 4, 17}, ir.DotAttrs{LhsBatch: []int{0}, RhsBatch: []int{0}, LhsContract: []int{1, 2}, RhsContract: []int{1, 2}, Out: ir.Float32}},
		{"contract2_fewrow", ir.Shape{3, 4, 2}, ir.Shape{3, 4, 24}, ir.DotAttrs{LhsContract: []int{0, 1}, RhsContract: []int{0, 1}, Out: ir.Float32}},
		{"contract2_nt", ir.Shape{5, 2, 8}, ir.Shape{7, 2, 8}, ir.DotAttrs{LhsContract: []int{1, 2}, RhsContract: []int{1, 2}, Out: ir.Float32}},
		{"contract3_shifted", ir.Shape{2, 3, 4, 30}, ir.Shape{20, 2, 3, 4}, ir.DotAttrs{LhsContract: []int{0, 1, 2}, RhsContract: []int{1, 2, 3}, Out: ir.Float32}},
		{"two_k_swapped", ir.Shape{3, 4, 6}, ir.Shape{4, 3, 9}, ir.DotAttrs{LhsContract: []int{0, 1}, RhsContract: []int{1, 0}, Out: ir.Float32}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := ir.NewFunc(c.name)
			l := f.Param("l", ir.Type{DType: ir.Float32, Shape: c.l})
			r := f.Param("r", ir.Type{DType: ir.Float32, Shape: c.r})
			a := c.attrs
			if strings.HasPrefix(c.name, "contract") && !llvm.PlansGemm(l.Type, r.Type, &a) {
				t.Fatalf("%s: no GEMM plan (the naive loop would run)", c.name)
			}
			d, err := f.Emit(ir.OpDotGeneral, &a, ir.Pos{}, l, r)
			if err != nil {
				t.Fatal(err)
			}
			f.SetResults([]*ir.Value{d}, nil)
			runBoth(t, f, 2e-5)
		})
	}
}

// TestThreadsDeterministic runs a matmul and a row reduction with one and
// with two threads and requires bit-identical results.
func TestThreadsDeterministic(t *testing.T) {
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	f := ir.NewFunc("det")
	x := f.Param("x", ir.T(ir.Float32, 96, 200))
	w := f.Param("w", ir.T(ir.Float32, 200, 136))
	y, _ := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{0}, Out: ir.Float32}, ir.Pos{}, x, w)
	e, _ := f.Emit(ir.OpExp, nil, ir.Pos{}, y)
	s, _ := f.Emit(ir.OpReduce, &ir.ReduceAttrs{Kind: ir.ReduceSum, Axes: []int{1}}, ir.Pos{}, e)
	x2 := f.Param("x2", ir.T(ir.Float32, 40, 200)) // per-thread packing path
	y2, _ := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{0}, Out: ir.Float32}, ir.Pos{}, x2, w)
	x3 := f.Param("x3", ir.T(ir.Float32, 1, 200)) // split-k GEMV
	y3, _ := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{0}, Out: ir.Float32}, ir.Pos{}, x3, w)
	x4 := f.Param("x4", ir.T(ir.Float32, 300, 200)) // one panel group: A packed by its task
	w4 := f.Param("w4", ir.T(ir.Float32, 200, 72))
	y4, _ := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{0}, Out: ir.Float32}, ir.Pos{}, x4, w4)
	f.SetResults([]*ir.Value{y, s, y2, y3, y4}, nil)
	defer llvm.SetThreads(64)
	var runs [][]*tensor.Tensor
	for _, n := range []int{1, 2} {
		if _, err := llvm.SetThreads(n); err != nil {
			t.Fatal(err)
		}
		runs = append(runs, runBoth(t, f, 1e-4))
	}
	for i := range runs[0] {
		if !runs[0][i].Equal(runs[1][i]) {
			t.Errorf("result %d differs between 1 and 2 threads", i)
		}
	}
}

// TestGemmHalfWeights: float32 activations times bf16/f16 weights (a
// widening Convert feeding the dot) on every GEMM kernel, against interp.
func TestGemmHalfWeights(t *testing.T) {
	type tc struct {
		name    string
		m, k, n int
		nt      bool
		halfX   bool // the left operand (not the weight) is the half-precision one
	}
	for _, d := range []ir.DType{ir.BFloat16, ir.Float16} {
		for _, c := range []tc{{"fewrow", 1, 64, 40, false, false}, {"splitk", 2, 96, 80, false, false}, {"nt", 2, 40, 33, true, false}, {"packed", 13, 20, 37, false, false}, {"blocked_nt", 100, 24, 50, true, false}, {"blocked_half_lhs", 100, 21, 40, false, true}} {
			t.Run(d.String()+"_"+c.name, func(t *testing.T) {
				f := ir.NewFunc("half")
				xd, wd := ir.Float32, d
				if c.halfX {
					xd, wd = d, ir.Float32
				}
				x := f.Param("x", ir.Type{DType: xd, Shape: ir.Shape{c.m, c.k}})
				ws, rc := ir.Shape{c.k, c.n}, 0
				if c.nt {
					ws, rc = ir.Shape{c.n, c.k}, 1
				}
				w := f.Param("w", ir.Type{DType: wd, Shape: ws})
				widen := func(v *ir.Value) *ir.Value {
					if v.Type.DType == ir.Float32 {
						return v
					}
					out, err := f.Emit(ir.OpConvert, &ir.ConvertAttrs{To: ir.Float32}, ir.Pos{}, v)
					if err != nil {
						t.Fatal(err)
					}
					return out
				}
				y, err := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{rc}, Out: ir.Float32}, ir.Pos{}, widen(x), widen(w))
				if err != nil {
					t.Fatal(err)
				}
				f.SetResults([]*ir.Value{y}, nil)
				runBoth(t, f, 2e-5)
			})
		}
	}
}

// TestGemmEpilogue: elementwise chains after a GEMM (bias, GELU-tanh,
// residual, a compare/select) are computed in the GEMM's kernels on every
// kernel variant, including chains whose operands are computed after the
// dot (not fusable) — all against interp.
func TestGemmEpilogue(t *testing.T) {
	type tc struct {
		name    string
		m, k, n int
		nt      bool
	}
	for _, c := range []tc{{"blocked", 100, 24, 50, false}, {"packed", 20, 16, 40, false}, {"splitk", 1, 96, 80, false},
		{"fewrow", 2, 16, 40, false}, {"nt", 3, 40, 13, true}, {"blocked_nt", 97, 33, 70, true}} {
		t.Run(c.name, func(t *testing.T) {
			f := ir.NewFunc("epi")
			emit := func(op ir.Op, attrs any, args ...*ir.Value) *ir.Value {
				v, err := f.Emit(op, attrs, ir.Pos{}, args...)
				if err != nil {
					t.Fatal(err)
				}
				return v
			}
			x := f.Param("x", ir.T(ir.Float32, c.m, c.k))
			ws, rc := ir.Shape{c.k, c.n}, 0
			if c.nt {
				ws, rc = ir.Shape{c.n, c.k}, 1
			}
			bias := f.Param("bias", ir.T(ir.Float32, c.n))
			res := f.Param("res", ir.T(ir.Float32, c.m, c.n))
			nw := 0
			dot := func() *ir.Value { // distinct weights, so CSE keeps three GEMMs
				nw++
				w := f.Param(fmt.Sprintf("w%d", nw), ir.Type{DType: ir.Float32, Shape: ws})
				return emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{rc}, Out: ir.Float32}, x, w)
			}
			// 1: bias + tanh-GELU-like chain.
			y := dot()
			b := emit(ir.OpBroadcastInDim, &ir.BroadcastAttrs{Shape: ir.Shape{c.m, c.n}, Dims: []int{1}}, bias)
			g := emit(ir.OpSigmoid, nil, emit(ir.OpTanh, nil, emit(ir.OpAdd, nil, y, b)))
			// 2: residual, then ReLU.
			y2 := dot()
			zero, _ := f.Constant(ir.T(ir.Float32, c.m, c.n), make([]byte, 4*c.m*c.n), ir.Pos{})
			s2 := emit(ir.OpMax, nil, emit(ir.OpAdd, nil, y2, res), zero)
			// 3: an operand computed after the dot (used twice, so
			// materialized later): not fusable, still right.
			y3 := dot()
			late := emit(ir.OpExp, nil, res)
			l3 := emit(ir.OpMul, nil, y3, late)
			l4 := emit(ir.OpAdd, nil, late, late)
			f.SetResults([]*ir.Value{g, s2, l3, l4}, nil)
			runBoth(t, f, 2e-5)
			// The first two chains run inside their GEMM kernels: the
			// only other kernels are exp, the late mul and the add. (The
			// streamed GEMMs of one x run as one job, whose kernel names
			// the other dots after " + ": planStreamGroups.)
			kinds := map[string]int{}
			for _, k := range profiledKernels(t, f) {
				if f := strings.Fields(k); len(f) > 2 {
					kinds[f[2]] += 1 + strings.Count(k, " + %")
				}
			}
			if len(kinds) != 4 || kinds["dot_general"] != 3 || kinds["exp"] != 1 || kinds["mul"] != 1 || kinds["add"] != 1 {
				t.Errorf("kernels by op: %v", kinds)
			}
		})
	}
}

// TestGemmHalfActivations: dots on float16/bfloat16 operands (activations
// and weights) with a half or float32 result take the GEMM kernels (the
// half operands widened as they are packed, the result's conversion an
// epilogue, so no convert kernel), checked against interp within one
// half-precision step and through the profile.
func TestGemmHalfActivations(t *testing.T) {
	for _, d := range []ir.DType{ir.BFloat16, ir.Float16} {
		for _, out := range []ir.DType{d, ir.Float32} {
			t.Run(d.String()+"_to_"+out.String(), func(t *testing.T) {
				f := ir.NewFunc("halfdot")
				x := f.Param("x", ir.T(d, 100, 40))
				w := f.Param("w", ir.T(d, 56, 40))
				y, err := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{1}, Out: out}, ir.Pos{}, x, w)
				if err != nil {
					t.Fatal(err)
				}
				f.SetResults([]*ir.Value{y}, nil)
				tol := 1e-2
				if d == ir.Float16 || out == ir.Float32 {
					tol = 2e-3
				}
				runBoth(t, f, tol)
				ks := profiledKernels(t, f)
				if len(ks) != 1 || !strings.Contains(ks[0], "gemm-") {
					t.Errorf("kernels: %q (want one GEMM kernel)", ks)
				}
			})
		}
	}
}
