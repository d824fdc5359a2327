package train

import (
	"fmt"
	"math"
)

// Per-step scalars. torch and transformers compute an update's scalars
// (bias corrections, step sizes, 1 - lr*weight_decay, Adafactor's beta2t)
// in Python floats, that is in float64, and round each once to float32
// where it meets a float32 tensor. kiln does the same: Scalars computes them
// on the host in float64 and the update program takes them, rounded to
// float32, as per-call scalar inputs named below. A scheduler therefore
// changes the learning rate without a recompile, and the float32 values
// the program sees are exactly torch's.
const (
	// ScalarNegStepSize is -(lr / (1 - beta1^step)) (Adam, AdamW).
	ScalarNegStepSize = "optim.neg_step_size"
	// ScalarBiasCorrection2Sqrt is sqrt(1 - beta2^step) (Adam, AdamW).
	ScalarBiasCorrection2Sqrt = "optim.bias_correction2_sqrt"
	// ScalarDecay is 1 - lr*weight_decay (AdamW with weight decay).
	ScalarDecay = "optim.decay"
	// ScalarNegLR is -lr (SGD).
	ScalarNegLR = "optim.neg_lr"
	// ScalarMomentum multiplies SGD's momentum buffer: 0 at step 1 (torch
	// starts the buffer as a copy of the gradient), momentum after.
	ScalarMomentum = "optim.momentum"
	// ScalarGradWeight multiplies the gradient added to SGD's momentum
	// buffer: 1 at step 1, 1 - dampening after.
	ScalarGradWeight = "optim.grad_weight"
	// ScalarBeta2t is Adafactor's 1 - step^decay_rate.
	ScalarBeta2t = "optim.beta2t"
	// ScalarOneMinusBeta2t is 1 - beta2t computed in float64.
	ScalarOneMinusBeta2t = "optim.one_minus_beta2t"
	// ScalarLR is Adafactor's step size before parameter scaling: lr, or
	// the relative step with relative_step.
	ScalarLR = "optim.lr"
	// ScalarEps2LR is eps[1] * ScalarLR in float64, Adafactor's step size
	// with scale_parameter when the parameter's RMS is below eps[1].
	ScalarEps2LR = "optim.eps2_lr"
	// ScalarNegDecayLR is -weight_decay * lr (Adafactor without
	// scale_parameter).
	ScalarNegDecayLR = "optim.neg_decay_lr"
)

// ScalarNames returns the names of the per-step scalar inputs an update
// program of c declares, in a fixed order.
func (c OptimizerConfig) ScalarNames() []string {
	switch c.Rule {
	case RuleAdamW:
		if c.WeightDecay != 0 {
			return []string{ScalarNegStepSize, ScalarBiasCorrection2Sqrt, ScalarDecay}
		}
		return []string{ScalarNegStepSize, ScalarBiasCorrection2Sqrt}
	case RuleAdam:
		return []string{ScalarNegStepSize, ScalarBiasCorrection2Sqrt}
	case RuleSGD:
		if c.Momentum != 0 {
			return []string{ScalarNegLR, ScalarMomentum, ScalarGradWeight}
		}
		return []string{ScalarNegLR}
	case RuleAdafactor:
		names := []string{ScalarBeta2t, ScalarOneMinusBeta2t, ScalarLR}
		if c.ScaleParameter {
			names = append(names, ScalarEps2LR)
		} else if c.WeightDecay != 0 {
			names = append(names, ScalarNegDecayLR)
		}
		return names
	}
	return nil
}

// Scalars returns the per-step scalar inputs of optimizer step step (1 for
// the first update, as torch's state["step"] after its increment) at
// learning rate lr, each computed in float64 as Python does and rounded
// once to float32. Its keys are exactly ScalarNames.
func (c OptimizerConfig) Scalars(step int, lr float64) (map[string]float32, error) {
	if step < 1 {
		return nil, fmt.Errorf("optimizer %s: step %d, want >= 1", c.Rule, step)
	}
	if math.IsNaN(lr) || math.IsInf(lr, 0) || lr < 0 {
		return nil, fmt.Errorf("optimizer %s: learning_rate %v at step %d, want a finite value >= 0", c.Rule, lr, step)
	}
	s := float64(step)
	out := map[string]float32{}
	switch c.Rule {
	case RuleAdamW, RuleAdam:
		bc1 := 1 - math.Pow(c.Beta1, s)
		bc2 := 1 - math.Pow(c.Beta2, s)
		out[ScalarNegStepSize] = float32(-(lr / bc1))
		out[ScalarBiasCorrection2Sqrt] = float32(math.Sqrt(bc2))
		if c.Rule == RuleAdamW && c.WeightDecay != 0 {
			out[ScalarDecay] = float32(1 - lr*c.WeightDecay)
		}
	case RuleSGD:
		out[ScalarNegLR] = float32(-lr)
		if c.Momentum != 0 {
			out[ScalarMomentum], out[ScalarGradWeight] = 0, 1
			if step > 1 {
				out[ScalarMomentum] = float32(c.Momentum)
				out[ScalarGradWeight] = float32(1 - c.Dampening)
			}
		}
	case RuleAdafactor:
		beta2t := 1 - math.Pow(s, c.DecayRate)
		out[ScalarBeta2t] = float32(beta2t)
		out[ScalarOneMinusBeta2t] = float32(1 - beta2t)
		rel := lr
		if c.RelativeStep {
			minStep := 1e-2
			if c.WarmupInit {
				minStep = 1e-6 * s
			}
			rel = math.Min(minStep, 1/math.Sqrt(s))
		}
		out[ScalarLR] = float32(rel)
		if c.ScaleParameter {
			out[ScalarEps2LR] = float32(c.AdafactorEps2 * rel)
		} else if c.WeightDecay != 0 {
			out[ScalarNegDecayLR] = float32(-c.WeightDecay * rel)
		}
	default:
		return nil, fmt.Errorf("optimizer: unknown rule %d", int(c.Rule))
	}
	return out, nil
}
