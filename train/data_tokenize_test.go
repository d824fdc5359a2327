package train

import (
	"reflect"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/tokenizer"
)

func loadTok(t *testing.T, name string) *tokenizer.Tokenizer {
	t.Helper()
	tok, err := tokenizer.FromFile("../tokenizer/testdata/" + name + "/tokenizer.json.gz")
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// Ids from the test tokenizers' vocabularies: BERT's (a test vocabulary)
// has [CLS]=101, [SEP]=102, "the"=10760, "world"=11108; GPT-2's "Hello" =
// 15496, "Ġworld" = 995.
func TestTokenizeBERT(t *testing.T) {
	tok := loadTok(t, "bert")
	texts := make([]string, 200)
	want := make([][]int64, len(texts))
	for i := range texts {
		texts[i] = strings.Repeat("the ", i%7) + "world"
		want[i] = []int64{101}
		for range i % 7 {
			want[i] = append(want[i], 10760)
		}
		want[i] = append(want[i], 11108, 102)
	}
	for _, workers := range []int{1, 5} {
		rows, err := Tokenize(tok, texts, nil, TokenizeOptions{Workers: workers, TokenTypeIDs: true, SpecialTokensMask: true})
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range rows {
			n := len(want[i])
			if !reflect.DeepEqual(r.InputIDs, want[i]) || r.Line != i+1 || len(r.AttentionMask) != n || len(r.TokenTypeIDs) != n || r.Labels != nil {
				t.Fatalf("workers %d row %d: %+v, want ids %v", workers, i, r, want[i])
			}
			if r.SpecialTokensMask[0] != 1 || r.SpecialTokensMask[n-1] != 1 || r.SpecialTokensMask[1] != 0 {
				t.Fatalf("row %d: special mask %v", i, r.SpecialTokensMask)
			}
		}
	}
	cases := []struct {
		opts TokenizeOptions
		want []int64
	}{
		{TokenizeOptions{MaxLength: 3}, []int64{101, 10760, 102}},
		{TokenizeOptions{NoSpecialTokens: true}, []int64{10760, 11108}},
		{TokenizeOptions{NoSpecialTokens: true, MaxLength: 1}, []int64{10760}},
		{TokenizeOptions{MaxLength: 10}, []int64{101, 10760, 11108, 102}},
	}
	if _, err := Tokenize(tok, []string{"x", "the world"}, nil, TokenizeOptions{MaxLength: 1}); err == nil || !strings.Contains(err.Error(), "tokenize row 0: max_length 1 leaves no room for text after the 2 special tokens") {
		t.Errorf("max_length below the special tokens: %v", err)
	}
	for _, c := range cases {
		rows, err := Tokenize(tok, []string{"the world"}, nil, c.opts)
		if err != nil || !reflect.DeepEqual(rows[0].InputIDs, c.want) || rows[0].TokenTypeIDs != nil || rows[0].SpecialTokensMask != nil {
			t.Errorf("%+v: %+v %v, want %v", c.opts, rows, err, c.want)
		}
	}
}

func TestTokenizeColumnGPT2(t *testing.T) {
	tok := loadTok(t, "gpt2")
	tb, err := ParseText(strings.NewReader("Hello world\n\nHello"), "d.txt", TextOptions{})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := TokenizeColumn(tok, tb, "text", TokenizeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]int64{{15496, 995}, {}, {15496}}
	for i, r := range rows {
		if !reflect.DeepEqual(r.InputIDs, want[i]) || r.Line != i+1 {
			t.Errorf("row %d: %+v, want %v", i, r, want[i])
		}
	}
	// The empty line tokenizes to nothing and packing skips it.
	blocks, err := GroupTexts(rows, 3, 0)
	if err != nil || len(blocks) != 1 || !reflect.DeepEqual(blocks[0].InputIDs, []int64{15496, 995, 15496}) || blocks[0].Line != 1 {
		t.Errorf("blocks %+v %v", blocks, err)
	}
	tb.Rows[1][0] = IntValue(3)
	if _, err := TokenizeColumn(tok, tb, "text", TokenizeOptions{}); err == nil || !strings.Contains(err.Error(), `d.txt:2: column "text": want a string, got 3`) {
		t.Errorf("non-string cell: %v", err)
	}
	if _, err := Tokenize(nil, nil, nil, TokenizeOptions{}); err == nil {
		t.Error("nil tokenizer accepted")
	}
}

func TestNewLMCollatorFromTokenizer(t *testing.T) {
	tok := loadTok(t, "bert")
	if _, err := NewLMCollator(tok, true, 0); err == nil || !strings.Contains(err.Error(), "no mask token") {
		t.Errorf("MLM without a mask token: %v", err)
	}
	tok.Config = &tokenizer.Config{MaskToken: "[MASK]", PADToken: "[PAD]", PaddingSide: "left"}
	c, err := NewLMCollator(tok, true, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := map[int64]bool{0: true, 100: true, 101: true, 102: true, 103: true}
	if c.MaskID != 103 || c.PadID != 0 || !c.HasPad || !c.Left || c.VocabSize != 30522 || !reflect.DeepEqual(c.SpecialIDs, want) || c.MLMProbability != 0.15 {
		t.Errorf("collator %+v", c)
	}
	rows, err := Tokenize(tok, []string{"the world", "world"}, nil, TokenizeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := c.Collate(rows)
	if err != nil || b.Seq != 4 || b.InputIDs[4] != 0 || b.InputIDs[5] != 101 || b.Labels[0] != -100 || b.Labels[4] != -100 {
		t.Errorf("batch %+v %v", b, err)
	}
}
