package train

import (
	"fmt"
	"math"
	"strings"
)

// normalize is the part of transformers' __post_init__ that rewrites fields.
func (a *TrainingArguments) normalize() {
	if a.WarmupRatio != nil {
		a.WarmupSteps = *a.WarmupRatio // 5.x: "Use warmup_steps instead"
	}
	if a.EvalStrategy == "steps" && (a.EvalSteps == nil || *a.EvalSteps == 0) && a.LoggingSteps > 0 {
		steps := a.LoggingSteps
		a.EvalSteps = &steps
	}
	if (a.LoadBestModelAtEnd || a.LRSchedulerType == SchedReduceLROnPlateau) && a.MetricForBestModel == nil {
		loss := "loss"
		a.MetricForBestModel = &loss
	}
	if a.GreaterIsBetter == nil && a.MetricForBestModel != nil {
		greater := !strings.HasSuffix(*a.MetricForBestModel, "loss")
		a.GreaterIsBetter = &greater
	}
}

// Validate checks every field's range and the names of enumerated fields,
// with errors that name the field. It checks what transformers and torch's
// optimizers reject (a negative learning rate or weight decay, betas outside
// [0, 1), an unknown scheduler or optimizer name, a non-integer logging_steps
// above 1, ...) and what kiln cannot use (non-finite numbers, batch size or
// accumulation below 1, warmup_ratio outside [0, 1], lr_scheduler_kwargs the
// schedule does not take).
func (a *TrainingArguments) Validate() error {
	if r := a.WarmupRatio; r != nil && !(*r >= 0 && *r <= 1) {
		return fmt.Errorf("field \"warmup_ratio\": %v is outside [0, 1]", *r)
	}
	finite := []struct {
		name string
		v    float64
		min  float64
	}{
		{"learning_rate", a.LearningRate, 0},
		{"num_train_epochs", a.NumTrainEpochs, 0},
		{"warmup_steps", a.WarmupSteps, 0},
		{"weight_decay", a.WeightDecay, 0},
		{"adam_epsilon", a.AdamEpsilon, 0},
		{"logging_steps", a.LoggingSteps, 0},
		{"save_steps", a.SaveSteps, 0},
		{"eval_delay", a.EvalDelay, math.Inf(-1)},
		{"max_grad_norm", a.MaxGradNorm, math.Inf(-1)},
	}
	for _, c := range finite {
		if math.IsNaN(c.v) || math.IsInf(c.v, 0) {
			return fmt.Errorf("field %q: %v is not finite", c.name, c.v)
		}
		if c.v < c.min {
			return fmt.Errorf("field %q: %v < %v", c.name, c.v, c.min)
		}
	}
	for _, b := range []struct {
		name string
		v    float64
	}{{"adam_beta1", a.AdamBeta1}, {"adam_beta2", a.AdamBeta2}} {
		if !(b.v >= 0 && b.v < 1) {
			return fmt.Errorf("field %q: %v is outside [0, 1)", b.name, b.v)
		}
	}
	if _, err := a.ShardMode(); err != nil {
		return err
	}
	if a.PerDeviceTrainBatchSize < 1 {
		return fmt.Errorf("field \"per_device_train_batch_size\": %d < 1", a.PerDeviceTrainBatchSize)
	}
	if a.PerDeviceEvalBatchSize < 1 {
		return fmt.Errorf("field \"per_device_eval_batch_size\": %d < 1", a.PerDeviceEvalBatchSize)
	}
	if a.GradientAccumulationSteps < 1 {
		return fmt.Errorf("field \"gradient_accumulation_steps\": %d < 1", a.GradientAccumulationSteps)
	}
	if x := a.NEFTuneNoiseAlpha; x != nil && (math.IsNaN(*x) || math.IsInf(*x, 0) || *x < 0) {
		return fmt.Errorf("field \"neftune_noise_alpha\": %v: want a finite value >= 0", *x)
	}
	if n := a.SaveTotalLimit; n != nil && *n < 0 {
		return fmt.Errorf("field \"save_total_limit\": %d < 0", *n)
	}
	if err := a.validateNames(); err != nil {
		return err
	}
	if err := a.validateIntervals(); err != nil {
		return err
	}
	if err := a.validateBestModel(); err != nil {
		return err
	}
	if _, err := a.RematPolicy(); err != nil {
		return err
	}
	if _, err := parseSchedulerKwargs(a.LRSchedulerType, a.LRSchedulerKwargs); err != nil {
		return err
	}
	if a.LRSchedulerType == SchedReduceLROnPlateau {
		if _, err := a.Plateau(); err != nil {
			return err
		}
	}
	return nil
}

// validateNames checks the enumerated string fields.
func (a *TrainingArguments) validateNames() error {
	if _, err := ParseSchedulerType(string(a.LRSchedulerType)); err != nil {
		return fmt.Errorf("field \"lr_scheduler_type\": %w", err)
	}
	if !listHas(hfOptimizerNames, a.Optim) {
		return fmt.Errorf("field \"optim\": unknown optimizer %q (transformers knows: %s)", a.Optim, strings.Join(hfOptimizerNames, ", "))
	}
	for _, s := range []struct{ name, v string }{
		{"logging_strategy", a.LoggingStrategy}, {"eval_strategy", a.EvalStrategy}, {"save_strategy", a.SaveStrategy},
	} {
		known := []string{"no", "steps", "epoch"}
		if s.name == "save_strategy" {
			known = append(known, "best")
		}
		if !listHas(known, s.v) {
			return fmt.Errorf("field %q: unknown strategy %q (known: %s)", s.name, s.v, strings.Join(known, ", "))
		}
	}
	if a.LRSchedulerType == SchedReduceLROnPlateau && a.EvalStrategy == "no" {
		return fmt.Errorf("field \"lr_scheduler_type\": reduce_lr_on_plateau requires an eval strategy")
	}
	return nil
}

// validateIntervals is transformers' _validate_args on the *_steps fields:
// zero is refused under the "steps" strategy, values above 1 must be whole.
func (a *TrainingArguments) validateIntervals() error {
	if a.LoggingStrategy == "steps" && a.LoggingSteps == 0 {
		return fmt.Errorf("field \"logging_steps\": logging strategy steps requires non-zero logging_steps")
	}
	if a.EvalStrategy == "steps" && a.EvalSteps == nil {
		return fmt.Errorf("field \"eval_steps\": evaluation strategy steps requires either non-zero eval_steps or logging_steps")
	}
	intervals := []struct {
		name     string
		strategy string
		v        float64
	}{{"logging_steps", a.LoggingStrategy, a.LoggingSteps}, {"save_steps", a.SaveStrategy, a.SaveSteps}}
	if a.EvalSteps != nil {
		intervals = append(intervals, struct {
			name     string
			strategy string
			v        float64
		}{"eval_steps", a.EvalStrategy, *a.EvalSteps})
	}
	for _, iv := range intervals {
		if math.IsNaN(iv.v) || math.IsInf(iv.v, 0) || iv.v < 0 {
			return fmt.Errorf("field %q: %v: want a finite value >= 0", iv.name, iv.v)
		}
		if iv.strategy == "steps" && iv.v > 1 && iv.v != math.Trunc(iv.v) {
			return fmt.Errorf("field %q: must be an integer if bigger than 1: %v", iv.name, iv.v)
		}
	}
	return nil
}

// validateBestModel is _validate_args' rule for load_best_model_at_end:
// unless save_strategy is "best", the save and eval strategies must match
// and, under "steps", save_steps must be a multiple of eval_steps (both
// counts, or both ratios compared at 1e-6 resolution).
func (a *TrainingArguments) validateBestModel() error {
	if !a.LoadBestModelAtEnd || a.SaveStrategy == "best" {
		return nil
	}
	if a.EvalStrategy != a.SaveStrategy {
		return fmt.Errorf("field \"load_best_model_at_end\": requires the save and eval strategy to match, except when save_strategy is \"best\", but found eval_strategy %q and save_strategy %q", a.EvalStrategy, a.SaveStrategy)
	}
	if a.EvalStrategy != "steps" || a.EvalSteps == nil {
		return nil
	}
	save, eval := a.SaveSteps, *a.EvalSteps
	if math.Mod(save, eval) == 0 {
		return nil
	}
	if eval < 1 || save < 1 {
		if !(eval < 1 && save < 1) {
			return fmt.Errorf("field \"load_best_model_at_end\": requires save_steps to be a multiple of eval_steps, which cannot be guaranteed when mixing a ratio and a count: save_steps %v, eval_steps %v", save, eval)
		}
		if math.Mod(save*1e6, eval*1e6) == 0 {
			return nil
		}
	}
	return fmt.Errorf("field \"load_best_model_at_end\": requires save_steps to be a multiple of eval_steps, but found save_steps %v and eval_steps %v", save, eval)
}
