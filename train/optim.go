package train

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/ir"
)

// Rule is an optimizer's update rule, independent of the name it is asked
// for by.
type Rule int

const (
	// RuleAdamW is torch.optim.AdamW: decoupled weight decay.
	RuleAdamW Rule = iota + 1
	// RuleAdam is torch.optim.Adam: L2 weight decay added to the gradient.
	RuleAdam
	// RuleSGD is torch.optim.SGD: momentum, dampening, nesterov.
	RuleSGD
	// RuleAdafactor is transformers.optimization.Adafactor.
	RuleAdafactor
)

func (r Rule) String() string {
	switch r {
	case RuleAdamW:
		return "adamw"
	case RuleAdam:
		return "adam"
	case RuleSGD:
		return "sgd"
	case RuleAdafactor:
		return "adafactor"
	}
	return fmt.Sprintf("Rule(%d)", int(r))
}

// optimNames maps the Hugging Face TrainingArguments.optim strings kiln
// implements to their rule. adamw_torch_fused is torch's fused AdamW
// kernel: the same update, so kiln computes it the same way. Plain Adam
// has no optim string in transformers; it is reachable only through
// OptimizerConfig.Rule.
var optimNames = map[string]Rule{
	"adamw_torch":       RuleAdamW,
	"adamw_torch_fused": RuleAdamW,
	"sgd":               RuleSGD,
	"adafactor":         RuleAdafactor,
}

// OptimizerNames returns the optim strings RuleFor accepts, sorted.
func OptimizerNames() []string {
	names := make([]string, 0, len(optimNames))
	for n := range optimNames {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// RuleFor returns the rule of a TrainingArguments.optim string, or an error
// naming it and listing the known names.
func RuleFor(optim string) (Rule, error) {
	if r, ok := optimNames[optim]; ok {
		return r, nil
	}
	return 0, fmt.Errorf("optim %q is not an optimizer kiln knows (known: %s)", optim, strings.Join(OptimizerNames(), ", "))
}

// OptimizerConfig holds an optimizer's hyper-parameters under the names of
// TrainingArguments and torch. Fields a rule does not use are ignored.
type OptimizerConfig struct {
	Rule Rule
	// WeightDecay applies to the parameters of the decay group only
	// (DecayParameterNames); the others get 0, as the HF Trainer's groups.
	WeightDecay float64

	// Adam and AdamW (adam_beta1, adam_beta2, adam_epsilon).
	Beta1, Beta2, Epsilon float64

	// SGD: torch.optim.SGD's momentum, dampening and nesterov.
	Momentum, Dampening float64
	Nesterov            bool

	// Adafactor, as transformers.optimization.Adafactor. The HF Trainer
	// uses scale_parameter=False, relative_step=False, warmup_init=False,
	// beta1=None (AdafactorBeta1 0 with HasAdafactorBeta1 false),
	// clip_threshold=1.0, decay_rate=-0.8 and eps=(1e-30, 1e-3).
	AdafactorEps1, AdafactorEps2 float64
	ClipThreshold                float64
	DecayRate                    float64
	AdafactorBeta1               float64
	HasAdafactorBeta1            bool
	ScaleParameter               bool
	RelativeStep                 bool
	WarmupInit                   bool
}

// DefaultOptimizerConfig returns the hyper-parameters the HF Trainer passes for
// optim with TrainingArguments' defaults (adam_beta1 0.9, adam_beta2 0.999,
// adam_epsilon 1e-8, weight_decay 0; Adafactor as the Trainer builds it).
func DefaultOptimizerConfig(optim string) (OptimizerConfig, error) {
	r, err := RuleFor(optim)
	if err != nil {
		return OptimizerConfig{}, err
	}
	return OptimizerConfig{
		Rule: r, Beta1: 0.9, Beta2: 0.999, Epsilon: 1e-8,
		AdafactorEps1: 1e-30, AdafactorEps2: 1e-3, ClipThreshold: 1, DecayRate: -0.8,
	}, nil
}

// Validate checks the hyper-parameters the rule uses, as torch's
// constructors do; an error names the field.
func (c OptimizerConfig) Validate() error {
	bad := func(field string, v float64, want string) error {
		return fmt.Errorf("optimizer %s: %s = %v, want %s", c.Rule, field, v, want)
	}
	finite := func(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
	if !finite(c.WeightDecay) || c.WeightDecay < 0 {
		return bad("weight_decay", c.WeightDecay, "a finite value >= 0")
	}
	switch c.Rule {
	case RuleAdamW, RuleAdam:
		if !finite(c.Beta1) || c.Beta1 < 0 || c.Beta1 >= 1 {
			return bad("adam_beta1", c.Beta1, "0 <= beta1 < 1")
		}
		if !finite(c.Beta2) || c.Beta2 < 0 || c.Beta2 >= 1 {
			return bad("adam_beta2", c.Beta2, "0 <= beta2 < 1")
		}
		if !finite(c.Epsilon) || c.Epsilon < 0 {
			return bad("adam_epsilon", c.Epsilon, "a finite value >= 0")
		}
	case RuleSGD:
		if !finite(c.Momentum) || c.Momentum < 0 {
			return bad("momentum", c.Momentum, "a finite value >= 0")
		}
		if !finite(c.Dampening) {
			return bad("dampening", c.Dampening, "a finite value")
		}
		if c.Nesterov && (c.Momentum <= 0 || c.Dampening != 0) {
			return fmt.Errorf("optimizer sgd: nesterov needs momentum > 0 and dampening = 0 (momentum %v, dampening %v)", c.Momentum, c.Dampening)
		}
	case RuleAdafactor:
		if !finite(c.AdafactorEps1) || c.AdafactorEps1 < 0 {
			return bad("eps[0]", c.AdafactorEps1, "a finite value >= 0")
		}
		if !finite(c.AdafactorEps2) || c.AdafactorEps2 < 0 {
			return bad("eps[1]", c.AdafactorEps2, "a finite value >= 0")
		}
		if !finite(c.ClipThreshold) || c.ClipThreshold <= 0 {
			return bad("clip_threshold", c.ClipThreshold, "a finite value > 0")
		}
		if !finite(c.DecayRate) || c.DecayRate >= 0 {
			return bad("decay_rate", c.DecayRate, "a finite value < 0")
		}
		if c.HasAdafactorBeta1 && (!finite(c.AdafactorBeta1) || c.AdafactorBeta1 < 0 || c.AdafactorBeta1 >= 1) {
			return bad("beta1", c.AdafactorBeta1, "0 <= beta1 < 1")
		}
		if c.WarmupInit && !c.RelativeStep {
			return fmt.Errorf("optimizer adafactor: warmup_init needs relative_step")
		}
	default:
		return fmt.Errorf("optimizer: unknown rule %d", int(c.Rule))
	}
	return nil
}

// StateSpec is one optimizer state tensor of a parameter: it is stored in
// a session buffer named "<param>.<Suffix>" and starts as zeros.
type StateSpec struct {
	Suffix string
	Type   ir.Type
}

// States returns the state tensors the rule keeps for a float32 parameter
// of type t, in the order Emit takes and returns them (torch's and
// transformers' state names: exp_avg, exp_avg_sq, momentum_buffer,
// exp_avg_sq_row, exp_avg_sq_col).
func (c OptimizerConfig) States(t ir.Type) []StateSpec {
	f32 := func(s ir.Shape) ir.Type { return ir.Type{DType: ir.Float32, Shape: s.Clone()} }
	switch c.Rule {
	case RuleAdamW, RuleAdam:
		return []StateSpec{{"exp_avg", f32(t.Shape)}, {"exp_avg_sq", f32(t.Shape)}}
	case RuleSGD:
		if c.Momentum == 0 {
			return nil
		}
		return []StateSpec{{"momentum_buffer", f32(t.Shape)}}
	case RuleAdafactor:
		var out []StateSpec
		if c.HasAdafactorBeta1 {
			out = append(out, StateSpec{"exp_avg", f32(t.Shape)})
		}
		if r := t.Shape.Rank(); r >= 2 {
			row := t.Shape[:r-1]
			col := append(slices.Clone(t.Shape[:r-2]), t.Shape[r-1])
			out = append(out, StateSpec{"exp_avg_sq_row", f32(row)}, StateSpec{"exp_avg_sq_col", f32(col)})
		} else {
			out = append(out, StateSpec{"exp_avg_sq", f32(t.Shape)})
		}
		return out
	}
	return nil
}
