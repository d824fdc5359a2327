package models_test

import (
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
)

// Small configs of each family for building programs (no weights).
const (
	gpt2Small  = `{"model_type": "gpt2", "n_embd": 16, "n_head": 2, "n_layer": 2, "n_positions": 16, "vocab_size": 50`
	bertSmall  = `{"model_type": "bert", "hidden_size": 16, "num_attention_heads": 2, "num_hidden_layers": 2, "intermediate_size": 32, "vocab_size": 50, "max_position_embeddings": 16`
	llamaSmall = `{"model_type": "llama", "hidden_size": 16, "num_attention_heads": 2, "num_hidden_layers": 2, "intermediate_size": 32, "vocab_size": 50, "max_position_embeddings": 16`
)

// opCounts counts f's RNG and Attention values.
func opCounts(f *ir.Func) (rng, attn int) {
	for _, v := range f.Values {
		switch v.Op {
		case ir.OpRNG:
			rng++
		case ir.OpAttention:
			attn++
		}
	}
	return rng, attn
}

// TestDropoutZeroConfigIsEvalProgram: with every dropout probability 0,
// Spec.Dropout builds exactly the program built without it (no seed, no
// RNG, the fused attention).
func TestDropoutZeroConfigIsEvalProgram(t *testing.T) {
	for _, c := range []struct{ js, arch string }{
		{gpt2Small + `, "embd_pdrop": 0, "attn_pdrop": 0, "resid_pdrop": 0}`, "GPT2LMHeadModel"},
		{bertSmall + `, "hidden_dropout_prob": 0, "attention_probs_dropout_prob": 0}`, "BertForSequenceClassification"},
		{bertSmall + `, "hidden_dropout_prob": 0, "attention_probs_dropout_prob": 0}`, "BertForTokenClassification"},
		{llamaSmall + `}`, "LlamaForCausalLM"},
	} {
		spec := models.Spec{Batch: 2, Seq: 4, Labels: true}
		_, eval := buildProgram(t, c.js, c.arch, spec, ir.Float32)
		spec.Dropout = true
		_, train := buildProgram(t, c.js, c.arch, spec, ir.Float32)
		if eval.String() != train.String() {
			t.Errorf("%s: the all-zero dropout program differs from the eval one", c.arch)
		}
		if train.ParamByName(models.InputDropoutSeed) != nil {
			t.Errorf("%s: a zero-dropout program takes %s", c.arch, models.InputDropoutSeed)
		}
	}
}

// TestDropoutSites counts the sites each family applies (one RNG per
// site) against transformers' modules, and checks that attention with
// probability dropout leaves the fused op while attention without keeps
// it; the config's probabilities default as transformers' do.
func TestDropoutSites(t *testing.T) {
	for _, c := range []struct {
		name, js, arch string
		rng, attn      int
	}{
		// embd + per layer (attention probabilities, attn c_proj, mlp c_proj).
		{"gpt2 defaults", gpt2Small + `}`, "GPT2LMHeadModel", 1 + 2*3, 0},
		{"gpt2 no attn_pdrop", gpt2Small + `, "attn_pdrop": 0}`, "GPT2LMHeadModel", 1 + 2*2, 2},
		{"gpt2 embd only", gpt2Small + `, "attn_pdrop": 0, "resid_pdrop": 0, "embd_pdrop": 0.2}`, "GPT2LMHeadModel", 1, 2},
		// embeddings + per layer (probabilities, self output, output) + classifier.
		{"bert seq cls", bertSmall + `}`, "BertForSequenceClassification", 1 + 2*3 + 1, 0},
		{"bert tok cls classifier_dropout 0", bertSmall + `, "classifier_dropout": 0}`, "BertForTokenClassification", 1 + 2*3, 0},
		{"bert mlm no attention dropout", bertSmall + `, "attention_probs_dropout_prob": 0}`, "BertForMaskedLM", 1 + 2*2, 2},
		{"llama attention_dropout", llamaSmall + `, "attention_dropout": 0.1}`, "LlamaForCausalLM", 2, 0},
	} {
		_, f := buildProgram(t, c.js, c.arch, models.Spec{Batch: 2, Seq: 4, Labels: true, Dropout: true}, ir.Float32)
		rng, attn := opCounts(f)
		if rng != c.rng || attn != c.attn {
			t.Errorf("%s: %d RNG and %d Attention ops, want %d and %d", c.name, rng, attn, c.rng, c.attn)
		}
		p := f.ParamByName(models.InputDropoutSeed)
		if p == nil || p.Type.DType != ir.Int64 || p.Type.Shape.Rank() != 0 {
			t.Errorf("%s: seed input %v, want an int64 scalar", c.name, p)
		}
		if !models.IsInputName(models.InputDropoutSeed) {
			t.Errorf("%s is not an input name", models.InputDropoutSeed)
		}
	}
	if s := (models.Spec{Batch: 1, Seq: 2, Dropout: true}).String(); !strings.Contains(s, "drop") {
		t.Errorf("Spec.String() %q does not name dropout", s)
	}
}

// TestDropoutConfigErrors: probabilities outside [0, 1] are errors naming
// the field.
func TestDropoutConfigErrors(t *testing.T) {
	checkConfigErrors[*models.GPT2Config](t, []configError{
		{`{"model_type": "gpt2", "attn_pdrop": 1.5}`, "attn_pdrop"},
		{`{"model_type": "gpt2", "embd_pdrop": -0.1}`, "embd_pdrop"},
	})
	checkConfigErrors[*models.BertConfig](t, []configError{
		{`{"model_type": "bert", "hidden_dropout_prob": 2}`, "hidden_dropout_prob"},
		{`{"model_type": "bert", "classifier_dropout": -1}`, "classifier_dropout"},
	})
	checkConfigErrors[*models.DecoderConfig](t, []configError{
		{`{"model_type": "llama", "hidden_size": 16, "num_attention_heads": 2, "num_hidden_layers": 1, "intermediate_size": 32, "vocab_size": 50, "attention_dropout": 3}`, "attention_dropout"},
	})
}
