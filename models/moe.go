package models

import (
	"encoding/json"
	"fmt"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// OutputAuxLoss (scalar, float32; float64 for a float64 model) is the auxiliary load-balancing loss of
// a mixture-of-experts model (transformers' aux_loss), returned when its
// config sets output_router_logits; with labels, router_aux_loss_coef
// times it is added to OutputLoss, as transformers does.
const OutputAuxLoss = "aux_loss"

// MoEConfig is the mixture-of-experts part of a decoder config (Mixtral,
// Qwen2-MoE, Qwen3-MoE): which layers replace the MLP by routed experts,
// and how they route.
type MoEConfig struct {
	Experts      int // num_local_experts (Mixtral) / num_experts (Qwen)
	TopK         int // num_experts_per_tok
	Intermediate int // each expert's intermediate size (Mixtral: intermediate_size; Qwen: moe_intermediate_size)
	// NormTopK renormalises the top-k routing weights to sum to 1
	// (Mixtral always; Qwen's norm_topk_prob).
	NormTopK bool
	// SharedIntermediate is Qwen2-MoE's shared_expert_intermediate_size:
	// a gated MLP every token runs, scaled by sigmoid(shared_expert_gate x)
	// (0: none).
	SharedIntermediate int
	// SparseStep and MLPOnlyLayers pick the sparse layers as transformers
	// does: layer i is sparse unless listed in mlp_only_layers, when
	// (i + 1) % decoder_sparse_step == 0; the others keep the dense MLP of
	// intermediate_size.
	SparseStep    int
	MLPOnlyLayers []int
	// OutputRouterLogits and RouterAuxLossCoef: the load-balancing loss
	// (OutputAuxLoss) and its weight in the training loss.
	OutputRouterLogits bool
	RouterAuxLossCoef  float64
	// Module is the layer's module holding the router (gate) and the
	// experts: block_sparse_moe (Mixtral) or mlp (Qwen).
	Module string
	// ExpertNames are a per-expert checkpoint's projection names: gate,
	// up, down (Mixtral: w1, w3, w2).
	ExpertNames [3]string
}

// sparse reports whether layer i runs the experts.
func (m *MoEConfig) sparse(i int) bool {
	for _, l := range m.MLPOnlyLayers {
		if l == i {
			return false
		}
	}
	return m.Experts > 0 && (i+1)%m.SparseStep == 0
}

// moeDefaults are a family's values for absent mixture-of-experts fields.
type moeDefaults struct {
	experts, topK, inter, shared int // inter 0: intermediate_size
	normTopK                     bool
	expertsField                 string // num_local_experts or num_experts
	interField                   string // intermediate_size or moe_intermediate_size
	module                       string
	names                        [3]string
}

// parseMoE reads the mixture-of-experts fields of raw into c.MoE, with d's
// defaults, and checks them.
func parseMoE(c *DecoderConfig, raw map[string]json.RawMessage, file string, d moeDefaults) error {
	m := &MoEConfig{Experts: d.experts, TopK: d.topK, Intermediate: d.inter, NormTopK: d.normTopK, SharedIntermediate: d.shared,
		SparseStep: 1, RouterAuxLossCoef: 0.001, Module: d.module, ExpertNames: d.names}
	if m.Intermediate == 0 {
		m.Intermediate = c.Intermediate
	}
	fields := []jsonField{
		{d.expertsField, &m.Experts}, {"num_experts_per_tok", &m.TopK}, {"decoder_sparse_step", &m.SparseStep},
		{"mlp_only_layers", &m.MLPOnlyLayers}, {"output_router_logits", &m.OutputRouterLogits},
		{"router_aux_loss_coef", &m.RouterAuxLossCoef},
	}
	if d.interField != "intermediate_size" {
		fields = append(fields, jsonField{d.interField, &m.Intermediate})
	}
	if d.module == "mlp" { // Qwen: norm_topk_prob is a config field (Mixtral always renormalises)
		fields = append(fields, jsonField{"norm_topk_prob", &m.NormTopK})
	}
	if d.shared > 0 {
		fields = append(fields, jsonField{"shared_expert_intermediate_size", &m.SharedIntermediate})
	}
	// transformers 5 maps Qwen-MoE's num_experts onto num_local_experts
	// (attribute_map), so configs it saves may name the count either way.
	if other := map[string]string{"num_experts": "num_local_experts", "num_local_experts": "num_experts"}[d.expertsField]; raw[d.expertsField] == nil {
		fields = append(fields, jsonField{other, &m.Experts})
	}
	for _, f := range fields {
		if err := unmarshalField(raw, f.name, f.dst, file); err != nil {
			return err
		}
	}
	// Routers other than softmax top-k (DeepSeek's sigmoid scoring,
	// grouped top-k) are not built: refuse them by name.
	for _, f := range []struct{ name, want string }{{"scoring_func", "softmax"}, {"topk_method", "greedy"}} {
		if v, ok := raw[f.name]; ok && !isNull(v) {
			var s string
			if err := json.Unmarshal(v, &s); err != nil || s != f.want {
				return fmt.Errorf("%s: field %s: router %s is not supported (supported: %q, the softmax top-k router)", file, f.name, v, f.want)
			}
		}
	}
	if err := checkPositive(file, intField{d.expertsField, m.Experts}, intField{"num_experts_per_tok", m.TopK},
		intField{d.interField, m.Intermediate}, intField{"decoder_sparse_step", m.SparseStep}); err != nil {
		return err
	}
	if m.TopK > m.Experts {
		return fmt.Errorf("%s: num_experts_per_tok %d exceeds %s %d", file, m.TopK, d.expertsField, m.Experts)
	}
	if m.SharedIntermediate < 0 {
		return fmt.Errorf("%s: field shared_expert_intermediate_size must be >= 0, got %d", file, m.SharedIntermediate)
	}
	if c.Layout.Residual != ResidualSequential {
		return fmt.Errorf("%s: mixture-of-experts layers need sequential residuals", file)
	}
	c.MoE = m
	return nil
}

// jsonField is a config.json field and where it is decoded to.
type jsonField struct {
	name string
	dst  any
}

// unmarshalField decodes raw[name] into dst when present and not null,
// with an error naming file and field.
func unmarshalField(raw map[string]json.RawMessage, name string, dst any, file string) error {
	v, ok := raw[name]
	if !ok || isNull(v) {
		return nil
	}
	if err := json.Unmarshal(v, dst); err != nil {
		return fmt.Errorf("%s: field %s: %v (got JSON %s)", file, name, err, v)
	}
	return nil
}

// moeState collects, while one program is built, each sparse layer's
// router logits and chosen experts for the load-balancing loss.
type moeState struct {
	logits, experts []*frontend.Tensor // (N, E) and (N, K) per sparse layer
}

type moeStateKey struct{}

func moeStateOf(g *frontend.Graph) *moeState {
	if s, ok := g.Value(moeStateKey{}).(*moeState); ok {
		return s
	}
	s := &moeState{}
	g.SetValue(moeStateKey{}, s)
	return s
}

// ffn is layer i's feed-forward block on the normed x (B, T, C): the MLP,
// or for a sparse layer of a mixture-of-experts model the routed experts
// (plus Qwen2-MoE's gated shared expert).
func (m *decoder) ffn(ls *nn.Scope, i int, x *frontend.Tensor, act nn.ActFn) *frontend.Tensor {
	c := m.cfg
	moe := c.MoE
	if moe == nil || !moe.sparse(i) {
		return m.mlp(ls.Sub("mlp"), x, act)
	}
	ms := ls.Sub(moe.Module)
	b, t := x.Dim(0), x.Dim(1)
	xf := x.Reshape(b*t, c.Hidden)                                                   // (N, C)
	logits := nn.NewLinear(ms.Sub("gate"), c.Hidden, moe.Experts, false).Forward(xf) // (N, E)
	weights, experts := nn.TopKRouting(logits, moe.TopK, moe.NormTopK)               // (N, K) x2
	st := moeStateOf(x.Graph())
	st.logits, st.experts = append(st.logits, logits), append(st.experts, experts)
	y := nn.NewMoEExperts(ms.Sub("experts"), moe.Experts, c.Hidden, moe.Intermediate, act).Forward(xf, experts, weights) // (N, C)
	if moe.SharedIntermediate > 0 {
		ss := ms.Sub("shared_expert")
		gate := nn.NewLinear(ss.Sub("gate_proj"), c.Hidden, moe.SharedIntermediate, false).Forward(xf)
		up := nn.NewLinear(ss.Sub("up_proj"), c.Hidden, moe.SharedIntermediate, false).Forward(xf)
		shared := nn.NewLinear(ss.Sub("down_proj"), moe.SharedIntermediate, c.Hidden, false).Forward(act(gate).Mul(up)) // (N, C)
		g := nn.NewLinear(ms.Sub("shared_expert_gate"), c.Hidden, 1, false).Forward(xf).Sigmoid()                       // (N, 1)
		y = y.Add(g.BroadcastTo(b*t, c.Hidden).Mul(shared))
	}
	return y.Reshape(b, t, c.Hidden)
}

// auxLoss is transformers' load_balancing_loss_func over the sparse
// layers' router logits (concatenated), in float32: with p = softmax of
// the logits and the top-k experts each token was routed to,
//
//	tokens_per_expert[k, e] = mean over tokens (all layers) of [expert k of the token is e]
//	router_prob[e]          = mean over tokens of p[e]
//	aux                     = E * sum_{k,e} tokens_per_expert[k, e] * router_prob[e]
//
// where the means count only the tokens mask (B, T) keeps, when given; in
// float32 (float64 for a float64 model). It returns nil for a model
// without sparse layers.
func (m *decoder) auxLoss(g *frontend.Graph, mask *frontend.Tensor) *frontend.Tensor {
	st := moeStateOf(g)
	if len(st.logits) == 0 {
		return nil
	}
	e, k := m.cfg.MoE.Experts, m.cfg.MoE.TopK
	ct := nn.RoutingDType(st.logits[0].DType())
	n := st.logits[0].Dim(0)
	var keep *frontend.Tensor // (N, 1) f32
	if mask != nil {
		keep = mask.Reshape(n, 1).AsType(ct)
	}
	var counts, probs *frontend.Tensor // (K, E), (E)
	for l, logits := range st.logits {
		p := logits.AsType(ct).Softmax(-1)                                                                    // (N, E)
		onehot := st.experts[l].Unsqueeze(2).BroadcastTo(n, k, e).Eq(g.Iota(ir.Int64, 2, n, k, e)).AsType(ct) // (N, K, E)
		if keep != nil {                                                                                      // select, not multiply: a padding row's values may be NaN
			p = frontend.Where(keep.BroadcastTo(n, e).Gt(p.FullLike(0)), p, p.FullLike(0))
			onehot = onehot.Mul(keep.Reshape(n, 1, 1).BroadcastTo(n, k, e))
		}
		c, q := onehot.Sum(0), p.Sum(0)
		if counts == nil {
			counts, probs = c, q
		} else {
			counts, probs = counts.Add(c), probs.Add(q)
		}
	}
	var tokens *frontend.Tensor // scalar: the tokens counted, over all layers
	if keep != nil {
		tokens = keep.Sum().MulScalar(float64(len(st.logits)))
	} else {
		tokens = g.ConstScalar(ct, float64(n*len(st.logits)))
	}
	tpe := counts.Div(tokens.BroadcastTo(k, e))                       // (K, E)
	rpe := probs.Div(tokens.BroadcastTo(e)).Unsqueeze(0)              // (1, E)
	return tpe.Mul(rpe.BroadcastTo(k, e)).Sum().MulScalar(float64(e)) // ()
}

// moePrefixes lists, for each sparse layer, the dotted path of its MoE
// module (model.layers.3.block_sparse_moe).
func (m *decoder) moePrefixes() []string {
	c := m.cfg
	var out []string
	for i := 0; i < c.Layers; i++ {
		if c.MoE.sparse(i) {
			out = append(out, fmt.Sprintf("%s.layers.%d.%s", c.Layout.modelPath(), i, c.MoE.Module))
		}
	}
	return out
}

// moeAliases: Mixtral's MoE module is block_sparse_moe in the Hub's
// checkpoints and mlp in transformers 5's own layout; either is read.
func (m *decoder) moeAliases(out map[string][]string) {
	if m.cfg.MoE == nil || m.cfg.MoE.Module == "mlp" {
		return
	}
	for _, p := range m.moePrefixes() {
		alt := p[:len(p)-len(m.cfg.MoE.Module)] + "mlp"
		for _, leaf := range []string{"gate.weight", "experts.gate_up_proj", "experts.down_proj"} {
			out[p+"."+leaf] = append(out[p+"."+leaf], alt+"."+leaf)
		}
	}
}

// WeightStacks implements WeightStacker: the stacked experts of each
// sparse layer from a per-expert checkpoint (experts.N.w1/w3/w2 or
// experts.N.gate_proj/up_proj/down_proj): gate_up_proj (E, 2I, C) is
// expert by expert [gate; up], down_proj (E, C, I) the down projections.
func (m *decoder) WeightStacks() map[string][]string {
	moe := m.cfg.MoE
	if moe == nil {
		return nil
	}
	out := map[string][]string{}
	for _, p := range m.moePrefixes() {
		var gu, down []string
		for e := 0; e < moe.Experts; e++ {
			ex := fmt.Sprintf("%s.experts.%d.", p, e)
			gu = append(gu, ex+moe.ExpertNames[0]+".weight", ex+moe.ExpertNames[1]+".weight")
			down = append(down, ex+moe.ExpertNames[2]+".weight")
		}
		out[p+".experts.gate_up_proj"], out[p+".experts.down_proj"] = gu, down
	}
	return out
}

// moeWeightDims declares what the first sparse layer's tensors must
// measure: the router's rows are the expert count, each expert's gate
// (per-expert or stacked) the expert intermediate size, under the Hub's
// and transformers 5's module names.
func (c *DecoderConfig) moeWeightDims() []WeightDim {
	m := c.MoE
	if m == nil {
		return nil
	}
	layer := -1
	for i := 0; i < c.Layers && layer < 0; i++ {
		if m.sparse(i) {
			layer = i
		}
	}
	if layer < 0 {
		return nil
	}
	expertsField, interField := "num_experts", "moe_intermediate_size"
	if m.Module == "block_sparse_moe" {
		expertsField, interField = "num_local_experts", "intermediate_size"
	}
	var out []WeightDim
	for _, mod := range []string{m.Module, "mlp"} {
		p := func(n string) []string {
			return withPrefix(c.Layout.modelPath()+".", fmt.Sprintf("layers.%d.%s.%s", layer, mod, n))
		}
		out = append(out,
			WeightDim{p("gate.weight"), 0, expertsField, []string{expertsField}, m.Experts},
			WeightDim{p("experts.0." + m.ExpertNames[0] + ".weight"), 0, interField, []string{interField}, m.Intermediate},
			WeightDim{p("experts.gate_up_proj"), 1, fmt.Sprintf("2 * %s = 2 * %d", interField, m.Intermediate), []string{interField}, 2 * m.Intermediate},
		)
		if mod == "mlp" {
			break
		}
	}
	return out
}
