package models

import "encoding/json"

// Qwen2: Llama with biases on q/k/v (never on o_proj) and sliding windows
// only when use_sliding_window is set (on the layers layer_types marks).
// Qwen3: no q/k/v bias unless attention_bias, plus per-head RMSNorm of q
// and k (q_norm, k_norm) before the rotary embedding.
func init() {
	mustRegister(Family{
		ModelType: "qwen2",
		ParseConfig: func(data []byte, file string) (Config, error) {
			c, raw, err := parseDecoderConfig(data, file)
			if err != nil {
				return nil, err
			}
			c.QKVBias, c.OBias = true, false
			return c, qwenWindows(c, raw, file)
		},
		Architectures: map[string]func(Config) (Model, error){
			"Qwen2ForCausalLM": newDecoder(TaskCausalLM),
			"Qwen2Model":       newDecoder(TaskBase),
		},
		DefaultArch: "Qwen2ForCausalLM",
	})
	mustRegister(Family{
		ModelType: "qwen3",
		ParseConfig: func(data []byte, file string) (Config, error) {
			c, raw, err := parseDecoderConfig(data, file)
			if err != nil {
				return nil, err
			}
			c.QKNorm = true
			return c, qwenWindows(c, raw, file)
		},
		Architectures: map[string]func(Config) (Model, error){
			"Qwen3ForCausalLM": newDecoder(TaskCausalLM),
			"Qwen3Model":       newDecoder(TaskBase),
		},
		DefaultArch: "Qwen3ForCausalLM",
	})
}

func qwenWindows(c *DecoderConfig, raw map[string]json.RawMessage, file string) error {
	var use bool
	if u, ok := raw["use_sliding_window"]; ok {
		_ = json.Unmarshal(u, &use)
	}
	if !use {
		return nil
	}
	if c.LayerTypes == nil {
		// transformers 4 configs: layers from max_window_layers on slide.
		maxFull := c.Layers
		if m, ok := raw["max_window_layers"]; ok {
			_ = json.Unmarshal(m, &maxFull)
		}
		c.LayerTypes = make([]string, c.Layers)
		for i := range c.LayerTypes {
			c.LayerTypes[i] = "full_attention"
			if i >= maxFull {
				c.LayerTypes[i] = "sliding_attention"
			}
		}
	}
	return c.setWindows(file)
}
