package train

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
)

// stateReader reads a CallbackState's args and attributes by name and
// type, remembering the first error and the names it read, so that done
// can refuse names the callback does not know.
type stateReader struct {
	s    CallbackState
	read map[string]bool
	err  error
}

func (r *stateReader) get(section string, m map[string]any, name string) (any, bool) {
	if r.read == nil {
		r.read = map[string]bool{}
	}
	r.read[section+"."+name] = true
	v, ok := m[name]
	return v, ok && v != nil
}

func (r *stateReader) fail(section, name string, v any, want string) {
	if r.err == nil {
		r.err = fmt.Errorf("%s %q: %v is not %s", section, name, v, want)
	}
}

// bool is arg name, false when missing.
func (r *stateReader) bool(name string) bool {
	v, ok := r.get("args", r.s.Args, name)
	if !ok {
		return false
	}
	b, isBool := v.(bool)
	if !isBool {
		r.fail("args", name, v, "a bool")
	}
	return b
}

// int is arg name, def when missing.
func (r *stateReader) int(name string, def int) int { return r.intIn("args", r.s.Args, name, def) }

// attrInt is attribute name, def when missing.
func (r *stateReader) attrInt(name string, def int) int {
	return r.intIn("attributes", r.s.Attributes, name, def)
}

func (r *stateReader) intIn(section string, m map[string]any, name string, def int) int {
	v, ok := r.get(section, m, name)
	if !ok {
		return def
	}
	f, isNum := stateNumber(v)
	if !isNum || f != math.Trunc(f) || math.Abs(f) > 1<<53 {
		r.fail(section, name, v, "an integer")
		return def
	}
	return int(f)
}

// float is arg name, def when missing.
func (r *stateReader) float(name string, def float64) float64 {
	v, ok := r.get("args", r.s.Args, name)
	if !ok {
		return def
	}
	f, isNum := stateNumber(v)
	if !isNum {
		r.fail("args", name, v, "a number")
		return def
	}
	return f
}

// done is the first error, or one naming an arg or attribute that was not
// read.
func (r *stateReader) done() error {
	if r.err != nil {
		return r.err
	}
	for _, sec := range []struct {
		name string
		m    map[string]any
	}{{"args", r.s.Args}, {"attributes", r.s.Attributes}} {
		keys := make([]string, 0, len(sec.m))
		for k := range sec.m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if !r.read[sec.name+"."+k] {
				return fmt.Errorf("%s %q is not one the callback takes", sec.name, k)
			}
		}
	}
	return nil
}

// stateNumber is a decoded JSON number (int, int64, float64 or
// json.Number).
func stateNumber(v any) (float64, bool) {
	switch n := v.(type) {
	case int:
		return float64(n), true
	case int64:
		return float64(n), true
	case float64:
		return n, true
	case json.Number:
		f, err := n.Float64()
		return f, err == nil
	}
	return 0, false
}

// parseCallbackState reads one stateful_callbacks entry: an object with
// "args" and "attributes" objects (each may be missing, as HF's .get(...,
// {}) allows).
func parseCallbackState(v any) (CallbackState, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return CallbackState{}, fmt.Errorf("%v is not an object with args and attributes", v)
	}
	s := CallbackState{Args: map[string]any{}, Attributes: map[string]any{}}
	for k, x := range m {
		var dst *map[string]any
		switch k {
		case "args":
			dst = &s.Args
		case "attributes":
			dst = &s.Attributes
		default:
			return CallbackState{}, fmt.Errorf("unknown key %q (want args and attributes)", k)
		}
		if x == nil {
			continue
		}
		obj, ok := x.(map[string]any)
		if !ok {
			return CallbackState{}, fmt.Errorf("%s: %v is not an object", k, x)
		}
		*dst = obj
	}
	return s, nil
}

// loadCallbackState is HF's _load_callback_state, run on resume with
// restore_callback_states_from_checkpoint before on_train_begin: for each
// type name of the checkpoint's stateful_callbacks (in the file's sorted
// order), the callbacks of that name now present (TrainerControl: the
// control) take the saved states in order, one each (zip: extra states or
// extra callbacks are left alone). A restored callback is restored in
// place (the caller's pointer sees it) and, as HF removes it and adds the
// rebuilt one, moves to the end of the callback list, in that order. Names
// with no callback now are ignored and listed in IgnoredCallbackStates
// (HF warns). A state a present callback cannot take (it does not
// implement ExportableState, or RestoreCallbackState refuses it) is an
// error naming the callback and the file.
func (t *Trainer) loadCallbackState(stateful map[string]any, file string) error {
	names := make([]string, 0, len(stateful))
	for n := range stateful {
		names = append(names, n)
	}
	sort.Strings(names)
	var moved []TrainerCallback
	removed := map[int]bool{}
	h := t.handler
	for _, name := range names {
		data, isList := stateful[name].([]any)
		if !isList {
			data = []any{stateful[name]}
		}
		var targets []any
		var at []int // targets' indices in h.callbacks (-1: the control)
		for i, cb := range h.callbacks {
			if callbackName(cb) == name {
				targets, at = append(targets, cb), append(at, i)
			}
		}
		if name == "TrainerControl" {
			targets, at = append(targets, &t.Control), append(at, -1)
		}
		if len(targets) == 0 {
			t.ignoredStates = append(t.ignoredStates, name)
			continue
		}
		for i := 0; i < min(len(targets), len(data)); i++ {
			where := fmt.Sprintf("resume_from_checkpoint: %s: stateful_callbacks.%s", file, name)
			if isList {
				where += fmt.Sprintf("[%d]", i)
			}
			s, err := parseCallbackState(data[i])
			if err != nil {
				return fmt.Errorf("%s: %w", where, err)
			}
			ex, ok := targets[i].(ExportableState)
			if !ok {
				return fmt.Errorf("%s: callback %s does not implement ExportableState, so its saved state cannot be restored (restore_callback_states_from_checkpoint)", where, name)
			}
			if err := ex.RestoreCallbackState(s); err != nil {
				return fmt.Errorf("%s: %w", where, err)
			}
			if at[i] >= 0 {
				removed[at[i]] = true
				moved = append(moved, h.callbacks[at[i]])
			}
		}
	}
	if len(moved) == 0 {
		return nil
	}
	kept := make([]TrainerCallback, 0, len(h.callbacks))
	for i, cb := range h.callbacks {
		if !removed[i] {
			kept = append(kept, cb)
		}
	}
	h.callbacks = append(kept, moved...)
	return nil
}

// IgnoredCallbackStates lists the type names of the resumed checkpoint's
// stateful_callbacks that no callback of this Trainer took (HF's "Checkpoint
// included callbacks not included in current configuration. Ignoring."),
// once Train has restored them.
func (t *Trainer) IgnoredCallbackStates() []string {
	return append([]string(nil), t.ignoredStates...)
}
