package xla

import (
	"fmt"

	"github.com/gomlx/go-xla/pkg/stablehlo"
	"github.com/gomlx/go-xla/pkg/types/dtypes"
	"github.com/gomlx/go-xla/pkg/types/shapes"
	"github.com/kiln-ml/kiln/ir"
)

// Gradient checkpointing (passes.Remat) recomputes a block's activations
// in the backward from copies of the forward's ops that read the block's
// input through a barrier: an identity reshape kiln's CSE and Simplify
// leave alone. XLA's own CSE and algebraic simplifier would see through a
// reshape and merge the copies back into the forward, undoing the
// recomputation, so the xla backend lowers each barrier to
// stablehlo.optimization_barrier, which XLA does not look through (as
// JAX's remat does). go-xla's builder has no optimization_barrier: the
// barrier is emitted as a placeholder iota that spliceCalls replaces. A
// boolean barrier (a mask; iota has no i1 form) stays a reshape: cheap to
// keep either way.

// barrierDType reports whether a value of dtype d can pass through a
// barrier placeholder (a scalar, which iota cannot stand for either, stays
// a reshape too: see rematBarrier).
func barrierDType(d ir.DType) bool { return d != ir.Bool }

// rematBarrier returns x (of type t) through an optimization_barrier.
func (l *lowerer) rematBarrier(x *stablehlo.Value, t ir.Type) (*stablehlo.Value, error) {
	xdt, err := dtypeOf(t.DType)
	if err != nil {
		return nil, err
	}
	if t.Shape.Rank() == 0 {
		return stablehlo.Reshape(x, shapes.Make(xdt))
	}
	ty := mlirType(x.Shape())
	p, err := l.fn.Iota(shapes.Make(xdt, t.Shape...), 0)
	if err != nil {
		return nil, err
	}
	l.barriers[p.String()] = fmt.Sprintf(`%s = "stablehlo.optimization_barrier"(%s) : (%s) -> %s`, p.String(), x.String(), ty, ty)
	return p, nil
}

// mlirType is the MLIR type of a go-xla shape (tensor<2x3xf32>).
func mlirType(s shapes.Shape) string {
	var sb []byte
	sb = append(sb, "tensor<"...)
	for _, d := range s.Dimensions {
		sb = fmt.Appendf(sb, "%dx", d)
	}
	sb = append(sb, mlirElemType(s.DType)...)
	sb = append(sb, '>')
	return string(sb)
}

// mlirElemType is the MLIR element type of a go-xla dtype.
func mlirElemType(d dtypes.DType) string {
	switch d {
	case dtypes.Float64:
		return "f64"
	case dtypes.Float32:
		return "f32"
	case dtypes.BFloat16:
		return "bf16"
	case dtypes.Float16:
		return "f16"
	case dtypes.Int64:
		return "i64"
	case dtypes.Int32:
		return "i32"
	case dtypes.Int16:
		return "i16"
	case dtypes.Int8:
		return "i8"
	case dtypes.Uint64:
		return "ui64"
	case dtypes.Uint32:
		return "ui32"
	case dtypes.Uint16:
		return "ui16"
	case dtypes.Uint8:
		return "ui8"
	case dtypes.Bool:
		return "i1"
	}
	panic(fmt.Sprintf("xla: no MLIR element type for %s", d))
}
