package passes

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
)

// simplifyRule rewrites one value; it returns nil to leave v alone.
// Rules only return values that are bit-identical to v for every input
// (NaN, infinities, signed zeros and integer wrap-around included).
type simplifyRule struct {
	name string
	op   ir.Op
	fn   func(e *ir.Emitter, v *ir.Value) (*ir.Value, error)
}

// simplifyRules is the rule table of Simplify; docs/passes.md lists it.
// Floats are treated exactly: x + 0.0 is not x (-0.0 + 0.0 = +0.0), so only
// x + (-0.0) and x - (+0.0) simplify; x * 0 is not 0 for floats (NaN * 0 =
// NaN, inf * 0 = NaN, -1 * 0 = -0) and simplifies for integers only.
var simplifyRules = []simplifyRule{
	{"add-zero", ir.OpAdd, func(_ *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// Integers: x+0 = x. Floats: only -0.0 is an additive identity.
		x, y := v.Args[0], v.Args[1]
		if isAddIdentity(y) {
			return x, nil
		}
		if isAddIdentity(x) {
			return y, nil
		}
		return nil, nil
	}},
	{"sub-zero", ir.OpSub, func(_ *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// x - 0 = x for integers; for floats x - (+0.0) = x (-0 - +0 = -0).
		if z, ok := splat(v.Args[1]); ok && isZero(z) && !z.negZero {
			return v.Args[0], nil
		}
		return nil, nil
	}},
	{"mul-one", ir.OpMul, func(_ *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// x*1 = x exactly, for integers and floats (NaN, inf, -0 included).
		if isOne(v.Args[1]) {
			return v.Args[0], nil
		}
		if isOne(v.Args[0]) {
			return v.Args[1], nil
		}
		return nil, nil
	}},
	{"mul-zero-int", ir.OpMul, func(_ *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// Integers only: x*0 = 0. Returns the zero operand itself.
		if !v.Type.DType.IsInt() {
			return nil, nil
		}
		for _, a := range v.Args {
			if z, ok := splat(a); ok && isZero(z) {
				return a, nil
			}
		}
		return nil, nil
	}},
	{"div-one", ir.OpDiv, func(_ *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// x/1 = x for integers (truncation is exact) and floats.
		if isOne(v.Args[1]) {
			return v.Args[0], nil
		}
		return nil, nil
	}},
	{"neg-neg", ir.OpNeg, func(_ *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// -(-x) = x; for integers -(-MinInt) wraps back to MinInt.
		if a := v.Args[0]; a.Op == ir.OpNeg {
			return a.Args[0], nil
		}
		return nil, nil
	}},
	{"not-not", ir.OpNot, func(_ *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// Logical and bitwise not are involutions.
		if a := v.Args[0]; a.Op == ir.OpNot {
			return a.Args[0], nil
		}
		return nil, nil
	}},
	{"convert-same", ir.OpConvert, func(_ *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// Converting to the operand's own dtype is the identity.
		if v.Args[0].Type.DType == v.Type.DType {
			return v.Args[0], nil
		}
		return nil, nil
	}},
	{"reshape-same", ir.OpReshape, func(_ *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// Reshape to the operand's own shape is the identity.
		if v.Args[0].Type.Shape.Equal(v.Type.Shape) {
			return v.Args[0], nil
		}
		return nil, nil
	}},
	{"reshape-reshape", ir.OpReshape, func(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// Row-major reshapes compose: only the final shape matters.
		a := v.Args[0]
		if a.Op != ir.OpReshape {
			return nil, nil
		}
		x := a.Args[0]
		if x.Type.Shape.Equal(v.Type.Shape) {
			return x, nil
		}
		return rename(e.Emit(ir.OpReshape, &ir.ReshapeAttrs{Shape: v.Type.Shape.Clone()}, v.Pos, x))(v)
	}},
	{"transpose-identity", ir.OpTranspose, func(_ *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// perm = 0,1,...,n-1 moves nothing.
		if isIdentityPerm(v.Attrs.(*ir.TransposeAttrs).Perm) {
			return v.Args[0], nil
		}
		return nil, nil
	}},
	{"transpose-transpose", ir.OpTranspose, func(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// transpose(transpose(x, p1), p2) = transpose(x, p) with
		// p[i] = p1[p2[i]]; the identity when p is.
		a := v.Args[0]
		if a.Op != ir.OpTranspose {
			return nil, nil
		}
		p1, p2 := a.Attrs.(*ir.TransposeAttrs).Perm, v.Attrs.(*ir.TransposeAttrs).Perm
		p := make([]int, len(p2))
		for i := range p2 {
			p[i] = p1[p2[i]]
		}
		if isIdentityPerm(p) {
			return a.Args[0], nil
		}
		return rename(e.Emit(ir.OpTranspose, &ir.TransposeAttrs{Perm: p}, v.Pos, a.Args[0]))(v)
	}},
	{"broadcast-identity", ir.OpBroadcastInDim, func(_ *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// Same shape and dims 0..n-1: nothing is broadcast.
		b := v.Attrs.(*ir.BroadcastAttrs)
		if v.Args[0].Type.Shape.Equal(b.Shape) && isIdentityPerm(b.Dims) {
			return v.Args[0], nil
		}
		return nil, nil
	}},
	{"broadcast-broadcast", ir.OpBroadcastInDim, func(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// bcast(bcast(x, s1, d1), s2, d2) = bcast(x, s2, d2[d1[i]]): x's
		// dim i lands in s1's dim d1[i], which lands in s2's dim d2[d1[i]].
		a := v.Args[0]
		if a.Op != ir.OpBroadcastInDim {
			return nil, nil
		}
		d1, b2 := a.Attrs.(*ir.BroadcastAttrs).Dims, v.Attrs.(*ir.BroadcastAttrs)
		dims := make([]int, len(d1))
		for i, d := range d1 {
			dims[i] = b2.Dims[d]
		}
		return rename(e.Emit(ir.OpBroadcastInDim, &ir.BroadcastAttrs{Shape: b2.Shape.Clone(), Dims: dims}, v.Pos, a.Args[0]))(v)
	}},
	{"slice-full", ir.OpSlice, func(_ *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// A slice that keeps every element in order is the identity
		// (stride > 1 over a dim of size <= 1 also keeps everything).
		if v.Args[0].Type.Shape.Equal(v.Type.Shape) && allZero(v.Attrs.(*ir.SliceAttrs).Start) {
			return v.Args[0], nil
		}
		return nil, nil
	}},
	{"select-same", ir.OpSelect, func(_ *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// p ? x : x = x.
		if v.Args[1] == v.Args[2] {
			return v.Args[1], nil
		}
		return nil, nil
	}},
	{"select-const", ir.OpSelect, func(_ *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// A predicate that is all true (all false) picks a (b).
		if p, ok := splat(v.Args[0]); ok {
			if p.i != 0 {
				return v.Args[1], nil
			}
			return v.Args[2], nil
		}
		return nil, nil
	}},
	{"concat-single", ir.OpConcat, func(_ *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// Concatenating one operand is the identity.
		if len(v.Args) == 1 {
			return v.Args[0], nil
		}
		return nil, nil
	}},
	{"pad-none", ir.OpPad, func(_ *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		// No low, high or interior padding is the identity.
		p := v.Attrs.(*ir.PadAttrs)
		if allZero(p.Low) && allZero(p.High) && allZero(p.Interior) {
			return v.Args[0], nil
		}
		return nil, nil
	}},
}

// Simplify applies the algebraic rules of simplifyRules in one forward sweep
// (operands are simplified before their users, so chains such as
// neg(neg(neg(x))) collapse). Each rule keeps results bit-identical. New
// values inherit the replaced value's position and name. Remat's barriers
// and their users are left as they are (touchesBarrier).
func Simplify(f *ir.Func) error {
	byOp := map[ir.Op][]simplifyRule{}
	for _, r := range simplifyRules {
		byOp[r.op] = append(byOp[r.op], r)
	}
	return f.Rewrite(func(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		if touchesBarrier(v) {
			return nil, nil
		}
		for _, r := range byOp[v.Op] {
			nv, err := r.fn(e, v)
			if err != nil {
				return nil, err
			}
			if nv != nil {
				return nv, nil
			}
		}
		return nil, nil
	})
}

// touchesBarrier reports whether v is one of Remat's barriers or reads
// one: Simplify leaves those alone, since the identity rules would remove
// the barrier and the rules that look through an operand (reshape of a
// reshape) would read around it, both handing CSE a recomputation to
// merge back into the forward.
func touchesBarrier(v *ir.Value) bool {
	if IsRematBarrier(v) {
		return true
	}
	for _, a := range v.Args {
		if IsRematBarrier(a) {
			return true
		}
	}
	return false
}

// rename copies v's name onto a freshly emitted replacement.
func rename(nv *ir.Value, err error) func(v *ir.Value) (*ir.Value, error) {
	return func(v *ir.Value) (*ir.Value, error) {
		if err != nil {
			return nil, err
		}
		nv.Name = v.Name
		return nv, nil
	}
}

// scalar is the single element repeated in a splat value.
type scalar struct {
	dt      ir.DType
	i       int64   // integer or bool value (floats: unused)
	f       float64 // float value (integers: unused)
	negZero bool    // float -0.0
}

// splat reports the element of v when v is a constant whose elements are
// all bit-identical, or a broadcast of such a constant. Empty tensors are
// not splats (there is no element to report).
func splat(v *ir.Value) (scalar, bool) {
	for v.Op == ir.OpBroadcastInDim || v.Op == ir.OpReshape {
		v = v.Args[0]
	}
	if v.Op != ir.OpConstant {
		return scalar{}, false
	}
	data := v.Attrs.(*ir.ConstantAttrs).Data
	sz := v.Type.DType.Size()
	if len(data) < sz || sz == 0 {
		return scalar{}, false
	}
	for off := sz; off < len(data); off += sz {
		for k := 0; k < sz; k++ {
			if data[off+k] != data[k] {
				return scalar{}, false
			}
		}
	}
	s := scalar{dt: v.Type.DType}
	if s.dt.IsFloat() {
		s.f = ir.ElementFloat(s.dt, data, 0)
		s.negZero = s.f == 0 && math.Signbit(s.f)
	} else {
		s.i = ir.ElementInt(s.dt, data, 0)
	}
	return s, true
}

func isZero(s scalar) bool {
	if s.dt.IsFloat() {
		return s.f == 0
	}
	return s.i == 0
}

// isAddIdentity: integer 0, or float -0.0 (the only float z with x+z = x
// for every x, since -0.0 + +0.0 = +0.0).
func isAddIdentity(v *ir.Value) bool {
	s, ok := splat(v)
	if !ok || !isZero(s) {
		return false
	}
	return !s.dt.IsFloat() || s.negZero
}

func isOne(v *ir.Value) bool {
	s, ok := splat(v)
	if !ok {
		return false
	}
	if s.dt.IsFloat() {
		return s.f == 1
	}
	return s.i == 1
}

func isIdentityPerm(p []int) bool {
	for i, d := range p {
		if d != i {
			return false
		}
	}
	return true
}

func allZero(xs []int) bool {
	for _, x := range xs {
		if x != 0 {
			return false
		}
	}
	return true
}
