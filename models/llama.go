package models

// Llama: the base decoder as is. rope_scaling types default, linear,
// dynamic and llama3 come from the shared Rope handling.
func init() {
	mustRegister(Family{
		ModelType: "llama",
		ParseConfig: func(data []byte, file string) (Config, error) {
			c, _, err := parseDecoderConfig(data, file)
			if err != nil {
				return nil, err
			}
			return c, c.setWindows(file)
		},
		Architectures: map[string]func(Config) (Model, error){
			"LlamaForCausalLM": newDecoder(TaskCausalLM),
			"LlamaModel":       newDecoder(TaskBase),
		},
		DefaultArch: "LlamaForCausalLM",
	})
}
