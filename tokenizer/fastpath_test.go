package tokenizer

import (
	"fmt"
	"testing"
)

// generalOnly returns a copy of tk that never takes the fast path.
func generalOnly(tk *Tokenizer) *Tokenizer {
	c := &Tokenizer{normalizer: tk.normalizer, pre: tk.pre, model: tk.model, post: tk.post, dec: tk.dec, added: tk.added}
	c.buildAdded()
	return c
}

func compareFast(t *testing.T, name string, tk *Tokenizer, s string) {
	t.Helper()
	a, err1 := tk.Encode(s)
	b, err2 := generalOnly(tk).Encode(s)
	if err1 != nil || err2 != nil {
		t.Fatalf("%s: %v %v", name, err1, err2)
	}
	ga := fmt.Sprint(a.IDs, a.Tokens, a.Offsets, a.WordIDs)
	gb := fmt.Sprint(b.IDs, b.Tokens, b.Offsets, b.WordIDs)
	if ga != gb {
		t.Fatalf("%s %q:\nfast    %s\ngeneral %s", name, s, ga, gb)
	}
}

func TestFastPathMatchesGeneral(t *testing.T) {
	var corpus []string
	readGzJSON(t, "testdata/corpus_shared.json.gz", &corpus)
	tks := fixtureTokenizers(t)
	for _, name := range []string{"gpt2", "llama3", "qwen3"} {
		if tks[name].fast == nil {
			t.Fatalf("%s has no fast path", name)
		}
		for _, s := range append(corpus, scannerSeeds...) {
			compareFast(t, name, tks[name], s)
		}
	}
	for _, name := range []string{"llama2", "bert"} {
		if tks[name].fast != nil {
			t.Errorf("%s must not take the byte-level fast path", name)
		}
	}
}

func FuzzFastPath(f *testing.F) {
	for _, s := range scannerSeeds {
		f.Add(s)
	}
	f.Add("<|im_start|>user\nhi<|endoftext|> e\u0301")
	tks := fixtureTokenizers(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, name := range []string{"gpt2", "llama3", "qwen3"} {
			compareFast(t, name, tks[name], s)
		}
	})
}
