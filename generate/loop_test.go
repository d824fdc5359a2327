package generate_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/generate"
)

func mustGenerate(t *testing.T, g *generate.Generator, prompts [][]int, opts ...generate.Option) *generate.Output {
	t.Helper()
	out, err := g.Generate(context.Background(), prompts, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCacheMatchesRecompute checks that the static-cache loop (prefill +
// one decode program) gives the same tokens as recomputing the whole
// sequence at every step without a cache, for greedy, sampling, beam
// search and beam sampling (which reorder the cache on the backend), on a full-attention model and on the
// sliding-window one (a 24-token prompt with window 8).
func TestCacheMatchesRecompute(t *testing.T) {
	for _, name := range []string{"qwen2-tiny", "mistral-sliding-tiny"} {
		t.Run(name, func(t *testing.T) {
			ref := readReference(t, name)
			g := loadGenerator(t, name)
			for _, c := range []struct {
				what string
				opts []generate.Option
			}{
				{"greedy", []generate.Option{generate.MaxNewTokens(8)}},
				{"sample", []generate.Option{generate.MaxNewTokens(8), generate.Sample(7), generate.Temperature(1.5)}},
				{"beam3", []generate.Option{generate.MaxNewTokens(6), generate.Beams(3), generate.NumReturnSequences(2)}},
				{"beam-sample", []generate.Option{generate.MaxNewTokens(6), generate.Beams(2), generate.Sample(5)}},
			} {
				cached := mustGenerate(t, g, ref.Prompts, c.opts...)
				full := mustGenerate(t, g, ref.Prompts, append(c.opts, generate.UseCache(false))...)
				for i := range cached.Sequences {
					if !slices.Equal(cached.Sequences[i], full.Sequences[i]) {
						t.Errorf("%s row %d: cached %v, recomputed %v", c.what, i, cached.Sequences[i], full.Sequences[i])
					}
				}
				if len(cached.Sequences) != len(full.Sequences) {
					t.Errorf("%s: %d rows cached, %d recomputed", c.what, len(cached.Sequences), len(full.Sequences))
				}
			}
		})
	}
}

// TestCompilesOncePerBucket counts backend compilations: a whole generation
// compiles exactly the prefill and the decode program, and a second call
// of the same prompt length whose length stays in the same cache bucket
// compiles nothing.
func TestCompilesOncePerBucket(t *testing.T) {
	ref := readReference(t, "qwen3-tiny")
	g := loadGenerator(t, "qwen3-tiny")
	if n := g.Runner.Compiles(); n != 0 {
		t.Fatalf("%d compiles before generating", n)
	}
	mustGenerate(t, g, ref.Prompts, generate.MaxNewTokens(6))
	if n := g.Runner.Compiles(); n != 2 {
		t.Fatalf("first generation compiled %d programs, want 2 (prefill + decode)", n)
	}
	mustGenerate(t, g, ref.Prompts, generate.MaxNewTokens(12), generate.RepetitionPenalty(1.2))
	if n := g.Runner.Compiles(); n != 2 {
		t.Fatalf("second generation in the same bucket compiled %d more programs", n-2)
	}
}

// TestEOSPadsFinishedRows makes a token of row 0's greedy output the EOS:
// row 0 must stop there and receive pad tokens while row 1 (which never
// produces that token) continues exactly as in the reference.
func TestEOSPadsFinishedRows(t *testing.T) {
	ref := readReference(t, "qwen2-tiny")
	g := loadGenerator(t, "qwen2-tiny")
	want := ref.Greedy.IDs
	eos, at := -1, -1
	for i, id := range want[0][:10] {
		if !slices.Contains(want[1], id) && !slices.Contains(want[0][:i], id) {
			eos, at = id, i
			break
		}
	}
	if eos < 0 {
		t.Fatal("no token of row 0 is absent from row 1")
	}
	const pad = 7
	out := mustGenerate(t, g, ref.Prompts, generate.MaxNewTokens(20), generate.EOSTokenIDs(int(eos)), generate.PadTokenID(pad))
	got := out.NewTokens()
	if !slices.Equal(got[1], want[1]) {
		t.Errorf("row 1: %v, want %v", got[1], want[1])
	}
	if !slices.Equal(got[0][:at+1], want[0][:at+1]) {
		t.Errorf("row 0 before EOS: %v, want %v", got[0][:at+1], want[0][:at+1])
	}
	for i := at + 1; i < len(got[0]); i++ {
		if got[0][i] != pad {
			t.Fatalf("row 0 after EOS at step %d: %v, want pad %d", at, got[0], pad)
		}
	}
	// Both rows stopping ends the loop early.
	out = mustGenerate(t, g, ref.Prompts[:1], generate.MaxNewTokens(20), generate.EOSTokenIDs(int(eos)))
	if n := len(out.NewTokens()[0]); n != at+1 {
		t.Errorf("single row with EOS at step %d generated %d tokens", at, n)
	}
}

// TestSamplingReproducible checks that a seed fixes sampled tokens, that
// another seed changes them, and that top_k=1 sampling is greedy.
func TestSamplingReproducible(t *testing.T) {
	ref := readReference(t, "qwen2-tiny")
	g := loadGenerator(t, "qwen2-tiny")
	opts := []generate.Option{generate.MaxNewTokens(12), generate.Temperature(2), generate.TopK(0)}
	a := mustGenerate(t, g, ref.Prompts, append(opts, generate.Sample(1))...)
	b := mustGenerate(t, g, ref.Prompts, append(opts, generate.Sample(1))...)
	c := mustGenerate(t, g, ref.Prompts, append(opts, generate.Sample(2))...)
	if !slices.EqualFunc(a.Sequences, b.Sequences, slices.Equal) {
		t.Errorf("same seed, different tokens:\n%v\n%v", a.Sequences, b.Sequences)
	}
	if slices.EqualFunc(a.Sequences, c.Sequences, slices.Equal) {
		t.Errorf("seeds 1 and 2 sampled the same 24 tokens at temperature 2: %v", a.Sequences)
	}
	k1 := mustGenerate(t, g, ref.Prompts, generate.MaxNewTokens(20), generate.Sample(3), generate.TopK(1))
	sameTokens(t, "top_k=1 sampling", k1.NewTokens(), ref.Greedy.IDs, ref.Greedy.Margins)
	several := mustGenerate(t, g, ref.Prompts, generate.MaxNewTokens(4), generate.Sample(3), generate.NumReturnSequences(3))
	if len(several.Sequences) != 6 {
		t.Errorf("num_return_sequences 3 with 2 prompts gave %d rows", len(several.Sequences))
	}
}

// TestBeamReturnSequences checks num_return_sequences, the score order and
// the early_stopping variants of beam search.
func TestBeamReturnSequences(t *testing.T) {
	ref := readReference(t, "qwen2-tiny")
	g := loadGenerator(t, "qwen2-tiny")
	out := mustGenerate(t, g, ref.Prompts, generate.MaxNewTokens(12), generate.Beams(4), generate.NumReturnSequences(3))
	if len(out.Sequences) != 6 || len(out.Scores) != 6 {
		t.Fatalf("%d rows and %d scores, want 6", len(out.Sequences), len(out.Scores))
	}
	for p := 0; p < 2; p++ {
		if got := out.NewTokens()[p*3]; !slices.Equal(got, ref.Beam4.IDs[p]) {
			t.Errorf("prompt %d best beam %v, want %v", p, got, ref.Beam4.IDs[p])
		}
		for j := 1; j < 3; j++ {
			if out.Scores[p*3+j] > out.Scores[p*3+j-1] {
				t.Errorf("prompt %d: scores not in descending order: %v", p, out.Scores[p*3:p*3+3])
			}
		}
	}
	for _, es := range []generate.EarlyStopping{generate.EarlyStopTrue, generate.EarlyStopNever} {
		o := mustGenerate(t, g, ref.Prompts, generate.MaxNewTokens(6), generate.Beams(3), generate.EarlyStop(es), generate.LengthPenalty(2))
		if len(o.Sequences) != 2 || len(o.NewTokens()[0]) == 0 {
			t.Errorf("early_stopping %v: %v", es, o.Sequences)
		}
	}
}

// TestStopping covers max_time, context cancellation and max_length.
func TestStopping(t *testing.T) {
	ref := readReference(t, "qwen2-tiny")
	g := loadGenerator(t, "qwen2-tiny")
	out := mustGenerate(t, g, ref.Prompts, generate.MaxNewTokens(20), generate.MaxTime(time.Nanosecond))
	if n := len(out.NewTokens()[0]); n != 1 {
		t.Errorf("max_time 1ns generated %d tokens, want 1", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	steps := 0
	stream := generate.TokenFunc(func(tokens []int, _ []bool) error {
		if steps++; steps == 3 {
			cancel()
		}
		return nil
	})
	out, err := g.Generate(ctx, ref.Prompts, generate.MaxNewTokens(20), generate.Stream(stream))
	if !errors.Is(err, context.Canceled) || out == nil || len(out.NewTokens()[0]) != 3 {
		t.Errorf("cancel after 3 tokens: err %v, output %v", err, out)
	}
	plen := len(ref.Prompts[0])
	out = mustGenerate(t, g, ref.Prompts, generate.MaxLength(plen+5))
	if n := len(out.NewTokens()[0]); n != 5 {
		t.Errorf("max_length prompt+5 generated %d tokens", n)
	}
	if _, err := g.Generate(context.Background(), ref.Prompts, generate.MaxLength(plen)); err == nil {
		t.Error("max_length equal to the prompt length was accepted")
	}
	if _, err := g.Generate(context.Background(), [][]int{{1, 5000}}, generate.MaxNewTokens(2)); err == nil {
		t.Error("a token id outside the vocabulary was accepted")
	}
}

// TestProcessorsInGeneration runs processors through whole generations:
// banned, suppressed and begin-suppressed tokens never appear where
// banned, forced EOS ends every row, and min_new_tokens keeps a row from
// stopping at an early EOS.
func TestProcessorsInGeneration(t *testing.T) {
	ref := readReference(t, "qwen2-tiny")
	g := loadGenerator(t, "qwen2-tiny")
	first := int(ref.Greedy.IDs[0][0])
	for _, c := range []struct {
		name string
		opt  generate.Option
	}{{"bad_words", generate.BadWords([]int{first})}, {"suppress", generate.SuppressTokens(first)}, {"begin_suppress", generate.BeginSuppressTokens(first)}} {
		out := mustGenerate(t, g, ref.Prompts, generate.MaxNewTokens(3), c.opt)
		if got := out.NewTokens()[0][0]; got == first {
			t.Errorf("%s: first token is the banned %d", c.name, first)
		}
	}
	out := mustGenerate(t, g, ref.Prompts, generate.MaxNewTokens(4), generate.ForcedEOS(7), generate.EOSTokenIDs(7))
	for i, row := range out.NewTokens() {
		if len(row) != 4 || row[3] != 7 {
			t.Errorf("forced EOS row %d: %v", i, row)
		}
	}
	eos := int(ref.Greedy.IDs[0][1])
	out = mustGenerate(t, g, ref.Prompts[:1], generate.MaxNewTokens(6), generate.EOSTokenIDs(eos), generate.MinNewTokens(4))
	row := out.NewTokens()[0]
	for i, id := range row[:min(3, len(row))] {
		if id == eos {
			t.Errorf("min_new_tokens 4: EOS %d at step %d: %v", eos, i, row)
		}
	}
	if len(row) < 4 {
		t.Errorf("min_new_tokens 4 stopped after %d tokens", len(row))
	}
}
