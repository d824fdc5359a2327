package tokenizer

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestChatTemplates(t *testing.T) {
	b, err := os.ReadFile("testdata/chat_templates.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases map[string]struct {
		Messages            []Message `json:"messages"`
		AddGenerationPrompt bool      `json:"add_generation_prompt"`
		Text                string    `json:"text"`
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 2 {
		t.Fatalf("only %d cases", len(cases))
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			tk, err := FromDir(copyToDir(t, name+"/tokenizer.json.gz", name+"/tokenizer_config.json.gz"))
			if err != nil {
				t.Fatal(err)
			}
			got, err := tk.ApplyChatTemplate(c.Messages, ChatOptions{AddGenerationPrompt: c.AddGenerationPrompt})
			if err != nil {
				t.Fatal(err)
			}
			if got != c.Text {
				t.Errorf("got  %q\nwant %q", got, c.Text)
			}
			// Without the generation prompt the text must be a strict prefix.
			noGen, err := tk.ApplyChatTemplate(c.Messages, ChatOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if name == "qwen3" && (!strings.HasPrefix(c.Text, noGen) || noGen == c.Text) {
				t.Errorf("without generation prompt: %q", noGen)
			}
		})
	}
}
