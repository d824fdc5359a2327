package train

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCallbackStopsTraining: a callback's ShouldTrainingStop ends training
// after the step that set it (the epoch still ends), ShouldEpochStop ends
// only the epoch, and a stop set in on_substep_end runs no update of that
// group (HF breaks before the group's optimizer step).
func TestCallbackStopsTraining(t *testing.T) {
	if testing.Short() {
		t.Skip("training steps")
	}
	const epochs2 = `{"per_device_train_batch_size": 1, "num_train_epochs": 2, "logging_steps": 1, "save_strategy": "no", "learning_rate": 1e-3}`
	cases := []struct {
		name      string
		args      string
		stopAt    string // the event that sets the flag
		stopStep  int    // at this global step (first time only)
		epochStop bool
		wantSteps int
		wantEpoch float64
		wantTail  string // the events after the first of stopAt at stopStep
	}{
		{"training stop at step 2 of 8", epochs2, "on_step_end", 2, false, 2, 0.5, `
on_log 2 loss
on_epoch_end 2
on_log 2 train
on_train_end 2`},
		// Epoch 0 ends after step 1; epoch 1 runs its 4 steps.
		{"epoch stop at step 1", epochs2, "on_step_end", 1, true, 5, 2, `
on_log 1 loss
on_epoch_end 1
on_epoch_begin 1
on_step_begin 1
on_pre_optimizer_step 1
on_optimizer_step 1
on_step_end 2
on_log 2 loss`},
		// A stop from on_step_begin with one micro-batch an update: the
		// step still runs (HF checks after the micro-batch).
		{"training stop at step begin", epochs2, "on_step_begin", 3, false, 4, 1, `
on_pre_optimizer_step 3
on_optimizer_step 3
on_step_end 4
on_log 4 loss
on_epoch_end 4
on_log 4 train
on_train_end 4`},
		{"training stop in accumulation", `{"per_device_train_batch_size": 1, "gradient_accumulation_steps": 2, "max_steps": 4, "save_strategy": "no"}`,
			"on_substep_end", 0, false, 0, 0, `
on_epoch_end 0
on_log 0 train
on_train_end 0`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			stop := &recorder{}
			fired := false
			stop.at = func(ev string, s *TrainerState, ctl *TrainerControl) {
				if ev == c.stopAt && s.GlobalStep == c.stopStep && !fired {
					fired = true
					if c.epochStop {
						ctl.ShouldEpochStop = true
					} else {
						ctl.ShouldTrainingStop = true
					}
				}
			}
			tr, rec, err := callbackRun(t, c.args, 4, nil, stop)
			if err != nil {
				t.Fatal(err)
			}
			if tr.State.GlobalStep != c.wantSteps || tr.State.Epoch != c.wantEpoch {
				t.Errorf("ended at step %d, epoch %v; want %d, %v", tr.State.GlobalStep, tr.State.Epoch, c.wantSteps, c.wantEpoch)
			}
			i := 0
			for ; i < len(rec.events); i++ {
				if rec.events[i] == fmt.Sprintf("%s %d", c.stopAt, c.stopStep) {
					break
				}
			}
			tail := expand(c.wantTail)
			if i+1+len(tail) > len(rec.events) {
				t.Fatalf("events %v: no %q followed by %d events", rec.events, c.stopAt, len(tail))
			}
			compareEvents(t, rec.events[i+1:i+1+len(tail)], tail)
			if c.wantSteps == 0 && len(tr.steps) != 0 {
				t.Errorf("%d step programs were built for a run of no update", len(tr.steps))
			}
		})
	}
}

// TestEarlyStoppingCallback checks EarlyStoppingCallback's counting
// against trainer_callback.py's check_metric_value with synthetic metrics
// (no training): patience, threshold and direction.
func TestEarlyStoppingCallback(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	cases := []struct {
		name      string
		args      string
		patience  int
		threshold float64
		// best is State.BestMetric before each evaluation (the Trainer
		// updates it after on_evaluate), values the evaluations.
		best, values []*float64
		wantStopAt   int // index of the evaluation that stops; -1: none
	}{
		{"patience 2", `{"metric_for_best_model": "loss", "eval_strategy": "epoch"}`, 2, 0,
			[]*float64{nil, f(1), f(0.9), f(0.9)}, []*float64{f(1), f(0.9), f(0.95), f(0.92)}, 3},
		{"improvement resets", `{"metric_for_best_model": "loss", "eval_strategy": "epoch"}`, 2, 0,
			[]*float64{nil, f(1), f(1), f(0.8)}, []*float64{f(1), f(1.1), f(0.8), f(0.85)}, -1},
		{"threshold", `{"metric_for_best_model": "eval_loss", "eval_strategy": "epoch"}`, 1, 0.1,
			[]*float64{nil, f(1)}, []*float64{f(1), f(0.95)}, 1},
		{"greater is better", `{"metric_for_best_model": "accuracy", "eval_strategy": "epoch"}`, 1, 0,
			[]*float64{nil, f(0.5), f(0.6)}, []*float64{f(0.5), f(0.6), f(0.55)}, 2},
		{"missing metric is skipped", `{"metric_for_best_model": "accuracy", "eval_strategy": "epoch"}`, 1, 0,
			[]*float64{nil, nil}, []*float64{nil, nil}, -1},
	}
	for _, c := range cases {
		a := testArgs(t, c.args)
		cb := NewEarlyStoppingCallback(c.patience, c.threshold)
		if err := cb.OnTrainBegin(&a, &TrainerState{}, &TrainerControl{}); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		stopAt := -1
		for i, v := range c.values {
			s := TrainerState{BestMetric: c.best[i]}
			m := map[string]float64{"eval_runtime": 1}
			if v != nil {
				m[evalMetricName(*a.MetricForBestModel)] = *v
			}
			var ctl TrainerControl
			if err := cb.OnEvaluate(&a, &s, &ctl, m); err != nil {
				t.Fatal(err)
			}
			if ctl.ShouldTrainingStop && stopAt < 0 {
				stopAt = i
			}
		}
		if stopAt != c.wantStopAt {
			t.Errorf("%s: stopped at evaluation %d, want %d (counter %d)", c.name, stopAt, c.wantStopAt, cb.Counter)
		}
	}
	for _, js := range []string{`{"eval_strategy": "epoch"}`, `{"metric_for_best_model": "loss"}`} {
		a := testArgs(t, js)
		if err := NewEarlyStoppingCallback(1, 0).OnTrainBegin(&a, &TrainerState{}, &TrainerControl{}); err == nil {
			t.Errorf("%s: EarlyStoppingCallback accepted it", js)
		}
	}
}

// TestEarlyStoppingInTraining: with synthetic evaluations every step
// (eval_loss 1, 0.9, 0.95, 0.92, ...) and patience 2, training stops after
// the fourth evaluation; the Trainer records the best metric and, with
// checkpoints on, its step and checkpoint directory
// (_determine_best_metric, _save_checkpoint).
func TestEarlyStoppingInTraining(t *testing.T) {
	if testing.Short() {
		t.Skip("training steps")
	}
	out := t.TempDir()
	args := `{"per_device_train_batch_size": 1, "max_steps": 10, "eval_strategy": "steps", "eval_steps": 1,
		"save_strategy": "steps", "save_steps": 1, "metric_for_best_model": "loss", "logging_steps": 5,
		"output_dir": "` + filepath.ToSlash(out) + `"}`
	var saved []string
	var lastSaved string // the last checkpoint's trainer_state.json
	save := &recorder{at: func(ev string, s *TrainerState, _ *TrainerControl) {
		if ev == "on_save" {
			saved = append(saved, filepath.Base(s.BestModelCheckpoint))
			lastSaved = string(s.JSON())
		}
	}}
	tr, rec, err := callbackRunSaving(t, args, 4, []float64{1, 0.9, 0.95, 0.92, 0.5}, NewEarlyStoppingCallback(2, 0), save)
	if err != nil {
		t.Fatal(err)
	}
	st := tr.State
	if st.GlobalStep != 4 || st.BestMetric == nil || *st.BestMetric != 0.9 || st.BestGlobalStep != 2 ||
		st.BestModelCheckpoint != filepath.Join(out, "checkpoint-2") {
		t.Errorf("step %d, best %v at %d in %q; want step 4, best 0.9 at 2 in checkpoint-2", st.GlobalStep, st.BestMetric, st.BestGlobalStep, st.BestModelCheckpoint)
	}
	if want := "checkpoint-1 checkpoint-2 checkpoint-2 checkpoint-2"; strings.Join(saved, " ") != want {
		t.Errorf("best checkpoint at each save: %v, want %s", saved, want)
	}
	evals := 0
	for _, e := range st.LogHistory {
		if v, ok := e["eval_loss"]; ok {
			evals++
			if e["step"] != evals || v != []float64{1, 0.9, 0.95, 0.92}[evals-1] {
				t.Errorf("eval log %v", e)
			}
		}
	}
	if evals != 4 {
		t.Errorf("%d evaluations logged, want 4: %v", evals, rec.events)
	}
	// The checkpoint of step 4 records the callback's counter and the
	// control as they were when it was saved (_save_checkpoint).
	for _, want := range []string{`"EarlyStoppingCallback": {
      "args": {
        "early_stopping_patience": 2,
        "early_stopping_threshold": 0.0
      },
      "attributes": {
        "early_stopping_patience_counter": 2
      }
    },`, `"should_save": true,
        "should_training_stop": true`} {
		if !strings.Contains(lastSaved, want) {
			t.Errorf("the last checkpoint's state has no %s:\n%s", want, lastSaved)
		}
	}
	b := string(st.JSON())
	for _, want := range []string{`"best_global_step": 2,`, `"best_metric": 0.9,`, `"best_model_checkpoint": "` + filepath.Join(out, "checkpoint-2")} {
		if !strings.Contains(b, want) {
			t.Errorf("trainer_state.json has no %s:\n%s", want, b)
		}
	}
}

// callbackRunSaving is callbackRun with a SaveCheckpoint that creates the
// checkpoint directory.
func callbackRunSaving(t *testing.T, argsJSON string, rows int, evals []float64, extra ...TrainerCallback) (*Trainer, *recorder, error) {
	t.Helper()
	return callbackRunWith(t, argsJSON, rows, evals, func(dir string) error { return os.MkdirAll(dir, 0o755) }, extra...)
}

// initFail refuses on_init_end.
type initFail struct{ BaseCallback }

func (initFail) OnInitEnd(*TrainingArguments, *TrainerState, *TrainerControl) error {
	return fmt.Errorf("no")
}

// TestTrainerCallbackAndHookErrors: errors of callbacks and hooks end
// NewTrainer or Train, naming the callback and event, the step, or the
// field.
func TestTrainerCallbackAndHookErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("training steps")
	}
	dir := filepath.Join("..", "testdata", "models", "llama-tiny")
	b := oneCPUBackend(t)
	_, err := NewTrainer(loadRunner(t, dir, b), testArgs(t, `{"save_strategy": "no"}`), lmRows(2, 4),
		TrainerOptions{ModelDir: dir, Callbacks: []TrainerCallback{initFail{}}})
	if err == nil || err.Error() != "callback initFail: on_init_end: no" {
		t.Errorf("NewTrainer with a failing on_init_end: %v", err)
	}
	// A callback added after NewTrainer runs from on_train_begin on.
	late := &recorder{}
	tr, err := NewTrainer(loadRunner(t, dir, b), testArgs(t, `{"save_strategy": "no", "per_device_train_batch_size": 1, "max_steps": 1}`), lmRows(2, 4),
		TrainerOptions{ModelDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	tr.AddCallback(late)
	if cbs := tr.Callbacks(); len(cbs) != 2 || callbackName(cbs[0]) != "DefaultFlowCallback" {
		t.Errorf("callbacks %v", cbs)
	}
	if _, err := tr.Train(context.Background()); err != nil || len(late.events) == 0 || late.events[0] != "on_train_begin 0" {
		t.Errorf("Train: %v; the late callback saw %v", err, late.events)
	}
	evalArgs := `{"per_device_train_batch_size": 1, "max_steps": 2, "eval_strategy": "steps", "eval_steps": 1, "save_strategy": "no", "metric_for_best_model": "accuracy"}`
	for _, c := range []struct {
		metrics map[string]float64
		err     error
		want    string
	}{
		{map[string]float64{"loss": 1}, nil, `field "metric_for_best_model": "eval_accuracy" is not among the evaluation metrics (eval_loss)`},
		{map[string]float64{"accuracy": 1, "eval_accuracy": 2}, nil, `evaluation at step 1: metrics "accuracy" and "eval_accuracy" are both "eval_accuracy"`},
		{nil, fmt.Errorf("disk on fire"), "evaluation at step 1: disk on fire"},
	} {
		tr, err := NewTrainer(loadRunner(t, dir, b), testArgs(t, evalArgs), lmRows(2, 4), TrainerOptions{ModelDir: dir,
			Evaluate: func(context.Context) (map[string]float64, error) { return c.metrics, c.err }})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tr.Train(context.Background()); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Train = %v, want an error with %q", err, c.want)
		}
	}
	tr, err = NewTrainer(loadRunner(t, dir, b), testArgs(t, `{"per_device_train_batch_size": 1, "max_steps": 2, "save_steps": 1, "output_dir": "o"}`),
		lmRows(2, 4), TrainerOptions{ModelDir: dir, SaveCheckpoint: func(context.Context, string, *TrainerState) error { return fmt.Errorf("full") }})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Train(context.Background()); err == nil || err.Error() != "checkpoint "+filepath.Join("o", "checkpoint-1")+" at step 1: full" {
		t.Errorf("Train with a failing SaveCheckpoint: %v", err)
	}
}
