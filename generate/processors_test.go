package generate_test

import (
	"math"
	"slices"
	"testing"

	"github.com/kiln-ml/kiln/generate"
)

var inf = float32(math.Inf(-1))

// TestProcessors checks each logits processor on small hand-computed rows.
func TestProcessors(t *testing.T) {
	for _, c := range []struct {
		name string
		p    generate.LogitsProcessor
		seq  []int
		in   []float32
		want []float32
	}{
		{"repetition penalty divides positive, multiplies negative, once per id",
			generate.RepetitionPenaltyProcessor{Penalty: 2}, []int{1, 2, 2}, []float32{1, 4, -3, 5}, []float32{1, 2, -6, 5}},
		{"no-repeat 3-gram bans the token after a repeated 2-gram",
			generate.NoRepeatNGramProcessor{N: 3}, []int{1, 2, 3, 1, 2}, []float32{0, 0, 0, 0}, []float32{0, 0, 0, inf}},
		{"no-repeat n-gram needs n-1 tokens",
			generate.NoRepeatNGramProcessor{N: 3}, []int{1}, []float32{0, 0}, []float32{0, 0}},
		{"bad words: single ids always, sequences after their prefix",
			generate.NewBadWords([][]int{{0}, {2, 3}, {1, 2}, {4}}, []int{4}), []int{3, 2}, []float32{1, 1, 1, 1, 1}, []float32{inf, 1, 1, inf, 1}},
		{"min length bans EOS while short",
			generate.MinLengthProcessor{Min: 4, EOS: []int{1, 3}}, []int{5, 5, 5}, []float32{1, 1, 1, 1}, []float32{1, inf, 1, inf}},
		{"min length allows EOS when long enough",
			generate.MinLengthProcessor{Min: 3, EOS: []int{1}}, []int{5, 5, 5}, []float32{1, 1}, []float32{1, 1}},
		{"min new tokens counts after the prompt",
			generate.MinLengthProcessor{Min: 2, PromptLen: 2, EOS: []int{0}}, []int{5, 5, 5}, []float32{1, 1}, []float32{inf, 1}},
		{"forced BOS after one token",
			generate.ForcedBOSProcessor{ID: 2}, []int{9}, []float32{1, 2, 3}, []float32{inf, inf, 0}},
		{"forced BOS not later",
			generate.ForcedBOSProcessor{ID: 2}, []int{9, 9}, []float32{1, 2, 3}, []float32{1, 2, 3}},
		{"forced EOS at max_length-1",
			generate.ForcedEOSProcessor{MaxLength: 3, IDs: []int{0}}, []int{9, 9}, []float32{1, 2, 3}, []float32{0, inf, inf}},
		{"inf/nan removal",
			generate.InfNanRemoveProcessor{}, nil, []float32{float32(math.NaN()), float32(math.Inf(1)), inf}, []float32{0, math.MaxFloat32, -math.MaxFloat32}},
		{"exponential decay: |s| * (f^(len-start) - 1) added to EOS",
			generate.ExponentialDecayProcessor{StartIndex: 1, PromptLen: 2, Factor: 2, EOS: []int{1}}, []int{1, 1, 1, 1, 1}, []float32{1, -3}, []float32{1, -3 + 3*3}},
		{"exponential decay waits for its start",
			generate.ExponentialDecayProcessor{StartIndex: 1, PromptLen: 2, Factor: 2, EOS: []int{1}}, []int{1, 1, 1}, []float32{1, -3}, []float32{1, -3}},
		{"suppress tokens",
			generate.SuppressProcessor{IDs: []int{0, 2}}, []int{1}, []float32{1, 2, 3}, []float32{inf, 2, inf}},
		{"begin suppress only at the first generated position",
			generate.SuppressProcessor{IDs: []int{1}, AtLen: 2}, []int{1}, []float32{1, 2}, []float32{1, 2}},
		{"temperature", generate.TemperatureWarper{T: 0.5}, nil, []float32{1, -2}, []float32{2, -4}},
		{"top-k keeps ties with the k-th", generate.TopKWarper{K: 2, MinKeep: 1}, nil, []float32{3, 1, 2, 2}, []float32{3, inf, 2, 2}},
		{"top-p 0.5", generate.TopPWarper{P: 0.5, MinKeep: 1}, nil,
			[]float32{float32(math.Log(0.6)), float32(math.Log(0.3)), float32(math.Log(0.1))}, []float32{float32(math.Log(0.6)), inf, inf}},
		{"min-p 0.45 of the top probability", generate.MinPWarper{P: 0.45, MinKeep: 1}, nil,
			[]float32{float32(math.Log(0.5)), float32(math.Log(0.3)), float32(math.Log(0.2))}, []float32{float32(math.Log(0.5)), float32(math.Log(0.3)), inf}},
		{"epsilon 0.15", generate.EpsilonWarper{Epsilon: 0.15, MinKeep: 1}, nil,
			[]float32{float32(math.Log(0.5)), float32(math.Log(0.4)), float32(math.Log(0.1))}, []float32{float32(math.Log(0.5)), float32(math.Log(0.4)), inf}},
	} {
		t.Run(c.name, func(t *testing.T) {
			row := slices.Clone(c.in)
			c.p.Process([][]int{c.seq}, [][]float32{row})
			for i := range c.want {
				if row[i] != c.want[i] && math.Abs(float64(row[i]-c.want[i])) > 1e-6 {
					t.Fatalf("got %v, want %v", row, c.want)
				}
			}
		})
	}
}

// TestTypicalWarper: with probabilities 0.4, 0.3, 0.2, 0.1 the entropy is
// 1.2799 nats; ranked by |-log p - H| the order is 0.3 (0.076), 0.2
// (0.330), 0.4 (0.364), 0.1 (1.023); mass 0.5 keeps 0.3 and 0.2.
func TestTypicalWarper(t *testing.T) {
	row := []float32{float32(math.Log(0.4)), float32(math.Log(0.3)), float32(math.Log(0.2)), float32(math.Log(0.1))}
	generate.TypicalWarper{Mass: 0.5, MinKeep: 1}.Process([][]int{nil}, [][]float32{row})
	if got := kept(row); !slices.Equal(got, []int{1, 2}) {
		t.Fatalf("kept %v, want [1 2]", got)
	}
}

// TestProcessorOrder checks that Processors builds transformers' list in
// its order and adds the warpers only when sampling.
func TestProcessorOrder(t *testing.T) {
	c := generate.DefaultConfig()
	c.RepetitionPenalty, c.NoRepeatNgramSize, c.MinLength, c.EOSTokenIDs = 1.2, 2, 5, []int{0}
	c.SuppressTokens, c.Temperature, c.TopP = []int{3}, 0.5, 0.9
	names := func(ps []generate.LogitsProcessor) []string {
		var out []string
		for _, p := range ps {
			switch p.(type) {
			case generate.RepetitionPenaltyProcessor:
				out = append(out, "rep")
			case generate.NoRepeatNGramProcessor:
				out = append(out, "ngram")
			case generate.MinLengthProcessor:
				out = append(out, "min")
			case generate.SuppressProcessor:
				out = append(out, "suppress")
			case generate.TemperatureWarper:
				out = append(out, "temp")
			case generate.TopKWarper:
				out = append(out, "topk")
			case generate.TopPWarper:
				out = append(out, "topp")
			default:
				out = append(out, "?")
			}
		}
		return out
	}
	if got := names(generate.Processors(&c, 4, 20, 10)); !slices.Equal(got, []string{"rep", "ngram", "min", "suppress"}) {
		t.Errorf("greedy processors %v", got)
	}
	c.DoSample = true
	if got := names(generate.Processors(&c, 4, 20, 10)); !slices.Equal(got, []string{"rep", "ngram", "min", "suppress", "temp", "topk", "topp"}) {
		t.Errorf("sampling processors %v", got)
	}
}
