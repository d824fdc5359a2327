package train

import (
	"context"
	"math"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// TestStepGPT2Dropout trains gpt2-tiny (dropout 0.1 everywhere in its
// config.json) with and without dropout on interp and llvm, at learning
// rate 0 so every step sees the same weights: each dropout step's loss
// differs from the no-dropout loss and from the other steps' (a fresh
// seed per step), a step re-run at the same step number reproduces its
// loss, and the mean loss over the steps is near the no-dropout loss.
func TestStepGPT2Dropout(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	dir := filepath.Join("..", "testdata", "models", "gpt2-tiny")
	m, ckpt := loadGPT2Tiny(t, dir)
	rows := [][]int64{{5, 17, 3, 42, 8, 99, 1, 7, 11, 2, 63, 4}}
	spec := models.Spec{Batch: len(rows), Seq: len(rows[0]), Labels: true}
	opt, err := DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range testbackends.CPU(t) {
		t.Run(name, func(t *testing.T) {
			r, err := models.NewRunner(m, ckpt, b, ir.Float32, models.CompileOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			ctx := context.Background()
			lossOf := func(step *Step) float64 {
				t.Helper()
				res, err := step.Run(ctx, []map[string]*tensor.Tensor{causalLMInputs(t, step, rows)}, 0)
				if err != nil {
					t.Fatal(err)
				}
				defer res.Free()
				l, err := res.Loss.Download()
				if err != nil {
					t.Fatal(err)
				}
				return l.Float64s()[0]
			}
			eval, err := NewStep(ctx, r, spec, StepConfig{NoDropout: true, Optimizer: opt})
			if err != nil {
				t.Fatal(err)
			}
			drop, err := NewStep(ctx, r, spec, StepConfig{Optimizer: opt, Seed: 7})
			if err != nil {
				t.Fatal(err)
			}
			if eval.Dropout() || !drop.Dropout() {
				t.Fatalf("Dropout() = %v (NoDropout), %v (default), want false, true", eval.Dropout(), drop.Dropout())
			}
			if len(drop.InputNames()) != len(eval.InputNames()) {
				t.Errorf("inputs %v with dropout, %v without: the seed is the step's, not the caller's", drop.InputNames(), eval.InputNames())
			}
			base := lossOf(eval)
			n := 6
			if name == "interp" {
				n = 2 // interpreting a whole-model step costs ~2 s
			}
			var sum float64
			losses := make([]float64, n)
			for i := range losses {
				losses[i] = lossOf(drop)
				sum += losses[i]
				if losses[i] == base {
					t.Errorf("step %d: dropout loss %v equals the no-dropout loss", i+1, base)
				}
				if i > 0 && losses[i] == losses[i-1] {
					t.Errorf("steps %d and %d: the same loss %v (the same masks?)", i, i+1, losses[i])
				}
			}
			if err := drop.SetSteps(0); err != nil {
				t.Fatal(err)
			}
			if again := lossOf(drop); again != losses[0] {
				t.Errorf("step 1 re-run: loss %v, first run %v", again, losses[0])
			}
			mean := sum / float64(n)
			t.Logf("no-dropout loss %.5f; dropout losses %.5f (mean %.5f)", base, losses, mean)
			if math.Abs(mean-base) > 0.03*base {
				t.Errorf("mean dropout loss %v is not within 3%% of the no-dropout loss %v", mean, base)
			}
		})
	}
}

// TestDropoutSeed: the per-micro-batch seeds are a deterministic function
// of (seed, step, micro-batch), different for each.
func TestDropoutSeed(t *testing.T) {
	seen := map[int64]bool{}
	for _, seed := range []int64{0, 1, 42} {
		for step := 1; step <= 20; step++ {
			for micro := 0; micro < 4; micro++ {
				s := DropoutSeed(seed, step, micro)
				if s != DropoutSeed(seed, step, micro) {
					t.Fatal("DropoutSeed is not deterministic")
				}
				if seen[s] {
					t.Errorf("DropoutSeed(%d, %d, %d) = %d repeats an earlier seed", seed, step, micro, s)
				}
				seen[s] = true
			}
		}
	}
}
