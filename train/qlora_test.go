package train

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/quant"
)

// qloraRun loads llama-tiny quantized at load to nf4 with double
// quantization (bfloat16 quant_state), packed (quant_matmul_codebook) or
// dequantized to float (the same codes), trains a fresh LoRA adapter for
// a few steps and returns the losses, the saved adapter and the Runner's
// frozen base parameters with their bytes.
func qloraRun(t *testing.T, backend string, packed, bf16 bool, batch int) ([]float64, *peft.Adapter, map[string]int) {
	t.Helper()
	dir := filepath.Join("..", "testdata", "models", "llama-tiny")
	// bnb_4bit_compute_dtype: bfloat16 under bf16 autocast (x is bf16
	// already), else float32, so that the float base computes alike.
	compute := "float32"
	if bf16 {
		compute = "bfloat16"
	}
	o := quant.BnBOptions{LoadIn4bit: true, QuantType: "nf4", DoubleQuant: true, WeightDType: ir.BFloat16, ComputeDType: compute}
	m, err := auto.Load(context.Background(), dir, auto.Options{Backend: backend, BnB: &o, QuantizedKernels: packed, StrictWeights: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	r := m.Runner
	// q_proj, v_proj and gate_proj are packed; down_proj (176 inputs)
	// stays float in both runs.
	cfg, err := peft.ParseTrainingConfig([]byte(`{"r": 4, "lora_alpha": 8, "target_modules": ["q_proj", "v_proj", "gate_proj", "down_proj"], "init_lora_weights": "gaussian"}`), "lora_config.json", "llama")
	if err != nil {
		t.Fatal(err)
	}
	a, err := NewLoRA(r, cfg, "lora_config.json", 5)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.SetAdapter(a); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	js := fmt.Sprintf(`{"output_dir": %q, "max_steps": 4, "per_device_train_batch_size": %d, "learning_rate": 2e-2,
		"logging_steps": 1, "save_strategy": "no", "seed": 3, "bf16": %v}`, out, batch, bf16)
	tr, err := NewTrainer(r, testArgs(t, js), lmRows(2, 8), TrainerOptions{ModelDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	step, err := tr.stepFor(context.Background(), models.Spec{Batch: batch, Seq: 8, Labels: true})
	if err != nil {
		t.Fatal(err)
	}
	frozen := map[string]int{}
	for _, p := range step.Frozen() {
		frozen[p.Name] = p.Type.Shape.NumElements() * p.Type.DType.Size()
	}
	if _, err := tr.Train(context.Background()); err != nil {
		t.Fatal(err)
	}
	var losses []float64
	for _, e := range tr.State.LogHistory {
		if l, ok := e["loss"].(float64); ok {
			losses = append(losses, l)
		}
	}
	if err := tr.Save(out); err != nil {
		t.Fatal(err)
	}
	saved, err := peft.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	return losses, saved, frozen
}

// TestQLoRAMatchesDequantizedBase: LoRA training on llama-tiny's nf4 base
// kept packed (quant_matmul_codebook, its x-gradient rule) gives the
// losses and trained adapter of LoRA training on the same codes
// dequantized to a float base, within the training core's tolerances:
// interp float32 (the packed op and the float dot both accumulate in
// float64), llvm float32 (its table kernel against its GEMM: float32 sums
// in other orders; with 8 rows a step its table kernel runs the forward)
// and interp with bf16 autocast and compute dtype (losses only). The packed run's frozen
// base holds the 4-bit codes and float32 absmax instead of the float
// weights: its packed Linears take ~0.28 of their bfloat16 bytes. The
// saved adapter is PEFT's format, as for LoRA.
func TestQLoRAMatchesDequantizedBase(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training runs")
	}
	for _, c := range []struct {
		name, backend string
		bf16          bool
		rtol          float64
		batch         int
	}{
		{"interp", "interp", false, 1e-5, 2},
		// 16 rows: llvm decomposes the op (dequantized weight, GEMM).
		{"llvm", "llvm", false, 1e-4, 2},
		// 8 rows: llvm's GEMV table kernel runs the forward.
		{"llvm-kernel", "llvm", false, 1e-4, 1},
		// bf16 autocast with bnb_4bit_compute_dtype bfloat16: the packed
		// Linears return to x's dtype after their bf16 product, as
		// bitsandbytes' Linear4bit does, where the float base's linear
		// stays bf16 under autocast; the losses agree to ~4e-4.
		{"interp-bf16", "interp", true, 2e-3, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			qLoss, qA, qFrozen := qloraRun(t, c.backend, true, c.bf16, c.batch)
			fLoss, fA, fFrozen := qloraRun(t, c.backend, false, c.bf16, c.batch)
			t.Logf("losses packed %.6f, float %.6f", qLoss, fLoss)
			if len(qLoss) != 4 || len(fLoss) != 4 {
				t.Fatalf("losses %v and %v, want 4 each", qLoss, fLoss)
			}
			for i := range qLoss {
				if d := math.Abs(qLoss[i] - fLoss[i]); d > c.rtol*math.Abs(fLoss[i]) {
					t.Errorf("step %d loss %.8g packed, %.8g on the float base", i+1, qLoss[i], fLoss[i])
				}
			}
			if !(qLoss[3] < qLoss[0]) {
				t.Errorf("packed losses %v do not go down", qLoss)
			}
			if got, want := strings.Join(qA.Names(), " "), strings.Join(fA.Names(), " "); got != want {
				t.Fatalf("adapter keys %s, want %s", got, want)
			}
			for _, k := range qA.Names() {
				if c.bf16 {
					// Adam's first steps move each weight by about
					// lr * sign(g): the bf16 runs' different roundings
					// flip the signs of near-zero gradients, so only
					// the losses are compared.
					break
				}
				q, _ := qA.Tensor(k)
				f, _ := fA.Tensor(k)
				qs, fs := q.Float64s(), f.Float64s()
				var maxAbs, maxDiff float64
				for i := range fs {
					maxAbs = math.Max(maxAbs, math.Abs(fs[i]))
					maxDiff = math.Max(maxDiff, math.Abs(qs[i]-fs[i]))
				}
				if maxDiff > 10*c.rtol*maxAbs {
					t.Errorf("%s: trained values differ by %.3g (max |v| %.3g)", k, maxDiff, maxAbs)
				}
			}
			// Bytes: the packed modules' kiln_* tensors against the float
			// run's weights of the same modules, counted as bfloat16.
			var packed, bf16Bytes int
			for n, b := range qFrozen {
				if i := strings.LastIndex(n, ".kiln_"); i >= 0 {
					packed += b
					if strings.HasSuffix(n, quant.KilnQWeightSuffix) {
						fb, ok := fFrozen[n[:i]+".weight"]
						if !ok {
							t.Fatalf("%s has no float counterpart", n)
						}
						bf16Bytes += fb / 2 // float32 -> bfloat16
					}
				} else if strings.HasSuffix(n, ".weight") && strings.Contains(n, "_proj") && !strings.Contains(n, "down_proj") {
					t.Errorf("%s: a float weight in the packed run", n)
				}
			}
			if packed == 0 {
				t.Fatal("the packed run has no kiln_* base parameters")
			}
			if r := float64(packed) / float64(bf16Bytes); r < 0.25 || r > 0.3 {
				t.Errorf("packed base %d bytes = %.3f of bfloat16's %d", packed, r, bf16Bytes)
			}
			t.Logf("packed Linears: %d bytes, %.3f of their bfloat16 size", packed, float64(packed)/float64(bf16Bytes))
		})
	}
}
