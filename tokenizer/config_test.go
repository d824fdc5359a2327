package tokenizer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseConfig(t *testing.T) {
	c, err := ParseConfig([]byte(`{"bos_token": {"content": "<s>", "__type": "AddedToken"}, "eos_token": "</s>", "pad_token": null,
		"model_max_length": 1000000000000000019884624838656, "padding_side": "left", "add_bos_token": true,
		"chat_template": [{"name": "default", "template": "D"}, {"name": "tool_use", "template": "T"}],
		"added_tokens_decoder": {"5": {"content": "<x>", "special": true}, "2": {"content": "<y>", "normalized": true}},
		"additional_special_tokens": ["<x>", {"content": "<z>"}], "clean_up_tokenization_spaces": true}`))
	if err != nil {
		t.Fatal(err)
	}
	if c.BOSToken != "<s>" || c.EOSToken != "</s>" || c.PADToken != "" || c.ModelMaxLength != 0 || c.PaddingSide != "left" {
		t.Errorf("tokens/length/side: %+v", c)
	}
	if c.AddBOSToken == nil || !*c.AddBOSToken || c.AddEOSToken != nil {
		t.Errorf("add_bos/add_eos: %v %v", c.AddBOSToken, c.AddEOSToken)
	}
	if c.ChatTemplate != "D" || c.ChatTemplates["tool_use"] != "T" {
		t.Errorf("templates: %q %v", c.ChatTemplate, c.ChatTemplates)
	}
	if len(c.AddedTokens) != 2 || c.AddedTokens[0].ID != 2 || !c.AddedTokens[0].Normalized || !c.AddedTokens[1].Special {
		t.Errorf("added tokens: %+v", c.AddedTokens)
	}
	if strings.Join(c.AdditionalSpecialTokens, ",") != "<x>,<z>" || !c.CleanUpTokenizationSpaces {
		t.Errorf("additional: %v", c.AdditionalSpecialTokens)
	}
	c, _ = ParseConfig([]byte(`{"model_max_length": 2048}`))
	if c.ModelMaxLength != 2048 || c.PaddingSide != "right" {
		t.Errorf("plain: %+v", c)
	}
	for doc, want := range map[string]string{
		`{"padding_side": "middle"}`:                "padding_side",
		`{"bos_token": 3}`:                          "bos_token",
		`{"chat_template": [{"name": "x"}]}`:        "chat_template[0].template",
		`{"added_tokens_decoder": {"a": {}}}`:       "added_tokens_decoder.a",
		`{"added_tokens_decoder": {"1": {"x": 1}}}`: "added_tokens_decoder.1.content",
		`{"model_max_length": "big"}`:               "model_max_length",
		`[]`:                                        "expected an object",
	} {
		if _, err := ParseConfig([]byte(doc)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: err = %v, want %q", doc, err, want)
		}
	}
}

func TestFromDirChatTemplateFiles(t *testing.T) {
	dir := copyToDir(t, "bert/vocab.txt.gz")
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("tokenizer_config.json", `{"do_lower_case": false, "bos_token": "[CLS]"}`)
	write("chat_template.jinja", "{{ bos_token }}{% for m in messages %}{{ m.content }}{% endfor %}\n")
	tk, err := FromDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := tk.ApplyChatTemplate([]Message{{"role": "user", "content": "Hi"}}, ChatOptions{})
	if err != nil || got != "[CLS]Hi" {
		t.Errorf("jinja file: %q %v", got, err)
	}
	// do_lower_case=false keeps case: "World" no longer becomes "world".
	cased, _ := tk.Encode("World", WithoutSpecialTokens())
	uncased, _ := fixtureTokenizers(t)["bert"].Encode("World", WithoutSpecialTokens())
	if strings.Join(uncased.Tokens, " ") != "world" || strings.Join(cased.Tokens, " ") == "world" {
		t.Errorf("do_lower_case ignored: cased %v, uncased %v", cased.Tokens, uncased.Tokens)
	}
	os.Remove(filepath.Join(dir, "chat_template.jinja"))
	write("chat_template.json", `{"chat_template": "X{{ messages|length }}"}`)
	if tk, err = FromDir(dir); err != nil {
		t.Fatal(err)
	}
	if got, _ := tk.ApplyChatTemplate([]Message{{"role": "user", "content": "Hi"}}, ChatOptions{}); got != "X1" {
		t.Errorf("json file: %q", got)
	}
	if _, err := FromDir(t.TempDir()); err == nil {
		t.Error("empty directory must fail")
	}
	noTmpl := bertCopy(t)
	if _, err := noTmpl.ApplyChatTemplate(nil, ChatOptions{}); err == nil {
		t.Error("no config: want an error")
	}
}
