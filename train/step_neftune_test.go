package train

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// TestStepNEFTune trains the tiny random llama (no dropout in its config)
// on interp and llvm at learning rate 0, so every step sees the same
// weights: with alpha 0 the step takes no seed; with alpha 1 it takes the
// seed (the step's, not a caller's input), every step's loss differs from
// the alpha 0 one and from the other steps' (fresh noise per step), and a
// step re-run at the same step number reproduces its loss bit for bit;
// the Runner's forward program takes no seed and its logits are the same
// before and after the NEFTune steps.
// (That alpha 0 builds the unchanged program is TestNEFTuneZeroAlpha-
// IsSameProgram's, in package models.)
func TestStepNEFTune(t *testing.T) {
	m, ckpt := tinyLlama(t, false, true)
	for name, b := range testbackends.CPU(t) {
		t.Run(name, func(t *testing.T) {
			r, err := models.NewRunner(m, ckpt, b, ir.Float32, models.CompileOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			checkStepNEFTune(t, r)
		})
	}
}

// checkStepNEFTune checks TestStepNEFTune's claims on r.
func checkStepNEFTune(t *testing.T, r *models.Runner) {
	ctx := context.Background()
	spec := models.Spec{Batch: len(stepIDs), Seq: len(stepIDs[0]), Labels: true}
	opt, err := DefaultOptimizerConfig("sgd")
	if err != nil {
		t.Fatal(err)
	}
	newStep := func(alpha float64) *Step {
		t.Helper()
		s, err := NewStep(ctx, r, spec, StepConfig{Optimizer: opt, Seed: 7, NEFTuneAlpha: alpha})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	lossOf := func(s *Step) float64 {
		t.Helper()
		res, err := s.Run(ctx, []map[string]*tensor.Tensor{lmBatch(t, s, stepIDs, stepLabels())}, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Free()
		return res.LossValue
	}
	plain, noisy := newStep(0), newStep(1)
	if plain.Dropout() || !noisy.Dropout() {
		t.Fatalf("Dropout() = %v (alpha 0), %v (alpha 1), want false, true", plain.Dropout(), noisy.Dropout())
	}
	if got, want := strings.Join(noisy.InputNames(), ","), strings.Join(plain.InputNames(), ","); got != want {
		t.Errorf("inputs %s with NEFTune, %s without: the seed is the step's, not the caller's", got, want)
	}
	forward := func() []float64 {
		t.Helper()
		var ids []int64
		for _, row := range stepIDs {
			ids = append(ids, row...)
		}
		x, err := tensor.FromInt64(ir.Int64, ir.Shape{len(stepIDs), len(stepIDs[0])}, ids)
		if err != nil {
			t.Fatal(err)
		}
		eval := models.Spec{Batch: len(stepIDs), Seq: len(stepIDs[0])}
		out, err := r.Forward(ctx, eval, map[string]*tensor.Tensor{models.InputIDs: x})
		if err != nil {
			t.Fatal(err)
		}
		p, err := r.Program(ctx, eval)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range p.Signature.ParamNames {
			if n == models.InputDropoutSeed {
				t.Errorf("the Runner's forward program takes %s", n)
			}
		}
		return out[models.OutputLogits].Float64s()
	}
	before := forward()
	base := lossOf(plain)
	losses := make([]float64, 3)
	for i := range losses {
		losses[i] = lossOf(noisy)
		if losses[i] == base {
			t.Errorf("step %d: NEFTune loss %v equals the plain loss", i+1, base)
		}
		if i > 0 && losses[i] == losses[i-1] {
			t.Errorf("steps %d and %d: the same loss %v (the same noise?)", i, i+1, losses[i])
		}
	}
	if err := noisy.SetSteps(0); err != nil {
		t.Fatal(err)
	}
	if again := lossOf(noisy); again != losses[0] {
		t.Errorf("step 1 re-run: loss %v, first run %v", again, losses[0])
	}
	t.Logf("plain loss %.6f; NEFTune alpha 1 losses %.6f", base, losses)
	// Outside training (the Runner's forward) there is no noise: at lr 0
	// the logits are the ones before the NEFTune steps, bit for bit.
	for i, v := range forward() {
		if v != before[i] {
			t.Fatalf("forward after NEFTune steps: logit %d is %v, was %v", i, v, before[i])
		}
	}
}

// TestStepNEFTuneErrors: a negative or non-finite alpha, and NEFTune with
// NoDropout (evaluation mode), are errors naming neftune_noise_alpha.
func TestStepNEFTuneErrors(t *testing.T) {
	m, ckpt := tinyLlama(t, false, true)
	r, err := models.NewRunner(m, ckpt, interp.New(), ir.Float32, models.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	opt, err := DefaultOptimizerConfig("sgd")
	if err != nil {
		t.Fatal(err)
	}
	spec := models.Spec{Batch: 1, Seq: 4, Labels: true}
	for _, cfg := range []StepConfig{
		{Optimizer: opt, NEFTuneAlpha: -1},
		{Optimizer: opt, NEFTuneAlpha: math.NaN()},
		{Optimizer: opt, NEFTuneAlpha: math.Inf(1)},
		{Optimizer: opt, NEFTuneAlpha: 5, NoDropout: true},
	} {
		if _, err := NewStep(context.Background(), r, spec, cfg); err == nil || !strings.Contains(err.Error(), "neftune_noise_alpha") {
			t.Errorf("alpha %v, NoDropout %v: error %v, want one naming neftune_noise_alpha", cfg.NEFTuneAlpha, cfg.NoDropout, err)
		}
	}
}

// TestNEFTuneNoiseAlphaArgs: neftune_noise_alpha parses as HF's
// Optional[float] (null and absent: off) and reaches the step's config;
// negative or non-finite values are refused by Validate, and NEFTune with
// TrainerOptions.NoDropout by NewTrainer, naming the field.
func TestNEFTuneNoiseAlphaArgs(t *testing.T) {
	for _, c := range []struct {
		src  string
		want *float64
	}{
		{`{}`, nil},
		{`{"neftune_noise_alpha": null}`, nil},
		{`{"neftune_noise_alpha": 0}`, ptr(0.0)},
		{`{"neftune_noise_alpha": 5}`, ptr(5.0)},
		{`{"neftune_noise_alpha": 0.5}`, ptr(0.5)},
	} {
		a, err := ParseTrainingArguments([]byte(c.src), "training_args.json")
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		if got := a.NEFTuneNoiseAlpha; (got == nil) != (c.want == nil) || got != nil && *got != *c.want {
			t.Errorf("%s: neftune_noise_alpha %v, want %v", c.src, got, c.want)
		}
		if n, on := NEFTuneNotice(a), c.want != nil && *c.want > 0; (n != "") != on || on && !strings.Contains(n, "neftune_noise_alpha") {
			t.Errorf("%s: notice %q", c.src, n)
		}
	}
	for _, x := range []float64{-1, math.NaN(), math.Inf(1)} {
		a := DefaultTrainingArguments()
		a.NEFTuneNoiseAlpha = &x
		if err := a.Validate(); err == nil || !strings.Contains(err.Error(), `"neftune_noise_alpha"`) {
			t.Errorf("neftune_noise_alpha %v: Validate() = %v", x, err)
		}
	}

	m, ckpt := tinyLlama(t, false, true)
	r, err := models.NewRunner(m, ckpt, interp.New(), ir.Float32, models.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	data := &Dataset{Path: "rows.jsonl"}
	for i, row := range stepIDs {
		ex := Example{Line: i + 1, InputIDs: row}
		for _, id := range row {
			ex.Labels.Ints = append(ex.Labels.Ints, id)
			ex.Labels.Values = append(ex.Labels.Values, float64(id))
		}
		ex.Labels.List = true
		data.Rows = append(data.Rows, ex)
	}
	args := testArgs(t, `{"neftune_noise_alpha": 5, "max_steps": 1, "save_strategy": "no"}`)
	tr, err := NewTrainer(r, args, data, TrainerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if tr.cfg.NEFTuneAlpha != 5 {
		t.Errorf("step config NEFTuneAlpha %v, want 5", tr.cfg.NEFTuneAlpha)
	}
	if _, err := NewTrainer(r, args, data, TrainerOptions{NoDropout: true}); err == nil || !strings.Contains(err.Error(), `"neftune_noise_alpha"`) {
		t.Errorf("NEFTune with NoDropout: NewTrainer error %v, want one naming neftune_noise_alpha", err)
	}
}

func ptr[T any](v T) *T { return &v }
