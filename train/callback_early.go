package train

import (
	"fmt"
	"math"
	"strings"
)

// EarlyStoppingCallback is transformers' EarlyStoppingCallback: it stops
// training once metric_for_best_model has failed to improve on
// TrainerState.BestMetric, by more than Threshold, for Patience
// evaluations in a row. It compares in OnEvaluate, before the Trainer
// records the evaluation's best metric (as HF's order is), in the
// direction of greater_is_better. It needs metric_for_best_model and an
// eval_strategy other than "no" (an error at on_train_begin otherwise);
// unlike HF it does not need load_best_model_at_end.
type EarlyStoppingCallback struct {
	BaseCallback
	// Patience is early_stopping_patience: the evaluations without
	// improvement that stop training (HF's default 1).
	Patience int
	// Threshold is early_stopping_threshold: how much the metric must
	// improve on the best to count as an improvement (HF's default 0).
	Threshold float64
	// Counter is early_stopping_patience_counter: the evaluations since the
	// last improvement.
	Counter int
}

// NewEarlyStoppingCallback returns the callback with HF's defaults
// replaced by patience and threshold.
func NewEarlyStoppingCallback(patience int, threshold float64) *EarlyStoppingCallback {
	return &EarlyStoppingCallback{Patience: patience, Threshold: threshold}
}

// OnTrainBegin checks the arguments the callback needs.
func (e *EarlyStoppingCallback) OnTrainBegin(a *TrainingArguments, _ *TrainerState, _ *TrainerControl) error {
	switch {
	case a.MetricForBestModel == nil:
		return fmt.Errorf("EarlyStoppingCallback requires field \"metric_for_best_model\" to be set")
	case a.EvalStrategy == "no":
		return fmt.Errorf("EarlyStoppingCallback requires field \"eval_strategy\" \"steps\" or \"epoch\", got \"no\"")
	case e.Patience < 0 || math.IsNaN(e.Threshold) || math.IsInf(e.Threshold, 0):
		return fmt.Errorf("EarlyStoppingCallback: patience %d and threshold %v: want patience >= 0 and a finite threshold", e.Patience, e.Threshold)
	}
	return nil
}

// OnEvaluate counts an evaluation that did not improve and sets
// ShouldTrainingStop when the count reaches Patience. Metrics without the
// metric leave the count as it is (HF warns and returns).
func (e *EarlyStoppingCallback) OnEvaluate(a *TrainingArguments, s *TrainerState, c *TrainerControl, metrics map[string]float64) error {
	if a.MetricForBestModel == nil {
		return nil
	}
	v, ok := metrics[evalMetricName(*a.MetricForBestModel)]
	if !ok {
		return nil
	}
	greater := a.GreaterIsBetter != nil && *a.GreaterIsBetter
	if s.BestMetric == nil || better(v, *s.BestMetric, greater) && math.Abs(v-*s.BestMetric) > e.Threshold {
		e.Counter = 0
	} else {
		e.Counter++
	}
	if e.Counter >= e.Patience {
		c.ShouldTrainingStop = true
	}
	return nil
}

// better is np.greater or np.less (false for NaN, as numpy's).
func better(v, best float64, greater bool) bool {
	if greater {
		return v > best
	}
	return v < best
}

// evalMetricName prefixes name with "eval_" unless it has it, as the
// Trainer looks metric_for_best_model up in the evaluation's metrics.
func evalMetricName(name string) string {
	if strings.HasPrefix(name, "eval_") {
		return name
	}
	return "eval_" + name
}
