package generate_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// t5Reference is the generation part of t5-tiny's reference.json: the
// padded encoder batch and transformers' generate(max_new_tokens=12)
// greedy rows (decoder_start_token_id, then the new tokens).
type t5Reference struct {
	InputIDs      [][]int `json:"input_ids"`
	AttentionMask [][]int `json:"attention_mask"`
	Greedy        [][]int `json:"greedy_12"`
}

// unpadded returns the rows of ids where mask is 1 (the fixture pads on
// the right, as T5's tokenizer does).
func unpadded(ids, mask [][]int) [][]int {
	var out [][]int
	for i, row := range ids {
		var r []int
		for j, id := range row {
			if mask[i][j] != 0 {
				r = append(r, id)
			}
		}
		out = append(out, r)
	}
	return out
}

// TestT5GreedyParity generates 12 tokens greedily for the fixture's two
// ragged rows on every parity backend: transformers' ids exactly, with
// the encoder run once and the decoder on its cache, and the same without
// the cache; the default decoder prompt is decoder_start_token_id.
func TestT5GreedyParity(t *testing.T) {
	var ref t5Reference
	readJSON(t, fixtureDir("t5-tiny")+"/reference.json", &ref)
	forEachBackend(t, func(t *testing.T, backend string) {
		g := loadGeneratorOn(t, "t5-tiny", backend)
		for _, cache := range []bool{true, false} {
			out, err := g.GenerateFromTokens(context.Background(), unpadded(ref.InputIDs, ref.AttentionMask), generate.MaxNewTokens(12), generate.UseCache(cache))
			if err != nil {
				t.Fatal(err)
			}
			if out.PromptLen != 1 || len(out.Sequences) != 2 {
				t.Fatalf("use_cache %v: prompt %d, %d rows", cache, out.PromptLen, len(out.Sequences))
			}
			for i := range ref.Greedy {
				if !slices.Equal(out.Sequences[i], ref.Greedy[i]) {
					t.Errorf("use_cache %v row %d: %v, want %v", cache, i, out.Sequences[i], ref.Greedy[i])
				}
			}
		}
	})
}

// TestT5BeamsFollowRows checks that each row's encoder outputs and mask
// follow it into its beams and sampled sequences: the batch searched
// together gives what each row gives alone, and the rows differ.
func TestT5BeamsFollowRows(t *testing.T) {
	var ref t5Reference
	readJSON(t, fixtureDir("t5-tiny")+"/reference.json", &ref)
	g := loadGenerator(t, "t5-tiny")
	ctx := context.Background()
	rows := unpadded(ref.InputIDs, ref.AttentionMask)
	for _, opts := range [][]generate.Option{
		{generate.MaxNewTokens(4), generate.Beams(3), generate.NumReturnSequences(2)},
		{generate.MaxNewTokens(4), func(r *generate.Request) { r.DoSample, r.Seed = true, 7 }, generate.NumReturnSequences(2)},
	} {
		both, err := g.GenerateFromTokens(ctx, rows, opts...)
		if err != nil {
			t.Fatal(err)
		}
		if len(both.Sequences) != 4 {
			t.Fatalf("%d sequences, want 2 rows x 2", len(both.Sequences))
		}
		if slices.Equal(both.Sequences[0], both.Sequences[2]) {
			t.Errorf("rows 0 and 1 gave the same tokens %v: the rows' encoder outputs are mixed up", both.Sequences[0])
		}
		if both.Scores == nil {
			continue // sampling draws from one RNG across rows: alone differs
		}
		for i, r := range rows {
			one, err := g.GenerateFromTokens(ctx, [][]int{r}, opts...)
			if err != nil {
				t.Fatal(err)
			}
			for k := 0; k < 2; k++ {
				if !slices.Equal(one.Sequences[k], both.Sequences[2*i+k]) {
					t.Errorf("row %d sequence %d: batched %v, alone %v", i, k, both.Sequences[2*i+k], one.Sequences[k])
				}
			}
		}
	}
}

// TestT5GenerateErrors checks that misuse is refused with errors that
// name what is wrong.
func TestT5GenerateErrors(t *testing.T) {
	g := loadGenerator(t, "t5-tiny")
	ctx := context.Background()
	ids := func(rows ...[]int64) *tensor.Tensor {
		x, err := models.RowsTensor(rows, "ids")
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	f, _ := tensor.New(ir.Float32, ir.Shape{1, 3})
	cases := []struct {
		name string
		call func() error
		want string
	}{
		{"decoder-only entry", func() error { _, err := g.Generate(ctx, [][]int{{1, 2}}); return err }, "GenerateWithEncoder"},
		{"no rows", func() error { _, err := g.GenerateFromTokens(ctx, nil); return err }, "no encoder inputs"},
		{"empty row", func() error { _, err := g.GenerateFromTokens(ctx, [][]int{{5}, {}}); return err }, "encoder input 1 is empty"},
		{"out of vocabulary", func() error { _, err := g.GenerateFromTokens(ctx, [][]int{{5, 40000}}); return err }, "outside the vocabulary"},
		{"float ids", func() error {
			_, err := g.GenerateWithEncoder(ctx, map[string]*tensor.Tensor{models.InputEncoderIDs: f}, nil)
			return err
		}, "integer token ids"},
		{"mask shape", func() error {
			_, err := g.GenerateWithEncoder(ctx, map[string]*tensor.Tensor{models.InputEncoderIDs: ids([]int64{5, 6}),
				models.InputEncoderAttentionMask: ids([]int64{1})}, nil)
			return err
		}, models.InputEncoderAttentionMask},
		{"features", func() error {
			_, err := g.GenerateWithEncoder(ctx, map[string]*tensor.Tensor{models.InputFeatures: f}, nil)
			return err
		}, "unknown encoder input"},
		{"prompt count", func() error {
			_, err := g.GenerateWithEncoder(ctx, map[string]*tensor.Tensor{models.InputEncoderIDs: ids([]int64{5, 6})}, [][]int{{0}, {0}})
			return err
		}, "2 decoder prompts for 1 rows of encoder_input_ids"},
	}
	for _, tc := range cases {
		if err := tc.call(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

// TestT5SourceBuckets checks that encoder inputs of different lengths
// within one SourceBucket share compiled programs and that the padding
// changes nothing: a row generates the same tokens alone as in a batch
// with a longer row, and as with explicit trailing padding.
func TestT5SourceBuckets(t *testing.T) {
	g := loadGenerator(t, "t5-tiny")
	ctx := context.Background()
	short, long := []int{600, 700, 800, 1}, []int{100, 200, 300, 400, 500, 6, 7, 8, 9, 1}
	a, err := g.GenerateFromTokens(ctx, [][]int{short}, generate.MaxNewTokens(4))
	if err != nil {
		t.Fatal(err)
	}
	n := g.Runner.Compiles()
	b, err := g.GenerateFromTokens(ctx, [][]int{long}, generate.MaxNewTokens(4))
	if err != nil {
		t.Fatal(err)
	}
	if g.Runner.Compiles() != n {
		t.Errorf("a 10-token input compiled %d more programs after a 4-token one; want none (one bucket)", g.Runner.Compiles()-n)
	}
	both, err := g.GenerateFromTokens(ctx, [][]int{short, long}, generate.MaxNewTokens(4))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(both.Sequences[0], a.Sequences[0]) || !slices.Equal(both.Sequences[1], b.Sequences[0]) {
		t.Errorf("batched %v, alone %v and %v", both.Sequences, a.Sequences[0], b.Sequences[0])
	}
	if SourceBucket := generate.SourceBucket; SourceBucket < len(long) {
		t.Fatalf("SourceBucket %d: the test's rows no longer share a bucket", SourceBucket)
	}
}
