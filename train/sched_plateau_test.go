package train

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestPlateauStateMachine replays torch's ReduceLROnPlateau.step on metric
// sequences worked by hand from lr_scheduler.py (the lr after each step),
// over both modes, both threshold modes, patience, cooldown, min_lr and the
// eps rule.
func TestPlateauStateMachine(t *testing.T) {
	cases := []struct {
		name    string
		lr      float64
		kwargs  map[string]any
		metrics []float64
		lrs     []float64
	}{
		// best 10, 9; then 9 fails 9*0.9999 three times: the third exceeds
		// patience 2 and halves the lr. 8.9999 is within the relative
		// threshold of 9 (a bad evaluation), 5 is a new best, three bad again.
		{"min_rel_patience", 1, map[string]any{"patience": 2, "factor": 0.5},
			[]float64{10, 9, 9, 9, 9, 8.9999, 5, 5, 5, 5},
			[]float64{1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.25}},
		// patience 0: any evaluation that does not beat best - 0.5 cuts.
		// 2.6 is not below 3 - 0.5; 2.4 is; 2.5 is not below 1.9.
		{"min_abs_patience0", 1, map[string]any{"patience": 0, "threshold_mode": "abs", "threshold": 0.5},
			[]float64{3, 2.6, 2.4, 2.5, 1.0},
			[]float64{1, 0.1, 0.1, 0.010000000000000002, 0.010000000000000002}},
		// max/rel: 1.05 does not beat 1 * 1.1, 1.2 does. The cut at the
		// fifth step starts a cooldown of 2 whose bad evaluations do not
		// count; the count restarts after it and cuts again at the ninth.
		{"max_rel_cooldown", 1, map[string]any{"mode": "max", "threshold": 0.1, "patience": 1, "cooldown": 2, "factor": 0.5},
			[]float64{1, 1.05, 1.2, 1, 1, 1, 1, 1, 1},
			[]float64{1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.25}},
		// max/abs with min_lr 0.3: 0.5, then max(0.25, 0.3), then 0.3 - 0.3
		// is not above eps (no change); 2 beats 1 + 0.5.
		{"max_abs_min_lr", 1, map[string]any{"mode": "max", "threshold_mode": "abs", "threshold": 0.5, "patience": 0, "factor": 0.5, "min_lr": 0.3},
			[]float64{1, 1.2, 1.2, 1.2, 2},
			[]float64{1, 0.5, 0.3, 0.3, 0.3}},
		// eps: 1e-7 - 5e-8 is not above eps 1e-7, so the lr stays.
		{"eps_blocks", 1e-7, map[string]any{"patience": 0, "factor": 0.5, "eps": 1e-7},
			[]float64{1, 2, 2},
			[]float64{1e-7, 1e-7, 1e-7}},
		// with the default eps 1e-8 it is.
		{"eps_default", 1e-7, map[string]any{"patience": 0, "factor": 0.5},
			[]float64{1, 2},
			[]float64{1e-7, 5e-8}},
		// NaN never beats best: a bad evaluation.
		{"nan_is_bad", 1, map[string]any{"patience": 0},
			[]float64{1, math.NaN()},
			[]float64{1, 0.1}},
		// torch's defaults: patience 10, factor 0.1.
		{"defaults", 1, nil,
			[]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
			[]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := NewPlateau(c.lr, c.kwargs)
			if err != nil {
				t.Fatal(err)
			}
			for i, m := range c.metrics {
				before := p.LR
				changed := p.Step(m)
				if p.LR != c.lrs[i] || changed != (p.LR != before) {
					t.Fatalf("step %d (metric %v): lr %v (changed %v), want %v", i+1, m, p.LR, changed, c.lrs[i])
				}
			}
			if p.LastEpoch != len(c.metrics) {
				t.Errorf("last_epoch %d, want %d", p.LastEpoch, len(c.metrics))
			}
		})
	}
	// The counters of max_rel_cooldown after its fifth step: best 1.2, a
	// cooldown of 2 started, the bad count reset.
	p, _ := NewPlateau(1, map[string]any{"mode": "max", "threshold": 0.1, "patience": 1, "cooldown": 2})
	for _, m := range []float64{1, 1.05, 1.2, 1, 1} {
		p.Step(m)
	}
	if p.Best != 1.2 || p.CooldownCounter != 2 || p.NumBadEpochs != 0 {
		t.Errorf("best %v cooldown %d bad %d, want 1.2 2 0", p.Best, p.CooldownCounter, p.NumBadEpochs)
	}
	p.Step(1)
	if p.CooldownCounter != 1 || p.NumBadEpochs != 0 {
		t.Errorf("in cooldown: counter %d bad %d, want 1 0", p.CooldownCounter, p.NumBadEpochs)
	}
}

// TestPlateauErrors: torch's ValueErrors and TypeErrors, and kiln's type
// checks, name the kwarg; TrainingArguments refuses the schedule without
// an eval strategy and accepts it with one.
func TestPlateauErrors(t *testing.T) {
	for _, c := range []struct {
		kwargs map[string]any
		want   []string
	}{
		{map[string]any{"verbose": true}, []string{"reduce_lr_on_plateau", `"verbose"`, "mode, factor, patience"}},
		{map[string]any{"last_epoch": 3}, []string{`"last_epoch"`}},
		{map[string]any{"mode": "avg"}, []string{`"mode"`, `"avg"`}},
		{map[string]any{"threshold_mode": "pct"}, []string{`"threshold_mode"`, `"pct"`}},
		{map[string]any{"factor": 1.0}, []string{`"factor"`, "< 1.0"}},
		{map[string]any{"patience": 1.5}, []string{`"patience"`, "integer"}},
		{map[string]any{"min_lr": []any{0.1, 0.2}}, []string{`"min_lr"`, "number"}},
		{map[string]any{"min_lr": nil}, []string{`"min_lr"`, "null"}},
		{map[string]any{"mode": 1}, []string{`"mode"`, "string"}},
	} {
		_, err := NewPlateau(1e-3, c.kwargs)
		if err == nil {
			t.Errorf("%v: no error", c.kwargs)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%v: error %q does not mention %s", c.kwargs, err, w)
			}
		}
		if strings.Contains(err.Error(), "resuming") {
			t.Errorf("%v: %q: ReduceLROnPlateau has no last_epoch argument to resume with", c.kwargs, err)
		}
	}
	if _, err := ParseTrainingArguments([]byte(`{"lr_scheduler_type": "reduce_lr_on_plateau"}`), "a.json"); err == nil || !strings.Contains(err.Error(), "requires an eval strategy") {
		t.Errorf("no eval strategy: %v", err)
	}
	a, err := ParseTrainingArguments([]byte(`{"lr_scheduler_type": "reduce_lr_on_plateau", "eval_strategy": "epoch", "lr_scheduler_kwargs": {"patience": 3, "mode": "max"}}`), "a.json")
	if err != nil {
		t.Fatal(err)
	}
	if p, err := a.Plateau(); err != nil || p.Patience != 3 || p.Mode != "max" || p.Factor != 0.1 || p.LR != 5e-5 || !math.IsInf(p.Best, -1) {
		t.Errorf("plateau %+v, %v", p, err)
	}
	if a.MetricForBestModel == nil || *a.MetricForBestModel != "loss" {
		t.Errorf("metric_for_best_model %v, want HF's default \"loss\"", a.MetricForBestModel)
	}
	_, err = ParseTrainingArguments([]byte(`{"lr_scheduler_type": "reduce_lr_on_plateau", "eval_strategy": "steps", "eval_steps": 5, "lr_scheduler_kwargs": {"cooldown": 1, "patients": 3}}`), "a.json")
	if err == nil || !strings.Contains(err.Error(), `"patients"`) {
		t.Errorf("unknown kwarg: %v", err)
	}
	_, err = ParseTrainingArguments([]byte(`{"lr_scheduler_type": "reduce_lr_on_plateau", "eval_strategy": "steps", "eval_steps": 5, "lr_scheduler_kwargs": {"factor": 2}}`), "a.json")
	if err == nil || !strings.Contains(err.Error(), `"factor"`) {
		t.Errorf("factor 2: %v", err)
	}
}

// learningRates is the learning_rate of every training log entry, by step.
func learningRates(h []LogEntry) map[int]float64 {
	out := map[int]float64{}
	for _, e := range h {
		if lr, ok := e["learning_rate"].(float64); ok {
			out[e["step"].(int)] = lr
		}
	}
	return out
}

// TestPlateauInTraining: with an evaluation every step (synthetic
// eval_loss 1, 0.9, 0.95, 0.95, 0.8, 0.85) and patience 1, the update
// after the second bad evaluation (step 4) runs at half the lr, and the
// log shows it from step 5 (the lr each update used, as HF's
// _get_learning_rate reads it); warmup does not apply (get_scheduler
// builds ReduceLROnPlateau without it). A metric_for_best_model the
// evaluation lacks is an error naming the field.
func TestPlateauInTraining(t *testing.T) {
	if testing.Short() {
		t.Skip("training steps")
	}
	args := `{"per_device_train_batch_size": 1, "max_steps": 6, "eval_strategy": "steps", "eval_steps": 1,
		"save_strategy": "no", "logging_steps": 1, "learning_rate": 1e-3, "warmup_steps": 2,
		"lr_scheduler_type": "reduce_lr_on_plateau", "lr_scheduler_kwargs": {"patience": 1, "factor": 0.5}}`
	tr, _, err := callbackRun(t, args, 4, []float64{1, 0.9, 0.95, 0.95, 0.8, 0.85})
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]float64{1: 1e-3, 2: 1e-3, 3: 1e-3, 4: 1e-3, 5: 5e-4, 6: 5e-4}
	if got := learningRates(tr.State.LogHistory); !reflect.DeepEqual(got, want) {
		t.Errorf("logged learning rates %v, want %v", got, want)
	}
	p := tr.plateau
	if p.LastEpoch != 6 || p.Best != 0.8 || p.NumBadEpochs != 1 || tr.LearningRate() != 5e-4 {
		t.Errorf("plateau after training: %+v, next lr %v", p, tr.LearningRate())
	}
	// Each evaluation is logged after the step's training entry (log,
	// then evaluate, in _maybe_log_save_evaluate).
	for i, e := range tr.State.LogHistory[:12] {
		_, isEval := e["eval_loss"]
		if isEval != (i%2 == 1) {
			t.Errorf("log entry %d: %v", i, e)
		}
	}
	bad := strings.Replace(args, `"logging_steps": 1,`, `"logging_steps": 1, "metric_for_best_model": "accuracy",`, 1)
	_, _, err = callbackRun(t, bad, 4, nil)
	if err == nil || !strings.Contains(err.Error(), "metric_for_best_model") || !strings.Contains(err.Error(), `"eval_accuracy"`) || !strings.Contains(err.Error(), "eval_loss") {
		t.Errorf("missing metric: %v", err)
	}
}

// TestPlateauResumeIsBitExact: a reduce_lr_on_plateau run (patience 0,
// cooldown 1, an evaluation every step) and the same run interrupted
// right after its first cut — cooldown under way, best 1 — then resumed,
// end with identical weights, log history and last checkpoint files; the
// plateau's state comes back from scheduler.json (a fresh scheduler would
// cut again at step 3, one without its best would not cut at step 5).
func TestPlateauResumeIsBitExact(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training runs")
	}
	b := oneCPUBackend(t)
	tc := resumeCase{name: "gpt2_plateau", dir: filepath.Join("..", "testdata", "models", "gpt2-tiny"),
		args: `"logging_steps": 1, "eval_strategy": "steps", "eval_steps": 1, "lr_scheduler_type": "reduce_lr_on_plateau",
		"lr_scheduler_kwargs": {"patience": 0, "cooldown": 1, "factor": 0.5}`, rows: 4, steps: 6, stop: 2}
	evals := map[int]float64{1: 1, 2: 1, 3: 1, 4: 0.9, 5: 0.95, 6: 0.95}
	root := t.TempDir()
	full, err := ckptTrainEval(t, b, tc, filepath.Join(root, "full"), "", 0, evals)
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]float64{1: 3e-3, 2: 3e-3, 3: 1.5e-3, 4: 1.5e-3, 5: 1.5e-3, 6: 7.5e-4}
	if got := learningRates(full.State.LogHistory); !reflect.DeepEqual(got, want) {
		t.Fatalf("uninterrupted run's learning rates %v, want %v", got, want)
	}
	cut := filepath.Join(root, "cut")
	_, err = ckptTrainEval(t, b, tc, cut, "", tc.stop, evals)
	var ie *InterruptedError
	if !errors.As(err, &ie) || ie.Step != tc.stop {
		t.Fatalf("interrupted run: %v", err)
	}
	saved, err := os.ReadFile(filepath.Join(cut, "checkpoint-2", SchedulerFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{`"best": 1.0,`, `"cooldown_counter": 1,`, `"_last_lr": [
    0.0015
  ],`, `"last_epoch": 2,`, `"mode_worse": Infinity,`, `"global_step": 2,`, `"lr_scheduler_type": "reduce_lr_on_plateau",`} {
		if !bytes.Contains(saved, []byte(w)) {
			t.Errorf("checkpoint-2/%s has no %s:\n%s", SchedulerFile, w, saved)
		}
	}
	resumed, err := ckptTrainEval(t, b, tc, cut, `, "resume_from_checkpoint": true`, 0, evals)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(full.State.LogHistory, resumed.State.LogHistory) {
		t.Errorf("log history differs:\nfull    %v\nresumed %v", full.State.LogHistory, resumed.State.LogHistory)
	}
	for _, p := range full.anyStep().Params() {
		a, _ := full.runner.Session().Download(p.Name)
		r, _ := resumed.runner.Session().Download(p.Name)
		if a == nil || r == nil || !bytes.Equal(a.Data, r.Data) {
			t.Errorf("parameter %s differs after resuming", p.Name)
		}
	}
	for _, f := range []string{SchedulerFile, TrainerStateFile, OptimizerFile, "model.safetensors"} {
		a, err1 := os.ReadFile(filepath.Join(root, "full", "checkpoint-6", f))
		r, err2 := os.ReadFile(filepath.Join(cut, "checkpoint-6", f))
		if err := errors.Join(err1, err2); err != nil || !bytes.Equal(a, r) {
			t.Errorf("checkpoint-6/%s differs between the runs (%v)", f, err)
		}
	}
	// The checkpoint's state is read back whole; a step schedule cannot
	// resume it.
	p, step, err := readPlateauState("s.json", saved)
	if err != nil || step != 2 || p.LR != 1.5e-3 || p.Best != 1 || p.CooldownCounter != 1 || p.LastEpoch != 2 || p.Patience != 0 || p.Cooldown != 1 || p.Factor != 0.5 {
		t.Errorf("read back %+v at %d: %v", p, step, err)
	}
	linear := tc
	linear.args = `"logging_steps": 1, "eval_strategy": "steps", "eval_steps": 1`
	_, err = ckptTrainEval(t, b, linear, cut, `, "resume_from_checkpoint": "`+filepath.Join(cut, "checkpoint-6")+`"`, 0, evals)
	if err == nil || !strings.Contains(err.Error(), SchedulerFile) || !strings.Contains(err.Error(), "reduce_lr_on_plateau") {
		t.Errorf("resuming a plateau state with a linear schedule: %v", err)
	}
}
