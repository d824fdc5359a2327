package train

import (
	"fmt"
	"math"
	"strings"
)

// SchedulerType names a learning-rate schedule the way transformers'
// SchedulerType enum (trainer_utils.py) spells it; it is the value of
// TrainingArguments' lr_scheduler_type.
type SchedulerType string

// The schedules of transformers' SchedulerType, in its order.
const (
	SchedLinear                SchedulerType = "linear"
	SchedCosine                SchedulerType = "cosine"
	SchedCosineWithRestarts    SchedulerType = "cosine_with_restarts"
	SchedPolynomial            SchedulerType = "polynomial"
	SchedConstant              SchedulerType = "constant"
	SchedConstantWithWarmup    SchedulerType = "constant_with_warmup"
	SchedInverseSqrt           SchedulerType = "inverse_sqrt"
	SchedReduceLROnPlateau     SchedulerType = "reduce_lr_on_plateau"
	SchedCosineWithMinLR       SchedulerType = "cosine_with_min_lr"
	SchedCosineWarmupWithMinLR SchedulerType = "cosine_warmup_with_min_lr"
	SchedWarmupStableDecay     SchedulerType = "warmup_stable_decay"
)

// SchedulerTypes lists every transformers SchedulerType in the enum's order.
// All but reduce_lr_on_plateau are functions of the step (Schedule,
// NewSchedule); reduce_lr_on_plateau steps on evaluation metrics (Plateau,
// NewPlateau).
var SchedulerTypes = []SchedulerType{
	SchedLinear, SchedCosine, SchedCosineWithRestarts, SchedPolynomial, SchedConstant,
	SchedConstantWithWarmup, SchedInverseSqrt, SchedReduceLROnPlateau, SchedCosineWithMinLR,
	SchedCosineWarmupWithMinLR, SchedWarmupStableDecay,
}

// ParseSchedulerType returns the SchedulerType spelled name, or an error that
// names it and lists the known ones.
func ParseSchedulerType(name string) (SchedulerType, error) {
	for _, t := range SchedulerTypes {
		if string(t) == name {
			return t, nil
		}
	}
	known := make([]string, len(SchedulerTypes))
	for i, t := range SchedulerTypes {
		known[i] = string(t)
	}
	return "", fmt.Errorf("unknown lr_scheduler_type %q (known: %s)", name, strings.Join(known, ", "))
}

// ScheduleConfig is what transformers' get_scheduler receives from the
// Trainer: the schedule's name, the optimizer's base learning rate, the warmup
// and total optimizer-step counts and the lr_scheduler_kwargs.
type ScheduleConfig struct {
	Type          SchedulerType
	LearningRate  float64 // the optimizer's lr (TrainingArguments.learning_rate)
	WarmupSteps   int     // TrainingArguments.WarmupStepsFor(TrainingSteps)
	TrainingSteps int     // total optimizer steps (the Trainer's max_steps)
	// Kwargs is lr_scheduler_kwargs as decoded from JSON; nil means none.
	// As in get_scheduler, constant, constant_with_warmup and inverse_sqrt
	// drop them (their schedule functions receive no kwargs there).
	Kwargs map[string]any
}

// Schedule is a learning-rate schedule: a multiplier per scheduler step times
// the base learning rate, computed in float64 with the operations, operand
// order and rounding of transformers' Python lambdas (optimization.py) and
// torch's LambdaLR (lr = base_lr * lambda(last_epoch)). One difference can
// remain: Go's math.Cos and math.Pow may differ from the C library's by an ulp.
type Schedule struct {
	typ    SchedulerType
	base   float64
	lambda func(step int) float64
}

// Type is the schedule's SchedulerType.
func (s *Schedule) Type() SchedulerType { return s.typ }

// Multiplier is the LambdaLR lambda at step (the value transformers'
// _get_*_lr_lambda returns for current_step = step).
func (s *Schedule) Multiplier(step int) float64 { return s.lambda(step) }

// LR is the learning rate after step scheduler steps: base_lr *
// lambda(step), the lr of optimizer update step+1 (1-based). LambdaLR's
// constructor sets last_epoch = 0, so the first update uses LR(0), and the
// Trainer calls lr_scheduler.step() after every optimizer.step(). Defined for
// step >= 0; steps past TrainingSteps follow the same formulas.
func (s *Schedule) LR(step int) float64 {
	return s.base * s.lambda(step)
}

// LoggedLR is the learning_rate the transformers 5.x Trainer logs at
// global_step globalStep (>= 1): the lr that step's update used, LR(globalStep-1).
// The Trainer reads _get_learning_rate() (get_last_lr()) after
// optimizer.step() and before lr_scheduler.step() ("get learning rate before
// update" in _inner_training_loop) and passes it to the log; older Trainers
// read it after the scheduler step, which would be LR(globalStep).
func (s *Schedule) LoggedLR(globalStep int) float64 {
	return s.LR(globalStep - 1)
}

// NewSchedule builds the schedule get_scheduler would build for cfg, for
// every type but reduce_lr_on_plateau, which is not a function of the step
// (NewPlateau builds it; the Trainer does so itself). Errors
// name the bad field or kwarg: an unknown type, reduce_lr_on_plateau, a kwarg the
// schedule's function does not take, a missing required kwarg
// (num_decay_steps for warmup_stable_decay, min_lr or min_lr_rate for the
// min-lr cosines), polynomial's lr_end not below the learning rate.
func NewSchedule(cfg ScheduleConfig) (*Schedule, error) {
	typ, err := ParseSchedulerType(string(cfg.Type))
	if err != nil {
		return nil, err
	}
	if bad := math.IsNaN(cfg.LearningRate) || math.IsInf(cfg.LearningRate, 0) || cfg.LearningRate < 0; bad {
		return nil, fmt.Errorf("learning_rate %v: want a finite value >= 0", cfg.LearningRate)
	}
	if cfg.WarmupSteps < 0 {
		return nil, fmt.Errorf("lr scheduler %s: warmup steps %d < 0", typ, cfg.WarmupSteps)
	}
	if cfg.TrainingSteps < 0 {
		return nil, fmt.Errorf("lr scheduler %s: training steps %d < 0", typ, cfg.TrainingSteps)
	}
	kw, err := parseSchedulerKwargs(typ, cfg.Kwargs)
	if err != nil {
		return nil, err
	}
	lambda, err := buildLambda(typ, cfg, kw)
	if err != nil {
		return nil, fmt.Errorf("lr scheduler %s: %w", typ, err)
	}
	return &Schedule{typ: typ, base: cfg.LearningRate, lambda: lambda}, nil
}

// buildLambda is get_scheduler's dispatch plus each get_*_schedule function's
// argument handling; the lambdas are in sched_lambda.go.
func buildLambda(typ SchedulerType, cfg ScheduleConfig, kw schedulerKwargs) (func(int) float64, error) {
	nw, nt := cfg.WarmupSteps, cfg.TrainingSteps
	switch typ {
	case SchedConstant:
		return func(int) float64 { return 1 }, nil
	case SchedConstantWithWarmup:
		return func(step int) float64 { return constantWithWarmup(step, nw) }, nil
	case SchedInverseSqrt:
		// get_scheduler passes no kwargs here, so timescale is always the default.
		timescale := nw
		if timescale == 0 {
			timescale = 10_000
		}
		return func(step int) float64 { return inverseSqrt(step, nw, timescale) }, nil
	case SchedLinear:
		return func(step int) float64 { return linear(step, nw, nt) }, nil
	case SchedCosine:
		cycles := kw.float("num_cycles", 0.5)
		return func(step int) float64 { return cosineMinLR(step, nw, nt, cycles, 0) }, nil
	case SchedCosineWithRestarts:
		cycles := kw.float("num_cycles", 1)
		return func(step int) float64 { return cosineHardRestarts(step, nw, nt, cycles) }, nil
	case SchedPolynomial:
		lrEnd, power, lrInit := kw.float("lr_end", 1e-7), kw.float("power", 1.0), cfg.LearningRate
		if !(lrInit > lrEnd) {
			return nil, fmt.Errorf("lr_end (%v) must be smaller than initial lr (%v)", lrEnd, lrInit)
		}
		if nt == nw {
			// Python divides by decay_steps = 0 at step == num_training_steps.
			return nil, fmt.Errorf("polynomial decay needs training steps (%d) > warmup steps (%d)", nt, nw)
		}
		return func(step int) float64 { return polynomial(step, nw, nt, lrEnd, power, lrInit) }, nil
	case SchedCosineWithMinLR, SchedCosineWarmupWithMinLR:
		rate, err := minLRRate(kw, cfg.LearningRate)
		if err != nil {
			return nil, err
		}
		cycles := kw.float("num_cycles", 0.5)
		if typ == SchedCosineWithMinLR {
			return func(step int) float64 { return cosineMinLR(step, nw, nt, cycles, rate) }, nil
		}
		warmupRate, hasWarmupRate := kw.optFloat("warmup_lr_rate")
		return func(step int) float64 {
			return cosineWarmupMinLR(step, nw, nt, cycles, rate, warmupRate, hasWarmupRate)
		}, nil
	case SchedWarmupStableDecay:
		return wsdLambda(nw, nt, kw)
	case SchedReduceLROnPlateau:
		return nil, fmt.Errorf("is not a function of the step: it steps on evaluation metrics (NewPlateau builds it)")
	}
	return nil, fmt.Errorf("no schedule function") // unreachable: typ was parsed
}

// minLRRate is get_cosine_with_min_lr_schedule_with_warmup's choice between
// min_lr (divided by the optimizer's lr) and min_lr_rate.
func minLRRate(kw schedulerKwargs, lr float64) (float64, error) {
	minLR, hasMinLR := kw.optFloat("min_lr")
	rate, hasRate := kw.optFloat("min_lr_rate")
	switch {
	case hasMinLR && hasRate:
		return 0, fmt.Errorf("only one of min_lr or min_lr_rate should be set in lr_scheduler_kwargs")
	case hasMinLR:
		if lr == 0 {
			return 0, fmt.Errorf("min_lr needs a non-zero learning_rate (it is divided by it)")
		}
		return minLR / lr, nil
	case hasRate:
		return rate, nil
	}
	return 0, fmt.Errorf("one of min_lr or min_lr_rate must be set in lr_scheduler_kwargs")
}

// wsdLambda is get_wsd_schedule's argument handling; the Trainer always
// passes num_training_steps, and num_stable_steps, when given, wins.
func wsdLambda(nw, nt int, kw schedulerKwargs) (func(int) float64, error) {
	decay, ok := kw.optInt("num_decay_steps")
	if !ok {
		return nil, fmt.Errorf("lr_scheduler_kwargs must set num_decay_steps")
	}
	stable, ok := kw.optInt("num_stable_steps")
	if !ok {
		stable = nt - nw - decay
	}
	warmupType, decayType := kw.str("warmup_type", "linear"), kw.str("decay_type", "cosine")
	for _, c := range []struct{ name, v string }{{"warmup_type", warmupType}, {"decay_type", decayType}} {
		if c.v != "linear" && c.v != "cosine" && c.v != "1-sqrt" {
			return nil, fmt.Errorf("unknown %s %q, expected 'linear', 'cosine' or '1-sqrt'", c.name, c.v)
		}
	}
	minRatio, cycles := kw.float("min_lr_ratio", 0), kw.float("num_cycles", 0.5)
	return func(step int) float64 {
		return warmupStableDecay(step, nw, stable, decay, warmupType, decayType, minRatio, cycles)
	}, nil
}
