package train

import "math"

// DefaultFlowCallback is transformers' DefaultFlowCallback: it decides
// when the Trainer logs, evaluates, saves and stops, from the arguments'
// strategies. The Trainer always runs it first.
//
// At the end of each optimizer step: ShouldLog at step 1 with
// logging_first_step and every logging_steps steps under logging_strategy
// "steps"; ShouldEvaluate every eval_steps steps under eval_strategy
// "steps" once the step reaches eval_delay; ShouldSave every save_steps
// steps (when > 0) under save_strategy "steps"; at max_steps,
// ShouldTrainingStop, ShouldEvaluate under eval_strategy "steps" (once the
// step reaches eval_delay; the last step is evaluated even when it is not
// a multiple of eval_steps, once), and ShouldSave under any save_strategy
// but "no" and "best". At the end of each epoch: ShouldLog under logging_strategy
// "epoch", ShouldEvaluate under eval_strategy "epoch" once the epoch
// reaches eval_delay, ShouldSave under save_strategy "epoch". Intervals
// are TrainerState's (a ratio below 1 already turned into steps).
type DefaultFlowCallback struct{ BaseCallback }

// every reports whether step is a multiple of interval (never for an
// interval <= 0, where Python's % would raise).
func every(step int, interval float64) bool {
	return interval > 0 && math.Mod(float64(step), interval) == 0
}

// OnStepEnd sets the step-level flags.
func (DefaultFlowCallback) OnStepEnd(a *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	if s.GlobalStep == 1 && a.LoggingFirstStep {
		c.ShouldLog = true
	}
	if a.LoggingStrategy == "steps" && every(s.GlobalStep, s.LoggingSteps) {
		c.ShouldLog = true
	}
	if a.EvalStrategy == "steps" && every(s.GlobalStep, s.EvalSteps) && a.EvalDelay <= float64(s.GlobalStep) {
		c.ShouldEvaluate = true
	}
	if a.SaveStrategy == "steps" && every(s.GlobalStep, s.SaveSteps) {
		c.ShouldSave = true
	}
	if s.GlobalStep >= s.MaxSteps {
		c.ShouldTrainingStop = true
		// transformers 5.x (PR #44146) evaluates the last step under a
		// step strategy even off the eval_steps grid.
		if a.EvalStrategy == "steps" && a.EvalDelay <= float64(s.GlobalStep) {
			c.ShouldEvaluate = true
		}
		if a.SaveStrategy != "no" && a.SaveStrategy != "best" {
			c.ShouldSave = true
		}
	}
	return nil
}

// OnEpochEnd sets the epoch-level flags.
func (DefaultFlowCallback) OnEpochEnd(a *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	if a.LoggingStrategy == "epoch" {
		c.ShouldLog = true
	}
	if a.EvalStrategy == "epoch" && a.EvalDelay <= s.Epoch {
		c.ShouldEvaluate = true
	}
	if a.SaveStrategy == "epoch" {
		c.ShouldSave = true
	}
	return nil
}
