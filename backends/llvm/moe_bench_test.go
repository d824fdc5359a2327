package llvm_test

import (
	"math/rand"
	"os"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// BenchmarkMoEDecode times one mixture-of-experts layer decoding one token
// (router, softmax top-2, the routed experts' gate/up and down products)
// in float32, and reports the bandwidth counted on the experts actually
// read (2 experts x 3 matrices of I x C) as routed-GB/s, to compare with
// TestMicro's read bandwidth (the roofline). mixtral_quarter is Mixtral's
// layer at a quarter of its width (C 1024, I 3584, 8 experts);
// KILN_BENCH_MOE_FULL=1 adds Mixtral-8x7B's own (C 4096, I 14336:
// 5.6 GB of float32 experts). Each shape runs on the native decode kernel
// and, for comparison, on the decomposition (the routed experts' weights
// gathered, then multiplied).
func BenchmarkMoEDecode(b *testing.B) {
	shapes := []struct {
		name       string
		c, i, e, k int
	}{{"mixtral_quarter", 1024, 3584, 8, 2}}
	if os.Getenv("KILN_BENCH_MOE_FULL") == "1" {
		shapes = append(shapes, struct {
			name       string
			c, i, e, k int
		}{"mixtral", 4096, 14336, 8, 2})
	}
	for _, s := range shapes {
		for _, mode := range []string{"native", "decomposed"} {
			b.Run(s.name+"_"+mode, func(b *testing.B) {
				f, err := frontend.Build("moe", func(g *frontend.Graph) error {
					sc := nn.NewScope(g, ir.Float32)
					x := g.Param("x", ir.Float32, 1, s.c)
					logits := nn.NewLinear(sc.Sub("gate"), s.c, s.e, false).Forward(x)
					w, idx := nn.TopKRouting(logits, s.k, true)
					y := nn.NewMoEExperts(sc.Sub("experts"), s.e, s.c, s.i, (*frontend.Tensor).Silu).Forward(x, idx, w)
					g.Return(frontend.Out("y", y))
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
				if mode == "decomposed" { // the gather decomposition, for comparison
					if err := passes.Decompose(nil)(f); err != nil {
						b.Fatal(err)
					}
				}
				be := llvm.Default()
				exe, err := be.Compile(f, backends.CompileOptions{})
				if err != nil {
					b.Fatal(err)
				}
				r := rand.New(rand.NewSource(1))
				var args []backends.Buffer
				for _, p := range f.Params {
					var t *tensor.Tensor
					if p.Name == "x" || p.Name == "gate.weight" {
						t = randTensor(r, p.Type)
					} else {
						t, _ = tensor.New(p.Type.DType, p.Type.Shape) // zeros: the bytes read are what counts
					}
					buf, err := be.Upload(t)
					if err != nil {
						b.Fatal(err)
					}
					args = append(args, buf)
				}
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					res, err := exe.Run(args, backends.RunOptions{})
					if err != nil {
						b.Fatal(err)
					}
					res[0].Free()
				}
				routed := float64(s.k*3*s.i*s.c*4) * float64(b.N)
				b.ReportMetric(routed/b.Elapsed().Seconds()/1e9, "routed-GB/s")
			})
		}
	}
}
