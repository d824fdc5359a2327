package models_test

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// Two tiny ModernBERT configs: transformers 5's names (layer_types,
// rope_parameters by layer type, mean pooling, LayerNorm biases) and
// transformers 4's (global_attn_every_n_layers, global_rope_theta /
// local_rope_theta, cls pooling, attention and MLP biases, no decoder
// bias). local_attention 4: sliding layers see 2 keys on each side, so
// with 7 tokens the window cuts.
var modernBertConfigs = []struct {
	name, config string
	ref          refMBertCfg
}{
	{"t5names", `{"model_type": "modernbert", "vocab_size": 40, "hidden_size": 16, "num_hidden_layers": 4,
		"num_attention_heads": 2, "intermediate_size": 12, "pad_token_id": 0, "local_attention": 4, "norm_bias": true,
		"classifier_bias": true, "classifier_pooling": "mean",
		"layer_types": ["full_attention", "sliding_attention", "sliding_attention", "full_attention"],
		"rope_parameters": {"full_attention": {"rope_type": "default", "rope_theta": 1000.0},
		                    "sliding_attention": {"rope_type": "default", "rope_theta": 50.0}} LABELS}`,
		refMBertCfg{hidden: 16, heads: 2, inter: 12, layers: 4, v: 40, local: 4, sliding: []bool{false, true, true, false},
			globalTheta: 1000, localTheta: 50, eps: 1e-5, normBias: true, clsBias: true, decBias: true, meanPool: true}},
	{"t4names", `{"model_type": "modernbert", "vocab_size": 40, "hidden_size": 16, "num_hidden_layers": 3,
		"num_attention_heads": 4, "intermediate_size": 10, "pad_token_id": 0, "local_attention": 5,
		"global_attn_every_n_layers": 2, "global_rope_theta": 200.0, "local_rope_theta": 20.0,
		"attention_bias": true, "mlp_bias": true, "decoder_bias": false, "norm_eps": 1e-6 LABELS}`,
		refMBertCfg{hidden: 16, heads: 4, inter: 10, layers: 3, v: 40, local: 5, sliding: []bool{false, true, false},
			globalTheta: 200, localTheta: 20, eps: 1e-6, attnBias: true, mlpBias: true}},
}

// TestModernBertAgainstHostReference runs every ModernBERT head with
// random tiny weights on a full row, a right-padded and a left-padded row
// and compares the outputs at the real tokens with the float64 reference
// (which reads the weights by their HF names): every architecture of both
// configs on interp, three on llvm.
func TestModernBertAgainstHostReference(t *testing.T) {
	ctx := context.Background()
	onLLVM := map[string]bool{"t5names/ModernBertForMaskedLM": true, "t5names/ModernBertForSequenceClassification": true,
		"t4names/ModernBertForQuestionAnswering": true}
	forEachBackend(t, func(t *testing.T, be backends.Backend) {
		for _, mc := range modernBertConfigs {
			for _, hd := range encoderHeads {
				name := mc.name + "/ModernBert" + hd.suffix
				if be.Name() != "interp" && !onLLVM[name] {
					continue
				}
				t.Run(name, func(t *testing.T) { checkModernBert(t, ctx, be, mc.config, "ModernBert"+hd.suffix, hd.task, mc.ref) })
			}
		}
	})
}

func checkModernBert(t *testing.T, ctx context.Context, be backends.Backend, famConfig, arch, task string, ref refMBertCfg) {
	labels, nLabels := `, "num_labels": 3`, 3
	if task == "qa" {
		labels, nLabels = "", 2
	}
	config := strings.Replace(famConfig, "LABELS", labels, 1)
	cfg, err := models.ParseConfig([]byte(config), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := models.New(cfg, arch)
	if err != nil {
		t.Fatal(err)
	}
	ids := [][]int64{{1, 5, 7, 9, 11, 13, 2}, {1, 6, 8, 10, 2, 0, 0}, {0, 0, 1, 14, 4, 3, 2}}
	mask := [][]int64{{1, 1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 0, 0}, {0, 0, 1, 1, 1, 1, 1}}
	in := map[string]*tensor.Tensor{models.InputIDs: int64Tensor(t, ids), models.InputAttentionMask: int64Tensor(t, mask)}
	spec := models.Spec{Batch: len(ids), Seq: len(ids[0])}
	dir, vals := randomEncoderCheckpoint(t, m, spec, config, 5)
	r, _ := newRunner(t, m, dir, be, backends.CompileOptions{})
	out, err := r.Forward(ctx, spec, in)
	if err != nil {
		t.Fatal(err)
	}
	w := refWeights{t: t, vals: vals}
	hs := refModernBert(w, ref, ids, mask)
	checkRows3(t, "last_hidden_state", out[models.OutputLastHidden], hs, mask)
	if task == "" {
		return
	}
	for name := range refModernBertHead(w, ref, task, hs[0], mask[0], nLabels) {
		want := make([][][]float64, len(ids))
		for b := range ids {
			want[b] = refModernBertHead(w, ref, task, hs[b], mask[b], nLabels)[name]
		}
		got := out[name]
		switch task {
		case "seq":
			checkRows3(t, name, got, want, nil)
		case "qa":
			for b := range want {
				want[b] = transpose1(want[b][0])
			}
			checkRows3(t, name, got, want, mask)
		default:
			checkRows3(t, name, got, want, mask)
		}
	}
}

// TestModernBertConfig: transformers' defaults, both rope spellings, the
// layer types derived from global_attn_every_n_layers, and errors naming
// the field.
func TestModernBertConfig(t *testing.T) {
	c, err := parseAs[*models.ModernBertConfig](t, `{"model_type": "modernbert"}`)
	if err != nil {
		t.Fatal(err)
	}
	if c.Hidden != 768 || c.Layers != 22 || c.Heads != 12 || c.Intermediate != 1152 || c.VocabSize != 50368 ||
		c.Pad(-1) != 50283 || c.LocalAttention != 128 || c.NormEps != 1e-5 || c.NormBias || c.AttnBias || c.MLPBias ||
		!c.DecoderBias || c.ClassifierBias || c.ClassifierPooling != "cls" || c.MaxPositions != 8192 || !c.Tied() ||
		c.GlobalRope.Theta != 160000 || c.LocalRope.Theta != 10000 || c.NumLabels != 2 {
		t.Errorf("defaults: %+v", c)
	}
	for i, want := range []bool{false, true, true, false, true, true, false} {
		if c.Sliding(i) != want {
			t.Errorf("layer %d sliding = %v, want %v (every 3rd layer global)", i, c.Sliding(i), want)
		}
	}
	c, err = parseAs[*models.ModernBertConfig](t, `{"model_type": "modernbert", "global_rope_theta": 5.0, "local_rope_theta": null}`)
	if err != nil {
		t.Fatal(err)
	}
	if c.GlobalRope.Theta != 5 || c.LocalRope.Theta != 5 {
		t.Errorf("null local_rope_theta: global %v local %v, want both 5", c.GlobalRope.Theta, c.LocalRope.Theta)
	}
	c, err = parseAs[*models.ModernBertConfig](t, `{"model_type": "modernbert", "rope_parameters": {"full_attention": {"rope_type": "linear", "factor": 2.0, "rope_theta": 7.0}}}`)
	if err != nil {
		t.Fatal(err)
	}
	if c.GlobalRope.Type != "linear" || c.GlobalRope.Factor != 2 || c.GlobalRope.Theta != 7 || c.LocalRope.Type != "default" || c.LocalRope.Theta != 10000 {
		t.Errorf("rope_parameters: global %+v local %+v", c.GlobalRope, c.LocalRope)
	}
	c, err = parseAs[*models.ModernBertConfig](t, `{"model_type": "modernbert", "rope_parameters": {"rope_type": "default", "rope_theta": 9.0}}`)
	if err != nil {
		t.Fatal(err)
	}
	if c.GlobalRope.Theta != 9 || c.LocalRope.Theta != 9 {
		t.Errorf("one rope object: global %+v local %+v, want theta 9 for both", c.GlobalRope, c.LocalRope)
	}
	c, err = parseAs[*models.ModernBertConfig](t, modernBertBaseConfig)
	if err != nil {
		t.Fatal(err)
	}
	if c.ClassifierPooling != "mean" || c.GlobalRope.Theta != 160000 || c.LocalRope.Theta != 10000 || !c.Sliding(1) || c.Sliding(3) ||
		c.LocalAttention != 128 || c.Pad(0) != 50283 || c.Layers != 22 {
		t.Errorf("ModernBERT-base: %+v", c)
	}
	checkConfigErrors[*models.ModernBertConfig](t, []configError{
		{`{"model_type": "modernbert", "hidden_activation": "swishy"}`, "hidden_activation"},
		{`{"model_type": "modernbert", "classifier_activation": "nope"}`, "classifier_activation"},
		{`{"model_type": "modernbert", "classifier_pooling": "max"}`, "classifier_pooling"},
		{`{"model_type": "modernbert", "num_hidden_layers": 2, "layer_types": ["full_attention"]}`, "layer_types"},
		{`{"model_type": "modernbert", "num_hidden_layers": 1, "layer_types": ["chunked_attention"]}`, "layer_types[0]"},
		{`{"model_type": "modernbert", "local_attention": 0}`, "local_attention"},
		{`{"model_type": "modernbert", "global_attn_every_n_layers": 0}`, "global_attn_every_n_layers"},
		{`{"model_type": "modernbert", "hidden_size": 10, "num_attention_heads": 3}`, "hidden_size"},
		{`{"model_type": "modernbert", "rope_parameters": {"sliding_attention": {"rope_type": "ntk-magic"}}}`, "rope_parameters.sliding_attention"},
		{`{"model_type": "modernbert", "rope_scaling": {"rope_type": "ntk-magic"}}`, "rope_scaling"},
		{`{"model_type": "modernbert", "local_rope_theta": "x"}`, "local_rope_theta"},
		{`{"model_type": "modernbert", "attention_dropout": 1.5}`, "attention_dropout"},
	})
	if _, err := models.New(mustParse(t, `{"model_type": "modernbert", "num_labels": 3}`), "ModernBertForQuestionAnswering"); err == nil ||
		!strings.Contains(err.Error(), "2 outputs") {
		t.Errorf("QA head with 3 labels: %v", err)
	}
}

// modernBertBaseConfig is answerdotai/ModernBERT-base's config.json
// (transformers 4 names).
const modernBertBaseConfig = `{"architectures": ["ModernBertForMaskedLM"], "attention_bias": false, "attention_dropout": 0.0,
	"bos_token_id": 50281, "classifier_activation": "gelu", "classifier_bias": false, "classifier_dropout": 0.0,
	"classifier_pooling": "mean", "cls_token_id": 50281, "decoder_bias": true, "deterministic_flash_attn": false,
	"embedding_dropout": 0.0, "eos_token_id": 50282, "global_attn_every_n_layers": 3, "global_rope_theta": 160000.0,
	"gradient_checkpointing": false, "hidden_activation": "gelu", "hidden_size": 768, "initializer_cutoff_factor": 2.0,
	"initializer_range": 0.02, "intermediate_size": 1152, "layer_norm_eps": 1e-05, "local_attention": 128,
	"local_rope_theta": 10000.0, "max_position_embeddings": 8192, "mlp_bias": false, "mlp_dropout": 0.0,
	"model_type": "modernbert", "norm_bias": false, "norm_eps": 1e-05, "num_attention_heads": 12, "num_hidden_layers": 22,
	"pad_token_id": 50283, "position_embedding_type": "absolute", "sep_token_id": 50282, "torch_dtype": "float32",
	"transformers_version": "4.47.0.dev0", "vocab_size": 50368}`

func mustParse(t *testing.T, js string) models.Config {
	t.Helper()
	c, err := models.ParseConfig([]byte(js), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// FuzzModernBertConfig: the parser never panics, and what it accepts
// builds (a one-token program).
func FuzzModernBertConfig(f *testing.F) {
	for _, mc := range modernBertConfigs {
		f.Add(strings.Replace(mc.config, "LABELS", "", 1))
	}
	f.Add(modernBertBaseConfig)
	f.Add(`{"model_type": "modernbert", "rope_parameters": {"full_attention": null}, "layer_types": null}`)
	f.Add(`{"model_type": "modernbert", "rope_parameters": {"rope_theta": 3.0}, "global_rope_theta": null}`)
	f.Add(`{"model_type": "modernbert", "num_hidden_layers": 1, "hidden_size": 4, "num_attention_heads": 2, "intermediate_size": 2, "vocab_size": 3, "local_attention": 1}`)
	f.Fuzz(func(t *testing.T, js string) {
		c, err := models.ParseConfig([]byte(js), "config.json")
		if err != nil {
			return
		}
		mc, ok := c.(*models.ModernBertConfig)
		if !ok || mc.Hidden > 64 || mc.Layers > 4 || mc.Intermediate > 64 || mc.VocabSize > 64 {
			return
		}
		m, err := models.New(c, "ModernBertForMaskedLM")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := frontend.Build("fuzz", func(g *frontend.Graph) error { return m.Build(g, models.Spec{Batch: 1, Seq: 2}, ir.Float32) }); err != nil {
			t.Fatalf("accepted config does not build: %v", err)
		}
	})
}

// TestModernBertTrainingPrograms: with labels the masked-LM and sequence
// classification losses equal the cross-entropy of the program's own
// logits (float64 here); in training mode (dropout at every site, NEFTune)
// the NoPadding program is bit-identical to the one given a mask of ones;
// hidden_states has the embeddings, each layer's input and the final
// state, which is last_hidden_state.
func TestModernBertTrainingPrograms(t *testing.T) {
	ctx := context.Background()
	config := strings.Replace(modernBertConfigs[0].config, "LABELS", `, "embedding_dropout": 0.1, "attention_dropout": 0.2,
		"mlp_dropout": 0.1, "classifier_dropout": 0.3, "num_labels": 3`, 1)
	ids := [][]int64{{1, 5, 7, 9, 11, 13, 2}, {1, 6, 8, 10, 2, 0, 0}}
	mask := [][]int64{{1, 1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 0, 0}}
	labels := [][]int64{{-100, 5, -100, 30, -100, -100, -100}, {-100, -100, 8, -100, 2, -100, -100}}
	be := referenceBackend()
	for _, arch := range []string{"ModernBertForMaskedLM", "ModernBertForSequenceClassification"} {
		t.Run(arch, func(t *testing.T) {
			m, err := models.New(mustParse(t, config), arch)
			if err != nil {
				t.Fatal(err)
			}
			spec := models.Spec{Batch: 2, Seq: 7, Labels: true, HiddenStates: true}
			dir, _ := randomEncoderCheckpoint(t, m, spec, config, 9)
			r, _ := newRunner(t, m, dir, be, backends.CompileOptions{})
			lab := labels
			if arch == "ModernBertForSequenceClassification" {
				lab = [][]int64{{2}, {0}}
			}
			labT := int64Tensor(t, lab)
			if len(lab[0]) == 1 {
				labT, _ = tensor.FromInt64(ir.Int64, ir.Shape{2}, []int64{2, 0})
			}
			out, err := r.Forward(ctx, spec, map[string]*tensor.Tensor{models.InputIDs: int64Tensor(t, ids),
				models.InputAttentionMask: int64Tensor(t, mask), models.InputLabels: labT})
			if err != nil {
				t.Fatal(err)
			}
			logits := out[models.OutputLogits]
			V := logits.Shape[len(logits.Shape)-1]
			lg := logits.Float64s()
			sum, n := 0.0, 0
			for b := range lab {
				for p, y := range lab[b] {
					if y < 0 {
						continue
					}
					row := lg[(b*len(lab[b])+p)*V : (b*len(lab[b])+p+1)*V]
					m := math.Inf(-1)
					for _, x := range row {
						m = math.Max(m, x)
					}
					z := 0.0
					for _, x := range row {
						z += math.Exp(x - m)
					}
					sum += m + math.Log(z) - row[y]
					n++
				}
			}
			if got, want := out[models.OutputLoss].Float64s()[0], sum/float64(n); math.Abs(got-want) > 1e-4 {
				t.Errorf("loss %.6f, cross-entropy of the logits %.6f", got, want)
			}
			last := out[models.HiddenState(4)]
			if last == nil || out[models.HiddenState(0)] == nil || out[models.HiddenState(5)] != nil ||
				string(last.Data) != string(out[models.OutputLastHidden].Data) {
				t.Errorf("hidden_states: want 0..4, the last equal to last_hidden_state")
			}

			train := models.Spec{Batch: 2, Seq: 7, Labels: true, Dropout: true, NEFTuneAlpha: 5}
			nopad := train
			nopad.NoPadding = true
			seed, _ := tensor.FromInt64(ir.Int64, ir.Shape{}, []int64{7})
			ones := int64Tensor(t, [][]int64{{1, 1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 1, 1}})
			in := map[string]*tensor.Tensor{models.InputIDs: int64Tensor(t, ids), models.InputLabels: labT, models.InputDropoutSeed: seed}
			got, err := r.Forward(ctx, nopad, in)
			if err != nil {
				t.Fatal(err)
			}
			in[models.InputAttentionMask] = ones
			want, err := r.Forward(ctx, train, in)
			if err != nil {
				t.Fatal(err)
			}
			if string(got[models.OutputLoss].Data) != string(want[models.OutputLoss].Data) {
				t.Errorf("training loss without a mask %v, with ones %v", got[models.OutputLoss].Float64s(), want[models.OutputLoss].Float64s())
			}
			ev, err := r.Forward(ctx, models.Spec{Batch: 2, Seq: 7, Labels: true}, in)
			if err != nil {
				t.Fatal(err)
			}
			evalLoss := ev[models.OutputLoss].Float64s()[0]
			if l := want[models.OutputLoss].Float64s()[0]; l == evalLoss || math.IsNaN(l) {
				t.Errorf("training-mode loss %v: dropout changed nothing (eval %v)", l, evalLoss)
			}
		})
	}
}
