package cuda

import (
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
)

// TestEmitterCoverage: every op the backend declares has an emitter, and
// every unary/binary elementwise op has an entry for each dtype class
// its shape rule accepts (checked by building the op on each dtype).
func TestEmitterCoverage(t *testing.T) {
	caps := capabilities()
	for _, op := range ir.AllOps() {
		if !caps.HasOp(op) {
			continue
		}
		switch {
		case elemEmitters[op] != nil, indexedEmitters[op] != nil:
		case op == ir.OpParameter, op == ir.OpReduce, op == ir.OpArgMax, op == ir.OpArgMin, op == ir.OpDotGeneral, op == ir.OpConv, op == ir.OpScatterAdd:
		case op.Group() == ir.GroupElementwiseUnary || op.Group() == ir.GroupElementwiseBinary:
			for _, d := range ir.AllDTypes() {
				f := ir.NewFunc("cov")
				x := f.Param("x", ir.T(d, 2))
				args := []*ir.Value{x}
				if op.Group() == ir.GroupElementwiseBinary {
					args = append(args, f.Param("y", ir.T(d, 2)))
				}
				if _, err := f.Emit(op, nil, ir.Pos{}, args...); err != nil {
					continue // the op table does not accept d
				}
				var err error
				if len(args) == 1 {
					_, err = unary(op, d, "x")
				} else {
					_, err = binary(op, d, "x", "y")
				}
				if err != nil {
					t.Errorf("%s on %s: %v", op, d, err)
				}
			}
		default:
			t.Errorf("op %s is declared but has no emitter", op)
		}
	}
}

func TestLiterals(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{floatLit("float", 1), "0x1p+00f"},
		{floatLit("float", 0.1), "0x1.99999ap-04f"},
		{floatLit("double", -2.5), "-0x1.4p+01"},
		{floatLit("float", 1e39), "__int_as_float(0x7f800000)"},
		{intLit(ir.Int64, -9223372036854775808), "(-9223372036854775807LL - 1)"},
		{intLit(ir.Int8, -3), "((signed char)-3LL)"},
		{intLit(ir.Bool, 1), "true"},
	} {
		if c.got != c.want {
			t.Errorf("literal %s, want %s", c.got, c.want)
		}
	}
}

func TestConvertExpr(t *testing.T) {
	for _, c := range []struct {
		from, to ir.DType
		want     string
	}{
		{ir.Float32, ir.Int8, "kiln_sat<signed char>((double)x, ((signed char)-128LL), ((signed char)127LL))"},
		{ir.Float64, ir.BFloat16, "kiln_bf2f(kiln_f2bf(kiln_d2f_odd(x)))"},
		{ir.Float64, ir.Float16, "kiln_h2f(kiln_d2h(x))"},
		{ir.Int32, ir.Bool, "(x != 0)"},
		{ir.Float32, ir.BFloat16, "x"},
	} {
		if got := convertExpr("x", c.from, c.to); got != c.want {
			t.Errorf("convert %s->%s = %s, want %s", c.from, c.to, got, c.want)
		}
	}
	if !strings.Contains(intDivRem(true)(ir.Int32, "x", "y"), "y == -1") {
		t.Error("signed division does not special-case -1 (MinInt/-1 must wrap)")
	}
}
