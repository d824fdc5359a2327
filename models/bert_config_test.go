package models_test

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
)

// TestBertConfig reads the fixtures (transformers 5: dtype) and a
// transformers-4 Hub config (torch_dtype, position_embedding_type, most
// fields defaulted), and the label rules: id2label decides the number of
// labels, num_labels applies without it, 2 by default.
func TestBertConfig(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(fixtureDir(name) + "/config.json")
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	type sizes struct{ Hidden, Layers, Heads, Inter, MaxPos, Types, Labels int }
	tests := []struct {
		name     string
		js       string
		sizes    sizes
		dt       ir.DType
		id2label map[int]string
		problem  string
	}{
		{"mlm fixture", read("bert-tiny-mlm"), sizes{64, 2, 4, 128, 128, 2, 2}, ir.BFloat16, nil, ""},
		{"cls fixture", read("bert-tiny-cls"), sizes{64, 2, 4, 128, 128, 2, 3}, ir.BFloat16,
			map[int]string{0: "negative", 1: "neutral", 2: "positive"}, ""},
		{"transformers4 hub", `{"architectures": ["BertForMaskedLM"], "model_type": "bert", "hidden_size": 768,
			"position_embedding_type": "absolute", "torch_dtype": "float32", "type_vocab_size": 2, "vocab_size": 30522,
			"gradient_checkpointing": false, "transformers_version": "4.6.0.dev0"}`,
			sizes{768, 12, 12, 3072, 512, 2, 2}, ir.Float32, nil, ""},
		{"num_labels", `{"model_type": "bert", "num_labels": 5, "problem_type": "multi_label_classification"}`,
			sizes{768, 12, 12, 3072, 512, 2, 5}, ir.Invalid, nil, "multi_label_classification"},
		{"id2label wins", `{"model_type": "bert", "num_labels": 5, "id2label": {"1": "b", "0": "a"}, "problem_type": "regression"}`,
			sizes{768, 12, 12, 3072, 512, 2, 2}, ir.Invalid, map[int]string{0: "a", 1: "b"}, "regression"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseAs[*models.BertConfig](t, tc.js)
			if err != nil {
				t.Fatal(err)
			}
			got := sizes{c.Hidden, c.Layers, c.Heads, c.Intermediate, c.MaxPositions, c.TypeVocabSize, c.NumLabels}
			if got != tc.sizes {
				t.Errorf("sizes %+v, want %+v", got, tc.sizes)
			}
			if c.StoredDType() != tc.dt || c.Act != "gelu" || c.LayerNormEps != 1e-12 || c.VocabSize != 30522 {
				t.Errorf("dtype %s, act %s, eps %v, vocab %d", c.StoredDType(), c.Act, c.LayerNormEps, c.VocabSize)
			}
			if !reflect.DeepEqual(c.ID2Label, tc.id2label) || c.ProblemType != tc.problem {
				t.Errorf("id2label %v problem_type %q, want %v %q", c.ID2Label, c.ProblemType, tc.id2label, tc.problem)
			}
			for i := 0; i < c.NumLabels; i++ {
				want := tc.id2label[i]
				if tc.id2label == nil {
					want = fmt.Sprintf("LABEL_%d", i)
				}
				if c.Label(i) != want {
					t.Errorf("Label(%d) = %q, want %q", i, c.Label(i), want)
				}
			}
		})
	}
}

// TestBertConfigErrors: every bad field is an error naming config.json
// and the field.
func TestBertConfigErrors(t *testing.T) {
	checkConfigErrors[*models.BertConfig](t, []configError{
		{`{"model_type": "bert", "hidden_size": "64"}`, "hidden_size"},
		{`{"model_type": "bert", "hidden_size": 65, "num_attention_heads": 4}`, "hidden_size"},
		{`{"model_type": "bert", "num_hidden_layers": 0}`, "num_hidden_layers"},
		{`{"model_type": "bert", "num_attention_heads": 0}`, "num_attention_heads"},
		{`{"model_type": "bert", "intermediate_size": -1}`, "intermediate_size"},
		{`{"model_type": "bert", "max_position_embeddings": 0}`, "max_position_embeddings"},
		{`{"model_type": "bert", "type_vocab_size": 0}`, "type_vocab_size"},
		{`{"model_type": "bert", "vocab_size": 0}`, "vocab_size"},
		{`{"model_type": "bert", "hidden_act": "gelu2"}`, "hidden_act"},
		{`{"model_type": "bert", "layer_norm_eps": "small"}`, "layer_norm_eps"},
		{`{"model_type": "bert", "layer_norm_eps": -1e-12}`, "layer_norm_eps"},
		{`{"model_type": "bert", "position_embedding_type": "relative_key"}`, "position_embedding_type"},
		{`{"model_type": "bert", "is_decoder": true}`, "is_decoder"},
		{`{"model_type": "bert", "problem_type": "ranking"}`, "problem_type"},
		{`{"model_type": "bert", "num_labels": 0}`, "num_labels"},
		{`{"model_type": "bert", "num_labels": "three"}`, "num_labels"},
		{`{"model_type": "bert", "id2label": {"x": "a"}}`, "id2label"},
		{`{"model_type": "bert", "id2label": {"0": "a", "2": "c"}}`, "id2label"},
		{`{"model_type": "bert", "id2label": {"0": "a", "00": "b"}}`, "id2label"},
		{`{"model_type": "bert", "id2label": {}}`, "id2label"},
		{`{"model_type": "bert", "id2label": ["a", "b"]}`, "id2label"},
		{`{"model_type": "bert", "label2id": {"a": "zero"}}`, "label2id"},
		{`{"model_type": "bert", "torch_dtype": 5, "hidden_size": "x"}`, "hidden_size"},
	})
}

// TestBertProgram checks the declared inputs (int64, HF names), the
// outputs of each class, the untied MLM decoder, and that a cache or an
// over-long sequence is refused with an error.
func TestBertProgram(t *testing.T) {
	const small = `{"model_type": "bert", "hidden_size": 16, "num_attention_heads": 2, "num_hidden_layers": 1,
		"intermediate_size": 32, "max_position_embeddings": 8, "vocab_size": 50, "id2label": {"0": "a", "1": "b", "2": "c"}`
	spec := models.Spec{Batch: 2, Seq: 5}
	for _, tc := range []struct {
		arch, extra, results string
		params               map[string]ir.Shape
	}{
		{"BertModel", ``, "last_hidden_state,pooler_output", map[string]ir.Shape{"bert.pooler.dense.weight": {16, 16}}},
		{"BertForMaskedLM", ``, "logits,last_hidden_state", map[string]ir.Shape{"cls.predictions.bias": {50}}},
		{"BertForMaskedLM", `, "tie_word_embeddings": false`, "logits,last_hidden_state",
			map[string]ir.Shape{"cls.predictions.decoder.weight": {50, 16}}},
		{"BertForSequenceClassification", ``, "logits,last_hidden_state,pooler_output",
			map[string]ir.Shape{"classifier.weight": {3, 16}, "classifier.bias": {3}}},
	} {
		m, f := buildProgram(t, small+tc.extra+`}`, tc.arch, spec, ir.Float32)
		if m.Arch() != tc.arch {
			t.Errorf("arch %s, want %s", m.Arch(), tc.arch)
		}
		if _, ok := m.(models.Decoder); ok {
			t.Errorf("%s claims a KV cache", tc.arch)
		}
		if got := strings.Join(f.ResultNames, ","); got != tc.results {
			t.Errorf("%s%s: results %s, want %s", tc.arch, tc.extra, got, tc.results)
		}
		ps := paramTypes(f)
		for _, in := range []string{models.InputIDs, models.InputAttentionMask, models.InputTokenTypeIDs} {
			if want := (ir.Type{DType: ir.Int64, Shape: ir.Shape{2, 5}}); !ps[in].Equal(want) {
				t.Errorf("%s: input %s is %s, want %s", tc.arch, in, ps[in], want)
			}
		}
		for name, shape := range tc.params {
			if !ps[name].Shape.Equal(shape) {
				t.Errorf("%s%s: %s is %s, want %s", tc.arch, tc.extra, name, ps[name], shape)
			}
		}
		if _, ok := ps["cls.predictions.decoder.weight"]; ok && tc.extra == "" {
			t.Errorf("%s: tied decoder declared as its own parameter", tc.arch)
		}
	}

	c, err := models.ParseConfig([]byte(small+`}`), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := models.New(c, "BertModel")
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []models.Spec{{Batch: 1, Seq: 2, Cache: 4}, {Batch: 1, Seq: 9}, {Batch: 0, Seq: 1}} {
		_, err := frontend.Build("bad", func(g *frontend.Graph) error { return m.Build(g, bad, ir.Float32) })
		if err == nil {
			t.Errorf("spec %+v built without error", bad)
		}
	}
}

// FuzzBertConfig: arbitrary config.json bytes never panic; an accepted
// config satisfies the documented invariants and, when small, builds.
func FuzzBertConfig(f *testing.F) {
	for _, name := range []string{"bert-tiny-mlm", "bert-tiny-cls"} {
		if b, err := os.ReadFile(fixtureDir(name) + "/config.json"); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		`{"model_type": "bert"}`,
		`{"model_type": "bert", "hidden_size": 8, "num_attention_heads": 2, "num_hidden_layers": 1, "intermediate_size": 4, "vocab_size": 7, "max_position_embeddings": 4, "num_labels": 1}`,
		`{"model_type": "bert", "id2label": {"0": "x", "1": "y"}, "label2id": {"x": 0, "y": 1}, "torch_dtype": "float16"}`,
		`{"model_type": "bert", "id2label": {"-1": "x"}, "num_labels": null}`,
		`{"model_type": "roberta", "pad_token_id": 1, "max_position_embeddings": 514, "type_vocab_size": 1}`,
		`{"model_type": "xlm-roberta", "pad_token_id": 513}`,
		`{"model_type": "distilbert", "dim": 8, "n_heads": 2, "n_layers": 1, "hidden_dim": 4, "activation": "relu", "qa_dropout": 0.2}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		bc, ok := fuzzParse[*models.BertConfig](t, data)
		if !ok {
			return
		}
		if bc.Hidden <= 0 || bc.Heads <= 0 || bc.Layers <= 0 || bc.Intermediate <= 0 || bc.PositionTable().Max <= 0 ||
			(bc.TypeVocabSize <= 0) != (bc.ModelType == "distilbert") || bc.VocabSize <= 0 || bc.Hidden%bc.Heads != 0 || bc.NumLabels < 1 || bc.LayerNormEps < 0 {
			t.Fatalf("accepted an invalid config: %+v", bc)
		}
		if bc.ID2Label != nil && len(bc.ID2Label) != bc.NumLabels {
			t.Fatalf("%d labels named for %d classes", len(bc.ID2Label), bc.NumLabels)
		}
		if bc.Layers > 4 || bc.Hidden > 256 || bc.Intermediate > 1024 || bc.VocabSize > 1024 || bc.MaxPositions > 1024 || bc.NumLabels > 1024 || bc.TypeVocabSize > 1024 {
			return
		}
		buildArchs(t, bc, models.Spec{Batch: 1, Seq: min(2, bc.MaxPositions)}, "BertModel", "BertForMaskedLM", "BertForSequenceClassification")
	})
}
