// Package interp is kiln's pure-Go reference backend: a slow, obvious
// interpreter that is the executable definition of every IR op's
// semantics. Other backends are tested against it (backends/backendtest).
//
// Every float op is computed in float64 and rounded once to the result
// dtype (round to nearest even, through ir.PutElementFloat); reductions,
// dot products and convolutions accumulate in float64. Integer ops are
// computed in int64 and wrapped to the result width. The op-by-op
// definitions live next to their code (elementwise.go, shape_ops.go,
// gather.go, reduce.go, dot.go, conv.go, rng.go, composite.go,
// attention.go); rng.go defines the counter-based generator bit by bit.
//
// Importing the package registers the backend as "interp" with priority 0.
package interp

import (
	"fmt"
	"sync"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

func init() { backends.Register(New(), 0) }

// Backend is the reference interpreter. It is stateless and safe for
// concurrent use; the zero value is ready to use.
type Backend struct{}

// New returns the interpreter backend.
func New() *Backend { return &Backend{} }

// Name returns "interp".
func (*Backend) Name() string { return "interp" }

// Available always returns nil: the interpreter runs everywhere.
func (*Backend) Available() error { return nil }

// Capabilities declares every op of the table (composites included) and
// every dtype.
func (*Backend) Capabilities() backends.Capabilities {
	c := backends.Capabilities{Ops: map[ir.Op]bool{}, DTypes: map[ir.DType]bool{}}
	for _, op := range ir.AllOps() {
		c.Ops[op] = true
	}
	for _, d := range ir.AllDTypes() {
		c.DTypes[d] = true
	}
	return c
}

// Pipeline is empty: the interpreter implements every op of the table
// directly, composites included, so it runs exactly the function it is
// given (no decomposition, no folding).
func (*Backend) Pipeline() passes.Pipeline { return passes.Pipeline{Name: "interp"} }

// Compile checks f with ir.Check, runs the (empty) pipeline with opts —
// so opts.Verify and unknown pass names in opts behave as on every
// backend — and snapshots the result into an executable. f is not
// modified, and later changes to f do not affect the executable.
func (b *Backend) Compile(f *ir.Func, opts backends.CompileOptions) (backends.Executable, error) {
	g, err := backends.RunPipeline(b.Pipeline(), f, opts)
	if err != nil {
		return nil, fmt.Errorf("interp: compile: %w", err)
	}
	p, err := compile(g)
	if err != nil {
		return nil, err
	}
	return &executable{p: p}, nil
}

// Upload validates t and copies it into a new buffer.
func (*Backend) Upload(t *tensor.Tensor) (backends.Buffer, error) {
	if err := t.Validate(); err != nil {
		return nil, fmt.Errorf("interp: upload: %w", err)
	}
	return &buffer{t: t.Clone()}, nil
}

// Eval runs f directly on host tensors (one per parameter, in f.Params
// order) and returns one new tensor per result. Arguments are not
// modified. It is the convenience entry point for tests of other packages
// (passes compare decompositions against it).
func Eval(f *ir.Func, args ...*tensor.Tensor) ([]*tensor.Tensor, error) {
	p, err := compile(f)
	if err != nil {
		return nil, err
	}
	if err := p.checkArgs(args); err != nil {
		return nil, err
	}
	return p.run(args)
}

// checkArgs validates host arguments against the signature.
func (p *program) checkArgs(args []*tensor.Tensor) error {
	if len(args) != len(p.sig.Params) {
		return fmt.Errorf("interp: %d arguments, want %d", len(args), len(p.sig.Params))
	}
	for i, a := range args {
		if err := a.Validate(); err != nil {
			return fmt.Errorf("interp: argument %d (%s): %w", i, p.sig.ParamNames[i], err)
		}
		if !a.Type().Equal(p.sig.Params[i]) {
			return fmt.Errorf("interp: argument %d (%s) is %s, want %s", i, p.sig.ParamNames[i], a.Type(), p.sig.Params[i])
		}
	}
	return nil
}

// buffer is a host tensor owned by the interpreter.
type buffer struct {
	mu    sync.Mutex
	t     *tensor.Tensor
	typ   ir.Type
	freed bool
}

func newBuffer(t *tensor.Tensor) *buffer { return &buffer{t: t, typ: t.Type()} }

// Type returns the buffer's dtype and shape (still valid after Free).
func (b *buffer) Type() ir.Type {
	if b.t != nil {
		return b.t.Type()
	}
	return b.typ
}

// Download copies the contents; it fails with backends.ErrFreed after Free
// or donation.
func (b *buffer) Download() (*tensor.Tensor, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.freed {
		return nil, fmt.Errorf("interp: download: %w", backends.ErrFreed)
	}
	return b.t.Clone(), nil
}

// Free drops the storage; it is idempotent.
func (b *buffer) Free() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.freed {
		b.typ = b.t.Type()
		b.t = nil
		b.freed = true
	}
}

// tensorOf returns the live tensor of b or ErrFreed.
func (b *buffer) tensorOf() (*tensor.Tensor, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.freed {
		return nil, backends.ErrFreed
	}
	return b.t, nil
}

type executable struct{ p *program }

// Signature returns the parameter and result types.
func (e *executable) Signature() backends.Signature { return e.p.sig }

// Run evaluates the program. Donated buffers are freed after a successful
// run (their storage is never aliased by results).
func (e *executable) Run(args []backends.Buffer, opts backends.RunOptions) ([]backends.Buffer, error) {
	if err := e.p.sig.CheckArgs(args); err != nil {
		return nil, fmt.Errorf("interp: run %s: %w", e.p.name, err)
	}
	for _, d := range opts.Donate {
		if d < 0 || d >= len(args) {
			return nil, fmt.Errorf("interp: run %s: donated argument index %d out of range [0,%d)", e.p.name, d, len(args))
		}
	}
	ins := make([]*tensor.Tensor, len(args))
	for i, a := range args {
		b, ok := a.(*buffer)
		if !ok {
			return nil, fmt.Errorf("interp: run %s: argument %d (%s) is a %T, not an interp buffer", e.p.name, i, e.p.sig.ParamNames[i], a)
		}
		t, err := b.tensorOf()
		if err != nil {
			return nil, fmt.Errorf("interp: run %s: argument %d (%s): %w", e.p.name, i, e.p.sig.ParamNames[i], err)
		}
		ins[i] = t
	}
	outs, err := e.p.run(ins)
	if err != nil {
		return nil, err
	}
	for _, d := range opts.Donate {
		args[d].Free()
	}
	res := make([]backends.Buffer, len(outs))
	for i, t := range outs {
		res[i] = newBuffer(t)
	}
	return res, nil
}
