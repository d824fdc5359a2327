package tokenizer

import "strings"

// ContinuingSubwordPrefix is the model's continuing_subword_prefix
// ("##" for WordPiece, a BPE's when it has one) or "" when the model has
// none (byte-level BPE, Unigram, WordLevel). transformers'
// token-classification pipeline uses it to tell whether the tokenizer
// knows word boundaries.
func (t *Tokenizer) ContinuingSubwordPrefix() string {
	switch m := t.model.(type) {
	case *wordPieceModel:
		return m.prefix
	case *bpeModel:
		return m.prefix
	}
	return ""
}

// ConvertTokensToString is transformers' convert_tokens_to_string of a
// fast tokenizer: tokens through the decoder chain (no special-token
// skipping, no clean-up of tokenization spaces beyond the decoder's own),
// or joined by spaces when the tokenizer has no decoder.
func (t *Tokenizer) ConvertTokensToString(tokens []string) string {
	if t.dec == nil {
		return strings.Join(tokens, " ")
	}
	return strings.Join(t.dec.decodeChain(append([]string(nil), tokens...)), "")
}

// UnkTokenID is the id of the unknown token: tokenizer_config.json's
// unk_token, else the model's own (WordPiece's, a BPE's); false when
// there is none.
func (t *Tokenizer) UnkTokenID() (int, bool) {
	if t.Config != nil {
		if id, ok := t.configTokenID(t.Config.UNKToken); ok {
			return id, true
		}
	}
	switch m := t.model.(type) {
	case *wordPieceModel:
		return m.unkID, m.unkID >= 0
	case *bpeModel:
		return m.unkID, m.unkID >= 0
	}
	return 0, false
}
