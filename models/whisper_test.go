package models_test

import (
	"context"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// whisperRef is the part of whisper-tiny's reference.json the model tests
// read (transformers' WhisperForConditionalGeneration on input_features.npy).
type whisperRef struct {
	EncoderRows     [][]float64 `json:"encoder_last_hidden_state_first_rows"`
	DecoderInputIDs [][]int64   `json:"decoder_input_ids"`
	Logits          logitsRef   `json:"logits"`
	Greedy          [][]int64   `json:"greedy_manual_10"`
}

// whisperFeatures reads the fixture's input_features (1, 80, 3000): the
// values transformers' feature extractor gave, so that the model is tested
// on its own.
func whisperFeatures(t testing.TB) *tensor.Tensor {
	t.Helper()
	vals, shape, err := fixture.ReadNpyFloat32(fixtureDir("whisper-tiny") + "/input_features.npy.gz")
	if err != nil {
		t.Fatal(err)
	}
	x, err := tensor.FromFloat32(ir.Shape(shape), vals)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// checkLeadingRows compares the first len(want) rows of got (B=1, S, C) with want.
func checkLeadingRows(t *testing.T, what string, got *tensor.Tensor, want [][]float64) {
	t.Helper()
	c := got.Shape[got.Shape.Rank()-1]
	all := got.Float64s()
	bad := 0
	for i, row := range want {
		for j, w := range row {
			if d := math.Abs(all[i*c+j] - w); d > tol {
				if bad++; bad <= 5 {
					t.Errorf("%s[%d][%d] = %.6f, want %.6f", what, i, j, all[i*c+j], w)
				}
			}
		}
	}
}

// TestWhisperParity runs the whole model (StageFull) on the fixture's
// features and decoder prompt: the encoder output and every position's
// logits within 1e-4 of transformers'.
func TestWhisperParity(t *testing.T) {
	ref := readReference[whisperRef](t, "whisper-tiny")
	feats := whisperFeatures(t)
	forEachBackend(t, func(t *testing.T, b backends.Backend) {
		r := openRunner(t, "whisper-tiny", b)
		ids := int64Tensor(t, ref.DecoderInputIDs)
		out, err := r.Forward(context.Background(), models.Spec{Batch: 1, Seq: ids.Shape[1]},
			map[string]*tensor.Tensor{models.InputFeatures: feats, models.InputIDs: ids})
		if err != nil {
			t.Fatal(err)
		}
		enc := out[models.OutputEncoderLastHidden]
		if enc == nil || !enc.Shape.Equal(ir.Shape{1, 1500, 64}) {
			t.Fatalf("encoder_last_hidden_state is %v, want (1, 1500, 64)", enc)
		}
		checkLeadingRows(t, "encoder_last_hidden_state", enc, ref.EncoderRows)
		compareLogits(t, "logits", positionsOf(t, out[models.OutputLogits])[0], ref.Logits, nil)
		if unused := r.UnusedWeights(); len(unused) > 0 {
			t.Errorf("checkpoint tensors left unused: %v", unused)
		}
	})
}

// TestWhisperStagesMatchFull checks the generation path against the whole
// model: the encoder stage's cross-attention keys and values fed to a
// cached decoder stage (prefill of 3 tokens, then one step) give the logits
// of the full program, and the manual greedy loop of the fixture (argmax
// over the whole recomputed sequence, 10 tokens) is reproduced with the
// cache exactly.
func TestWhisperStagesMatchFull(t *testing.T) {
	ref := readReference[whisperRef](t, "whisper-tiny")
	feats := whisperFeatures(t)
	r := openRunner(t, "whisper-tiny", referenceBackend())
	ctx := context.Background()
	enc, err := r.Forward(ctx, models.Spec{Batch: 1, Stage: models.StageEncoder}, map[string]*tensor.Tensor{models.InputFeatures: feats})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := enc[models.OutputLogits]; ok {
		t.Fatal("the encoder stage returned logits")
	}
	const capacity = 16
	layers, heads, hd := r.Model().(models.Decoder).CacheLayout()
	past := map[string]*tensor.Tensor{}
	for i := 0; i < layers; i++ {
		z, _ := tensor.New(ir.Float32, ir.Shape{1, heads, capacity, hd})
		past[models.PastKey(i)], past[models.PastValue(i)] = z, z
	}
	seq := append([]int64(nil), ref.Greedy[0][:len(ref.DecoderInputIDs[0])]...)
	step := func(tokens []int64, start int) []float64 {
		mask := make([]int64, capacity)
		pos := make([]int64, len(tokens))
		for i := range mask[:start+len(tokens)] {
			mask[i] = 1
		}
		for i := range pos {
			pos[i] = int64(start + i)
		}
		in := map[string]*tensor.Tensor{
			models.InputIDs:           int64Tensor(t, [][]int64{tokens}),
			models.InputPositionIDs:   int64Tensor(t, [][]int64{pos}),
			models.InputAttentionMask: int64Tensor(t, [][]int64{mask}),
		}
		in[models.InputCachePosition], _ = tensor.ScalarInt64(ir.Int64, int64(start))
		for i := 0; i < layers; i++ {
			in[models.CrossKey(i)], in[models.CrossValue(i)] = enc[models.CrossKey(i)], enc[models.CrossValue(i)]
			in[models.PastKey(i)], in[models.PastValue(i)] = past[models.PastKey(i)], past[models.PastValue(i)]
		}
		out, err := r.Forward(ctx, models.Spec{Batch: 1, Seq: len(tokens), Cache: capacity, Stage: models.StageDecoder}, in)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < layers; i++ {
			past[models.PastKey(i)], past[models.PastValue(i)] = out[models.PresentKey(i)], out[models.PresentValue(i)]
		}
		rows := positionsOf(t, out[models.OutputLogits])[0]
		return rows[len(rows)-1]
	}
	// Prefill three prompt tokens, then the fourth as a step: the last
	// position's logits must be the full program's fourth position.
	step(seq[:3], 0)
	last := step(seq[3:4], 3)
	var want [][]float64
	want = append(want, last)
	full := refLastPosition(t, ref.Logits, 3)
	compareFingerprint(t, "cached decoder logits", last, full)
	for len(seq) < len(ref.Greedy[0]) {
		next := int64(argmaxF(last))
		seq = append(seq, next)
		if len(seq) == len(ref.Greedy[0]) {
			break
		}
		last = step([]int64{next}, len(seq)-1)
	}
	for i := range seq {
		if seq[i] != ref.Greedy[0][i] {
			t.Fatalf("greedy ids %v, want %v", seq, ref.Greedy[0])
		}
	}
}

// refLastPosition returns the fingerprint of position p of a logits
// reference as a one-position reference.
func refLastPosition(t *testing.T, ref logitsRef, p int) logitsRef {
	t.Helper()
	pick := func(raw jsonRaw) jsonRaw {
		var xs []jsonRaw
		if err := unmarshal(raw, &xs); err != nil {
			t.Fatal(err)
		}
		return jsonRaw("[" + string(xs[p]) + "]")
	}
	return logitsRef{First256: pick(ref.First256), Top16IDs: pick(ref.Top16IDs), Top16Values: pick(ref.Top16Values), LogSumExp: pick(ref.LogSumExp)}
}

func compareFingerprint(t *testing.T, what string, row []float64, ref logitsRef) {
	t.Helper()
	compareLogits(t, what, [][]float64{row}, ref, nil)
}

func argmaxF(row []float64) int {
	best := 0
	for i, v := range row {
		if v > row[best] {
			best = i
		}
	}
	return best
}

// TestWhisperInputErrors checks that wrong inputs are refused with errors
// that name them.
func TestWhisperInputErrors(t *testing.T) {
	r := openRunner(t, "whisper-tiny", referenceBackend())
	ctx := context.Background()
	short, _ := tensor.New(ir.Float32, ir.Shape{1, 80, 2999})
	ids := int64Tensor(t, [][]int64{{50258}})
	cases := []struct {
		name string
		spec models.Spec
		in   map[string]*tensor.Tensor
		want string
	}{
		{"no features", models.Spec{Batch: 1, Seq: 1}, map[string]*tensor.Tensor{models.InputIDs: ids}, "input_features is required"},
		{"short features", models.Spec{Batch: 1, Seq: 1}, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputFeatures: short}, "input_features"},
		{"encoder with seq", models.Spec{Batch: 1, Seq: 1, Stage: models.StageEncoder}, map[string]*tensor.Tensor{models.InputFeatures: short}, "encoder stage"},
		{"past the position table", models.Spec{Batch: 1, Seq: 65}, map[string]*tensor.Tensor{models.InputIDs: int64Tensor(t, [][]int64{make([]int64, 65)}),
			models.InputFeatures: whisperFeatures(t)}, "max_target_positions"},
	}
	for _, tc := range cases {
		if tc.want == "" {
			continue
		}
		_, err := r.Forward(ctx, tc.spec, tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

// TestWhisperConfigErrors checks that bad Whisper configs are refused
// with errors naming the file and the field.
func TestWhisperConfigErrors(t *testing.T) {
	checkConfigErrors[*models.WhisperConfig](t, []configError{
		{`{"model_type": "whisper", "d_model": 0}`, "d_model"},
		{`{"model_type": "whisper", "d_model": 64, "encoder_attention_heads": 5}`, "encoder_attention_heads"},
		{`{"model_type": "whisper", "d_model": 64, "encoder_attention_heads": 4, "decoder_attention_heads": 3}`, "decoder_attention_heads"},
		{`{"model_type": "whisper", "num_mel_bins": -1}`, "num_mel_bins"},
		{`{"model_type": "whisper", "max_target_positions": 0}`, "max_target_positions"},
		{`{"model_type": "whisper", "activation_function": "nope"}`, "activation_function"},
		{`{"model_type": "whisper", "decoder_start_token_id": 51865}`, "decoder_start_token_id"},
		{`{"model_type": "whisper", "d_model": "wide"}`, "d_model"},
	})
	c, err := parseAs[*models.WhisperConfig](t, `{"model_type": "whisper", "num_mel_bins": 128, "max_source_positions": 100}`)
	if err != nil {
		t.Fatal(err)
	}
	if c.InputFrames() != 200 || c.Common().Pad(-1) != 50256 || c.DecoderStartToken != 50257 {
		t.Errorf("defaults: frames %d, pad %d, start %d", c.InputFrames(), c.Common().Pad(-1), c.DecoderStartToken)
	}
}

// FuzzWhisperConfig: arbitrary config.json bytes never panic; an accepted
// config satisfies the documented invariants and, when small, builds all
// three stages of both architectures.
func FuzzWhisperConfig(f *testing.F) {
	if b, err := os.ReadFile(fixtureDir("whisper-tiny") + "/config.json"); err == nil {
		f.Add(b)
	}
	for _, s := range []string{
		`{"model_type": "whisper"}`,
		`{"model_type": "whisper", "d_model": 8, "encoder_attention_heads": 2, "decoder_attention_heads": 4, "encoder_layers": 1, "decoder_layers": 1, "encoder_ffn_dim": 4, "decoder_ffn_dim": 4, "num_mel_bins": 3, "max_source_positions": 4, "max_target_positions": 4, "vocab_size": 9, "decoder_start_token_id": 1}`,
		`{"model_type": "whisper", "tie_word_embeddings": false, "torch_dtype": "float16", "forced_decoder_ids": [[1, null]]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, ok := fuzzParse[*models.WhisperConfig](t, data)
		if !ok {
			return
		}
		if c.DModel <= 0 || c.EncoderHeads <= 0 || c.DecoderHeads <= 0 || c.DModel%c.EncoderHeads != 0 || c.DModel%c.DecoderHeads != 0 ||
			c.NumMelBins <= 0 || c.MaxSourcePositions <= 0 || c.MaxTargetPositions <= 0 || c.DecoderStartToken < 0 || c.DecoderStartToken >= c.VocabSize {
			t.Fatalf("accepted an invalid config: %+v", c)
		}
		if c.EncoderLayers > 2 || c.DecoderLayers > 2 || c.DModel > 64 || c.EncoderFFN > 256 || c.DecoderFFN > 256 || c.VocabSize > 1024 ||
			c.NumMelBins > 64 || c.MaxSourcePositions > 64 || c.MaxTargetPositions > 64 {
			return
		}
		for _, spec := range []models.Spec{{Batch: 1, Seq: 1}, {Batch: 1, Stage: models.StageEncoder}, {Batch: 1, Seq: 1, Cache: 1, Stage: models.StageDecoder}} {
			buildArchs(t, c, spec, "WhisperModel", "WhisperForConditionalGeneration")
		}
	})
}

// TestWhisperCacheLongerThanPositions builds a decoder stage whose cache
// (a generation bucket) is longer than max_target_positions: only the
// call's tokens must fit the learned table, so it builds; and a decoder
// refuses the encoder-decoder stages.
func TestWhisperCacheLongerThanPositions(t *testing.T) {
	m := loadModel(t, fixtureDir("whisper-tiny"), "")
	buildArchs(t, m.Config(), models.Spec{Batch: 1, Seq: 4, Cache: 128, Stage: models.StageDecoder}, "WhisperForConditionalGeneration")
	r := openRunner(t, "qwen2-tiny", referenceBackend())
	for _, st := range []models.Stage{models.StageEncoder, models.StageDecoder} {
		spec := models.Spec{Batch: 1, Seq: 1, Stage: st}
		if st == models.StageEncoder {
			spec.Seq = 0
		}
		if _, err := r.Program(context.Background(), spec); err == nil || !strings.Contains(err.Error(), "not an encoder-decoder") {
			t.Errorf("qwen2 %s stage: error %v", st, err)
		}
	}
}
