package models

import (
	"fmt"
	"strings"
)

// adapterSet is the Runner's PEFT-style adapter state: adapters loaded
// under names (PeftModel.load_adapter), the active one (set_adapter, or
// an unnamed one from SetAdapter) and whether adapters are disabled
// (disable_adapter: the base model alone). Guarded by Runner.mu.
type adapterSet struct {
	byName   map[string]Adapter
	order    []string // names in load order
	active   string   // name of current, "" when unnamed or none
	current  Adapter  // the active adapter, nil for none
	disabled bool
}

// LoadAdapter holds a under name, as PEFT's load_adapter(dir,
// adapter_name): it does not activate it (SetActive does). Names are
// unique and not empty. Loading costs nothing on the backend until the
// adapter is activated and a program runs with it.
func (r *Runner) LoadAdapter(name string, a Adapter) error {
	if name == "" {
		return fmt.Errorf("load adapter: empty name")
	}
	if a == nil {
		return fmt.Errorf("load adapter %q: nil adapter", name)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	s := &r.adapters
	if _, ok := s.byName[name]; ok {
		return fmt.Errorf("load adapter %q: an adapter of that name is loaded (delete it first)", name)
	}
	if s.byName == nil {
		s.byName = map[string]Adapter{}
	}
	s.byName[name] = a
	s.order = append(s.order, name)
	return nil
}

// AdapterNames lists the adapters loaded by name, in load order.
func (r *Runner) AdapterNames() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.adapters.order...)
}

// NamedAdapter returns the adapter loaded under name.
func (r *Runner) NamedAdapter(name string) (Adapter, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	a, ok := r.adapters.byName[name]
	return a, ok
}

// ActiveAdapter returns the name of the active adapter: "" when none is
// active or when the active one was set by SetAdapter rather than by name.
func (r *Runner) ActiveAdapter() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.adapters.active
}

// SetActive makes the adapter loaded under name the active one, as
// PEFT's set_adapter; SetActive("") activates none. Switching between
// adapters of equal Structure reuses every compiled program (the new
// adapter's weights replace the old one's buffers); another structure
// compiles its programs on first use. While adapters are disabled the
// choice is recorded and takes effect on EnableAdapter. A merged adapter
// must be unmerged first. Not safe while runs are in flight.
func (r *Runner) SetActive(name string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	var a Adapter
	if name != "" {
		var ok bool
		if a, ok = r.adapters.byName[name]; !ok {
			return fmt.Errorf("set adapter %q: no adapter of that name is loaded (loaded: %s)", name, r.loadedLocked())
		}
	}
	if r.merged != nil {
		return fmt.Errorf("adapter %s is merged into the weights; unmerge it before setting another", r.merged.Name())
	}
	return r.activateLocked(name, a)
}

// activateLocked makes a (named name, or unnamed) the active adapter,
// applied at once unless adapters are disabled.
func (r *Runner) activateLocked(name string, a Adapter) error {
	if !r.adapters.disabled {
		if err := r.setAdapterLocked(a); err != nil {
			return err
		}
	}
	r.adapters.active, r.adapters.current = name, a
	return nil
}

func (r *Runner) loadedLocked() string {
	if len(r.adapters.order) == 0 {
		return "none"
	}
	return strings.Join(r.adapters.order, ", ")
}

// DeleteAdapter forgets the adapter loaded under name, as PEFT's
// delete_adapter: a merged adapter must be unmerged first; deleting the
// active adapter activates the first remaining one in load order (none
// when it was the last), as PEFT does.
func (r *Runner) DeleteAdapter(name string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := &r.adapters
	a, ok := s.byName[name]
	if !ok {
		return fmt.Errorf("delete adapter %q: no adapter of that name is loaded (loaded: %s)", name, r.loadedLocked())
	}
	if r.merged != nil && s.active == name {
		return fmt.Errorf("delete adapter %q: it is merged into the weights; unmerge it first", name)
	}
	delete(s.byName, name)
	for j, n := range s.order {
		if n == name {
			s.order = append(s.order[:j:j], s.order[j+1:]...)
			break
		}
	}
	if s.active != name || s.current != a {
		return nil
	}
	next, nextName := Adapter(nil), ""
	if len(s.order) > 0 {
		nextName = s.order[0]
		next = s.byName[nextName]
	}
	return r.activateLocked(nextName, next)
}

// DisableAdapter runs the base model alone from now on, as inside PEFT's
// disable_adapter context: the base programs (compiled once) and the
// checkpoint's weights, modules_to_save copies included. A merged adapter
// is unmerged first (PEFT unmerges on a disabled forward). The active
// adapter is kept for EnableAdapter.
func (r *Runner) DisableAdapter() error {
	r.mu.Lock()
	merged := r.merged != nil
	r.mu.Unlock()
	if merged {
		if err := r.UnmergeAdapter(); err != nil {
			return err
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.adapters.disabled {
		return nil
	}
	if err := r.setAdapterLocked(nil); err != nil {
		return err
	}
	r.adapters.disabled = true
	return nil
}

// EnableAdapter undoes DisableAdapter: the active adapter applies again,
// on the programs already compiled for its structure.
func (r *Runner) EnableAdapter() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.adapters.disabled {
		return nil
	}
	r.adapters.disabled = false
	return r.setAdapterLocked(r.adapters.current)
}

// AdapterDisabled reports whether DisableAdapter is in effect.
func (r *Runner) AdapterDisabled() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.adapters.disabled
}

// WithAdapterDisabled runs fn with adapters disabled and enables them
// again afterwards (also when fn fails), as PEFT's
// `with model.disable_adapter():`. Adapters disabled before the call
// stay disabled.
func (r *Runner) WithAdapterDisabled(fn func() error) error {
	was := r.AdapterDisabled()
	if err := r.DisableAdapter(); err != nil {
		return err
	}
	err := fn()
	if !was {
		if e := r.EnableAdapter(); e != nil && err == nil {
			err = e
		}
	}
	return err
}
