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
	// inner, when set, runs each device's stages (staged.go); nil: interp
	// runs the whole program on each device.
	inner backends.Backend
	// resultAxis says, by result name, along which axis a sharded result
	// is joined on Download (ok false: replicated).
	resultAxis func(name string) (axis int, ok bool)
	// fault, when set, is asked before each device runs a program
	// (SetFault).
	fault func(device int) error
}

// SetFault installs a fault hook: before each device runs each program
// (each stage, on an inner backend), fault(device) is called, and an error
// fails that device's run, the other devices stopping with ErrPeerFailed,
// as when a real device is lost mid-step (return ErrDeviceLost, wrapped).
// For tests of what a run does after losing a device; nil removes it. Not
// safe to call while a program runs.
func (b *Backend) SetFault(fault func(device int) error) { b.fault = fault }

// NewBackend returns the backend running on m's devices; resultAxis (nil:
// every result is replicated) names the sharded results and their axis.
func NewBackend(m *Mesh, resultAxis func(name string) (axis int, ok bool)) *Backend {
	return &Backend{mesh: m, resultAxis: resultAxis}
}

// NewBackendOn is NewBackend with each device's computation compiled on
// inner, a backend that runs one device (llvm): programs are cut at their
// collectives into stages compiled on inner, and the collectives run on
// the host between them with interp's semantics. The interp backend
// (or nil) gives NewBackend's direct evaluation.
func NewBackendOn(m *Mesh, inner backends.Backend, resultAxis func(name string) (axis int, ok bool)) *Backend {
	if inner != nil && inner.Name() == "interp" {
		inner = nil
	}
	return &Backend{mesh: m, inner: inner, resultAxis: resultAxis}
}

// Mesh returns the mesh programs run on.
func (b *Backend) Mesh() *Mesh { return b.mesh }

// Name returns "mesh" (interp on each device) or "mesh-" and the inner
// backend's name.
func (b *Backend) Name() string {
	if b.inner != nil {
		return "mesh-" + b.inner.Name()
	}
	return "mesh"
}

// Available is the inner backend's (nil for interp).
func (b *Backend) Available() error {
	if b.inner != nil {
		return b.inner.Available()
	}
	return nil
}

// Capabilities are interp's: every op and dtype, the collectives included
// (an inner backend decomposes what it lacks in each stage).
func (b *Backend) Capabilities() backends.Capabilities { return interp.New().Capabilities() }

// Pipeline is empty, as interp's: each device runs exactly the function.
func (b *Backend) Pipeline() passes.Pipeline { return passes.Pipeline{Name: "mesh"} }

// Compile checks f and compiles it once for every run on the mesh.
func (b *Backend) Compile(f *ir.Func, opts backends.CompileOptions) (backends.Executable, error) {
	g, err := backends.RunPipeline(b.Pipeline(), f, opts)
	if err != nil {
		return nil, fmt.Errorf("mesh: compile: %w", err)
	}
	ex := &executable{b: b, axes: make([]int, len(g.Results))}
	if b.inner != nil {
		if ex.staged, err = compileStaged(g, b.inner, opts); err != nil {
			return nil, err
		}
	} else if ex.p, err = interp.CompileSPMD(g); err != nil {
		return nil, fmt.Errorf("mesh: compile: %w", err)
	}
	sig := backends.SignatureOf(g)
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
	// inner are the parts uploaded to a staged executable's inner
	// backend, one per device (shared by devices holding one tensor).
	inner []backends.Buffer
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

// Part returns device d's tensor (nil after Free); the caller must not
// modify it.
func (b *Buffer) Part(d int) *tensor.Tensor {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.freed || d < 0 || d >= len(b.parts) {
		return nil
	}
	return b.parts[d]
}

// Free drops every device's part; it is idempotent.
func (b *Buffer) Free() {
	b.mu.Lock()
	defer b.mu.Unlock()
	freed := map[backends.Buffer]bool{}
	for _, ib := range b.inner {
		if !freed[ib] {
			ib.Free()
			freed[ib] = true
		}
	}
	b.parts, b.inner, b.freed = nil, nil, true
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
	b      *Backend
	p      *interp.SPMDProgram // interp on each device
	staged *stagedProgram      // or stages on the inner backend
	axes   []int
}

func (e *executable) Signature() backends.Signature {
	if e.staged != nil {
		return e.staged.sig
	}
	return e.p.Signature()
}

func (e *executable) name() string {
	if e.staged != nil {
		return e.staged.name
	}
	return e.p.Name()
}

// Run runs the program on every device with each argument's part for that
// device. Donated buffers are freed after a successful run.
func (e *executable) Run(args []backends.Buffer, opts backends.RunOptions) ([]backends.Buffer, error) {
	sig := e.Signature()
	if err := sig.CheckArgs(args); err != nil {
		return nil, fmt.Errorf("mesh: run %s: %w", e.name(), err)
	}
	n := e.b.mesh.Size()
	per := make([][]*tensor.Tensor, n)
	for d := range per {
		per[d] = make([]*tensor.Tensor, len(args))
	}
	for i, a := range args {
		mb, ok := a.(*Buffer)
		if !ok {
			return nil, fmt.Errorf("mesh: run %s: argument %d (%s) is a %T, not a mesh buffer", e.name(), i, sig.ParamNames[i], a)
		}
		parts, err := mb.live()
		if err != nil {
			return nil, fmt.Errorf("mesh: run %s: argument %d (%s): %w", e.name(), i, sig.ParamNames[i], err)
		}
		if len(parts) != n {
			return nil, fmt.Errorf("mesh: run %s: argument %d (%s) has %d parts for %d devices", e.name(), i, sig.ParamNames[i], len(parts), n)
		}
		for d := range per {
			per[d][i] = parts[d]
		}
	}
	for _, d := range opts.Donate {
		if d < 0 || d >= len(args) {
			return nil, fmt.Errorf("mesh: run %s: donated argument index %d out of range [0,%d)", e.name(), d, len(args))
		}
	}
	var outs [][]*tensor.Tensor
	var err error
	if e.staged != nil {
		outs, err = e.runStaged(args)
	} else {
		outs, err = e.b.mesh.runProgram(e.p, per, e.b.fault)
	}
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

// runStaged runs the stages on the inner backend with each argument's
// per-device inner buffers (uploaded on first use and kept with the
// Buffer: weights are uploaded once).
func (e *executable) runStaged(args []backends.Buffer) ([][]*tensor.Tensor, error) {
	n := e.b.mesh.Size()
	per := make([][]backends.Buffer, n)
	for d := range per {
		per[d] = make([]backends.Buffer, len(args))
	}
	for i, a := range args {
		bufs, err := a.(*Buffer).innerBuffers(e.b.inner)
		if err != nil {
			return nil, fmt.Errorf("mesh: run %s: argument %d (%s): %w", e.name(), i, e.Signature().ParamNames[i], err)
		}
		for d := range per {
			per[d][i] = bufs[d]
		}
	}
	return e.staged.run(e.b.mesh, e.b.inner, per, e.b.fault)
}

// innerBuffers returns b's parts uploaded to inner, uploading them once.
func (b *Buffer) innerBuffers(inner backends.Backend) ([]backends.Buffer, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.freed {
		return nil, backends.ErrFreed
	}
	if b.inner == nil {
		up := map[*tensor.Tensor]backends.Buffer{} // a replicated tensor is uploaded once
		for _, p := range b.parts {
			if up[p] != nil {
				b.inner = append(b.inner, up[p])
				continue
			}
			ib, err := inner.Upload(p)
			if err != nil {
				for _, x := range up {
					x.Free()
				}
				b.inner = nil
				return nil, err
			}
			up[p] = ib
			b.inner = append(b.inner, ib)
		}
	}
	return b.inner, nil
}
