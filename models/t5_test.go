package models_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// seq2seqRef is the reference.json layout of the text encoder-decoder
// fixtures (t5-tiny; scripts/seq2seq_fixture.py writes the same):
// transformers' model on input_ids/attention_mask and decoder_input_ids,
// and generate's greedy ids (decoder start token, then the new tokens).
type seq2seqRef struct {
	InputIDs        [][]int64 `json:"input_ids"`
	AttentionMask   [][]int64 `json:"attention_mask"`
	DecoderInputIDs [][]int64 `json:"decoder_input_ids"`
	Logits          logitsRef `json:"logits"`
	Greedy          [][]int64 `json:"greedy_12"`
}

// flatPositions returns every (row, position) of logits (B, T, V) as one
// list of rows, the order of a (B, T, ...) fingerprint.
func flatPositions(t *testing.T, x *tensor.Tensor) [][]float64 {
	var out [][]float64
	for _, row := range positionsOf(t, x) {
		out = append(out, row...)
	}
	return out
}

// TestT5Parity runs T5ForConditionalGeneration whole (StageFull) on the
// fixture's padded batch: every position's logits within 1e-4 of
// transformers', every checkpoint tensor used.
func TestT5Parity(t *testing.T) {
	ref := readReference[seq2seqRef](t, "t5-tiny")
	forEachBackend(t, func(t *testing.T, b backends.Backend) {
		r := openRunner(t, "t5-tiny", b)
		dec := int64Tensor(t, ref.DecoderInputIDs)
		out, err := r.Forward(context.Background(), models.Spec{Batch: 2, Seq: dec.Shape[1], Source: len(ref.InputIDs[0])},
			map[string]*tensor.Tensor{models.InputEncoderIDs: int64Tensor(t, ref.InputIDs),
				models.InputEncoderAttentionMask: int64Tensor(t, ref.AttentionMask), models.InputIDs: dec})
		if err != nil {
			t.Fatal(err)
		}
		if enc := out[models.OutputEncoderLastHidden]; enc == nil || !enc.Shape.Equal(ir.Shape{2, 6, 64}) {
			t.Fatalf("encoder_last_hidden_state is %v, want (2, 6, 64)", enc)
		}
		compareLogits(t, "logits", flatPositions(t, out[models.OutputLogits]), ref.Logits, nil)
		if unused := r.UnusedWeights(); len(unused) > 0 {
			t.Errorf("checkpoint tensors left unused: %v", unused)
		}
	})
}

// TestT5StagesGreedy runs generation's path by hand on the reference
// backend: the encoder stage once, then a cached decoder stage fed the
// argmax of each step, which must give transformers' greedy ids exactly;
// the first step's logits must equal the whole model's first position.
func TestT5StagesGreedy(t *testing.T) {
	ref := readReference[seq2seqRef](t, "t5-tiny")
	r := openRunner(t, "t5-tiny", referenceBackend())
	ctx := context.Background()
	src := len(ref.InputIDs[0])
	encMask := int64Tensor(t, ref.AttentionMask)
	enc, err := r.Forward(ctx, models.Spec{Batch: 2, Stage: models.StageEncoder, Source: src},
		map[string]*tensor.Tensor{models.InputEncoderIDs: int64Tensor(t, ref.InputIDs), models.InputEncoderAttentionMask: encMask})
	if err != nil {
		t.Fatal(err)
	}
	const capacity = 16
	layers, heads, hd := r.Model().(models.Decoder).CacheLayout()
	past := map[string]*tensor.Tensor{}
	for i := 0; i < layers; i++ {
		z, _ := tensor.New(ir.Float32, ir.Shape{2, heads, capacity, hd})
		past[models.PastKey(i)], past[models.PastValue(i)] = z, z
	}
	seqs := [][]int64{{ref.Greedy[0][0]}, {ref.Greedy[1][0]}}
	for step := 0; len(seqs[0]) < len(ref.Greedy[0]); step++ {
		mask := make([]int64, capacity)
		for i := range mask[:step+1] {
			mask[i] = 1
		}
		in := map[string]*tensor.Tensor{
			models.InputIDs:                  int64Tensor(t, [][]int64{{seqs[0][step]}, {seqs[1][step]}}),
			models.InputPositionIDs:          int64Tensor(t, [][]int64{{int64(step)}, {int64(step)}}),
			models.InputAttentionMask:        int64Tensor(t, [][]int64{mask, mask}),
			models.InputEncoderAttentionMask: encMask,
		}
		in[models.InputCachePosition], _ = tensor.ScalarInt64(ir.Int64, int64(step))
		for i := 0; i < layers; i++ {
			in[models.CrossKey(i)], in[models.CrossValue(i)] = enc[models.CrossKey(i)], enc[models.CrossValue(i)]
			in[models.PastKey(i)], in[models.PastValue(i)] = past[models.PastKey(i)], past[models.PastValue(i)]
		}
		out, err := r.Forward(ctx, models.Spec{Batch: 2, Seq: 1, Cache: capacity, Stage: models.StageDecoder, Source: src}, in)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < layers; i++ {
			past[models.PastKey(i)], past[models.PastValue(i)] = out[models.PresentKey(i)], out[models.PresentValue(i)]
		}
		rows := positionsOf(t, out[models.OutputLogits])
		if step == 0 {
			for b := range rows {
				compareFingerprint(t, "first decoder step", rows[b][0], refRowPosition(t, ref.Logits, b, 0))
			}
		}
		for b := range rows {
			seqs[b] = append(seqs[b], int64(argmaxF(rows[b][0])))
		}
	}
	for b := range seqs {
		for i := range seqs[b] {
			if seqs[b][i] != ref.Greedy[b][i] {
				t.Fatalf("row %d greedy ids %v, want %v", b, seqs[b], ref.Greedy[b])
			}
		}
	}
}

// refRowPosition returns the fingerprint of row b, position p of a (B, T,
// V) logits reference as a one-position reference.
func refRowPosition(t *testing.T, ref logitsRef, b, p int) logitsRef {
	t.Helper()
	pick := func(raw jsonRaw) jsonRaw {
		var xs [][]jsonRaw
		if err := unmarshal(raw, &xs); err != nil {
			t.Fatal(err)
		}
		return jsonRaw("[" + string(xs[b][p]) + "]")
	}
	return logitsRef{First256: pick(ref.First256), Top16IDs: pick(ref.Top16IDs), Top16Values: pick(ref.Top16Values), LogSumExp: pick(ref.LogSumExp)}
}

// TestT5RelativeBucket checks the bucket function on the values T5's
// scheme fixes (32 buckets, max distance 128): exact buckets for short
// distances, the sign half of bidirectional buckets, the logarithmic
// edges at 2^k multiples of max_exact, saturation at max_distance, and
// that causal buckets ignore keys after the query.
func TestT5RelativeBucket(t *testing.T) {
	cases := []struct {
		rp   int
		bi   bool
		want int
	}{
		{0, true, 0}, {-1, true, 1}, {1, true, 17}, {-7, true, 7}, {7, true, 23},
		{-8, true, 8}, {-11, true, 8}, {-12, true, 9}, {-16, true, 10}, {-32, true, 12}, {-64, true, 14},
		{-127, true, 15}, {-128, true, 15}, {-1000, true, 15}, {1000, true, 31}, {16, true, 26},
		{0, false, 0}, {5, false, 0}, {-5, false, 5}, {-15, false, 15}, {-16, false, 16}, {-23, false, 18},
		{-32, false, 21}, {-64, false, 26}, {-127, false, 31}, {-128, false, 31}, {-5000, false, 31},
	}
	for _, tc := range cases {
		if got := models.T5RelativeBucket(tc.rp, tc.bi, 32, 128); got != tc.want {
			t.Errorf("bucket(%d, bidirectional %v) = %d, want %d", tc.rp, tc.bi, got, tc.want)
		}
	}
}

// TestT5ConfigErrors checks that bad T5 configs are refused with errors
// naming the file and the field, and the feed_forward_proj parsing.
func TestT5ConfigErrors(t *testing.T) {
	checkConfigErrors[*models.T5Config](t, []configError{
		{`{"model_type": "t5", "d_model": 0}`, "d_model"},
		{`{"model_type": "t5", "num_heads": -1}`, "num_heads"},
		{`{"model_type": "t5", "num_decoder_layers": 0}`, "num_decoder_layers"},
		{`{"model_type": "t5", "feed_forward_proj": "gated-gelu-x"}`, "feed_forward_proj"},
		{`{"model_type": "t5", "feed_forward_proj": "fancy-gelu"}`, "feed_forward_proj"},
		{`{"model_type": "t5", "feed_forward_proj": "nope"}`, "feed_forward_proj"},
		{`{"model_type": "t5", "relative_attention_num_buckets": 2}`, "relative_attention_num_buckets"},
		{`{"model_type": "t5", "decoder_start_token_id": 32128}`, "decoder_start_token_id"},
		{`{"model_type": "t5", "d_kv": "wide"}`, "d_kv"},
	})
	for _, tc := range []struct {
		js    string
		act   string
		gated bool
		scale bool
	}{
		{`{"model_type": "t5"}`, "relu", false, true},
		{`{"model_type": "t5", "feed_forward_proj": "gated-gelu", "tie_word_embeddings": false}`, "gelu_new", true, false},
		{`{"model_type": "t5", "feed_forward_proj": "gated-silu"}`, "silu", true, true},
		{`{"model_type": "t5", "tie_word_embeddings": false, "scale_decoder_outputs": true}`, "relu", false, true},
		{`{"model_type": "mt5"}`, "gelu_new", true, false},
	} {
		c, err := parseAs[*models.T5Config](t, tc.js)
		if err != nil {
			t.Fatal(err)
		}
		if c.DenseAct != tc.act || c.GatedAct != tc.gated || c.ScalesDecoderOutput() != tc.scale {
			t.Errorf("%s: act %s gated %v scale %v, want %s %v %v", tc.js, c.DenseAct, c.GatedAct, c.ScalesDecoderOutput(), tc.act, tc.gated, tc.scale)
		}
	}
}

// TestT5InputErrors checks that wrong inputs are refused with errors
// that name them.
func TestT5InputErrors(t *testing.T) {
	r := openRunner(t, "t5-tiny", referenceBackend())
	ids := int64Tensor(t, [][]int64{{0}})
	src := int64Tensor(t, [][]int64{{5, 6, 1}})
	cases := []struct {
		name string
		spec models.Spec
		in   map[string]*tensor.Tensor
		want string
	}{
		{"no source", models.Spec{Batch: 1, Seq: 1}, map[string]*tensor.Tensor{models.InputIDs: ids}, "Source"},
		{"no encoder ids", models.Spec{Batch: 1, Seq: 1, Source: 3}, map[string]*tensor.Tensor{models.InputIDs: ids}, models.InputEncoderIDs},
		{"wrong source", models.Spec{Batch: 1, Seq: 1, Source: 4}, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputEncoderIDs: src}, models.InputEncoderIDs},
		{"bad mask", models.Spec{Batch: 1, Seq: 1, Source: 3}, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputEncoderIDs: src,
			models.InputEncoderAttentionMask: int64Tensor(t, [][]int64{{1, 1}})}, models.InputEncoderAttentionMask},
		{"tokens to the decoder stage", models.Spec{Batch: 1, Seq: 1, Source: 3, Stage: models.StageDecoder},
			map[string]*tensor.Tensor{models.InputIDs: ids, models.InputEncoderIDs: src}, "decoder stage"},
	}
	for _, tc := range cases {
		_, err := r.Forward(context.Background(), tc.spec, tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

// TestT5EncoderModel checks T5EncoderModel against the whole model's
// encoder output on the fixture's batch.
func TestT5EncoderModel(t *testing.T) {
	ref := readReference[seq2seqRef](t, "t5-tiny")
	ctx := context.Background()
	full := openRunner(t, "t5-tiny", referenceBackend())
	src := len(ref.InputIDs[0])
	want, err := full.Forward(ctx, models.Spec{Batch: 2, Stage: models.StageEncoder, Source: src},
		map[string]*tensor.Tensor{models.InputEncoderIDs: int64Tensor(t, ref.InputIDs), models.InputEncoderAttentionMask: int64Tensor(t, ref.AttentionMask)})
	if err != nil {
		t.Fatal(err)
	}
	dir := fixtureDir("t5-tiny")
	r, _ := newRunner(t, loadModel(t, dir, "T5EncoderModel"), dir, referenceBackend(), backends.CompileOptions{})
	got, err := r.Forward(ctx, models.Spec{Batch: 2, Seq: src},
		map[string]*tensor.Tensor{models.InputIDs: int64Tensor(t, ref.InputIDs), models.InputAttentionMask: int64Tensor(t, ref.AttentionMask)})
	if err != nil {
		t.Fatal(err)
	}
	g, w := got[models.OutputLastHidden].Float64s(), want[models.OutputEncoderLastHidden].Float64s()
	if len(g) != len(w) {
		t.Fatalf("%d values, want %d", len(g), len(w))
	}
	for i := range g {
		if g[i] != w[i] {
			t.Fatalf("value %d = %v, want %v", i, g[i], w[i])
		}
	}
}

// FuzzT5Config: arbitrary config.json bytes never panic; an accepted
// config satisfies the documented invariants and, when small, builds all
// three stages of every architecture.
func FuzzT5Config(f *testing.F) {
	if b, err := os.ReadFile(fixtureDir("t5-tiny") + "/config.json"); err == nil {
		f.Add(b)
	}
	for _, s := range []string{
		`{"model_type": "t5"}`,
		`{"model_type": "t5", "d_model": 8, "d_kv": 3, "num_heads": 2, "d_ff": 4, "num_layers": 1, "num_decoder_layers": 2, "vocab_size": 9, "relative_attention_num_buckets": 6, "relative_attention_max_distance": 3, "feed_forward_proj": "gated-gelu"}`,
		`{"model_type": "mt5", "tie_word_embeddings": true, "decoder_start_token_id": null}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, ok := fuzzParse[*models.T5Config](t, data)
		if !ok {
			return
		}
		if c.DModel <= 0 || c.DKV <= 0 || c.NumHeads <= 0 || c.DFF <= 0 || c.NumLayers <= 0 || c.DecoderLayers <= 0 ||
			c.RelativeBuckets < 4 || c.RelativeMaxDistance <= 0 || c.StartToken < 0 || c.StartToken >= c.VocabSize {
			t.Fatalf("accepted an invalid config: %+v", c)
		}
		if c.NumLayers > 2 || c.DecoderLayers > 2 || c.DModel > 64 || c.DKV*c.NumHeads > 64 || c.DFF > 256 || c.VocabSize > 1024 || c.RelativeBuckets > 64 {
			return
		}
		prefix := "T5"
		if c.ModelType == "mt5" {
			prefix = "MT5"
		}
		for _, spec := range []models.Spec{{Batch: 1, Seq: 2, Source: 3}, {Batch: 1, Stage: models.StageEncoder, Source: 2},
			{Batch: 2, Seq: 1, Cache: 3, Stage: models.StageDecoder, Source: 1}} {
			buildArchs(t, c, spec, prefix+"Model", prefix+"ForConditionalGeneration")
		}
		buildArchs(t, c, models.Spec{Batch: 1, Seq: 3}, prefix+"EncoderModel")
	})
}

// tinyGatedT5Config is a T5 v1.1-style config for the random-weight
// tests: gated GELU, an untied head, more decoder than encoder blocks,
// heads*d_kv unlike d_model, and few buckets with a short max_distance so
// that short sequences reach the logarithmic and saturated buckets.
const tinyGatedT5Config = `{"model_type": "t5", "architectures": ["T5ForConditionalGeneration"], "vocab_size": 50,
 "d_model": 12, "d_kv": 5, "num_heads": 3, "d_ff": 14, "num_layers": 1, "num_decoder_layers": 2,
 "relative_attention_num_buckets": 8, "relative_attention_max_distance": 10, "feed_forward_proj": "gated-gelu",
 "tie_word_embeddings": false, "decoder_start_token_id": 0}`

// TestT5GatedStagesLong checks a random gated T5 over long rows on the
// reference backend: a right-padded encoder row gives what it gives
// alone, and a cached decoder stage fed one token at a time over 20
// positions (distances past max_distance, where the causal buckets
// saturate) reproduces the whole model's logits at every position.
func TestT5GatedStagesLong(t *testing.T) {
	cfg, err := models.ParseConfig([]byte(tinyGatedT5Config), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := models.New(cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	dir, _ := randomCheckpoint(t, tinyGatedT5Config, m, models.Spec{Batch: 1, Seq: 1, Source: 1})
	r, _ := newRunner(t, m, dir+"/model.safetensors", referenceBackend(), backends.CompileOptions{})
	ctx := context.Background()
	const src, steps = 16, 20
	ids := make([][]int64, 2)
	mask := make([][]int64, 2)
	dec := make([][]int64, 2)
	for b := range ids {
		for j := 0; j < src; j++ {
			ids[b] = append(ids[b], int64((7*j+3*b)%45+2))
			mask[b] = append(mask[b], int64(map[bool]int{true: 1}[b == 0 || j < 11]))
		}
		for j := 0; j < steps; j++ {
			dec[b] = append(dec[b], int64((5*j+b)%49))
		}
	}
	full, err := r.Forward(ctx, models.Spec{Batch: 2, Seq: steps, Source: src}, map[string]*tensor.Tensor{
		models.InputEncoderIDs: int64Tensor(t, ids), models.InputEncoderAttentionMask: int64Tensor(t, mask), models.InputIDs: int64Tensor(t, dec)})
	if err != nil {
		t.Fatal(err)
	}
	if unused := r.UnusedWeights(); len(unused) > 0 {
		t.Errorf("checkpoint tensors left unused: %v", unused)
	}
	want := positionsOf(t, full[models.OutputLogits])
	alone, err := r.Forward(ctx, models.Spec{Batch: 1, Seq: steps, Source: 11}, map[string]*tensor.Tensor{
		models.InputEncoderIDs: int64Tensor(t, [][]int64{ids[1][:11]}), models.InputIDs: int64Tensor(t, dec[1:])})
	if err != nil {
		t.Fatal(err)
	}
	checkClose(t, "padded row vs alone", positionsOf(t, alone[models.OutputLogits])[0], want[1], 1e-5)

	enc, err := r.Forward(ctx, models.Spec{Batch: 2, Stage: models.StageEncoder, Source: src}, map[string]*tensor.Tensor{
		models.InputEncoderIDs: int64Tensor(t, ids), models.InputEncoderAttentionMask: int64Tensor(t, mask)})
	if err != nil {
		t.Fatal(err)
	}
	const capacity = 24
	layers, heads, hd := r.Model().(models.Decoder).CacheLayout()
	past := map[string]*tensor.Tensor{}
	for i := 0; i < layers; i++ {
		z, _ := tensor.New(ir.Float32, ir.Shape{2, heads, capacity, hd})
		past[models.PastKey(i)], past[models.PastValue(i)] = z, z
	}
	// A prefill of 3 tokens, then one token per call.
	for start := 0; start < steps; {
		n := 1
		if start == 0 {
			n = 3
		}
		km := make([]int64, capacity)
		for i := range km[:start+n] {
			km[i] = 1
		}
		pos := make([]int64, n)
		for i := range pos {
			pos[i] = int64(start + i)
		}
		in := map[string]*tensor.Tensor{
			models.InputIDs:                  int64Tensor(t, [][]int64{dec[0][start : start+n], dec[1][start : start+n]}),
			models.InputPositionIDs:          int64Tensor(t, [][]int64{pos, pos}),
			models.InputAttentionMask:        int64Tensor(t, [][]int64{km, km}),
			models.InputEncoderAttentionMask: int64Tensor(t, mask),
		}
		in[models.InputCachePosition], _ = tensor.ScalarInt64(ir.Int64, int64(start))
		for i := 0; i < layers; i++ {
			in[models.CrossKey(i)], in[models.CrossValue(i)] = enc[models.CrossKey(i)], enc[models.CrossValue(i)]
			in[models.PastKey(i)], in[models.PastValue(i)] = past[models.PastKey(i)], past[models.PastValue(i)]
		}
		out, err := r.Forward(ctx, models.Spec{Batch: 2, Seq: n, Cache: capacity, Stage: models.StageDecoder, Source: src}, in)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < layers; i++ {
			past[models.PastKey(i)], past[models.PastValue(i)] = out[models.PresentKey(i)], out[models.PresentValue(i)]
		}
		got := positionsOf(t, out[models.OutputLogits])
		for b := range got {
			checkClose(t, "cached decoder", got[b], want[b][start:start+n], 1e-5)
		}
		start += n
	}
}
