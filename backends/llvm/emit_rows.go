package llvm

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/llir/llvm/ir/value"
)

// emitRowGroup writes a row group of the fusion plan (passes.Fuse) as one
// kernel over the rows (the outer shape, split across the pool): per row,
// each reduction is one sweep over the row whose result stays in a
// register (k.rowVals) for the members after it, and each output member
// is stored, the full-shaped ones by one more sweep. Members that are not
// stored are recomputed where they are read (elemAt), so the row's input
// comes from memory once and from cache for the later sweeps. Reductions
// accumulate exactly as emitReduce does, so results are bit-identical to
// the unfused kernels.
func (e *emitter) emitRowGroup(g *passes.RowGroup) error {
	k := e.newKernel()
	store := map[*ir.Value]bool{}
	for _, m := range g.Outputs {
		// Members the backend keeps as aliases of another buffer (a
		// widening convert read by a GEMM) are not written.
		if e.info[m].st == stSlot {
			store[m] = true
		}
	}
	rowShape := g.Full[len(g.Outer):]
	sweeps := int64(0)
	k.nest(g.Outer, func(oidx []value.Value) {
		k.rowVals = map[*ir.Value]value.Value{}
		for _, m := range g.Members {
			switch {
			case m.Op == ir.OpReduce:
				r := k.reduceAt(m, oidx)
				if m.Type.DType.IsFloat() {
					r = k.round(m.Type.DType, r)
				}
				k.rowVals[m] = r
				sweeps++
				if store[m] {
					k.store(m.Type.DType, k.basePtr(m), k.ravel(oidx, g.Outer), r)
				}
			case !store[m]:
			case m.Type.Shape.Equal(g.Outer):
				k.store(m.Type.DType, k.basePtr(m), k.ravel(oidx, g.Outer), k.exprAt(m, oidx))
			default:
				sweeps++
				k.fullNest(rowShape, func(ridx []value.Value) {
					idx := append(append([]value.Value{}, oidx...), ridx...)
					k.store(m.Type.DType, k.basePtr(m), k.ravel(idx, g.Full), k.exprAt(m, idx))
				})
			}
		}
		k.rowVals = nil
	})
	k.finish(outer(g.Outer), inner(g.Outer)*int64(rowShape.NumElements())*max(sweeps, 1), true)
	return nil
}
