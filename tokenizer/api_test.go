package tokenizer

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

var (
	loadOnce sync.Once
	loaded   map[string]*Tokenizer
	loadErr  error
)

// fixtureTokenizers loads the five fixture tokenizers once per process.
func fixtureTokenizers(t testing.TB) map[string]*Tokenizer {
	loadOnce.Do(func() {
		loaded = map[string]*Tokenizer{}
		for _, n := range []string{"llama2", "llama3", "qwen3", "gpt2", "bert"} {
			tk, err := FromFile("testdata/" + n + "/tokenizer.json.gz")
			if err != nil {
				loadErr = err
				return
			}
			loaded[n] = tk
		}
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

func bertCopy(t *testing.T) *Tokenizer {
	tk, err := FromFile("testdata/bert/tokenizer.json.gz")
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

func TestEncodePair(t *testing.T) {
	tk := bertCopy(t)
	e, err := tk.EncodePair("world!", "how are")
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(e.Tokens, e.TypeIDs, e.Offsets, e.SpecialTokensMask, e.AttentionMask)
	want := "[[CLS] world ! [SEP] how are [SEP]] [0 0 0 0 1 1 1] [[0 0] [0 5] [5 6] [0 0] [0 3] [4 7] [0 0]] [1 0 0 1 0 0 1] [1 1 1 1 1 1 1]"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	e, _ = tk.EncodePair("world!", "how are", WithoutSpecialTokens())
	if got := fmt.Sprint(e.Tokens, e.TypeIDs); got != "[world ! how are] [0 0 1 1]" {
		t.Errorf("without specials: %s", got)
	}
}

func TestTruncation(t *testing.T) {
	tk := bertCopy(t)
	text := "how are you world ! how"
	cases := []struct {
		tr   Truncation
		want string
	}{
		{Truncation{MaxLength: 5}, "[[CLS] how are you [SEP]] [[[CLS] world ! how [SEP]]]"},
		{Truncation{MaxLength: 5, Stride: 1}, "[[CLS] how are you [SEP]] [[[CLS] you world ! [SEP]] [[CLS] ! how [SEP]]]"},
		{Truncation{MaxLength: 5, Direction: Left}, "[[CLS] world ! how [SEP]] [[[CLS] how are you [SEP]]]"},
	}
	for _, c := range cases {
		tr := c.tr
		tk.Truncation = &tr
		e, err := tk.Encode(text)
		if err != nil {
			t.Fatal(err)
		}
		var ov []string
		for _, o := range e.Overflowing {
			ov = append(ov, fmt.Sprint(o.Tokens))
		}
		got := fmt.Sprint(e.Tokens, " ", ov)
		if got != c.want {
			t.Errorf("%+v: got  %s\nwant %s", c.tr, got, c.want)
		}
	}
	// Pair, longest first: 7 tokens available, 5 + 3 words -> 4 + 3.
	tk.Truncation = &Truncation{MaxLength: 10}
	e, err := tk.EncodePair("how are you world ! how", "are you world")
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(e.Tokens); got != "[[CLS] how are you world [SEP] are you world [SEP]]" {
		t.Errorf("pair: %s", got)
	}
	// Per-call options override the tokenizer's setting.
	e, _ = tk.Encode("how are you world", WithTruncation(Truncation{MaxLength: 3}))
	if got := fmt.Sprint(e.Tokens); got != "[[CLS] how [SEP]]" {
		t.Errorf("WithTruncation: %s", got)
	}
	e, _ = tk.Encode("how are you world ! how", WithoutTruncation())
	if e.Len() != 8 {
		t.Errorf("WithoutTruncation: %v", e.Tokens)
	}
	tk.Truncation = &Truncation{MaxLength: 5, Strategy: OnlySecond}
	if _, err := tk.Encode("how are you world"); err == nil {
		t.Error("only_second without a pair must fail")
	}
	tk.Truncation = &Truncation{MaxLength: 4, Stride: 2}
	if _, err := tk.Encode("how are you world"); err == nil {
		t.Error("stride >= room left must fail")
	}
}

func TestPaddingBatch(t *testing.T) {
	tk := bertCopy(t)
	tk.Padding = &Padding{PadToMultipleOf: 4, Side: Left, PadID: 0, PadToken: "[PAD]"}
	encs, err := tk.EncodeBatch([]string{"how", "how are you world"})
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(encs[0].Tokens, encs[0].AttentionMask, encs[1].Tokens, encs[1].AttentionMask)
	want := "[[PAD] [PAD] [PAD] [PAD] [PAD] [CLS] how [SEP]] [0 0 0 0 0 1 1 1] [[PAD] [PAD] [CLS] how are you world [SEP]] [0 0 1 1 1 1 1 1]"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	tk.Padding = &Padding{Length: 5, PadToken: "[PAD]"}
	e, _ := tk.Encode("how")
	if fmt.Sprint(e.Tokens) != "[[CLS] how [SEP] [PAD] [PAD]]" {
		t.Errorf("fixed right padding: %v", e.Tokens)
	}
}

func TestEncodePairBatch(t *testing.T) {
	tk := bertCopy(t)
	tk.Padding = &Padding{PadToken: "[PAD]"}
	encs, err := tk.EncodePairBatch([][2]string{{"world!", "how are"}, {"how", "are"}})
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(encs[0].Tokens, encs[0].TypeIDs, encs[1].Tokens, encs[1].TypeIDs)
	want := "[[CLS] world ! [SEP] how are [SEP]] [0 0 0 0 1 1 1] [[CLS] how [SEP] are [SEP] [PAD] [PAD]] [0 0 0 1 1 0 0]"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestEncodeBatchMatchesEncode(t *testing.T) {
	var corpus []string
	readGzJSON(t, "testdata/corpus_shared.json.gz", &corpus)
	for name, tk := range fixtureTokenizers(t) {
		encs, err := tk.EncodeBatch(corpus)
		if err != nil {
			t.Fatal(err)
		}
		for i, text := range corpus {
			e, _ := tk.Encode(text)
			if fmt.Sprint(e.IDs, e.Offsets) != fmt.Sprint(encs[i].IDs, encs[i].Offsets) {
				t.Fatalf("%s: batch differs at %d", name, i)
			}
		}
	}
}

const addedJSON = `{"normalizer":{"type":"Lowercase"},"pre_tokenizer":{"type":"WhitespaceSplit"},
"model":{"type":"WordLevel","vocab":{"[UNK]":0,"hello":1,"world":2,"!":3},"unk_token":"[UNK]"},
"added_tokens":[{"id":4,"content":"<mask>","lstrip":true,"rstrip":false,"single_word":false,"normalized":false,"special":true},
{"id":5,"content":"AB","lstrip":false,"rstrip":true,"single_word":true,"normalized":true,"special":false}]}`

func TestAddedTokens(t *testing.T) {
	tk, err := FromJSON([]byte(addedJSON))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ in, want string }{
		{"hello <mask> world", "[hello  <mask> world] [1 4 2] [[0 5] [5 12] [13 18]]"},
		{"AB  xab ab", "[ab   [UNK] ab] [5 0 5] [[0 4] [4 7] [8 10]]"},
		{"hello<mask>", "[hello <mask>] [1 4] [[0 5] [5 11]]"},
	}
	for _, c := range cases {
		e, err := tk.Encode(c.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(e.Tokens, e.IDs, e.Offsets); got != c.want {
			t.Errorf("%q: got  %s\nwant %s", c.in, got, c.want)
		}
	}
	if got := tk.Decode([]int{1, 4, 5, 2}, true); got != "hello ab world" {
		t.Errorf("decode skip special: %q", got)
	}
	if id, ok := tk.TokenToID("<mask>"); !ok || id != 4 {
		t.Errorf("TokenToID = %d %v", id, ok)
	}
	if s, ok := tk.IDToToken(5); !ok || s != "ab" {
		t.Errorf("IDToToken(5) = %q (normalized form expected)", s)
	}
	if tk.VocabSize() != 6 {
		t.Errorf("VocabSize = %d", tk.VocabSize())
	}
}

func TestMalformedJSON(t *testing.T) {
	bpe := `"model":{"type":"BPE","vocab":{"a":0,"b":1,"ab":2},"merges":["a b"]}`
	cases := []struct{ doc, want string }{
		{`[1]`, "(root): expected an object"},
		{`{"model":{"type":"BPE","vocab":{"a":0},"merges":["a b"]}}`, "model.merges"},
		{`{"model":{"type":"BPE","vocab":{"a":0},"merges":["a b c"]}}`, "model.merges[0]"},
		{`{"model":{"type":"WordPiece","vocab":{"a":"x"}}}`, "model.vocab.a: expected a number"},
		{`{"normalizer":{"type":"Nope"},` + bpe + `}`, `normalizer.type: unknown normalizer type "Nope"`},
		{`{"pre_tokenizer":{"type":"Split","pattern":{"Regex":"("},"behavior":"Isolated"},` + bpe + `}`, "pre_tokenizer.pattern.Regex"},
		{`{"pre_tokenizer":{"type":"Sequence","pretokenizers":[{"type":"Split","pattern":{"String":"x"},"behavior":"Sideways"}]},` + bpe + `}`, "pre_tokenizer.pretokenizers[0].behavior"},
		{`{"post_processor":{"type":"TemplateProcessing","single":[{"SpecialToken":{"id":"<s>"}}],"pair":[],"special_tokens":{}},` + bpe + `}`, "post_processor.single[0].SpecialToken.id"},
		{`{"decoder":{"type":"Strip","content":1},` + bpe + `}`, "decoder.content: expected a string"},
		{`{"added_tokens":[{"id":"x","content":"a"}],` + bpe + `}`, "added_tokens[0].id"},
		{`{"model":{"type":"Unigram","vocab":[["a"]],"unk_id":0}}`, "model.vocab[0]"},
		{`{"model":{"type":"Unigram","vocab":[["a",0.5]],"unk_id":3}}`, "model.unk_id"},
		{`{"model":{"type":"Magic"}}`, "model.type"},
		{`{"normalizer":{"type":"Precompiled","precompiled_charsmap":"!!"},` + bpe + `}`, "normalizer.precompiled_charsmap"},
	}
	for _, c := range cases {
		_, err := FromJSON([]byte(c.doc))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s\n err = %v\nwant it to mention %q", c.doc, err, c.want)
		}
	}
	if _, err := FromJSON([]byte(`{` + bpe + `}`)); err != nil {
		t.Errorf("minimal valid document: %v", err)
	}
}

func TestInvalidUTF8(t *testing.T) {
	for name, tk := range fixtureTokenizers(t) {
		bad, err := tk.Encode("a\xffb\xe2\x82")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		good, _ := tk.Encode("a\uFFFDb\uFFFD\uFFFD")
		if fmt.Sprint(bad.IDs, bad.Offsets) != fmt.Sprint(good.IDs, good.Offsets) {
			t.Errorf("%s: invalid bytes are not encoded as U+FFFD each", name)
		}
	}
}

func TestPrecompiledTrie(t *testing.T) {
	// A hand-built Darts array: "a" -> "x", "ab" -> "y".
	units := make([]uint32, 256)
	units['a'] = 'a' | 1<<8 | 1<<10 // leaf, children at 97^1 = 96
	units[96] = 0                   // value of "a": offset 0 in the blob
	units[96^'b'] = 'b' | 1<<8 | 1<<10
	units[(96^'b')^1] = 2 // value of "ab": offset 2
	blob := make([]byte, 4, 4+4*256+4)
	blob[0], blob[1] = byte((len(units)*4)&0xff), byte((len(units)*4)>>8)
	for _, u := range units {
		blob = append(blob, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
	}
	blob = append(blob, "x\x00y\x00"...)
	p, err := newPrecompiled(blob)
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{"ab": "xb", "a\u0300z": "xz", "ba": "bx", "c": "c"} {
		n := newNormStr(in, 0)
		if err := p.normalize(n); err != nil {
			t.Fatal(err)
		}
		if string(n.s) != want {
			t.Errorf("%q -> %q, want %q", in, n.s, want)
		}
	}
	for _, bad := range [][]byte{nil, {1, 0, 0, 0}, {8, 0, 0, 0, 1}, append(append([]byte{}, blob[:len(blob)-4]...), 0xff)} {
		if _, err := newPrecompiled(bad); err == nil {
			t.Errorf("blob %x: expected an error", bad[:min(len(bad), 8)])
		}
	}
}

func FuzzEncode(f *testing.F) {
	for _, s := range []string{"Hello world!", "  a\tb\n\n", "中文 😀 é", "<s>[CLS]<|endoftext|>", "\xff\xfe", "'s 's'll 123456"} {
		f.Add(s)
	}
	tks := fixtureTokenizers(f)
	f.Fuzz(func(t *testing.T, s string) {
		n := utf8.RuneCountInString(sanitize(s))
		for name, tk := range tks {
			e, err := tk.Encode(s)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			for _, o := range e.Offsets {
				if o[0] < 0 || o[0] > o[1] || o[1] > n {
					t.Fatalf("%s: offsets %v out of range for %d runes", name, o, n)
				}
			}
			if name == "gpt2" || name == "llama3" {
				if d := tk.Decode(e.IDs, false); d != sanitize(s) {
					t.Fatalf("%s: decode(encode(%q)) = %q", name, s, d)
				}
			}
		}
	})
}

func FuzzFromJSON(f *testing.F) {
	f.Add([]byte(addedJSON))
	f.Add([]byte(`{"model":{"type":"BPE","vocab":{"a":0,"b":1,"ab":2},"merges":["a b"]},"pre_tokenizer":{"type":"ByteLevel"}}`))
	f.Add([]byte(`{"model":{"type":"Unigram","vocab":[["a",-1],["b",-2]],"unk_id":0,"byte_fallback":true},"normalizer":{"type":"NFKC"}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		tk, err := FromJSON(b)
		if err != nil {
			return
		}
		if e, err := tk.Encode("ab hello, AB!"); err == nil {
			tk.Decode(e.IDs, true)
		}
	})
}
