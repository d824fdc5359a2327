package models_test

import (
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// moeFamilyCases are tiny mixture-of-experts configs of every MoE family,
// run by the family tests with the others: Mixtral from per-expert
// (Hub) and fused transformers 5 (mlp.*) checkpoints, Qwen2-MoE with a
// shared expert and dense layers (decoder_sparse_step, mlp_only_layers),
// Qwen3-MoE with renormalised top-k weights and q/k norms.
var moeFamilyCases = []familyCase{
	{name: "mixtral", lengths: []int{7}, perExpert: true, config: `{"model_type": "mixtral", "architectures": ["MixtralForCausalLM"],
	 "vocab_size": 40, "hidden_size": 16, "intermediate_size": 12, "num_hidden_layers": 2, "num_attention_heads": 4,
	 "num_key_value_heads": 2, "num_local_experts": 4, "num_experts_per_tok": 2, "sliding_window": 5,
	 "rope_theta": 1000.0, "max_position_embeddings": 64, "tie_word_embeddings": false}`},
	{name: "mixtral_fused_v5", lengths: []int{5}, v4Names: mixtralV5Name, config: `{"model_type": "mixtral", "architectures": ["MixtralForCausalLM"],
	 "vocab_size": 40, "hidden_size": 16, "intermediate_size": 8, "num_hidden_layers": 2, "num_attention_heads": 2,
	 "num_key_value_heads": 1, "num_local_experts": 3, "num_experts_per_tok": 2, "sliding_window": null,
	 "max_position_embeddings": 64, "tie_word_embeddings": false}`},
	{name: "qwen2_moe", lengths: []int{7}, perExpert: true, config: `{"model_type": "qwen2_moe", "architectures": ["Qwen2MoeForCausalLM"],
	 "vocab_size": 40, "hidden_size": 16, "intermediate_size": 20, "moe_intermediate_size": 6,
	 "shared_expert_intermediate_size": 10, "num_hidden_layers": 3, "num_attention_heads": 4, "num_key_value_heads": 2,
	 "num_experts": 5, "num_experts_per_tok": 3, "norm_topk_prob": false, "decoder_sparse_step": 1, "mlp_only_layers": [1],
	 "max_position_embeddings": 64, "tie_word_embeddings": false}`},
	{name: "qwen3_moe", lengths: []int{6}, config: `{"model_type": "qwen3_moe", "architectures": ["Qwen3MoeForCausalLM"],
	 "vocab_size": 40, "hidden_size": 16, "intermediate_size": 20, "moe_intermediate_size": 6, "head_dim": 8,
	 "num_hidden_layers": 2, "num_attention_heads": 2, "num_key_value_heads": 1, "num_experts": 6, "num_experts_per_tok": 2,
	 "norm_topk_prob": true, "decoder_sparse_step": 2, "max_position_embeddings": 64, "tie_word_embeddings": false}`},
}

func init() { familyCases = append(familyCases, moeFamilyCases...) }

// mixtralV5Name maps Mixtral's Hub module name to transformers 5's.
func mixtralV5Name(n string) string { return strings.Replace(n, ".block_sparse_moe.", ".mlp.", 1) }

// perExpertParts returns the per-expert checkpoint names of parameter
// name when fc writes per-expert checkpoints and m stacks it.
func perExpertParts(fc familyCase, m models.Model, name string) []string {
	if !fc.perExpert {
		return nil
	}
	ws, ok := m.(models.WeightStacker)
	if !ok {
		return nil
	}
	return ws.WeightStacks()[name]
}

// splitParts writes x (a stacked parameter of shape) as equal row blocks
// named parts, in order.
func splitParts(t *testing.T, tensors map[string]*tensor.Tensor, parts []string, shape ir.Shape, x []float32) {
	t.Helper()
	n := len(x) / len(parts)
	rows := n / shape[len(shape)-1]
	for i, name := range parts {
		tt, err := tensor.FromFloat32(ir.Shape{rows, shape[len(shape)-1]}, x[i*n:(i+1)*n])
		if err != nil {
			t.Fatal(err)
		}
		tensors[name] = tt
	}
}

// ffn is layer l's feed-forward block on the normed x: the dense MLP, or
// a sparse layer's experts as transformers' sparse MoE blocks compute
// them (softmax router, top-k, optional renormalisation, the gated
// experts weighted, plus Qwen2-MoE's sigmoid-gated shared expert).
func (h *hostDecoder) ffn(l int, p string, x []float64) []float64 {
	m := h.c.MoE
	if m == nil || !hostSparse(m, l) {
		return h.mlp(p+"mlp.", x)
	}
	mp := p + m.Module + "."
	logits := hostLinear(h.param(mp+"gate.weight"), nil, x)
	h.router = append(h.router, logits)
	probs := hostSoftmax(logits)
	order := make([]int, len(probs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return probs[order[a]] > probs[order[b]] })
	top := order[:m.TopK]
	sum := 0.0
	for _, e := range top {
		sum += probs[e]
	}
	gu, down := h.param(mp+"experts.gate_up_proj"), h.param(mp+"experts.down_proj")
	c, in := len(x), m.Intermediate
	out := make([]float64, c)
	for _, e := range top {
		w := probs[e]
		if m.NormTopK {
			w /= sum
		}
		blk := gu[e*2*in*c : (e+1)*2*in*c]
		g, u := hostLinear(blk[:in*c], nil, x), hostLinear(blk[in*c:], nil, x)
		for i := range u {
			u[i] *= hostAct(h.c.Act, g[i])
		}
		y := hostLinear(down[e*c*in:(e+1)*c*in], nil, u)
		for i := range out {
			out[i] += w * y[i]
		}
	}
	if m.SharedIntermediate > 0 {
		s := h.mlp(mp+"shared_expert.", x)
		gate := 1 / (1 + math.Exp(-hostLinear(h.param(mp+"shared_expert_gate.weight"), nil, x)[0]))
		for i := range out {
			out[i] += gate * s[i]
		}
	}
	return out
}

// hostSparse is transformers' choice of sparse layers.
func hostSparse(m *models.MoEConfig, l int) bool {
	for _, d := range m.MLPOnlyLayers {
		if d == l {
			return false
		}
	}
	return (l+1)%m.SparseStep == 0
}

func hostSoftmax(z []float64) []float64 {
	mx := math.Inf(-1)
	for _, v := range z {
		mx = math.Max(mx, v)
	}
	out := make([]float64, len(z))
	s := 0.0
	for i, v := range z {
		out[i] = math.Exp(v - mx)
		s += out[i]
	}
	for i := range out {
		out[i] /= s
	}
	return out
}
