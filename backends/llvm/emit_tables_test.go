package llvm

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	lir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/value"
)

func keysOf[V any](m map[ir.Op]V) map[ir.Op]bool {
	out := make(map[ir.Op]bool, len(m))
	for op := range m {
		out[op] = true
	}
	return out
}

// arithTable names the arithmetic table unary/binary use for an op of
// arity n on dtype d, and its ops.
func arithTable(n int, d ir.DType) (string, map[ir.Op]bool) {
	switch {
	case n == 1 && d.IsFloat():
		return "floatUnary", keysOf(floatUnary)
	case n == 1:
		return "intUnary", keysOf(intUnary)
	case d.IsFloat():
		return "floatBinary", keysOf(floatBinary)
	}
	return "intBinary", keysOf(intBinary)
}

// probeArgs are n operands of dtype d, for ir.InferType.
func probeArgs(n int, d ir.DType) []*ir.Value {
	args := make([]*ir.Value, n)
	for i := range args {
		args[i] = &ir.Value{ID: i, Op: ir.OpParameter, Type: ir.T(d, 2, 3)}
	}
	return args
}

// emitProbe runs emit on a fresh kernel whose operands are n parameters of
// d's compute type, returning the result or the emitter's panic.
func emitProbe(n int, d ir.DType, emit func(k *kernel, xs []value.Value) value.Value) (res value.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	e := &emitter{m: lir.NewModule(), decls: map[string]*lir.Func{}}
	k := e.newKernel()
	xs := make([]value.Value, n)
	for i := range xs {
		xs[i] = lir.NewParam(fmt.Sprintf("x%d", i), ctype(d))
	}
	return emit(k, xs), nil
}

// TestElemEmitterCoverage walks the op table: every op inlineOp accepts
// has an elemEmitters entry or, as a unary or binary elementwise op, an
// arithmetic table entry for every dtype its shape rule accepts, and
// emitting it yields the result dtype's compute type. Adding an op to the
// op table without an emitter fails here.
func TestElemEmitterCoverage(t *testing.T) {
	arith := map[ir.Op]bool{}
	for _, d := range []ir.DType{ir.Float32, ir.Int32} {
		for n := 1; n <= 2; n++ {
			_, keys := arithTable(n, d)
			for op := range keys {
				arith[op] = true
			}
		}
	}
	for _, op := range ir.AllOps() {
		_, structural := elemEmitters[op]
		switch {
		case !inlineOp(op):
			if structural || arith[op] {
				t.Errorf("%s: has an element emitter but inlineOp rejects it", op)
			}
			continue
		case structural:
			if arith[op] {
				t.Errorf("%s: in elemEmitters and in an arithmetic table", op)
			}
			continue
		}
		info := op.Info()
		n := info.MinArgs
		if !op.Has(ir.FlagElementwise) || n != info.MaxArgs || n < 1 || n > 2 {
			t.Errorf("%s: inline-able, not a unary or binary elementwise op, and not in elemEmitters", op)
			continue
		}
		accepted := 0
		for _, d := range ir.AllDTypes() {
			rt, err := ir.InferType(op, op.NewAttrs(), probeArgs(n, d))
			if err != nil {
				continue // the op table rejects d
			}
			accepted++
			name, keys := arithTable(n, d)
			if !keys[op] {
				t.Errorf("%s on %s: accepted by the op table, no entry in %s", op, d, name)
				continue
			}
			res, err := emitProbe(n, d, func(k *kernel, xs []value.Value) value.Value {
				if n == 1 {
					return k.unary(op, d, xs[0])
				}
				return k.binary(op, d, xs[0], xs[1])
			})
			if err != nil {
				t.Errorf("%s on %s: %v", op, d, err)
			} else if want := ctype(rt.DType); !res.Type().Equal(want) {
				t.Errorf("%s on %s: result type %s, want %s (compute type of %s)", op, d, res.Type(), want, rt.DType)
			}
		}
		if accepted == 0 {
			t.Errorf("%s: the op table accepts no dtype for %d same-typed operands; extend the probe", op, n)
		}
	}
}

// TestArithTablesArity checks that each arithmetic table holds only
// elementwise ops of its arity, so unary/binary are never reached with
// the wrong operand count.
func TestArithTablesArity(t *testing.T) {
	for _, tc := range []struct {
		n int
		d ir.DType
	}{{1, ir.Float32}, {1, ir.Int32}, {2, ir.Float32}, {2, ir.Int32}} {
		name, keys := arithTable(tc.n, tc.d)
		if len(keys) == 0 {
			t.Errorf("%s is empty", name)
		}
		for op := range keys {
			info := op.Info()
			if !op.Has(ir.FlagElementwise) || info.MinArgs != tc.n || info.MaxArgs != tc.n {
				t.Errorf("%s[%s]: want an elementwise op of %d operands, op table has %d to %d (elementwise %v)",
					name, op, tc.n, info.MinArgs, info.MaxArgs, op.Has(ir.FlagElementwise))
			}
		}
	}
}

// TestCompareEmitter emits every comparison direction the op table
// accepts on every dtype and checks the result is an i1.
func TestCompareEmitter(t *testing.T) {
	for _, d := range ir.AllDTypes() {
		for dir := ir.CompareDir(0); dir <= ir.GE; dir++ {
			if _, err := ir.InferType(ir.OpCompare, &ir.CompareAttrs{Dir: dir}, probeArgs(2, d)); err != nil {
				t.Fatalf("compare %d on %s rejected: %v", dir, d, err)
			}
			res, err := emitProbe(2, d, func(k *kernel, xs []value.Value) value.Value {
				return k.compare(dir, d, xs[0], xs[1])
			})
			if err != nil {
				t.Errorf("compare %d on %s: %v", dir, d, err)
			} else if !res.Type().Equal(i1) {
				t.Errorf("compare %d on %s: result type %s, want i1", dir, d, res.Type())
			}
		}
	}
}

// TestConvertEmitter emits every conversion the op table accepts and
// checks the result has the target dtype's compute type.
func TestConvertEmitter(t *testing.T) {
	for _, from := range ir.AllDTypes() {
		for _, to := range ir.AllDTypes() {
			if _, err := ir.InferType(ir.OpConvert, &ir.ConvertAttrs{To: to}, probeArgs(1, from)); err != nil {
				t.Fatalf("convert %s -> %s rejected: %v", from, to, err)
			}
			res, err := emitProbe(1, from, func(k *kernel, xs []value.Value) value.Value {
				return k.convert(xs[0], from, to)
			})
			if err != nil {
				t.Errorf("convert %s -> %s: %v", from, to, err)
			} else if want := ctype(to); !res.Type().Equal(want) {
				t.Errorf("convert %s -> %s: result type %s, want %s", from, to, res.Type(), want)
			}
		}
	}
}

// TestMissingEmitterPanics checks that an op/dtype without an emitter is
// an internal error naming both.
func TestMissingEmitterPanics(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    int
		d    ir.DType
		emit func(k *kernel, xs []value.Value) value.Value
		want string
	}{
		{"unary float", 1, ir.Float32, func(k *kernel, xs []value.Value) value.Value {
			return k.unary(ir.OpNot, ir.Float32, xs[0])
		}, "llvm: not on f32"},
		{"unary int", 1, ir.Int64, func(k *kernel, xs []value.Value) value.Value {
			return k.unary(ir.OpExp, ir.Int64, xs[0])
		}, "llvm: exp on i64"},
		{"binary float", 2, ir.Float64, func(k *kernel, xs []value.Value) value.Value {
			return k.binary(ir.OpShiftLeft, ir.Float64, xs[0], xs[1])
		}, "llvm: shift_left on f64"},
		{"binary bool", 2, ir.Bool, func(k *kernel, xs []value.Value) value.Value {
			return k.binary(ir.OpPow, ir.Bool, xs[0], xs[1])
		}, "llvm: pow on bool"},
		{"not inline-able", 0, ir.Float32, func(k *kernel, _ []value.Value) value.Value {
			return k.exprAt(&ir.Value{Op: ir.OpDotGeneral, Type: ir.T(ir.Float32, 2)}, []value.Value{ci64(0)})
		}, "llvm: op dot_general cannot be computed elementwise"},
	} {
		_, err := emitProbe(tc.n, tc.d, tc.emit)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got error %v, want a panic %q", tc.name, err, tc.want)
		}
	}
}
