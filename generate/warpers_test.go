package generate_test

import (
	"math"
	"slices"
	"testing"

	"github.com/kiln-ml/kiln/generate"
)

func kept(row []float32) []int {
	var out []int
	for i, v := range row {
		if !math.IsInf(float64(v), -1) {
			out = append(out, i)
		}
	}
	return out
}

// TestWarpersMatchFixtures applies temperature 0.7, top-k 5, top-p 0.9 and
// min-p 0.05 to each fixture's stored logits and compares with what
// transformers' warpers returned.
func TestWarpersMatchFixtures(t *testing.T) {
	for _, name := range decoderFixtures {
		t.Run(name, func(t *testing.T) {
			ref := readReference(t, name)
			in := ref.Warpers.InputLogits
			if len(in) == 0 {
				t.Fatal("fixture has no warpers input")
			}
			apply := func(p generate.LogitsProcessor) []float32 {
				row := slices.Clone(in)
				p.Process([][]int{{1}}, [][]float32{row})
				return row
			}
			temp := apply(generate.TemperatureWarper{T: 0.7})
			for i, w := range ref.Warpers.Outputs.Temperature {
				if d := math.Abs(float64(temp[i] - w)); d > 2e-6*math.Max(1, math.Abs(float64(w))) {
					t.Fatalf("temperature: logit %d = %v, want %v", i, temp[i], w)
				}
			}
			for _, c := range []struct {
				what string
				p    generate.LogitsProcessor
				want []int
			}{
				{"top_k_5", generate.TopKWarper{K: 5, MinKeep: 1}, ref.Warpers.Outputs.TopK},
				{"top_p_0.9", generate.TopPWarper{P: 0.9, MinKeep: 1}, ref.Warpers.Outputs.TopP},
				{"min_p_0.05", generate.MinPWarper{P: 0.05, MinKeep: 1}, ref.Warpers.Outputs.MinP},
			} {
				if got := kept(apply(c.p)); !slices.Equal(got, c.want) {
					t.Errorf("%s keeps %d ids %v, want %d %v", c.what, len(got), got, len(c.want), c.want)
				}
			}
		})
	}
}
