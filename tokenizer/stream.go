package tokenizer

import (
	"fmt"
	"strings"
)

// DecodeStream turns ids into text one at a time during generation, the
// way HF's DecodeStream does: it returns text only once it is complete
// (never a trailing partial UTF-8 character, U+FFFD) and never rewrites
// what it already returned.
type DecodeStream struct {
	t           *Tokenizer
	skipSpecial bool
	ids         []int
	prefix      string
	prefixIndex int
}

// NewDecodeStream starts a stream; skipSpecial leaves special tokens out.
func (t *Tokenizer) NewDecodeStream(skipSpecial bool) *DecodeStream {
	return &DecodeStream{t: t, skipSpecial: skipSpecial}
}

// Step adds one id and returns the new text ("" and false while the text
// is still incomplete).
func (d *DecodeStream) Step(id int) (string, bool, error) {
	if d.prefix == "" && len(d.ids) > 0 {
		p := d.t.Decode(d.ids, d.skipSpecial)
		if !strings.HasSuffix(p, "\uFFFD") {
			d.prefix, d.prefixIndex = p, len(d.ids)
		}
	}
	d.ids = append(d.ids, id)
	s := d.t.Decode(d.ids, d.skipSpecial)
	if len(s) <= len(d.prefix) || strings.HasSuffix(s, "\uFFFD") {
		return "", false, nil
	}
	if !strings.HasPrefix(s, d.prefix) {
		return "", false, fmt.Errorf("decode stream: text %q no longer starts with %q after id %d", s, d.prefix, id)
	}
	out := s[len(d.prefix):]
	newIndex := len(d.ids) - d.prefixIndex
	d.ids = append([]int(nil), d.ids[d.prefixIndex:]...)
	d.prefix = d.t.Decode(d.ids, d.skipSpecial)
	d.prefixIndex = newIndex
	return out, true, nil
}

// CleanUpTokenizationSpaces is transformers' clean_up_tokenization: it
// removes the spaces decoders leave before punctuation and contractions.
// DecodeText applies it when tokenizer_config.json asks for it.
func CleanUpTokenizationSpaces(s string) string {
	for _, r := range [][2]string{{" .", "."}, {" ?", "?"}, {" !", "!"}, {" ,", ","}, {" ' ", "'"},
		{" n't", "n't"}, {" 'm", "'m"}, {" 's", "'s"}, {" 've", "'ve"}, {" 're", "'re"}} {
		s = strings.ReplaceAll(s, r[0], r[1])
	}
	return s
}

// DecodeText is Decode followed by the clean-up transformers applies when
// tokenizer_config.json sets clean_up_tokenization_spaces.
func (t *Tokenizer) DecodeText(ids []int, skipSpecial bool) string {
	s := t.Decode(ids, skipSpecial)
	if t.Config != nil && t.Config.CleanUpTokenizationSpaces {
		s = CleanUpTokenizationSpaces(s)
	}
	return s
}

// DefaultPadding is the padding transformers would use for this tokenizer
// (pad token and side from tokenizer_config.json), padding a batch to its
// longest encoding. It returns nil when the tokenizer has no pad token.
func (t *Tokenizer) DefaultPadding() *Padding {
	if t.Padding != nil {
		p := *t.Padding
		return &p
	}
	if t.Config == nil || t.Config.PADToken == "" {
		return nil
	}
	id, ok := t.TokenToID(t.Config.PADToken)
	if !ok {
		return nil
	}
	p := &Padding{PadID: id, PadToken: t.Config.PADToken}
	if t.Config.PaddingSide == "left" {
		p.Side = Left
	}
	return p
}

// configTokenID returns the id of a special token named in
// tokenizer_config.json ("" or unknown gives false).
func (t *Tokenizer) configTokenID(tok string) (int, bool) {
	if tok == "" {
		return 0, false
	}
	return t.TokenToID(tok)
}

// BOSTokenID is the id of tokenizer_config.json's bos_token.
func (t *Tokenizer) BOSTokenID() (int, bool) {
	if t.Config == nil {
		return 0, false
	}
	return t.configTokenID(t.Config.BOSToken)
}

// EOSTokenID is the id of tokenizer_config.json's eos_token.
func (t *Tokenizer) EOSTokenID() (int, bool) {
	if t.Config == nil {
		return 0, false
	}
	return t.configTokenID(t.Config.EOSToken)
}

// PadTokenID is the id of tokenizer_config.json's pad_token.
func (t *Tokenizer) PadTokenID() (int, bool) {
	if t.Config == nil {
		return 0, false
	}
	return t.configTokenID(t.Config.PADToken)
}
