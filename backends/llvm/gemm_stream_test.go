package llvm

import (
	"math"
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// TestGemmStreamTailSplit runs streamed GEMMs (A packed on demand, the
// last panel groups split into row-block ranges) with the tail unsplit,
// in halves and in single row blocks, on 1 and 2 threads: every result
// must be bit-identical (each element is one chain of fused multiply-adds
// whatever the tasks) and match interp, the fused epilogue included (it
// runs per task, on the task's rows only).
func TestGemmStreamTailSplit(t *testing.T) {
	if err := Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	defer SetThreads(64)
	cases := []struct {
		name    string
		m, k, n int
		nt      bool
	}{
		{"nt_197x96x72", 197, 96, 72, true},          // ViT's 197 rows: 5 row blocks, a partial last
		{"nn_partial_150x70x50", 150, 70, 50, false}, // partial last panel
		{"nt_96x40x200", 96, 40, 200, true},          // 2 row blocks, 7 groups
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := ir.NewFunc("tail")
			x := f.Param("x", ir.T(ir.Float32, c.m, c.k))
			ws, rc := ir.Shape{c.k, c.n}, 0
			if c.nt {
				ws, rc = ir.Shape{c.n, c.k}, 1
			}
			w := f.Param("w", ir.Type{DType: ir.Float32, Shape: ws})
			d, err := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{rc}, Out: ir.Float32}, ir.Pos{}, x, w)
			if err != nil {
				t.Fatal(err)
			}
			y, err := f.Emit(ir.OpTanh, nil, ir.Pos{}, d)
			if err != nil {
				t.Fatal(err)
			}
			f.SetResults([]*ir.Value{y}, nil)
			if p := planGemm(d); p == nil || !p.pack || p.M < gemmStreamMinRows || p.M > gemmStreamRows {
				t.Fatalf("%s: not a streamed GEMM", c.name)
			}
			rng := rand.New(rand.NewSource(3))
			var ins []*tensor.Tensor
			for _, p := range f.Params {
				vs := make([]float64, p.Type.Shape.NumElements())
				for i := range vs {
					vs[i] = 0.2 * rng.NormFloat64()
				}
				v, err := tensor.FromFloat64(ir.Float32, p.Type.Shape, vs)
				if err != nil {
					t.Fatal(err)
				}
				ins = append(ins, v)
			}
			want := runOne(t, interp.New(), f, ins)
			saved := gemmTailParts
			defer func() { gemmTailParts = saved }()
			var first *tensor.Tensor
			for _, parts := range []int64{1, 2, 8} {
				gemmTailParts = parts
				for _, n := range []int{1, 2} {
					if _, err := SetThreads(n); err != nil {
						t.Fatal(err)
					}
					got := runOne(t, Default(), f, ins)
					if first == nil {
						first = got
						gs, ws := got.Float64s(), want.Float64s()
						for i := range ws {
							if d := math.Abs(gs[i] - ws[i]); !(d <= 1e-4*math.Max(1, math.Abs(ws[i]))) {
								t.Fatalf("element %d: got %v, want %v", i, gs[i], ws[i])
							}
						}
					} else if !got.Equal(first) {
						t.Fatalf("tail in %d parts on %d threads differs from the unsplit tail", parts, n)
					}
				}
			}
		})
	}
}
