package train

import (
	"fmt"
	"sort"

	"github.com/kiln-ml/kiln/tensor"
)

// OptimizerStateNames lists the session buffers of the step's optimizer
// state (StateName(param, suffix) for every trained parameter and every
// state tensor of the rule), sorted. SGD without momentum has none.
func (s *Step) OptimizerStateNames() []string {
	var out []string
	for _, p := range s.params {
		for _, sp := range s.cfg.Optimizer.States(p.Type) {
			out = append(out, StateName(p.Name, sp.Suffix))
		}
	}
	sort.Strings(out)
	return out
}

// OptimizerState downloads every optimizer state tensor by its session
// name (OptimizerStateNames). The step count is Steps (the Trainer's
// global step), not a tensor.
func (s *Step) OptimizerState() (map[string]*tensor.Tensor, error) {
	out := map[string]*tensor.Tensor{}
	for _, p := range s.params {
		for _, sp := range s.cfg.Optimizer.States(s.wholeType(p)) {
			n := StateName(p.Name, sp.Suffix)
			var x *tensor.Tensor
			var err error
			if s.sharded(p.Name) {
				x, err = s.gather(n, sp.Type)
			} else {
				x, err = s.sess.Download(n)
			}
			if err != nil {
				return nil, fmt.Errorf("optimizer state %s: %w", n, err)
			}
			out[n] = x
		}
	}
	return out, nil
}

// LoadOptimizerState replaces the optimizer state with st, which must hold
// exactly OptimizerStateNames, each of the type the rule keeps (float32,
// the parameter's shape or Adafactor's factored shapes). Everything is
// checked before anything is replaced: on an error naming the tensor the
// state is as it was.
func (s *Step) LoadOptimizerState(st map[string]*tensor.Tensor) error {
	if err := s.checkOptimizerState(st); err != nil {
		return err
	}
	for _, p := range s.params {
		for _, sp := range s.cfg.Optimizer.States(p.Type) {
			n := StateName(p.Name, sp.Suffix)
			if err := s.put(p.Name, n, st[n]); err != nil {
				return fmt.Errorf("optimizer state %s: %w", n, err)
			}
		}
	}
	return nil
}

// checkOptimizerState is LoadOptimizerState's check.
func (s *Step) checkOptimizerState(st map[string]*tensor.Tensor) error {
	want := map[string]bool{}
	for _, p := range s.params {
		for _, sp := range s.cfg.Optimizer.States(s.wholeType(p)) {
			n := StateName(p.Name, sp.Suffix)
			want[n] = true
			x, ok := st[n]
			if !ok || x == nil {
				return fmt.Errorf("optimizer state %s is missing (optimizer %s)", n, s.cfg.Optimizer.Rule)
			}
			if !x.Type().Equal(sp.Type) {
				return fmt.Errorf("optimizer state %s is %s, the parameter %s (%s) needs %s", n, x.Type(), p.Name, s.wholeType(p), sp.Type)
			}
		}
	}
	var extra []string
	for n := range st {
		if !want[n] {
			extra = append(extra, n)
		}
	}
	if len(extra) > 0 {
		sort.Strings(extra)
		return fmt.Errorf("optimizer state %s belongs to no trained parameter of this model and optimizer (%d unexpected tensors)", extra[0], len(extra))
	}
	return nil
}

// LoadParams replaces the trained parameters' values with w (by parameter
// name, Params), which must hold every one of them, float32 of its shape.
// Everything is checked before anything is replaced.
func (s *Step) LoadParams(w map[string]*tensor.Tensor) error {
	for _, p := range s.params {
		x, ok := w[p.Name]
		if !ok || x == nil {
			return fmt.Errorf("parameter %s is missing", p.Name)
		}
		if want := s.wholeType(p); !x.Type().Equal(want) {
			return fmt.Errorf("parameter %s is %s, the model's is %s", p.Name, x.Type(), want)
		}
	}
	for _, p := range s.params {
		if err := s.put(p.Name, p.Name, w[p.Name]); err != nil {
			return fmt.Errorf("parameter %s: %w", p.Name, err)
		}
	}
	return nil
}

// sharded reports whether full_shard splits parameter p.
func (s *Step) sharded(p string) bool {
	if s.shard == nil {
		return false
	}
	_, ok := s.shard.whole[p]
	return ok
}

// put replaces session buffer name (parameter param's or one of its
// optimizer states) with whole tensor x: as each device's block under
// full_shard, else replicated.
func (s *Step) put(param, name string, x *tensor.Tensor) error {
	if s.sharded(param) {
		return s.scatter(name, x)
	}
	return s.sess.Replace(name, x)
}
