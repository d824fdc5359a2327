package llvm

import (
	"math"
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// TestGemmRowFastOrder runs the blocked GEMM with the task order used for
// a large packed B (row block fastest, B panel groups) on small shapes,
// against interp, and checks that 1 and 2 threads agree bit for bit.
func TestGemmRowFastOrder(t *testing.T) {
	if err := Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	saved := gemmBigB
	gemmBigB = 0
	defer func() { gemmBigB = saved }()
	defer SetThreads(64)
	cases := []struct {
		name string
		l, r ir.Shape
		a    ir.DotAttrs
	}{
		{"nn_150x40x530", ir.Shape{150, 40}, ir.Shape{40, 530}, ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{0}, Out: ir.Float32}},
		{"nt_101x33x70", ir.Shape{101, 33}, ir.Shape{70, 33}, ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{1}, Out: ir.Float32}},
		{"batched_2x100x24x300", ir.Shape{2, 100, 24}, ir.Shape{2, 24, 300}, ir.DotAttrs{LhsBatch: []int{0}, RhsBatch: []int{0}, LhsContract: []int{2}, RhsContract: []int{1}, Out: ir.Float32}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := ir.NewFunc("rowfast")
			l := f.Param("l", ir.Type{DType: ir.Float32, Shape: c.l})
			r := f.Param("r", ir.Type{DType: ir.Float32, Shape: c.r})
			d, err := f.Emit(ir.OpDotGeneral, &c.a, ir.Pos{}, l, r)
			if err != nil {
				t.Fatal(err)
			}
			f.SetResults([]*ir.Value{d}, nil)
			rng := rand.New(rand.NewSource(3))
			var ins []*tensor.Tensor
			for _, p := range f.Params {
				vs := make([]float64, p.Type.Shape.NumElements())
				for i := range vs {
					vs[i] = rng.NormFloat64()
				}
				x, err := tensor.FromFloat64(ir.Float32, p.Type.Shape, vs)
				if err != nil {
					t.Fatal(err)
				}
				ins = append(ins, x)
			}
			want := runOne(t, interp.New(), f, ins)
			var got [2]*tensor.Tensor
			for i, n := range []int{1, 2} {
				if _, err := SetThreads(n); err != nil {
					t.Fatal(err)
				}
				got[i] = runOne(t, Default(), f, ins)
			}
			if !got[0].Equal(got[1]) {
				t.Fatal("1 and 2 threads differ")
			}
			gs, ws := got[0].Float64s(), want.Float64s()
			for i := range ws {
				if d := math.Abs(gs[i] - ws[i]); !(d <= 1e-4*math.Max(1, math.Abs(ws[i]))) {
					t.Fatalf("element %d: got %v, want %v", i, gs[i], ws[i])
				}
			}
		})
	}
}

// runOne compiles f on b and runs it on ins, returning its only result.
func runOne(t *testing.T, b backends.Backend, f *ir.Func, ins []*tensor.Tensor) *tensor.Tensor {
	t.Helper()
	exe, err := b.Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var bufs []backends.Buffer
	for _, x := range ins {
		buf, err := b.Upload(x)
		if err != nil {
			t.Fatal(err)
		}
		bufs = append(bufs, buf)
	}
	res, err := exe.Run(bufs, backends.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := res[0].Download()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestGemmZMMMatchesAVX2 checks that the AVX-512 12x32 block of the blocked
// GEMM (and its 6x32 block for an odd last micro-panel) gives bit-identical
// results to the AVX2 6x16 block (where the host has AVX-512F), on shapes
// with panel pairs, odd micro-panels (97 and 150 rows streamed, ViT's 197
// ending in 5 rows, 245 rows with all of B packed) and a partial last
// panel.
func TestGemmZMMMatchesAVX2(t *testing.T) {
	if err := Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	if !hostHasAVX512() {
		t.Skip("host without AVX-512F")
	}
	for _, sh := range [][3]int{{150, 40, 530}, {97, 64, 64}, {200, 33, 100}, {197, 64, 96}, {245, 48, 64}} {
		f := ir.NewFunc("zmm")
		l := f.Param("l", ir.T(ir.Float32, sh[0], sh[1]))
		r := f.Param("r", ir.T(ir.Float32, sh[1], sh[2]))
		d, err := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{0}, Out: ir.Float32}, ir.Pos{}, l, r)
		if err != nil {
			t.Fatal(err)
		}
		f.SetResults([]*ir.Value{d}, nil)
		rng := rand.New(rand.NewSource(5))
		var ins []*tensor.Tensor
		for _, p := range f.Params {
			vs := make([]float64, p.Type.Shape.NumElements())
			for i := range vs {
				vs[i] = rng.NormFloat64()
			}
			x, err := tensor.FromFloat64(ir.Float32, p.Type.Shape, vs)
			if err != nil {
				t.Fatal(err)
			}
			ins = append(ins, x)
		}
		var got [2]*tensor.Tensor
		for i, noZMM := range []bool{false, true} {
			got[i] = runOne(t, New(Options{NoAVX512: noZMM}), f, ins)
		}
		if !got[0].Equal(got[1]) {
			t.Errorf("%v: AVX-512 and AVX2 blocks differ", sh)
		}
	}
}
