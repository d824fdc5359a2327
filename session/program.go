package session

import (
	"context"
	"errors"
	"fmt"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
)

// Program is one compiled function of a Session.
type Program struct {
	Func      *ir.Func
	Exe       backends.Executable
	Signature backends.Signature

	params  map[string]int // parameter name -> argument index
	results map[string]int // result name -> result index
}

// Param returns the argument index of the parameter called name.
func (p *Program) Param(name string) (int, bool) {
	i, ok := p.params[name]
	return i, ok
}

// BuildFunc builds the function of one key. It may add named buffers to
// the Session (a Runner uploads the weights its program declares), and
// should return ctx.Err() when ctx is done.
type BuildFunc func(ctx context.Context) (*ir.Func, error)

// entry is one key's program, or the compile in progress (done open).
type entry struct {
	done chan struct{}
	p    *Program
	err  error
}

// Program returns the compiled program of key, calling build and compiling
// its function on first use. Concurrent calls for one key share one build
// and compile; a failed build is not cached. ctx is checked before build
// and before the backend compiles; a cancelled ctx is returned as
// ctx.Err().
func (s *Session[K]) Program(ctx context.Context, key K, build BuildFunc) (*Program, error) {
	if ctx == nil {
		return nil, errors.New("session: nil context")
	}
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		s.mu.Lock()
		if s.closed {
			s.mu.Unlock()
			return nil, ErrClosed
		}
		if e, ok := s.programs[key]; ok {
			s.mu.Unlock()
			select {
			case <-e.done:
			case <-ctx.Done():
				return nil, ctx.Err()
			}
			if e.err != nil {
				continue // that build failed and is forgotten: try ours
			}
			s.mu.Lock()
			s.stats.Hits++
			s.mu.Unlock()
			return e.p, nil
		}
		e := &entry{done: make(chan struct{})}
		s.programs[key] = e
		s.mu.Unlock()

		e.p, e.err = s.compile(ctx, build)
		s.mu.Lock()
		if e.err != nil && s.programs[key] == e {
			delete(s.programs, key)
		} else if e.err == nil {
			s.stats.Compiles++
		}
		s.mu.Unlock()
		close(e.done)
		return e.p, e.err
	}
}

func (s *Session[K]) compile(ctx context.Context, build BuildFunc) (*Program, error) {
	f, err := build(ctx)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil && errors.Is(err, ctxErr) {
			return nil, ctxErr
		}
		return nil, err
	}
	if f == nil {
		return nil, errors.New("session: build returned no function")
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	exe, err := s.backend.Compile(f, s.opts)
	if err != nil {
		return nil, fmt.Errorf("compiling %s on %s: %w", f.Name, s.backend.Name(), err)
	}
	sig := exe.Signature()
	p := &Program{Func: f, Exe: exe, Signature: sig, params: map[string]int{}, results: map[string]int{}}
	for i, n := range sig.ParamNames {
		if _, dup := p.params[n]; dup {
			return nil, fmt.Errorf("session: %s declares parameter %q twice", f.Name, n)
		}
		p.params[n] = i
	}
	for i, n := range sig.ResultNames {
		if _, dup := p.results[n]; dup && n != "" {
			return nil, fmt.Errorf("session: %s returns %q twice", f.Name, n)
		}
		p.results[n] = i
	}
	return p, nil
}
