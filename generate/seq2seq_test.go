package generate_test

import (
	"context"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/tensor"
)

// seq2seqReplayRef is the generation part of the reference.json.gz that
// scripts/seq2seq_fixture.py writes.
type seq2seqReplayRef struct {
	InputIDs      [][]int64   `json:"input_ids"`
	AttentionMask [][]int64   `json:"attention_mask"`
	Greedy        [][]int     `json:"greedy_12"`
	Margins       [][]float64 `json:"greedy_margins"`
	Beam4         [][]int     `json:"beam4"`
}

// TestSeq2SeqReplayGenerate generates from each fixture of
// scripts/seq2seq_fixture.py (skipped while absent) as transformers'
// generate did, with the fixture's generation_config.json (forced BOS and
// EOS for BART and mBART): greedy (12 new tokens; a different token is
// allowed only where transformers' top two scores were within 1e-4) and
// beam search with 4 beams, on every parity backend.
func TestSeq2SeqReplayGenerate(t *testing.T) {
	for _, name := range []string{"bart-tiny", "mbart-tiny", "t5-v11-tiny"} {
		t.Run(name, func(t *testing.T) {
			if _, err := os.Stat(fixtureDir(name)); err != nil {
				t.Skipf("%s absent: run scripts/seq2seq_fixture.py on the GPU machine", name)
			}
			var ref seq2seqReplayRef
			readJSON(t, fixtureDir(name)+"/reference.json", &ref)
			ids, _ := models.RowsTensor(ref.InputIDs, "input_ids")
			mask, _ := models.RowsTensor(ref.AttentionMask, "attention_mask")
			enc := map[string]*tensor.Tensor{models.InputEncoderIDs: ids, models.InputEncoderAttentionMask: mask}
			forEachBackend(t, func(t *testing.T, backend string) {
				g := loadGeneratorOn(t, name, backend)
				out, err := g.GenerateWithEncoder(context.Background(), enc, nil, generate.MaxNewTokens(12))
				if err != nil {
					t.Fatal(err)
				}
				for i, want := range ref.Greedy {
					got := out.Sequences[i]
					for j := 1; j < min(len(got), len(want)); j++ {
						if got[j] != want[j] {
							if j-1 < len(ref.Margins[i]) && ref.Margins[i][j-1] < 1e-4 {
								break // a near tie in transformers: either token is right
							}
							t.Errorf("greedy row %d: %v, want %v", i, got, want)
							break
						}
					}
				}
				beam, err := g.GenerateWithEncoder(context.Background(), enc, nil, generate.MaxNewTokens(12), generate.Beams(4))
				if err != nil {
					t.Fatal(err)
				}
				for i, want := range ref.Beam4 {
					if !slices.Equal(beam.Sequences[i], want) {
						t.Errorf("beam4 row %d: %v, want %v", i, beam.Sequences[i], want)
					}
				}
			})
		})
	}
}

// TestBartForcedTokensFromConfig checks that a BART directory without
// generation_config.json takes forced_bos_token_id and
// forced_eos_token_id from config.json, as transformers'
// GenerationConfig.from_model_config does: the first new token is the
// forced BOS and the one reaching max_length the forced EOS.
func TestBartForcedTokensFromConfig(t *testing.T) {
	const config = `{"model_type": "bart", "vocab_size": 40, "d_model": 16, "encoder_layers": 1, "decoder_layers": 1,
 "encoder_attention_heads": 2, "decoder_attention_heads": 2, "encoder_ffn_dim": 8, "decoder_ffn_dim": 8,
 "max_position_embeddings": 16, "forced_bos_token_id": 7, "forced_eos_token_id": 3, "eos_token_id": 3}`
	dir := randomSeq2SeqDir(t, config)
	m, err := auto.Load(context.Background(), dir, auto.Options{Backend: "interp"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	g, err := generate.Load(m.Runner, m.Dir)
	if err != nil {
		t.Fatal(err)
	}
	if g.Config.ForcedBOSTokenID != 7 || !slices.Equal(g.Config.ForcedEOSTokenID, []int{3}) {
		t.Fatalf("forced bos %d, eos %v; want 7 and [3]", g.Config.ForcedBOSTokenID, g.Config.ForcedEOSTokenID)
	}
	out, err := g.GenerateFromTokens(context.Background(), [][]int{{0, 5, 6, 2}, {0, 9, 2}}, generate.MaxNewTokens(4))
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range out.Sequences {
		if len(s) != 5 || s[0] != 2 || s[1] != 7 {
			t.Errorf("row %d: %v, want decoder start 2, forced BOS 7, then 3 tokens", i, s)
			continue
		}
		if eos := slices.Index(s[2:], 3); eos < 0 {
			t.Errorf("row %d: %v has no forced EOS 3 by max_length", i, s)
		}
	}
}

// randomSeq2SeqDir writes config and random weights for every parameter
// of the model's whole program to a temporary model directory.
func randomSeq2SeqDir(t *testing.T, config string) string {
	t.Helper()
	cfg, err := models.ParseConfig([]byte(config), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := models.New(cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	f, err := frontend.Build("weights", func(g *frontend.Graph) error {
		return m.Build(g, models.Spec{Batch: 1, Seq: 1, Source: 1}, ir.Float32)
	})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(3))
	tensors := map[string]*tensor.Tensor{}
	for _, p := range f.Params {
		if models.IsInputName(p.Name) {
			continue
		}
		x := make([]float32, p.Type.Shape.NumElements())
		for i := range x {
			x[i] = float32(rng.NormFloat64() * 0.5)
		}
		if tensors[p.Name], err = tensor.FromFloat32(p.Type.Shape, x); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "config.json"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := tensor.WriteSafetensorsFile(filepath.Join(dir, "model.safetensors"), tensors, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	return dir
}
