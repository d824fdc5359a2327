package tokenizer

import (
	"fmt"

	"github.com/kiln-ml/kiln/tokenizer/chattemplate"
)

// Message is one chat message (role, content and any other keys the
// template reads). Its keys have no order; use ApplyChatTemplateJSON where
// a template prints or iterates message objects and the order matters.
type Message = chattemplate.Message

// ChatOptions are apply_chat_template's arguments (add_generation_prompt,
// tools, documents and extra variables). Tools, documents and variables
// given as json.RawMessage or chattemplate.Object keep their key order.
type ChatOptions = chattemplate.Options

// ApplyChatTemplate renders messages with the tokenizer's default chat
// template from tokenizer_config.json, giving the same text as
// transformers' apply_chat_template(tokenize=False). Map keys are seen in
// sorted order.
func (t *Tokenizer) ApplyChatTemplate(messages []Message, opts ChatOptions) (string, error) {
	return t.ApplyNamedChatTemplate("default", messages, opts)
}

// ApplyNamedChatTemplate renders with one of several named templates.
func (t *Tokenizer) ApplyNamedChatTemplate(name string, messages []Message, opts ChatOptions) (string, error) {
	tmpl, err := t.chatTemplate(name)
	if err != nil {
		return "", err
	}
	return tmpl.Render(messages, opts)
}

// ApplyChatTemplateJSON is ApplyChatTemplate with the messages given as a
// JSON array of objects, decoded like Python's json.loads: key order is
// kept (for tool-call arguments printed with tojson, and the like), so the
// text equals transformers' for the same JSON. Malformed JSON is an error
// naming the offset.
func (t *Tokenizer) ApplyChatTemplateJSON(messages []byte, opts ChatOptions) (string, error) {
	return t.ApplyNamedChatTemplateJSON("default", messages, opts)
}

// ApplyNamedChatTemplateJSON is ApplyChatTemplateJSON with a named template.
func (t *Tokenizer) ApplyNamedChatTemplateJSON(name string, messages []byte, opts ChatOptions) (string, error) {
	tmpl, err := t.chatTemplate(name)
	if err != nil {
		return "", err
	}
	return tmpl.RenderJSON(messages, opts)
}

// chatTemplate compiles (once) and returns the named template.
func (t *Tokenizer) chatTemplate(name string) (*chattemplate.Template, error) {
	src := ""
	if t.Config != nil {
		src = t.Config.ChatTemplates[name]
	}
	if src == "" {
		if t.Config == nil || t.Config.Raw == nil { // no file, at most special-token defaults
			return nil, fmt.Errorf("tokenizer has no tokenizer_config.json, so no chat template")
		}
		return nil, fmt.Errorf("tokenizer_config.json has no chat template %q", name)
	}
	t.chatMu.Lock()
	defer t.chatMu.Unlock()
	if t.chatCache == nil {
		t.chatCache = map[string]*chattemplate.Template{}
	}
	if tmpl, ok := t.chatCache[name]; ok {
		return tmpl, nil
	}
	tmpl, err := chattemplate.New(src, t.Config.specialTokenVars())
	if err != nil {
		return nil, err
	}
	t.chatCache[name] = tmpl
	return tmpl, nil
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
