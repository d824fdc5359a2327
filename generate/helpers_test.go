package generate_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/models/auto"

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

// sharedGenerators holds the generators of sharedGenerator, one per fixture
// for the test binary's life (never closed: the process ends with them).
var sharedGenerators sync.Map // name -> *sharedGen

type sharedGen struct {
	once sync.Once
	g    *generate.Generator
	err  error
}

// sharedGenerator returns one generator of fixture name, loaded once per
// test binary, on llvm where it is available (else interp): for the tests
// that check generate's logic rather than a backend's numbers, where what
// costs is running the model (Whisper's encoder over 3000 frames takes
// seconds on interp, milliseconds on llvm) and compiling its programs,
// which the shared generator does once for all of them. The parity tests
// against the fixtures run on every backend with forEachBackend, each on
// a generator of its own. Tests using it must not change its Config.
func sharedGenerator(t testing.TB, name string) *generate.Generator {
	t.Helper()
	v, _ := sharedGenerators.LoadOrStore(name, &sharedGen{})
	s := v.(*sharedGen)
	s.once.Do(func() {
		backend := "llvm"
		if b, err := backends.Get(backend); err != nil || b.Available() != nil {
			backend = "interp"
		}
		m, err := auto.Load(context.Background(), fixtureDir(name), auto.Options{Backend: backend})
		if err != nil {
			s.err = err
			return
		}
		s.g, s.err = generate.Load(m.Runner, m.Dir)
	})
	if s.err != nil {
		t.Fatal(s.err)
	}
	return s.g
}
