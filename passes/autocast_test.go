package passes_test

import (
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// TestAutocastCoverage: every op of the table has an autocast class (the
// op table's autocast column), so Autocast never meets an op it cannot
// place.
func TestAutocastCoverage(t *testing.T) {
	for _, op := range ir.AllOps() {
		if c := op.Info().Autocast; c == ir.AutocastNone {
			t.Errorf("%s has no autocast class: add one to its row in ir/internal/optable (Autocast column) and run go generate ./ir", op)
		}
	}
}

// TestAutocastClasses runs Autocast on one small function per class and
// checks the dtype of the named values afterwards (the value a name ends
// up on is the op as rewritten; its rounding convert, if any, is
// unnamed, so some cases name the op that consumes it).
func TestAutocastClasses(t *testing.T) {
	cases := []struct {
		name string
		low  ir.DType
		src  string // body of func @f, between "{" and "return"
		ret  string
		want map[string]ir.DType // value name -> dtype after the pass
	}{
		{"lower: dot", ir.BFloat16, `
  %0 = parameter : f32[2,4] "x"
  %1 = parameter : f32[3,4] "w"
  %2 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[2,3] "y"
`, "%2", map[string]ir.DType{"y": ir.BFloat16, "x": ir.Float32, "w": ir.Float32}},
		{"lower: f16", ir.Float16, `
  %0 = parameter : f32[2,4] "x"
  %1 = parameter : f32[3,4] "w"
  %2 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[2,3] "y"
`, "%2", map[string]ir.DType{"y": ir.Float16}},
		{"lower: dot with a chosen out dtype keeps it", ir.BFloat16, `
  %0 = parameter : bf16[2,4] "x"
  %1 = parameter : bf16[3,4] "w"
  %2 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[2,3] "y"
`, "%2", map[string]ir.DType{"y": ir.Float32}},
		{"lower: a linear layer's bias add is torch's addmm (product f32 until the bias, sum rounded once)", ir.BFloat16, `
  %0 = parameter : f32[2,4] "x"
  %1 = parameter : f32[3,4] "w"
  %2 = parameter : f32[3] "b"
  %3 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[2,3] "prod"
  %4 = broadcast_in_dim %2 {shape=[2,3], dims=[1]} : f32[2,3] "bias"
  %5 = add %3, %4 : f32[2,3] "sum"
  %6 = gelu %5 {approx=tanh} : f32[2,3] "act"
`, "%6", map[string]ir.DType{"prod": ir.Float32, "sum": ir.Float32, "act": ir.BFloat16}},
		{"promote: a product with another user is not addmm", ir.BFloat16, `
  %0 = parameter : f32[2,4] "x"
  %1 = parameter : f32[3,4] "w"
  %2 = parameter : f32[3] "b"
  %3 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[2,3] "prod"
  %4 = broadcast_in_dim %2 {shape=[2,3], dims=[1]} : f32[2,3] "bias"
  %5 = add %3, %4 : f32[2,3] "sum"
  %6 = mul %5, %3 : f32[2,3] "other"
`, "%6", map[string]ir.DType{"prod": ir.BFloat16, "sum": ir.Float32, "other": ir.Float32}},
		{"lower: float64 is left alone", ir.BFloat16, `
  %0 = parameter : f64[2,4] "x"
  %1 = parameter : f64[3,4] "w"
  %2 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f64} : f64[2,3] "y"
`, "%2", map[string]ir.DType{"y": ir.Float64}},
		{"lower: integer dot is left alone", ir.BFloat16, `
  %0 = parameter : i32[2,4] "x"
  %1 = parameter : i32[3,4] "w"
  %2 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=i32} : i32[2,3] "y"
`, "%2", map[string]ir.DType{"y": ir.Int32}},
		{"lower: conv", ir.BFloat16, `
  %0 = parameter : f32[1,2,5] "x"
  %1 = parameter : f32[3,2,3] "k"
  %2 = conv %0, %1 {strides=[1], pad_low=[1], pad_high=[1], dilation=[1], groups=1} : f32[1,3,5] "y"
`, "%2", map[string]ir.DType{"y": ir.BFloat16}},
		{"lower: attention casts q, k, v and sinks, not the mask", ir.BFloat16, `
  %0 = parameter : f32[1,2,3,4] "q"
  %1 = parameter : bool[1,3] "mask"
  %2 = parameter : f32[2] "sinks"
  %3 = attention %0, %0, %0, %1, %2 {scale=0.5, causal=true, window=0, symmetric_window=false, softcap=0, has_mask=true, has_positions=false, has_sinks=true} : f32[1,2,3,4] "attn"
`, "%3", map[string]ir.DType{"attn": ir.BFloat16, "mask": ir.Bool}},
		{"fp32: exp, layer_norm and softmax of a bf16 value", ir.BFloat16, `
  %0 = parameter : f32[2,4] "x"
  %1 = parameter : f32[4,4] "w"
  %2 = parameter : f32[4] "ln.weight"
  %3 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[2,4] "h"
  %4 = exp %3 : f32[2,4] "e"
  %5 = layer_norm %3, %2, %2 {eps=1e-05} : f32[2,4] "ln"
  %6 = rms_norm %3, %2 {eps=1e-05} : f32[2,4] "rms"
  %7 = softmax %3 {axis=1} : f32[2,4] "p"
  %8 = pow %3, %3 : f32[2,4] "pw"
  %9 = add %4, %5 : f32[2,4]
  %10 = add %9, %6 : f32[2,4]
  %11 = add %10, %7 : f32[2,4]
  %12 = add %11, %8 : f32[2,4]
`, "%12", map[string]ir.DType{"h": ir.BFloat16, "e": ir.Float32, "ln": ir.Float32, "rms": ir.Float32, "p": ir.Float32, "pw": ir.Float32}},
		{"fp32: a bf16 program's own bf16 exp is computed in float32", ir.BFloat16, `
  %0 = parameter : bf16[4] "x"
  %1 = exp %0 : bf16[4] "e"
`, "%1", map[string]ir.DType{"e": ir.Float32}},
		{"promote: bf16 with f32 is f32, unary ops follow their input", ir.BFloat16, `
  %0 = parameter : f32[2,4] "x"
  %1 = parameter : f32[4,4] "w"
  %2 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[2,4] "h"
  %3 = silu %2 : f32[2,4] "act"
  %4 = tanh %3 : f32[2,4] "t"
  %5 = add %0, %4 : f32[2,4] "residual"
  %6 = transpose %4 {perm=[1,0]} : f32[4,2] "tr"
  %7 = compare %4, %0 {dir=gt} : bool[2,4] "cmp"
  %8 = select %7, %4, %0 : f32[2,4] "sel"
  %9 = concat %4, %4 {axis=0} : f32[4,4] "cat"
`, "%5, %6, %8, %9", map[string]ir.DType{"act": ir.BFloat16, "t": ir.BFloat16, "residual": ir.Float32, "tr": ir.BFloat16, "cmp": ir.Bool, "sel": ir.Float32, "cat": ir.BFloat16}},
		{"promote: f16 with bf16 is f32", ir.BFloat16, `
  %0 = parameter : f16[2,4] "h"
  %1 = parameter : f16[2] "b"
  %2 = dot_general %0, %0 {lhs_batch=[0], rhs_batch=[0], lhs_contract=[1], rhs_contract=[1], out=f16} : f16[2] "d"
  %3 = mul %2, %1 : f16[2] "m"
  %4 = convert %3 {to=bf16} : bf16[2] "as_written"
`, "%3, %4", map[string]ir.DType{"d": ir.BFloat16, "m": ir.Float32, "as_written": ir.BFloat16}},
		{"promote: a scalar literal does not widen a bf16 tensor", ir.BFloat16, `
  %0 = parameter : f32[2,4] "x"
  %1 = parameter : f32[4,4] "w"
  %2 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[2,4] "h"
  %3 = constant {value=[0.1]} : f32[]
  %4 = reshape %3 {shape=[1,1]} : f32[1,1]
  %5 = broadcast_in_dim %4 {shape=[2,4], dims=[0,1]} : f32[2,4]
  %6 = mul %2, %5 : f32[2,4] "scaled_in_f32"
  %7 = neg %6 : f32[2,4] "after"
  %8 = constant {value=[1, 2, 3, 4, 5, 6, 7, 8]} : f32[2,4]
  %9 = mul %2, %8 : f32[2,4] "tensor_widens"
`, "%7, %9", map[string]ir.DType{"scaled_in_f32": ir.Float32, "after": ir.BFloat16, "tensor_widens": ir.Float32}},
		{"reduce: sum and prod in float32, max and min in the input dtype", ir.BFloat16, `
  %0 = parameter : f32[2,4] "x"
  %1 = parameter : f32[4,4] "w"
  %2 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[2,4] "h"
  %3 = reduce %2 {kind=sum, axes=[1]} : f32[2] "sum"
  %4 = reduce %2 {kind=prod, axes=[1]} : f32[2] "prod"
  %5 = reduce %2 {kind=max, axes=[1]} : f32[2] "max"
  %6 = reduce %2 {kind=min, axes=[1]} : f32[2] "min"
  %7 = arg_max %2 {axis=1, out=i64} : i64[2] "argmax"
`, "%3, %4, %5, %6, %7", map[string]ir.DType{"sum": ir.Float32, "prod": ir.Float32, "max": ir.BFloat16, "min": ir.BFloat16, "argmax": ir.Int64}},
		{"keep: converts stay as written, sources keep their dtype", ir.BFloat16, `
  %0 = parameter : f32[2,4] "x"
  %1 = parameter : f32[4,4] "w"
  %2 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[2,4] "logits"
  %3 = convert %2 {to=f64} : f64[2,4] "to_f64"
  %4 = iota {dim=1} : f32[2,4] "pos"
  %5 = parameter : i64[] "key"
  %6 = rng %5 {dist=uniform, dtype=f32, shape=[2,4]} : f32[2,4] "noise"
  %7 = add %4, %6 : f32[2,4] "sources"
`, "%3, %7", map[string]ir.DType{"logits": ir.BFloat16, "to_f64": ir.Float64, "pos": ir.Float32, "noise": ir.Float32, "sources": ir.Float32}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := "func @f {" + c.src + "  return " + c.ret + "\n}\n"
			f, err := ir.Parse(src)
			if err != nil {
				t.Fatalf("parse: %v\n%s", err, src)
			}
			orig, _ := ir.Parse(src)
			if err := passes.Autocast(f, c.low); err != nil {
				t.Fatal(err)
			}
			if err := ir.Check(f); err != nil {
				t.Fatalf("invalid after Autocast: %v\n%s", err, f)
			}
			checkSignature(t, orig, f)
			byName := map[string]*ir.Value{}
			for _, v := range f.Values {
				if v.Name != "" {
					byName[v.Name] = v
				}
			}
			for name, dt := range c.want {
				v, ok := byName[name]
				switch {
				case !ok:
					t.Errorf("no value named %q after Autocast:\n%s", name, f)
				case v.Type.DType != dt:
					t.Errorf("%q is %s, want %s:\n%s", name, v.Type, dt, f)
				}
			}
		})
	}
}

// checkSignature: Autocast keeps parameters (names, types, order) and
// result types and names.
func checkSignature(t *testing.T, orig, f *ir.Func) {
	t.Helper()
	if len(orig.Params) != len(f.Params) || len(orig.Results) != len(f.Results) {
		t.Fatalf("signature changed: %d params, %d results; want %d, %d", len(f.Params), len(f.Results), len(orig.Params), len(orig.Results))
	}
	for i, p := range orig.Params {
		if q := f.Params[i]; q.Name != p.Name || !q.Type.Equal(p.Type) {
			t.Errorf("param %d is %q %s, want %q %s", i, q.Name, q.Type, p.Name, p.Type)
		}
	}
	for i, r := range orig.Results {
		if q := f.Results[i]; !q.Type.Equal(r.Type) || f.ResultNames[i] != orig.ResultNames[i] {
			t.Errorf("result %d is %q %s, want %q %s", i, f.ResultNames[i], q.Type, orig.ResultNames[i], r.Type)
		}
	}
}

// TestAutocastSharesConverts: a weight several dots use is converted once
// (torch's autocast weight cache), and a result already converted back
// reuses that convert.
func TestAutocastSharesConverts(t *testing.T) {
	f, err := ir.Parse(`func @f {
  %0 = parameter : f32[2,4] "x"
  %1 = parameter : f32[4,4] "w"
  %2 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[2,4] "q"
  %3 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[2,4] "k"
  %4 = add %2, %3 : f32[2,4]
  return %4, %2
}
`)
	if err != nil {
		t.Fatal(err)
	}
	if err := passes.Autocast(f, ir.BFloat16); err != nil {
		t.Fatal(err)
	}
	converts := map[string]int{}
	for _, v := range f.Values {
		if v.Op == ir.OpConvert {
			converts[v.Args[0].Name+"->"+v.Type.DType.String()]++
		}
	}
	want := map[string]int{"x->bf16": 1, "w->bf16": 1, "q->f32": 1, "->f32": 1}
	for k, n := range want {
		if converts[k] != n {
			t.Errorf("%d converts %s, want %d (all: %v)\n%s", converts[k], k, n, converts, f)
		}
	}
}

// TestAutocastRemovesNoOpConverts: a model's convert to the dtype its
// operand now has (an f32 -> bf16 cast of a dot's result) disappears.
func TestAutocastRemovesNoOpConverts(t *testing.T) {
	f, err := ir.Parse(`func @f {
  %0 = parameter : f32[2,4] "x"
  %1 = dot_general %0, %0 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[2,2]
  %2 = convert %1 {to=bf16} : bf16[2,2]
  return %2
}
`)
	if err != nil {
		t.Fatal(err)
	}
	if err := passes.Autocast(f, ir.BFloat16); err != nil {
		t.Fatal(err)
	}
	if r := f.Results[0]; r.Op != ir.OpDotGeneral {
		t.Errorf("result is %s, want the bf16 dot itself:\n%s", r.LongString(), f)
	}
}

func TestAutocastErrors(t *testing.T) {
	f, err := ir.Parse("func @f {\n  %0 = parameter : f32[2] \"x\"\n  %1 = exp %0 : f32[2]\n  return %1\n}\n")
	if err != nil {
		t.Fatal(err)
	}
	before := f.String()
	for _, c := range []struct {
		f    *ir.Func
		low  ir.DType
		want string
	}{
		{nil, ir.BFloat16, "nil function"},
		{f, ir.Float32, "low-precision dtype f32, want bf16 or f16"},
		{f, ir.Int8, "low-precision dtype i8"},
	} {
		err := passes.Autocast(c.f, c.low)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Autocast(%v): error %v, want one containing %q", c.low, err, c.want)
		}
	}
	if f.String() != before {
		t.Errorf("a refused Autocast changed f:\n%s", f)
	}
}

// TestAutocastAddmmRoundsBias: the addmm pattern adds the bias rounded to
// the low dtype (torch casts every addmm operand) to the float32 product,
// and only a rounding convert reads the sum.
func TestAutocastAddmmRoundsBias(t *testing.T) {
	f, err := ir.Parse(`func @f {
  %0 = parameter : f32[2,4] "x"
  %1 = parameter : f32[3,4] "w"
  %2 = parameter : f32[3] "b"
  %3 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[2,3] "prod"
  %4 = broadcast_in_dim %2 {shape=[2,3], dims=[1]} : f32[2,3] "bias"
  %5 = add %4, %3 : f32[2,3] "sum"
  %6 = tanh %5 : f32[2,3] "act"
  return %6
}
`)
	if err != nil {
		t.Fatal(err)
	}
	if err := passes.Autocast(f, ir.BFloat16); err != nil {
		t.Fatal(err)
	}
	var sum *ir.Value
	for _, v := range f.Values {
		if v.Name == "sum" {
			sum = v
		}
	}
	if sum == nil || sum.Op != ir.OpAdd {
		t.Fatalf("no add named sum:\n%s", f)
	}
	b := sum.Args[0] // the bias was the add's first operand
	if b.Op != ir.OpConvert || b.Type.DType != ir.Float32 || b.Args[0].Op != ir.OpConvert || b.Args[0].Type.DType != ir.BFloat16 {
		t.Errorf("the bias operand is %s, want float32 of its bf16 rounding:\n%s", b.LongString(), f)
	}
	if d := sum.Args[1]; d.Op != ir.OpDotGeneral || d.Args[0].Type.DType != ir.BFloat16 || d.Type.DType != ir.Float32 {
		t.Errorf("the product is %s, want a bf16 dot_general with a float32 result:\n%s", d.LongString(), f)
	}
	for _, v := range f.Values {
		for _, x := range v.Args {
			if x == sum && (v.Op != ir.OpConvert || v.Type.DType != ir.BFloat16) {
				t.Errorf("%s reads the float32 sum; only its bf16 rounding should:\n%s", v.LongString(), f)
			}
		}
	}
}
