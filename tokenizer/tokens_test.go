package tokenizer

import "testing"

// TestTokenStrings: WordPiece has the "##" continuing prefix and converts
// tokens back through its decoder (pieces joined, words spaced); byte-level
// BPE (GPT-2) has no prefix and its decoder maps the byte alphabet back.
func TestTokenStrings(t *testing.T) {
	bert, err := FromDir(copyToDir(t, "bert/tokenizer.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if p := bert.ContinuingSubwordPrefix(); p != "##" {
		t.Errorf("bert prefix %q", p)
	}
	if s := bert.ConvertTokensToString([]string{"hug", "##ging", "face"}); s != "hugging face" {
		t.Errorf("bert tokens to string: %q", s)
	}
	if id, ok := bert.UnkTokenID(); !ok || id != 100 {
		t.Errorf("bert unk id %d, %v (want [UNK] = 100)", id, ok)
	}
	gpt2, err := FromDir(copyToDir(t, "gpt2/tokenizer.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if p := gpt2.ContinuingSubwordPrefix(); p != "" {
		t.Errorf("gpt2 prefix %q", p)
	}
	if s := gpt2.ConvertTokensToString([]string{"Hello", "Ġworld"}); s != "Hello world" {
		t.Errorf("gpt2 tokens to string: %q", s)
	}
}
