package tokenizer

import (
	"os"
	"testing"
)

// modernBertTiny is a tokenizer in the layout of ModernBERT's
// tokenizer.json (byte-level BPE, TemplateProcessing with [CLS]/[SEP],
// [MASK] with lstrip), written by scripts/modernbert_tiny_tokenizer.py.
const modernBertTiny = "testdata/modernbert/tokenizer.json.gz"

// TestModernBertStyleTokenizer: the template wraps one text in [CLS] …
// [SEP] and a pair in [CLS] A [SEP] B [SEP] (type ids all 0, as
// ModernBERT's template sets them), and [MASK] is one token that takes
// the space before it (lstrip), so a fill-mask input round-trips.
func TestModernBertStyleTokenizer(t *testing.T) {
	tk, err := FromFile(modernBertTiny)
	if err != nil {
		t.Fatal(err)
	}
	id := func(s string) int {
		i, ok := tk.TokenToID(s)
		if !ok {
			t.Fatalf("no token %q", s)
		}
		return i
	}
	cls, sep, mask := id("[CLS]"), id("[SEP]"), id("[MASK]")
	text := "The capital of France is [MASK]."
	e, err := tk.Encode(text)
	if err != nil {
		t.Fatal(err)
	}
	n := len(e.IDs)
	if e.IDs[0] != cls || e.IDs[n-1] != sep {
		t.Fatalf("ids %v: want [CLS] … [SEP]", e.IDs)
	}
	at := -1
	for i, x := range e.IDs {
		if x == mask {
			at = i
		}
	}
	if at < 0 || e.Offsets[at] != [2]int{24, 31} || e.IDs[at+1] != id(".") {
		t.Errorf("[MASK] at %d offsets %v, want one token over \" [MASK]\" (24, 31) before \".\"; tokens %q", at, e.Offsets, e.Tokens)
	}
	if d := tk.Decode(e.IDs, true); d != "The capital of France is." {
		t.Errorf("decode without specials = %q", d)
	}
	p, err := tk.EncodePair("Who?", "Paris")
	if err != nil {
		t.Fatal(err)
	}
	var seps []int
	for i, x := range p.IDs {
		if x == sep {
			seps = append(seps, i)
		}
		if p.TypeIDs[i] != 0 {
			t.Errorf("pair type id %d at %d, want 0", p.TypeIDs[i], i)
		}
	}
	if p.IDs[0] != cls || len(seps) != 2 || seps[1] != len(p.IDs)-1 {
		t.Errorf("pair ids %v: want [CLS] A [SEP] B [SEP]", p.IDs)
	}
}

// TestParityModernBertTokenizer replays Hugging Face tokenizers on the
// shared corpus with the tiny ModernBERT-style tokenizer, recorded by
// scripts/encoders_fixture.py on the GPU machine; it skips until then.
func TestParityModernBertTokenizer(t *testing.T) {
	if _, err := os.Stat("testdata/modernbert/expected_shared.json.gz"); err != nil {
		t.Skip("no testdata/modernbert/expected_shared.json.gz: run scripts/encoders_fixture.py tokenizer on the GPU machine")
	}
	tk, err := FromFile(modernBertTiny)
	if err != nil {
		t.Fatal(err)
	}
	checkParity(t, tk, loadExpected(t, "modernbert"))
}
