package generate_test

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/processors/audio"
	"github.com/kiln-ml/kiln/tensor"
)

// whisperReplayDir is where scripts/whisper_fixture.py writes its fixture.
const whisperReplayFixture = "whisper-128-tiny"

// whisperReplayRef is the reference.json of scripts/whisper_fixture.py.
type whisperReplayRef struct {
	Audio       []string    `json:"audio"`
	DecoderIDs  [][]int     `json:"decoder_input_ids"`
	EncoderRows [][]float64 `json:"encoder_last_hidden_state_first_rows"`
	Logits      struct {
		First256  [][]float64 `json:"first256"`
		Top16IDs  [][]int     `json:"top16_ids"`
		Top16Vals [][]float64 `json:"top16_values"`
		LogSumExp []float64   `json:"logsumexp"`
	} `json:"logits"`
	Cases map[string]*struct {
		Clips        []int           `json:"clips"`
		MaxNewTokens int             `json:"max_new_tokens"`
		NumBeams     int             `json:"num_beams"`
		EOS          *int            `json:"eos_token_id"`
		Manual       [][]int         `json:"manual_new_tokens"`
		Generate     json.RawMessage `json:"generate"`
	} `json:"cases"`
}

// TestReplayWhisperFixture replays scripts/whisper_fixture.py's second
// tiny Whisper (128 mel bins, 15 s chunks, unequal encoder and decoder
// sizes, float16 weights, suppress_tokens): features from its WAVs within
// 1e-4 of transformers', encoder rows and logits within 1e-4, and
// generation: the exact tokens of the processors-applying manual loop
// (greedy, EOS stop, a batch of two clips) and transformers'
// model.generate output (prompt prefix and trailing EOS/pad removed on both
// sides), beam search and the forced_decoder_ids default prompt included.
// It skips when the fixture has not been generated (a GPU-machine step).
func TestReplayWhisperFixture(t *testing.T) {
	dir := fixtureDir(whisperReplayFixture)
	if _, err := os.Stat(filepath.Join(dir, "reference.json.gz")); err != nil {
		t.Skipf("no %s fixture: run scripts/whisper_fixture.py on the GPU machine", whisperReplayFixture)
	}
	var ref whisperReplayRef
	readJSON(t, filepath.Join(dir, "reference.json"), &ref)
	vals, shape, err := fixture.ReadNpyFloat32(filepath.Join(dir, "input_features.npy.gz"))
	if err != nil {
		t.Fatal(err)
	}
	rowLen := shape[1] * shape[2]
	for i, name := range ref.Audio {
		in, err := audio.LoadWhisperInput(filepath.Join(dir, name), dir)
		if err != nil {
			t.Fatal(err)
		}
		if d := maxAbsDiff32(in.Features.Float32s(), vals[i*rowLen:(i+1)*rowLen]); d > 1e-4 {
			t.Errorf("%s: input_features differ from transformers' by %g", name, d)
		}
	}
	clips := func(idx []int) *tensor.Tensor {
		var all []float32
		for _, i := range idx {
			all = append(all, vals[i*rowLen:(i+1)*rowLen]...)
		}
		x, err := tensor.FromFloat32(ir.Shape{len(idx), shape[1], shape[2]}, all)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	forEachBackend(t, func(t *testing.T, backend string) {
		g := loadGeneratorOn(t, whisperReplayFixture, backend)
		ctx := context.Background()
		ids, _ := models.RowsTensor(ref.DecoderIDs, "decoder ids")
		out, err := g.Runner.Forward(ctx, models.Spec{Batch: 1, Seq: len(ref.DecoderIDs[0])},
			map[string]*tensor.Tensor{models.InputFeatures: clips([]int{0}), models.InputIDs: ids})
		if err != nil {
			t.Fatal(err)
		}
		enc := out[models.OutputEncoderLastHidden]
		c := enc.Shape[2]
		for i, row := range ref.EncoderRows {
			if d := maxAbsDiff(enc.Float64s()[i*c:(i+1)*c], row); d > 1e-4 {
				t.Errorf("encoder_last_hidden_state row %d differs by %g", i, d)
			}
		}
		lg := out[models.OutputLogits]
		v := lg.Shape[2]
		all := lg.Float64s()
		for p := range ref.Logits.First256 {
			row := all[p*v : (p+1)*v]
			if d := maxAbsDiff(row, ref.Logits.First256[p]); d > 1e-4 {
				t.Errorf("position %d: first 256 logits differ by %g", p, d)
			}
			for j, id := range ref.Logits.Top16IDs[p] {
				if d := math.Abs(row[id] - ref.Logits.Top16Vals[p][j]); d > 1e-4 {
					t.Errorf("position %d: logit %d differs by %g", p, id, d)
				}
			}
		}
		for name, tc := range ref.Cases {
			if tc == nil {
				continue
			}
			t.Run(name, func(t *testing.T) {
				opts := []generate.Option{generate.MaxNewTokens(tc.MaxNewTokens)}
				if tc.NumBeams > 1 {
					opts = append(opts, generate.Beams(tc.NumBeams))
				}
				eos := g.Config.EOSTokenIDs
				if tc.EOS != nil {
					eos = []int{*tc.EOS}
					opts = append(opts, generate.EOSTokenIDs(*tc.EOS))
				}
				var prompts [][]int
				if name != "default_prompt" {
					for range tc.Clips {
						prompts = append(prompts, append([]int(nil), ref.DecoderIDs[0]...))
					}
				}
				got, err := g.GenerateWithEncoder(ctx, map[string]*tensor.Tensor{models.InputFeatures: clips(tc.Clips)}, prompts, opts...)
				if err != nil {
					t.Fatal(err)
				}
				if tc.Manual != nil {
					for i := range tc.Manual {
						if !slices.Equal(got.NewTokens()[i], tc.Manual[i]) {
							t.Errorf("row %d: new tokens %v, want the manual loop's %v", i, got.NewTokens()[i], tc.Manual[i])
						}
					}
				}
				var hf [][]int
				if json.Unmarshal(tc.Generate, &hf) != nil {
					t.Logf("transformers' generate refused this case: %s", tc.Generate)
					return
				}
				pad := max(g.Config.PadTokenID, 0)
				for i := range hf {
					want := trimRow(hf[i], got.Sequences[i][:got.PromptLen], eos, pad)
					have := trimRow(got.Sequences[i], got.Sequences[i][:got.PromptLen], eos, pad)
					if !slices.Equal(have, want) {
						t.Errorf("row %d: kiln %v, transformers' generate %v (raw %v)", i, have, want, hf[i])
					}
				}
			})
		}
	})
}

// trimRow drops the decoder prompt when row starts with it (transformers'
// Whisper generate returns the prompt in some versions, not in others),
// then trailing pad and EOS tokens (it strips a final EOS).
func trimRow(row, prompt, eos []int, pad int) []int {
	if len(row) >= len(prompt) && slices.Equal(row[:len(prompt)], prompt) {
		row = row[len(prompt):]
	}
	for len(row) > 0 && (row[len(row)-1] == pad || slices.Contains(eos, row[len(row)-1])) {
		row = row[:len(row)-1]
	}
	return row
}

func maxAbsDiff(got, want []float64) float64 {
	d := 0.0
	for i, w := range want {
		d = math.Max(d, math.Abs(got[i]-w))
	}
	return d
}

func maxAbsDiff32(got, want []float32) float64 {
	d := 0.0
	for i, w := range want {
		d = math.Max(d, math.Abs(float64(got[i])-float64(w)))
	}
	return d
}
