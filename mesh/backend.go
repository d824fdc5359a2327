package mesh

import (
	"fmt"
	"slices"
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
	// procs, when set, spreads the devices over processes (SetProcesses).
	procs *ProcessGroup
}

// SetProcesses makes b one process's part of a mesh run by several
// processes (JoinProcesses; g's mesh must have b's axes and sizes): each
// process runs its own devices' stages only (the program is staged, on
// interp when b has no inner backend), the collectives between stages go
// through g (gathered on process 0, computed with the one-process mesh's
// host code, so results are bit-identical to it), and Download and
// Buffer.Parts gather parts held on other processes. A buffer from
// UploadShards or a program keeps only this process's devices' parts.
// Every process must make the same calls in the same order (they run one
// program on the same inputs); a failure on any process fails the current
// call on all of them, naming the process. Call it before running
// programs; nil goes back to one process.
func (b *Backend) SetProcesses(g *ProcessGroup) error {
	if g != nil && (!slices.Equal(g.Mesh().Axes(), b.mesh.Axes()) || !slices.Equal(g.Mesh().Shape(), b.mesh.Shape())) {
		return fmt.Errorf("mesh: the process group runs a mesh %v %v, the backend %v %v", g.Mesh().Axes(), g.Mesh().Shape(), b.mesh.Axes(), b.mesh.Shape())
	}
	b.procs = g
	return nil
}

// Processes returns the process group set by SetProcesses (nil: one
// process).
func (b *Backend) Processes() *ProcessGroup { return b.procs }

// stagingInner is the backend each device's stages compile on: inner, or
// interp when several processes share the mesh (stages are what a
// process runs between two exchanges).
func (b *Backend) stagingInner() backends.Backend {
	if b.inner == nil && b.procs != nil {
		return interp.New()
	}
	return b.inner
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
	ex := &executable{b: b, axes: make([]int, len(g.Results)), f: g, opts: opts}
	if inner := b.stagingInner(); inner != nil {
		if ex.staged, err = compileStaged(g, inner, opts); err != nil {
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
		if b.procs == nil || b.procs.Local(i) {
			own[i] = p.Clone()
		}
	}
	return &Buffer{parts: own, typ: parts[0].Type(), axis: axis, procs: b.procs, name: "an uploaded shard"}, nil
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
	// procs, when set, means parts holds this process's devices' parts
	// only (nil elsewhere): Download and Parts gather through it.
	procs *ProcessGroup
	name  string // what the buffer is, for the labels of its gathers
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
	parts := b.parts
	if b.procs != nil {
		var err error
		if parts, err = b.gatherLocked(b.axis < 0); err != nil {
			return nil, err
		}
	}
	if b.axis < 0 {
		return parts[0].Clone(), nil
	}
	return Join(b.axis, parts...)
}

// Parts returns every device's tensor, gathered from the other processes
// when several share the mesh (every process must call it then); the
// caller must not modify them.
func (b *Buffer) Parts() ([]*tensor.Tensor, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.freed {
		return nil, fmt.Errorf("mesh: parts: %w", backends.ErrFreed)
	}
	if b.procs == nil {
		return slices.Clone(b.parts), nil
	}
	return b.gatherLocked(false)
}

// gatherLocked collects the parts of every device (device 0's only, when
// first) from the processes holding them.
func (b *Buffer) gatherLocked(first bool) ([]*tensor.Tensor, error) {
	from := func(d int) bool { return !first || d == 0 }
	local := make([]*tensor.Tensor, len(b.parts))
	for d, p := range b.parts {
		if p != nil && from(d) {
			local[d] = p
		}
	}
	out, err := b.procs.exchange(exchangeSpec{
		label:   "download of " + b.name,
		in:      []ir.Type{b.typ},
		out:     []ir.Type{b.typ},
		local:   [][]*tensor.Tensor{local},
		from:    from,
		compute: func(all [][]*tensor.Tensor) ([][]*tensor.Tensor, error) { return all, nil },
		toAll:   true,
	})
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// Part returns device d's tensor (nil after Free, or when the device lives
// on another process); the caller must not modify it.
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
		if ib != nil && !freed[ib] { // nil: a device of another process
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
	f      *ir.Func // after the pipeline
	opts   backends.CompileOptions
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
	if e.b.procs != nil && e.staged == nil {
		// Compiled before SetProcesses: stage it now, on interp.
		if e.staged, err = compileStaged(e.f, e.b.stagingInner(), e.opts); err != nil {
			return nil, err
		}
	}
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
		res[i] = &Buffer{parts: parts, typ: sig.Results[i], axis: e.axes[i], procs: e.b.procs,
			name: fmt.Sprintf("result %d (%s) of %s", i, sig.ResultNames[i], e.name())}
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
		bufs, err := a.(*Buffer).innerBuffers(e.b.stagingInner(), e.b.procs)
		if err != nil {
			return nil, fmt.Errorf("mesh: run %s: argument %d (%s): %w", e.name(), i, e.Signature().ParamNames[i], err)
		}
		for d := range per {
			per[d][i] = bufs[d]
		}
	}
	return e.staged.run(e.b.mesh, e.b.stagingInner(), per, e.b.fault, e.b.procs)
}

// innerBuffers returns b's parts uploaded to inner, uploading them once.
// With procs, only this process's devices' parts are uploaded (nil
// elsewhere).
func (b *Buffer) innerBuffers(inner backends.Backend, procs *ProcessGroup) ([]backends.Buffer, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.freed {
		return nil, backends.ErrFreed
	}
	if b.inner == nil {
		up := map[*tensor.Tensor]backends.Buffer{} // a replicated tensor is uploaded once
		for d, p := range b.parts {
			if procs != nil && !procs.Local(d) {
				b.inner = append(b.inner, nil)
				continue
			}
			if p == nil {
				for _, x := range up {
					x.Free()
				}
				b.inner = nil
				return nil, fmt.Errorf("device %d holds no part of %s", d, b.name)
			}
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
