package llvm_test

import (
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/ir"
)

// BenchmarkReduceColumns times the softmax maximum of an LM head's
// transposed logits chunk: max over axis 0 of z (50257, 128).
func BenchmarkReduceColumns(b *testing.B) {
	f := ir.NewFunc("cols")
	x := f.Param("x", ir.T(ir.Float32, 50257, 128))
	r, _ := f.Emit(ir.OpReduce, &ir.ReduceAttrs{Kind: ir.ReduceMax, Axes: []int{0}}, ir.Pos{}, x)
	f.SetResults([]*ir.Value{r}, nil)
	be := llvm.Default()
	exe, err := be.Compile(f, backends.CompileOptions{})
	if err != nil {
		b.Fatal(err)
	}
	xb, err := be.Upload(randTensor(rand.New(rand.NewSource(1)), x.Type))
	if err != nil {
		b.Fatal(err)
	}
	defer xb.Free()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := exe.Run([]backends.Buffer{xb}, backends.RunOptions{})
		if err != nil {
			b.Fatal(err)
		}
		res[0].Free()
	}
	b.ReportMetric(float64(50257*128*4)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GB/s")
}
