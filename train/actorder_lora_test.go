package train

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// actOrderGPTQDir writes llama-tiny with testdata/quant's act-order GPTQ
// 4-bit Linears (gptq-4bit-descact-g32-sym) in place of its float ones.
func actOrderGPTQDir(t *testing.T) string {
	t.Helper()
	fix := filepath.Join("..", "testdata", "quant", "gptq-4bit-descact-g32-sym")
	packed, _, err := tensor.ReadSafetensors(filepath.Join(fix, "model.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	base, err := weights.Open(filepath.Join("..", "testdata", "models", "llama-tiny"))
	if err != nil {
		t.Fatal(err)
	}
	defer base.Close()
	all := map[string]*tensor.Tensor{}
	for _, n := range base.Names() {
		if _, ok := packed[n[:len(n)-len(filepath.Ext(n))]+".qweight"]; ok {
			continue // a quantized Linear's float weight
		}
		if all[n], err = base.Tensor(n); err != nil {
			t.Fatal(err)
		}
	}
	for n, v := range packed {
		all[n] = v
	}
	dir := t.TempDir()
	if err := tensor.WriteSafetensorsFile(filepath.Join(dir, "model.safetensors"), all, nil); err != nil {
		t.Fatal(err)
	}
	cfg, err := os.ReadFile(filepath.Join(fix, "config.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "config.json"), cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestLoRAOverActOrderGPTQ: LoRA training over an act-order GPTQ base kept
// packed (quant_matmul on x gathered by the packing's permutation, whose
// x-gradient scatters back through the gather) gives the losses of the
// same training over the base dequantized to float, on interp.
func TestLoRAOverActOrderGPTQ(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training runs")
	}
	dir := actOrderGPTQDir(t)
	run := func(packed bool) []float64 {
		m, err := auto.Load(context.Background(), dir, auto.Options{Backend: "interp", QuantizedKernels: packed, StrictWeights: true})
		if err != nil {
			t.Fatal(err)
		}
		defer m.Close()
		permuted := 0
		for _, s := range m.Quantized() {
			if s.Permuted {
				permuted++
			}
		}
		if packed != (permuted == 12) {
			t.Fatalf("packed %v: %d permuted Linears", packed, permuted)
		}
		cfg, err := peft.ParseTrainingConfig([]byte(`{"r": 4, "lora_alpha": 8, "target_modules": ["q_proj", "v_proj", "gate_proj"], "init_lora_weights": "gaussian"}`), "lora_config.json", "llama")
		if err != nil {
			t.Fatal(err)
		}
		a, err := NewLoRA(m.Runner, cfg, "lora_config.json", 5)
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Runner.SetAdapter(a); err != nil {
			t.Fatal(err)
		}
		js := fmt.Sprintf(`{"output_dir": %q, "max_steps": 4, "per_device_train_batch_size": 2, "learning_rate": 2e-2,
			"logging_steps": 1, "save_strategy": "no", "seed": 3}`, t.TempDir())
		tr, err := NewTrainer(m.Runner, testArgs(t, js), lmRows(2, 8), TrainerOptions{ModelDir: dir})
		if err != nil {
			t.Fatal(err)
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
		return losses
	}
	q, f := run(true), run(false)
	t.Logf("losses packed %.6f, float %.6f", q, f)
	if len(q) != 4 || len(f) != 4 {
		t.Fatalf("losses %v and %v, want 4 each", q, f)
	}
	for i := range q {
		if d := math.Abs(q[i] - f[i]); d > 1e-5*math.Abs(f[i]) {
			t.Errorf("step %d loss %.8g packed, %.8g on the float base", i+1, q[i], f[i])
		}
	}
	if !(q[3] < q[0]) {
		t.Errorf("packed losses %v do not go down", q)
	}
}
