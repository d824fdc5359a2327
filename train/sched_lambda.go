package train

import "math"

// The LambdaLR lambdas of transformers/optimization.py, one per schedule.
// Each keeps Python's operand order (Go evaluates a*b*c*d left to right as
// Python does, and nothing here is folded at compile time) and Python's int
// to float conversions (ints up to 2^53 convert exactly, and Python's int/int
// true division rounds once, as float64(a)/float64(b) does). float64(x*y)+z
// stops the compiler from fusing a multiply-add that Python rounds twice.

// warmupRamp is the linear warmup every schedule shares:
// float(current_step) / float(max(1, num_warmup_steps)).
func warmupRamp(step, warmup int) float64 {
	return float64(step) / float64(max(1, warmup))
}

// constantWithWarmup is _get_constant_schedule_with_warmup_lr_lambda.
func constantWithWarmup(step, warmup int) float64 {
	if step < warmup {
		return float64(step) / math.Max(1.0, float64(warmup))
	}
	return 1.0
}

// linear is _get_linear_schedule_with_warmup_lr_lambda.
func linear(step, warmup, total int) float64 {
	if step < warmup {
		return warmupRamp(step, warmup)
	}
	return maxZero(float64(total-step) / float64(max(1, total-warmup)))
}

// cosineMinLR is _get_cosine_schedule_with_warmup_lr_lambda in its second
// definition (the one optimization.py's cosine schedules call), which takes
// min_lr_rate (0 for "cosine").
func cosineMinLR(step, warmup, total int, cycles, minRate float64) float64 {
	if step < warmup {
		return warmupRamp(step, warmup)
	}
	progress := float64(step-warmup) / float64(max(1, total-warmup))
	factor := 0.5 * (1.0 + math.Cos(math.Pi*cycles*2.0*progress))
	factor = float64(factor*(1-minRate)) + minRate
	return maxZero(factor)
}

// cosineHardRestarts is
// _get_cosine_with_hard_restarts_schedule_with_warmup_lr_lambda.
func cosineHardRestarts(step, warmup, total int, cycles float64) float64 {
	if step < warmup {
		return warmupRamp(step, warmup)
	}
	progress := float64(step-warmup) / float64(max(1, total-warmup))
	if progress >= 1.0 {
		return 0.0
	}
	// Python's float % 1.0 equals math.Mod for the non-negative operand here.
	return maxZero(0.5 * (1.0 + math.Cos(math.Pi*math.Mod(cycles*progress, 1.0))))
}

// polynomial is _get_polynomial_decay_schedule_with_warmup_lr_lambda; it
// returns the decayed lr divided by lr_init, as LambdaLR multiplies it back.
func polynomial(step, warmup, total int, lrEnd, power, lrInit float64) float64 {
	if step < warmup {
		return warmupRamp(step, warmup)
	}
	if step > total {
		return lrEnd / lrInit
	}
	lrRange := lrInit - lrEnd
	decaySteps := total - warmup
	pctRemaining := 1 - float64(step-warmup)/float64(decaySteps)
	decay := float64(lrRange*math.Pow(pctRemaining, power)) + lrEnd
	return decay / lrInit
}

// inverseSqrt is _get_inverse_sqrt_schedule_lr_lambda.
func inverseSqrt(step, warmup, timescale int) float64 {
	if step < warmup {
		return warmupRamp(step, warmup)
	}
	shift := timescale - warmup
	return 1.0 / math.Sqrt(float64(step+shift)/float64(timescale))
}

// cosineWarmupMinLR is
// _get_cosine_with_min_lr_schedule_with_warmup_lr_rate_lambda, which counts
// steps from 1 (its warmup reaches the full lr on the last warmup step).
func cosineWarmupMinLR(step, warmup, total int, cycles, minRate, warmupRate float64, hasWarmupRate bool) float64 {
	cs, nw, nt := float64(step), float64(warmup), float64(total)
	if cs < nw {
		if !hasWarmupRate {
			return (cs + 1.0) / math.Max(1.0, nw)
		}
		return warmupRate + (1.0-warmupRate)*cs/math.Max(1, nw-1)
	}
	progress := (cs - nw + 1.0) / math.Max(1.0, nt-nw)
	factor := 0.5 * (1.0 + math.Cos(math.Pi*cycles*2.0*progress))
	factor = float64(factor*(1-minRate)) + minRate
	return maxZero(factor)
}

// warmupStableDecay is _get_wsd_scheduler_lambda; shape is "linear",
// "cosine" or "1-sqrt" (checked by the caller).
func warmupStableDecay(step, warmup, stable, decay int, warmupType, decayType string, minRatio, cycles float64) float64 {
	if step < warmup {
		progress := float64(step) / float64(max(1, warmup))
		var factor float64
		switch warmupType {
		case "linear":
			factor = progress
		case "cosine":
			factor = 0.5 * (1.0 - math.Cos(math.Pi*progress))
		case "1-sqrt":
			factor = 1.0 - math.Sqrt(1.0-progress)
		}
		return maxZero(float64(factor*(1.0-minRatio)) + minRatio)
	}
	if step < warmup+stable {
		return 1.0
	}
	if step < warmup+stable+decay {
		progress := float64(step-warmup-stable) / float64(max(1, decay))
		var factor float64
		switch decayType {
		case "linear":
			factor = 1.0 - progress
		case "cosine":
			factor = 0.5 * (1.0 + math.Cos(math.Pi*cycles*2.0*progress))
		case "1-sqrt":
			factor = 1.0 - math.Sqrt(progress)
		}
		return maxZero(float64(factor*(1.0-minRatio)) + minRatio)
	}
	return minRatio
}

// maxZero is Python's max(0.0, x) (and max(0, x)): x when x > 0, else 0.
func maxZero(x float64) float64 {
	if x > 0 {
		return x
	}
	return 0
}
