package models_test

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// Tiny BART and mBART configs for the random-weight tests.
const (
	tinyBartConfig = `{"model_type": "bart", "architectures": ["BartForConditionalGeneration"], "vocab_size": 40,
 "d_model": 16, "encoder_layers": 2, "decoder_layers": 2, "encoder_attention_heads": 4, "decoder_attention_heads": 2,
 "encoder_ffn_dim": 24, "decoder_ffn_dim": 20, "max_position_embeddings": 16, "scale_embedding": true,
 "pad_token_id": 1, "bos_token_id": 0, "eos_token_id": 2, "decoder_start_token_id": 2}`
	tinyMBartConfig = `{"model_type": "mbart", "architectures": ["MBartForConditionalGeneration"], "vocab_size": 40,
 "d_model": 16, "encoder_layers": 1, "decoder_layers": 2, "encoder_attention_heads": 2, "decoder_attention_heads": 4,
 "encoder_ffn_dim": 24, "decoder_ffn_dim": 20, "max_position_embeddings": 16, "activation_function": "relu"}`
)

// TestBartStagesAndPadding checks, on random tiny BART and mBART
// checkpoints on every parity backend: that a right-padded encoder row
// gives the logits it gives alone (the encoder mask reaches the encoder's
// self-attention and the decoder's cross-attention), and that the encoder
// stage with a cached decoder stage fed one token at a time reproduces
// the whole model's logits at every position (positions and the cache
// follow the decoder). Every checkpoint tensor is used.
func TestBartStagesAndPadding(t *testing.T) {
	for _, config := range []string{tinyBartConfig, tinyMBartConfig} {
		cfg, err := models.ParseConfig([]byte(config), "config.json")
		if err != nil {
			t.Fatal(err)
		}
		m, err := models.New(cfg, "")
		if err != nil {
			t.Fatal(err)
		}
		dir, _ := randomCheckpoint(t, config, m, models.Spec{Batch: 1, Seq: 1, Source: 1})
		src := [][]int64{{0, 5, 6, 7, 8, 2}, {0, 9, 10, 2, 1, 1}}
		mask := [][]int64{{1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 0, 0}}
		dec := [][]int64{{2, 0, 11, 12}, {2, 0, 13, 14}}
		forEachBackend(t, func(t *testing.T, b backends.Backend) {
			r, _ := newRunner(t, m, filepath.Join(dir, "model.safetensors"), b, backends.CompileOptions{})
			ctx := context.Background()
			full, err := r.Forward(ctx, models.Spec{Batch: 2, Seq: 4, Source: 6}, map[string]*tensor.Tensor{
				models.InputEncoderIDs: int64Tensor(t, src), models.InputEncoderAttentionMask: int64Tensor(t, mask), models.InputIDs: int64Tensor(t, dec)})
			if err != nil {
				t.Fatal(err)
			}
			if unused := r.UnusedWeights(); len(unused) > 0 {
				t.Errorf("checkpoint tensors left unused: %v", unused)
			}
			want := positionsOf(t, full[models.OutputLogits])
			alone, err := r.Forward(ctx, models.Spec{Batch: 1, Seq: 4, Source: 4}, map[string]*tensor.Tensor{
				models.InputEncoderIDs: int64Tensor(t, [][]int64{src[1][:4]}), models.InputIDs: int64Tensor(t, dec[1:])})
			if err != nil {
				t.Fatal(err)
			}
			checkClose(t, "padded row vs alone", positionsOf(t, alone[models.OutputLogits])[0], want[1], 1e-5)

			enc, err := r.Forward(ctx, models.Spec{Batch: 2, Stage: models.StageEncoder, Source: 6}, map[string]*tensor.Tensor{
				models.InputEncoderIDs: int64Tensor(t, src), models.InputEncoderAttentionMask: int64Tensor(t, mask)})
			if err != nil {
				t.Fatal(err)
			}
			const capacity = 8
			layers, heads, hd := r.Model().(models.Decoder).CacheLayout()
			past := map[string]*tensor.Tensor{}
			for i := 0; i < layers; i++ {
				z, _ := tensor.New(ir.Float32, ir.Shape{2, heads, capacity, hd})
				past[models.PastKey(i)], past[models.PastValue(i)] = z, z
			}
			for step := 0; step < 4; step++ {
				km := make([]int64, capacity)
				for i := range km[:step+1] {
					km[i] = 1
				}
				in := map[string]*tensor.Tensor{
					models.InputIDs:                  int64Tensor(t, [][]int64{{dec[0][step]}, {dec[1][step]}}),
					models.InputPositionIDs:          int64Tensor(t, [][]int64{{int64(step)}, {int64(step)}}),
					models.InputAttentionMask:        int64Tensor(t, [][]int64{km, km}),
					models.InputEncoderAttentionMask: int64Tensor(t, mask),
				}
				in[models.InputCachePosition], _ = tensor.ScalarInt64(ir.Int64, int64(step))
				for i := 0; i < layers; i++ {
					in[models.CrossKey(i)], in[models.CrossValue(i)] = enc[models.CrossKey(i)], enc[models.CrossValue(i)]
					in[models.PastKey(i)], in[models.PastValue(i)] = past[models.PastKey(i)], past[models.PastValue(i)]
				}
				out, err := r.Forward(ctx, models.Spec{Batch: 2, Seq: 1, Cache: capacity, Stage: models.StageDecoder, Source: 6}, in)
				if err != nil {
					t.Fatal(err)
				}
				for i := 0; i < layers; i++ {
					past[models.PastKey(i)], past[models.PastValue(i)] = out[models.PresentKey(i)], out[models.PresentValue(i)]
				}
				got := positionsOf(t, out[models.OutputLogits])
				for row := range got {
					checkClose(t, "cached decoder step", got[row], want[row][step:step+1], 1e-5)
				}
			}
		})
	}
}

// checkClose compares rows of values within tol.
func checkClose(t *testing.T, what string, got, want [][]float64, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d rows, want %d", what, len(got), len(want))
	}
	for i := range want {
		for j := range want[i] {
			if d := math.Abs(got[i][j] - want[i][j]); !(d <= tol) {
				t.Fatalf("%s: [%d][%d] = %g, want %g", what, i, j, got[i][j], want[i][j])
			}
		}
	}
}

// TestBartConfigErrors checks that bad BART configs are refused with
// errors naming the file and the field, and the defaults.
func TestBartConfigErrors(t *testing.T) {
	checkConfigErrors[*models.BartConfig](t, []configError{
		{`{"model_type": "bart", "d_model": 0}`, "d_model"},
		{`{"model_type": "bart", "d_model": 64, "encoder_attention_heads": 5}`, "encoder_attention_heads"},
		{`{"model_type": "bart", "max_position_embeddings": -2}`, "max_position_embeddings"},
		{`{"model_type": "bart", "activation_function": "nope"}`, "activation_function"},
		{`{"model_type": "bart", "decoder_start_token_id": 50265}`, "decoder_start_token_id"},
		{`{"model_type": "bart", "forced_bos_token_id": -3}`, "forced_bos_token_id"},
		{`{"model_type": "mbart", "vocab_size": "big"}`, "vocab_size"},
	})
	c, err := parseAs[*models.BartConfig](t, `{"model_type": "bart"}`)
	if err != nil {
		t.Fatal(err)
	}
	bos, eos := c.GenerationDefaults()
	if c.Common().Pad(-1) != 1 || c.DecoderStartToken != 2 || bos != -1 || len(eos) != 1 || eos[0] != 2 || c.PreNorm {
		t.Errorf("defaults: pad %d, start %d, forced bos %d eos %v, pre-norm %v", c.Common().Pad(-1), c.DecoderStartToken, bos, eos, c.PreNorm)
	}
	if m, err := parseAs[*models.BartConfig](t, `{"model_type": "mbart"}`); err != nil || !m.PreNorm {
		t.Errorf("mbart: %v, pre-norm %v", err, m != nil && m.PreNorm)
	}
}

// FuzzBartConfig: arbitrary config.json bytes never panic; an accepted
// config satisfies the documented invariants and, when small, builds all
// three stages of both architectures.
func FuzzBartConfig(f *testing.F) {
	for _, s := range []string{tinyBartConfig, tinyMBartConfig, `{"model_type": "bart"}`,
		`{"model_type": "bart", "forced_bos_token_id": 0, "forced_eos_token_id": null, "tie_word_embeddings": false}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, ok := fuzzParse[*models.BartConfig](t, data)
		if !ok {
			return
		}
		if c.DModel <= 0 || c.EncoderHeads <= 0 || c.DecoderHeads <= 0 || c.DModel%c.EncoderHeads != 0 || c.DModel%c.DecoderHeads != 0 ||
			c.MaxPositions <= 0 || c.DecoderStartToken < 0 || c.DecoderStartToken >= c.VocabSize {
			t.Fatalf("accepted an invalid config: %+v", c)
		}
		if c.EncoderLayers > 2 || c.DecoderLayers > 2 || c.DModel > 64 || c.EncoderFFN > 256 || c.DecoderFFN > 256 || c.VocabSize > 1024 || c.MaxPositions > 64 {
			return
		}
		prefix := map[string]string{"bart": "Bart", "mbart": "MBart"}[c.ModelType]
		for _, spec := range []models.Spec{{Batch: 1, Seq: 1, Source: 1}, {Batch: 1, Stage: models.StageEncoder, Source: 1},
			{Batch: 2, Seq: 1, Cache: 2, Stage: models.StageDecoder, Source: 1}} {
			buildArchs(t, c, spec, prefix+"Model", prefix+"ForConditionalGeneration")
		}
	})
}

// seq2seqFixtures are the text encoder-decoder fixtures
// scripts/seq2seq_fixture.py makes on the GPU machine (transformers
// there); the replay tests skip those not yet in testdata/models.
var seq2seqFixtures = []string{"bart-tiny", "mbart-tiny", "t5-v11-tiny"}

// TestSeq2SeqReplay compares each generated fixture's logits (every row
// and position of the padded batch) with transformers' within 1e-4, on
// every parity backend.
func TestSeq2SeqReplay(t *testing.T) {
	for _, name := range seq2seqFixtures {
		t.Run(name, func(t *testing.T) {
			if _, err := os.Stat(fixtureDir(name)); err != nil {
				t.Skipf("%s absent: run scripts/seq2seq_fixture.py on the GPU machine", name)
			}
			ref := readReference[seq2seqRef](t, name)
			forEachBackend(t, func(t *testing.T, b backends.Backend) {
				r := openRunner(t, name, b)
				out, err := r.Forward(context.Background(), models.Spec{Batch: len(ref.InputIDs), Seq: len(ref.DecoderInputIDs[0]), Source: len(ref.InputIDs[0])},
					map[string]*tensor.Tensor{models.InputEncoderIDs: int64Tensor(t, ref.InputIDs),
						models.InputEncoderAttentionMask: int64Tensor(t, ref.AttentionMask), models.InputIDs: int64Tensor(t, ref.DecoderInputIDs)})
				if err != nil {
					t.Fatal(err)
				}
				compareLogits(t, "logits", flatPositions(t, out[models.OutputLogits]), ref.Logits, nil)
				if unused := r.UnusedWeights(); len(unused) > 0 {
					t.Errorf("checkpoint tensors left unused: %v", unused)
				}
			})
		})
	}
}
