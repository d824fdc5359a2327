package auto

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/models"
)

// TestLinearModulesEveryProgram checks that LinearModules finds the
// Linears of every part of a model: an encoder-decoder's encoder, a
// vision-language model's vision tower and projector, an image model's,
// and that GPT-2's Conv1D modules are marked.
func TestLinearModulesEveryProgram(t *testing.T) {
	for _, c := range []struct {
		dir      string
		count    int
		contains string
	}{
		{"llama-tiny", 15, "lm_head"},
		{"t5-tiny", 32, "encoder.block.0.layer.0.SelfAttention.q"},
		{"llava-tiny", 29, "multi_modal_projector.linear_1"},
		{"vit-tiny", 13, "classifier"},
		{"gpt2-tiny", 8, "transformer.h.0.attn.c_attn"},
	} {
		cfg, err := models.LoadConfig(filepath.Join("..", "..", "testdata", "models", c.dir, "config.json"))
		if err != nil {
			t.Fatal(err)
		}
		m, err := models.New(cfg, "")
		if err != nil {
			t.Fatal(err)
		}
		lins, err := LinearModules(m)
		if err != nil {
			t.Fatalf("%s: %v", c.dir, err)
		}
		var names []string
		found := false
		for _, l := range lins {
			names = append(names, l.Path)
			if strings.HasSuffix(l.Path, c.contains) {
				found = true
				if l.FanInFanOut != (c.dir == "gpt2-tiny") {
					t.Errorf("%s: %s FanInFanOut = %v", c.dir, l.Path, l.FanInFanOut)
				}
			}
		}
		if len(lins) != c.count || !found {
			t.Errorf("%s: %d Linears %v, want %d with %s", c.dir, len(lins), names, c.count, c.contains)
		}
	}
}
