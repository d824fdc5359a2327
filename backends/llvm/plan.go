package llvm

import (
	"fmt"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// WorkspacePlan is the workspace Compile would give a function, found
// without building it.
type WorkspacePlan struct {
	// Func is the function after the backend's pipeline (what the buffer
	// plan's positions and values refer to).
	Func *ir.Func
	// Buffers is the buffer plan laid out with every kernel's scratch
	// and the GEMM packing buffers sized: the plan the generated code uses.
	Buffers *passes.BufferPlan
	// Bytes is the workspace size: Buffers.WorkspaceBytes, the figure
	// Stats reports as WSBytes for the compiled executable.
	Bytes int
}

// PlanWorkspace runs f through everything Compile does before building
// the library — the pipeline, the fusion plan, the buffer plan and the
// generation of the module's LLVM IR (which sizes the kernels' scratch) —
// and returns the resulting workspace plan. It runs no opt or llc, so it
// costs a fraction of a compile: a diagnostic for what a program keeps
// live (passes.BufferPlan.PeakLive), and for tests of the planner on
// whole training steps.
func (b *Backend) PlanWorkspace(f *ir.Func, opts backends.CompileOptions) (*WorkspacePlan, error) {
	o, t, err := b.setup()
	if err != nil {
		return nil, err
	}
	g, m, err := lower(f, opts, o, t.triple, false)
	if err != nil {
		return nil, err
	}
	if m.bp == nil {
		return nil, fmt.Errorf("llvm: plan workspace of %s: no buffer plan", f.Name)
	}
	return &WorkspacePlan{Func: g, Buffers: m.bp, Bytes: m.wsBytes}, nil
}
