package generate_test

import (
	"github.com/kiln-ml/kiln/internal/fixture"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/generate"
)

func fixtureDir(name string) string { return filepath.Join("..", "testdata", "models", name) }

// readJSON reads a fixture JSON file, gzipped or not, into v.
func readJSON(t testing.TB, path string, v any) { t.Helper(); fixture.ReadJSON(t, path, v) }

// readReference reads the reference.json of fixture name.
func readReference(t testing.TB, name string) decoderReference {
	t.Helper()
	var ref decoderReference
	readJSON(t, fixtureDir(name)+"/reference.json", &ref)
	return ref
}

// decoderReference is the generation part of a fixture's reference.json.
type decoderReference struct {
	Prompts [][]int `json:"prompts_ids"`
	Pad     int     `json:"pad_token_id"`
	EOS     int     `json:"eos_token_id"`
	Greedy  struct {
		MaxNewTokens int         `json:"max_new_tokens"`
		IDs          [][]int     `json:"ids"`
		Margins      [][]float64 `json:"margins"`
	} `json:"greedy"`
	Beam4 struct {
		NumBeams      int     `json:"num_beams"`
		MaxNewTokens  int     `json:"max_new_tokens"`
		LengthPenalty float64 `json:"length_penalty"`
		EarlyStopping bool    `json:"early_stopping"`
		IDs           [][]int `json:"ids"`
	} `json:"beam4"`
	RepetitionPenalty struct {
		IDs [][]int `json:"ids"`
	} `json:"repetition_penalty_1.5"`
	NoRepeatNgram struct {
		IDs [][]int `json:"ids"`
	} `json:"no_repeat_ngram_3"`
	Warpers struct {
		InputLogits []float32 `json:"input_logits"`
		Outputs     struct {
			Temperature []float32 `json:"temperature_0.7"`
			TopK        []int     `json:"top_k_5_kept"`
			TopP        []int     `json:"top_p_0.9_kept"`
			MinP        []int     `json:"min_p_0.05_kept"`
		} `json:"outputs"`
	} `json:"warpers"`
}

// loadGenerator loads a fixture model on the interp backend (the tests
// that are not parity against the fixtures run there only).
func loadGenerator(t testing.TB, name string) *generate.Generator {
	t.Helper()
	return loadGeneratorOn(t, name, "interp")
}
