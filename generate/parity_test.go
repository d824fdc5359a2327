package generate_test

import (
	"context"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/generate"
)

var decoderFixtures = []string{"llama-tiny", "qwen2-tiny", "qwen3-tiny", "mistral-sliding-tiny", "gpt2-tiny"}

// sameTokens compares generated rows with the reference. When margins are
// given (greedy), a first difference at a step whose recorded top1-top2
// margin is below 1e-4 is a tie, not a defect, and the rest of that row is
// not compared.
func sameTokens(t *testing.T, what string, got, want [][]int, margins [][]float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d rows, want %d", what, len(got), len(want))
	}
	for r := range want {
		if len(got[r]) != len(want[r]) {
			t.Errorf("%s row %d: %d tokens %v, want %d %v", what, r, len(got[r]), got[r], len(want[r]), want[r])
			continue
		}
		for i := range want[r] {
			if got[r][i] == want[r][i] {
				continue
			}
			if margins != nil && i < len(margins) && margins[i][r] < 1e-4 {
				t.Logf("%s row %d: step %d differs at a tie (margin %g)", what, r, i, margins[i][r])
			} else {
				t.Errorf("%s row %d: step %d token %d, want %d\n got %v\nwant %v", what, r, i, got[r][i], want[r][i], got[r], want[r])
			}
			break
		}
	}
}

// TestFixtureParity generates with every decoder fixture on every parity
// backend and compares the tokens with transformers' generate: greedy (20
// tokens), beam search (4 beams, 12 tokens), repetition_penalty 1.5 and
// no_repeat_ngram_size 3, on the left-padded two-prompt batch. All of it
// runs on llvm too: a fixture needs only its prefill and decode programs
// for batch 2 (greedy, both penalties) and batch 8 (beams) plus the beam
// reorder: 29 programs, about 30 s on two cores with a cold llvm cache.
func TestFixtureParity(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		for _, name := range decoderFixtures {
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				checkFixtureParity(t, name, backend)
			})
		}
	})
}

// checkFixtureParity is TestFixtureParity for one fixture on backend.
func checkFixtureParity(t *testing.T, name, backend string) {
	ref := readReference(t, name)
	g := loadGeneratorOn(t, name, backend)
	ctx := context.Background()
	common := []generate.Option{generate.PadTokenID(ref.Pad), generate.EOSTokenIDs(ref.EOS)}
	run := func(what string, want [][]int, margins [][]float64, opts ...generate.Option) {
		start := time.Now()
		out, err := g.Generate(ctx, ref.Prompts, append(common, opts...)...)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		t.Logf("%s: %v", what, time.Since(start))
		sameTokens(t, what, out.NewTokens(), want, margins)
	}
	run("greedy", ref.Greedy.IDs, ref.Greedy.Margins, generate.MaxNewTokens(ref.Greedy.MaxNewTokens))
	es := generate.EarlyStopFalse
	if ref.Beam4.EarlyStopping {
		es = generate.EarlyStopTrue
	}
	run("beam4", ref.Beam4.IDs, nil, generate.MaxNewTokens(ref.Beam4.MaxNewTokens), generate.Beams(ref.Beam4.NumBeams),
		generate.LengthPenalty(ref.Beam4.LengthPenalty), generate.EarlyStop(es))
	run("repetition_penalty_1.5", ref.RepetitionPenalty.IDs, nil, generate.MaxNewTokens(20), generate.RepetitionPenalty(1.5))
	run("no_repeat_ngram_3", ref.NoRepeatNgram.IDs, nil, generate.MaxNewTokens(20), generate.NoRepeatNgramSize(3))
}
