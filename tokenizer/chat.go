package tokenizer

import (
	"fmt"

	"github.com/kiln-ml/kiln/tokenizer/chattemplate"
)

// Message is one chat message (role, content and any other keys the
// template reads).
type Message = chattemplate.Message

// ChatOptions are apply_chat_template's arguments (add_generation_prompt,
// tools, documents and extra variables).
type ChatOptions = chattemplate.Options

// ApplyChatTemplate renders messages with the tokenizer's default chat
// template from tokenizer_config.json, giving the same text as
// transformers' apply_chat_template(tokenize=False).
func (t *Tokenizer) ApplyChatTemplate(messages []Message, opts ChatOptions) (string, error) {
	return t.ApplyNamedChatTemplate("default", messages, opts)
}

// ApplyNamedChatTemplate renders with one of several named templates.
func (t *Tokenizer) ApplyNamedChatTemplate(name string, messages []Message, opts ChatOptions) (string, error) {
	if t.Config == nil {
		return "", fmt.Errorf("tokenizer has no tokenizer_config.json, so no chat template")
	}
	src, ok := t.Config.ChatTemplates[name]
	if !ok || src == "" {
		return "", fmt.Errorf("tokenizer_config.json has no chat template %q", name)
	}
	t.chatMu.Lock()
	if t.chatCache == nil {
		t.chatCache = map[string]*chattemplate.Template{}
	}
	tmpl, ok := t.chatCache[name]
	if !ok {
		var err error
		tmpl, err = chattemplate.New(src, t.Config.specialTokenVars())
		if err != nil {
			t.chatMu.Unlock()
			return "", err
		}
		t.chatCache[name] = tmpl
	}
	t.chatMu.Unlock()
	return tmpl.Render(messages, opts)
}

// specialTokenVars are the special tokens transformers exposes to
// templates (only those that are set).
func (c *Config) specialTokenVars() map[string]string {
	m := map[string]string{}
	for k, v := range map[string]string{"bos_token": c.BOSToken, "eos_token": c.EOSToken, "unk_token": c.UNKToken,
		"pad_token": c.PADToken, "sep_token": c.SEPToken, "cls_token": c.CLSToken, "mask_token": c.MaskToken} {
		if v != "" {
			m[k] = v
		}
	}
	return m
}
