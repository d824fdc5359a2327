package models

// Mistral: Llama plus a sliding window on every layer (sliding_window).
func init() {
	mustRegister(Family{
		ModelType: "mistral",
		ParseConfig: func(data []byte, file string) (Config, error) {
			c, _, err := parseDecoderConfig(data, file)
			if err != nil {
				return nil, err
			}
			c.QKVBias, c.OBias = false, false
			c.LayerTypes = nil // every layer slides
			return c, c.setWindows(file)
		},
		Architectures: map[string]func(Config) (Model, error){
			"MistralForCausalLM": newDecoder(TaskCausalLM),
			"MistralModel":       newDecoder(TaskBase),
		},
		DefaultArch: "MistralForCausalLM",
	})
}
