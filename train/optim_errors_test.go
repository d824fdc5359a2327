package train

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/session"
	"github.com/kiln-ml/kiln/tensor"
)

func TestUnknownOptimizerNamesItAndTheKnownOnes(t *testing.T) {
	for _, name := range []string{"adam", "adamw_bnb_8bit", ""} {
		_, err := DefaultOptimizerConfig(name)
		if err == nil {
			t.Fatalf("optim %q accepted", name)
		}
		for _, want := range append([]string{`"` + name + `"`}, OptimizerNames()...) {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not mention %s", err, want)
			}
		}
	}
	for _, name := range []string{"adamw_torch", "adamw_torch_fused", "sgd", "adafactor"} {
		c, err := DefaultOptimizerConfig(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := c.Validate(); err != nil {
			t.Errorf("%s defaults: %v", name, err)
		}
	}
}

func TestBadHyperParametersNameTheField(t *testing.T) {
	cases := []struct {
		optim, field string
		edit         func(*OptimizerConfig)
	}{
		{"adamw_torch", "adam_beta1", func(c *OptimizerConfig) { c.Beta1 = 1 }},
		{"adamw_torch", "adam_beta2", func(c *OptimizerConfig) { c.Beta2 = -0.1 }},
		{"adamw_torch", "adam_epsilon", func(c *OptimizerConfig) { c.Epsilon = math.NaN() }},
		{"adamw_torch", "weight_decay", func(c *OptimizerConfig) { c.WeightDecay = -1 }},
		{"sgd", "momentum", func(c *OptimizerConfig) { c.Momentum = -0.5 }},
		{"sgd", "nesterov", func(c *OptimizerConfig) { c.Nesterov = true }},
		{"adafactor", "clip_threshold", func(c *OptimizerConfig) { c.ClipThreshold = 0 }},
		{"adafactor", "decay_rate", func(c *OptimizerConfig) { c.DecayRate = 0.8 }},
		{"adafactor", "warmup_init", func(c *OptimizerConfig) { c.WarmupInit = true }},
		{"adafactor", "beta1", func(c *OptimizerConfig) { c.HasAdafactorBeta1, c.AdafactorBeta1 = true, 2 }},
	}
	for _, tc := range cases {
		c := mustConfig(t, tc.optim, tc.edit)
		err := c.Validate()
		if err == nil || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("%s with bad %s: error %v", tc.optim, tc.field, err)
		}
	}
	c := mustConfig(t, "adamw_torch", nil)
	if _, err := c.Scalars(0, 1e-3); err == nil || !strings.Contains(err.Error(), "step 0") {
		t.Errorf("step 0: %v", err)
	}
	if _, err := c.Scalars(3, math.Inf(1)); err == nil || !strings.Contains(err.Error(), "learning_rate") || !strings.Contains(err.Error(), "step 3") {
		t.Errorf("infinite lr: %v", err)
	}
}

func TestOptimizerStepErrors(t *testing.T) {
	ctx := context.Background()
	b := interp.New()
	s := session.New[string](b, backends.CompileOptions{})
	defer s.Close()
	typ := ir.Type{DType: ir.Float32, Shape: ir.Shape{2}}
	x, _ := tensor.FromFloat32(typ.Shape, []float32{1, 2})
	if err := s.Upload("w", x); err != nil {
		t.Fatal(err)
	}
	cfg := mustConfig(t, "adamw_torch", nil)
	if _, err := NewOptimizer(s, "u", cfg, []OptimParam{{Name: "missing", Type: typ}}, 0); err == nil || !strings.Contains(err.Error(), `"missing"`) {
		t.Errorf("missing parameter buffer: %v", err)
	}
	if _, err := NewOptimizer(s, "u", cfg, []OptimParam{{Name: "w", Type: ir.Type{DType: ir.Float32, Shape: ir.Shape{3}}}}, 0); err == nil || !strings.Contains(err.Error(), `"w"`) {
		t.Errorf("wrong declared shape: %v", err)
	}
	for _, bad := range []float64{-1, math.Inf(1), math.NaN()} {
		if _, err := NewOptimizer(s, "u", cfg, []OptimParam{{Name: "w", Type: typ}}, bad); err == nil || !strings.Contains(err.Error(), "max_grad_norm") {
			t.Errorf("max_grad_norm %v: %v", bad, err)
		}
	}
	opt, err := NewOptimizer(s, "u", cfg, []OptimParam{{Name: "w", Type: typ}}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !s.Has("w.exp_avg") || !s.Has("w.exp_avg_sq") {
		t.Fatalf("state buffers not created: %v", s.Names())
	}
	g, _ := b.Upload(x)
	if _, err := opt.Step(ctx, map[string]backends.Buffer{"v": g}, 1e-3); err == nil || !strings.Contains(err.Error(), `"w"`) {
		t.Errorf("gradient under the wrong name: %v", err)
	}
	if opt.Steps() != 0 {
		t.Errorf("a failed step counted: Steps() = %d", opt.Steps())
	}
	if _, err := opt.Step(ctx, map[string]backends.Buffer{"w": g}, math.NaN()); err == nil || !strings.Contains(err.Error(), "learning_rate") {
		t.Errorf("NaN learning rate: %v", err)
	}
}

func TestDecayGroupsAsTheHFTrainer(t *testing.T) {
	names := []string{
		// GPT-2: LayerNorms by type (ln_1, ln_2, ln_f), biases by name.
		"transformer.wte.weight", "transformer.h.0.ln_1.weight", "transformer.h.0.ln_1.bias",
		"transformer.h.0.attn.c_attn.weight", "transformer.h.0.attn.c_attn.bias", "transformer.h.0.ln_2.weight", "transformer.ln_f.weight",
		// Llama / Qwen3: RMSNorms by name.
		"model.embed_tokens.weight", "model.layers.0.input_layernorm.weight", "model.layers.0.post_attention_layernorm.weight",
		"model.layers.0.self_attn.q_proj.weight", "model.layers.0.self_attn.q_norm.weight", "model.norm.weight", "lm_head.weight",
		// BERT: LayerNorm by name, pooler and classifier biases.
		"bert.embeddings.LayerNorm.weight", "bert.encoder.layer.0.output.dense.weight", "bert.pooler.dense.bias", "classifier.weight",
		// "norm" only as a whole component or after an underscore.
		"model.enormous.weight",
	}
	want := []string{
		"transformer.wte.weight", "transformer.h.0.attn.c_attn.weight",
		"model.embed_tokens.weight", "model.layers.0.self_attn.q_proj.weight", "lm_head.weight",
		"bert.encoder.layer.0.output.dense.weight", "classifier.weight", "model.enormous.weight",
	}
	if got := DecayParameterNames(names, nil); !slices.Equal(got, want) {
		t.Errorf("decay group\n got %q\nwant %q", got, want)
	}
	custom := func(m string) bool { return m == "wte" }
	if Decays("transformer.wte.weight", custom) || !Decays("transformer.h.0.ln_1.weight", custom) {
		t.Error("isNorm is not what decides LayerNorm modules")
	}
}
