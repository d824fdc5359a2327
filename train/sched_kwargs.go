package train

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
)

// schedulerKwargNames lists, per schedule, the lr_scheduler_kwargs its
// transformers schedule function accepts through get_scheduler. Schedules
// missing here (constant, constant_with_warmup, inverse_sqrt) are called
// without the kwargs there, so any given are ignored, as in transformers.
// last_epoch, which every schedule function takes, is refused (the Trainer
// resumes a schedule from its checkpoint instead). reduce_lr_on_plateau
// takes torch's ReduceLROnPlateau arguments.
var schedulerKwargNames = map[SchedulerType][]string{
	SchedLinear:                {},
	SchedCosine:                {"num_cycles"},
	SchedCosineWithRestarts:    {"num_cycles"},
	SchedPolynomial:            {"lr_end", "power"},
	SchedCosineWithMinLR:       {"num_cycles", "min_lr", "min_lr_rate"},
	SchedCosineWarmupWithMinLR: {"num_cycles", "min_lr", "min_lr_rate", "warmup_lr_rate"},
	SchedWarmupStableDecay:     {"num_decay_steps", "num_stable_steps", "warmup_type", "decay_type", "min_lr_ratio", "num_cycles"},
	SchedReduceLROnPlateau:     plateauKwargNames,
}

// nullableKwargs default to Python's None, so a JSON null means "not set"
// (not for reduce_lr_on_plateau, whose min_lr defaults to 0).
var nullableKwargs = map[string]bool{"min_lr": true, "min_lr_rate": true, "warmup_lr_rate": true, "num_stable_steps": true}

// stringKwargs take strings; intKwargs take integers; the rest numbers.
var (
	stringKwargs = map[string]bool{"warmup_type": true, "decay_type": true, "mode": true, "threshold_mode": true}
	intKwargs    = map[string]bool{"num_decay_steps": true, "num_stable_steps": true, "patience": true, "cooldown": true}
)

// schedulerKwargs holds checked lr_scheduler_kwargs: float64 for numbers,
// string for strings; a null nullable kwarg is left out.
type schedulerKwargs map[string]any

// parseSchedulerKwargs checks raw against what typ's schedule function takes.
// Numbers may be float64, int or json.Number.
func parseSchedulerKwargs(typ SchedulerType, raw map[string]any) (schedulerKwargs, error) {
	names, takesKwargs := schedulerKwargNames[typ]
	out := schedulerKwargs{}
	if !takesKwargs || len(raw) == 0 {
		return out, nil
	}
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !listHas(names, k) {
			takes := "none"
			if len(names) > 0 {
				takes = strings.Join(names, ", ")
			}
			why := ""
			if k == "last_epoch" && typ != SchedReduceLROnPlateau {
				why = " (resuming: resume_from_checkpoint restores the schedule)"
			}
			return nil, fmt.Errorf("lr_scheduler_kwargs: %s does not take %q%s (it takes: %s)", typ, k, why, takes)
		}
		v := raw[k]
		if v == nil {
			if nullableKwargs[k] && typ != SchedReduceLROnPlateau {
				continue
			}
			return nil, fmt.Errorf("lr_scheduler_kwargs: %q is null", k)
		}
		if stringKwargs[k] {
			s, ok := v.(string)
			if !ok {
				return nil, fmt.Errorf("lr_scheduler_kwargs: %q: want a string, got %v", k, v)
			}
			out[k] = s
			continue
		}
		f, ok := kwargNumber(v)
		if !ok || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("lr_scheduler_kwargs: %q: want a finite number, got %v", k, v)
		}
		if intKwargs[k] && (f != math.Trunc(f) || math.Abs(f) > 1<<53) {
			return nil, fmt.Errorf("lr_scheduler_kwargs: %q: want an integer, got %v", k, v)
		}
		out[k] = f
	}
	return out, nil
}

// kwargNumber converts a decoded JSON number.
func kwargNumber(v any) (float64, bool) {
	switch n := v.(type) {
	case float64:
		return n, true
	case int:
		return float64(n), true
	case json.Number:
		f, err := n.Float64()
		return f, err == nil
	}
	return 0, false
}

func listHas(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// float is kwarg name, or def when it is not set.
func (kw schedulerKwargs) float(name string, def float64) float64 {
	if f, ok := kw.optFloat(name); ok {
		return f
	}
	return def
}

// optFloat is kwarg name and whether it is set.
func (kw schedulerKwargs) optFloat(name string) (float64, bool) {
	f, ok := kw[name].(float64)
	return f, ok
}

// optInt is integer kwarg name (checked integral by parseSchedulerKwargs).
func (kw schedulerKwargs) optInt(name string) (int, bool) {
	f, ok := kw[name].(float64)
	return int(f), ok
}

// str is string kwarg name, or def when it is not set.
func (kw schedulerKwargs) str(name, def string) string {
	if s, ok := kw[name].(string); ok {
		return s
	}
	return def
}
