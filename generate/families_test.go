package generate_test

import (
	"os"
	"path/filepath"
	"testing"
)

// familyFixtures are the tiny Hugging Face models of the decoder families
// written by scripts/families_fixture.py (Gemma 2, Gemma 3 text and
// multimodal, Phi-3 with longrope, GPT-NeoX parallel and sequential,
// Mixtral, Qwen2-MoE, Qwen3-MoE).
var familyFixtures = []string{"gemma2-tiny", "gemma3-tiny", "gemma3-mm-tiny", "phi3-tiny", "gpt-neox-tiny", "gpt-neox-seq-tiny",
	"mixtral-tiny", "qwen2-moe-tiny", "qwen3-moe-tiny"}

// TestFamilyFixtureGeneration is TestFixtureParity (greedy, beam search,
// repetition penalty, no-repeat n-gram against transformers' generate) for
// every family fixture present; an absent one is skipped, naming the
// script that writes it.
func TestFamilyFixtureGeneration(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		for _, name := range familyFixtures {
			t.Run(name, func(t *testing.T) {
				if _, err := os.Stat(filepath.Join(fixtureDir(name), "config.json")); err != nil {
					t.Skipf("fixture %s absent: scripts/families_fixture.py writes it (on a machine with transformers)", name)
				}
				t.Parallel()
				checkFixtureParity(t, name, backend)
			})
		}
	})
}
