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

// TestGemmKBlocks runs streamed GEMMs (64 to 192 rows) with K cut into
// blocks (small gemmKC/gemmKMax) against interp, and requires results
// bit-identical to the unblocked kernels and across thread counts: row-
// major and N x K weights, A with strided k (an LM head's input gradient),
// a partial last panel and a last K block shorter than the others.
func TestGemmKBlocks(t *testing.T) {
	if err := Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	defer SetThreads(64)
	mm := ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{0}, Out: ir.Float32}
	cases := []struct {
		name string
		l, r ir.Shape
		a    ir.DotAttrs
	}{
		{"nn_100x200x64", ir.Shape{100, 200}, ir.Shape{200, 64}, mm},
		{"nn_partial_70x150x50", ir.Shape{70, 150}, ir.Shape{150, 50}, mm},
		{"nt_130x120x48", ir.Shape{130, 120}, ir.Shape{48, 120}, ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{1}, Out: ir.Float32}},
		{"lm_head_dh_160x301x40", ir.Shape{301, 160}, ir.Shape{301, 40}, ir.DotAttrs{LhsContract: []int{0}, RhsContract: []int{0}, Out: ir.Float32}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := ir.NewFunc("kblocks")
			l := f.Param("l", ir.Type{DType: ir.Float32, Shape: c.l})
			r := f.Param("r", ir.Type{DType: ir.Float32, Shape: c.r})
			d, err := f.Emit(ir.OpDotGeneral, &c.a, ir.Pos{}, l, r)
			if err != nil {
				t.Fatal(err)
			}
			f.SetResults([]*ir.Value{d}, nil)
			p := planGemm(d)
			if p == nil || !p.pack || p.M < gemmStreamMinRows || p.M > gemmStreamRows {
				t.Fatalf("%s: not a streamed GEMM", c.name)
			}
			rng := rand.New(rand.NewSource(9))
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
			if _, err := SetThreads(2); err != nil {
				t.Fatal(err)
			}
			unblocked := runOne(t, Default(), f, ins)
			savedKC, savedMax := gemmKC, gemmKMax
			gemmKC, gemmKMax = 32, 64
			defer func() { gemmKC, gemmKMax = savedKC, savedMax }()
			if kc := kBlock(p.K); kc >= p.K || p.K%kc == 0 {
				t.Fatalf("K %d: block %d (want several, the last shorter)", p.K, kc)
			}
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
			if !got[1].Equal(unblocked) {
				t.Fatal("K blocks differ from the unblocked kernel")
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

// BenchmarkGemmLongK times an LM head's input gradient per cross-entropy
// chunk, dlogits (128 x 50257, stored transposed) . W (50257 x 768), with
// and without K blocks.
func BenchmarkGemmLongK(b *testing.B) {
	const rows, vocab, c = 128, 50257, 768
	for _, blocked := range []bool{true, false} {
		name := "blocked"
		if !blocked {
			name = "unblocked"
		}
		b.Run(name, func(b *testing.B) {
			if !blocked {
				saved := gemmKMax
				gemmKMax = 1 << 30
				defer func() { gemmKMax = saved }()
			}
			f := ir.NewFunc("longk")
			l := f.Param("l", ir.T(ir.Float32, vocab, rows))
			r := f.Param("r", ir.T(ir.Float32, vocab, c))
			d, _ := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{0}, RhsContract: []int{0}, Out: ir.Float32}, ir.Pos{}, l, r)
			f.SetResults([]*ir.Value{d}, nil)
			be := Default()
			exe, err := be.Compile(f, backends.CompileOptions{})
			if err != nil {
				b.Fatal(err)
			}
			var bufs []backends.Buffer
			for _, p := range f.Params {
				x, err := tensor.FromFloat64(ir.Float32, p.Type.Shape, make([]float64, p.Type.Shape.NumElements()))
				if err != nil {
					b.Fatal(err)
				}
				buf, err := be.Upload(x)
				if err != nil {
					b.Fatal(err)
				}
				defer buf.Free()
				bufs = append(bufs, buf)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				res, err := exe.Run(bufs, backends.RunOptions{})
				if err != nil {
					b.Fatal(err)
				}
				res[0].Free()
			}
			b.ReportMetric(2*float64(rows*vocab*c)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		})
	}
}
