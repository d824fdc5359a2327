package models

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/kiln-ml/kiln/frontend/nn"
)

// CLIPConfig is config.json of model_type "clip" or "siglip" (transformers'
// CLIPConfig / SiglipConfig: a text_config and a vision_config), or of a
// lone tower ("clip_text_model", "clip_vision_model", "siglip_text_model",
// "siglip_vision_model"), whose fields are the tower's at the top level.
// Absent fields take transformers' defaults (openai/clip-vit-base-patch32,
// google/siglip-base-patch16-224). A parsed CLIPConfig has at least one
// tower; each tower has positive sizes, Hidden divisible by Heads, a known
// activation, and (vision) ImageSize divisible by PatchSize.
type CLIPConfig struct {
	Base
	// SigLIP is true for model_type siglip (and its towers): sigmoid
	// scoring with logit_bias, no CLS token, an attention-pooling head,
	// text pooled at the last position.
	SigLIP bool `json:"-"`
	// Text and Vision are the towers; nil when a lone-tower config lacks
	// one.
	Text   *CLIPTextConfig   `json:"-"`
	Vision *CLIPVisionConfig `json:"-"`
	// ProjectionDim is the width of CLIPModel's text_projection and
	// visual_projection (the embeddings' width). SigLIP has no projections.
	ProjectionDim int `json:"projection_dim"`
}

// CLIPTowerConfig is what the text and vision towers share.
type CLIPTowerConfig struct {
	Hidden           int     `json:"hidden_size"`         // C
	Layers           int     `json:"num_hidden_layers"`   // encoder layers
	Heads            int     `json:"num_attention_heads"` // H (head_dim = C / H)
	Intermediate     int     `json:"intermediate_size"`   // MLP width
	Act              string  `json:"hidden_act"`          // ACT2FN name
	LayerNormEps     float64 `json:"layer_norm_eps"`
	AttentionDropout float64 `json:"attention_dropout"` // on the attention probabilities, training only
	// ProjectionDim is the projection width of a lone CLIP tower built as
	// CLIP{Text,Vision}ModelWithProjection (a "clip" config's towers use
	// the top-level projection_dim, which is what its checkpoint holds).
	ProjectionDim int `json:"projection_dim"`
}

// CLIPTextConfig is text_config (transformers' CLIPTextConfig /
// SiglipTextConfig).
type CLIPTextConfig struct {
	CLIPTowerConfig
	VocabSize    int `json:"vocab_size"`
	MaxPositions int `json:"max_position_embeddings"` // rows of position_embedding: the longest text
	// EOSTokenID selects CLIP's pooled position: the first position
	// holding it, or, when it is 2 (the configs written before
	// transformers PR #24773), the position of the largest id.
	EOSTokenID int  `json:"-"`
	PadTokenID *int `json:"pad_token_id"`
	// ProjectionSize is the width of SigLIP's text head (null: Hidden).
	ProjectionSize *int `json:"projection_size"`
}

// CLIPVisionConfig is vision_config (transformers' CLIPVisionConfig /
// SiglipVisionConfig).
type CLIPVisionConfig struct {
	CLIPTowerConfig
	ImageSize int `json:"image_size"`   // square input side, pixels
	PatchSize int `json:"patch_size"`   // square patch side, pixels
	Channels  int `json:"num_channels"` // input channels (3)
	// UseHead is SigLIP's vision_use_head (null: true): the
	// attention-pooling head that makes pooler_output.
	UseHead *bool `json:"vision_use_head"`
}

// Common implements Config.
func (c *CLIPConfig) Common() *Base { return &c.Base }

// Patches is the number of patches of one image.
func (c *CLIPVisionConfig) Patches() int { g := c.ImageSize / c.PatchSize; return g * g }

// useHead resolves vision_use_head.
func (c *CLIPVisionConfig) useHead() bool { return c.UseHead == nil || *c.UseHead }

// textHeadSize resolves SigLIP's projection_size.
func (c *CLIPTextConfig) textHeadSize() int {
	if c.ProjectionSize != nil {
		return *c.ProjectionSize
	}
	return c.Hidden
}

// PositionTable implements PositionLimited: the text tower's
// position_embedding has max_position_embeddings rows.
func (c *CLIPConfig) PositionTable() PositionTable {
	if c.Text == nil {
		return PositionTable{}
	}
	return PositionTable{Field: "text_config.max_position_embeddings", Max: c.Text.MaxPositions, Learned: true}
}

func init() {
	for _, siglip := range []bool{false, true} {
		prefix, name := "clip", "CLIP"
		if siglip {
			prefix, name = "siglip", "Siglip"
		}
		both := map[string]func(Config) (Model, error){
			name + "Model":       newCLIP(name+"Model", clipBoth, false),
			name + "TextModel":   newCLIP(name+"TextModel", clipText, false),
			name + "VisionModel": newCLIP(name+"VisionModel", clipVision, false),
		}
		text := map[string]func(Config) (Model, error){name + "TextModel": both[name+"TextModel"]}
		vision := map[string]func(Config) (Model, error){name + "VisionModel": both[name+"VisionModel"]}
		if !siglip {
			for _, m := range []map[string]func(Config) (Model, error){both, text} {
				m["CLIPTextModelWithProjection"] = newCLIP("CLIPTextModelWithProjection", clipText, true)
			}
			for _, m := range []map[string]func(Config) (Model, error){both, vision} {
				m["CLIPVisionModelWithProjection"] = newCLIP("CLIPVisionModelWithProjection", clipVision, true)
			}
		}
		sig := siglip
		mustRegister(Family{ModelType: prefix, Architectures: both, DefaultArch: name + "Model",
			ParseConfig: func(data []byte, file string) (Config, error) { return parseCLIPConfig(data, file, sig, clipBoth) }})
		mustRegister(Family{ModelType: prefix + "_text_model", Architectures: text, DefaultArch: name + "TextModel",
			ParseConfig: func(data []byte, file string) (Config, error) { return parseCLIPConfig(data, file, sig, clipText) }})
		mustRegister(Family{ModelType: prefix + "_vision_model", Architectures: vision, DefaultArch: name + "VisionModel",
			ParseConfig: func(data []byte, file string) (Config, error) { return parseCLIPConfig(data, file, sig, clipVision) }})
	}
}

// clipPart says which towers a model or config has.
type clipPart int

const (
	clipBoth clipPart = iota
	clipText
	clipVision
)

// defaultCLIPText and defaultCLIPVision are transformers' defaults.
func defaultCLIPText(siglip bool) *CLIPTextConfig {
	if siglip {
		return &CLIPTextConfig{CLIPTowerConfig: CLIPTowerConfig{Hidden: 768, Layers: 12, Heads: 12, Intermediate: 3072,
			Act: "gelu_pytorch_tanh", LayerNormEps: 1e-6}, VocabSize: 32000, MaxPositions: 64, EOSTokenID: 49407}
	}
	return &CLIPTextConfig{CLIPTowerConfig: CLIPTowerConfig{Hidden: 512, Layers: 12, Heads: 8, Intermediate: 2048,
		Act: "quick_gelu", LayerNormEps: 1e-5, ProjectionDim: 512}, VocabSize: 49408, MaxPositions: 77, EOSTokenID: 49407}
}

func defaultCLIPVision(siglip bool) *CLIPVisionConfig {
	if siglip {
		return &CLIPVisionConfig{CLIPTowerConfig: CLIPTowerConfig{Hidden: 768, Layers: 12, Heads: 12, Intermediate: 3072,
			Act: "gelu_pytorch_tanh", LayerNormEps: 1e-6}, ImageSize: 224, PatchSize: 16, Channels: 3}
	}
	return &CLIPVisionConfig{CLIPTowerConfig: CLIPTowerConfig{Hidden: 768, Layers: 12, Heads: 12, Intermediate: 3072,
		Act: "quick_gelu", LayerNormEps: 1e-5, ProjectionDim: 512}, ImageSize: 224, PatchSize: 32, Channels: 3}
}

// parseCLIPConfig decodes a dual-encoder config (part clipBoth: towers in
// text_config and vision_config) or a lone tower's (fields at the top
// level). Errors name the file and the field, as text_config.hidden_size.
func parseCLIPConfig(data []byte, file string, siglip bool, part clipPart) (*CLIPConfig, error) {
	c := &CLIPConfig{SigLIP: siglip, ProjectionDim: 512}
	raw, err := decodeConfig(data, file, c, &c.Base)
	if err != nil {
		return nil, err
	}
	textRaw, visionRaw := raw["text_config"], raw["vision_config"]
	textField, visionField := "text_config.", "vision_config."
	if part != clipBoth {
		textRaw, visionRaw, textField, visionField = nil, nil, "", ""
	}
	if part != clipVision {
		c.Text = defaultCLIPText(siglip)
		src := textRaw
		if part == clipText {
			src = data
		}
		if err := decodeTower(src, file, textField, c.Text); err != nil {
			return nil, err
		}
		if err := c.Text.check(file, textField); err != nil {
			return nil, err
		}
		if c.PadTokenID == nil {
			c.PadTokenID = c.Text.PadTokenID
		}
	}
	if part != clipText {
		c.Vision = defaultCLIPVision(siglip)
		src := visionRaw
		if part == clipVision {
			src = data
		}
		if err := decodeTower(src, file, visionField, c.Vision); err != nil {
			return nil, err
		}
		if err := c.Vision.check(file, visionField); err != nil {
			return nil, err
		}
	}
	if !siglip {
		p := intField{"projection_dim", c.ProjectionDim}
		switch part {
		case clipText:
			p.v = c.Text.ProjectionDim
		case clipVision:
			p.v = c.Vision.ProjectionDim
		}
		if err := checkPositive(file, p); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// decodeTower decodes one tower's JSON object (nil: defaults) into dst,
// reading eos_token_id into a text tower. field prefixes error messages.
func decodeTower(data []byte, file, field string, dst any) error {
	if len(data) == 0 || string(data) == "null" {
		return nil
	}
	if err := json.Unmarshal(data, dst); err != nil {
		if te, ok := err.(*json.UnmarshalTypeError); ok {
			name := te.Field[strings.LastIndexByte(te.Field, '.')+1:] // no embedded struct's name
			return fmt.Errorf("%s: field %s%s: want %s, got JSON %s", file, field, name, te.Type, te.Value)
		}
		return fmt.Errorf("%s: field %s: %w", file, trimDot(field), err)
	}
	if t, ok := dst.(*CLIPTextConfig); ok {
		var eos struct {
			EOS *IntList `json:"eos_token_id"`
		}
		if err := json.Unmarshal(data, &eos); err != nil {
			return fmt.Errorf("%s: field %seos_token_id: %w", file, field, err)
		}
		if eos.EOS != nil && len(*eos.EOS) > 0 {
			t.EOSTokenID = (*eos.EOS)[0]
		}
	}
	return nil
}

func trimDot(s string) string {
	if s == "" {
		return "(top level)"
	}
	return s[:len(s)-1]
}

func (t *CLIPTowerConfig) check(file, field string) error {
	if err := checkPositive(file, intField{field + "hidden_size", t.Hidden}, intField{field + "num_hidden_layers", t.Layers},
		intField{field + "num_attention_heads", t.Heads}, intField{field + "intermediate_size", t.Intermediate}); err != nil {
		return err
	}
	if t.Hidden%t.Heads != 0 {
		return fmt.Errorf("%s: field %shidden_size %d is not a multiple of num_attention_heads %d", file, field, t.Hidden, t.Heads)
	}
	if err := checkEps(file, field+"layer_norm_eps", t.LayerNormEps); err != nil {
		return err
	}
	if err := checkProb(file, probField{field + "attention_dropout", t.AttentionDropout}); err != nil {
		return err
	}
	if t.ProjectionDim < 0 {
		return fmt.Errorf("%s: field %sprojection_dim must be positive, got %d", file, field, t.ProjectionDim)
	}
	if _, err := nn.Activation(t.Act); err != nil {
		return fmt.Errorf("%s: field %shidden_act: %w", file, field, err)
	}
	return nil
}

func (t *CLIPTextConfig) check(file, field string) error {
	if err := t.CLIPTowerConfig.check(file, field); err != nil {
		return err
	}
	if err := checkPositive(file, intField{field + "vocab_size", t.VocabSize}, intField{field + "max_position_embeddings", t.MaxPositions},
		intField{field + "projection_size", t.textHeadSize()}); err != nil {
		return err
	}
	return nil
}

func (v *CLIPVisionConfig) check(file, field string) error {
	if err := v.CLIPTowerConfig.check(file, field); err != nil {
		return err
	}
	if err := checkPositive(file, intField{field + "image_size", v.ImageSize}, intField{field + "patch_size", v.PatchSize},
		intField{field + "num_channels", v.Channels}); err != nil {
		return err
	}
	if v.ImageSize%v.PatchSize != 0 {
		return fmt.Errorf("%s: field %simage_size %d is not a multiple of patch_size %d", file, field, v.ImageSize, v.PatchSize)
	}
	if v.ImageSize > 1<<14 {
		return fmt.Errorf("%s: field %simage_size %d is too large", file, field, v.ImageSize)
	}
	return nil
}
