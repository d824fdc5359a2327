package mesh

import (
	"fmt"
	"sync"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// Backend is a backends.Backend whose every program runs SPMD on the
// virtual devices of a Mesh (interp on each, collectives exchanging host
// tensors): what lets code written for one backend — a models.Runner, the
// generate loop over it — run a tensor-parallel program unchanged.
//
// A Buffer holds one tensor per device. Its Type is one device's type (what
// the program's parameter declares). Upload replicates a whole tensor on
// every device; UploadShards gives each device its own block. A program's
// results keep each device's part; Download returns device 0's part of a
// replicated result, and joins the parts of a result the ShardedResults
// hook names (the KV cache of a tensor-parallel decoder, split by heads).
// It is not registered by name: it needs a mesh.
type Backend struct {
	mesh *Mesh
	// resultAxis says, by result name, along which axis a sharded result
	// is joined on Download (ok false: replicated).
	resultAxis func(name string) (axis int, ok bool)
}

// NewBackend returns the backend running on m's devices; resultAxis (nil:
// every result is replicated) names the sharded results and their axis.
func NewBackend(m *Mesh, resultAxis func(name string) (axis int, ok bool)) *Backend {
	return &Backend{mesh: m, resultAxis: resultAxis}
}

// Mesh returns the mesh programs run on.
func (b *Backend) Mesh() *Mesh { return b.mesh }

// Name returns "mesh".
func (b *Backend) Name() string { return "mesh" }

// Available always returns nil: the virtual devices run everywhere.
func (b *Backend) Available() error { return nil }

// Capabilities are interp's: every op and dtype, the collectives included.
func (b *Backend) Capabilities() backends.Capabilities { return interp.New().Capabilities() }

// Pipeline is empty, as interp's: each device runs exactly the function.
func (b *Backend) Pipeline() passes.Pipeline { return passes.Pipeline{Name: "mesh"} }

// Compile checks f and compiles it once for every run on the mesh.
func (b *Backend) Compile(f *ir.Func, opts backends.CompileOptions) (backends.Executable, error) {
	g, err := backends.RunPipeline(b.Pipeline(), f, opts)
	if err != nil {
		return nil, fmt.Errorf("mesh: compile: %w", err)
	}
	p, err := interp.CompileSPMD(g)
	if err != nil {
		return nil, fmt.Errorf("mesh: compile: %w", err)
	}
	ex := &executable{b: b, p: p, axes: make([]int, len(g.Results))}
	sig := p.Signature()
	for i := range ex.axes {
		ex.axes[i] = -1
		if b.resultAxis != nil {
			if a, ok := b.resultAxis(sig.ResultNames[i]); ok {
				ex.axes[i] = a
			}
		}
	}
	return ex, nil
}

// Upload validates t and gives every device the same copy (read only:
// programs never modify their arguments).
func (b *Backend) Upload(t *tensor.Tensor) (backends.Buffer, error) {
	if err := t.Validate(); err != nil {
		return nil, fmt.Errorf("mesh: upload: %w", err)
	}
	c := t.Clone()
	parts := make([]*tensor.Tensor, b.mesh.Size())
	for i := range parts {
		parts[i] = c
	}
	return &Buffer{parts: parts, typ: c.Type(), axis: -1}, nil
}

// UploadShards gives device d parts[d] (one type for all): the blocks of a
// tensor split along axis (Split), which Download joins back.
func (b *Backend) UploadShards(axis int, parts []*tensor.Tensor) (backends.Buffer, error) {
	if len(parts) != b.mesh.Size() {
		return nil, fmt.Errorf("mesh: upload shards: %d parts for %d devices", len(parts), b.mesh.Size())
	}
	own := make([]*tensor.Tensor, len(parts))
	for i, p := range parts {
		if err := p.Validate(); err != nil {
			return nil, fmt.Errorf("mesh: upload shards: part %d: %w", i, err)
		}
		if !p.Type().Equal(parts[0].Type()) {
			return nil, fmt.Errorf("mesh: upload shards: part %d is %s, part 0 is %s", i, p.Type(), parts[0].Type())
		}
		own[i] = p.Clone()
	}
	return &Buffer{parts: own, typ: own[0].Type(), axis: axis}, nil
}

// Buffer is one tensor per device of the mesh.
type Buffer struct {
	mu    sync.Mutex
	parts []*tensor.Tensor
	typ   ir.Type
	axis  int // joined along on Download; -1: replicated
	freed bool
}

// Type is one device's dtype and shape.
func (b *Buffer) Type() ir.Type { return b.typ }

// Download returns device 0's part of a replicated buffer, or the parts
// joined along the sharded axis.
func (b *Buffer) Download() (*tensor.Tensor, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.freed {
		return nil, fmt.Errorf("mesh: download: %w", backends.ErrFreed)
	}
	if b.axis < 0 {
		return b.parts[0].Clone(), nil
	}
	return Join(b.axis, b.parts...)
}

// Free drops every device's part; it is idempotent.
func (b *Buffer) Free() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.parts, b.freed = nil, true
}

func (b *Buffer) live() ([]*tensor.Tensor, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.freed {
		return nil, backends.ErrFreed
	}
	return b.parts, nil
}

type executable struct {
	b    *Backend
	p    *interp.SPMDProgram
	axes []int
}

func (e *executable) Signature() backends.Signature { return e.p.Signature() }

// Run runs the program on every device with each argument's part for that
// device. Donated buffers are freed after a successful run.
func (e *executable) Run(args []backends.Buffer, opts backends.RunOptions) ([]backends.Buffer, error) {
	sig := e.p.Signature()
	if err := sig.CheckArgs(args); err != nil {
		return nil, fmt.Errorf("mesh: run %s: %w", e.p.Name(), err)
	}
	n := e.b.mesh.Size()
	per := make([][]*tensor.Tensor, n)
	for d := range per {
		per[d] = make([]*tensor.Tensor, len(args))
	}
	for i, a := range args {
		mb, ok := a.(*Buffer)
		if !ok {
			return nil, fmt.Errorf("mesh: run %s: argument %d (%s) is a %T, not a mesh buffer", e.p.Name(), i, sig.ParamNames[i], a)
		}
		parts, err := mb.live()
		if err != nil {
			return nil, fmt.Errorf("mesh: run %s: argument %d (%s): %w", e.p.Name(), i, sig.ParamNames[i], err)
		}
		if len(parts) != n {
			return nil, fmt.Errorf("mesh: run %s: argument %d (%s) has %d parts for %d devices", e.p.Name(), i, sig.ParamNames[i], len(parts), n)
		}
		for d := range per {
			per[d][i] = parts[d]
		}
	}
	for _, d := range opts.Donate {
		if d < 0 || d >= len(args) {
			return nil, fmt.Errorf("mesh: run %s: donated argument index %d out of range [0,%d)", e.p.Name(), d, len(args))
		}
	}
	outs, err := e.b.mesh.RunProgram(e.p, per)
	if err != nil {
		return nil, err
	}
	for _, d := range opts.Donate {
		args[d].Free()
	}
	res := make([]backends.Buffer, len(sig.Results))
	for i := range res {
		parts := make([]*tensor.Tensor, n)
		for d := range parts {
			parts[d] = outs[d][i]
		}
		res[i] = &Buffer{parts: parts, typ: parts[0].Type(), axis: e.axes[i]}
	}
	return res, nil
}
