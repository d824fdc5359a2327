package models

import (
	"fmt"

	"github.com/kiln-ml/kiln/frontend/nn"
)

// DistilBERT: BERT (bert.go) without token types or pooler, its weights
// under "distilbert." with its own names (transformer.layer.N.attention.
// q_lin, sa_layer_norm, ffn.lin1, output_layer_norm ...), every LayerNorm
// at epsilon 1e-12, and its heads: vocab_transform -> activation ->
// vocab_layer_norm -> vocab_projector (tied) for masked LM; pre_classifier
// -> ReLU -> classifier on [CLS] for sequence classification.
func init() {
	mustRegister(Family{
		ModelType: "distilbert",
		ParseConfig: func(data []byte, file string) (Config, error) {
			return parseDistilBertConfig(data, file)
		},
		Architectures: bertHeads("DistilBert"),
		DefaultArch:   "DistilBertModel",
	})
}

// distilBertFields are config.json's DistilBERT names (transformers'
// DistilBertConfig), decoded before they are mapped onto a BertConfig.
type distilBertFields struct {
	Dim               int     `json:"dim"`
	Layers            int     `json:"n_layers"`
	Heads             int     `json:"n_heads"`
	HiddenDim         int     `json:"hidden_dim"`
	Activation        string  `json:"activation"`
	MaxPositions      int     `json:"max_position_embeddings"`
	Dropout           float64 `json:"dropout"`
	AttentionDropout  float64 `json:"attention_dropout"`
	QADropout         float64 `json:"qa_dropout"`
	SeqClassifDropout float64 `json:"seq_classif_dropout"`
	ProblemType       string  `json:"problem_type"`
}

// parseDistilBertConfig decodes a DistilBERT config.json into a
// BertConfig: hidden_size is dim, intermediate_size hidden_dim,
// num_hidden_layers n_layers, num_attention_heads n_heads, hidden_act
// activation, the dropouts dropout / attention_dropout /
// seq_classif_dropout (the sequence classifier's) / qa_dropout, and
// there are no token types (TypeVocabSize 0). Absent fields take
// DistilBertConfig's defaults; errors name file and the DistilBERT field.
func parseDistilBertConfig(data []byte, file string) (*BertConfig, error) {
	d := distilBertFields{Dim: 768, Layers: 6, Heads: 12, HiddenDim: 3072, Activation: "gelu", MaxPositions: 512,
		Dropout: 0.1, AttentionDropout: 0.1, QADropout: 0.1, SeqClassifDropout: 0.2}
	c := &BertConfig{kind: kindDistilBert, LayerNormEps: 1e-12, PositionEmbeddingType: "absolute"}
	c.VocabSize = 30522
	if _, err := decodeConfig(data, file, &d, &c.Base); err != nil {
		return nil, err
	}
	// Base's fields (vocab_size, pad_token_id, tie_word_embeddings ...)
	// and label2id; BERT's own names are not DistilBERT's and are set below.
	raw, err := decodeConfig(data, file, c, &c.Base)
	if err != nil {
		return nil, err
	}
	if c.PadTokenID == nil {
		zero := 0
		c.PadTokenID = &zero
	}
	if err := checkPositive(file, intField{"dim", d.Dim}, intField{"n_layers", d.Layers}, intField{"n_heads", d.Heads},
		intField{"hidden_dim", d.HiddenDim}, intField{"max_position_embeddings", d.MaxPositions}, intField{"vocab_size", c.VocabSize}); err != nil {
		return nil, err
	}
	if d.Dim%d.Heads != 0 {
		return nil, fmt.Errorf("%s: field dim %d is not a multiple of n_heads %d", file, d.Dim, d.Heads)
	}
	if err := checkProb(file, probField{"dropout", d.Dropout}, probField{"attention_dropout", d.AttentionDropout},
		probField{"qa_dropout", d.QADropout}, probField{"seq_classif_dropout", d.SeqClassifDropout}); err != nil {
		return nil, err
	}
	if _, err := nn.Activation(d.Activation); err != nil {
		return nil, fmt.Errorf("%s: field activation: %w", file, err)
	}
	switch d.ProblemType {
	case "", "regression", "single_label_classification", "multi_label_classification":
	default:
		return nil, fmt.Errorf("%s: field problem_type: %q is not one of regression, single_label_classification, multi_label_classification", file, d.ProblemType)
	}
	c.Hidden, c.Layers, c.Heads, c.Intermediate, c.Act, c.MaxPositions = d.Dim, d.Layers, d.Heads, d.HiddenDim, d.Activation, d.MaxPositions
	c.HiddenDropout, c.AttentionDropout, c.qaDropout, c.ProblemType = d.Dropout, d.AttentionDropout, d.QADropout, d.ProblemType
	seq := d.SeqClassifDropout
	c.ClassifierDropout = &seq
	if err := c.parseLabels(raw, file); err != nil {
		return nil, err
	}
	return c, nil
}
