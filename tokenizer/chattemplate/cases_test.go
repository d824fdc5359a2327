package chattemplate

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestCases renders every case of testdata/cases.json and compares with
// the text jinja2, configured like transformers, produced for it
// (testdata/gen_cases.py). The cases cover real chat templates (Qwen3,
// Llama 3, Llama 3.1, Granite 3.3: tools with nested schemas, tool calls,
// documents, system messages, add_generation_prompt on and off) and one
// Python/Jinja2 semantic each (None, booleans, key order, tojson, %).
func TestCases(t *testing.T) {
	b, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name                string                     `json:"name"`
		Template            string                     `json:"template"`
		TemplateFile        string                     `json:"template_file"`
		Specials            map[string]string          `json:"specials"`
		Messages            json.RawMessage            `json:"messages"`
		Tools               json.RawMessage            `json:"tools"`
		Documents           json.RawMessage            `json:"documents"`
		AddGenerationPrompt bool                       `json:"add_generation_prompt"`
		Vars                map[string]json.RawMessage `json:"vars"`
		Want                string                     `json:"want"`
		WantError           string                     `json:"want_error"`
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 30 {
		t.Fatalf("only %d cases", len(cases))
	}
	list := func(t *testing.T, raw json.RawMessage) []any {
		if len(raw) == 0 || string(raw) == "null" {
			return nil
		}
		var items []json.RawMessage
		if err := json.Unmarshal(raw, &items); err != nil {
			t.Fatal(err)
		}
		out := make([]any, len(items))
		for i, it := range items {
			out[i] = it
		}
		return out
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			src := c.Template
			if c.TemplateFile != "" {
				b, err := os.ReadFile(filepath.Join("testdata", "templates", c.TemplateFile))
				if err != nil {
					t.Fatal(err)
				}
				src = string(b)
			}
			tm, err := New(src, c.Specials)
			if err != nil {
				t.Fatal(err)
			}
			vars := map[string]any{}
			for k, v := range c.Vars {
				vars[k] = v
			}
			got, err := tm.RenderJSON(c.Messages, Options{AddGenerationPrompt: c.AddGenerationPrompt,
				Tools: list(t, c.Tools), Documents: list(t, c.Documents), Vars: vars})
			if c.WantError != "" {
				if err == nil {
					t.Errorf("got %q, want an error like jinja2's %s", got, c.WantError)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != c.Want {
				t.Errorf("got  %q\nwant %q", got, c.Want)
			}
		})
	}
}

// TestConcurrentRender: one Template renders from many goroutines at once
// (run with -race).
func TestConcurrentRender(t *testing.T) {
	src, err := os.ReadFile("testdata/templates/qwen3.jinja")
	if err != nil {
		t.Fatal(err)
	}
	tm, err := New(string(src), map[string]string{"eos_token": "<|im_end|>"})
	if err != nil {
		t.Fatal(err)
	}
	msgs := []byte(`[{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo", "tool_calls": [{"function": {"name": "f", "arguments": {"b": 1, "a": 2}}}]}]`)
	want, err := tm.RenderJSON(msgs, Options{AddGenerationPrompt: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(want, `{"b": 1, "a": 2}`) {
		t.Fatalf("arguments lost their order: %q", want)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				if got, err := tm.RenderJSON(msgs, Options{AddGenerationPrompt: true}); err != nil || got != want {
					errs <- fmt.Sprintf("got %q, %v", got, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// BenchmarkRenderQwen3Tools renders Qwen3's template with two tools and a
// six-message conversation with a tool call (from testdata/cases.json).
func BenchmarkRenderQwen3Tools(b *testing.B) {
	data, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		b.Fatal(err)
	}
	var cases []struct {
		Name     string            `json:"name"`
		Messages json.RawMessage   `json:"messages"`
		Tools    []json.RawMessage `json:"tools"`
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		b.Fatal(err)
	}
	src, err := os.ReadFile("testdata/templates/qwen3.jinja")
	if err != nil {
		b.Fatal(err)
	}
	tm, err := New(string(src), nil)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range cases {
		if c.Name != "qwen3/tools+tool_calls+gen" {
			continue
		}
		tools := []any{}
		for _, t := range c.Tools {
			tools = append(tools, t)
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := tm.RenderJSON(c.Messages, Options{AddGenerationPrompt: true, Tools: tools}); err != nil {
				b.Fatal(err)
			}
		}
		return
	}
	b.Fatal("case not found")
}

// BenchmarkCompileQwen3 compiles Qwen3's template (parse and rewrite).
func BenchmarkCompileQwen3(b *testing.B) {
	src, err := os.ReadFile("testdata/templates/qwen3.jinja")
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		if _, err := New(string(src), nil); err != nil {
			b.Fatal(err)
		}
	}
}
