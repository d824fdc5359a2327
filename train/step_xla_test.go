package train

import (
	"context"
	"math"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/backends/xla"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// TestStepGPT2OnXLA is TestStepGPT2MatchesTorchAdamW on the xla backend:
// the same compiled step (forward, autodiff gradients, clipping, AdamW)
// lowered to StableHLO and run through PJRT, against torch's six losses.
// It skips where no PJRT plugin loads (CI, machines without a GPU).
func TestStepGPT2OnXLA(t *testing.T) {
	b := xla.Default()
	if err := b.Available(); err != nil {
		t.Skipf("xla: %v", err)
	}
	dir := filepath.Join("..", "testdata", "models", "gpt2-tiny")
	ref := fixture.ReadTrainingReference(t, dir)
	m, ckpt := loadGPT2Tiny(t, dir)
	opt, err := DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		t.Fatal(err)
	}
	opt.Beta1, opt.Beta2, opt.Epsilon, opt.WeightDecay = ref.AdamW.Betas[0], ref.AdamW.Betas[1], ref.AdamW.Eps, ref.AdamW.WeightDecay
	spec := models.Spec{Batch: len(ref.InputIDs), Seq: len(ref.InputIDs[0]), Labels: true}
	r, err := models.NewRunner(m, ckpt, b, ir.Float32, models.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	ctx := context.Background()
	step, err := NewStep(ctx, r, spec, StepConfig{NoDropout: true, Optimizer: opt, MaxGradNorm: ref.AdamW.ClipGradNorm,
		Decay: func(string) bool { return true }})
	if err != nil {
		t.Fatal(err)
	}
	inputs := causalLMInputs(t, step, ref.InputIDs)
	for i, want := range ref.AdamW.Losses {
		res, err := step.Run(ctx, []map[string]*tensor.Tensor{inputs}, ref.AdamW.LR)
		if err != nil {
			t.Fatal(err)
		}
		loss, err := res.Loss.Download()
		if err != nil {
			t.Fatal(err)
		}
		res.Free()
		got := loss.Float64s()[0]
		t.Logf("xla step %d: loss %.7f (torch %.7f)", i+1, got, want)
		if math.Abs(got-want) > 1e-4*math.Abs(want) {
			t.Errorf("step %d: loss %.7f, torch %.7f", i+1, got, want)
		}
	}
	if c := r.Compiles(); c != 1 {
		t.Errorf("%d compiles after %d steps, want 1", c, len(ref.AdamW.Losses))
	}
}
