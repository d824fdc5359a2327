package models

import (
	"encoding/json"
	"fmt"
)

// GPT-NeoX (Pythia): the shared decoder with LayerNorms (weight and bias,
// layer_norm_eps), one query_key_value projection whose rows are, head by
// head, [q_h | k_h | v_h], attention.dense, a plain MLP (dense_h_to_4h ->
// act -> dense_4h_to_h, with biases), partial rotary (rotary_pct, default
// 0.25; rotary_emb_base is rope_theta) and, with use_parallel_residual
// (the default), h = mlp(post_attention_layernorm(h)) +
// attn(input_layernorm(h)) + h. Weights live under gpt_neox.*, the LM head
// is embed_out (untied unless tie_word_embeddings). hidden_dropout is the
// dropout after the embeddings and on each block's attention and MLP
// outputs.
func init() {
	mustRegister(Family{
		ModelType: "gpt_neox",
		ParseConfig: func(data []byte, file string) (Config, error) {
			return parseGPTNeoX(data, file)
		},
		Architectures: map[string]func(Config) (Model, error){
			"GPTNeoXForCausalLM": newDecoder(TaskCausalLM),
			"GPTNeoXModel":       newDecoder(TaskBase),
		},
		DefaultArch: "GPTNeoXForCausalLM",
	})
}

func parseGPTNeoX(data []byte, file string) (*DecoderConfig, error) {
	d := llamaDefaults
	d.act = "gelu"
	c, raw, err := parseDecoderConfigWith(data, file, d)
	if err != nil {
		return nil, err
	}
	// No GQA and no head_dim field: head_size = hidden_size / heads.
	if c.Hidden%c.Heads != 0 {
		return nil, fmt.Errorf("%s: field hidden_size %d is not a multiple of num_attention_heads %d", file, c.Hidden, c.Heads)
	}
	c.KVHeads, c.HeadDim = c.Heads, c.Hidden/c.Heads
	c.RMSNormEps = 1e-5
	if err := optFloat(raw, file, "layer_norm_eps", &c.RMSNormEps); err != nil {
		return nil, err
	}
	if err := checkEps(file, "layer_norm_eps", c.RMSNormEps); err != nil {
		return nil, err
	}
	// rotary_emb_base and rotary_pct are the transformers 4 names of
	// rope_theta and partial_rotary_factor (default 0.25).
	var ropeKeys map[string]json.RawMessage
	if p, ok := raw["rope_parameters"]; ok && !isNull(p) {
		_ = json.Unmarshal(p, &ropeKeys)
	}
	if _, ok := ropeKeys["rope_theta"]; !ok {
		if _, ok := raw["rope_theta"]; !ok {
			if err := optFloat(raw, file, "rotary_emb_base", &c.Rope.Theta); err != nil {
				return nil, err
			}
		}
	}
	_, inRope := ropeKeys["partial_rotary_factor"]
	if _, top := raw["partial_rotary_factor"]; !inRope && !top {
		c.Rope.PartialRotaryFactor = 0.25
		if err := optFloat(raw, file, "rotary_pct", &c.Rope.PartialRotaryFactor); err != nil {
			return nil, err
		}
		if f := c.Rope.PartialRotaryFactor; !(f > 0 && f <= 1) {
			return nil, fmt.Errorf("%s: field rotary_pct must be in (0, 1], got %v", file, f)
		}
	}
	if err := c.Rope.check(file, "rotary_pct"); err != nil {
		return nil, err
	}
	if int(float64(c.HeadDim)*c.Rope.PartialRotaryFactor) < 2 {
		return nil, fmt.Errorf("%s: field rotary_pct %v rotates no channel pair of head size %d", file, c.Rope.PartialRotaryFactor, c.HeadDim)
	}
	bias := true
	if b, ok := raw["attention_bias"]; ok {
		if err := json.Unmarshal(b, &bias); err != nil {
			return nil, fmt.Errorf("%s: field attention_bias: want a boolean, got JSON %s", file, b)
		}
	}
	c.QKVBias, c.OBias, c.MLPBias = bias, bias, true
	parallel := true
	if p, ok := raw["use_parallel_residual"]; ok {
		if err := json.Unmarshal(p, &parallel); err != nil {
			return nil, fmt.Errorf("%s: field use_parallel_residual: want a boolean, got JSON %s", file, p)
		}
	}
	c.Layout = DecoderLayout{Norm: NormLayerNorm, QKV: QKVHeadInterleaved, MLP: MLPPlain, Names: &neoxNames}
	if parallel {
		c.Layout.Residual = ResidualParallel
	}
	if err := optFloat(raw, file, "hidden_dropout", &c.ResidDropout); err != nil {
		return nil, err
	}
	if err := checkProb(file, probField{"hidden_dropout", c.ResidDropout}); err != nil {
		return nil, err
	}
	c.EmbedDropout = c.ResidDropout
	if _, ok := raw["tie_word_embeddings"]; !ok {
		no := false
		c.TieWordEmbeddings = &no // GPTNeoXConfig's default
	}
	c.SlidingWindow, c.LayerTypes = nil, nil
	return c, nil
}
