package models

import (
	"strings"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
)

// DecoderLayout says how a family of the shared decoder stores and wires
// its layers. The zero value is Llama's: RMSNorm, q_proj/k_proj/v_proj,
// gate_proj/up_proj/down_proj, sequential residuals, names under model.*.
type DecoderLayout struct {
	Norm     NormKind
	QKV      QKVKind
	MLP      MLPKind
	Residual ResidualKind
	// Names are the module names of families that do not use Llama's
	// (nil: Llama's).
	Names *DecoderNames
}

// NormKind selects the decoder's normalisation layers.
type NormKind int

const (
	// NormRMS is Llama's RMSNorm: x / rms(x) * weight.
	NormRMS NormKind = iota
	// NormRMSUnitOffset is Gemma's RMSNorm: x / rms(x) * (1 + weight),
	// all of it in float32 and then cast back.
	NormRMSUnitOffset
	// NormLayerNorm is LayerNorm with weight and bias (GPT-NeoX).
	NormLayerNorm
)

// QKVKind selects how the q, k and v projections are stored.
type QKVKind int

const (
	// QKVSeparate: q_proj, k_proj, v_proj.
	QKVSeparate QKVKind = iota
	// QKVFused: one qkv_proj whose output rows are [q | k | v] (Phi-3).
	QKVFused
	// QKVHeadInterleaved: one query_key_value whose output rows are, head
	// by head, [q_h | k_h | v_h] (GPT-NeoX; no GQA).
	QKVHeadInterleaved
)

// MLPKind selects the feed-forward block.
type MLPKind int

const (
	// MLPGated: down_proj(act(gate_proj x) * up_proj x).
	MLPGated MLPKind = iota
	// MLPGatedFused: gate_up_proj with output rows [gate | up] (Phi-3).
	MLPGatedFused
	// MLPPlain: dense_4h_to_h(act(dense_h_to_4h x)), both with bias (GPT-NeoX).
	MLPPlain
)

// ResidualKind selects where the attention and MLP outputs join the
// residual stream.
type ResidualKind int

const (
	// ResidualSequential: h += attn(input_layernorm(h)); h +=
	// mlp(post_attention_layernorm(h)).
	ResidualSequential ResidualKind = iota
	// ResidualSandwich (Gemma 2/3): h +=
	// post_attention_layernorm(attn(input_layernorm(h))); h +=
	// post_feedforward_layernorm(mlp(pre_feedforward_layernorm(h))).
	ResidualSandwich
	// ResidualParallel (GPT-NeoX use_parallel_residual): h =
	// mlp(post_attention_layernorm(h)) + attn(input_layernorm(h)) + h.
	ResidualParallel
)

// DecoderNames are the Hugging Face module names that differ between
// families.
type DecoderNames struct {
	Model     string // base model, a dotted path: model, gpt_neox, model.language_model
	Embed     string // token embedding: embed_tokens, embed_in
	FinalNorm string // norm, final_layer_norm
	LMHead    string // lm_head, embed_out
	Attn      string // self_attn, attention
	Out       string // attention output projection: o_proj, dense
}

var (
	llamaNames = DecoderNames{Model: "model", Embed: "embed_tokens", FinalNorm: "norm", LMHead: "lm_head", Attn: "self_attn", Out: "o_proj"}
	neoxNames  = DecoderNames{Model: "gpt_neox", Embed: "embed_in", FinalNorm: "final_layer_norm", LMHead: "embed_out", Attn: "attention", Out: "dense"}
)

func (l DecoderLayout) names() DecoderNames {
	if l.Names != nil {
		return *l.Names
	}
	return llamaNames
}

// modelPath is the dotted path of the base model (model, gpt_neox,
// model.language_model).
func (l DecoderLayout) modelPath() string { return l.names().Model }

// modelScope is modelPath split into scope names.
func (l DecoderLayout) modelScope() []string { return strings.Split(l.names().Model, ".") }

// lmHeadName is the dotted path of the LM head (without ".weight").
func (l DecoderLayout) lmHeadName() string { return l.names().LMHead }

// norm is the family's normalisation over a last axis of size dim.
func (m *decoder) norm(s *nn.Scope, x *frontend.Tensor, dim int) *frontend.Tensor {
	c := m.cfg
	switch c.Layout.Norm {
	case NormLayerNorm:
		return nn.NewLayerNorm(s, dim, c.RMSNormEps, nn.LayerNormOptions{}).Forward(x)
	case NormRMSUnitOffset:
		n := nn.NewRMSNorm(s, dim, c.RMSNormEps)
		n.UnitOffset = true
		return n.Forward(x)
	}
	return nn.NewRMSNorm(s, dim, c.RMSNormEps).Forward(x)
}

// block is one decoder layer; it returns the new hidden state and, with a
// cache, the layer's updated cache.
func (m *decoder) block(s *nn.Scope, layer int, h, cos, sin *frontend.Tensor, in DecoderInputs, qpos *frontend.Tensor, past *KV, window int, act nn.ActFn, drop *nn.Dropout) (*frontend.Tensor, KV) {
	c := m.cfg
	x := m.norm(s.Sub("input_layernorm"), h, c.Hidden)                                                    // (B, T, C)
	attn, present := m.attention(s.Sub(c.Layout.names().Attn), x, cos, sin, in, qpos, past, window, drop) // (B, T, C)
	attn = drop.Apply(attn, c.ResidDropout)
	switch c.Layout.Residual {
	case ResidualParallel:
		mlp := drop.Apply(m.mlp(s.Sub("mlp"), m.norm(s.Sub("post_attention_layernorm"), h, c.Hidden), act), c.ResidDropout)
		return mlp.Add(attn).Add(h), present
	case ResidualSandwich:
		h = h.Add(m.norm(s.Sub("post_attention_layernorm"), attn, c.Hidden))
		x = m.norm(s.Sub("pre_feedforward_layernorm"), h, c.Hidden)
		return h.Add(m.norm(s.Sub("post_feedforward_layernorm"), m.mlp(s.Sub("mlp"), x, act), c.Hidden)), present
	}
	h = h.Add(attn)
	x = m.norm(s.Sub("post_attention_layernorm"), h, c.Hidden)
	return h.Add(drop.Apply(m.ffn(s, layer, x, act), c.ResidDropout)), present
}

// attention is the self-attention of one layer on the normed x (B, T, C):
// projections, optional q/k norms, rotary, cache update, attention and
// the output projection (B, T, C).
func (m *decoder) attention(a *nn.Scope, x, cos, sin *frontend.Tensor, in DecoderInputs, qpos *frontend.Tensor, past *KV, window int, drop *nn.Dropout) (*frontend.Tensor, KV) {
	c := m.cfg
	q, k, v := m.qkv(a, x) // (B, H, T, D), (B, Hkv, T, D) x2
	if c.QKNorm {
		q = m.norm(a.Sub("q_norm"), q, c.HeadDim)
		k = m.norm(a.Sub("k_norm"), k, c.HeadDim)
	}
	q, k = nn.ApplyRotary(q, cos, sin), nn.ApplyRotary(k, cos, sin)
	var present KV
	if past != nil {
		present = UpdateCache(*past, in.CachePos, k, v) // (B, Hkv, K, D)
		k, v = present.Key, present.Value
	}
	o := attention(drop, c.AttentionDropout, q, k, v, frontend.AttentionOptions{
		Scale: c.AttnScale, SoftCap: c.AttnSoftCap, Causal: true, Window: window, Mask: in.Mask, Positions: qpos,
	}) // (B, H, T, D)
	return m.linear(a.Sub(c.Layout.names().Out), c.Heads*c.HeadDim, c.Hidden, c.OBias, nn.MergeHeads(o)), present
}

// qkv projects x (B, T, C) to q (B, H, T, D), k and v (B, Hkv, T, D).
func (m *decoder) qkv(a *nn.Scope, x *frontend.Tensor) (q, k, v *frontend.Tensor) {
	c := m.cfg
	qd, kd := c.Heads*c.HeadDim, c.KVHeads*c.HeadDim
	switch c.Layout.QKV {
	case QKVFused:
		p := nn.NewLinear(a.Sub("qkv_proj"), c.Hidden, qd+2*kd, c.QKVBias).Forward(x).Split(-1, qd, kd, kd) // (B, T, .)
		return nn.SplitHeads(p[0], c.Heads), nn.SplitHeads(p[1], c.KVHeads), nn.SplitHeads(p[2], c.KVHeads)
	case QKVHeadInterleaved:
		y := nn.NewLinear(a.Sub("query_key_value"), c.Hidden, 3*qd, c.QKVBias).Forward(x) // (B, T, H*3D)
		b, t := y.Dim(0), y.Dim(1)
		p := y.Reshape(b, t, c.Heads, 3*c.HeadDim).Split(-1, c.HeadDim, c.HeadDim, c.HeadDim) // (B, T, H, D) x3
		heads := func(z *frontend.Tensor) *frontend.Tensor { return z.SwapAxes(1, 2) }        // (B, H, T, D)
		return heads(p[0]), heads(p[1]), heads(p[2])
	}
	// Under tensor parallelism q/k/v are column-parallel: this device's
	// heads only (tp.go).
	q = nn.SplitHeads(m.linear(a.Sub("q_proj"), c.Hidden, qd, c.QKVBias, x), m.heads())   // (B, H, T, D)
	k = nn.SplitHeads(m.linear(a.Sub("k_proj"), c.Hidden, kd, c.QKVBias, x), m.kvHeads()) // (B, Hkv, T, D)
	v = nn.SplitHeads(m.linear(a.Sub("v_proj"), c.Hidden, kd, c.QKVBias, x), m.kvHeads()) // (B, Hkv, T, D)
	return q, k, v
}

// mlp is the feed-forward block on the normed x (B, T, C).
func (m *decoder) mlp(ms *nn.Scope, x *frontend.Tensor, act nn.ActFn) *frontend.Tensor {
	c := m.cfg
	switch c.Layout.MLP {
	case MLPGatedFused:
		p := nn.NewLinear(ms.Sub("gate_up_proj"), c.Hidden, 2*c.Intermediate, c.MLPBias).Forward(x).Split(-1, c.Intermediate, c.Intermediate)
		return nn.NewLinear(ms.Sub("down_proj"), c.Intermediate, c.Hidden, c.MLPBias).Forward(act(p[0]).Mul(p[1]))
	case MLPPlain:
		up := act(nn.NewLinear(ms.Sub("dense_h_to_4h"), c.Hidden, c.Intermediate, c.MLPBias).Forward(x)) // (B, T, I)
		return nn.NewLinear(ms.Sub("dense_4h_to_h"), c.Intermediate, c.Hidden, c.MLPBias).Forward(up)
	}
	gate := m.linear(ms.Sub("gate_proj"), c.Hidden, c.Intermediate, c.MLPBias, x)
	up := m.linear(ms.Sub("up_proj"), c.Hidden, c.Intermediate, c.MLPBias, x)
	return m.linear(ms.Sub("down_proj"), c.Intermediate, c.Hidden, c.MLPBias, act(gate).Mul(up))
}
