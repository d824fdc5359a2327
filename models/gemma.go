package models

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// Gemma 2 and Gemma 3 (text): the shared decoder with (1 + w) RMSNorm in
// float32, embeddings scaled by sqrt(hidden_size), sandwich norms (post
// attention, pre and post feed-forward), attention scaled by
// query_pre_attn_scalar^-0.5, attention-logit and final-logit
// soft-capping, gelu_pytorch_tanh GeGLU (hidden_activation), and
// alternating sliding/global layers (layer_types, else every second layer
// (Gemma 2) or all but every sliding_window_pattern-th (Gemma 3) slides).
// Gemma 3 adds per-head q/k norms and a second rope for the sliding layers
// (rope_local_base_freq, or rope_parameters.sliding_attention).
// Gemma 3's multimodal config (model_type gemma3) runs its text decoder:
// Gemma3ForConditionalGeneration on text, its weights under
// model.language_model.* (transformers 5) or language_model.model.*
// (transformers 4, as the Hub's checkpoints have them).
func init() {
	mustRegister(Family{
		ModelType: "gemma2",
		ParseConfig: func(data []byte, file string) (Config, error) {
			return parseGemma(data, file, 2)
		},
		Architectures: map[string]func(Config) (Model, error){
			"Gemma2ForCausalLM": newDecoder(TaskCausalLM),
			"Gemma2Model":       newDecoder(TaskBase),
		},
		DefaultArch: "Gemma2ForCausalLM",
	})
	mustRegister(Family{
		ModelType: "gemma3_text",
		ParseConfig: func(data []byte, file string) (Config, error) {
			return parseGemma(data, file, 3)
		},
		Architectures: map[string]func(Config) (Model, error){
			"Gemma3ForCausalLM": newDecoder(TaskCausalLM),
			"Gemma3TextModel":   newDecoder(TaskBase),
		},
		DefaultArch: "Gemma3ForCausalLM",
	})
	mustRegister(Family{
		ModelType:   "gemma3",
		ParseConfig: parseGemma3Multimodal,
		Architectures: map[string]func(Config) (Model, error){
			"Gemma3ForConditionalGeneration": newGemma3ConditionalGeneration,
		},
		DefaultArch: "Gemma3ForConditionalGeneration",
	})
}

// parseGemma parses a gemma2 (version 2) or gemma3_text (3) config.json
// with transformers' defaults for absent fields.
func parseGemma(data []byte, file string, version int) (*DecoderConfig, error) {
	d := decoderDefaults{actField: "hidden_activation", act: "gelu_pytorch_tanh", eps: 1e-6, headDim: 256, theta: 10000}
	if version == 3 {
		d.theta = 1e6
	}
	c, raw, err := parseDecoderConfigWith(data, file, d)
	if err != nil {
		return nil, err
	}
	if b, ok := raw["use_bidirectional_attention"]; ok {
		var bi bool
		if json.Unmarshal(b, &bi) == nil && bi {
			return nil, fmt.Errorf("%s: field use_bidirectional_attention: bidirectional (non-causal) Gemma is not supported", file)
		}
	}
	c.Layout = DecoderLayout{Norm: NormRMSUnitOffset, Residual: ResidualSandwich}
	c.EmbedScale = true
	c.EmbedScaleInModule = version == 3 // Gemma3TextScaledWordEmbedding
	c.QKNorm = version == 3

	scalar := 256.0
	if err := optFloat(raw, file, "query_pre_attn_scalar", &scalar); err != nil {
		return nil, err
	}
	if !(scalar > 0) || math.IsInf(scalar, 0) {
		return nil, fmt.Errorf("%s: field query_pre_attn_scalar must be positive, got %v", file, scalar)
	}
	c.AttnScale = 1 / math.Sqrt(scalar)
	attnCap, finalCap := 50.0, 30.0 // Gemma 2's defaults; Gemma 3 has none
	if version == 3 {
		attnCap, finalCap = 0, 0
	}
	for _, f := range []struct {
		name string
		dst  *float64
	}{{"attn_logit_softcapping", &attnCap}, {"final_logit_softcapping", &finalCap}} {
		if err := optFloat(raw, file, f.name, f.dst); err != nil {
			return nil, err
		}
		if *f.dst < 0 || math.IsNaN(*f.dst) || math.IsInf(*f.dst, 0) {
			return nil, fmt.Errorf("%s: field %s must be a positive number or null, got %v", file, f.name, *f.dst)
		}
	}
	c.AttnSoftCap, c.FinalSoftCap = attnCap, finalCap

	if _, ok := raw["sliding_window"]; !ok {
		w := 4096
		c.SlidingWindow = &w
	}
	if c.LayerTypes == nil {
		pattern := 2
		if version == 3 {
			pattern = 6
			if err := optInt(raw, file, "sliding_window_pattern", &pattern); err != nil {
				return nil, err
			}
			if pattern <= 0 {
				return nil, fmt.Errorf("%s: field sliding_window_pattern must be a positive integer, got %d", file, pattern)
			}
		}
		c.LayerTypes = make([]string, c.Layers)
		for i := range c.LayerTypes {
			c.LayerTypes[i] = "sliding_attention"
			if (i+1)%pattern == 0 {
				c.LayerTypes[i] = "full_attention"
			}
		}
	}
	if version == 3 {
		if err := gemma3Ropes(c, raw, file); err != nil {
			return nil, err
		}
	}
	return c, c.setWindows(file)
}

// gemma3Ropes sets the global (full_attention) and local
// (sliding_attention) rotary embeddings of a Gemma 3 config: transformers
// 5 keeps one rope object per layer type in rope_parameters; transformers
// 4 has rope_theta and rope_scaling for the global layers and
// rope_local_base_freq for the local ones (default rope).
func gemma3Ropes(c *DecoderConfig, raw map[string]json.RawMessage, file string) error {
	local := Rope{Type: "default", Theta: 10000}
	var perType map[string]json.RawMessage
	if p, ok := raw["rope_parameters"]; ok && !isNull(p) && json.Unmarshal(p, &perType) == nil &&
		(perType["full_attention"] != nil || perType["sliding_attention"] != nil) {
		for _, lt := range []struct {
			name string
			dst  *Rope
			def  float64
		}{{"full_attention", &c.Rope, 1e6}, {"sliding_attention", &local, 10000}} {
			*lt.dst = Rope{Theta: lt.def}
			if v := perType[lt.name]; v != nil && !isNull(v) {
				if err := json.Unmarshal(v, lt.dst); err != nil {
					return fmt.Errorf("%s: field rope_parameters.%s: %w", file, lt.name, err)
				}
			}
			if err := lt.dst.check(file, "rope_parameters."+lt.name); err != nil {
				return err
			}
		}
	} else if err := optFloat(raw, file, "rope_local_base_freq", &local.Theta); err != nil {
		return err
	} else if err := local.check(file, "rope_local_base_freq"); err != nil {
		return err
	}
	c.LocalRope = &local
	return nil
}

// parseGemma3Multimodal parses a gemma3 config.json: its text_config is
// the decoder (a gemma3_text config), and the top level's architectures,
// dtype, tie_word_embeddings and token ids, where present, win.
// text_config.final_logit_softcapping is parsed (and checked) but not
// applied: transformers' Gemma3ForConditionalGeneration returns its
// lm_head's logits uncapped (only Gemma3ForCausalLM caps them), so kiln
// does the same and matches it whatever the field holds.
func parseGemma3Multimodal(data []byte, file string) (Config, error) {
	var top struct {
		Base
		Text json.RawMessage `json:"text_config"`
	}
	raw, err := decodeConfig(data, file, &top, &top.Base)
	if err != nil {
		return nil, err
	}
	if len(top.Text) == 0 || isNull(top.Text) {
		return nil, fmt.Errorf("%s: field text_config is missing: a gemma3 config needs its text decoder's config", file)
	}
	var text map[string]json.RawMessage
	if err := json.Unmarshal(top.Text, &text); err != nil {
		return nil, fmt.Errorf("%s: field text_config: want an object, got JSON %s", file, top.Text)
	}
	if mt, ok := text["model_type"]; ok {
		var s string
		if json.Unmarshal(mt, &s) != nil || s != "gemma3_text" {
			return nil, fmt.Errorf("%s: field text_config.model_type: want gemma3_text, got %s", file, mt)
		}
	}
	c, err := parseGemma(top.Text, file+" (text_config)", 3)
	if err != nil {
		return nil, err
	}
	c.ModelType, c.Architectures = top.ModelType, top.Architectures
	c.FinalSoftCap = 0 // Gemma3ForConditionalGeneration never caps its logits
	if top.DType != "" {
		c.DType = top.DType
	}
	if _, ok := raw["tie_word_embeddings"]; ok {
		c.TieWordEmbeddings = top.TieWordEmbeddings
	}
	if _, ok := raw["pad_token_id"]; ok {
		c.PadTokenID = top.PadTokenID
	}
	if _, ok := raw["eos_token_id"]; ok {
		c.EosTokenID = top.EosTokenID
	}
	if _, ok := raw["bos_token_id"]; ok {
		c.BosTokenID = top.BosTokenID
	}
	names := llamaNames
	names.Model = "model.language_model"
	c.Layout.Names = &names
	return c, nil
}

// newGemma3ConditionalGeneration is Gemma3ForConditionalGeneration on
// text: the Gemma 3 text decoder under transformers 5's names, each of
// which may also load from the transformers 4 name (language_model.model.*
// and language_model.lm_head.weight). The vision tower and projector are
// not built: images are not supported, and their weights stay unused.
func newGemma3ConditionalGeneration(c Config) (Model, error) {
	mdl, err := newDecoder(TaskCausalLM)(c)
	if err != nil {
		return nil, err
	}
	m := mdl.(*decoder)
	m.arch = "Gemma3ForConditionalGeneration"
	if m.cfg.Layout.modelPath() != "model.language_model" {
		return nil, fmt.Errorf("Gemma3ForConditionalGeneration: config is not a gemma3 (multimodal) config")
	}
	f, err := frontend.Build("names", func(g *frontend.Graph) error { return m.Build(g, Spec{Batch: 1, Seq: 1}, ir.Float32) })
	if err != nil {
		return nil, err
	}
	m.aliases = map[string][]string{}
	for _, p := range f.Params {
		switch {
		case p.Name == "lm_head.weight":
			m.aliases[p.Name] = []string{"language_model.lm_head.weight"}
		case strings.HasPrefix(p.Name, "model.language_model."):
			m.aliases[p.Name] = []string{"language_model.model." + strings.TrimPrefix(p.Name, "model.language_model.")}
		}
	}
	return m, nil
}

// optFloat sets *dst from the number field name of raw when present; null
// sets 0 (the feature is off).
func optFloat(raw map[string]json.RawMessage, file, name string, dst *float64) error {
	v, ok := raw[name]
	if !ok {
		return nil
	}
	if isNull(v) {
		*dst = 0
		return nil
	}
	if err := json.Unmarshal(v, dst); err != nil {
		return fmt.Errorf("%s: field %s: want a number, got JSON %s", file, name, v)
	}
	return nil
}

// optInt sets *dst from the integer field name of raw when present and
// not null.
func optInt(raw map[string]json.RawMessage, file, name string, dst *int) error {
	v, ok := raw[name]
	if !ok || isNull(v) {
		return nil
	}
	if err := json.Unmarshal(v, dst); err != nil {
		return fmt.Errorf("%s: field %s: want an integer, got JSON %s", file, name, v)
	}
	return nil
}
