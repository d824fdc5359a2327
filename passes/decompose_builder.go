package passes

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
)

// builder is a tiny op-by-op helper over an ir.Emitter for writing
// decompositions as straight-line code. Every method panics with a
// buildError when the emitter rejects a value (a bug in a decomposition or
// an operand type it does not handle); Decompose recovers it into an error.
type builder struct{ e *ir.Emitter }

type buildError struct{ err error }

func (b *builder) emit(op ir.Op, attrs any, args ...*ir.Value) *ir.Value {
	v, err := b.e.Emit(op, attrs, ir.Pos{}, args...)
	if err != nil {
		panic(buildError{err})
	}
	return v
}

func (b *builder) add(x, y *ir.Value) *ir.Value { return b.emit(ir.OpAdd, nil, x, y) }
func (b *builder) sub(x, y *ir.Value) *ir.Value { return b.emit(ir.OpSub, nil, x, y) }
func (b *builder) mul(x, y *ir.Value) *ir.Value { return b.emit(ir.OpMul, nil, x, y) }
func (b *builder) div(x, y *ir.Value) *ir.Value { return b.emit(ir.OpDiv, nil, x, y) }
func (b *builder) max(x, y *ir.Value) *ir.Value { return b.emit(ir.OpMax, nil, x, y) }
func (b *builder) and(x, y *ir.Value) *ir.Value { return b.emit(ir.OpAnd, nil, x, y) }
func (b *builder) or(x, y *ir.Value) *ir.Value  { return b.emit(ir.OpOr, nil, x, y) }
func (b *builder) xor(x, y *ir.Value) *ir.Value { return b.emit(ir.OpXor, nil, x, y) }

func (b *builder) unary(op ir.Op, x *ir.Value) *ir.Value { return b.emit(op, nil, x) }

func (b *builder) cmp(dir ir.CompareDir, x, y *ir.Value) *ir.Value {
	return b.emit(ir.OpCompare, &ir.CompareAttrs{Dir: dir}, x, y)
}

func (b *builder) sel(p, x, y *ir.Value) *ir.Value { return b.emit(ir.OpSelect, nil, p, x, y) }

// convert converts x to dt; it returns x itself when x already is dt.
func (b *builder) convert(x *ir.Value, dt ir.DType) *ir.Value {
	if x.Type.DType == dt {
		return x
	}
	return b.emit(ir.OpConvert, &ir.ConvertAttrs{To: dt}, x)
}

func (b *builder) reshape(x *ir.Value, shape ...int) *ir.Value {
	if x.Type.Shape.Equal(shape) {
		return x
	}
	return b.emit(ir.OpReshape, &ir.ReshapeAttrs{Shape: ir.Shape(shape).Clone()}, x)
}

func (b *builder) bcast(x *ir.Value, shape ir.Shape, dims ...int) *ir.Value {
	return b.emit(ir.OpBroadcastInDim, &ir.BroadcastAttrs{Shape: shape.Clone(), Dims: append([]int{}, dims...)}, x)
}

func (b *builder) reduce(kind ir.ReduceKind, x *ir.Value, axes ...int) *ir.Value {
	return b.emit(ir.OpReduce, &ir.ReduceAttrs{Kind: kind, Axes: append([]int{}, axes...)}, x)
}

// bcastBack broadcasts r, the result of reducing a value of shape full over
// axes (strictly increasing), back to full (keepdim-style).
func (b *builder) bcastBack(r *ir.Value, full ir.Shape, axes []int) *ir.Value {
	var dims []int
	j := 0
	for i := range full {
		if j < len(axes) && axes[j] == i {
			j++
			continue
		}
		dims = append(dims, i)
	}
	return b.bcast(r, full, dims...)
}

// scalar emits a rank-0 constant of dtype dt holding x (floats round to
// nearest even; integers take int64(x)).
func (b *builder) scalar(dt ir.DType, x float64) *ir.Value {
	data := make([]byte, dt.Size())
	if dt.IsFloat() {
		ir.PutElementFloat(dt, data, 0, x)
	} else {
		ir.PutElementInt(dt, data, 0, int64(x))
	}
	v, err := b.e.Constant(ir.T(dt), data, ir.Pos{})
	if err != nil {
		panic(buildError{err})
	}
	return v
}

// scalarInt emits a rank-0 integer constant holding x exactly.
func (b *builder) scalarInt(dt ir.DType, x int64) *ir.Value {
	data := make([]byte, dt.Size())
	ir.PutElementInt(dt, data, 0, x)
	v, err := b.e.Constant(ir.T(dt), data, ir.Pos{})
	if err != nil {
		panic(buildError{err})
	}
	return v
}

// full is x broadcast to type t (a scalar constant when t is rank 0).
func (b *builder) full(t ir.Type, x float64) *ir.Value {
	s := b.scalar(t.DType, x)
	if t.Shape.Rank() == 0 {
		return s
	}
	return b.bcast(s, t.Shape)
}

// fullInt is the integer x broadcast to type t.
func (b *builder) fullInt(t ir.Type, x int64) *ir.Value {
	s := b.scalarInt(t.DType, x)
	if t.Shape.Rank() == 0 {
		return s
	}
	return b.bcast(s, t.Shape)
}

// like is the scalar x broadcast to x0's type.
func (b *builder) like(x0 *ir.Value, x float64) *ir.Value { return b.full(x0.Type, x) }

func (b *builder) iota(t ir.Type, dim int) *ir.Value {
	v, err := b.e.Iota(t, dim, ir.Pos{})
	if err != nil {
		panic(buildError{err})
	}
	return v
}

func (b *builder) dot(x, y *ir.Value, lb, rb, lc, rc []int, out ir.DType) *ir.Value {
	return b.emit(ir.OpDotGeneral, &ir.DotAttrs{LhsBatch: lb, RhsBatch: rb, LhsContract: lc, RhsContract: rc, Out: out}, x, y)
}

// computeType is the dtype decompositions compute in: float32 for the
// half-precision types, the dtype itself otherwise.
func computeType(dt ir.DType) ir.DType {
	if dt == ir.Float16 || dt == ir.BFloat16 {
		return ir.Float32
	}
	return dt
}

// lowestFinite is the most negative finite value of a float dtype (HF's
// torch.finfo(dtype).min), used as the score of masked-out keys.
func lowestFinite(dt ir.DType) float64 {
	switch dt {
	case ir.Float16:
		return -65504
	case ir.BFloat16:
		return -3.3895313892515355e38
	case ir.Float32:
		return -math.MaxFloat32
	}
	return -math.MaxFloat64
}

func trailingAxes(rank, n int) []int {
	axes := make([]int, n)
	for i := range axes {
		axes[i] = rank - n + i
	}
	return axes
}
