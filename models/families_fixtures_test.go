package models_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/backends"
)

// familyFixtures are the tiny Hugging Face models of the families added as
// deltas on the shared decoder, written by scripts/families_fixture.py on
// a machine with transformers and copied to testdata/models/.
var familyFixtures = []string{"gemma2-tiny", "gemma3-tiny", "gemma3-mm-tiny", "phi3-tiny", "gpt-neox-tiny", "gpt-neox-seq-tiny",
	"mixtral-tiny", "qwen2-moe-tiny", "qwen3-moe-tiny"}

// TestFamilyFixtures runs, for every family fixture present, the checks of
// the other decoder fixtures on every parity backend: prompt 0's logits
// and the batch padded on each side within 1e-4 (checkDecoderParity), and
// cached decoding against recomputes (cacheMatchesRecompute). Phi-3's
// prompts are cut to 14 tokens for the cache check: past its
// original_max_position_embeddings (16) longrope switches factors per
// call, so cached and recomputed logits differ in transformers too. An
// absent fixture is skipped, naming the script that writes it.
func TestFamilyFixtures(t *testing.T) {
	forEachBackend(t, func(t *testing.T, be backends.Backend) {
		for _, name := range familyFixtures {
			t.Run(name, func(t *testing.T) {
				if _, err := os.Stat(filepath.Join(fixtureDir(name), "config.json")); err != nil {
					t.Skipf("fixture %s absent: scripts/families_fixture.py writes it (on a machine with transformers)", name)
				}
				t.Parallel()
				checkDecoderParity(t, name, be)
				ref := readReference[decoderRef](t, name)
				prompts := ref.Prompts
				if name == "phi3-tiny" {
					prompts = nil
					for _, p := range ref.Prompts {
						prompts = append(prompts, p[:min(len(p), 14)])
					}
				}
				cacheMatchesRecompute(t, openRunner(t, name, be), prompts)
			})
		}
	})
}
