package llvm

import (
	"fmt"

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
	case stInline:
		if x, ok := k.viewAt(v, idx); ok {
			return x // an affine view of a stored value (views.go)
		}
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
// unrounded (compute type): by elemEmitters for the structural ops, by the
// unary and binary tables (emit_tables.go) for the other elementwise ops.
func (k *kernel) exprAt(v *ir.Value, idx []value.Value) value.Value {
	if emit, ok := elemEmitters[v.Op]; ok {
		return emit(k, v, idx)
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

// elemEmitter computes element idx of v (an op inlineOp accepts) from v's
// operands, unrounded (compute type).
type elemEmitter func(k *kernel, v *ir.Value, idx []value.Value) value.Value

// elemEmitters maps each inline-able op that is not a plain unary or
// binary arithmetic op (sources, layout ops, select, convert, compare) to
// its emitter; these are dtype-generic. Guarantee (checked by
// TestElemEmitterCoverage): every op inlineOp accepts has an entry here or,
// for unary and binary elementwise ops, in the arithmetic tables for every
// dtype class it accepts; exprAt panics naming any other op.
var elemEmitters map[ir.Op]elemEmitter

// init fills elemEmitters: its emitters reach exprAt through elemAt, a
// cycle a package-level initializer may not have.
func init() {
	elemEmitters = map[ir.Op]elemEmitter{
		ir.OpConstant:       emitConstantElem,
		ir.OpIota:           emitIotaElem,
		ir.OpBroadcastInDim: emitBroadcastElem,
		ir.OpTranspose:      emitTransposeElem,
		ir.OpReshape:        emitReshapeElem,
		ir.OpSlice:          emitSliceElem,
		ir.OpSelect:         emitSelectElem,
		ir.OpConvert:        emitConvertElem,
		ir.OpCompare:        emitCompareElem,
	}
}

// emitConstantElem is a splat constant's element (only splats are inlined).
func emitConstantElem(_ *kernel, v *ir.Value, _ []value.Value) value.Value {
	return constElem(v.Type.DType, v.Attrs.(*ir.ConstantAttrs).Data)
}

func emitIotaElem(k *kernel, v *ir.Value, idx []value.Value) value.Value {
	return k.fromI64(idx[v.Attrs.(*ir.IotaAttrs).Dim], v.Type.DType)
}

func emitBroadcastElem(k *kernel, v *ir.Value, idx []value.Value) value.Value {
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
}

func emitTransposeElem(k *kernel, v *ir.Value, idx []value.Value) value.Value {
	perm := v.Attrs.(*ir.TransposeAttrs).Perm
	ai := make([]value.Value, len(perm))
	for i, p := range perm {
		ai[p] = idx[i]
	}
	return k.elemAt(v.Args[0], ai)
}

func emitReshapeElem(k *kernel, v *ir.Value, idx []value.Value) value.Value {
	return k.elemAtFlat(v.Args[0], k.ravel(idx, v.Type.Shape))
}

func emitSliceElem(k *kernel, v *ir.Value, idx []value.Value) value.Value {
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
}

func emitSelectElem(k *kernel, v *ir.Value, idx []value.Value) value.Value {
	p := k.elemAt(v.Args[0], idx)
	return k.sel(p, k.elemAt(v.Args[1], idx), k.elemAt(v.Args[2], idx))
}

func emitConvertElem(k *kernel, v *ir.Value, idx []value.Value) value.Value {
	a := v.Args[0]
	return k.convert(k.elemAt(a, idx), a.Type.DType, v.Type.DType)
}

func emitCompareElem(k *kernel, v *ir.Value, idx []value.Value) value.Value {
	a := v.Args[0]
	return k.compare(v.Attrs.(*ir.CompareAttrs).Dir, a.Type.DType, k.elemAt(a, idx), k.elemAt(v.Args[1], idx))
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
