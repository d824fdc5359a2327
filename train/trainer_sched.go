package train

import (
	"fmt"
	"sort"
	"strings"
)

// updateLR is the learning rate of optimizer update done+1: the step
// schedule's LR(done), or the plateau scheduler's current lr (the
// optimizer's, which only evaluations change).
func (t *Trainer) updateLR(done int) float64 {
	if t.plateau != nil {
		return t.plateau.LR
	}
	return t.sched.LR(done)
}

// loggedLR is the learning_rate logged at the current global step: the lr
// the step's update used (Schedule.LoggedLR for a step schedule; for
// reduce_lr_on_plateau the optimizer's lr when the update ran, which
// _get_learning_rate reads from param_groups[0] before the evaluations of
// that step).
func (t *Trainer) loggedLR(lp *loop) float64 {
	if t.plateau != nil {
		return lp.lastLR
	}
	return t.sched.LoggedLR(t.State.GlobalStep)
}

// LearningRate is the learning rate of the next optimizer update.
func (t *Trainer) LearningRate() float64 { return t.updateLR(t.State.GlobalStep) }

// stepPlateau is the delayed scheduler step of HF's _evaluate: with
// reduce_lr_on_plateau, ReduceLROnPlateau.step(metrics[metric_for_best_model])
// ("eval_" prefixed when missing) after every evaluation during training.
// A metric missing from the evaluation is an error naming the field and
// listing the metrics (HF raises a KeyError).
func (t *Trainer) stepPlateau(metrics map[string]float64) error {
	if t.plateau == nil {
		return nil
	}
	name := "eval_loss"
	if m := t.args.MetricForBestModel; m != nil {
		name = evalMetricName(*m)
	}
	v, ok := metrics[name]
	if !ok {
		have := make([]string, 0, len(metrics))
		for k := range metrics {
			have = append(have, k)
		}
		sort.Strings(have)
		return fmt.Errorf("field \"metric_for_best_model\": reduce_lr_on_plateau steps on %q, which is not among the evaluation metrics at step %d (%s)", name, t.State.GlobalStep, strings.Join(have, ", "))
	}
	t.plateau.Step(v)
	return nil
}
