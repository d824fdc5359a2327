package frontend

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
)

// Constants are baked into the program; weights never are (they are
// parameters). Values are checked against the dtype: integer and bool
// constants must be representable exactly, floats round to nearest even.

// ConstScalar returns a scalar constant v of dtype dt.
func (g *Graph) ConstScalar(dt ir.DType, v float64) *Tensor { return g.constScalar("const", dt, v) }

func (g *Graph) constScalar(op string, dt ir.DType, v float64) *Tensor {
	return g.ConstFloats(dt, nil, []float64{v})
}

// ConstScalarInt returns a scalar integer (or bool, 0/1) constant; use it
// for int64 values beyond 2^53.
func (g *Graph) ConstScalarInt(dt ir.DType, v int64) *Tensor { return g.ConstInts(dt, nil, []int64{v}) }

// ConstFloats returns a constant of shape dims holding vals (row-major).
// dt may be any dtype; for integers and bools the values must be exact.
func (g *Graph) ConstFloats(dt ir.DType, dims []int, vals []float64) *Tensor {
	t := g.constType("const", dt, dims, len(vals))
	data := make([]byte, t.Bytes())
	for i, v := range vals {
		if !dt.IsFloat() {
			g.checkScalar("const", dt, v)
		}
		ir.PutElementFloat(dt, data, i, v)
	}
	return g.ConstData(t, data)
}

// ConstInts returns an integer-valued constant of shape dims; values must
// fit dt (floats accept any integer, rounding beyond their precision).
func (g *Graph) ConstInts(dt ir.DType, dims []int, vals []int64) *Tensor {
	t := g.constType("const", dt, dims, len(vals))
	data := make([]byte, t.Bytes())
	for i, v := range vals {
		if dt.IsInt() && dt != ir.Int64 || dt == ir.Bool {
			g.checkScalar("const", dt, float64(v))
		}
		ir.PutElementInt(dt, data, i, v)
	}
	return g.ConstData(t, data)
}

// ConstBools returns a bool constant of shape dims.
func (g *Graph) ConstBools(dims []int, vals []bool) *Tensor {
	t := g.constType("const", ir.Bool, dims, len(vals))
	data := make([]byte, len(vals))
	for i, v := range vals {
		if v {
			data[i] = 1
		}
	}
	return g.ConstData(t, data)
}

// ConstData returns a constant of type t from little-endian row-major bytes.
func (g *Graph) ConstData(t ir.Type, data []byte) *Tensor {
	if !t.DType.Valid() {
		g.fail("const", "invalid dtype %s", t.DType)
	}
	v, err := g.sink.Constant(ir.Type{DType: t.DType, Shape: t.Shape.Clone()}, append([]byte(nil), data...), g.pos())
	if err != nil {
		g.fail("const", "%v", err)
	}
	return &Tensor{g: g, v: v}
}

func (g *Graph) constType(op string, dt ir.DType, dims []int, n int) ir.Type {
	if !dt.Valid() {
		g.fail(op, "invalid dtype %s", dt)
	}
	for _, d := range dims {
		if d < 0 {
			g.fail(op, "negative dimension in %v", dims)
		}
	}
	t := ir.Type{DType: dt, Shape: ir.Shape(dims).Clone()}
	if t.Shape.NumElements() != n {
		g.fail(op, "%d values for shape %s (%d elements)", n, t.Shape, t.Shape.NumElements())
	}
	return t
}

// Full returns a tensor of shape dims filled with v (a scalar constant
// broadcast, so large fills cost nothing).
func (g *Graph) Full(dt ir.DType, v float64, dims ...int) *Tensor {
	return g.ConstScalar(dt, v).BroadcastTo(dims...)
}

// FullLike returns a tensor of t's dtype and shape filled with v
// (torch.full_like): a scalar constant broadcast, emitted before whatever
// it is combined with. Integer and bool dtypes need v exact.
func (t *Tensor) FullLike(v float64) *Tensor {
	return t.g.Full(t.DType(), v, t.v.Type.Shape...)
}

// Zeros returns Full(dt, 0, dims...).
func (g *Graph) Zeros(dt ir.DType, dims ...int) *Tensor { return g.Full(dt, 0, dims...) }

// Ones returns Full(dt, 1, dims...).
func (g *Graph) Ones(dt ir.DType, dims ...int) *Tensor { return g.Full(dt, 1, dims...) }

// NegInf returns -inf (or the lowest finite value for integer dtypes) as a
// scalar of dt, the fill value of additive masks.
func (g *Graph) NegInf(dt ir.DType) *Tensor {
	if dt.IsFloat() {
		return g.ConstScalar(dt, math.Inf(-1))
	}
	lo, _ := intRange(dt)
	return g.ConstScalar(dt, lo)
}

// Iota returns a tensor of shape dims whose elements equal their index
// along axis (negative counts from the end), in dtype dt.
func (g *Graph) Iota(dt ir.DType, axis int, dims ...int) *Tensor {
	if !dt.Valid() || dt == ir.Bool {
		g.fail("iota", "invalid dtype %s", dt)
	}
	rank := len(dims)
	if axis < -rank || axis >= rank {
		g.fail("iota", "axis %d out of range for shape %v", axis, dims)
	}
	if axis < 0 {
		axis += rank
	}
	for _, d := range dims {
		if d < 0 {
			g.fail("iota", "negative dimension in %v", dims)
		}
	}
	v, err := g.sink.Iota(ir.Type{DType: dt, Shape: ir.Shape(dims).Clone()}, axis, g.pos())
	if err != nil {
		g.fail("iota", "%v", err)
	}
	return &Tensor{g: g, v: v}
}

// Arange returns [0, 1, ..., n-1] in dtype dt.
func (g *Graph) Arange(dt ir.DType, n int) *Tensor { return g.Iota(dt, 0, n) }
