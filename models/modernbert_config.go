package models

import (
	"encoding/json"
	"fmt"

	"github.com/kiln-ml/kiln/frontend/nn"
)

// ModernBertConfig is config.json of model_type "modernbert"
// (transformers' ModernBertConfig). Absent fields take transformers'
// defaults (ModernBERT-base). A parsed ModernBertConfig has positive
// sizes, Hidden divisible by Heads, known activations, one layer type per
// layer, a positive LocalAttention (the window reaches LocalAttention/2
// keys, rounded down, on each side), checked ropes and NumLabels >= 1.
type ModernBertConfig struct {
	Base
	Hidden       int     `json:"hidden_size"`             // C
	Layers       int     `json:"num_hidden_layers"`       // encoder layers
	Heads        int     `json:"num_attention_heads"`     // H (head_dim = C / H)
	Intermediate int     `json:"intermediate_size"`       // I: Wi is (2I, C), Wo (C, I)
	Act          string  `json:"hidden_activation"`       // the GLU's activation (ACT2FN name)
	MaxPositions int     `json:"max_position_embeddings"` // trained length (rotary: longer runs with a warning)
	NormEps      float64 `json:"norm_eps"`                // every LayerNorm's epsilon
	NormBias     bool    `json:"norm_bias"`               // LayerNorms have a bias
	AttnBias     bool    `json:"attention_bias"`          // Wqkv and attn.Wo have biases
	MLPBias      bool    `json:"mlp_bias"`                // mlp.Wi and mlp.Wo have biases
	DecoderBias  bool    `json:"decoder_bias"`            // the MLM decoder has a bias
	// ClassifierBias is the bias of head.dense (the prediction head every
	// task head shares); ClassifierAct its activation.
	ClassifierBias bool   `json:"classifier_bias"`
	ClassifierAct  string `json:"classifier_activation"`
	// ClassifierPooling is "cls" (the first token) or "mean" (the mean of
	// the tokens the attention mask keeps) for sequence classification.
	ClassifierPooling string `json:"classifier_pooling"`
	// LocalAttention is the total width of a sliding layer's window: a
	// query at i sees keys j with |i - j| <= LocalAttention/2.
	LocalAttention int `json:"local_attention"`
	// GlobalAttnEveryN makes layer i global when i % n == 0 (the others
	// slide), when config.json has no layer_types.
	GlobalAttnEveryN int `json:"global_attn_every_n_layers"`
	// LayerTypes is "full_attention" or "sliding_attention" per layer.
	LayerTypes []string `json:"layer_types"`
	// GlobalRope and LocalRope are the rotary embeddings of the full and
	// the sliding layers: transformers 5's rope_parameters.full_attention
	// / .sliding_attention, or transformers 4's global_rope_theta
	// (default 160000) and local_rope_theta (default 10000; null: the
	// global theta).
	GlobalRope Rope `json:"-"`
	LocalRope  Rope `json:"-"`

	// Dropout probabilities (training mode only; transformers' default 0):
	// after the embeddings' norm, on the attention probabilities and after
	// attn.Wo, inside the MLP before Wo, before the classifier.
	EmbeddingDropout  float64 `json:"embedding_dropout"`
	AttentionDropout  float64 `json:"attention_dropout"`
	MLPDropout        float64 `json:"mlp_dropout"`
	ClassifierDropout float64 `json:"classifier_dropout"`

	// ID2Label, Label2ID, NumLabels and ProblemType are as in BertConfig.
	ID2Label    map[int]string `json:"-"`
	Label2ID    map[string]int `json:"label2id"`
	NumLabels   int            `json:"-"`
	ProblemType string         `json:"problem_type"`
}

// Common implements Config.
func (c *ModernBertConfig) Common() *Base { return &c.Base }

// HeadDim is hidden_size / num_attention_heads.
func (c *ModernBertConfig) HeadDim() int { return c.Hidden / c.Heads }

// Label returns the name of class i (id2label), or "LABEL_i".
func (c *ModernBertConfig) Label(i int) string {
	if s, ok := c.ID2Label[i]; ok {
		return s
	}
	return fmt.Sprintf("LABEL_%d", i)
}

// Sliding reports whether layer i uses the local (sliding-window) attention.
func (c *ModernBertConfig) Sliding(i int) bool { return c.LayerTypes[i] == "sliding_attention" }

// PositionTable implements PositionLimited: rotary positions, trained up
// to max_position_embeddings.
func (c *ModernBertConfig) PositionTable() PositionTable {
	return PositionTable{Field: "max_position_embeddings", Max: c.MaxPositions}
}

// WeightDims implements WeightDimensioned.
func (c *ModernBertConfig) WeightDims() ([]WeightDim, []LayerCount) {
	p := func(n string) []string { return withPrefix("model.", n) }
	dims := []WeightDim{
		{p("embeddings.tok_embeddings.weight"), 1, "hidden_size", []string{"hidden_size"}, c.Hidden},
		{p("embeddings.tok_embeddings.weight"), 0, "vocab_size", []string{"vocab_size"}, c.VocabSize},
		{p("layers.0.mlp.Wo.weight"), 1, "intermediate_size", []string{"intermediate_size"}, c.Intermediate},
	}
	if c.NumLabels > 0 {
		dims = append(dims, WeightDim{[]string{"classifier.weight"}, 0, "the number of labels (id2label, else num_labels)", nil, c.NumLabels})
	}
	return dims, []LayerCount{{"num_hidden_layers", c.Layers, p("layers.%d.attn.Wqkv.weight")}}
}

// parseModernBertConfig decodes and checks a ModernBERT config.json;
// errors name file and the field.
func parseModernBertConfig(data []byte, file string) (*ModernBertConfig, error) {
	c := &ModernBertConfig{Hidden: 768, Layers: 22, Heads: 12, Intermediate: 1152, Act: "gelu", MaxPositions: 8192,
		NormEps: 1e-5, DecoderBias: true, ClassifierAct: "gelu", ClassifierPooling: "cls", LocalAttention: 128,
		GlobalAttnEveryN: 3}
	c.VocabSize = 50368
	raw, err := decodeConfig(data, file, c, &c.Base)
	if err != nil {
		return nil, err
	}
	if c.PadTokenID == nil {
		pad := 50283
		c.PadTokenID = &pad
	}
	if err := checkPositive(file, intField{"hidden_size", c.Hidden}, intField{"num_hidden_layers", c.Layers},
		intField{"num_attention_heads", c.Heads}, intField{"intermediate_size", c.Intermediate},
		intField{"max_position_embeddings", c.MaxPositions}, intField{"vocab_size", c.VocabSize},
		intField{"local_attention", c.LocalAttention}, intField{"global_attn_every_n_layers", c.GlobalAttnEveryN}); err != nil {
		return nil, err
	}
	if c.Hidden%c.Heads != 0 {
		return nil, fmt.Errorf("%s: field hidden_size %d is not a multiple of num_attention_heads %d", file, c.Hidden, c.Heads)
	}
	if c.HeadDim()%2 != 0 {
		return nil, fmt.Errorf("%s: head_dim = hidden_size / num_attention_heads = %d must be even for rotary embeddings", file, c.HeadDim())
	}
	if err := checkEps(file, "norm_eps", c.NormEps); err != nil {
		return nil, err
	}
	if err := checkProb(file, probField{"embedding_dropout", c.EmbeddingDropout}, probField{"attention_dropout", c.AttentionDropout},
		probField{"mlp_dropout", c.MLPDropout}, probField{"classifier_dropout", c.ClassifierDropout}); err != nil {
		return nil, err
	}
	if _, err := nn.Activation(c.Act); err != nil {
		return nil, fmt.Errorf("%s: field hidden_activation: %w", file, err)
	}
	if _, err := nn.Activation(c.ClassifierAct); err != nil {
		return nil, fmt.Errorf("%s: field classifier_activation: %w", file, err)
	}
	if c.ClassifierPooling != "cls" && c.ClassifierPooling != "mean" {
		return nil, fmt.Errorf("%s: field classifier_pooling: %q is not \"cls\" or \"mean\"", file, c.ClassifierPooling)
	}
	switch c.ProblemType {
	case "", "regression", "single_label_classification", "multi_label_classification":
	default:
		return nil, fmt.Errorf("%s: field problem_type: %q is not one of regression, single_label_classification, multi_label_classification", file, c.ProblemType)
	}
	if err := c.parseLayerTypes(file); err != nil {
		return nil, err
	}
	if err := c.parseRopes(raw, file); err != nil {
		return nil, err
	}
	c.ID2Label, c.NumLabels, err = parseLabelFields(raw, file)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// parseLayerTypes checks layer_types, or fills it as transformers does
// from global_attn_every_n_layers (layer i slides unless i % n == 0).
func (c *ModernBertConfig) parseLayerTypes(file string) error {
	if c.LayerTypes == nil {
		c.LayerTypes = make([]string, c.Layers)
		for i := range c.LayerTypes {
			c.LayerTypes[i] = "full_attention"
			if i%c.GlobalAttnEveryN != 0 {
				c.LayerTypes[i] = "sliding_attention"
			}
		}
		return nil
	}
	if len(c.LayerTypes) != c.Layers {
		return fmt.Errorf("%s: field layer_types has %d entries for num_hidden_layers %d", file, len(c.LayerTypes), c.Layers)
	}
	for i, t := range c.LayerTypes {
		if t != "full_attention" && t != "sliding_attention" {
			return fmt.Errorf("%s: field layer_types[%d]: layer type %q is not supported (full_attention, sliding_attention)", file, i, t)
		}
	}
	return nil
}

// parseRopes reads the two rotary embeddings: transformers 5's
// rope_parameters keyed by layer type, each a rope object (rope_type,
// rope_theta, scaling fields; a single rope object applies to both); else
// transformers 4's global_rope_theta
// and local_rope_theta with rope_scaling (if any) applied to both.
func (c *ModernBertConfig) parseRopes(raw map[string]json.RawMessage, file string) error {
	theta := func(field string, def float64) (float64, bool, error) {
		b, ok := raw[field]
		if !ok {
			return def, true, nil
		}
		if isNull(b) {
			return 0, false, nil
		}
		var t float64
		if err := json.Unmarshal(b, &t); err != nil {
			return 0, false, fmt.Errorf("%s: field %s: want a number, got %s", file, field, b)
		}
		return t, true, nil
	}
	global, _, err := theta("global_rope_theta", 160000)
	if err != nil {
		return err
	}
	local, ok, err := theta("local_rope_theta", 10000)
	if err != nil {
		return err
	}
	if !ok {
		local = global // transformers 4: a null local_rope_theta uses the global one
	}
	if p, ok := raw["rope_parameters"]; ok && !isNull(p) {
		var byType map[string]json.RawMessage
		if err := json.Unmarshal(p, &byType); err != nil {
			return fmt.Errorf("%s: field rope_parameters: want an object keyed by layer type: %v", file, err)
		}
		_, flatType := byType["rope_type"]
		_, flatTheta := byType["rope_theta"]
		if flatType || flatTheta { // one rope object for both layer types
			byType = map[string]json.RawMessage{"full_attention": p, "sliding_attention": p}
		}
		for _, lt := range []struct {
			key   string
			dst   *Rope
			theta float64
		}{{"full_attention", &c.GlobalRope, global}, {"sliding_attention", &c.LocalRope, local}} {
			*lt.dst = Rope{Theta: lt.theta}
			field := "rope_parameters." + lt.key
			if b, ok := byType[lt.key]; ok && !isNull(b) {
				if err := json.Unmarshal(b, lt.dst); err != nil {
					return fmt.Errorf("%s: field %s: %v", file, field, err)
				}
			}
			if err := lt.dst.check(file, field); err != nil {
				return err
			}
		}
		return nil
	}
	scaling := map[string]json.RawMessage{}
	if b, ok := raw["rope_scaling"]; ok {
		scaling["rope_scaling"] = b
	}
	base, err := parseRopeWithTheta(scaling, file, global)
	if err != nil {
		return err
	}
	c.GlobalRope, c.LocalRope = base, base
	c.LocalRope.Theta = local
	return c.LocalRope.check(file, "local_rope_theta")
}
