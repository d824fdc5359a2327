package train

import (
	"fmt"
	"math"
)

// Plateau is torch's ReduceLROnPlateau (torch/optim/lr_scheduler.py) over
// one parameter group, as transformers' get_scheduler builds it for
// lr_scheduler_type "reduce_lr_on_plateau": ReduceLROnPlateau(optimizer,
// **lr_scheduler_kwargs), no warmup. It is not a function of the step: the
// Trainer calls Step with the evaluation's metric_for_best_model after
// every evaluation during training (Trainer._evaluate), and every optimizer
// update uses LR, the optimizer's current learning rate.
//
// The exported fields are torch's state_dict (the kwargs as torch keeps
// them and the running state); a checkpoint's scheduler.json holds them
// all, and resuming restores them all, the kwargs included, as torch's
// load_state_dict does.
type Plateau struct {
	// Mode is "min" (the metric should fall) or "max"; torch's default
	// "min", whatever greater_is_better says.
	Mode string
	// Factor multiplies the lr at a reduction (< 1; default 0.1).
	Factor float64
	// Patience is the bad evaluations tolerated before a reduction
	// (default 10): the lr falls at the evaluation that makes
	// NumBadEpochs exceed it.
	Patience int
	// Threshold (default 1e-4) and ThresholdMode ("rel", the default, or
	// "abs") decide what beats Best: in "min" mode a < best*(1-threshold)
	// or a < best-threshold, in "max" mode a > best*(1+threshold) or
	// a > best+threshold.
	Threshold     float64
	ThresholdMode string
	// Cooldown is the evaluations after a reduction whose bad results are
	// not counted (default 0).
	Cooldown int
	// MinLR bounds the reduced lr from below (default 0).
	MinLR float64
	// Eps is the smallest reduction applied (default 1e-8): the lr changes
	// only when old - new > Eps.
	Eps float64

	// LR is the optimizer's learning rate (param_groups[0]["lr"]): the
	// lr of the next update and what the Trainer logs (_get_learning_rate
	// reads the optimizer for this scheduler).
	LR float64
	// Best is the best metric so far (+inf in "min" mode, -inf in "max"
	// before the first Step: torch's mode_worse).
	Best float64
	// NumBadEpochs counts the evaluations since Best last improved
	// (num_bad_epochs), CooldownCounter the cooldown evaluations left.
	NumBadEpochs, CooldownCounter int
	// LastEpoch counts the Step calls (last_epoch).
	LastEpoch int
}

// plateauKwargNames are ReduceLROnPlateau's keyword arguments after the
// optimizer, in torch's order.
var plateauKwargNames = []string{"mode", "factor", "patience", "threshold", "threshold_mode", "cooldown", "min_lr", "eps"}

// NewPlateau builds the scheduler for an optimizer at learning rate lr
// with lr_scheduler_kwargs kwargs (nil: torch's defaults). Errors name the
// kwarg: one ReduceLROnPlateau does not take, a wrong type (mode and
// threshold_mode are strings, patience and cooldown integers, the rest
// finite numbers; min_lr is one number, kiln's optimizer having one lr), an
// unknown mode or threshold_mode, a factor not below 1 (torch's
// ValueErrors).
func NewPlateau(lr float64, kwargs map[string]any) (*Plateau, error) {
	if math.IsNaN(lr) || math.IsInf(lr, 0) || lr < 0 {
		return nil, fmt.Errorf("learning_rate %v: want a finite value >= 0", lr)
	}
	kw, err := parseSchedulerKwargs(SchedReduceLROnPlateau, kwargs)
	if err != nil {
		return nil, err
	}
	p := &Plateau{
		Mode: kw.str("mode", "min"), Factor: kw.float("factor", 0.1), Threshold: kw.float("threshold", 1e-4),
		ThresholdMode: kw.str("threshold_mode", "rel"), MinLR: kw.float("min_lr", 0), Eps: kw.float("eps", 1e-8),
		LR: lr,
	}
	p.Patience, p.Cooldown = 10, 0
	if v, ok := kw.optInt("patience"); ok {
		p.Patience = v
	}
	if v, ok := kw.optInt("cooldown"); ok {
		p.Cooldown = v
	}
	if err := p.check(); err != nil {
		return nil, err
	}
	p.Best = p.modeWorse()
	return p, nil
}

// check is ReduceLROnPlateau's argument checks (__init__ and
// _init_is_better).
func (p *Plateau) check() error {
	switch {
	case !(p.Factor < 1.0):
		return fmt.Errorf("lr_scheduler_kwargs: \"factor\": %v: Factor should be < 1.0", p.Factor)
	case p.Mode != "min" && p.Mode != "max":
		return fmt.Errorf("lr_scheduler_kwargs: \"mode\": mode %q is unknown (want \"min\" or \"max\")", p.Mode)
	case p.ThresholdMode != "rel" && p.ThresholdMode != "abs":
		return fmt.Errorf("lr_scheduler_kwargs: \"threshold_mode\": threshold mode %q is unknown (want \"rel\" or \"abs\")", p.ThresholdMode)
	}
	return nil
}

// modeWorse is torch's mode_worse: the value every metric beats.
func (p *Plateau) modeWorse() float64 {
	if p.Mode == "min" {
		return math.Inf(1)
	}
	return math.Inf(-1)
}

// Step is ReduceLROnPlateau.step(metric): it counts the evaluation as good
// (it beats Best: Best takes it and the bad count restarts) or bad, skips
// the bad count while cooling down, and when the bad count exceeds
// Patience multiplies LR by Factor (not below MinLR, and only when that
// lowers it by more than Eps), then starts the cooldown. It reports
// whether LR changed. A NaN metric is a bad evaluation, as in torch.
func (p *Plateau) Step(metric float64) bool {
	p.LastEpoch++
	if p.isBetter(metric) {
		p.Best = metric
		p.NumBadEpochs = 0
	} else {
		p.NumBadEpochs++
	}
	if p.CooldownCounter > 0 {
		p.CooldownCounter--
		p.NumBadEpochs = 0
	}
	changed := false
	if p.NumBadEpochs > p.Patience {
		old := p.LR
		lower := math.Max(float64(old*p.Factor), p.MinLR)
		if old-lower > p.Eps {
			p.LR, changed = lower, true
		}
		p.CooldownCounter = p.Cooldown
		p.NumBadEpochs = 0
	}
	return changed
}

// isBetter is torch's _is_better, in its float64 arithmetic (1-threshold
// and threshold+1 rounded before the product, as Python computes them).
func (p *Plateau) isBetter(a float64) bool {
	switch {
	case p.Mode == "min" && p.ThresholdMode == "rel":
		rel := 1.0 - p.Threshold
		return a < float64(p.Best*rel)
	case p.Mode == "min":
		return a < p.Best-p.Threshold
	case p.ThresholdMode == "rel":
		rel := p.Threshold + 1.0
		return a > float64(p.Best*rel)
	}
	return a > p.Best+p.Threshold
}
