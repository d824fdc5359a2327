package train

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// maybeLogSaveEvaluate is _maybe_log_save_evaluate: a training log entry
// when the control says ShouldLog and a step ran since the last one; an
// evaluation when it says ShouldEvaluate (with save_strategy "best", the
// evaluation decides ShouldSave: a new best metric), after which a
// reduce_lr_on_plateau scheduler steps on the evaluation's metric (HF's
// _evaluate, before _determine_best_metric); a checkpoint and on_save
// when it says ShouldSave.
func (t *Trainer) maybeLogSaveEvaluate(ctx context.Context, lp *loop) error {
	a, st, c := &t.args, &t.State, &t.Control
	if c.ShouldLog && st.GlobalStep > lp.lastLogged {
		if err := t.logStep(lp); err != nil {
			return err
		}
	}
	if c.ShouldEvaluate {
		metrics, err := t.evaluate(ctx)
		if err != nil {
			return err
		}
		if err := t.stepPlateau(metrics); err != nil {
			return err
		}
		best, err := t.determineBestMetric(metrics)
		if err != nil {
			return err
		}
		if a.SaveStrategy == "best" {
			c.ShouldSave = best
		}
	}
	if c.ShouldSave {
		// A save that starts finishes: cancellation (Ctrl-C) is seen
		// before the next update, with this checkpoint already written.
		if err := t.saveCheckpoint(context.WithoutCancel(ctx), lp, true); err != nil {
			return err
		}
		if err := t.handler.OnSave(a, st, c); err != nil {
			return err
		}
	}
	return nil
}

// evaluate is _evaluate: TrainerOptions.Evaluate when set, else the
// evaluation of TrainerOptions.EvalData (Trainer.Evaluate's); the
// metrics are named as the HF Trainer does (an "eval_" prefix on every
// name without one), logged, and given to on_evaluate.
func (t *Trainer) evaluate(ctx context.Context) (map[string]float64, error) {
	if t.opts.Evaluate == nil {
		return t.Evaluate(ctx, nil)
	}
	raw, err := t.opts.Evaluate(ctx)
	if err != nil {
		return nil, fmt.Errorf("evaluation at step %d: %w", t.State.GlobalStep, err)
	}
	return t.logEvaluation(raw)
}

// logEvaluation names raw's metrics with the "eval_" prefix, logs them
// and fires on_evaluate.
func (t *Trainer) logEvaluation(raw map[string]float64) (map[string]float64, error) {
	st := &t.State
	names := make([]string, 0, len(raw))
	for k := range raw {
		names = append(names, k)
	}
	sort.Strings(names)
	metrics := make(map[string]float64, len(raw))
	from := make(map[string]string, len(raw))
	for _, k := range names {
		name := evalMetricName(k)
		if prev, dup := from[name]; dup {
			return nil, fmt.Errorf("evaluation at step %d: metrics %q and %q are both %q", st.GlobalStep, prev, k, name)
		}
		from[name] = k
		metrics[name] = raw[k]
	}
	e := make(LogEntry, len(metrics)+2)
	for k, v := range metrics {
		e[k] = v
	}
	if err := t.appendLog(e); err != nil {
		return nil, err
	}
	if err := t.handler.OnEvaluate(&t.args, st, &t.Control, metrics); err != nil {
		return nil, err
	}
	return metrics, nil
}

// determineBestMetric is _determine_best_metric: with
// metric_for_best_model set, it records a value better than
// State.BestMetric (greater or less by greater_is_better; the first
// comparison is with -inf or +inf) and, under a save_strategy other than
// "no", its step in State.BestGlobalStep, and reports whether it did. A
// metric missing from the evaluation is an error naming the field.
func (t *Trainer) determineBestMetric(metrics map[string]float64) (bool, error) {
	a, st := &t.args, &t.State
	if a.MetricForBestModel == nil {
		return false, nil
	}
	name := evalMetricName(*a.MetricForBestModel)
	v, ok := metrics[name]
	if !ok {
		have := make([]string, 0, len(metrics))
		for k := range metrics {
			have = append(have, k)
		}
		sort.Strings(have)
		return false, fmt.Errorf("field \"metric_for_best_model\": %q is not among the evaluation metrics (%s)", name, strings.Join(have, ", "))
	}
	greater := a.GreaterIsBetter != nil && *a.GreaterIsBetter
	if st.BestMetric == nil {
		inf := math.Inf(1)
		if greater {
			inf = math.Inf(-1)
		}
		st.BestMetric = &inf
	}
	if !better(v, *st.BestMetric, greater) {
		return false, nil
	}
	best := v
	st.BestMetric = &best
	if a.SaveStrategy != "no" {
		st.BestGlobalStep = st.GlobalStep
	}
	return true, nil
}

// CheckpointDir is output_dir/checkpoint-<step>, where the HF Trainer
// saves the checkpoint of that step.
func (t *Trainer) CheckpointDir(step int) string {
	return filepath.Join(t.args.OutputDir, fmt.Sprintf("checkpoint-%d", step))
}

// saveCheckpoint is the part of _save_checkpoint the Trainer owns: it
// stores the flos, sets State.BestModelCheckpoint to the best step's
// checkpoint when that exists (or is this one) and
// State.StatefulCallbacks to the exportable callbacks' and the control's
// states, then calls
// TrainerOptions.SaveCheckpoint with CheckpointDir(global_step), which
// writes the checkpoint (trainer_state.json included) from the state it is
// given.
//
// An interruption's save (storeFlos false) leaves the flos of the steps
// since the last store in the loop's totals (LoopStateFile): the
// uninterrupted run adds them to TotalFlos later, as one sum, and a
// resumed run must add the same float64s in the same order.
func (t *Trainer) saveCheckpoint(ctx context.Context, lp *loop, storeFlos bool) error {
	st := &t.State
	if storeFlos {
		st.TotalFlos += lp.curFlos
		lp.curFlos = 0
	}
	dir := t.CheckpointDir(st.GlobalStep)
	if st.BestGlobalStep != 0 && t.args.SaveStrategy != "no" {
		best := t.CheckpointDir(st.BestGlobalStep)
		if _, err := os.Stat(best); err == nil || st.BestGlobalStep == st.GlobalStep {
			st.BestModelCheckpoint = best
		}
	}
	st.StatefulCallbacks = statefulCallbacks(t.handler.callbacks, &t.Control)
	if err := t.opts.SaveCheckpoint(ctx, dir, st); err != nil {
		return fmt.Errorf("checkpoint %s at step %d: %w", dir, st.GlobalStep, err)
	}
	t.lastSaved, t.lastSavedDir = st.GlobalStep, dir
	if n := t.args.SaveTotalLimit; n != nil {
		if err := RotateCheckpoints(t.args.OutputDir, *n, st.BestModelCheckpoint); err != nil {
			return fmt.Errorf("checkpoint %s at step %d: %w", dir, st.GlobalStep, err)
		}
	}
	return nil
}

// InterruptedError is Train's error when its context is cancelled (Ctrl-C
// in kiln train): training stopped after step Step, and Checkpoint is the
// checkpoint of that step ("" when none was written: save_strategy "no",
// or no step ran).
type InterruptedError struct {
	Step       int
	Checkpoint string
	Err        error
}

func (e *InterruptedError) Error() string {
	if e.Checkpoint == "" {
		return fmt.Sprintf("training interrupted after step %d (no checkpoint saved): %v", e.Step, e.Err)
	}
	return fmt.Sprintf("training interrupted after step %d; checkpoint %s saved: %v", e.Step, e.Checkpoint, e.Err)
}

func (e *InterruptedError) Unwrap() error { return e.Err }

// interrupted saves the checkpoint of the current step (unless
// save_strategy is "no", no step ran, or it was just saved), fires on_save,
// and returns the InterruptedError.
func (t *Trainer) interrupted(ctx context.Context, lp *loop, cause error) error {
	st := &t.State
	e := &InterruptedError{Step: st.GlobalStep, Err: cause}
	if t.args.SaveStrategy == "no" || len(t.steps) == 0 || st.GlobalStep == 0 {
		return e
	}
	if t.lastSaved != st.GlobalStep {
		ctx = context.WithoutCancel(ctx)
		if err := t.saveCheckpoint(ctx, lp, false); err != nil {
			return fmt.Errorf("%w; saving on interruption: %w", e, err)
		}
		if err := t.handler.OnSave(&t.args, st, &t.Control); err != nil {
			return fmt.Errorf("%w: %w", e, err)
		}
	}
	e.Checkpoint = t.lastSavedDir
	return e
}
