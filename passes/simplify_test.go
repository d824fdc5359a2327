package passes_test

import (
	"math/rand/v2"
	"testing"

	"github.com/kiln-ml/kiln/passes"
)

// simplifyCases: one or more per rule (rule names as in simplifyRules),
// plus cases where a tempting rewrite would be wrong. want lists the ops
// left after simplify and deadcode. Every case must also give bit-identical
// results on random inputs with -0, inf and NaN mixed in.
var simplifyCases = []struct {
	rule, params, body, want string
}{
	{"add-zero", "x:i32[3]", `
  %1 = constant {value=[0, 0, 0]} : i32[3]
  %2 = add %1, %0 : i32[3]
  return %2`, "parameter"},
	{"add-zero", "x:f32[3]", `
  %1 = constant {value=[-0]} : f32[]
  %2 = broadcast_in_dim %1 {shape=[3], dims=[]} : f32[3]
  %3 = add %0, %2 : f32[3]
  return %3`, "parameter"},
	{"(float x + +0.0 is not x)", "x:f32[3]", `
  %1 = constant {value=[0, 0, 0]} : f32[3]
  %2 = add %0, %1 : f32[3]
  return %2`, "parameter constant add"},
	{"(mixed zeros are not a splat)", "x:f32[2]", `
  %1 = constant {value=[-0, 0]} : f32[2]
  %2 = add %0, %1 : f32[2]
  return %2`, "parameter constant add"},
	{"sub-zero", "x:f32[3]", `
  %1 = constant {value=[0, 0, 0]} : f32[3]
  %2 = sub %0, %1 : f32[3]
  return %2`, "parameter"},
	{"(float x - -0.0 is not x)", "x:f32[3]", `
  %1 = constant {value=[-0, -0, -0]} : f32[3]
  %2 = sub %0, %1 : f32[3]
  return %2`, "parameter constant sub"},
	{"(0 - x is not x)", "x:i64[3]", `
  %1 = constant {value=[0, 0, 0]} : i64[3]
  %2 = sub %1, %0 : i64[3]
  return %2`, "parameter constant sub"},
	{"mul-one", "x:bf16[2,2]", `
  %1 = constant {value=[1]} : bf16[]
  %2 = broadcast_in_dim %1 {shape=[2,2], dims=[]} : bf16[2,2]
  %3 = mul %2, %0 : bf16[2,2]
  return %3`, "parameter"},
	{"mul-zero-int", "x:i8[4]", `
  %1 = constant {value=[0, 0, 0, 0]} : i8[4]
  %2 = mul %0, %1 : i8[4]
  return %2`, "parameter constant"},
	{"(float x * 0 is not 0)", "x:f32[4]", `
  %1 = constant {value=[0, 0, 0, 0]} : f32[4]
  %2 = mul %0, %1 : f32[4]
  return %2`, "parameter constant mul"},
	{"div-one", "x:i32[3]", `
  %1 = constant {value=[1, 1, 1]} : i32[3]
  %2 = div %0, %1 : i32[3]
  return %2`, "parameter"},
	{"(1 / x is not x)", "x:f32[3]", `
  %1 = constant {value=[1, 1, 1]} : f32[3]
  %2 = div %1, %0 : f32[3]
  return %2`, "parameter constant div"},
	{"neg-neg", "x:i8[3]", `
  %1 = neg %0 : i8[3]
  %2 = neg %1 : i8[3]
  %3 = neg %2 : i8[3]
  return %3`, "parameter neg"},
	{"not-not", "x:bool[3]", `
  %1 = not %0 : bool[3]
  %2 = not %1 : bool[3]
  return %2`, "parameter"},
	{"convert-same", "x:f16[3]", `
  %1 = convert %0 {to=f16} : f16[3]
  return %1`, "parameter"},
	{"(convert round trips are not identities)", "x:f32[3]", `
  %1 = convert %0 {to=bf16} : bf16[3]
  %2 = convert %1 {to=f32} : f32[3]
  return %2`, "parameter convert convert"},
	{"reshape-same", "x:f32[2,3]", `
  %1 = reshape %0 {shape=[2,3]} : f32[2,3]
  return %1`, "parameter"},
	{"reshape-reshape", "x:f32[2,3]", `
  %1 = reshape %0 {shape=[3,2]} : f32[3,2]
  %2 = reshape %1 {shape=[6]} : f32[6]
  return %2`, "parameter reshape"},
	{"transpose-identity", "x:f32[2,3]", `
  %1 = transpose %0 {perm=[0,1]} : f32[2,3]
  return %1`, "parameter"},
	{"transpose-transpose", "x:f32[2,3,4]", `
  %1 = transpose %0 {perm=[2,0,1]} : f32[4,2,3]
  %2 = transpose %1 {perm=[0,2,1]} : f32[4,3,2]
  return %2`, "parameter transpose"},
	{"transpose-transpose", "x:f32[2,3]", `
  %1 = transpose %0 {perm=[1,0]} : f32[3,2]
  %2 = transpose %1 {perm=[1,0]} : f32[2,3]
  return %2`, "parameter"},
	{"broadcast-identity", "x:f32[2,3]", `
  %1 = broadcast_in_dim %0 {shape=[2,3], dims=[0,1]} : f32[2,3]
  return %1`, "parameter"},
	{"(broadcast of size-1 dims is not an identity)", "x:f32[1,3]", `
  %1 = broadcast_in_dim %0 {shape=[2,3], dims=[0,1]} : f32[2,3]
  return %1`, "parameter broadcast_in_dim"},
	{"broadcast-broadcast", "x:f32[3]", `
  %1 = broadcast_in_dim %0 {shape=[1,3], dims=[1]} : f32[1,3]
  %2 = broadcast_in_dim %1 {shape=[4,2,3], dims=[1,2]} : f32[4,2,3]
  return %2`, "parameter broadcast_in_dim"},
	{"slice-full", "x:f32[2,1]", `
  %1 = slice %0 {start=[0,0], limit=[2,1], stride=[1,5]} : f32[2,1]
  return %1`, "parameter"},
	{"(slice with an offset is not full)", "x:f32[4]", `
  %1 = slice %0 {start=[1], limit=[4], stride=[1]} : f32[3]
  %2 = slice %0 {start=[0], limit=[3], stride=[1]} : f32[3]
  %3 = add %1, %2 : f32[3]
  return %3`, "parameter slice slice add"},
	{"select-same", "x:f32[3]; p:bool[3]", `
  %2 = select %1, %0, %0 : f32[3]
  return %2`, "parameter parameter"},
	{"select-const", "x:f32[3]; y:f32[3]", `
  %2 = constant {value=[false, false, false]} : bool[3]
  %3 = select %2, %0, %1 : f32[3]
  return %3`, "parameter parameter"},
	{"concat-single", "x:f32[3]", `
  %1 = concat %0 {axis=0} : f32[3]
  return %1`, "parameter"},
	{"pad-none", "x:f32[3]", `
  %1 = constant {value=[5]} : f32[]
  %2 = pad %0, %1 {low=[0], high=[0], interior=[0]} : f32[3]
  return %2`, "parameter"},
	{"(pad that crops is not an identity)", "x:f32[3]", `
  %1 = constant {value=[5]} : f32[]
  %2 = pad %0, %1 {low=[1], high=[-1], interior=[0]} : f32[3]
  return %2`, "parameter constant pad"},
}

func TestSimplifyRules(t *testing.T) {
	covered := map[string]bool{}
	for i, c := range simplifyCases {
		t.Run(c.rule, func(t *testing.T) {
			src := "func @f {\n"
			for j, p := range splitParams(c.params) {
				src += "  %" + itoa(j) + " = parameter : " + p[1] + " \"" + p[0] + "\"\n"
			}
			src += c.body[1:] + "\n}\n"
			orig := mustParse(t, src)
			f := mustParse(t, src)
			verified(t, "simplify", passes.Simplify, f)
			verified(t, "deadcode", passes.DeadCode, f)
			if got := ops(f); got != c.want {
				t.Fatalf("values %q, want %q\n%s", got, c.want, f)
			}
			r := rand.New(rand.NewPCG(uint64(i), 9))
			for trial := 0; trial < 8; trial++ {
				args := randomArgsSpecial(t, r, orig, true)
				sameBits(t, run(t, orig, args), run(t, f, args))
			}
		})
		covered[c.rule] = true
	}
	for _, name := range passes.SimplifyRuleNames() {
		if !covered[name] {
			t.Errorf("simplify rule %s has no case", name)
		}
	}
}

// splitParams parses "x:f32[3]; p:bool[3]" into name/type pairs.
func splitParams(s string) [][2]string {
	var out [][2]string
	for _, p := range splitTrim(s, ";") {
		nt := splitTrim(p, ":")
		out = append(out, [2]string{nt[0], nt[1]})
	}
	return out
}
