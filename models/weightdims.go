package models

import (
	"fmt"
	"strings"

	"github.com/kiln-ml/kiln/ir"
)

// WeightDim declares that one dimension of a checkpoint tensor is set by
// config.json: Dim of the first of Names the checkpoint holds must equal
// Value, which Expr computes from Fields ("n_embd", or
// "num_attention_heads * head_dim"). Families list these so that a config
// that disagrees with its checkpoint is reported by the field to fix,
// before any program is built.
type WeightDim struct {
	// Names are the checkpoint names that may hold the tensor, in order
	// (with and without the base-model prefix); none present: not checked.
	Names []string
	Dim   int
	// Expr is how Value follows from config fields, for the error message.
	Expr string
	// Fields are the config.json fields Expr reads.
	Fields []string
	Value  int
}

// LayerCount declares that a config field counts numbered blocks of the
// checkpoint: Format (with %d) must name a tensor for blocks 0..Value-1
// and none for block Value.
type LayerCount struct {
	Field  string
	Value  int
	Format []string // alternatives, as WeightDim.Names
}

// WeightDimensioned is implemented by configs that declare which of their
// fields size which checkpoint tensors; every built-in family does.
type WeightDimensioned interface {
	WeightDims() ([]WeightDim, []LayerCount)
}

// CheckWeightDims compares cfg's declared dimensions with the checkpoint,
// whose tensor shapes info returns, and reports the first disagreement as
// an error naming file, the config field (and whether its value is a
// default because the field is missing) and the tensor's shape. Configs
// that declare nothing pass.
func CheckWeightDims(cfg Config, info func(name string) (ir.Type, bool), file string) error {
	wd, ok := cfg.(WeightDimensioned)
	if !ok {
		return nil
	}
	b := cfg.Common()
	dims, counts := wd.WeightDims()
	for _, d := range dims {
		name, t, ok := firstPresent(d.Names, info)
		if !ok {
			continue
		}
		if d.Dim >= len(t.Shape) {
			return fmt.Errorf("%s: %s has shape %v, but %s = %d sizes its dimension %d", file, name, t.Shape, d.Expr, d.Value, d.Dim)
		}
		if t.Shape[d.Dim] != d.Value {
			return fmt.Errorf("%s: %s = %d%s but %s is %v (dimension %d is %d)",
				file, d.Expr, d.Value, defaultsNote(b, d.Fields), name, t.Shape, d.Dim, t.Shape[d.Dim])
		}
	}
	for _, c := range counts {
		have := 0
		for {
			names := make([]string, len(c.Format))
			for i, f := range c.Format {
				names[i] = fmt.Sprintf(f, have)
			}
			if _, _, ok := firstPresent(names, info); !ok {
				break
			}
			have++
		}
		if have > 0 && have != c.Value {
			return fmt.Errorf("%s: %s = %d%s but the checkpoint has %d layers (%s)",
				file, c.Field, c.Value, defaultsNote(b, []string{c.Field}), have, fmt.Sprintf(c.Format[0], 0))
		}
	}
	return nil
}

func firstPresent(names []string, info func(string) (ir.Type, bool)) (string, ir.Type, bool) {
	for _, n := range names {
		if t, ok := info(n); ok {
			return n, t, true
		}
	}
	return "", ir.Type{}, false
}

// defaultsNote says which of fields config.json did not have, so their
// value is a default: " (default: field missing)" for one field.
func defaultsNote(b *Base, fields []string) string {
	var missing []string
	for _, f := range fields {
		if !b.HasField(f) {
			missing = append(missing, f)
		}
	}
	switch {
	case len(missing) == 0:
		return ""
	case len(fields) == 1:
		return " (default: field missing)"
	}
	return " (" + strings.Join(missing, ", ") + ": default, field missing)"
}

// withPrefix lists name under prefix, then bare (a base-model checkpoint
// has no prefix).
func withPrefix(prefix, name string) []string { return []string{prefix + name, name} }

// WeightDims implements WeightDimensioned for GPT-2 (Conv1D weights are
// stored (in, out)).
func (c *GPT2Config) WeightDims() ([]WeightDim, []LayerCount) {
	p := func(n string) []string { return withPrefix("transformer.", n) }
	inner := WeightDim{p("h.0.mlp.c_fc.weight"), 1, "n_inner", []string{"n_inner"}, c.Inner}
	if c.NInner == nil {
		inner.Expr, inner.Fields = fmt.Sprintf("4 * n_embd = 4 * %d (n_inner is null)", c.NEmbd), []string{"n_embd"}
	}
	return []WeightDim{
			{p("wte.weight"), 1, "n_embd", []string{"n_embd"}, c.NEmbd},
			{p("wte.weight"), 0, "vocab_size", []string{"vocab_size"}, c.VocabSize},
			{p("wpe.weight"), 0, "n_positions", []string{"n_positions"}, c.NPositions},
			{p("h.0.attn.c_attn.weight"), 1, fmt.Sprintf("3 * n_embd = 3 * %d", c.NEmbd), []string{"n_embd"}, 3 * c.NEmbd},
			inner,
		}, []LayerCount{
			{"n_layer", c.NLayer, p("h.%d.ln_1.weight")},
		}
}

// WeightDims implements WeightDimensioned for BERT, RoBERTa and
// DistilBERT (each under its prefix, with its config field names).
func (c *BertConfig) WeightDims() ([]WeightDim, []LayerCount) {
	v := c.variant()
	p := func(n string) []string { return withPrefix(v.prefix+".", n) }
	hidden, inter, layers := "hidden_size", "intermediate_size", "num_hidden_layers"
	if c.kind == kindDistilBert {
		hidden, inter, layers = "dim", "hidden_dim", "n_layers"
	}
	dims := []WeightDim{
		{p("embeddings.word_embeddings.weight"), 1, hidden, []string{hidden}, c.Hidden},
		{p("embeddings.word_embeddings.weight"), 0, "vocab_size", []string{"vocab_size"}, c.VocabSize},
		{p("embeddings.position_embeddings.weight"), 0, "max_position_embeddings", []string{"max_position_embeddings"}, c.MaxPositions},
		{p(v.layers + ".0." + v.names.fc1 + ".weight"), 0, inter, []string{inter}, c.Intermediate},
	}
	if v.tokenTypes {
		dims = append(dims, WeightDim{p("embeddings.token_type_embeddings.weight"), 0, "type_vocab_size", []string{"type_vocab_size"}, c.TypeVocabSize})
	}
	if c.NumLabels > 0 {
		cls := []string{"classifier.weight"}
		if c.kind == kindRoberta {
			cls = append(cls, "classifier.out_proj.weight") // RobertaClassificationHead
		}
		dims = append(dims, WeightDim{cls, 0, "the number of labels (id2label, else num_labels)", nil, c.NumLabels})
	}
	return dims, []LayerCount{{layers, c.Layers, p(v.layers + ".%d." + v.names.q + ".weight")}}
}

// WeightDims implements WeightDimensioned for the shared decoder, by its
// family's layout (Linear weights are stored (out, in)).
func (c *DecoderConfig) WeightDims() ([]WeightDim, []LayerCount) {
	names := c.Layout.names()
	p := func(n string) []string { return withPrefix(names.Model+".", n) }
	attn := "layers.0." + names.Attn + "."
	qkv := WeightDim{p(attn + "q_proj.weight"), 0, fmt.Sprintf("num_attention_heads * head_dim = %d * %d", c.Heads, c.HeadDim),
		[]string{"num_attention_heads", "head_dim"}, c.Heads * c.HeadDim}
	kv := []WeightDim{{p(attn + "k_proj.weight"), 0, fmt.Sprintf("num_key_value_heads * head_dim = %d * %d", c.KVHeads, c.HeadDim),
		[]string{"num_key_value_heads", "head_dim"}, c.KVHeads * c.HeadDim}}
	switch c.Layout.QKV {
	case QKVFused:
		qkv = WeightDim{p(attn + "qkv_proj.weight"), 0,
			fmt.Sprintf("(num_attention_heads + 2 * num_key_value_heads) * head_dim = (%d + 2 * %d) * %d", c.Heads, c.KVHeads, c.HeadDim),
			[]string{"num_attention_heads", "num_key_value_heads", "head_dim"}, (c.Heads + 2*c.KVHeads) * c.HeadDim}
		kv = nil
	case QKVHeadInterleaved:
		qkv = WeightDim{p(attn + "query_key_value.weight"), 0, fmt.Sprintf("3 * hidden_size = 3 * %d", c.Hidden),
			[]string{"hidden_size"}, 3 * c.Hidden}
		kv = nil
	}
	mlp := WeightDim{p("layers.0.mlp.gate_proj.weight"), 0, "intermediate_size", []string{"intermediate_size"}, c.Intermediate}
	switch c.Layout.MLP {
	case MLPGatedFused:
		mlp = WeightDim{p("layers.0.mlp.gate_up_proj.weight"), 0, fmt.Sprintf("2 * intermediate_size = 2 * %d", c.Intermediate),
			[]string{"intermediate_size"}, 2 * c.Intermediate}
	case MLPPlain:
		mlp.Names = p("layers.0.mlp.dense_h_to_4h.weight")
	}
	dims := []WeightDim{
		{p(names.Embed + ".weight"), 1, "hidden_size", []string{"hidden_size"}, c.Hidden},
		{p(names.Embed + ".weight"), 0, "vocab_size", []string{"vocab_size"}, c.VocabSize},
		qkv,
	}
	dims = append(append(dims, kv...), mlp)
	dims = append(dims, c.moeWeightDims()...)
	return dims, []LayerCount{{"num_hidden_layers", c.Layers, p("layers.%d.input_layernorm.weight")}}
}
