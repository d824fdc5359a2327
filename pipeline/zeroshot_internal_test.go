package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/models"
)

// padToMax is an ImageTextModel trained on fixed-length texts, as SigLIP.
type padToMax struct{ models.ImageTextModel }

func (padToMax) TextLength() (int, bool) { return 77, true }

// TestEncodeHypotheses: texts are padded to the longest for CLIP and to
// the tokenizer's model_max_length for a SigLIP-like model, padding
// masked; a tokenizer whose model_input_names has no attention_mask gives
// a mask of ones, as transformers then calls the model without one.
func TestEncodeHypotheses(t *testing.T) {
	words := filepath.Join("..", "testdata", "tokenizers", "clip-words")
	noMask := t.TempDir()
	data, err := os.ReadFile(filepath.Join(words, "tokenizer.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(noMask, "tokenizer.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := `{"pad_token": "<|endoftext|>", "model_max_length": 9, "model_input_names": ["input_ids"]}`
	if err := os.WriteFile(filepath.Join(noMask, "tokenizer_config.json"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	texts := []string{"a photo of a cat", "a photo of"}
	for _, c := range []struct {
		tok       string
		siglip    bool
		wantLen   int
		wantMask1 []int
	}{
		{words, false, 7, []int{1, 1, 1, 1, 1, 0, 0}},
		{words, true, 77, nil},
		{noMask, true, 9, []int{1, 1, 1, 1, 1, 1, 1, 1, 1}},
	} {
		p, err := New(context.Background(), ZeroShotImageClassification, filepath.Join("..", "testdata", "models", "clip-tiny"), Options{Backend: "interp", TokenizerDir: c.tok})
		if err != nil {
			t.Fatal(err)
		}
		m := p.Model.Model().(models.ImageTextModel)
		if c.siglip {
			m = padToMax{m}
		}
		e, err := p.encodeHypotheses(m, texts)
		p.Close()
		if err != nil {
			t.Fatal(err)
		}
		if len(e.ids[0]) != c.wantLen || len(e.ids[1]) != c.wantLen || len(e.mask[1]) != c.wantLen {
			t.Fatalf("%s siglip=%v: length %d, want %d", c.tok, c.siglip, len(e.ids[0]), c.wantLen)
		}
		if e.ids[1][4] != 49407 || e.ids[1][c.wantLen-1] != 49407 {
			t.Errorf("row 2 %v: want the end of text, then <|endoftext|> padding", e.ids[1])
		}
		if c.wantMask1 != nil && !equalInts(e.mask[1], c.wantMask1) {
			t.Errorf("%s siglip=%v: mask %v, want %v", c.tok, c.siglip, e.mask[1], c.wantMask1)
		}
		if c.wantMask1 == nil && (e.mask[1][4] != 1 || e.mask[1][5] != 0) {
			t.Errorf("max_length padding not masked: %v", e.mask[1])
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
