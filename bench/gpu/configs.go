// Package gpu is kiln's GPU benchmark suite: random-weight models of
// named shapes (gpt2-124m, llama-1b, llama-8b) run in bfloat16 on a kiln
// backend (xla by default) and, in the same run, on Hugging Face
// transformers (eager, and static cache + torch.compile) through
// hf_baseline.py. RunGPUSuite returns the report in the JSON shape every
// kiln bench suite shares.
package gpu

import (
	"fmt"
	"sort"
)

// Configs are the benchmark shapes as Hugging Face config.json contents.
// llama-1b is Llama-3.2-1B's shape, llama-8b Llama-3-8B's, mixtral-4l
// four layers of Mixtral-8x7B's; gpt2-124m is
// GPT-2 small with 2048 positions (so a 2048-token prefill fits).
var Configs = map[string]map[string]any{
	"gpt2-124m": {
		"model_type": "gpt2", "architectures": []string{"GPT2LMHeadModel"},
		"vocab_size": 50257, "n_embd": 768, "n_layer": 12, "n_head": 12, "n_positions": 2048,
		"activation_function": "gelu_new", "layer_norm_epsilon": 1e-5,
		"bos_token_id": 50256, "eos_token_id": 50256,
	},
	"llama-1b": llama(2048, 8192, 16, 32, 8, 64, true),
	"llama-8b": llama(4096, 14336, 32, 32, 8, 128, false),
	// mixtral-4l is Mixtral-8x7B's layer shape (8 experts, top 2) with 4
	// of its 32 layers, so that kiln's and HF's copies (12 GB each in
	// bf16) fit one GPU side by side: issue #21's MoE decode figure.
	"mixtral-4l": {
		"model_type": "mixtral", "architectures": []string{"MixtralForCausalLM"},
		"vocab_size": 32000, "hidden_size": 4096, "intermediate_size": 14336,
		"num_hidden_layers": 4, "num_attention_heads": 32, "num_key_value_heads": 8,
		"head_dim": 128, "hidden_act": "silu", "rms_norm_eps": 1e-5,
		"max_position_embeddings": 4096, "rope_theta": 1000000.0, "tie_word_embeddings": false,
		"num_local_experts": 8, "num_experts_per_tok": 2, "router_aux_loss_coef": 0.02,
		"bos_token_id": 1, "eos_token_id": 2,
	},
}

func llama(hidden, inter, layers, heads, kv, headDim int, tied bool) map[string]any {
	return map[string]any{
		"model_type": "llama", "architectures": []string{"LlamaForCausalLM"},
		"vocab_size": 128256, "hidden_size": hidden, "intermediate_size": inter,
		"num_hidden_layers": layers, "num_attention_heads": heads, "num_key_value_heads": kv,
		"head_dim": headDim, "hidden_act": "silu", "rms_norm_eps": 1e-5,
		"max_position_embeddings": 4096, "rope_theta": 500000.0, "tie_word_embeddings": tied,
		"bos_token_id": 128000, "eos_token_id": 128001,
	}
}

// ModelNames lists the configs, sorted.
func ModelNames() []string {
	var out []string
	for n := range Configs {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func configOf(name string) (map[string]any, error) {
	c, ok := Configs[name]
	if !ok {
		return nil, fmt.Errorf("unknown benchmark model %q (have %v)", name, ModelNames())
	}
	return c, nil
}
