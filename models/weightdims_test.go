package models_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/weights"
)

// editedConfig returns fixture name's config.json with edit applied to its
// fields, parsed as the file "config.json".
func editedConfig(t *testing.T, name string, edit func(map[string]any)) models.Config {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixtureDir(name), "config.json"))
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	edit(raw)
	if data, err = json.Marshal(raw); err != nil {
		t.Fatal(err)
	}
	cfg, err := models.ParseConfig(data, "config.json")
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestCheckWeightDimsNamesTheConfigField edits one field of each family's
// fixture config and expects the error to name that field, its value,
// whether it is a default, and the tensor's real shape.
func TestCheckWeightDimsNamesTheConfigField(t *testing.T) {
	for _, c := range []struct {
		fixture string
		edit    func(map[string]any)
		want    string // "" = the untouched config passes
	}{
		{"gpt2-tiny", func(map[string]any) {}, ""},
		{"gpt2-tiny", func(m map[string]any) { delete(m, "n_embd") },
			"config.json: n_embd = 768 (default: field missing) but transformer.wte.weight is [50257,64] (dimension 1 is 64)"},
		{"gpt2-tiny", func(m map[string]any) { m["n_positions"] = 1024 },
			"config.json: n_positions = 1024 but transformer.wpe.weight is [256,64]"},
		{"gpt2-tiny", func(m map[string]any) { m["n_layer"] = 3 },
			"config.json: n_layer = 3 but the checkpoint has 2 layers"},
		{"gpt2-tiny", func(m map[string]any) { m["n_inner"] = 100 },
			"config.json: n_inner = 100 but transformer.h.0.mlp.c_fc.weight is [64,256]"},
		{"bert-tiny-mlm", func(map[string]any) {}, ""},
		{"bert-tiny-mlm", func(m map[string]any) { delete(m, "intermediate_size") },
			"config.json: intermediate_size = 3072 (default: field missing) but bert.encoder.layer.0.intermediate.dense.weight is [128,64]"},
		{"bert-tiny-cls", func(m map[string]any) { m["id2label"] = map[string]string{"0": "a", "1": "b"} },
			"the number of labels (id2label, else num_labels) = 2 but classifier.weight is [3,64]"},
		{"llama-tiny", func(map[string]any) {}, ""},
		{"llama-tiny", func(m map[string]any) { m["num_key_value_heads"] = 4 },
			"config.json: num_key_value_heads * head_dim = 4 * 16 = 64 but model.layers.0.self_attn.k_proj.weight is [32,64]"},
		{"qwen2-tiny", func(m map[string]any) { m["vocab_size"] = 1001 },
			"config.json: vocab_size = 1001 but model.embed_tokens.weight is [1000,"},
	} {
		cfg := editedConfig(t, c.fixture, c.edit)
		ck, err := weights.Open(fixtureDir(c.fixture))
		if err != nil {
			t.Fatal(err)
		}
		err = models.CheckWeightDims(cfg, ck.Info, "config.json")
		ck.Close()
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s unedited: %v", c.fixture, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: error %v, want it to contain %q", c.fixture, err, c.want)
		}
	}
}

// TestGPT2GenericFieldNames checks transformers' GPT2Config.attribute_map:
// hidden_size and friends set n_embd, n_positions, n_head and n_layer.
func TestGPT2GenericFieldNames(t *testing.T) {
	cfg := editedConfig(t, "gpt2-tiny", func(m map[string]any) {
		delete(m, "n_embd")
		m["hidden_size"] = 64
		m["max_position_embeddings"] = 128
	})
	g := cfg.(*models.GPT2Config)
	if g.NEmbd != 64 || g.NPositions != 128 {
		t.Errorf("n_embd %d, n_positions %d; want 64 and 128 from hidden_size and max_position_embeddings", g.NEmbd, g.NPositions)
	}
}

// TestCheckPositions: a learned table is a hard limit named by its field;
// rotary positions only warn, and dynamic rope says nothing.
func TestCheckPositions(t *testing.T) {
	gpt2 := editedConfig(t, "gpt2-tiny", func(map[string]any) {})
	if w, err := models.CheckPositions(gpt2, 256); w != "" || err != nil {
		t.Errorf("256 positions of 256: %q, %v", w, err)
	}
	_, err := models.CheckPositions(gpt2, 257)
	if err == nil || !strings.Contains(err.Error(), "257 positions") || !strings.Contains(err.Error(), "n_positions = 256") {
		t.Errorf("257 positions on gpt2-tiny: %v", err)
	}
	bert := editedConfig(t, "bert-tiny-mlm", func(map[string]any) {})
	if _, err := models.CheckPositions(bert, 129); err == nil || !strings.Contains(err.Error(), "max_position_embeddings = 128") {
		t.Errorf("129 positions on bert-tiny: %v", err)
	}
	llama := editedConfig(t, "llama-tiny", func(m map[string]any) { m["max_position_embeddings"] = 64 })
	w, err := models.CheckPositions(llama, 65)
	if err != nil || !strings.Contains(w, "max_position_embeddings = 64") {
		t.Errorf("65 positions on rotary llama: warning %q, error %v", w, err)
	}
	dyn := editedConfig(t, "llama-tiny", func(m map[string]any) {
		m["max_position_embeddings"] = 64
		delete(m, "rope_parameters")
		m["rope_theta"] = 10000.0
		m["rope_scaling"] = map[string]any{"rope_type": "dynamic", "factor": 2.0}
	})
	if w, err := models.CheckPositions(dyn, 200); w != "" || err != nil {
		t.Errorf("dynamic rope past 64: %q, %v; want silence", w, err)
	}
}
