package train

import (
	"context"
	"maps"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/backends/xla"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// TestStepGPT2MatchesTorchAdamW runs torch's recorded AdamW steps on
// gpt2-tiny (labels = input_ids, dropout off) through one compiled Step and
// compares the loss before every step with torch's; the program is
// compiled once for all steps.
func TestStepGPT2MatchesTorchAdamW(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	dir := filepath.Join("..", "testdata", "models", "gpt2-tiny")
	ref := fixture.ReadTrainingReference(t, dir)
	if len(ref.AdamW.Losses) < 2 || len(ref.AdamW.Betas) != 2 || len(ref.InputIDs) == 0 {
		t.Fatalf("training_reference.json: %d losses, %d betas, %d rows", len(ref.AdamW.Losses), len(ref.AdamW.Betas), len(ref.InputIDs))
	}
	batch, seq := len(ref.InputIDs), len(ref.InputIDs[0])
	m, ckpt := loadGPT2Tiny(t, dir)
	opt, err := DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		t.Fatal(err)
	}
	opt.Beta1, opt.Beta2, opt.Epsilon, opt.WeightDecay = ref.AdamW.Betas[0], ref.AdamW.Betas[1], ref.AdamW.Eps, ref.AdamW.WeightDecay
	spec := models.Spec{Batch: batch, Seq: seq, Labels: true}
	// One backend: llvm where it runs (a cold compile of the step costs
	// ~9 s), else interp (~30 s of interpretation). Both matched torch
	// within 1e-7 relative when written; the step's IR is the same on both,
	// and interp checks every op of it in backendtest. Plus xla where its
	// PJRT plugin loads (the GPU machine): the same step lowered to
	// StableHLO.
	backendsToRun := testbackends.CPU(t)
	if _, ok := backendsToRun["llvm"]; ok {
		delete(backendsToRun, "interp")
	}
	if err := xla.Default().Available(); err == nil {
		backendsToRun["xla"] = xla.Default()
	} else {
		t.Logf("xla skipped: %v", err)
	}
	for name, b := range backendsToRun {
		t.Run(name, func(t *testing.T) {
			r, err := models.NewRunner(m, ckpt, b, ir.Float32, models.CompileOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			ctx := context.Background()
			// torch's run decays every parameter and backpropagates the
			// model's own (mean) loss: LossNormMean, not the Trainer's
			// num_items_in_batch normalisation.
			step, err := NewStep(ctx, r, spec, StepConfig{NoDropout: true, Optimizer: opt, MaxGradNorm: ref.AdamW.ClipGradNorm,
				Decay: func(string) bool { return true }, Loss: LossNormMean})
			if err != nil {
				t.Fatal(err)
			}
			compiles := r.Compiles()
			inputs := causalLMInputs(t, step, ref.InputIDs)
			// The first step's pre-clip norm is the global norm of torch's
			// gradients of the checkpoint's weights.
			var wantNorm float64
			for _, g := range ref.Grads {
				wantNorm += g.Norm * g.Norm
			}
			wantNorm = math.Sqrt(wantNorm)
			for i, want := range ref.AdamW.Losses {
				res, err := step.Run(ctx, []map[string]*tensor.Tensor{inputs}, ref.AdamW.LR)
				if err != nil {
					t.Fatal(err)
				}
				loss, err := res.Loss.Download()
				if err != nil {
					t.Fatal(err)
				}
				norm, err := res.GradNorm.Download()
				if err != nil {
					t.Fatal(err)
				}
				res.Free()
				got := loss.Float64s()[0]
				t.Logf("step %d: loss %.7f (torch %.7f), grad_norm %.5f", i+1, got, want, norm.Float64s()[0])
				if gotNorm := norm.Float64s()[0]; i == 0 && math.Abs(gotNorm-wantNorm) > 1e-3*wantNorm {
					t.Errorf("step 1: grad_norm %.6f, torch %.6f", gotNorm, wantNorm)
				}
				if math.Abs(got-want) > 1e-4*math.Abs(want) {
					t.Errorf("step %d: loss %.7f, torch %.7f", i+1, got, want)
				}
			}
			// GPT-2's LM head is the token embedding: one trained parameter.
			for _, p := range step.Params() {
				if p.Name == "lm_head.weight" {
					t.Errorf("lm_head.weight is trained apart from transformer.wte.weight")
				}
			}
			if step.Steps() != len(ref.AdamW.Losses) {
				t.Errorf("Steps() = %d after %d steps", step.Steps(), len(ref.AdamW.Losses))
			}
			if c := r.Compiles(); c != 1 || c != compiles {
				t.Errorf("%d compiles after %d steps (%d after NewStep), want 1", c, len(ref.AdamW.Losses), compiles)
			}
		})
	}
}

func loadGPT2Tiny(t *testing.T, dir string) (models.Model, *weights.Checkpoint) {
	t.Helper()
	return fixture.Model(t, dir), fixture.Checkpoint(t, dir)
}

// causalLMInputs is every input step's program takes for the rows: the
// ids, labels = ids, positions 0.. and a mask of ones.
func causalLMInputs(t *testing.T, step *Step, rows [][]int64) map[string]*tensor.Tensor {
	t.Helper()
	var ids, positions, mask []int64
	for _, row := range rows {
		ids = append(ids, row...)
		for j := range row {
			positions = append(positions, int64(j))
			mask = append(mask, 1)
		}
	}
	inputs := map[string]*tensor.Tensor{}
	for _, p := range step.inputs {
		vals := ids
		switch p.Name {
		case models.InputPositionIDs:
			vals = positions
		case models.InputAttentionMask:
			vals = mask
		}
		x, err := tensor.FromInt64(p.Type.DType, p.Type.Shape, vals)
		if err != nil {
			t.Fatal(err)
		}
		inputs[p.Name] = x
	}
	return inputs
}

// TestStepErrors checks that bad options and bad batches are errors naming
// what is wrong, and that a failed Run applies no step.
func TestStepErrors(t *testing.T) {
	dir := filepath.Join("..", "testdata", "models", "gpt2-tiny")
	m, ckpt := loadGPT2Tiny(t, dir)
	r, err := models.NewRunner(m, ckpt, interp.New(), ir.Float32, models.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	ctx := context.Background()
	opt, err := DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		t.Fatal(err)
	}
	spec := models.Spec{Batch: 1, Seq: 4, Labels: true}
	wantErr := func(err error, substr string) {
		t.Helper()
		if err == nil || !strings.Contains(err.Error(), substr) {
			t.Errorf("error %v, want one mentioning %q", err, substr)
		}
	}
	_, err = NewStep(ctx, r, models.Spec{Batch: 1, Seq: 4}, StepConfig{NoDropout: true, Optimizer: opt})
	wantErr(err, "Labels")
	_, err = NewStep(ctx, r, spec, StepConfig{NoDropout: true, Optimizer: opt, MaxGradNorm: -1})
	wantErr(err, "max_grad_norm")
	_, err = NewStep(ctx, r, spec, StepConfig{NoDropout: true, Optimizer: opt, Accumulation: -1})
	wantErr(err, "gradient_accumulation_steps")
	_, err = NewStep(ctx, r, spec, StepConfig{NoDropout: true, Optimizer: opt, Loss: LossNorm(9)})
	wantErr(err, "normalisation")
	bad := opt
	bad.Beta1 = 1
	_, err = NewStep(ctx, r, spec, StepConfig{NoDropout: true, Optimizer: bad})
	wantErr(err, "beta1")

	step, err := NewStep(ctx, r, spec, StepConfig{NoDropout: true, Optimizer: opt, MaxGradNorm: 1})
	if err != nil {
		t.Fatal(err)
	}
	good := causalLMInputs(t, step, [][]int64{{1, 2, 3, 4}})
	_, err = step.Run(ctx, []map[string]*tensor.Tensor{good}, -1)
	wantErr(err, "learning_rate")
	_, err = step.Run(ctx, []map[string]*tensor.Tensor{good, good}, 1e-3)
	wantErr(err, "2 micro-batches, want 1 to 1")
	_, err = step.Run(ctx, nil, 1e-3)
	wantErr(err, "0 micro-batches")
	missing := maps.Clone(good)
	delete(missing, models.InputLabels)
	missing["extra"] = good[models.InputLabels]
	_, err = step.Run(ctx, []map[string]*tensor.Tensor{missing}, 1e-3)
	wantErr(err, models.InputLabels)
	wrong := maps.Clone(good)
	if wrong[models.InputIDs], err = tensor.FromInt64(ir.Int64, ir.Shape{1, 3}, []int64{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	_, err = step.Run(ctx, []map[string]*tensor.Tensor{wrong}, 1e-3)
	wantErr(err, models.InputIDs)
	if step.Steps() != 0 {
		t.Errorf("Steps() = %d after failed runs, want 0", step.Steps())
	}
}
