package xla

import (
	"fmt"
	"sync"

	"github.com/gomlx/go-xla/pkg/pjrt"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// buffer is a PJRT device buffer.
type buffer struct {
	b   *Backend
	typ ir.Type

	mu    sync.Mutex
	pb    *pjrt.Buffer
	freed bool
}

func newBuffer(b *Backend, pb *pjrt.Buffer, t ir.Type) *buffer {
	return &buffer{b: b, pb: pb, typ: ir.Type{DType: t.DType, Shape: t.Shape.Clone()}}
}

// Type returns the dtype and shape (valid after Free too).
func (x *buffer) Type() ir.Type { return x.typ }

// Download copies the buffer to a new host tensor; ErrFreed after Free or
// donation.
func (x *buffer) Download() (*tensor.Tensor, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.freed {
		return nil, fmt.Errorf("xla: download: %w", backends.ErrFreed)
	}
	t, err := tensor.New(x.typ.DType, x.typ.Shape)
	if err != nil {
		return nil, fmt.Errorf("xla: download: %w", err)
	}
	if len(t.Data) == 0 {
		return t, nil
	}
	if err := x.pb.ToHost(t.Data); err != nil {
		return nil, fmt.Errorf("xla: download %s: %w", x.typ, err)
	}
	return t, nil
}

// Free releases the device memory; it is idempotent.
func (x *buffer) Free() {
	x.mu.Lock()
	defer x.mu.Unlock()
	if !x.freed {
		x.freed = true
		if x.pb != nil {
			_ = x.pb.Destroy()
			x.pb = nil
		}
	}
}

// live returns the PJRT buffer or ErrFreed.
func (x *buffer) live() (*pjrt.Buffer, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.freed {
		return nil, backends.ErrFreed
	}
	return x.pb, nil
}

// invalidate marks a donated buffer as consumed: PJRT owns its memory now.
func (x *buffer) invalidate() {
	x.mu.Lock()
	defer x.mu.Unlock()
	if !x.freed {
		x.freed = true
		if x.pb != nil {
			_ = x.pb.Destroy() // releases the handle; the memory lives on in the result
			x.pb = nil
		}
	}
}

// executable is a compiled program; several may share one PJRT
// executable (the cache).
type executable struct {
	b    *Backend
	le   *pjrt.LoadedExecutable
	mod  *Module
	name string
}

// Signature returns the parameter and result types.
func (e *executable) Signature() backends.Signature { return e.mod.Signature }

// StableHLO returns the module text the executable was compiled from.
func (e *executable) StableHLO() string { return e.mod.Text }

// Run executes on the device. Donated arguments that the program aliases
// to a result (a KV cache updated with dynamic_update_slice) are updated
// in place; every donated argument is invalid afterwards.
func (e *executable) Run(args []backends.Buffer, opts backends.RunOptions) ([]backends.Buffer, error) {
	sig := e.mod.Signature
	if err := sig.CheckArgs(args); err != nil {
		return nil, fmt.Errorf("xla: run %s: %w", e.name, err)
	}
	donated := map[int]bool{}
	for _, d := range opts.Donate {
		if d < 0 || d >= len(args) {
			return nil, fmt.Errorf("xla: run %s: donated argument index %d out of range [0,%d)", e.name, d, len(args))
		}
		donated[d] = true
	}
	ins := make([]*pjrt.Buffer, len(args))
	bufs := make([]*buffer, len(args))
	uses := map[*buffer]int{}
	for i, a := range args {
		x, ok := a.(*buffer)
		if !ok || x.b != e.b {
			return nil, fmt.Errorf("xla: run %s: argument %d (%s) is a %T, not a buffer of this xla backend", e.name, i, sig.ParamNames[i], a)
		}
		pb, err := x.live()
		if err != nil {
			return nil, fmt.Errorf("xla: run %s: argument %d (%s): %w", e.name, i, sig.ParamNames[i], err)
		}
		ins[i], bufs[i] = pb, x
		uses[x]++
	}
	var pjrtDonate []int
	for i := range args {
		if _, aliased := e.mod.Aliases[i]; aliased && donated[i] && uses[bufs[i]] == 1 {
			pjrtDonate = append(pjrtDonate, i)
		}
	}
	outs, err := e.le.Execute(ins...).Donate(pjrtDonate...).Done()
	if err != nil {
		return nil, fmt.Errorf("xla: run %s: %w", e.name, err)
	}
	if len(outs) != len(sig.Results) {
		for _, o := range outs {
			_ = o.Destroy()
		}
		return nil, fmt.Errorf("xla: run %s: PJRT returned %d results, want %d", e.name, len(outs), len(sig.Results))
	}
	for _, i := range pjrtDonate {
		bufs[i].invalidate()
	}
	for i := range donated {
		bufs[i].Free()
	}
	res := make([]backends.Buffer, len(outs))
	for i, o := range outs {
		res[i] = newBuffer(e.b, o, sig.Results[i])
	}
	return res, nil
}
