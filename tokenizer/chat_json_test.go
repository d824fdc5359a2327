package tokenizer

import (
	"encoding/json"
	"os"
	"testing"
)

// TestChatTemplateJSONTools renders Qwen3's real template with tools whose
// schemas are not in alphabetical key order and an assistant tool call,
// through ApplyChatTemplateJSON; the expected text is jinja2's, configured
// like transformers (tokenizer/chattemplate/testdata/gen_cases.py).
func TestChatTemplateJSONTools(t *testing.T) {
	b, err := os.ReadFile("testdata/chat_template_tools.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name                string            `json:"name"`
		Messages            json.RawMessage   `json:"messages"`
		Tools               []json.RawMessage `json:"tools"`
		AddGenerationPrompt bool              `json:"add_generation_prompt"`
		Want                string            `json:"want"`
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) != 2 {
		t.Fatalf("%d cases", len(cases))
	}
	tk, err := FromDir(copyToDir(t, "qwen3/tokenizer.json.gz", "qwen3/tokenizer_config.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			tools := make([]any, len(c.Tools))
			for i, tool := range c.Tools {
				tools[i] = tool
			}
			got, err := tk.ApplyChatTemplateJSON(c.Messages, ChatOptions{AddGenerationPrompt: c.AddGenerationPrompt, Tools: tools})
			if err != nil {
				t.Fatal(err)
			}
			if got != c.Want {
				t.Errorf("got  %q\nwant %q", got, c.Want)
			}
		})
	}
	if _, err := tk.ApplyChatTemplateJSON([]byte(`[{"role": "user", "content": "x"`), ChatOptions{}); err == nil {
		t.Error("truncated messages JSON: no error")
	}
	if _, err := tk.ApplyChatTemplateJSON([]byte(`{"role": "user"}`), ChatOptions{}); err == nil {
		t.Error("messages object instead of array: no error")
	}
}
