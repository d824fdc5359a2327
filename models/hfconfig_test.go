package models

import (
	"reflect"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
)

// Llama-3.1-8B's config.json as the Hub has it (transformers 4 style).
const llama31v4 = `{
  "architectures": ["LlamaForCausalLM"], "attention_bias": false, "bos_token_id": 128000,
  "eos_token_id": [128001, 128008, 128009], "hidden_act": "silu", "hidden_size": 4096,
  "intermediate_size": 14336, "max_position_embeddings": 131072, "mlp_bias": false,
  "model_type": "llama", "num_attention_heads": 32, "num_hidden_layers": 32, "num_key_value_heads": 8,
  "rms_norm_eps": 1e-05, "rope_scaling": {"factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
  "original_max_position_embeddings": 8192, "rope_type": "llama3"}, "rope_theta": 500000.0,
  "tie_word_embeddings": false, "torch_dtype": "bfloat16", "vocab_size": 128256}`

func TestConfigStyles(t *testing.T) {
	c4, err := ParseConfig([]byte(llama31v4), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	d := c4.(*DecoderConfig)
	want := Rope{Type: "llama3", Theta: 500000, Factor: 8, OriginalMaxPositions: 8192, LowFreqFactor: 1, HighFreqFactor: 4, PartialRotaryFactor: 1}
	if !reflect.DeepEqual(d.Rope, want) || d.StoredDType() != ir.BFloat16 || d.HeadDim != 128 || d.KVHeads != 8 || d.Tied() {
		t.Fatalf("v4 config parsed as %+v rope %+v", d, d.Rope)
	}
	if len(d.EosTokenID) != 3 || d.EosTokenID[2] != 128009 || d.BosTokenID[0] != 128000 {
		t.Fatalf("eos %v bos %v", d.EosTokenID, d.BosTokenID)
	}
	// The same in transformers-5 style.
	v5 := strings.Replace(llama31v4, `"rope_theta": 500000.0,`, "", 1)
	v5 = strings.Replace(v5, `"rope_scaling": {`, `"rope_parameters": {"rope_theta": 500000.0, `, 1)
	v5 = strings.Replace(v5, `"torch_dtype"`, `"dtype"`, 1)
	c5, err := ParseConfig([]byte(v5), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	if d5 := c5.(*DecoderConfig); !reflect.DeepEqual(d5.Rope, want) || d5.StoredDType() != ir.BFloat16 {
		t.Fatalf("v5 config parsed as rope %+v dtype %s", d5.Rope, d5.DType)
	}
	// Legacy "type" key of rope_scaling, linear.
	lin := strings.Replace(llama31v4, `"rope_type": "llama3"`, `"type": "linear"`, 1)
	cl, err := ParseConfig([]byte(lin), "config.json")
	if err != nil || cl.(*DecoderConfig).Rope.Type != "linear" {
		t.Fatalf("legacy rope_scaling.type: %v %+v", err, cl)
	}
}

func TestConfigErrorsNameFileAndField(t *testing.T) {
	for _, c := range []struct{ json, want string }{
		{`{"model_type": "llama", "hidden_size": "big"}`, "field hidden_size"},
		{`{"model_type": "llama", "hidden_size": 64, "num_attention_heads": 4, "num_hidden_layers": 1, "intermediate_size": 8}`, "vocab_size must be a positive integer"},
		{`{"model_type": "llama", "hidden_size": 64, "num_attention_heads": 5, "num_hidden_layers": 1, "intermediate_size": 8, "vocab_size": 10}`, "not a multiple of num_attention_heads"},
		{`{"model_type": "llama", "hidden_size": 64, "num_attention_heads": 4, "num_key_value_heads": 3, "num_hidden_layers": 1, "intermediate_size": 8, "vocab_size": 10}`, "num_key_value_heads"},
		{`{"model_type": "llama", "hidden_size": 64, "num_attention_heads": 4, "num_hidden_layers": 1, "intermediate_size": 8, "vocab_size": 10, "hidden_act": "swoosh"}`, "hidden_act"},
		{`{"model_type": "llama", "hidden_size": 64, "num_attention_heads": 4, "num_hidden_layers": 1, "intermediate_size": 8, "vocab_size": 10, "rope_scaling": {"type": "yarn2", "factor": 2}}`, `rope type "yarn2"`},
		{`{"model_type": "llama", "hidden_size": 64, "num_attention_heads": 4, "num_hidden_layers": 1, "intermediate_size": 8, "vocab_size": 10, "eos_token_id": "x"}`, "eos_token_id"},
		{`{"model_type": "gpt-7"}`, `model_type "gpt-7" is not supported`},
		{`{"hidden_size": 1}`, "model_type is missing"},
		{`[1,2]`, "not a JSON object"},
	} {
		_, err := ParseConfig([]byte(c.json), "dir/config.json")
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "dir/config.json") {
			t.Errorf("%s: error %v, want it to name dir/config.json and %q", c.json, err, c.want)
		}
	}
}

func FuzzParseConfig(f *testing.F) {
	f.Add([]byte(llama31v4))
	f.Add([]byte(`{"model_type": "qwen2", "hidden_size": 8, "num_attention_heads": 2, "num_hidden_layers": 1, "intermediate_size": 8, "vocab_size": 10, "use_sliding_window": true, "sliding_window": 4, "max_window_layers": 0}`))
	f.Add([]byte(`{"model_type": "mistral", "layer_types": ["x"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseConfig(data, "config.json")
		if err != nil {
			return
		}
		if c.Common() == nil {
			t.Fatal("nil base")
		}
	})
}
