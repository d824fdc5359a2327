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
	// RoBERTa-style: ByteLevel with add_prefix_space.
	roberta := generalOnly(tks["gpt2"])
	roberta.pre = &byteLevelPre{addPrefixSpace: true, useRegex: true, re: tks["gpt2"].pre.(*byteLevelPre).re}
	roberta.post = &robertaProcessor{bertProcessor: &bertProcessor{cls: "<|endoftext|>", sep: "<|endoftext|>", clsID: 50256, sepID: 50256}, byteLevelProcessor: byteLevelProcessor{trimOffsets: true, addPrefixSpace: true}}
	roberta.finish()
	if _, ok := roberta.fast.(*fastPath); !ok {
		t.Fatal("add_prefix_space ByteLevel has no fast path")
	}
	for _, s := range append(corpus, scannerSeeds...) {
		compareFast(t, "roberta", roberta, s)
		compareFast(t, "roberta", roberta, "<|endoftext|>"+s+"<|endoftext|>x")
	}
	if _, ok := tks["llama2"].fast.(*fastPath); ok {
		t.Errorf("llama2 must not take the byte-level fast path")
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

func TestBertFastMatchesGeneral(t *testing.T) {
	var corpus []string
	readGzJSON(t, "testdata/corpus_shared.json.gz", &corpus)
	tk := fixtureTokenizers(t)["bert"]
	if _, ok := tk.fast.(*bertFast); !ok {
		t.Fatal("bert has no fast encoder")
	}
	extra := []string{"İstanbul ﬁ Ǆ ÅNGSTRÖM", "a\u0301\u0323b", "\u0915\u093f", "x\u0903y", "丽\uf900豈 [SEP]x[MASK]", "\x00\ufffd\u200b a\u3000b"}
	for _, s := range append(append(corpus, scannerSeeds...), extra...) {
		compareFast(t, "bert", tk, s)
	}
	cased := bertCopy(t)
	cased.normalizer = bertNormalizer{cleanText: true, chinese: true}
	cased.finish()
	for _, s := range append(corpus, extra...) {
		compareFast(t, "bert-cased", cased, s)
	}
}

func FuzzBertFast(f *testing.F) {
	for _, s := range scannerSeeds {
		f.Add(s)
	}
	f.Add("İ\u0301 Ǆ丽\uf900 [CLS]")
	tk := fixtureTokenizers(f)["bert"]
	f.Fuzz(func(t *testing.T, s string) {
		compareFast(t, "bert", tk, s)
	})
}

func TestSPFastMatchesGeneral(t *testing.T) {
	var corpus []string
	readGzJSON(t, "testdata/corpus_shared.json.gz", &corpus)
	tk := fixtureTokenizers(t)["llama2"]
	if _, ok := tk.fast.(*spBPEFast); !ok {
		t.Fatal("llama2 has no fast encoder")
	}
	gemma := generalOnly(tk)
	gemma.normalizer = tk.normalizer.(seqNormalizer)[1]
	gemma.finish()
	if _, ok := gemma.fast.(*spBPEFast); !ok {
		t.Fatal("Replace-only normalizer has no fast encoder")
	}
	var metas []*Tokenizer
	for _, scheme := range []string{"always", "first", "never"} {
		for _, split := range []bool{true, false} {
			m := generalOnly(tk)
			m.normalizer = nil
			m.pre = &metaspacePre{replacement: '▁', prependSheme: scheme, split: split}
			m.finish()
			if _, ok := m.fast.(*spBPEFast); !ok {
				t.Fatal("Metaspace pipeline has no fast encoder")
			}
			metas = append(metas, m)
		}
	}
	for _, s := range append(append(corpus, scannerSeeds...), " <s> a</s>b <unk>", "  ", "\u2581\u2581x \u2581", "<s>\u2581a", "a<s> b") {
		compareFast(t, "llama2", tk, s)
		compareFast(t, "gemma-style", gemma, s)
		for i, m := range metas {
			compareFast(t, fmt.Sprint("metaspace", i), m, s)
		}
	}
}

func FuzzSPFast(f *testing.F) {
	for _, s := range scannerSeeds {
		f.Add(s)
	}
	tk := fixtureTokenizers(f)["llama2"]
	meta := generalOnly(tk)
	meta.normalizer = nil
	meta.pre = &metaspacePre{replacement: '▁', prependSheme: "first", split: true}
	meta.finish()
	f.Fuzz(func(t *testing.T, s string) {
		compareFast(t, "llama2", tk, s)
		compareFast(t, "metaspace", meta, s)
	})
}
