package generate_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/models"
)

// TestLoadConfig reads the fixtures' generation_config.json files and the
// defaults that apply when a field or the whole file is missing.
func TestLoadConfig(t *testing.T) {
	cfg, err := models.LoadConfig(fixtureDir("llama-tiny"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := generate.LoadConfig(fixtureDir("llama-tiny"), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if c.BOSTokenID != 1 || !slices.Equal(c.EOSTokenIDs, []int{2}) || c.PadTokenID != 0 || c.MaxLength != 20 || c.TopK != 50 || c.NumBeams != 1 {
		t.Errorf("llama-tiny generation config: %+v", c)
	}
	// gpt2-tiny has no pad id anywhere: it stays unset (generate then pads with eos).
	g2, _ := models.LoadConfig(fixtureDir("gpt2-tiny"))
	c, err = generate.LoadConfig(fixtureDir("gpt2-tiny"), g2)
	if err != nil || c.PadTokenID != -1 || !slices.Equal(c.EOSTokenIDs, []int{50256}) {
		t.Errorf("gpt2-tiny: %+v, %v", c, err)
	}
	// No file: transformers' defaults plus the model's special tokens.
	dir := t.TempDir()
	c, err = generate.LoadConfig(dir, cfg)
	if err != nil || c.MaxLength != 20 || c.BOSTokenID != 1 || c.PadTokenID != 0 {
		t.Errorf("without generation_config.json: %+v, %v", c, err)
	}
	// The file wins over config.json, and unknown keys are kept out.
	os.WriteFile(filepath.Join(dir, "generation_config.json"), []byte(`{"eos_token_id": [5, 6], "top_k": 5, "early_stopping": "never", "do_sample": true, "stop_strings": "##", "exponential_decay_length_penalty": [3, 1.5], "custom": 1}`), 0o644)
	c, err = generate.LoadConfig(dir, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(c.EOSTokenIDs, []int{5, 6}) || c.TopK != 5 || c.EarlyStopping != generate.EarlyStopNever || !c.DoSample ||
		!slices.Equal(c.StopStrings, []string{"##"}) || *c.ExponentialDecay != (generate.DecayPenalty{StartIndex: 3, DecayFactor: 1.5}) {
		t.Errorf("overlay: %+v", c)
	}
}

// TestConfigErrors checks that bad generation_config.json fields are
// rejected with the field's name.
func TestConfigErrors(t *testing.T) {
	for _, c := range []struct{ json, field string }{
		{`[1]`, "JSON object"},
		{`{"top_k": "x"}`, "top_k"},
		{`{"early_stopping": "sometimes"}`, "early_stopping"},
		{`{"temperature": 0}`, "temperature"},
		{`{"top_p": 1.5}`, "top_p"},
		{`{"num_beams": 0}`, "num_beams"},
		{`{"exponential_decay_length_penalty": [1]}`, "exponential_decay_length_penalty"},
		{`{"bad_words_ids": [[]]}`, "bad_words_ids"},
		{`{"eos_token_id": -3}`, "eos_token_id"},
		{`{"watermarking_config": {"seeding_scheme": "nohash"}}`, "seeding_scheme"},
		{`{"num_beams": 2, "num_return_sequences": 3}`, "num_return_sequences"},
	} {
		cfg := generate.DefaultConfig()
		err := cfg.UpdateJSON([]byte(c.json))
		if err == nil || !strings.Contains(err.Error(), c.field) {
			t.Errorf("%s: error %v, want one naming %s", c.json, err, c.field)
		}
	}
}

// TestOptionsWin checks transformers' precedence: call options override
// the generator's configuration, without changing it.
func TestOptionsWin(t *testing.T) {
	ref := readReference(t, "qwen2-tiny")
	g := loadGenerator(t, "qwen2-tiny")
	g.Config.MaxNewTokens = 3
	out := mustGenerate(t, g, ref.Prompts[:1])
	if n := len(out.NewTokens()[0]); n != 3 {
		t.Errorf("config max_new_tokens 3 generated %d", n)
	}
	out = mustGenerate(t, g, ref.Prompts[:1], generate.MaxNewTokens(5))
	if n := len(out.NewTokens()[0]); n != 5 || g.Config.MaxNewTokens != 3 {
		t.Errorf("option max_new_tokens 5 generated %d (config now %d)", n, g.Config.MaxNewTokens)
	}
}

// FuzzConfigJSON feeds arbitrary generation_config.json contents: no
// panic, and whatever is accepted validates.
func FuzzConfigJSON(f *testing.F) {
	for _, s := range []string{`{}`, `{"max_new_tokens": 5, "eos_token_id": [1, 2]}`, `{"early_stopping": "never"}`,
		`{"watermarking_config": {"greenlist_ratio": 0.5, "seeding_scheme": "selfhash"}}`, `{"bad_words_ids": [[1, 2]]}`,
		`{"exponential_decay_length_penalty": [2, 1.1]}`, `{"stop_strings": ["a", "b"]}`, `null`, `{"top_k": 1e40}`,
		`{"decoder_start_token_id": 50258, "forced_decoder_ids": [[1, null], [2, 50359]]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c := generate.DefaultConfig()
		if err := c.UpdateJSON(data); err != nil {
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("accepted config fails validation: %v", err)
		}
	})
}
