package peft_test

import (
	"math"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/tensor"
)

// deltaOf is scaling·B·A of module m in adapter a (zero ok = false
// without it).
func deltaOf(t *testing.T, a *peft.Adapter, m string) (*tensor.Tensor, bool) {
	t.Helper()
	A, okA := a.Tensor(peft.KeyPrefix + m + ".lora_A.weight")
	B, okB := a.Tensor(peft.KeyPrefix + m + ".lora_B.weight")
	if !okA || !okB {
		return nil, false
	}
	d, err := peft.Delta(A, B, a.Config.Scaling(m), false)
	if err != nil {
		t.Fatal(err)
	}
	return d, true
}

// crossDelta is coef·Bj·Ai, the update PEFT's linear combination makes of
// adapter i's A and adapter j's B.
func crossDelta(t *testing.T, ai, bj *peft.Adapter, m string, coef float64) []float64 {
	t.Helper()
	A, _ := ai.Tensor(peft.KeyPrefix + m + ".lora_A.weight")
	B, _ := bj.Tensor(peft.KeyPrefix + m + ".lora_B.weight")
	d, err := peft.Delta(A, B, coef, false)
	if err != nil {
		t.Fatal(err)
	}
	return d.Float64s()
}

func addInto(dst []float64, src []float64) []float64 {
	if dst == nil {
		dst = make([]float64, len(src))
	}
	for i, x := range src {
		dst[i] += x
	}
	return dst
}

func maxDiff64(x []float64, y []float64) float64 {
	d := 0.0
	for i := range x {
		d = math.Max(d, math.Abs(x[i]-y[i]))
	}
	return d
}

func sign(x float64) float64 {
	if x < 0 {
		return -1
	}
	return 1
}

// TestAddWeighted checks the combined adapters' updates against the
// math done on the source weights: "cat" gives Σ wᵢsᵢBᵢAᵢ, "linear"
// Σᵢ Σⱼ sign(cᵢ)·√|cᵢcⱼ|·BⱼAᵢ with cᵢ = wᵢsᵢ (PEFT's cross terms), each
// over the adapters that have the module; the union of target modules;
// then runs the combined adapters on llama-tiny.
func TestAddWeighted(t *testing.T) {
	a := tinyAdapter{model: "llama-tiny", config: llamaLoRA, modules: llamaModules, seed: 20}.make(t)
	bCfg := `{"r": 4, "lora_alpha": 16, "target_modules": ["v_proj", "o_proj"]}`
	bMods := layerModules(2, "model.layers.", "self_attn.v_proj", "self_attn.o_proj")
	b := tinyAdapter{model: "llama-tiny", config: bCfg, modules: bMods, seed: 21}.make(t)
	srcs := []*peft.Adapter{a, b}
	weights := []float64{0.7, -0.4}

	lin, err := peft.AddWeighted("lin", srcs, weights, peft.CombineLinear)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := peft.AddWeighted("cat", srcs, weights, peft.CombineCat)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(lin.Config.TargetNames, ","); got != "down_proj,o_proj,q_proj,v_proj" {
		t.Errorf("combined target_modules = %s, want the union", got)
	}
	if lin.Config.R != 4 || cat.Config.R != 8 || lin.Config.Scaling("x.q_proj") != 1 || cat.Config.Scaling("x.q_proj") != 1 {
		t.Errorf("linear r %d, cat r %d, scalings %g %g; want 4, 8, 1, 1", lin.Config.R, cat.Config.R,
			lin.Config.Scaling("x.q_proj"), cat.Config.Scaling("x.q_proj"))
	}
	mods := map[string]bool{}
	for _, ad := range srcs {
		for _, m := range ad.LoRAModules() {
			mods[m] = true
		}
	}
	if len(lin.LoRAModules()) != len(mods) || len(cat.LoRAModules()) != len(mods) {
		t.Fatalf("combined adapters have %d and %d modules, want %d", len(lin.LoRAModules()), len(cat.LoRAModules()), len(mods))
	}
	for m := range mods {
		var wantCat, wantLin []float64
		for i, ai := range srcs {
			di, ok := deltaOf(t, ai, m)
			if !ok {
				continue
			}
			cat := make([]float64, 0, len(di.Float64s()))
			for _, x := range di.Float64s() {
				cat = append(cat, weights[i]*x)
			}
			wantCat = addInto(wantCat, cat)
			ci := weights[i] * ai.Config.Scaling(m)
			for j, bj := range srcs {
				if _, ok := deltaOf(t, bj, m); !ok {
					continue
				}
				cj := weights[j] * bj.Config.Scaling(m)
				wantLin = addInto(wantLin, crossDelta(t, ai, bj, m, sign(ci)*math.Sqrt(math.Abs(ci*cj))))
			}
		}
		gotCat, _ := deltaOf(t, cat, m)
		gotLin, _ := deltaOf(t, lin, m)
		if d := maxDiff64(gotCat.Float64s(), wantCat); d > 1e-6 {
			t.Errorf("%s: cat update differs from Σ wᵢsᵢBᵢAᵢ by %g", m, d)
		}
		if d := maxDiff64(gotLin.Float64s(), wantLin); d > 1e-6 {
			t.Errorf("%s: linear update differs from PEFT's cross-term sum by %g", m, d)
		}
	}

	// The combined adapters run on the model, sharing a Runner with a
	// source adapter.
	r := fixture.Runner(t, fixture.ModelDir("llama-tiny"), interp.New())
	base := forward(t, r, testIDs)
	for _, c := range []struct {
		name string
		ad   *peft.Adapter
	}{{"a", a}, {"lin", lin}, {"cat", cat}} {
		if err := r.LoadAdapter(c.name, c.ad); err != nil {
			t.Fatal(err)
		}
		if err := r.SetActive(c.name); err != nil {
			t.Fatal(err)
		}
		if d := maxDiff(base, forward(t, r, testIDs)); d < 1e-3 {
			t.Errorf("%s changes the logits by only %g", c.name, d)
		}
	}
}

// TestAddWeightedRSLoRA: the combined config keeps use_rslora with
// r = lora_alpha = the new rank, so its scaling is √r, as in PEFT.
func TestAddWeightedRSLoRA(t *testing.T) {
	cfg := `{"r": 4, "lora_alpha": 8, "use_rslora": true, "target_modules": ["q_proj"]}`
	mods := layerModules(2, "model.layers.", "self_attn.q_proj")
	a := tinyAdapter{model: "llama-tiny", config: cfg, modules: mods, seed: 30}.make(t)
	b := tinyAdapter{model: "llama-tiny", config: cfg, modules: mods, seed: 31}.make(t)
	cat, err := peft.AddWeighted("cat", []*peft.Adapter{a, b}, []float64{1, 0.5}, peft.CombineCat)
	if err != nil {
		t.Fatal(err)
	}
	if s := cat.Config.Scaling(mods[0]); math.Abs(s-math.Sqrt(8)) > 1e-12 {
		t.Errorf("cat of two r 4 rsLoRA adapters: scaling %g, want √8", s)
	}
	da, _ := deltaOf(t, a, mods[0])
	db, _ := deltaOf(t, b, mods[0])
	got, _ := deltaOf(t, cat, mods[0])
	want := make([]float64, len(da.Float64s()))
	for i := range want {
		want[i] = math.Sqrt(8) * (da.Float64s()[i] + 0.5*db.Float64s()[i])
	}
	if d := maxDiff64(got.Float64s(), want); d > 1e-5 {
		t.Errorf("cat update differs from √8·(Δa + 0.5Δb) by %g", d)
	}
}

func TestAddWeightedErrors(t *testing.T) {
	a := tinyAdapter{model: "llama-tiny", config: llamaLoRA, modules: llamaModules, seed: 40}.make(t)
	r8 := tinyAdapter{model: "llama-tiny", config: strings.Replace(llamaLoRA, `"r": 4`, `"r": 8`, 1), modules: llamaModules, seed: 41}.make(t)
	dora := tinyAdapter{model: "llama-tiny", config: llamaDoRA, modules: llamaModules, seed: 42}.make(t)
	re := tinyAdapter{model: "llama-tiny", config: `{"r": 4, "target_modules": ".*q_proj"}`,
		modules: layerModules(2, "model.layers.", "self_attn.q_proj"), seed: 43}.make(t)
	two := []float64{1, 1}
	for _, c := range []struct {
		what        string
		ads         []*peft.Adapter
		weights     []float64
		combination string
		want        string
	}{
		{"svd", []*peft.Adapter{a, a}, two, "svd", `"svd"`},
		{"ties_svd", []*peft.Adapter{a, a}, two, "ties_svd", `"ties_svd"`},
		{"dare_linear", []*peft.Adapter{a, a}, two, "dare_linear", `"dare_linear"`},
		{"unknown type", []*peft.Adapter{a, a}, two, "mean", "invalid combination_type"},
		{"linear with unequal ranks", []*peft.Adapter{a, r8}, two, "linear", "equal ranks"},
		{"DoRA", []*peft.Adapter{a, dora}, two, "cat", "DoRA"},
		{"regex and list", []*peft.Adapter{a, re}, two, "cat", "regex"},
		{"weights count", []*peft.Adapter{a, a}, []float64{1}, "cat", "1 weights for 2 adapters"},
	} {
		_, err := peft.AddWeighted("new", c.ads, c.weights, c.combination)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), `"new"`) {
			t.Errorf("%s: error %v, want one naming \"new\" and %s", c.what, err, c.want)
		}
	}
	// cat takes unequal ranks: r 4 + r 8.
	c, err := peft.AddWeighted("new", []*peft.Adapter{a, r8}, two, "cat")
	if err != nil || c.Config.R != 12 {
		t.Errorf("cat of r 4 and r 8: %v, r %v", err, c)
	}
}
