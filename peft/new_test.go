package peft

import (
	"math"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// TestSavedModule: modules_to_save matches a parameter when one of its
// enclosing modules' names ends with an entry (PEFT's str.endswith, so
// "xscore" matches "score" too), never by the leaf name itself.
func TestSavedModule(t *testing.T) {
	for _, tc := range []struct {
		param   string
		entries []string
		want    bool
	}{
		{"classifier.weight", []string{"classifier", "score"}, true},
		{"classifier.bias", []string{"classifier"}, true},
		{"bert.pooler.dense.weight", []string{"classifier", "score"}, false},
		{"model.score.weight", []string{"score"}, true},
		{"model.xscore.weight", []string{"score"}, true},
		{"lm_head.weight", []string{"weight"}, false},
		{"lm_head.weight", []string{""}, false},
		{"a.b.c.weight", []string{"b"}, true},
	} {
		if got := savedModule(tc.param, tc.entries); got != tc.want {
			t.Errorf("savedModule(%q, %q) = %v, want %v", tc.param, tc.entries, got, tc.want)
		}
	}
}

// TestNewAdapterBase: DoRA magnitudes and modules_to_save copies come from
// the base weights (the copy converted to float32, the magnitude the row
// norms of W + s·B·A), and without a Base they are refused.
func TestNewAdapterBase(t *testing.T) {
	cfg, err := ParseConfig([]byte(`{"r": 1, "lora_alpha": 1, "target_modules": ["q"], "use_dora": true, "modules_to_save": ["head"], "init_lora_weights": false}`), "c.json")
	if err != nil {
		t.Fatal(err)
	}
	mods := []nn.Module{{Path: "m.q", In: 2, Out: 2}}
	if _, err := NewAdapter("a", cfg, mods, 1, Base{}); err == nil || !strings.Contains(err.Error(), "base model's weights") {
		t.Fatalf("no Base: %v", err)
	}
	w, _ := tensor.FromFloat32(ir.Shape{2, 2}, []float32{3, 4, 0, 1})
	h, _ := tensor.FromFloat64(ir.BFloat16, ir.Shape{2}, []float64{0.5, -2})
	base := Base{Params: []string{"m.q.weight", "head.weight", "m.norm.weight"}, Tensor: func(n string) (*tensor.Tensor, error) {
		switch n {
		case "m.q.weight":
			return w, nil
		case "head.weight":
			return h, nil
		}
		t.Fatalf("read %s", n)
		return nil, nil
	}}
	a, err := NewAdapter("a", cfg, mods, 1, base)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(a.Names(), " "); got != "base_model.model.head.weight base_model.model.m.q.lora_A.weight base_model.model.m.q.lora_B.weight base_model.model.m.q.lora_magnitude_vector" {
		t.Fatalf("keys %s", got)
	}
	copyT, _ := a.Tensor(KeyPrefix + "head.weight")
	if copyT.DType != ir.Float32 || copyT.Float64s()[1] != -2 {
		t.Errorf("copy %v %v", copyT.DType, copyT.Float64s())
	}
	A, _ := a.Tensor(KeyPrefix + "m.q.lora_A.weight")
	B, _ := a.Tensor(KeyPrefix + "m.q.lora_B.weight")
	mag, _ := a.Tensor(KeyPrefix + "m.q.lora_magnitude_vector")
	av, bv, mv := A.Float64s(), B.Float64s(), mag.Float64s()
	wv := w.Float64s()
	for o := 0; o < 2; o++ {
		var ss float64
		for i := 0; i < 2; i++ {
			x := float64(float32(wv[2*o+i] + float64(float32(bv[o]*av[i]))))
			ss += x * x
		}
		if want := float32(math.Sqrt(ss)); float32(mv[o]) != want {
			t.Errorf("magnitude[%d] = %v, want %v", o, mv[o], want)
		}
	}
}
