package quant_test

import (
	"context"
	"math"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/tensor"
)

// TestLoadActOrderKernels: the act-order GPTQ fixtures of testdata/quant
// (written by transformers' packers on the GPU machine) loaded with
// QuantizedKernels keep their Linears packed — permuted where g_idx is
// not i / group_size — and give the dequantized float model's logits on
// interp and llvm (the same float32 weights, summed in another order).
// gptq-4bit-descact-g32-sym: the 64-input Linears (2 shuffled groups of 32)
// are packed with a permutation; down_proj (176 inputs, groups of 32)
// stays dequantized. gptq-8bit-v2-g64-descact: the 64-input Linears are one
// group (g_idx all 0), packed without a permutation.
func TestLoadActOrderKernels(t *testing.T) {
	for _, c := range []struct {
		name     string
		permuted bool
	}{{"gptq-4bit-descact-g32-sym", true}, {"gptq-8bit-v2-g64-descact", false}} {
		t.Run(c.name, func(t *testing.T) {
			dir, ref := assembleQuantCase(t, filepath.Join("..", "testdata", "quant", c.name))
			ids := ref.InputIDs[0]
			in, err := tensor.FromInt64(ir.Int64, ir.Shape{1, len(ids)}, ids)
			if err != nil {
				t.Fatal(err)
			}
			in1, err := tensor.FromInt64(ir.Int64, ir.Shape{1, 1}, ids[len(ids)-1:])
			if err != nil {
				t.Fatal(err)
			}
			logits := func(backend string, kernels bool) []float32 {
				m, err := auto.Load(context.Background(), dir, auto.Options{Backend: backend, StrictWeights: true, QuantizedKernels: kernels})
				if err != nil {
					t.Fatal(err)
				}
				defer m.Close()
				specs := m.Quantized()
				if kernels {
					if len(specs) != 2*6 {
						t.Fatalf("%d packed modules, want the 12 with 64 inputs: %v", len(specs), specs)
					}
					for name, s := range specs {
						if s.Permuted != c.permuted || filepath.Ext(name) == ".down_proj" {
							t.Fatalf("%s: %+v, want Permuted %v", name, s, c.permuted)
						}
					}
				} else if len(specs) != 0 {
					t.Fatalf("dequantized load kept %d modules packed", len(specs))
				}
				out, err := m.Forward(context.Background(), models.Spec{Batch: 1, Seq: len(ids)}, map[string]*tensor.Tensor{models.InputIDs: in})
				if err != nil {
					t.Fatal(err)
				}
				// One token too, the decode step's shape (llvm's GEMV
				// kernel takes x of up to 8 rows: both calls run it).
				one, err := m.Forward(context.Background(), models.Spec{Batch: 1, Seq: 1}, map[string]*tensor.Tensor{models.InputIDs: in1})
				if err != nil {
					t.Fatal(err)
				}
				return append(out[models.OutputLogits].Float32s(), one[models.OutputLogits].Float32s()...)
			}
			want := logits("interp", false)
			for _, backend := range []string{"interp", "llvm"} {
				got := logits(backend, true)
				if len(got) != len(want) || len(got) == 0 {
					t.Fatalf("%s: %d logits, want %d", backend, len(got), len(want))
				}
				var worst float64
				for i := range want {
					d := math.Abs(float64(got[i]-want[i])) / math.Max(1, math.Abs(float64(want[i])))
					worst = math.Max(worst, d)
					if d > 1e-4 {
						t.Fatalf("%s: logit %d = %g, the dequantized model gives %g", backend, i, got[i], want[i])
					}
				}
				t.Logf("%s: max relative logit difference %.3g", backend, worst)
			}
		})
	}
}
