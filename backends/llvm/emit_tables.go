package llvm

import (
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// Arithmetic emitters: op -> emitter tables, one per dtype class and arity.
//
// An emitter receives the operand dtype d and the operands in their compute
// type (see ctype) and returns the unrounded result in the result's compute
// type. Float dtypes (f16, bf16, f32, f64) use the float tables; integer
// dtypes and bool (i1, unsigned) use the integer tables.
//
// Guarantee (checked by TestElemEmitterCoverage): every unary or binary
// elementwise op of the op table has an entry in the table of each dtype
// class its shape rule accepts, and every entry produces a value of the
// result dtype's compute type. A missing entry is an internal error: unary
// and binary panic with "llvm: <op> on <dtype>".

// unaryEmitter emits op(x) for operand dtype d.
type unaryEmitter func(k *kernel, d ir.DType, x value.Value) value.Value

// binaryEmitter emits op(x, y) for operand dtype d.
type binaryEmitter func(k *kernel, d ir.DType, x, y value.Value) value.Value

// unary emits op(x) for a value x of dtype d (compute type).
func (k *kernel) unary(op ir.Op, d ir.DType, x value.Value) value.Value {
	tab := intUnary
	if d.IsFloat() {
		tab = floatUnary
	}
	if emit, ok := tab[op]; ok {
		return emit(k, d, x)
	}
	panic(fmt.Sprintf("llvm: %s on %s", op, d))
}

// binary emits op(x, y) for values x, y of dtype d (compute type).
func (k *kernel) binary(op ir.Op, d ir.DType, x, y value.Value) value.Value {
	tab := intBinary
	if d.IsFloat() {
		tab = floatBinary
	}
	if emit, ok := tab[op]; ok {
		return emit(k, d, x, y)
	}
	panic(fmt.Sprintf("llvm: %s on %s", op, d))
}

// floatUnary: unary ops on float dtypes.
var floatUnary = map[ir.Op]unaryEmitter{
	ir.OpNeg: func(k *kernel, _ ir.DType, x value.Value) value.Value { return k.b.NewFNeg(x) },
	ir.OpAbs: fIntrinsic("fabs", false),
	ir.OpExp: fExp,
	ir.OpLog: fIntrinsic("log", false),
	// log1p has no LLVM intrinsic: libm.
	ir.OpLog1p: fIntrinsic("log1p", true),
	ir.OpSqrt:  fIntrinsic("sqrt", false),
	ir.OpRsqrt: func(k *kernel, _ ir.DType, x value.Value) value.Value {
		return k.b.NewFDiv(cfloat(x.Type(), 1), k.fcall("sqrt", false, x))
	},
	ir.OpTanh: f32Fast((*kernel).tanh32, "tanh", true),
	ir.OpErf:  f32Fast((*kernel).erf32, "erf", true),
	ir.OpSin:  fIntrinsic("sin", false),
	ir.OpCos:  fIntrinsic("cos", false),
	ir.OpSigmoid: func(k *kernel, d ir.DType, x value.Value) value.Value {
		b := k.b
		one := cfloat(x.Type(), 1)
		e := fExp(k, d, b.NewFNeg(x))
		return b.NewFDiv(one, b.NewFAdd(one, e))
	},
	ir.OpSign: func(k *kernel, _ ir.DType, x value.Value) value.Value {
		b := k.b
		t := x.Type()
		one, zero := cfloat(t, 1), cfloat(t, 0)
		return k.sel(b.NewFCmp(enum.FPredOGT, x, zero), one,
			k.sel(b.NewFCmp(enum.FPredOLT, x, zero), cfloat(t, -1), x))
	},
	ir.OpFloor: fIntrinsic("floor", false),
	ir.OpCeil:  fIntrinsic("ceil", false),
	ir.OpRound: fIntrinsic("roundeven", false),
	ir.OpIsFinite: func(k *kernel, _ ir.DType, x value.Value) value.Value {
		return k.b.NewFCmp(enum.FPredOLT, k.fcall("fabs", false, x), cfloat(x.Type(), math.Inf(1)))
	},
}

// fIntrinsic emits the one-operand float function name (see fcall).
func fIntrinsic(name string, libm bool) unaryEmitter {
	return func(k *kernel, _ ir.DType, x value.Value) value.Value { return k.fcall(name, libm, x) }
}

// f32Fast emits fast(x) for f32 compute (f32, f16, bf16), else the
// function name (see fcall).
func f32Fast(fast func(*kernel, value.Value) value.Value, name string, libm bool) unaryEmitter {
	return func(k *kernel, _ ir.DType, x value.Value) value.Value {
		if x.Type().Equal(f32t) {
			return fast(k, x)
		}
		return k.fcall(name, libm, x)
	}
}

// fExp is e^x; a named function because sigmoid uses it too.
var fExp = f32Fast((*kernel).exp32, "exp", false)

// intUnary: unary ops on integer and bool dtypes.
var intUnary = map[ir.Op]unaryEmitter{
	ir.OpNeg: func(k *kernel, _ ir.DType, x value.Value) value.Value {
		return k.b.NewSub(cint(x.Type(), 0), x)
	},
	ir.OpAbs: func(k *kernel, d ir.DType, x value.Value) value.Value {
		if unsignedInt(d) {
			return x
		}
		zero := cint(x.Type(), 0)
		return k.sel(k.icmp(enum.IPredSLT, x, zero), k.b.NewSub(zero, x), x)
	},
	ir.OpSign: func(k *kernel, d ir.DType, x value.Value) value.Value {
		b := k.b
		t := x.Type()
		zero := cint(t, 0)
		if unsignedInt(d) {
			return b.NewZExt(k.icmp(enum.IPredNE, x, zero), t)
		}
		pos := b.NewZExt(k.icmp(enum.IPredSGT, x, zero), t)
		neg := b.NewZExt(k.icmp(enum.IPredSLT, x, zero), t)
		return b.NewSub(pos, neg)
	},
	ir.OpNot: func(k *kernel, _ ir.DType, x value.Value) value.Value {
		return k.b.NewXor(x, cint(x.Type(), -1))
	},
	// Integers are always finite. The op table accepts is_finite on floats
	// only; the entry is kept for values built outside the ir package.
	ir.OpIsFinite: func(*kernel, ir.DType, value.Value) value.Value { return cint(i1, 1) },
}

// floatBinary: binary ops on float dtypes.
var floatBinary = map[ir.Op]binaryEmitter{
	ir.OpAdd: func(k *kernel, _ ir.DType, x, y value.Value) value.Value { return k.b.NewFAdd(x, y) },
	ir.OpSub: func(k *kernel, _ ir.DType, x, y value.Value) value.Value { return k.b.NewFSub(x, y) },
	ir.OpMul: func(k *kernel, _ ir.DType, x, y value.Value) value.Value { return k.b.NewFMul(x, y) },
	ir.OpDiv: func(k *kernel, _ ir.DType, x, y value.Value) value.Value { return k.b.NewFDiv(x, y) },
	ir.OpRemainder: func(k *kernel, _ ir.DType, x, y value.Value) value.Value {
		return k.b.NewFRem(x, y)
	},
	ir.OpPow: func(k *kernel, _ ir.DType, x, y value.Value) value.Value {
		return k.fcall("pow", false, x, y)
	},
	ir.OpMax: func(k *kernel, _ ir.DType, x, y value.Value) value.Value { return k.fminmax(true, x, y) },
	ir.OpMin: func(k *kernel, _ ir.DType, x, y value.Value) value.Value { return k.fminmax(false, x, y) },
}

// intBinary: binary ops on integer and bool dtypes.
var intBinary = map[ir.Op]binaryEmitter{
	ir.OpAdd:                  func(k *kernel, _ ir.DType, x, y value.Value) value.Value { return k.b.NewAdd(x, y) },
	ir.OpSub:                  func(k *kernel, _ ir.DType, x, y value.Value) value.Value { return k.b.NewSub(x, y) },
	ir.OpMul:                  func(k *kernel, _ ir.DType, x, y value.Value) value.Value { return k.b.NewMul(x, y) },
	ir.OpDiv:                  intDivRem(true),
	ir.OpRemainder:            intDivRem(false),
	ir.OpMax:                  intMinMax(true),
	ir.OpMin:                  intMinMax(false),
	ir.OpAnd:                  func(k *kernel, _ ir.DType, x, y value.Value) value.Value { return k.b.NewAnd(x, y) },
	ir.OpOr:                   func(k *kernel, _ ir.DType, x, y value.Value) value.Value { return k.b.NewOr(x, y) },
	ir.OpXor:                  func(k *kernel, _ ir.DType, x, y value.Value) value.Value { return k.b.NewXor(x, y) },
	ir.OpShiftLeft:            intShift(ir.OpShiftLeft),
	ir.OpShiftRightLogical:    intShift(ir.OpShiftRightLogical),
	ir.OpShiftRightArithmetic: intShift(ir.OpShiftRightArithmetic),
}

// intDivRem is integer division (isDiv) or remainder, truncating, with the
// op table's results for x/0 = -1, x%0 = x and MinInt/-1 = MinInt (no
// undefined behaviour: the divisor is made safe first).
func intDivRem(isDiv bool) binaryEmitter {
	return func(k *kernel, d ir.DType, x, y value.Value) value.Value {
		b := k.b
		t := x.Type()
		zero, allOnes := cint(t, 0), cint(t, -1)
		isZero := k.icmp(enum.IPredEQ, y, zero)
		if unsignedInt(d) {
			safe := k.sel(isZero, cint(t, 1), y)
			if isDiv {
				return k.sel(isZero, allOnes, b.NewUDiv(x, safe))
			}
			return k.sel(isZero, x, b.NewURem(x, safe))
		}
		isM1 := k.icmp(enum.IPredEQ, y, allOnes)
		safe := k.sel(b.NewOr(isZero, isM1), cint(t, 1), y)
		if isDiv {
			return k.sel(isZero, allOnes, k.sel(isM1, b.NewSub(zero, x), b.NewSDiv(x, safe)))
		}
		return k.sel(isZero, x, k.sel(isM1, zero, b.NewSRem(x, safe)))
	}
}

// intMinMax is the integer maximum (isMax) or minimum; on bool, or / and.
func intMinMax(isMax bool) binaryEmitter {
	return func(k *kernel, d ir.DType, x, y value.Value) value.Value {
		if x.Type().(*types.IntType).BitSize == 1 {
			if isMax {
				return k.b.NewOr(x, y)
			}
			return k.b.NewAnd(x, y)
		}
		uns := unsignedInt(d)
		p := enum.IPredSGT
		if uns {
			p = enum.IPredUGT
		}
		if !isMax {
			p = enum.IPredSLT
			if uns {
				p = enum.IPredULT
			}
		}
		return k.sel(k.icmp(p, x, y), x, y)
	}
}

// intShift is shift op; shift counts outside [0, bits) give 0 (or the
// sign fill for the arithmetic right shift).
func intShift(op ir.Op) binaryEmitter {
	return func(k *kernel, _ ir.DType, x, y value.Value) value.Value {
		b := k.b
		t := x.Type()
		bits := int64(t.(*types.IntType).BitSize)
		zero := cint(t, 0)
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

// Comparison predicates by ir.CompareDir (EQ NE LT LE GT GE) and dtype
// class. Float comparisons are ordered except NE (true when either is NaN).
var (
	floatPreds    = [...]enum.FPred{enum.FPredOEQ, enum.FPredUNE, enum.FPredOLT, enum.FPredOLE, enum.FPredOGT, enum.FPredOGE}
	signedPreds   = [...]enum.IPred{enum.IPredEQ, enum.IPredNE, enum.IPredSLT, enum.IPredSLE, enum.IPredSGT, enum.IPredSGE}
	unsignedPreds = [...]enum.IPred{enum.IPredEQ, enum.IPredNE, enum.IPredULT, enum.IPredULE, enum.IPredUGT, enum.IPredUGE}
)

// compare emits x dir y (an i1) for values of dtype d.
func (k *kernel) compare(dir ir.CompareDir, d ir.DType, x, y value.Value) value.Value {
	if d.IsFloat() {
		return k.b.NewFCmp(floatPreds[dir], x, y)
	}
	if unsignedInt(d) {
		return k.icmp(unsignedPreds[dir], x, y)
	}
	return k.icmp(signedPreds[dir], x, y)
}
