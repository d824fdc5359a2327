package train

import (
	"context"
	"math"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// gpt2TrainRef is the part of gpt2-tiny's training_reference.json this test
// reads: the batch and torch AdamW's run over it (lr, betas, eps, weight
// decay on every parameter, clip_grad_norm) with the loss before each step.
type gpt2TrainRef struct {
	InputIDs [][]int64 `json:"input_ids"`
	AdamW    struct {
		LR           float64   `json:"lr"`
		Betas        []float64 `json:"betas"`
		Eps          float64   `json:"eps"`
		WeightDecay  float64   `json:"weight_decay"`
		ClipGradNorm float64   `json:"clip_grad_norm"`
		Losses       []float64 `json:"losses"`
	} `json:"adamw"`
}

// TestStepGPT2MatchesTorchAdamW runs torch's recorded AdamW steps on
// gpt2-tiny (labels = input_ids, dropout off) through one compiled Step and
// compares the loss before every step with torch's; the program is
// compiled once for all steps.
func TestStepGPT2MatchesTorchAdamW(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	dir := filepath.Join("..", "testdata", "models", "gpt2-tiny")
	var ref gpt2TrainRef
	fixture.ReadJSON(t, filepath.Join(dir, "training_reference.json"), &ref)
	if len(ref.AdamW.Losses) < 2 || len(ref.AdamW.Betas) != 2 || len(ref.InputIDs) == 0 {
		t.Fatalf("training_reference.json: %d losses, %d betas, %d rows", len(ref.AdamW.Losses), len(ref.AdamW.Betas), len(ref.InputIDs))
	}
	batch, seq := len(ref.InputIDs), len(ref.InputIDs[0])
	var ids, positions, mask []int64
	for _, row := range ref.InputIDs {
		ids = append(ids, row...)
		for j := range row {
			positions = append(positions, int64(j))
			mask = append(mask, 1)
		}
	}
	cfg, err := models.LoadConfig(dir)
	if err != nil {
		t.Fatal(err)
	}
	m, err := models.New(cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	ckpt, err := weights.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ckpt.Close()
	opt, err := DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		t.Fatal(err)
	}
	opt.Beta1, opt.Beta2, opt.Epsilon, opt.WeightDecay = ref.AdamW.Betas[0], ref.AdamW.Betas[1], ref.AdamW.Eps, ref.AdamW.WeightDecay
	spec := models.Spec{Batch: batch, Seq: seq, Labels: true}
	for name, b := range testbackends.CPU(t) {
		t.Run(name, func(t *testing.T) {
			r, err := models.NewRunner(m, ckpt, b, ir.Float32, models.CompileOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			ctx := context.Background()
			step, err := NewStep(ctx, r, spec, StepConfig{Optimizer: opt, MaxGradNorm: ref.AdamW.ClipGradNorm,
				Decay: func(string) bool { return true }}) // torch's run decays every parameter
			if err != nil {
				t.Fatal(err)
			}
			compiles := r.Compiles()
			inputs := map[string]*tensor.Tensor{}
			for _, p := range step.inputs {
				vals := ids
				switch p.Name {
				case models.InputPositionIDs:
					vals = positions
				case models.InputAttentionMask:
					vals = mask
				}
				if inputs[p.Name], err = tensor.FromInt64(p.Type.DType, p.Type.Shape, vals); err != nil {
					t.Fatal(err)
				}
			}
			for i, want := range ref.AdamW.Losses {
				res, err := step.Run(ctx, inputs, ref.AdamW.LR)
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
				if math.Abs(got-want) > 1e-4*math.Abs(want) {
					t.Errorf("step %d: loss %.7f, torch %.7f", i+1, got, want)
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
