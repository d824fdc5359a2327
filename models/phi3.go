package models

// Phi-3: the shared decoder with q/k/v fused in one qkv_proj (rows
// [q | k | v]) and gate/up fused in one gate_up_proj (rows [gate | up]),
// no biases, partial rotary (partial_rotary_factor), longrope scaling
// (rope_scaling type "longrope", or its first name "su": short_factor up
// to original_max_position_embeddings, long_factor beyond, cos and sin
// scaled by sqrt(1 + ln(factor) / ln(original)) with factor
// max_position_embeddings / original_max_position_embeddings unless given),
// and a sliding window on every layer when sliding_window is set.
// resid_pdrop is dropout on each block's attention and MLP outputs;
// embd_pdrop is read and not applied, as transformers' Phi3Model never
// applies it.
func init() {
	mustRegister(Family{
		ModelType: "phi3",
		ParseConfig: func(data []byte, file string) (Config, error) {
			d := llamaDefaults
			d.eps = 1e-5
			c, raw, err := parseDecoderConfigWith(data, file, d)
			if err != nil {
				return nil, err
			}
			if _, ok := raw["tie_word_embeddings"]; !ok {
				no := false
				c.TieWordEmbeddings = &no // Phi3Config's default
			}
			c.Layout = DecoderLayout{QKV: QKVFused, MLP: MLPGatedFused}
			c.QKVBias, c.OBias, c.MLPBias = false, false, false
			if err := optFloat(raw, file, "resid_pdrop", &c.ResidDropout); err != nil {
				return nil, err
			}
			if err := checkProb(file, probField{"resid_pdrop", c.ResidDropout}); err != nil {
				return nil, err
			}
			c.LayerTypes = nil // every layer slides when sliding_window is set
			return c, c.setWindows(file)
		},
		Architectures: map[string]func(Config) (Model, error){
			"Phi3ForCausalLM": newDecoder(TaskCausalLM),
			"Phi3Model":       newDecoder(TaskBase),
		},
		DefaultArch: "Phi3ForCausalLM",
	})
}
