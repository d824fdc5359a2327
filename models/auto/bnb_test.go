package auto

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/quant"
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

// TestQuantizeBnBModuleNames checks which checkpoint modules QuantizeBnB
// quantizes: LLaVA's checkpoint (transformers 4 names, reached through the
// model's aliases) has its vision tower and projector quantized and its
// tied output head, which reads the embedding, left float.
func TestQuantizeBnBModuleNames(t *testing.T) {
	o := quant.BnBOptions{LoadIn4bit: true, QuantType: "nf4"}
	q, err := QuantizeBnB(context.Background(), filepath.Join("..", "..", "testdata", "models", "llava-tiny"), Options{BnB: &o})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Checkpoint.Close()
	var vision, projector int
	for _, m := range q.Modules {
		if strings.Contains(m, "embed_tokens") || strings.HasSuffix(m, "lm_head") {
			t.Errorf("%s quantized: a tied or skipped weight", m)
		}
		if strings.HasPrefix(m, "vision_tower.") {
			vision++
		}
		if strings.HasPrefix(m, "multi_modal_projector.") {
			projector++
		}
		if _, ok := q.Checkpoint.Info(m + ".weight.quant_state.bitsandbytes__nf4"); !ok {
			t.Errorf("%s: no quant_state", m)
		}
	}
	if len(q.Modules) != 28 || vision == 0 || projector != 2 {
		t.Fatalf("%d modules (%d vision, %d projector): %v", len(q.Modules), vision, projector, q.Modules)
	}
}
