package models_test

import (
	"context"
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// hostAuxLoss is transformers' load_balancing_loss_func over router
// logits rows (every sparse layer's kept tokens, pooled): E times the sum
// over experts of the fraction of top-k slots routed to the expert and
// its mean router probability.
func hostAuxLoss(rows [][]float64, topK int) float64 {
	e := len(rows[0])
	frac, prob := make([]float64, e), make([]float64, e)
	for _, z := range rows {
		p := hostSoftmax(z)
		order := make([]int, e)
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return p[order[a]] > p[order[b]] })
		for _, j := range order[:topK] {
			frac[j]++
		}
		for j := range p {
			prob[j] += p[j]
		}
	}
	m := float64(len(rows))
	s := 0.0
	for j := range frac {
		s += frac[j] / m * prob[j] / m
	}
	return s * float64(e)
}

// TestMoEAuxLoss: with output_router_logits, a Qwen3-MoE model returns
// transformers' load-balancing loss over the unpadded tokens of a
// left-padded batch (against hostAuxLoss of the host reference's router
// logits), and its training loss is the cross-entropy plus
// router_aux_loss_coef times it.
func TestMoEAuxLoss(t *testing.T) {
	fc := familyCase{name: "qwen3_moe_aux", config: `{"model_type": "qwen3_moe", "architectures": ["Qwen3MoeForCausalLM"],
	 "vocab_size": 30, "hidden_size": 16, "intermediate_size": 20, "moe_intermediate_size": 6, "head_dim": 8,
	 "num_hidden_layers": 2, "num_attention_heads": 2, "num_key_value_heads": 1, "num_experts": 5, "num_experts_per_tok": 2,
	 "norm_topk_prob": true, "output_router_logits": true, "router_aux_loss_coef": 0.25,
	 "max_position_embeddings": 64, "tie_word_embeddings": false}`}
	cfg, err := models.ParseConfig([]byte(fc.config), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := models.New(cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	dir, vals := familyCheckpoint(t, fc, m)
	r, _ := newRunner(t, m, dir, interp.New(), backends.CompileOptions{Options: passes.Options{Verify: true}})
	rng := rand.New(rand.NewSource(5))
	const n = 6
	a, b := make([]int, n-1), make([]int, n)
	for i := range a {
		a[i] = rng.Intn(30)
	}
	for i := range b {
		b[i] = rng.Intn(30)
	}
	ids := [][]int64{{0}, {}}
	for _, x := range a {
		ids[0] = append(ids[0], int64(x))
	}
	for _, x := range b {
		ids[1] = append(ids[1], int64(x))
	}
	mask := [][]int64{{0, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 1}}
	pos := [][]int64{{0, 0, 1, 2, 3, 4}, {0, 1, 2, 3, 4, 5}}
	labels := [][]int64{{-100, -100, ids[0][2], ids[0][3], ids[0][4], ids[0][5]}, ids[1]}
	out, err := r.Forward(context.Background(), models.Spec{Batch: 2, Seq: n, Labels: true}, map[string]*tensor.Tensor{
		models.InputIDs: int64Tensor(t, ids), models.InputAttentionMask: int64Tensor(t, mask),
		models.InputPositionIDs: int64Tensor(t, pos), models.InputLabels: int64Tensor(t, labels),
	})
	if err != nil {
		t.Fatal(err)
	}
	ref := newHostDecoder(cfg.(*models.DecoderConfig), vals)
	la, lb := ref.forward(a), ref.forward(b)
	want := hostAuxLoss(ref.router, 2)
	aux := out[models.OutputAuxLoss]
	if aux == nil {
		t.Fatalf("no %s output; outputs: %v", models.OutputAuxLoss, strings.Join(keys(out), ", "))
	}
	if got := aux.Float64s()[0]; math.Abs(got-want) > 1e-5 {
		t.Errorf("aux loss %.7f, want %.7f", got, want)
	}
	// Cross-entropy over the kept labels of both rows, plus coef * aux.
	ce, cnt := 0.0, 0
	for _, s := range []struct {
		logits [][]float64
		ids    []int
	}{{la, a}, {lb, b}} {
		for p := 0; p+1 < len(s.ids); p++ {
			ce += hostCE(s.logits[p], s.ids[p+1])
			cnt++
		}
	}
	wantLoss := ce/float64(cnt) + 0.25*want
	if got := out[models.OutputLoss].Float64s()[0]; math.Abs(got-wantLoss) > 1e-4*(1+wantLoss) {
		t.Errorf("loss %.6f, want %.6f (cross-entropy %.6f + 0.25 * aux %.6f)", got, wantLoss, ce/float64(cnt), want)
	}
}

func hostCE(z []float64, y int) float64 {
	m := math.Inf(-1)
	for _, v := range z {
		m = math.Max(m, v)
	}
	s := 0.0
	for _, v := range z {
		s += math.Exp(v - m)
	}
	return m + math.Log(s) - z[y]
}

// TestMoEConfigErrors: bad mixture-of-experts configs are refused with
// errors naming the field.
func TestMoEConfigErrors(t *testing.T) {
	base := `"vocab_size": 30, "hidden_size": 16, "intermediate_size": 20, "num_hidden_layers": 2, "num_attention_heads": 2`
	for _, tc := range []struct{ config, want string }{
		{`{"model_type": "mixtral", ` + base + `, "num_local_experts": 2, "num_experts_per_tok": 3}`, "num_experts_per_tok 3 exceeds num_local_experts 2"},
		{`{"model_type": "qwen2_moe", ` + base + `, "num_experts": 0}`, "num_experts"},
		{`{"model_type": "qwen3_moe", ` + base + `, "scoring_func": "sigmoid"}`, `field scoring_func: router "sigmoid" is not supported`},
		{`{"model_type": "qwen3_moe", ` + base + `, "decoder_sparse_step": 0}`, "decoder_sparse_step"},
		{`{"model_type": "qwen2_moe", ` + base + `, "norm_topk_prob": "yes"}`, "field norm_topk_prob"},
		{`{"model_type": "mixtral", ` + base + `, "hidden_act": "swish2"}`, "swish2"},
	} {
		_, err := models.ParseConfig([]byte(tc.config), "config.json")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.config, err, tc.want)
		}
	}
}

// TestMoEConfigDefaults: absent fields take transformers' defaults
// (MixtralConfig, Qwen2MoeConfig, Qwen3MoeConfig), Qwen2-MoE's q/k/v
// bias follows qkv_bias, and transformers 5's num_local_experts is read
// for Qwen's num_experts.
func TestMoEConfigDefaults(t *testing.T) {
	base := `"vocab_size": 30, "hidden_size": 16, "intermediate_size": 20, "num_hidden_layers": 2, "num_attention_heads": 2`
	for _, tc := range []struct {
		config string
		want   models.MoEConfig
		bias   bool
	}{
		{`{"model_type": "mixtral", ` + base + `}`, models.MoEConfig{Experts: 8, TopK: 2, Intermediate: 20, NormTopK: true, SparseStep: 1,
			RouterAuxLossCoef: 0.001, Module: "block_sparse_moe", ExpertNames: [3]string{"w1", "w3", "w2"}}, false},
		{`{"model_type": "qwen2_moe", ` + base + `}`, models.MoEConfig{Experts: 60, TopK: 4, Intermediate: 1408, SharedIntermediate: 5632,
			SparseStep: 1, RouterAuxLossCoef: 0.001, Module: "mlp", ExpertNames: [3]string{"gate_proj", "up_proj", "down_proj"}}, true},
		{`{"model_type": "qwen2_moe", ` + base + `, "qkv_bias": false, "output_router_logits": true, "router_aux_loss_coef": 0.02}`,
			models.MoEConfig{Experts: 60, TopK: 4, Intermediate: 1408, SharedIntermediate: 5632, SparseStep: 1, OutputRouterLogits: true,
				RouterAuxLossCoef: 0.02, Module: "mlp", ExpertNames: [3]string{"gate_proj", "up_proj", "down_proj"}}, false},
		{`{"model_type": "qwen3_moe", ` + base + `, "num_local_experts": 16}`, models.MoEConfig{Experts: 16, TopK: 8, Intermediate: 768, SparseStep: 1,
			RouterAuxLossCoef: 0.001, Module: "mlp", ExpertNames: [3]string{"gate_proj", "up_proj", "down_proj"}}, false},
		{`{"model_type": "qwen3_moe", ` + base + `}`, models.MoEConfig{Experts: 128, TopK: 8, Intermediate: 768, SparseStep: 1,
			RouterAuxLossCoef: 0.001, Module: "mlp", ExpertNames: [3]string{"gate_proj", "up_proj", "down_proj"}}, false},
	} {
		c, err := models.ParseConfig([]byte(tc.config), "config.json")
		if err != nil {
			t.Fatal(err)
		}
		dc := c.(*models.DecoderConfig)
		if got := *dc.MoE; fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.config, got, tc.want)
		}
		if dc.QKVBias != tc.bias {
			t.Errorf("%s: q/k/v bias %v, want %v", tc.config, dc.QKVBias, tc.bias)
		}
	}
}

// TestMoEWeightDims: a checkpoint whose experts disagree with config.json
// is reported naming the field (the router's rows: the expert count; an
// expert's gate: the expert intermediate size).
func TestMoEWeightDims(t *testing.T) {
	cfg, err := models.ParseConfig([]byte(`{"model_type": "mixtral", "vocab_size": 30, "hidden_size": 16, "intermediate_size": 20,
	 "num_hidden_layers": 2, "num_attention_heads": 2, "num_local_experts": 4}`), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		tensors map[string]ir.Shape
		want    string
	}{
		{map[string]ir.Shape{"model.layers.0.block_sparse_moe.gate.weight": {8, 16}}, "num_local_experts = 4"},
		{map[string]ir.Shape{"model.layers.0.mlp.gate.weight": {8, 16}}, "num_local_experts = 4"},
		{map[string]ir.Shape{"model.layers.0.block_sparse_moe.experts.0.w1.weight": {24, 16}}, "intermediate_size = 20"},
		{map[string]ir.Shape{"model.layers.0.mlp.experts.gate_up_proj": {4, 48, 16}}, "2 * intermediate_size = 2 * 20"},
	} {
		info := func(name string) (ir.Type, bool) {
			s, ok := tc.tensors[name]
			return ir.Type{DType: ir.Float32, Shape: s}, ok
		}
		err := models.CheckWeightDims(cfg, info, "ckpt")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: error %v, want one naming %q", tc.tensors, err, tc.want)
		}
	}
}
