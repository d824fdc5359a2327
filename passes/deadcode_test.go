package passes_test

import (
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

func mustParse(t *testing.T, src string) *ir.Func {
	t.Helper()
	f, err := ir.Parse(src)
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	return f
}

// ops lists the op names of f's values in order, parameters included.
func ops(f *ir.Func) string {
	var s []string
	for _, v := range f.Values {
		s = append(s, v.Op.String())
	}
	return strings.Join(s, " ")
}

func TestDeadCode(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"unused params stay", `func @f {
  %0 = parameter : f32[2] "x"
  %1 = parameter : f32[2] "y"
  %2 = exp %0 : f32[2]
  return %0
}
`, "parameter parameter"},
		{"dead chain goes", `func @f {
  %0 = parameter : f32[2] "x"
  %1 = exp %0 : f32[2]
  %2 = log %1 : f32[2]
  %3 = neg %0 : f32[2]
  return %3
}
`, "parameter neg"},
		{"no results keeps only params", `func @f {
  %0 = parameter : f32[2] "x"
  %1 = iota {dim=0} : f32[2]
  %2 = add %0, %1 : f32[2]
  return
}
`, "parameter"},
		{"shared operands stay once", `func @f {
  %0 = parameter : f32[2] "x"
  %1 = exp %0 : f32[2]
  %2 = add %1, %1 : f32[2]
  %3 = constant {value=[1, 2]} : f32[2]
  return %2, %1
}
`, "parameter exp add"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := mustParse(t, c.src)
			verified(t, "deadcode", passes.DeadCode, f)
			if got := ops(f); got != c.want {
				t.Fatalf("values %q, want %q", got, c.want)
			}
			before := f.String()
			verified(t, "deadcode", passes.DeadCode, f)
			if f.String() != before {
				t.Fatal("deadcode is not idempotent")
			}
		})
	}
}
