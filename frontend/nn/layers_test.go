package nn_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// run builds fn, binds tensors by name and evaluates on interp.
func run(t *testing.T, fn func(g *frontend.Graph, s *nn.Scope) *frontend.Tensor, named map[string][]float64) []float64 {
	t.Helper()
	f, err := frontend.Build("layer", func(g *frontend.Graph) error {
		g.Return(frontend.Out("y", fn(g, nn.NewScope(g, ir.Float64))))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	in := map[string]*tensor.Tensor{}
	for _, p := range f.Params {
		vals, ok := named[p.Name]
		if !ok {
			t.Fatalf("test gives no values for %s", p.Name)
		}
		if in[p.Name], err = tensor.FromFloat64(p.Type.DType, p.Type.Shape, vals); err != nil {
			t.Fatal(err)
		}
	}
	args, _, err := nn.Bind(f, in)
	if err != nil {
		t.Fatal(err)
	}
	outs, err := interp.Eval(f, args...)
	if err != nil {
		t.Fatal(err)
	}
	return outs[0].Float64s()
}

func assertNear(t *testing.T, got, want []float64, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d values, want %d: %v", len(got), len(want), got)
	}
	for i := range want {
		if !(math.Abs(got[i]-want[i]) <= tol) {
			t.Fatalf("element %d: got %v, want %v (all: %v)", i, got[i], want[i], got)
		}
	}
}

func TestLayers(t *testing.T) {
	x := []float64{1, -2, 3, 0.5, 0, -1} // (2, 3)
	w := []float64{1, 2, 3, 4, 5, 6}     // (2 out, 3 in)
	t.Run("LinearBias", func(t *testing.T) {
		got := run(t, func(g *frontend.Graph, s *nn.Scope) *frontend.Tensor {
			return nn.NewLinear(s.Sub("fc"), 3, 2, true).Forward(g.Param("x", ir.Float64, 2, 3))
		}, map[string][]float64{"x": x, "fc.weight": w, "fc.bias": {10, 20}})
		assertNear(t, got, []float64{1 - 4 + 9 + 10, 4 - 10 + 18 + 20, 0.5 - 3 + 10, 2 - 6 + 20}, 1e-12)
	})
	t.Run("EmbeddingAndTiedHead", func(t *testing.T) {
		got := run(t, func(g *frontend.Graph, s *nn.Scope) *frontend.Tensor {
			e := nn.NewEmbedding(s.Sub("embed_tokens"), 2, 3)
			h := e.Forward(g.Param("ids", ir.Int64, 3)) // (3, 3)
			return frontend.Concat(0, h.Reshape(-1), e.Attend(h.SliceAxis(0, 0, 1)).Reshape(-1))
		}, map[string][]float64{"ids": {1, 0, 1}, "embed_tokens.weight": w})
		assertNear(t, got, []float64{4, 5, 6, 1, 2, 3, 4, 5, 6, 4 + 10 + 18, 16 + 25 + 36}, 1e-12)
	})
	t.Run("LayerNormVariants", func(t *testing.T) {
		got := run(t, func(g *frontend.Graph, s *nn.Scope) *frontend.Tensor {
			xt := g.Param("x", ir.Float64, 2, 3)
			full := nn.NewLayerNorm(s.Sub("ln"), 3, 1e-5, nn.LayerNormOptions{}).Forward(xt)
			nob := nn.NewLayerNorm(s.Sub("ln_nobias"), 3, 1e-5, nn.LayerNormOptions{NoBias: true}).Forward(xt)
			plain := nn.NewLayerNorm(s.Sub("ln_plain"), 3, 1e-5, nn.LayerNormOptions{NoWeight: true}).Forward(xt)
			return frontend.Concat(0, full, nob, plain)
		}, map[string][]float64{"x": x, "ln.weight": {1, 2, 3}, "ln.bias": {0.5, 0, -0.5}, "ln_nobias.weight": {2, 2, 2}})
		var want []float64
		for _, wb := range [][2][]float64{{{1, 2, 3}, {0.5, 0, -0.5}}, {{2, 2, 2}, {0, 0, 0}}, {{1, 1, 1}, {0, 0, 0}}} {
			for r := 0; r < 2; r++ {
				row := x[3*r : 3*r+3]
				m := (row[0] + row[1] + row[2]) / 3
				v := ((row[0]-m)*(row[0]-m) + (row[1]-m)*(row[1]-m) + (row[2]-m)*(row[2]-m)) / 3
				for i := range row {
					want = append(want, (row[i]-m)/math.Sqrt(v+1e-5)*wb[0][i]+wb[1][i])
				}
			}
		}
		assertNear(t, got, want, 1e-12)
	})
	t.Run("RMSNormUnitOffset", func(t *testing.T) {
		got := run(t, func(g *frontend.Graph, s *nn.Scope) *frontend.Tensor {
			n := nn.NewRMSNorm(s.Sub("norm"), 3, 1e-6)
			n.UnitOffset = true
			return n.Forward(g.Param("x", ir.Float64, 2, 3))
		}, map[string][]float64{"x": x, "norm.weight": {0, 1, -0.5}})
		var want []float64
		for r := 0; r < 2; r++ {
			row := x[3*r : 3*r+3]
			ms := (row[0]*row[0] + row[1]*row[1] + row[2]*row[2]) / 3
			for i, w := range []float64{1, 2, 0.5} {
				want = append(want, row[i]/math.Sqrt(ms+1e-6)*w)
			}
		}
		assertNear(t, got, want, 1e-12)
	})
	t.Run("RotaryPartialWithBatchPositions", func(t *testing.T) {
		// x (B=1, H=1, T=2, D=6), rotary dim 4, positions (B, T) = [[3, 7]].
		xs := []float64{1, 2, 3, 4, 5, 6, -1, 0.5, 2, -3, 7, 8}
		got := run(t, func(g *frontend.Graph, s *nn.Scope) *frontend.Tensor {
			r, err := nn.NewRotary(nn.RopeConfig{Theta: 100, Dim: 4})
			if err != nil {
				t.Fatal(err)
			}
			cos, sin := r.CosSin(g.ConstInts(ir.Int32, []int{1, 2}, []int64{3, 7}), ir.Float64)
			return nn.ApplyRotary(g.Param("x", ir.Float64, 1, 1, 2, 6), cos, sin)
		}, map[string][]float64{"x": xs})
		inv := []float64{1, float64(float32(1 / float32(math.Pow(100, 0.5))))}
		var want []float64
		for ti, p := range []float64{3, 7} {
			v := xs[6*ti : 6*ti+6]
			for j := 0; j < 4; j++ {
				a := float64(float32(p) * float32(inv[j%2])) // angle as computed in float32
				other := -v[j+2]
				if j >= 2 {
					other = v[j-2]
				}
				want = append(want, v[j]*math.Cos(a)+other*math.Sin(a))
			}
			want = append(want, v[4], v[5])
		}
		assertNear(t, got, want, 1e-6)
	})
}

func TestCosSinAttentionScaling(t *testing.T) {
	cfg := nn.RopeConfig{Type: "yarn", Theta: 10000, Dim: 4, Factor: 4, OriginalMaxPositionEmbeddings: 64}
	r, err := nn.NewRotary(cfg)
	if err != nil {
		t.Fatal(err)
	}
	got := run(t, func(g *frontend.Graph, s *nn.Scope) *frontend.Tensor {
		cos, sin := r.CosSin(g.Arange(ir.Int32, 2), ir.Float64) // (2, 4)
		return frontend.Concat(0, cos, sin)
	}, nil)
	a := r.AttentionScaling
	if a == 1 {
		t.Fatal("yarn with factor 4 should scale cos and sin")
	}
	var want []float64
	for _, fn := range []func(float64) float64{math.Cos, math.Sin} {
		for p := 0; p < 2; p++ {
			for j := 0; j < 4; j++ {
				want = append(want, a*fn(float64(float32(p)*float32(r.InvFreq[j%2]))))
			}
		}
	}
	assertNear(t, got, want, 1e-7)
}

func TestActivations(t *testing.T) {
	xs := []float64{-25, -3, -1, -0.5, 0, 0.3, 1, 2.5, 25}
	sig := func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
	gelu := func(x float64) float64 { return 0.5 * x * (1 + math.Erf(x/math.Sqrt2)) }
	tanhGelu := func(x float64) float64 {
		return 0.5 * x * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(x+0.044715*x*x*x)))
	}
	softplus := func(x float64) float64 {
		if x > 20 {
			return x
		}
		return math.Log1p(math.Exp(x))
	}
	want := map[string]func(float64) float64{
		"gelu": gelu, "gelu_python": gelu, "gelu_new": tanhGelu, "gelu_pytorch_tanh": tanhGelu,
		"gelu_fast":     func(x float64) float64 { return 0.5 * x * (1 + math.Tanh(x*0.7978845608*(1+0.044715*x*x))) },
		"gelu_accurate": tanhGelu,
		"gelu_10":       func(x float64) float64 { return math.Max(-10, math.Min(10, gelu(x))) },
		"quick_gelu":    func(x float64) float64 { return x * sig(1.702*x) },
		"silu":          func(x float64) float64 { return x * sig(x) },
		"swish":         func(x float64) float64 { return x * sig(x) },
		"relu":          func(x float64) float64 { return math.Max(x, 0) },
		"relu2":         func(x float64) float64 { return math.Max(x, 0) * math.Max(x, 0) },
		"relu6":         func(x float64) float64 { return math.Min(math.Max(x, 0), 6) },
		"leaky_relu": func(x float64) float64 {
			if x >= 0 {
				return x
			}
			return 0.01 * x
		},
		"tanh":    math.Tanh,
		"sigmoid": sig,
		"linear":  func(x float64) float64 { return x },
		"mish":    func(x float64) float64 { return x * math.Tanh(softplus(x)) },
		"laplace": func(x float64) float64 { return 0.5 * (1 + math.Erf((x-0.707107)/(0.282095*math.Sqrt2))) },
	}
	names := nn.ActivationNames()
	if len(names) != len(want) {
		t.Errorf("%d activations, %d references: %v", len(names), len(want), names)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			ref, ok := want[name]
			if !ok {
				t.Fatalf("no reference for %s", name)
			}
			act, err := nn.Activation(name)
			if err != nil {
				t.Fatal(err)
			}
			got := run(t, func(g *frontend.Graph, s *nn.Scope) *frontend.Tensor {
				return act(g.Param("x", ir.Float64, len(xs)))
			}, map[string][]float64{"x": xs})
			exp := make([]float64, len(xs))
			for i, x := range xs {
				exp[i] = ref(x)
			}
			assertNear(t, got, exp, 1e-9)
		})
	}
	_, err := nn.Activation("gelu_fancy")
	if err == nil || !strings.Contains(err.Error(), `"gelu_fancy"`) || !strings.Contains(err.Error(), "quick_gelu") {
		t.Errorf("unknown activation: %v", err)
	}
	if _, err := nn.NewGatedMLP(nn.NewScope(frontend.New("x"), ir.Float32), 4, 8, false, "nope"); err == nil {
		t.Error("NewGatedMLP accepted an unknown activation")
	}
}

func TestScopeAndBind(t *testing.T) {
	f, err := frontend.Build("scoped", func(g *frontend.Graph) error {
		root := nn.NewScope(g, ir.BFloat16)
		l3 := root.Sub("model").Sub("layers").Index(3)
		if got := l3.Name("self_attn.q_proj.weight"); got != "model.layers.3.self_attn.q_proj.weight" {
			t.Errorf("name %q", got)
		}
		if l3.Prefix() != "model.layers.3" || root.Name("lm_head.weight") != "lm_head.weight" || l3.Name("") != "model.layers.3" {
			t.Errorf("prefixes %q %q", l3.Prefix(), root.Name("lm_head.weight"))
		}
		emb := root.Sub("model").Sub("embed_tokens").Param("weight", 10, 4)
		tied := root.Sub("model.embed_tokens").Param("weight", 10, 4)
		if emb.Value() != tied.Value() {
			t.Error("tied weight declared twice")
		}
		scale := root.WithDType(ir.Float32).ParamDType("scale", ir.Float32)
		ids := g.Param("input_ids", ir.Int64, 2)
		g.Return(frontend.Out("h", emb.Take(ids, 0).AsType(ir.Float32).Mul(scale)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	good := map[string]*tensor.Tensor{
		"model.embed_tokens.weight": mustTensor(t, ir.BFloat16, 10, 4),
		"scale":                     mustTensor(t, ir.Float32),
		"input_ids":                 mustTensor(t, ir.Int64, 2),
		"lm_head.weight":            mustTensor(t, ir.BFloat16, 10, 4),
	}
	args, unused, err := nn.Bind(f, good)
	if err != nil {
		t.Fatal(err)
	}
	if len(args) != 3 || args[0] != good["model.embed_tokens.weight"] || args[2] != good["input_ids"] {
		t.Errorf("args not in parameter order")
	}
	if len(unused) != 1 || unused[0] != "lm_head.weight" {
		t.Errorf("unused %v", unused)
	}
	bad := map[string]*tensor.Tensor{
		"model.embed_tokens.weight": mustTensor(t, ir.Float32, 10, 4),
		"input_ids":                 mustTensor(t, ir.Int64, 3),
	}
	_, _, err = nn.Bind(f, bad)
	var be *nn.BindError
	if !errors.As(err, &be) || len(be.Missing) != 1 || be.Missing[0] != "scale" || len(be.Mismatched) != 2 {
		t.Fatalf("bind error %v", err)
	}
	for _, s := range []string{"model.embed_tokens.weight: have f32[10,4], want bf16[10,4]", "input_ids: have i64[3], want i64[2]", "scale"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q lacks %q", err, s)
		}
	}
	broken := &tensor.Tensor{DType: ir.Float32, Shape: ir.Shape{2}, Data: []byte{1}}
	if _, _, err := nn.Bind(f, map[string]*tensor.Tensor{"scale": broken}); err == nil || !strings.Contains(err.Error(), `"scale"`) {
		t.Errorf("invalid tensor: %v", err)
	}
	if _, err := nn.CheckTypes(f, map[string]ir.Type{"model.embed_tokens.weight": ir.T(ir.BFloat16, 10, 4), "scale": ir.T(ir.Float32), "input_ids": ir.T(ir.Int64, 2)}); err != nil {
		t.Errorf("CheckTypes: %v", err)
	}

	// Conflicting redeclaration is a build error naming both types.
	_, err = frontend.Build("conflict", func(g *frontend.Graph) error {
		s := nn.NewScope(g, ir.Float32).Sub("lm_head")
		nn.NewLinear(s, 4, 10, false)
		nn.NewLinear(s, 4, 12, false)
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "f32[10,4]") || !strings.Contains(err.Error(), "f32[12,4]") || !strings.Contains(err.Error(), "layers_test.go:") {
		t.Errorf("conflicting weights: %v", err)
	}
}

func mustTensor(t *testing.T, dt ir.DType, dims ...int) *tensor.Tensor {
	t.Helper()
	tt, err := tensor.New(dt, ir.Shape(dims))
	if err != nil {
		t.Fatal(err)
	}
	return tt
}

// TestGemmaNormInFloat32 checks that Gemma's (1 + weight) RMSNorm on
// bfloat16 runs the norm, offset included, in float32.
func TestGemmaNormInFloat32(t *testing.T) {
	f, err := frontend.Build("gemma", func(g *frontend.Graph) error {
		n := nn.NewRMSNorm(nn.NewScope(g, ir.BFloat16).Sub("norm"), 8, 1e-6)
		n.UnitOffset = true
		g.Return(frontend.Out("y", n.Forward(g.Param("x", ir.BFloat16, 2, 8))))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	r := f.Results[0]
	if r.Op != ir.OpConvert || r.Type.DType != ir.BFloat16 {
		t.Fatalf("result %s %s", r.Op, r.Type)
	}
	norm := r.Args[0]
	if norm.Op != ir.OpRMSNorm || norm.Type.DType != ir.Float32 || norm.Args[1].Op != ir.OpAdd || norm.Args[1].Type.DType != ir.Float32 {
		t.Errorf("norm %s %s with weight %s %s", norm.Op, norm.Type, norm.Args[1].Op, norm.Args[1].Type)
	}
}

// TestLinearBF16RoundsOnce checks that a bfloat16 Linear with bias adds the
// bias before rounding to bfloat16 (torch's addmm), not after.
func TestLinearBF16RoundsOnce(t *testing.T) {
	x := []float64{1.5, -0.375, 2.25, 0.8125}
	w := []float64{0.3359375, 1.0078125, -0.5, 0.25, 1.75, -2.5, 0.1015625, 0.6875} // (2, 4)
	b := []float64{0.0048828125, -1.0078125}
	f, err := frontend.Build("lin", func(g *frontend.Graph) error {
		l := nn.NewLinear(nn.NewScope(g, ir.BFloat16).Sub("fc"), 4, 2, true)
		g.Return(frontend.Out("y", l.Forward(g.Param("x", ir.BFloat16, 1, 4))))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	mk := func(vals []float64, dims ...int) *tensor.Tensor {
		tt, err := tensor.FromFloat64(ir.BFloat16, ir.Shape(dims), vals)
		if err != nil {
			t.Fatal(err)
		}
		return tt
	}
	args, _, err := nn.Bind(f, map[string]*tensor.Tensor{"x": mk(x, 1, 4), "fc.weight": mk(w, 2, 4), "fc.bias": mk(b, 2)})
	if err != nil {
		t.Fatal(err)
	}
	outs, err := interp.Eval(f, args...)
	if err != nil {
		t.Fatal(err)
	}
	bf := func(v float64) float64 { return float64(ir.BFloat16ToFloat32(ir.Float32ToBFloat16(float32(v)))) }
	var want []float64
	for o := 0; o < 2; o++ {
		dot := 0.0
		for i := range x {
			dot += x[i] * w[o*4+i]
		}
		want = append(want, bf(float64(float32(dot)+float32(b[o]))))
	}
	assertNear(t, outs[0].Float64s(), want, 0)
}
