package train

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/passes"
)

// RematPolicy is the gradient checkpointing the arguments ask for (see
// StepConfig.Remat): nil when gradient_checkpointing is false (transformers
// then ignores gradient_checkpointing_kwargs too), else the policy read
// from gradient_checkpointing_kwargs:
//   - every_n_layers (transformers 5.x, an integer >= 1, default 1):
//     checkpoint decoder layers 0, n, 2n, ...; the others keep their
//     activations (passes.RematPolicy.EveryNLayers);
//   - offload: false only; kiln does not hold saved activations in host
//     memory;
//   - use_reentrant, debug (booleans) and determinism_check ("default" or
//     "none"): torch.utils.checkpoint's mechanics, with no effect on what
//     kiln computes; accepted and ignored;
//   - preserve_rng_state: true only; kiln's recomputation always draws the
//     same dropout masks as the forward;
//   - kiln_span (integer >= 1) and kiln_budget_bytes (integer >= 1), kiln's
//     own: passes.RematPolicy.Span and Budget.
//
// Any other key (context_fn, a misspelling) is an error naming it.
func (a *TrainingArguments) RematPolicy() (*passes.RematPolicy, error) {
	if !a.GradientCheckpointing {
		return nil, nil
	}
	const field = "gradient_checkpointing_kwargs"
	p := &passes.RematPolicy{}
	keys := make([]string, 0, len(a.GradientCheckpointingKwargs))
	for k := range a.GradientCheckpointingKwargs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := a.GradientCheckpointingKwargs[k]
		bad := func(want string) error {
			return fmt.Errorf("field %q: %q: %v (%T): want %s", field, k, v, v, want)
		}
		switch k {
		case "every_n_layers", "kiln_span", "kiln_budget_bytes":
			n, ok := kwargInt(v)
			if !ok || n < 1 {
				return nil, bad("an integer >= 1")
			}
			switch k {
			case "every_n_layers":
				p.EveryNLayers = int(n)
			case "kiln_span":
				p.Span = int(n)
			default:
				p.Budget = n
			}
		case "offload", "preserve_rng_state", "use_reentrant", "debug":
			b, ok := v.(bool)
			switch {
			case !ok:
				return nil, bad("true or false")
			case k == "offload" && b:
				return nil, bad("false: kiln keeps the checkpointed activations in device memory")
			case k == "preserve_rng_state" && !b:
				return nil, bad("true: kiln's recomputation always draws the forward's dropout masks")
			}
		case "determinism_check":
			if s, ok := v.(string); !ok || s != "default" && s != "none" {
				return nil, bad(`"default" or "none"`)
			}
		default:
			return nil, fmt.Errorf("field %q: unknown key %q (kiln reads every_n_layers, offload, use_reentrant, preserve_rng_state, determinism_check, debug, kiln_span, kiln_budget_bytes)", field, k)
		}
	}
	var set []string
	if p.EveryNLayers > 1 {
		set = append(set, "every_n_layers")
	}
	if p.Span > 1 {
		set = append(set, "kiln_span")
	}
	if p.Budget > 0 {
		set = append(set, "kiln_budget_bytes")
	}
	if len(set) > 1 {
		return nil, fmt.Errorf("field %q: %s: set one of them", field, strings.Join(set, " and "))
	}
	return p, nil
}

// kwargInt is v as an integer: a JSON integer, or a float64 or int with an
// integral value.
func kwargInt(v any) (int64, bool) {
	switch x := v.(type) {
	case json.Number:
		n, err := x.Int64()
		return n, err == nil
	case int:
		return int64(x), true
	case int64:
		return x, true
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1<<53 {
			return int64(x), true
		}
	}
	return 0, false
}
