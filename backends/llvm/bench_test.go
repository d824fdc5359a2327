package llvm_test

import (
	"fmt"
	"math/rand"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/ir"
)

func BenchmarkSGEMM(b *testing.B) {
	for _, n := range []int{256, 512, 1024} {
		for _, layout := range []string{"nn", "nt"} {
			b.Run(fmt.Sprintf("%s_%d", layout, n), func(b *testing.B) {
				f := ir.NewFunc("sgemm")
				x := f.Param("x", ir.T(ir.Float32, n, n))
				w := f.Param("w", ir.T(ir.Float32, n, n))
				rc := 0
				if layout == "nt" {
					rc = 1
				}
				y, _ := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{rc}, Out: ir.Float32}, ir.Pos{}, x, w)
				f.SetResults([]*ir.Value{y}, nil)
				be := llvm.Default()
				exe, err := be.Compile(f, backends.CompileOptions{})
				if err != nil {
					b.Fatal(err)
				}
				r := rand.New(rand.NewSource(1))
				xb, _ := be.Upload(randTensor(r, x.Type))
				wb, _ := be.Upload(randTensor(r, w.Type))
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					res, err := exe.Run([]backends.Buffer{xb, wb}, backends.RunOptions{})
					if err != nil {
						b.Fatal(err)
					}
					res[0].Free()
				}
				b.ReportMetric(2*float64(n*n*n)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
			})
		}
	}
}

func TestMicro(t *testing.T) {
	p, err := llvm.MeasureFMAPeak(300 * time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	bw, err := llvm.MeasureReadBandwidth(256<<20, 3)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("fma peak %.1f GFLOP/s, read bandwidth %.1f GB/s", p, bw)
	if p <= 0 || bw <= 0 {
		t.Errorf("non-positive measurement")
	}
}

// BenchmarkGemmTallNarrow times an LM head's recomputed transposed logits
// per cross-entropy chunk: W (50257 x 768) . h^T (h: 128 x 768).
func BenchmarkGemmTallNarrow(b *testing.B) {
	const vocab, c, rows = 50257, 768, 128
	f := ir.NewFunc("tall")
	w := f.Param("w", ir.T(ir.Float32, vocab, c))
	h := f.Param("h", ir.T(ir.Float32, rows, c))
	y, _ := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{1}, Out: ir.Float32}, ir.Pos{}, w, h)
	f.SetResults([]*ir.Value{y}, nil)
	be := llvm.Default()
	exe, err := be.Compile(f, backends.CompileOptions{})
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewSource(1))
	wb, _ := be.Upload(randTensor(r, w.Type))
	hb, _ := be.Upload(randTensor(r, h.Type))
	defer wb.Free()
	defer hb.Free()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := exe.Run([]backends.Buffer{wb, hb}, backends.RunOptions{})
		if err != nil {
			b.Fatal(err)
		}
		res[0].Free()
	}
	b.ReportMetric(2*float64(vocab*c*rows)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}
