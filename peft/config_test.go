package peft

import (
	"strings"
	"testing"
)

func TestTargets(t *testing.T) {
	cases := []struct {
		cfg    string
		module string
		want   bool
	}{
		{`{"target_modules": ["q_proj"]}`, "model.layers.0.self_attn.q_proj", true},
		{`{"target_modules": ["q_proj"]}`, "model.layers.0.self_attn.qq_proj", false},
		{`{"target_modules": ".*\\.(q|v)_proj"}`, "model.layers.1.self_attn.v_proj", true},
		{`{"target_modules": "q_proj"}`, "model.layers.1.self_attn.q_proj", false}, // fullmatch
		{`{"target_modules": "all-linear"}`, "lm_head", false},
		{`{"target_modules": "all-linear"}`, "model.layers.0.mlp.up_proj", true},
		{`{"target_modules": ["q_proj"], "layers_to_transform": [1]}`, "model.layers.0.self_attn.q_proj", false},
		{`{"target_modules": ["q_proj"], "layers_to_transform": 1}`, "model.layers.1.self_attn.q_proj", true},
		{`{"target_modules": ["c_attn"], "layers_to_transform": [0], "layers_pattern": "h"}`, "transformer.h.0.attn.c_attn", true},
		{`{"target_modules": ["q_proj"], "exclude_modules": ["layers.0.self_attn.q_proj"]}`, "model.layers.0.self_attn.q_proj", false},
	}
	for _, c := range cases {
		cfg, err := ParseConfig([]byte(c.cfg), "a.json")
		if err != nil {
			t.Fatalf("%s: %v", c.cfg, err)
		}
		if got := cfg.Targets(c.module); got != c.want {
			t.Errorf("%s: Targets(%s) = %v, want %v", c.cfg, c.module, got, c.want)
		}
	}
}

func TestPatternsAndScaling(t *testing.T) {
	cfg, err := ParseConfig([]byte(`{"r": 8, "lora_alpha": 16, "target_modules": ["q_proj", "v_proj"],
		"rank_pattern": {"layers.1.self_attn.q_proj": 2, "q_proj": 4}, "alpha_pattern": {"v_proj": 32}}`), "a.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		module  string
		r       int
		scaling float64
	}{
		{"model.layers.0.self_attn.q_proj", 4, 4},  // second key
		{"model.layers.1.self_attn.q_proj", 2, 8},  // first key wins
		{"model.layers.0.self_attn.v_proj", 8, 4},  // alpha 32 / r 8
		{"model.layers.0.self_attn.xq_proj", 8, 2}, // "q_proj" needs a dot before it
	} {
		r, _ := cfg.RankAlpha(c.module)
		if r != c.r || cfg.Scaling(c.module) != c.scaling {
			t.Errorf("%s: r %d scaling %g, want %d %g", c.module, r, cfg.Scaling(c.module), c.r, c.scaling)
		}
	}
	cfg.UseRSLoRA = true
	if s := cfg.Scaling("model.layers.0.self_attn.q_proj"); s != 8 { // 16/sqrt(4)
		t.Errorf("rslora scaling %g, want 8", s)
	}
}

func TestConfigErrors(t *testing.T) {
	for cfg, field := range map[string]string{
		`{"r": 0, "target_modules": ["q"]}`:                        "r = 0",
		`{"target_modules": 3}`:                                    "target_modules",
		`{"r": 4}`:                                                 "target_modules",
		`{"target_modules": ["q"], "bias": "all"}`:                 "bias",
		`{"target_modules": ["q"], "use_dora": 3}`:                 "use_dora",
		`{"target_modules": ["q"], "rank_pattern": {"(": 2}}`:      "rank_pattern",
		`{"target_modules": "(?<=x)q"}`:                            "regex",
		`{"target_modules": ["q"], "peft_type": "IA3"}`:            "peft_type",
		`{"target_modules": ["q"], "layer_replication": [[0, 1]]}`: "layer_replication",
		`{"target_modules": ["q"], "init_lora_weights": "pissa"}`:  "init_lora_weights",
		`[1]`: "a.json",
	} {
		_, err := ParseConfig([]byte(cfg), "a.json")
		if err == nil || !strings.Contains(err.Error(), field) || !strings.Contains(err.Error(), "a.json") {
			t.Errorf("%s: error %v, want one naming a.json and %s", cfg, err, field)
		}
	}
}

// FuzzParseConfig: any input parses or fails with an error naming the
// file; a parsed config answers matching questions without panicking.
func FuzzParseConfig(f *testing.F) {
	f.Add([]byte(`{"r": 4, "lora_alpha": 8, "target_modules": ["q_proj"], "rank_pattern": {"q": 2}}`))
	f.Add([]byte(`{"target_modules": ".*", "layers_to_transform": [0, 1], "layers_pattern": ["h"]}`))
	f.Add([]byte(`{"target_modules": "all-linear", "use_rslora": true, "exclude_modules": "x"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseConfig(data, "adapter_config.json")
		if err != nil {
			if !strings.Contains(err.Error(), "adapter_config.json") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for _, m := range []string{"model.layers.0.self_attn.q_proj", "lm_head", "transformer.h.3.attn.c_attn"} {
			c.Targets(m)
			if r, _ := c.RankAlpha(m); r <= 0 {
				t.Fatalf("%s: rank %d", m, r)
			}
		}
	})
}
