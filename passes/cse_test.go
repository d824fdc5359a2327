package passes_test

import (
	"testing"

	"github.com/kiln-ml/kiln/passes"
)

func TestCSE(t *testing.T) {
	cases := []struct {
		name, body, want string
	}{
		{"commuted operands merge, users merge after them", `
  %2 = add %0, %1 : f32[2]
  %3 = add %1, %0 : f32[2]
  %4 = exp %2 : f32[2]
  %5 = exp %3 : f32[2]
  %6 = mul %4, %5 : f32[2]
  return %6`, "parameter parameter add exp mul"},
		{"non-commutative operand order matters", `
  %2 = sub %0, %1 : f32[2]
  %3 = sub %1, %0 : f32[2]
  %4 = mul %2, %3 : f32[2]
  return %4`, "parameter parameter sub sub mul"},
		{"attrs must match", `
  %2 = compare %0, %1 {dir=lt} : bool[2]
  %3 = compare %0, %1 {dir=gt} : bool[2]
  %4 = compare %0, %1 {dir=lt} : bool[2]
  %5 = and %2, %3 : bool[2]
  %6 = and %5, %4 : bool[2]
  return %6`, "parameter parameter compare compare and and"},
		{"signed zero constants stay apart", `
  %2 = constant {value=[0, 0]} : f32[2]
  %3 = constant {value=[-0, 0]} : f32[2]
  %4 = constant {value=[0, 0]} : f32[2]
  %5 = add %2, %3 : f32[2]
  %6 = add %5, %4 : f32[2]
  return %6`, "parameter parameter constant constant add add"},
		{"types must match", `
  %2 = convert %0 {to=f16} : f16[2]
  %3 = convert %0 {to=bf16} : bf16[2]
  %4 = convert %0 {to=f16} : f16[2]
  return %2, %3, %4`, "parameter parameter convert convert"},
		{"results are redirected", `
  %2 = exp %0 : f32[2]
  %3 = exp %0 : f32[2]
  return %2, %3`, "parameter parameter exp"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := mustParse(t, "func @f {\n  %0 = parameter : f32[2] \"a\"\n  %1 = parameter : f32[2] \"b\""+c.body+"\n}\n")
			verified(t, "cse", passes.CSE, f)
			verified(t, "deadcode", passes.DeadCode, f)
			if got := ops(f); got != c.want {
				t.Fatalf("values %q, want %q\n%s", got, c.want, f)
			}
		})
	}
}
