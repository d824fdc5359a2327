package tokenizer

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// familyChatFixture is testdata/chat_templates_families.json, written by
// scripts/chat_template_fixture.py: the chat templates the Hub checkpoints
// of kiln's families ship (Gemma 2 and 3, Phi-3, Mistral/Mixtral v0.1,
// Qwen1.5/Qwen2/Qwen2-MoE, Qwen3-MoE, LLaVA-1.5's processor), each
// rendered for several conversations by transformers' renderer (or jinja2
// configured like it; "renderer" says which).
type familyChatFixture struct {
	Renderer  string `json:"renderer"`
	Templates map[string]struct {
		Checkpoints []string          `json:"checkpoints"`
		Sources     []string          `json:"sources"`
		Specials    map[string]string `json:"specials"`
		Template    string            `json:"template"`
	} `json:"templates"`
	Cases []struct {
		Name                string          `json:"name"`
		Template            string          `json:"template"`
		Messages            json.RawMessage `json:"messages"`
		AddGenerationPrompt bool            `json:"add_generation_prompt"`
		Want                *string         `json:"want"`
		WantError           string          `json:"want_error"`
		ErrorType           string          `json:"error_type"`
	} `json:"cases"`
}

// TestFamilyChatTemplates renders every case through the tokenizer's own
// path (a tokenizer_config.json holding the template and the family's
// special tokens, then ApplyChatTemplateJSON) and requires the exact text,
// or, where the template raises, an error carrying raise_exception's
// message (any error for Python's own exceptions); and the same through
// ApplyChatTemplate with the messages as Go maps.
func TestFamilyChatTemplates(t *testing.T) {
	b, err := os.ReadFile("testdata/chat_templates_families.json")
	if err != nil {
		t.Fatal(err)
	}
	var fx familyChatFixture
	if err := json.Unmarshal(b, &fx); err != nil {
		t.Fatal(err)
	}
	t.Logf("expected text by %s", fx.Renderer)
	perTemplate := map[string]int{}
	raising := 0
	for _, c := range fx.Cases {
		perTemplate[c.Template]++
		if c.WantError != "" {
			raising++
		}
	}
	for _, name := range []string{"gemma2", "gemma3", "phi3", "mistral-v0.1", "mixtral-v0.1-original", "qwen2", "qwen3-moe", "llava-1.5"} {
		if perTemplate[name] < 10 {
			t.Errorf("template %s: only %d cases", name, perTemplate[name])
		}
	}
	if raising < 20 {
		t.Errorf("only %d raising cases", raising)
	}

	tokenizers := map[string]*Tokenizer{}
	for name, tm := range fx.Templates {
		if len(tm.Sources) == 0 {
			t.Errorf("template %s: no source recorded", name)
		}
		cfg := map[string]any{"chat_template": tm.Template}
		for k, v := range tm.Specials {
			cfg[k] = v
		}
		raw, err := json.Marshal(cfg)
		if err != nil {
			t.Fatal(err)
		}
		c, err := ParseConfig(raw)
		if err != nil {
			t.Fatalf("template %s: %v", name, err)
		}
		tokenizers[name] = &Tokenizer{Config: c}
	}
	for _, c := range fx.Cases {
		t.Run(c.Name, func(t *testing.T) {
			tk := tokenizers[c.Template]
			if tk == nil {
				t.Fatalf("no template %q", c.Template)
			}
			got, err := tk.ApplyChatTemplateJSON(c.Messages, ChatOptions{AddGenerationPrompt: c.AddGenerationPrompt})
			switch {
			case c.WantError != "":
				if err == nil {
					t.Fatalf("got %q, want an error like transformers' %s: %s", got, c.ErrorType, c.WantError)
				}
				if c.ErrorType == "TemplateError" && !strings.Contains(err.Error(), c.WantError) {
					t.Errorf("error %q does not carry the template's message %q", err, c.WantError)
				}
			case c.Want == nil:
				t.Fatal("case has neither want nor want_error")
			case err != nil:
				t.Fatal(err)
			case got != *c.Want:
				t.Errorf("got  %q\nwant %q", got, *c.Want)
			}
			// The same messages as Go maps (ApplyChatTemplate): these
			// templates read no key order, so the outcome is the same.
			dec := json.NewDecoder(bytes.NewReader(c.Messages))
			dec.UseNumber()
			var msgs []Message
			if err := dec.Decode(&msgs); err != nil {
				t.Fatal(err)
			}
			got2, err2 := tk.ApplyChatTemplate(msgs, ChatOptions{AddGenerationPrompt: c.AddGenerationPrompt})
			if (err2 != nil) != (c.WantError != "") || (c.Want != nil && got2 != *c.Want) {
				t.Errorf("as Go maps: got %q, %v", got2, err2)
			}
		})
	}
}

// TestFamilyChatTemplateProcessorFile loads LLaVA-1.5's processor template
// the way a llava-hf checkpoint ships it, as chat_template.json beside a
// tokenizer_config.json without one (Llama's tokenizer files stand in for
// LLaVA's, which are Llama 2's), and renders the fixture's image+text cases.
func TestFamilyChatTemplateProcessorFile(t *testing.T) {
	b, err := os.ReadFile("testdata/chat_templates_families.json")
	if err != nil {
		t.Fatal(err)
	}
	var fx familyChatFixture
	if err := json.Unmarshal(b, &fx); err != nil {
		t.Fatal(err)
	}
	dir := copyToDir(t, "llama2/tokenizer.json.gz")
	write := func(name string, v any) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dir+"/"+name, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	llava := fx.Templates["llava-1.5"]
	write("tokenizer_config.json", llava.Specials)
	write("chat_template.json", map[string]string{"chat_template": llava.Template})
	tk, err := FromDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range fx.Cases {
		if c.Template != "llava-1.5" || c.Want == nil || !strings.Contains(c.Name, "image") {
			continue
		}
		n++
		got, err := tk.ApplyChatTemplateJSON(c.Messages, ChatOptions{AddGenerationPrompt: c.AddGenerationPrompt})
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if got != *c.Want {
			t.Errorf("%s: got %q, want %q", c.Name, got, *c.Want)
		}
	}
	if n < 4 {
		t.Fatalf("only %d image cases", n)
	}
}
