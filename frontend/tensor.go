package frontend

import (
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/ir"
)

// Tensor is a symbolic tensor: one IR value of a Graph. Methods build new
// values; a Tensor never changes.
type Tensor struct {
	g *Graph
	v *ir.Value
}

// Value returns the underlying IR value.
func (t *Tensor) Value() *ir.Value { return t.v }

// Graph returns the graph t belongs to.
func (t *Tensor) Graph() *Graph { return t.g }

// Type returns the dtype and shape (a copy).
func (t *Tensor) Type() ir.Type { return ir.Type{DType: t.v.Type.DType, Shape: t.v.Type.Shape.Clone()} }

// DType returns the element type.
func (t *Tensor) DType() ir.DType { return t.v.Type.DType }

// Shape returns a copy of the shape.
func (t *Tensor) Shape() ir.Shape { return t.v.Type.Shape.Clone() }

// Rank returns the number of dimensions.
func (t *Tensor) Rank() int { return t.v.Type.Shape.Rank() }

// Dim returns the size of axis (negative counts from the end).
func (t *Tensor) Dim(axis int) int { return t.v.Type.Shape[t.axis("dim", axis)] }

// Named sets the value's optional name (shown in IR dumps) and returns t.
func (t *Tensor) Named(name string) *Tensor {
	if t.v.Op != ir.OpParameter {
		t.v.Name = name
	}
	return t
}

// String prints the value and its type ("%12:f32[2,3]").
func (t *Tensor) String() string { return fmt.Sprintf("%s:%s", t.v, t.v.Type) }

// axis normalises a possibly negative axis for t, panicking when it is out
// of range.
func (t *Tensor) axis(op string, a int) int {
	return t.g.normAxis(op, a, t.Rank(), t)
}

func (g *Graph) normAxis(op string, a, rank int, t *Tensor) int {
	if a < -rank || a >= rank {
		g.fail(op, "axis %d out of range for %s (rank %d)", a, t.v.Type, rank)
	}
	if a < 0 {
		a += rank
	}
	return a
}

// axes normalises a list of axes, rejecting duplicates; the result is
// sorted ascending. An empty list means every axis.
func (t *Tensor) axes(op string, as []int) []int {
	if len(as) == 0 {
		out := make([]int, t.Rank())
		for i := range out {
			out[i] = i
		}
		return out
	}
	seen := make([]bool, t.Rank())
	for _, a := range as {
		n := t.axis(op, a)
		if seen[n] {
			t.g.fail(op, "axis %d repeated in %v for %s", a, as, t.v.Type)
		}
		seen[n] = true
	}
	out := []int{}
	for i, s := range seen {
		if s {
			out = append(out, i)
		}
	}
	return out
}

func (g *Graph) unary(op ir.Op, t *Tensor) *Tensor { return g.emit(op, nil, t) }

// binary applies an elementwise binary op after numpy broadcasting.
func (g *Graph) binary(op ir.Op, a, b *Tensor) *Tensor {
	a, b = g.broadcastPair(op.String(), a, b)
	return g.emit(op, nil, a, b)
}

// BroadcastShapes returns the numpy broadcast of shapes (ranks aligned from
// the right; each pair of sizes equal or one of them 1), or an error.
func BroadcastShapes(shapes ...ir.Shape) (ir.Shape, error) {
	rank := 0
	for _, s := range shapes {
		rank = max(rank, s.Rank())
	}
	out := make(ir.Shape, rank)
	for i := range out {
		out[i] = 1
	}
	for _, s := range shapes {
		off := rank - s.Rank()
		for i, d := range s {
			switch o := out[off+i]; {
			case o == d || d == 1:
			case o == 1:
				out[off+i] = d
			default:
				return nil, fmt.Errorf("shapes %s do not broadcast (dim %d: %d vs %d)", shapeList(shapes), off+i-rank, o, d)
			}
		}
	}
	return out, nil
}

func shapeList(shapes []ir.Shape) string {
	s := ""
	for i, sh := range shapes {
		if i > 0 {
			s += " and "
		}
		s += sh.String()
	}
	return s
}

func (g *Graph) broadcastPair(op string, a, b *Tensor) (*Tensor, *Tensor) {
	if a == nil || b == nil {
		g.fail(op, "nil operand")
	}
	g.own(a, op)
	g.own(b, op)
	if a.DType() != b.DType() {
		g.fail(op, "operand dtypes differ: %s and %s (convert one with AsType)", a.v.Type, b.v.Type)
	}
	if a.v.Type.Shape.Equal(b.v.Type.Shape) {
		return a, b
	}
	s, err := BroadcastShapes(a.v.Type.Shape, b.v.Type.Shape)
	if err != nil {
		g.fail(op, "operands %s and %s: %v", a.v.Type, b.v.Type, err)
	}
	return a.BroadcastTo(s...), b.BroadcastTo(s...)
}

// BroadcastTo broadcasts t numpy-style to dims (t's dims align with the
// trailing dims; each is 1 or equal). It returns t itself when the shape
// already matches.
func (t *Tensor) BroadcastTo(dims ...int) *Tensor {
	in := t.v.Type.Shape
	if in.Equal(dims) {
		return t
	}
	off := len(dims) - len(in)
	if off < 0 {
		t.g.fail("broadcast_to", "cannot broadcast %s to lower rank %v", t.v.Type, dims)
	}
	bd := make([]int, len(in))
	for i, d := range in {
		if d != 1 && d != dims[off+i] {
			t.g.fail("broadcast_to", "cannot broadcast %s to %v", t.v.Type, dims)
		}
		bd[i] = off + i
	}
	return t.g.emit(ir.OpBroadcastInDim, &ir.BroadcastAttrs{Shape: ir.Shape(dims).Clone(), Dims: bd}, t)
}

// BroadcastInDim maps t's dim i to result dim dims[i] of shape (the IR op,
// for the cases numpy alignment does not express).
func (t *Tensor) BroadcastInDim(shape ir.Shape, dims ...int) *Tensor {
	return t.g.emit(ir.OpBroadcastInDim, &ir.BroadcastAttrs{Shape: shape.Clone(), Dims: append([]int(nil), dims...)}, t)
}

// Scalar returns a scalar constant of t's dtype, for mixing numbers into
// expressions: x.Mul(x.Scalar(0.5)). Integer dtypes need integral values.
func (t *Tensor) Scalar(v float64) *Tensor { return t.g.constScalar("scalar", t.DType(), v) }

// The scalar methods below follow PyTorch's rule for a Python number
// combined with a 16-bit float tensor: the arithmetic happens in float32
// and the result is rounded once. When c is exactly representable in t's
// dtype that is what a single op in t's dtype computes; otherwise they
// convert t to float32, apply c there and convert back, so that
// x.MulScalar(1/math.Sqrt(d)) in bfloat16 matches torch's x * d**-0.5.

// scalarOp applies op(t, c) (or op(c, t) if reversed) per that rule.
func (t *Tensor) scalarOp(c float64, reversed bool, op func(a, b *Tensor) *Tensor) *Tensor {
	x := t
	if dt := t.DType(); isHalf(dt) && !representable(dt, c) {
		x = t.AsType(ir.Float32)
	}
	k := x.Scalar(c)
	var r *Tensor
	if reversed {
		r = op(k, x)
	} else {
		r = op(x, k)
	}
	return r.AsType(t.DType())
}

// representable reports whether c survives rounding to dt.
func representable(dt ir.DType, c float64) bool {
	var b [8]byte
	ir.PutElementFloat(dt, b[:], 0, c)
	r := ir.ElementFloat(dt, b[:], 0)
	return r == c || (math.IsNaN(r) && math.IsNaN(c))
}

// AddScalar returns t + c.
func (t *Tensor) AddScalar(c float64) *Tensor { return t.scalarOp(c, false, (*Tensor).Add) }

// SubScalar returns t - c.
func (t *Tensor) SubScalar(c float64) *Tensor { return t.scalarOp(c, false, (*Tensor).Sub) }

// RSubScalar returns c - t.
func (t *Tensor) RSubScalar(c float64) *Tensor { return t.scalarOp(c, true, (*Tensor).Sub) }

// MulScalar returns t * c.
func (t *Tensor) MulScalar(c float64) *Tensor { return t.scalarOp(c, false, (*Tensor).Mul) }

// DivScalar returns t / c.
func (t *Tensor) DivScalar(c float64) *Tensor { return t.scalarOp(c, false, (*Tensor).Div) }

// RDivScalar returns c / t.
func (t *Tensor) RDivScalar(c float64) *Tensor { return t.scalarOp(c, true, (*Tensor).Div) }

// PowScalar returns t ^ c.
func (t *Tensor) PowScalar(c float64) *Tensor { return t.scalarOp(c, false, (*Tensor).Pow) }

// MaxScalar returns max(t, c) elementwise (torch.clamp(min=c)).
func (t *Tensor) MaxScalar(c float64) *Tensor { return t.scalarOp(c, false, (*Tensor).Max) }

// MinScalar returns min(t, c) elementwise (torch.clamp(max=c)).
func (t *Tensor) MinScalar(c float64) *Tensor { return t.scalarOp(c, false, (*Tensor).Min) }

// Clamp returns min(max(t, lo), hi).
func (t *Tensor) Clamp(lo, hi float64) *Tensor { return t.MaxScalar(lo).MinScalar(hi) }

// Square returns t * t.
func (t *Tensor) Square() *Tensor { return t.Mul(t) }

// Reciprocal returns 1 / t.
func (t *Tensor) Reciprocal() *Tensor { return t.RDivScalar(1) }

// Relu returns max(t, 0).
func (t *Tensor) Relu() *Tensor { return t.MaxScalar(0) }

func (g *Graph) compare(dir ir.CompareDir, a, b *Tensor) *Tensor {
	op := "compare " + dir.String()
	a, b = g.broadcastPair(op, a, b)
	return g.emit(ir.OpCompare, &ir.CompareAttrs{Dir: dir}, a, b)
}

// Eq returns the bool tensor t == o (broadcasting).
func (t *Tensor) Eq(o *Tensor) *Tensor { return t.g.compare(ir.EQ, t, o) }

// Ne returns t != o (true when either is NaN).
func (t *Tensor) Ne(o *Tensor) *Tensor { return t.g.compare(ir.NE, t, o) }

// Lt returns t < o.
func (t *Tensor) Lt(o *Tensor) *Tensor { return t.g.compare(ir.LT, t, o) }

// Le returns t <= o.
func (t *Tensor) Le(o *Tensor) *Tensor { return t.g.compare(ir.LE, t, o) }

// Gt returns t > o.
func (t *Tensor) Gt(o *Tensor) *Tensor { return t.g.compare(ir.GT, t, o) }

// Ge returns t >= o.
func (t *Tensor) Ge(o *Tensor) *Tensor { return t.g.compare(ir.GE, t, o) }

// Where returns cond ? a : b elementwise; the three broadcast together and
// cond must be bool.
func Where(cond, a, b *Tensor) *Tensor {
	if cond == nil || a == nil || b == nil {
		failNoGraph("where", "nil operand")
	}
	g := cond.g
	g.own(a, "where")
	g.own(b, "where")
	if cond.DType() != ir.Bool {
		g.fail("where", "condition is %s, want bool", cond.v.Type)
	}
	if a.DType() != b.DType() {
		g.fail("where", "value dtypes differ: %s and %s", a.v.Type, b.v.Type)
	}
	s, err := BroadcastShapes(cond.v.Type.Shape, a.v.Type.Shape, b.v.Type.Shape)
	if err != nil {
		g.fail("where", "operands %s, %s, %s: %v", cond.v.Type, a.v.Type, b.v.Type, err)
	}
	return g.emit(ir.OpSelect, nil, cond.BroadcastTo(s...), a.BroadcastTo(s...), b.BroadcastTo(s...))
}

// AsType converts t to dtype dt (floats round to nearest even, float->int
// truncates and saturates); it returns t itself when the dtype matches.
func (t *Tensor) AsType(dt ir.DType) *Tensor {
	if t.DType() == dt {
		return t
	}
	return t.g.emit(ir.OpConvert, &ir.ConvertAttrs{To: dt}, t)
}

// Convert is AsType.
func (t *Tensor) Convert(dt ir.DType) *Tensor { return t.AsType(dt) }

// Gelu applies GELU: exact (erf) or the tanh approximation.
func (t *Tensor) Gelu(approx ir.GeluApprox) *Tensor {
	return t.g.emit(ir.OpGelu, &ir.GeluAttrs{Approx: approx}, t)
}

// Softplus returns log(1 + e^t), as torch's Softplus(beta=1, threshold=20):
// t itself where t > 20.
func (t *Tensor) Softplus() *Tensor {
	return Where(t.Gt(t.Scalar(20)), t, t.Exp().Log1p())
}

// checkIntegral panics unless v fits dtype dt exactly.
func (g *Graph) checkScalar(op string, dt ir.DType, v float64) {
	switch {
	case dt == ir.Bool:
		if v != 0 && v != 1 {
			g.fail(op, "bool constant must be 0 or 1, got %v", v)
		}
	case dt.IsInt():
		lo, hi := intRange(dt)
		if v != math.Trunc(v) || v < lo || v > hi {
			g.fail(op, "%v is not representable as %s", v, dt)
		}
	case !dt.IsFloat():
		g.fail(op, "invalid dtype %s", dt)
	}
}

func intRange(dt ir.DType) (float64, float64) {
	bits := dt.Size() * 8
	if !dt.IsSigned() {
		return 0, math.Ldexp(1, bits) - 1
	}
	return -math.Ldexp(1, bits-1), math.Ldexp(1, bits-1) - 1
}
