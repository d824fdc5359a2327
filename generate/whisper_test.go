package generate_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// whisperReference is the generation part of whisper-tiny's reference.json.
type whisperReference struct {
	DecoderInputIDs [][]int `json:"decoder_input_ids"`
	Greedy          [][]int `json:"greedy_manual_10"`
	Logits          struct {
		Top16IDs [][]int `json:"top16_ids"`
	} `json:"logits"`
}

// whisperInputs reads the fixture's reference and input_features (1, 80,
// 3000) as transformers' feature extractor computed them.
func whisperInputs(t testing.TB) (whisperReference, *tensor.Tensor) {
	t.Helper()
	var ref whisperReference
	readJSON(t, fixtureDir("whisper-tiny")+"/reference.json", &ref)
	vals, shape, err := fixture.ReadNpyFloat32(fixtureDir("whisper-tiny") + "/input_features.npy.gz")
	if err != nil {
		t.Fatal(err)
	}
	x, err := tensor.FromFloat32(ir.Shape(shape), vals)
	if err != nil {
		t.Fatal(err)
	}
	return ref, x
}

// TestWhisperGreedyParity generates 10 tokens greedily from the fixture's
// decoder prompt on every parity backend: the ids of transformers' manual
// argmax loop, exactly, with the encoder run once and the decoder on its
// cache; and the same without the cache (use_cache false).
func TestWhisperGreedyParity(t *testing.T) {
	ref, feats := whisperInputs(t)
	forEachBackend(t, func(t *testing.T, backend string) {
		g := loadGeneratorOn(t, "whisper-tiny", backend)
		enc := map[string]*tensor.Tensor{models.InputFeatures: feats}
		for _, cache := range []bool{true, false} {
			out, err := g.GenerateWithEncoder(context.Background(), enc, ref.DecoderInputIDs, generate.MaxNewTokens(10), generate.UseCache(cache))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(out.Sequences[0], ref.Greedy[0]) || out.PromptLen != len(ref.DecoderInputIDs[0]) {
				t.Errorf("use_cache %v: sequences %v (prompt %d), want %v", cache, out.Sequences, out.PromptLen, ref.Greedy)
			}
		}
		if backend == "interp" {
			// One encoder program, one prefill, one decode step (cached),
			// and the uncached decoder programs of lengths 4..13.
			if n := g.Runner.Compiles(); n != 1+2+10 {
				t.Errorf("%d programs compiled, want 13", n)
			}
		}
	})
}

// TestWhisperSuppressTokens checks suppress_tokens and
// begin_suppress_tokens as Whisper's generate applies them: the begin
// list only at the first generated token (begin_index = the decoder
// prompt's length), the other at every step.
func TestWhisperSuppressTokens(t *testing.T) {
	ref, feats := whisperInputs(t)
	g := sharedGenerator(t, "whisper-tiny")
	enc := map[string]*tensor.Tensor{models.InputFeatures: feats}
	p := len(ref.DecoderInputIDs[0])
	first, second := ref.Logits.Top16IDs[p-1][0], ref.Logits.Top16IDs[p-1][1] // the best two first tokens
	out, err := g.GenerateWithEncoder(context.Background(), enc, ref.DecoderInputIDs, generate.MaxNewTokens(3), generate.BeginSuppressTokens(first))
	if err != nil {
		t.Fatal(err)
	}
	if got := out.NewTokens()[0]; got[0] != second {
		t.Errorf("begin_suppress_tokens [%d]: first token %d, want the runner-up %d", first, got[0], second)
	}
	// The fixture's greedy run repeats its first token: unsuppressed at
	// the second step, it comes back unless suppress_tokens bans it.
	out, err = g.GenerateWithEncoder(context.Background(), enc, ref.DecoderInputIDs, generate.MaxNewTokens(3), generate.SuppressTokens(first))
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(out.NewTokens()[0], first) {
		t.Errorf("suppress_tokens [%d]: generated %v", first, out.NewTokens()[0])
	}
	if ref.Greedy[0][p] != first || ref.Greedy[0][p+1] != first {
		t.Fatalf("fixture changed: greedy %v no longer starts with %d twice", ref.Greedy[0], first)
	}
}

// TestWhisperBatchedBeams checks that the encoder's cross-attention keys
// and values follow each row into its beams: two different clips (the
// fixture and silence) searched together with 2 beams give what each gives
// alone, and the default decoder prompt is decoder_start_token_id.
func TestWhisperBatchedBeams(t *testing.T) {
	_, feats := whisperInputs(t)
	g := sharedGenerator(t, "whisper-tiny")
	silent, _ := tensor.New(ir.Float32, feats.Shape)
	two, err := tensor.FromFloat32(ir.Shape{2, feats.Shape[1], feats.Shape[2]}, append(feats.Float32s(), silent.Float32s()...))
	if err != nil {
		t.Fatal(err)
	}
	opts := []generate.Option{generate.MaxNewTokens(3), generate.Beams(2)}
	ctx := context.Background()
	both, err := g.GenerateWithEncoder(ctx, map[string]*tensor.Tensor{models.InputFeatures: two}, nil, opts...)
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range []*tensor.Tensor{feats, silent} {
		one, err := g.GenerateWithEncoder(ctx, map[string]*tensor.Tensor{models.InputFeatures: x}, nil, opts...)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(one.Sequences[0], both.Sequences[i]) {
			t.Errorf("row %d: batched %v, alone %v", i, both.Sequences[i], one.Sequences[0])
		}
		if both.Sequences[i][0] != 50257 {
			t.Errorf("row %d starts with %d, want decoder_start_token_id 50257", i, both.Sequences[i][0])
		}
	}
	if slices.Equal(both.Sequences[0], both.Sequences[1]) {
		t.Errorf("speech and silence gave the same tokens %v: the rows' encoder outputs are mixed up", both.Sequences[0])
	}
}

// TestWhisperGenerateErrors checks that misuse is refused with errors that
// name what is wrong.
func TestWhisperGenerateErrors(t *testing.T) {
	_, feats := whisperInputs(t)
	g := sharedGenerator(t, "whisper-tiny")
	ctx := context.Background()
	enc := map[string]*tensor.Tensor{models.InputFeatures: feats}
	short, _ := tensor.New(ir.Float32, ir.Shape{1, 80, 100})
	cases := []struct {
		name string
		run  func() error
		want string
	}{
		{"decoder entry point", func() error { _, err := g.Generate(ctx, [][]int{{50258}}); return err }, "GenerateWithEncoder"},
		{"no features", func() error { _, err := g.GenerateWithEncoder(ctx, nil, [][]int{{50258}}); return err }, "input_features"},
		{"short features", func() error {
			_, err := g.GenerateWithEncoder(ctx, map[string]*tensor.Tensor{models.InputFeatures: short}, [][]int{{50258}})
			return err
		}, "3000"},
		{"prompt rows", func() error { _, err := g.GenerateWithEncoder(ctx, enc, [][]int{{1}, {2}}); return err }, "2 decoder prompts for 1 rows"},
		{"vocabulary", func() error { _, err := g.GenerateWithEncoder(ctx, enc, [][]int{{60000}}); return err }, "outside the vocabulary"},
		{"position table", func() error {
			_, err := g.GenerateWithEncoder(ctx, enc, [][]int{{50258}}, generate.MaxNewTokens(64))
			return err
		}, "max_target_positions"},
	}
	for _, tc := range cases {
		if err := tc.run(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

// TestDecoderPrompt checks the prompt Whisper's generate builds from
// decoder_start_token_id and forced_decoder_ids.
func TestDecoderPrompt(t *testing.T) {
	c := generate.DefaultConfig()
	if err := c.UpdateJSON([]byte(`{"decoder_start_token_id": 50258, "forced_decoder_ids": [[2, 50359], [1, 50259], [3, 50363]]}`)); err != nil {
		t.Fatal(err)
	}
	p, err := c.DecoderPrompt()
	if err != nil || !slices.Equal(p, []int{50258, 50259, 50359, 50363}) {
		t.Errorf("prompt %v, %v; want [50258 50259 50359 50363]", p, err)
	}
	for js, want := range map[string]string{
		`{"decoder_start_token_id": 50258, "forced_decoder_ids": [[1, null], [2, 50359]]}`: "open",
		`{"decoder_start_token_id": 50258, "forced_decoder_ids": [[2, 50359]]}`:            "position 2",
		`{"forced_decoder_ids": [[1, 3]]}`:                                                 "decoder_start_token_id",
	} {
		c := generate.DefaultConfig()
		if err := c.UpdateJSON([]byte(js)); err != nil {
			t.Fatal(err)
		}
		if _, err := c.DecoderPrompt(); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want one containing %q", js, err, want)
		}
	}
	if err := c.UpdateJSON([]byte(`{"forced_decoder_ids": [[1]]}`)); err == nil || !strings.Contains(err.Error(), "forced_decoder_ids") {
		t.Errorf("malformed forced_decoder_ids: error %v", err)
	}
}

// TestWhisperSampling checks sampling through the encoder-decoder path:
// num_return_sequences rows per clip, each starting with the prompt, and
// the same tokens for the same seed.
func TestWhisperSampling(t *testing.T) {
	ref, feats := whisperInputs(t)
	g := sharedGenerator(t, "whisper-tiny")
	enc := map[string]*tensor.Tensor{models.InputFeatures: feats}
	opts := []generate.Option{generate.MaxNewTokens(3), generate.Sample(7), generate.NumReturnSequences(2), generate.TopK(0)}
	a, err := g.GenerateWithEncoder(context.Background(), enc, ref.DecoderInputIDs, opts...)
	if err != nil {
		t.Fatal(err)
	}
	b, err := g.GenerateWithEncoder(context.Background(), enc, ref.DecoderInputIDs, opts...)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Sequences) != 2 {
		t.Fatalf("%d rows, want 2 (num_return_sequences)", len(a.Sequences))
	}
	for i, row := range a.Sequences {
		if !slices.Equal(row[:a.PromptLen], ref.DecoderInputIDs[0]) || len(row) != a.PromptLen+3 {
			t.Errorf("row %d = %v, want the prompt then 3 tokens", i, row)
		}
		if !slices.Equal(row, b.Sequences[i]) {
			t.Errorf("row %d: %v, then %v with the same seed", i, row, b.Sequences[i])
		}
	}
}
