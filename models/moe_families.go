package models

// Mixtral: Mistral (a sliding window on every layer when sliding_window
// is set) whose every MLP is a softmax top-k router over
// num_local_experts experts (block_sparse_moe.gate, experts.N.w1/w3/w2),
// the top-k weights always renormalised.
//
// Qwen2-MoE: Qwen2 attention (q/k/v bias from qkv_bias, default true)
// with sparse layers of num_experts experts of moe_intermediate_size
// (mlp.gate, mlp.experts.N.gate_proj/up_proj/down_proj), norm_topk_prob,
// and a shared expert of shared_expert_intermediate_size scaled by
// sigmoid(mlp.shared_expert_gate x); decoder_sparse_step and
// mlp_only_layers pick the sparse layers.
//
// Qwen3-MoE: Qwen3 attention (q_norm/k_norm) with Qwen2-MoE's routing and
// no shared expert.
func init() {
	mustRegister(Family{
		ModelType: "mixtral",
		ParseConfig: func(data []byte, file string) (Config, error) {
			c, raw, err := parseDecoderConfig(data, file)
			if err != nil {
				return nil, err
			}
			c.QKVBias, c.OBias = false, false
			c.LayerTypes = nil
			if err := c.setWindows(file); err != nil {
				return nil, err
			}
			return c, parseMoE(c, raw, file, moeDefaults{experts: 8, topK: 2, normTopK: true,
				expertsField: "num_local_experts", interField: "intermediate_size", module: "block_sparse_moe", names: [3]string{"w1", "w3", "w2"}})
		},
		Architectures: map[string]func(Config) (Model, error){
			"MixtralForCausalLM": newDecoder(TaskCausalLM),
			"MixtralModel":       newDecoder(TaskBase),
		},
		DefaultArch: "MixtralForCausalLM",
	})
	qwenMoE := moeDefaults{expertsField: "num_experts", interField: "moe_intermediate_size", module: "mlp",
		names: [3]string{"gate_proj", "up_proj", "down_proj"}}
	mustRegister(Family{
		ModelType: "qwen2_moe",
		ParseConfig: func(data []byte, file string) (Config, error) {
			c, raw, err := parseDecoderConfig(data, file)
			if err != nil {
				return nil, err
			}
			c.QKVBias, c.OBias = true, false
			if err := unmarshalField(raw, "qkv_bias", &c.QKVBias, file); err != nil {
				return nil, err
			}
			if err := qwenWindows(c, raw, file); err != nil {
				return nil, err
			}
			d := qwenMoE
			d.experts, d.topK, d.inter, d.shared = 60, 4, 1408, 5632
			return c, parseMoE(c, raw, file, d)
		},
		Architectures: map[string]func(Config) (Model, error){
			"Qwen2MoeForCausalLM": newDecoder(TaskCausalLM),
			"Qwen2MoeModel":       newDecoder(TaskBase),
		},
		DefaultArch: "Qwen2MoeForCausalLM",
	})
	mustRegister(Family{
		ModelType: "qwen3_moe",
		ParseConfig: func(data []byte, file string) (Config, error) {
			c, raw, err := parseDecoderConfig(data, file)
			if err != nil {
				return nil, err
			}
			c.QKNorm = true
			if err := qwenWindows(c, raw, file); err != nil {
				return nil, err
			}
			d := qwenMoE
			d.experts, d.topK, d.inter = 128, 8, 768
			return c, parseMoE(c, raw, file, d)
		},
		Architectures: map[string]func(Config) (Model, error){
			"Qwen3MoeForCausalLM": newDecoder(TaskCausalLM),
			"Qwen3MoeModel":       newDecoder(TaskBase),
		},
		DefaultArch: "Qwen3MoeForCausalLM",
	})
}
