package cuda

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
)

// Arithmetic emitters: op -> CUDA C expression tables, one per dtype class
// and arity, as llvm's emit_tables.go. An emitter receives the operand
// dtype d and operand expressions in d's compute type (ctypes.go) and
// returns the unrounded result as an expression of the result's compute
// type; the caller binds it to a temporary and rounds f16/bf16.
//
// Guarantee (TestEmitterCoverage): every unary or binary elementwise op of
// the op table has an entry in the table of each dtype class its shape
// rule accepts. unary and binary return an error naming a missing entry.

type unaryEmitter func(d ir.DType, x string) string
type binaryEmitter func(d ir.DType, x, y string) string

// unary is op(x) for x of dtype d.
func unary(op ir.Op, d ir.DType, x string) (string, error) {
	tab := intUnary
	if d.IsFloat() {
		tab = floatUnary
	}
	if e, ok := tab[op]; ok {
		return e(d, x), nil
	}
	return "", fmt.Errorf("cuda: %s on %s is not implemented", op, d)
}

// binary is op(x, y) for x, y of dtype d.
func binary(op ir.Op, d ir.DType, x, y string) (string, error) {
	tab := intBinary
	if d.IsFloat() {
		tab = floatBinary
	}
	if e, ok := tab[op]; ok {
		return e(d, x, y), nil
	}
	return "", fmt.Errorf("cuda: %s on %s is not implemented", op, d)
}

// fn is the CUDA math function name for d's compute type: expf for
// float, exp for double.
func fn(name string, d ir.DType) string {
	if d == ir.Float64 {
		return name
	}
	return name + "f"
}

func fcall(name string) unaryEmitter {
	return func(d ir.DType, x string) string { return fn(name, d) + "(" + x + ")" }
}

// one is 1 in d's float compute type.
func one(d ir.DType) string { return floatLit(ctype(d), 1) }

var floatUnary = map[ir.Op]unaryEmitter{
	ir.OpNeg:   func(_ ir.DType, x string) string { return "(-" + x + ")" },
	ir.OpAbs:   fcall("fabs"),
	ir.OpExp:   fcall("exp"),
	ir.OpLog:   fcall("log"),
	ir.OpLog1p: fcall("log1p"),
	ir.OpSqrt:  fcall("sqrt"),
	// 1/sqrt rather than rsqrtf: correctly rounded sqrt and division.
	ir.OpRsqrt: func(d ir.DType, x string) string { return "(" + one(d) + " / " + fn("sqrt", d) + "(" + x + "))" },
	ir.OpTanh:  fcall("tanh"),
	ir.OpErf:   fcall("erf"),
	ir.OpSin:   fcall("sin"),
	ir.OpCos:   fcall("cos"),
	ir.OpSigmoid: func(d ir.DType, x string) string {
		return "(" + one(d) + " / (" + one(d) + " + " + fn("exp", d) + "(-" + x + ")))"
	},
	// NaN and -0 are returned as they are.
	ir.OpSign: func(d ir.DType, x string) string {
		return fmt.Sprintf("(%s > 0 ? %s : (%s < 0 ? -%s : %s))", x, one(d), x, one(d), x)
	},
	ir.OpFloor:    fcall("floor"),
	ir.OpCeil:     fcall("ceil"),
	ir.OpRound:    fcall("rint"), // half to even in the default rounding mode
	ir.OpIsFinite: func(_ ir.DType, x string) string { return "isfinite(" + x + ")" },
}

// wrap computes op on the unsigned type of d's width class and converts
// back: integer arithmetic that wraps without undefined behaviour.
func wrap(d ir.DType, expr string) string { return "(" + ctype(d) + ")(" + expr + ")" }

func ucast(d ir.DType, x string) string { return "(" + utype(d) + ")" + x }

var intUnary = map[ir.Op]unaryEmitter{
	ir.OpNeg: func(d ir.DType, x string) string {
		if d == ir.Bool {
			return x
		}
		return wrap(d, "0u - "+ucast(d, x))
	},
	ir.OpAbs: func(d ir.DType, x string) string {
		if d == ir.Uint8 || d == ir.Bool {
			return x
		}
		return fmt.Sprintf("(%s < 0 ? %s : %s)", x, wrap(d, "0u - "+ucast(d, x)), x)
	},
	ir.OpSign: func(d ir.DType, x string) string {
		if d == ir.Uint8 || d == ir.Bool {
			return fmt.Sprintf("(%s)(%s != 0)", ctype(d), x)
		}
		return fmt.Sprintf("(%s)((%s > 0) - (%s < 0))", ctype(d), x, x)
	},
	ir.OpNot: func(d ir.DType, x string) string {
		if d == ir.Bool {
			return "(!" + x + ")"
		}
		return wrap(d, "~"+x)
	},
	ir.OpIsFinite: func(ir.DType, string) string { return "true" },
}

var floatBinary = map[ir.Op]binaryEmitter{
	ir.OpAdd:       func(_ ir.DType, x, y string) string { return "(" + x + " + " + y + ")" },
	ir.OpSub:       func(_ ir.DType, x, y string) string { return "(" + x + " - " + y + ")" },
	ir.OpMul:       func(_ ir.DType, x, y string) string { return "(" + x + " * " + y + ")" },
	ir.OpDiv:       func(_ ir.DType, x, y string) string { return "(" + x + " / " + y + ")" },
	ir.OpRemainder: func(d ir.DType, x, y string) string { return fn("fmod", d) + "(" + x + ", " + y + ")" },
	ir.OpPow:       func(d ir.DType, x, y string) string { return fn("pow", d) + "(" + x + ", " + y + ")" },
	ir.OpMax:       func(_ ir.DType, x, y string) string { return "kiln_fmax(" + x + ", " + y + ")" },
	ir.OpMin:       func(_ ir.DType, x, y string) string { return "kiln_fmin(" + x + ", " + y + ")" },
}

// intDivRem is truncating division or remainder with the op table's
// results for x/0 (-1, all bits set), x%0 (x) and MinInt/-1 (MinInt, wrapping).
func intDivRem(isDiv bool) binaryEmitter {
	return func(d ir.DType, x, y string) string {
		t := ctype(d)
		if d == ir.Uint8 || d == ir.Bool {
			if isDiv {
				return fmt.Sprintf("(%s == 0 ? (%s)0xff : (%s)(%s / %s))", y, t, t, x, y)
			}
			return fmt.Sprintf("(%s == 0 ? %s : (%s)(%s %% %s))", y, x, t, x, y)
		}
		if isDiv {
			return fmt.Sprintf("(%s == 0 ? (%s)-1 : (%s == -1 ? %s : (%s)(%s / %s)))", y, t, y, wrap(d, "0u - "+ucast(d, x)), t, x, y)
		}
		return fmt.Sprintf("(%s == 0 ? %s : (%s == -1 ? (%s)0 : (%s)(%s %% %s)))", y, x, y, t, t, x, y)
	}
}

// intShift is a shift whose count outside [0, bits) gives 0 (or, for the
// arithmetic right shift, the sign fill).
func intShift(op ir.Op) binaryEmitter {
	return func(d ir.DType, x, y string) string {
		t, u := ctype(d), uexact(d)
		bits := 8 * d.Size()
		in := fmt.Sprintf("(%s >= 0 && %s < %d)", y, y, bits)
		if d == ir.Uint8 {
			in = fmt.Sprintf("(%s < %d)", y, bits)
		}
		switch op {
		case ir.OpShiftLeft:
			return fmt.Sprintf("(%s ? (%s)((%s)%s << %s) : (%s)0)", in, t, u, x, y, t)
		case ir.OpShiftRightLogical:
			return fmt.Sprintf("(%s ? (%s)((%s)%s >> %s) : (%s)0)", in, t, u, x, y, t)
		}
		if d == ir.Uint8 {
			// The op table's arithmetic shift of u8 fills with bit 7.
			x = "(signed char)" + x
		}
		return fmt.Sprintf("(%s ? (%s)(%s >> %s) : (%s)(%s < 0 ? -1 : 0))", in, t, x, y, t, x)
	}
}

func intMinMax(isMax bool) binaryEmitter {
	return func(d ir.DType, x, y string) string {
		if d == ir.Bool {
			if isMax {
				return "(" + x + " || " + y + ")"
			}
			return "(" + x + " && " + y + ")"
		}
		c := ">"
		if !isMax {
			c = "<"
		}
		return fmt.Sprintf("(%s %s %s ? %s : %s)", x, c, y, x, y)
	}
}

// intBitwise is and/or/xor: logical on bool, bitwise on integers.
func intBitwise(logical, bitwise string) binaryEmitter {
	return func(d ir.DType, x, y string) string {
		if d == ir.Bool {
			return "(" + x + " " + logical + " " + y + ")"
		}
		return wrap(d, x+" "+bitwise+" "+y)
	}
}

// intArith is wrapping +, -, *.
func intArith(o string) binaryEmitter {
	return func(d ir.DType, x, y string) string { return wrap(d, ucast(d, x)+" "+o+" "+ucast(d, y)) }
}

var intBinary = map[ir.Op]binaryEmitter{
	ir.OpAdd:                  intArith("+"),
	ir.OpSub:                  intArith("-"),
	ir.OpMul:                  intArith("*"),
	ir.OpDiv:                  intDivRem(true),
	ir.OpRemainder:            intDivRem(false),
	ir.OpMax:                  intMinMax(true),
	ir.OpMin:                  intMinMax(false),
	ir.OpAnd:                  intBitwise("&&", "&"),
	ir.OpOr:                   intBitwise("||", "|"),
	ir.OpXor:                  intBitwise("!=", "^"),
	ir.OpShiftLeft:            intShift(ir.OpShiftLeft),
	ir.OpShiftRightLogical:    intShift(ir.OpShiftRightLogical),
	ir.OpShiftRightArithmetic: intShift(ir.OpShiftRightArithmetic),
}

// compareOps are the C operators of ir.CompareDir (EQ NE LT LE GT GE).
// C's float comparisons are ordered except != — the op table's rule.
var compareOps = [...]string{"==", "!=", "<", "<=", ">", ">="}

// convertExpr converts x (compute type of from) to dtype to, unrounded
// for f16/bf16 targets computed from float (the caller rounds); f64 to
// f16/bf16 rounds once, directly.
func convertExpr(x string, from, to ir.DType) string {
	switch {
	case from == to:
		return x
	case to == ir.Bool:
		return "(" + x + " != 0)"
	case from.IsFloat() && to.IsFloat():
		switch {
		case to == ir.Float64:
			return "(double)" + x
		case from != ir.Float64:
			return x // float to float: rounded by the caller
		case to == ir.Float16:
			return "kiln_h2f(kiln_d2h(" + x + "))"
		case to == ir.BFloat16:
			return "kiln_bf2f(kiln_f2bf(kiln_d2f_odd(" + x + ")))"
		}
		return "(float)" + x
	case from.IsFloat():
		lo, hi := intRange(to)
		return fmt.Sprintf("kiln_sat<%s>((double)%s, %s, %s)", ctype(to), x, intLit(to, lo), intLit(to, hi))
	case to.IsFloat():
		return "(" + ctype(to) + ")" + x
	}
	return "(" + ctype(to) + ")" + x
}
