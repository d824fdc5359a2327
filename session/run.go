package session

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/backends"
)

// Call is one execution's bindings beyond the Session's named buffers.
type Call struct {
	// Inputs are per-call buffers by parameter name. The caller keeps
	// ownership (and frees them) unless they are donated. An input may not
	// carry the name of a Session buffer.
	Inputs map[string]backends.Buffer
	// Donate names inputs the executable may reuse for results (the KV
	// cache); they are invalid after a successful Run. An input that is
	// also held by the Session under any name is never donated.
	Donate []string
	// Updates maps result names to Session buffer names: the result
	// replaces that buffer (a training step's "w.new" -> "w"). The old
	// buffer is donated when only this parameter binds it, so backends may
	// update it in place; otherwise it is freed after the run. A result
	// must have the type of the buffer it replaces.
	Updates map[string]string
}

// Run executes p with every parameter bound by name: to c.Inputs, else to
// the Session buffer of that name. It returns the results not consumed by
// c.Updates, by name; the caller owns them. Runs that update buffers are
// serialised against every other run; read-only runs proceed together.
func (s *Session[K]) Run(ctx context.Context, p *Program, c Call) (map[string]backends.Buffer, error) {
	if ctx == nil {
		return nil, errors.New("session: nil context")
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if p == nil {
		return nil, errors.New("session: nil program")
	}
	if len(c.Updates) > 0 {
		s.exec.Lock()
		defer s.exec.Unlock()
	} else {
		s.exec.RLock()
		defer s.exec.RUnlock()
	}
	s.mu.Lock()
	b, err := s.bindLocked(p, c)
	s.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p.Func.Name, err)
	}
	res, err := p.Exe.Run(b.args, backends.RunOptions{Donate: b.donate})
	if err != nil {
		return nil, fmt.Errorf("running %s: %w", p.Func.Name, err)
	}
	if len(res) != len(p.Signature.ResultNames) {
		for _, r := range res {
			r.Free()
		}
		return nil, fmt.Errorf("running %s: %d results, the signature has %d", p.Func.Name, len(res), len(p.Signature.ResultNames))
	}
	s.mu.Lock()
	for ri, sl := range b.updates {
		old := sl.buf
		if old == res[ri] {
			continue
		}
		delete(s.held, old)
		old.Free() // already invalid when donated; Free is idempotent
		sl.buf = res[ri]
		s.held[sl.buf] = sl
	}
	s.mu.Unlock()
	out := make(map[string]backends.Buffer, len(res)-len(b.updates))
	for i, r := range res {
		if _, consumed := b.updates[i]; !consumed {
			out[p.Signature.ResultNames[i]] = r
		}
	}
	return out, nil
}

// binding is one run's arguments, donated indices and updated slots (by
// result index).
type binding struct {
	args    []backends.Buffer
	donate  []int
	updates map[int]*slot
}

func (s *Session[K]) bindLocked(p *Program, c Call) (*binding, error) {
	if s.closed {
		return nil, ErrClosed
	}
	b := &binding{args: make([]backends.Buffer, len(p.Signature.ParamNames)), updates: map[int]*slot{}}
	var missing []string
	for i, name := range p.Signature.ParamNames {
		in, isInput := c.Inputs[name]
		sl, isNamed := s.names[name]
		switch {
		case isInput && isNamed:
			return nil, fmt.Errorf("input %q has the name of a session buffer", name)
		case isInput:
			if in == nil {
				return nil, fmt.Errorf("input %q is nil", name)
			}
			if err := checkComparable(in); err != nil {
				return nil, fmt.Errorf("input %q: %w", name, err)
			}
			b.args[i] = in
		case isNamed:
			b.args[i] = sl.buf
		default:
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("no input or session buffer for parameters %s", strings.Join(missing, ", "))
	}
	for name := range c.Inputs {
		if _, ok := p.params[name]; !ok {
			return nil, fmt.Errorf("program has no parameter %q (inputs: %s)", name, strings.Join(slices.Sorted(maps.Keys(c.Inputs)), ", "))
		}
	}
	if err := p.Signature.CheckArgs(b.args); err != nil {
		return nil, err
	}
	bound := map[backends.Buffer]int{} // how many arguments each buffer is
	for _, a := range b.args {
		bound[a]++
	}
	for res, target := range c.Updates {
		ri, ok := p.results[res]
		if !ok {
			return nil, fmt.Errorf("update of %q: program has no result %q", target, res)
		}
		sl, ok := s.names[target]
		if !ok {
			return nil, fmt.Errorf("update from result %q: no session buffer %q", res, target)
		}
		for oi, other := range b.updates {
			if other == sl {
				return nil, fmt.Errorf("results %q and %q both update buffer %q", p.Signature.ResultNames[oi], res, target)
			}
		}
		if want, got := sl.buf.Type(), p.Signature.Results[ri]; !want.Equal(got) {
			return nil, fmt.Errorf("result %q is %s, it cannot replace buffer %q of %s", res, got, target, want)
		}
		b.updates[ri] = sl
		if ai, ok := p.params[target]; ok && bound[sl.buf] == 1 {
			b.donate = append(b.donate, ai)
		}
	}
	for _, name := range c.Donate {
		ai, ok := p.params[name]
		in, isInput := c.Inputs[name]
		if !ok || !isInput {
			return nil, fmt.Errorf("cannot donate %q: not a per-call input", name)
		}
		if bound[in] == 1 && s.held[in] == nil {
			b.donate = append(b.donate, ai)
		}
	}
	sort.Ints(b.donate)
	b.donate = slices.Compact(b.donate)
	return b, nil
}
