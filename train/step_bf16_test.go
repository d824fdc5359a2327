package train

import (
	"context"
	"math"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// TestStepBF16 trains gpt2-tiny for three AdamW steps with bf16 autocast
// and in float32 from the same weights: the bf16 step's program really
// multiplies in bf16 (its losses differ from float32's) yet follows the
// float32 run within bf16's precision, and the master weights stay float32.
func TestStepBF16(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	dir := filepath.Join("..", "testdata", "models", "gpt2-tiny")
	m, ckpt := loadGPT2Tiny(t, dir)
	b := oneCPUBackend(t)
	opt, err := DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		t.Fatal(err)
	}
	rows := [][]int64{{464, 2068, 7586, 21831, 18045, 625, 262, 16931}, {40, 588, 257, 1310, 286, 3290, 11, 290}}
	spec := models.Spec{Batch: 2, Seq: 8, Labels: true}
	run := func(bf16 bool) []float64 {
		r, err := models.NewRunner(m, ckpt, b, ir.Float32, models.CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		ctx := context.Background()
		step, err := NewStep(ctx, r, spec, StepConfig{NoDropout: true, Optimizer: opt, MaxGradNorm: 1, BF16: bf16})
		if err != nil {
			t.Fatal(err)
		}
		in := causalLMInputs(t, step, rows)
		var losses []float64
		for i := 0; i < 3; i++ {
			res, err := step.Run(ctx, []map[string]*tensor.Tensor{in}, 1e-3)
			if err != nil {
				t.Fatal(err)
			}
			l, err := res.Loss.Download()
			if err != nil {
				t.Fatal(err)
			}
			res.Free()
			losses = append(losses, l.Float64s()[0])
		}
		w, err := r.Session().Buffer("transformer.h.0.attn.c_attn.weight")
		if err != nil {
			t.Fatal(err)
		}
		if dt := w.Type().DType; dt != ir.Float32 {
			t.Errorf("master weight is %s after bf16 steps, want float32", dt)
		}
		return losses
	}
	f32, bf := run(false), run(true)
	for i := range f32 {
		t.Logf("step %d: float32 loss %.6f, bf16 autocast %.6f", i+1, f32[i], bf[i])
		if d := math.Abs(bf[i] - f32[i]); d > 1e-2*math.Abs(f32[i]) || d == 0 {
			t.Errorf("step %d: bf16 loss %.7f vs float32 %.7f (want within 1%% and not identical)", i+1, bf[i], f32[i])
		}
	}
	if !(bf[2] < bf[0]) {
		t.Errorf("bf16 losses %v do not fall", bf)
	}
}
