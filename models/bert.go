package models

import (
	"fmt"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// BERT: word + absolute position + token-type embeddings -> LayerNorm,
// then post-norm encoder layers (attention -> residual -> LayerNorm ->
// MLP -> residual -> LayerNorm) with bidirectional attention under the
// padding mask. Heads: the pooler (tanh(dense(h[:, 0]))), the masked-LM
// head (tied to the word embeddings), a sequence classifier, a token
// classifier and the extractive question-answering head. RoBERTa,
// XLM-RoBERTa (roberta.go) and DistilBERT (distilbert.go) are this model
// with other weight names, positions and heads (bertVariant).
func init() {
	mustRegister(Family{
		ModelType: "bert",
		ParseConfig: func(data []byte, file string) (Config, error) {
			return parseBertConfig(data, file)
		},
		Architectures: bertHeads("Bert"),
		DefaultArch:   "BertModel",
	})
}

// BertConfig is config.json of model_type "bert" (transformers'
// BertConfig). Absent fields take transformers' defaults (bert-base). A
// parsed BertConfig has positive sizes, Hidden divisible by Heads, a known
// activation, absolute position embeddings, and NumLabels >= 1.
type BertConfig struct {
	Base
	Hidden        int     `json:"hidden_size"`             // C
	Layers        int     `json:"num_hidden_layers"`       // encoder layers
	Heads         int     `json:"num_attention_heads"`     // H (head_dim = C / H)
	Intermediate  int     `json:"intermediate_size"`       // feed-forward width
	Act           string  `json:"hidden_act"`              // ACT2FN name, also used by the MLM head transform
	MaxPositions  int     `json:"max_position_embeddings"` // rows of position_embeddings: the longest sequence
	TypeVocabSize int     `json:"type_vocab_size"`         // rows of token_type_embeddings
	LayerNormEps  float64 `json:"layer_norm_eps"`          // every LayerNorm's epsilon
	// PositionEmbeddingType must be "absolute" (the relative variants are
	// not supported).
	PositionEmbeddingType string `json:"position_embedding_type"`
	// IsDecoder (causal BERT, BertLMHeadModel) is not supported: the parser
	// rejects true.
	IsDecoder bool `json:"is_decoder"`

	// ID2Label names each class of a classification head, by index; read
	// from config.json's id2label (decimal-string keys). Nil when absent.
	ID2Label map[int]string `json:"-"`
	// Label2ID is config.json's label2id, the inverse mapping (nil when absent).
	Label2ID map[string]int `json:"label2id"`
	// NumLabels is the classifier's output size: len(id2label) when the
	// config has id2label (it wins over num_labels, as in transformers),
	// else num_labels, else 2.
	NumLabels int `json:"-"`
	// ProblemType is "regression", "single_label_classification",
	// "multi_label_classification" or "" (unset); it selects the training
	// loss in transformers and does not change the logits.
	ProblemType string `json:"problem_type"`

	// kind is the family the config was parsed for (BERT, RoBERTa or
	// XLM-RoBERTa, DistilBERT): it picks the weight names, positions and
	// heads (variant). The zero value is BERT.
	kind bertKind
	// qaDropout is DistilBERT's qa_dropout, the dropout before its
	// qa_outputs (BERT and RoBERTa have none there).
	qaDropout float64

	// NoPooler drops the pooler from BertModel (transformers'
	// add_pooling_layer=False): set it on a copy of the config before New
	// to run the encoder of a checkpoint that has no pooler weights, such
	// as a BertForMaskedLM one. BertForMaskedLM never has a pooler;
	// BertForSequenceClassification needs it (New refuses NoPooler).
	NoPooler bool `json:"-"`

	// Dropout probabilities (training mode only, Spec.Dropout; absent:
	// transformers' 0.1): HiddenDropout after the embeddings' LayerNorm
	// and before each residual LayerNorm, AttentionDropout on the
	// attention probabilities, ClassifierDropout before the classifier of
	// the sequence and token classifiers (null: HiddenDropout).
	HiddenDropout     float64  `json:"hidden_dropout_prob"`
	AttentionDropout  float64  `json:"attention_probs_dropout_prob"`
	ClassifierDropout *float64 `json:"classifier_dropout"`
}

// classifierDropout resolves ClassifierDropout (null: HiddenDropout), as
// BertForSequenceClassification does.
func (c *BertConfig) classifierDropout() float64 {
	if c.ClassifierDropout != nil {
		return *c.ClassifierDropout
	}
	return c.HiddenDropout
}

// Common implements Config.
func (c *BertConfig) Common() *Base { return &c.Base }

// HeadDim is hidden_size / num_attention_heads.
func (c *BertConfig) HeadDim() int { return c.Hidden / c.Heads }

// Label returns the name of class i (id2label), or "LABEL_i" as
// transformers names classes of a config without id2label.
func (c *BertConfig) Label(i int) string {
	if s, ok := c.ID2Label[i]; ok {
		return s
	}
	return fmt.Sprintf("LABEL_%d", i)
}

// parseBertConfig decodes and checks a BERT config.json; errors name file
// and the field.
func parseBertConfig(data []byte, file string) (*BertConfig, error) {
	return parseBertLike(data, file, kindBert, 30522)
}

// parseBertLike parses a config.json with BERT's fields for a family of
// kind (BERT or RoBERTa) whose default vocab_size is vocab.
func parseBertLike(data []byte, file string, kind bertKind, vocab int) (*BertConfig, error) {
	c := &BertConfig{
		Hidden: 768, Layers: 12, Heads: 12, Intermediate: 3072, Act: "gelu",
		MaxPositions: 512, TypeVocabSize: 2, LayerNormEps: 1e-12,
		HiddenDropout: 0.1, AttentionDropout: 0.1, kind: kind,
	}
	c.VocabSize = vocab
	raw, err := decodeConfig(data, file, c, &c.Base)
	if err != nil {
		return nil, err
	}
	if err := c.checkRoberta(file); err != nil {
		return nil, err
	}
	if err := checkPositive(file, intField{"hidden_size", c.Hidden}, intField{"num_hidden_layers", c.Layers},
		intField{"num_attention_heads", c.Heads}, intField{"intermediate_size", c.Intermediate},
		intField{"max_position_embeddings", c.MaxPositions}, intField{"type_vocab_size", c.TypeVocabSize},
		intField{"vocab_size", c.VocabSize}); err != nil {
		return nil, err
	}
	if c.Hidden%c.Heads != 0 {
		return nil, fmt.Errorf("%s: field hidden_size %d is not a multiple of num_attention_heads %d", file, c.Hidden, c.Heads)
	}
	if err := checkEps(file, "layer_norm_eps", c.LayerNormEps); err != nil {
		return nil, err
	}
	if err := checkProb(file, probField{"hidden_dropout_prob", c.HiddenDropout},
		probField{"attention_probs_dropout_prob", c.AttentionDropout}, probField{"classifier_dropout", c.classifierDropout()}); err != nil {
		return nil, err
	}
	if _, err := nn.Activation(c.Act); err != nil {
		return nil, fmt.Errorf("%s: field hidden_act: %w", file, err)
	}
	if c.PositionEmbeddingType != "" && c.PositionEmbeddingType != "absolute" {
		return nil, fmt.Errorf("%s: field position_embedding_type: %q is not supported (only \"absolute\")", file, c.PositionEmbeddingType)
	}
	if c.IsDecoder {
		return nil, fmt.Errorf("%s: field is_decoder: causal BERT is not supported", file)
	}
	switch c.ProblemType {
	case "", "regression", "single_label_classification", "multi_label_classification":
	default:
		return nil, fmt.Errorf("%s: field problem_type: %q is not one of regression, single_label_classification, multi_label_classification", file, c.ProblemType)
	}
	if err := c.parseLabels(raw, file); err != nil {
		return nil, err
	}
	return c, nil
}

// bert is one architecture (base model or a head) of a BERT-like family.
type bert struct {
	cfg  *BertConfig
	arch string
	task Task
}

func newBert(arch string, task Task) func(Config) (Model, error) {
	return func(c Config) (Model, error) {
		bc, ok := c.(*BertConfig)
		if !ok {
			return nil, fmt.Errorf("%s: config is %T, want *models.BertConfig", arch, c)
		}
		if bc.NoPooler && task == TaskSequenceClassification && bc.kind == kindBert {
			return nil, fmt.Errorf("%s classifies the pooled output: it cannot be built with NoPooler", arch)
		}
		if task == TaskQuestionAnswering && bc.NumLabels != 2 {
			return nil, fmt.Errorf("%s: the question-answering head has 2 outputs (start, end logits), but the config has %d labels (num_labels / id2label)", arch, bc.NumLabels)
		}
		return &bert{cfg: bc, arch: arch, task: task}, nil
	}
}

func (m *bert) Arch() string   { return m.arch }
func (m *bert) Config() Config { return m.cfg }
func (m *bert) Task() Task     { return m.task }

// WeightAliases: the MLM decoder's bias is the head's bias parameter,
// which transformers 4 checkpoints may store (also) as the decoder's
// bias; with tied embeddings the decoder weight is the word embedding
// itself (one parameter, one copy).
func (m *bert) WeightAliases() map[string][]string {
	if m.task != TaskMaskedLM {
		return nil
	}
	n := m.cfg.variant().mlm
	a := map[string][]string{}
	if n.decoderBias != n.bias {
		a[n.bias] = []string{n.decoderBias}
	}
	if m.cfg.Tied() {
		a[m.cfg.variant().prefix+".embeddings.word_embeddings.weight"] = []string{n.decoder}
	}
	return a
}

// Build emits the encoder for spec (no KV cache). Inputs: input_ids and
// attention_mask, (B, T) int64, and token_type_ids (B, T) for the
// families with token types (BERT, RoBERTa). Outputs: last_hidden_state
// (B, T, C) always; pooler_output (B, C) with a pooler (BertModel and
// RobertaModel unless NoPooler, BertForSequenceClassification); logits
// (B, T, V) for the MLM head, (B, labels) for the sequence classifier,
// (B, T, labels) for the token classifier; start_logits and end_logits
// (B, T) for question answering.
func (m *bert) Build(g *frontend.Graph, spec Spec, dt ir.DType) error {
	if err := spec.validate(); err != nil {
		return err
	}
	c := m.cfg
	v := c.variant()
	if spec.Cache > 0 {
		return fmt.Errorf("%s is an encoder: it has no KV cache (spec %s)", m.arch, spec)
	}
	if spec.Labels && m.task == TaskQuestionAnswering {
		return fmt.Errorf("%s: training the question-answering head (start_positions, end_positions) is not supported", m.arch)
	}
	if _, err := CheckPositions(c, spec.Seq); err != nil {
		return fmt.Errorf("%s: %w", m.arch, err)
	}
	act, err := nn.Activation(c.Act)
	if err != nil {
		return err
	}
	ids := g.Param(InputIDs, ir.Int64, spec.Batch, spec.Seq) // (B, T)
	var mask *frontend.Tensor                                // (B, T); nil with spec.NoPadding
	if !spec.NoPadding {
		mask = g.Param(InputAttentionMask, ir.Int64, spec.Batch, spec.Seq)
	}
	var types *frontend.Tensor // (B, T); nil for DistilBERT
	if v.tokenTypes {
		types = g.Param(InputTokenTypeIDs, ir.Int64, spec.Batch, spec.Seq)
	}

	root := nn.NewScope(g, dt)
	s := root.Sub(v.prefix)
	e := s.Sub("embeddings")
	word := nn.NewEmbedding(e.Sub("word_embeddings"), c.VocabSize, c.Hidden)
	pos := nn.NewEmbedding(e.Sub("position_embeddings"), c.MaxPositions, c.Hidden)
	drop := newDropout(g, spec)
	h := neftune(drop, spec, word.Forward(ids), mask) // (B, T, C)
	if types != nil {
		h = h.Add(nn.NewEmbedding(e.Sub("token_type_embeddings"), c.TypeVocabSize, c.Hidden).Forward(types))
	}
	if v.paddingPositions {
		h = h.Add(pos.Forward(paddingOffsetPositions(g, ids, c.Pad(1)))) // + (B, T, C)
	} else {
		h = h.Add(pos.Forward(g.Arange(ir.Int64, spec.Seq))) // + (T, C)
	}
	h = nn.NewLayerNorm(e.Sub("LayerNorm"), c.Hidden, c.LayerNormEps, nn.LayerNormOptions{}).Forward(h) // (B, T, C)
	h = drop.Apply(h, c.HiddenDropout)
	hs := hiddenStates{on: spec.HiddenStates}
	layers := s.Sub(v.layers)
	for i := 0; i < c.Layers; i++ {
		hs.add(markBoundary(h, i))
		h = m.layer(layers.Index(i), h, mask, act, drop)
	}
	hs.add(markBoundary(h, c.Layers))
	outs := []frontend.Output{frontend.Out(OutputLastHidden, h)}
	if m.hasPooler() {
		first := h.Slice(frontend.All(), frontend.R(0, 1)).Squeeze(1)                                        // (B, C)
		pooled := nn.NewLinear(s.Sub("pooler").Sub("dense"), c.Hidden, c.Hidden, true).Forward(first).Tanh() // (B, C)
		outs = append(outs, frontend.Out(OutputPooler, pooled))
	}
	head := m.head(g, spec, dt, root, h, word.Weight, outs, act, drop)
	g.Return(append(head, hs.outs...)...)
	return nil
}

// hasPooler says whether the program computes pooler_output: the base
// models of BERT and RoBERTa (unless NoPooler) and BERT's sequence
// classifier, which classifies it.
func (m *bert) hasPooler() bool {
	if m.cfg.kind == kindDistilBert {
		return false
	}
	return m.task == TaskBase && !m.cfg.NoPooler || m.task == TaskSequenceClassification && m.cfg.kind == kindBert
}

// layer is one post-norm encoder layer (BertLayer, DistilBERT's
// TransformerBlock): self-attention over the unmasked keys, then the
// feed-forward block, each followed by residual + LayerNorm.
func (m *bert) layer(s *nn.Scope, h, mask *frontend.Tensor, act nn.ActFn, drop *nn.Dropout) *frontend.Tensor {
	c := m.cfg
	n := c.variant().names
	lin := func(name string, in, out int) *nn.Linear { return nn.NewLinear(s.Sub(name), in, out, true) }
	ln := func(name string) *nn.LayerNorm {
		return nn.NewLayerNorm(s.Sub(name), c.Hidden, c.LayerNormEps, nn.LayerNormOptions{})
	}
	q := nn.SplitHeads(lin(n.q, c.Hidden, c.Hidden).Forward(h), c.Heads)                                    // (B, H, T, D)
	k := nn.SplitHeads(lin(n.k, c.Hidden, c.Hidden).Forward(h), c.Heads)                                    // (B, H, T, D)
	v := nn.SplitHeads(lin(n.v, c.Hidden, c.Hidden).Forward(h), c.Heads)                                    // (B, H, T, D)
	o := nn.MergeHeads(attention(drop, c.AttentionDropout, q, k, v, frontend.AttentionOptions{Mask: mask})) // (B, T, C)
	o = lin(n.out, c.Hidden, c.Hidden).Forward(o)                                                           // (B, T, C)
	if c.variant().attnOutDropout {
		o = drop.Apply(o, c.HiddenDropout)
	}
	h = ln(n.attnNorm).Forward(o.Add(h)) // (B, T, C)

	x := act(lin(n.fc1, c.Hidden, c.Intermediate).Forward(h))                                                         // (B, T, I)
	return ln(n.outNorm).Forward(drop.Apply(lin(n.fc2, c.Intermediate, c.Hidden).Forward(x), c.HiddenDropout).Add(h)) // (B, T, C)
}
