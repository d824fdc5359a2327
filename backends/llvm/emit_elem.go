package llvm

import (
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// inlineOps can be computed element by element inside a consumer.
func inlineOp(op ir.Op) bool {
	if op.Has(ir.FlagElementwise) {
		return true
	}
	switch op {
	case ir.OpBroadcastInDim, ir.OpTranspose, ir.OpReshape, ir.OpSlice, ir.OpIota, ir.OpConstant:
		return true
	}
	return false
}

// elemAt is the element of v at idx, in v's compute type (rounded to v's
// dtype).
func (k *kernel) elemAt(v *ir.Value, idx []value.Value) value.Value {
	if r, ok := k.rowVals[v]; ok {
		return r // a row group's reduction: idx is the current row
	}
	in := k.e.info[v]
	switch in.st {
	case stSplat:
		return in.splat
	case stSlot, stGlobal, stAlias:
		return k.loadFlat(v, k.ravel(idx, v.Type.Shape))
	}
	x := k.exprAt(v, idx)
	if v.Type.DType.IsFloat() {
		x = k.round(v.Type.DType, x)
	}
	return x
}

// elemAtFlat is elemAt with a row-major flat index.
func (k *kernel) elemAtFlat(v *ir.Value, flat value.Value) value.Value {
	if r, ok := k.rowVals[v]; ok {
		return r
	}
	switch k.e.info[v].st {
	case stSlot, stGlobal, stAlias:
		return k.loadFlat(v, flat)
	}
	return k.elemAt(v, k.unravel(flat, v.Type.Shape))
}

// exprAt computes element idx of an inline-able op from its operands,
// unrounded (compute type).
func (k *kernel) exprAt(v *ir.Value, idx []value.Value) value.Value {
	d := v.Type.DType
	switch v.Op {
	case ir.OpConstant:
		data := v.Attrs.(*ir.ConstantAttrs).Data
		return constElem(d, data) // only splats are inlined
	case ir.OpIota:
		return k.fromI64(idx[v.Attrs.(*ir.IotaAttrs).Dim], d)
	case ir.OpBroadcastInDim:
		a := v.Args[0]
		dims := v.Attrs.(*ir.BroadcastAttrs).Dims
		ai := make([]value.Value, len(dims))
		for i, dd := range dims {
			if a.Type.Shape[i] == 1 {
				ai[i] = ci64(0)
			} else {
				ai[i] = idx[dd]
			}
		}
		return k.elemAt(a, ai)
	case ir.OpTranspose:
		a := v.Args[0]
		perm := v.Attrs.(*ir.TransposeAttrs).Perm
		ai := make([]value.Value, len(perm))
		for i, p := range perm {
			ai[p] = idx[i]
		}
		return k.elemAt(a, ai)
	case ir.OpReshape:
		return k.elemAtFlat(v.Args[0], k.ravel(idx, v.Type.Shape))
	case ir.OpSlice:
		a := v.Attrs.(*ir.SliceAttrs)
		ai := make([]value.Value, len(idx))
		for i := range idx {
			x := idx[i]
			if a.Stride[i] != 1 {
				x = k.b.NewMul(x, ci64(int64(a.Stride[i])))
			}
			if a.Start[i] != 0 {
				x = k.b.NewAdd(x, ci64(int64(a.Start[i])))
			}
			ai[i] = x
		}
		return k.elemAt(v.Args[0], ai)
	case ir.OpSelect:
		p := k.elemAt(v.Args[0], idx)
		return k.sel(p, k.elemAt(v.Args[1], idx), k.elemAt(v.Args[2], idx))
	case ir.OpConvert:
		a := v.Args[0]
		return k.convert(k.elemAt(a, idx), a.Type.DType, d)
	case ir.OpCompare:
		a := v.Args[0]
		return k.compare(v.Attrs.(*ir.CompareAttrs).Dir, a.Type.DType, k.elemAt(a, idx), k.elemAt(v.Args[1], idx))
	}
	if v.Op.Has(ir.FlagElementwise) {
		a := v.Args[0]
		x := k.elemAt(a, idx)
		if len(v.Args) == 1 {
			return k.unary(v.Op, a.Type.DType, x)
		}
		return k.binary(v.Op, a.Type.DType, x, k.elemAt(v.Args[1], idx))
	}
	panic(fmt.Sprintf("llvm: op %s cannot be computed elementwise", v.Op))
}

// fsuffix is the LLVM intrinsic type suffix of a float compute type.
func fsuffix(t types.Type) string {
	if t.Equal(f64t) {
		return "f64"
	}
	return "f32"
}

// fcall calls the float intrinsic llvm.<name>.<suffix>, or, when libm is
// set, the C library function (name + "f" for float).
func (k *kernel) fcall(name string, libm bool, args ...value.Value) value.Value {
	t := args[0].Type()
	fn := "llvm." + name + "." + fsuffix(t)
	if libm {
		fn = name
		if t.Equal(f32t) {
			fn += "f"
		}
	}
	ps := make([]types.Type, len(args))
	for i := range ps {
		ps[i] = t
	}
	return k.b.NewCall(k.e.declare(fn, t, ps...), args...)
}

func (k *kernel) unary(op ir.Op, d ir.DType, x value.Value) value.Value {
	b := k.b
	if d.IsFloat() {
		t := x.Type()
		one := cfloat(t, 1)
		switch op {
		case ir.OpNeg:
			return b.NewFNeg(x)
		case ir.OpAbs:
			return k.fcall("fabs", false, x)
		case ir.OpExp:
			if t.Equal(f32t) {
				return k.exp32(x)
			}
			return k.fcall("exp", false, x)
		case ir.OpLog:
			return k.fcall("log", false, x)
		case ir.OpLog1p:
			return k.fcall("log1p", true, x)
		case ir.OpSqrt:
			return k.fcall("sqrt", false, x)
		case ir.OpRsqrt:
			return b.NewFDiv(one, k.fcall("sqrt", false, x))
		case ir.OpTanh:
			if t.Equal(f32t) {
				return k.tanh32(x)
			}
			return k.fcall("tanh", true, x)
		case ir.OpErf:
			if t.Equal(f32t) {
				return k.erf32(x)
			}
			return k.fcall("erf", true, x)
		case ir.OpSin:
			return k.fcall("sin", false, x)
		case ir.OpCos:
			return k.fcall("cos", false, x)
		case ir.OpSigmoid:
			e := k.unary(ir.OpExp, d, b.NewFNeg(x))
			return b.NewFDiv(one, b.NewFAdd(one, e))
		case ir.OpSign:
			zero := cfloat(t, 0)
			return k.sel(b.NewFCmp(enum.FPredOGT, x, zero), one,
				k.sel(b.NewFCmp(enum.FPredOLT, x, zero), cfloat(t, -1), x))
		case ir.OpFloor:
			return k.fcall("floor", false, x)
		case ir.OpCeil:
			return k.fcall("ceil", false, x)
		case ir.OpRound:
			return k.fcall("roundeven", false, x)
		case ir.OpIsFinite:
			return b.NewFCmp(enum.FPredOLT, k.fcall("fabs", false, x), cfloat(t, math.Inf(1)))
		}
		panic(fmt.Sprintf("llvm: %s on %s", op, d))
	}
	t := x.Type()
	zero := cint(t, 0)
	switch op {
	case ir.OpNeg:
		return b.NewSub(zero, x)
	case ir.OpAbs:
		if unsignedInt(d) {
			return x
		}
		return k.sel(k.icmp(enum.IPredSLT, x, zero), b.NewSub(zero, x), x)
	case ir.OpSign:
		if unsignedInt(d) {
			return b.NewZExt(k.icmp(enum.IPredNE, x, zero), t)
		}
		pos := b.NewZExt(k.icmp(enum.IPredSGT, x, zero), t)
		neg := b.NewZExt(k.icmp(enum.IPredSLT, x, zero), t)
		return b.NewSub(pos, neg)
	case ir.OpNot:
		return b.NewXor(x, cint(t, -1))
	case ir.OpIsFinite:
		return cint(i1, 1)
	}
	panic(fmt.Sprintf("llvm: %s on %s", op, d))
}

func (k *kernel) binary(op ir.Op, d ir.DType, x, y value.Value) value.Value {
	b := k.b
	if d.IsFloat() {
		switch op {
		case ir.OpAdd:
			return b.NewFAdd(x, y)
		case ir.OpSub:
			return b.NewFSub(x, y)
		case ir.OpMul:
			return b.NewFMul(x, y)
		case ir.OpDiv:
			return b.NewFDiv(x, y)
		case ir.OpRemainder:
			return b.NewFRem(x, y)
		case ir.OpPow:
			return k.fcall("pow", false, x, y)
		case ir.OpMax, ir.OpMin:
			return k.fminmax(op == ir.OpMax, x, y)
		}
		panic(fmt.Sprintf("llvm: %s on %s", op, d))
	}
	t := x.Type()
	bits := int64(t.(*types.IntType).BitSize)
	zero, allOnes := cint(t, 0), cint(t, -1)
	uns := unsignedInt(d)
	switch op {
	case ir.OpAdd:
		return b.NewAdd(x, y)
	case ir.OpSub:
		return b.NewSub(x, y)
	case ir.OpMul:
		return b.NewMul(x, y)
	case ir.OpDiv, ir.OpRemainder:
		isZero := k.icmp(enum.IPredEQ, y, zero)
		if uns {
			safe := k.sel(isZero, cint(t, 1), y)
			if op == ir.OpDiv {
				return k.sel(isZero, allOnes, b.NewUDiv(x, safe))
			}
			return k.sel(isZero, x, b.NewURem(x, safe))
		}
		isM1 := k.icmp(enum.IPredEQ, y, allOnes)
		safe := k.sel(b.NewOr(isZero, isM1), cint(t, 1), y)
		if op == ir.OpDiv {
			return k.sel(isZero, allOnes, k.sel(isM1, b.NewSub(zero, x), b.NewSDiv(x, safe)))
		}
		return k.sel(isZero, x, k.sel(isM1, zero, b.NewSRem(x, safe)))
	case ir.OpMax, ir.OpMin:
		if bits == 1 {
			if op == ir.OpMax {
				return b.NewOr(x, y)
			}
			return b.NewAnd(x, y)
		}
		p := enum.IPredSGT
		if uns {
			p = enum.IPredUGT
		}
		if op == ir.OpMin {
			p = enum.IPredSLT
			if uns {
				p = enum.IPredULT
			}
		}
		return k.sel(k.icmp(p, x, y), x, y)
	case ir.OpAnd:
		return b.NewAnd(x, y)
	case ir.OpOr:
		return b.NewOr(x, y)
	case ir.OpXor:
		return b.NewXor(x, y)
	case ir.OpShiftLeft, ir.OpShiftRightLogical, ir.OpShiftRightArithmetic:
		in := k.icmp(enum.IPredULT, y, cint(t, bits))
		safe := k.sel(in, y, zero)
		switch op {
		case ir.OpShiftLeft:
			return k.sel(in, b.NewShl(x, safe), zero)
		case ir.OpShiftRightLogical:
			return k.sel(in, b.NewLShr(x, safe), zero)
		}
		return k.sel(in, b.NewAShr(x, safe), b.NewAShr(x, cint(t, bits-1)))
	}
	panic(fmt.Sprintf("llvm: %s on %s", op, d))
}

// fminmax is torch.maximum/minimum: NaN if either is NaN, -0 < +0.
func (k *kernel) fminmax(isMax bool, x, y value.Value) value.Value {
	b := k.b
	t := x.Type()
	it := types.I32
	if t.Equal(f64t) {
		it = types.I64
	}
	p := enum.FPredOGT
	if !isMax {
		p = enum.FPredOLT
	}
	r := k.sel(b.NewFCmp(p, x, y), x, y)
	xb, yb := b.NewBitCast(x, it), b.NewBitCast(y, it)
	var eqv value.Value
	if isMax {
		eqv = b.NewBitCast(b.NewAnd(xb, yb), t)
	} else {
		eqv = b.NewBitCast(b.NewOr(xb, yb), t)
	}
	r = k.sel(b.NewFCmp(enum.FPredOEQ, x, y), eqv, r)
	return k.sel(b.NewFCmp(enum.FPredUNO, x, y), b.NewFAdd(x, y), r)
}

func (k *kernel) compare(dir ir.CompareDir, d ir.DType, x, y value.Value) value.Value {
	if d.IsFloat() {
		p := [...]enum.FPred{enum.FPredOEQ, enum.FPredUNE, enum.FPredOLT, enum.FPredOLE, enum.FPredOGT, enum.FPredOGE}[dir]
		return k.b.NewFCmp(p, x, y)
	}
	ps := [...]enum.IPred{enum.IPredEQ, enum.IPredNE, enum.IPredSLT, enum.IPredSLE, enum.IPredSGT, enum.IPredSGE}
	if unsignedInt(d) {
		ps = [...]enum.IPred{enum.IPredEQ, enum.IPredNE, enum.IPredULT, enum.IPredULE, enum.IPredUGT, enum.IPredUGE}
	}
	return k.icmp(ps[dir], x, y)
}

// toI64 extends an integer compute value to i64 by its dtype's signedness.
func (k *kernel) toI64(x value.Value, d ir.DType) value.Value {
	if x.Type().Equal(i64) {
		return x
	}
	if unsignedInt(d) {
		return k.b.NewZExt(x, i64)
	}
	return k.b.NewSExt(x, i64)
}

// fromI64 converts a signed i64 to dtype d's compute type, as Convert from
// int64 does.
func (k *kernel) fromI64(x value.Value, d ir.DType) value.Value {
	return k.convert(x, ir.Int64, d)
}

// convert implements Convert from dtype from (compute value x) to dtype to,
// unrounded for f16/bf16 targets (the caller rounds or narrows).
func (k *kernel) convert(x value.Value, from, to ir.DType) value.Value {
	b := k.b
	ft, tt := x.Type(), ctype(to)
	switch {
	case from == to:
		return x
	case to == ir.Bool:
		if from.IsFloat() {
			return b.NewFCmp(enum.FPredUNE, x, cfloat(ft, 0))
		}
		return k.icmp(enum.IPredNE, x, cint(ft, 0))
	case from.IsFloat() && to.IsFloat():
		switch {
		case ft.Equal(tt):
			return x
		case tt.Equal(f64t):
			return b.NewFPExt(x, f64t)
		case isHalf(to):
			return k.f64ToF32Odd(x)
		}
		return b.NewFPTrunc(x, f32t)
	case from.IsFloat():
		name := "llvm.fptosi.sat."
		if to == ir.Uint8 {
			name = "llvm.fptoui.sat."
		}
		name += fmt.Sprintf("i%d.%s", tt.(*types.IntType).BitSize, fsuffix(ft))
		return b.NewCall(k.e.declare(name, tt, ft), x)
	case to.IsFloat():
		target := f32t
		if to == ir.Float64 {
			target = f64t
		}
		if unsignedInt(from) {
			return b.NewUIToFP(x, target)
		}
		return b.NewSIToFP(x, target)
	}
	fb, tb := ft.(*types.IntType).BitSize, tt.(*types.IntType).BitSize
	switch {
	case fb == tb:
		return x
	case fb > tb:
		return b.NewTrunc(x, tt)
	case unsignedInt(from):
		return b.NewZExt(x, tt)
	}
	return b.NewSExt(x, tt)
}
