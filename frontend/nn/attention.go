package nn

import (
	"github.com/kiln-ml/kiln/frontend"
)

// SplitHeads reshapes (B, T, H*D) to (B, H, T, D).
func SplitHeads(x *frontend.Tensor, heads int) *frontend.Tensor {
	return x.Reshape(x.Dim(0), x.Dim(1), heads, -1).SwapAxes(1, 2)
}

// MergeHeads reshapes (B, H, T, D) to (B, T, H*D).
func MergeHeads(x *frontend.Tensor) *frontend.Tensor {
	return x.SwapAxes(1, 2).Reshape(x.Dim(0), x.Dim(2), -1)
}

// ScaledDotProductAttention is softmax(q k^T * scale + mask) v through the
// Attention op, with q (B, Hq, Tq, D) and k, v (B, Hkv, Tk, D): Hq a
// multiple of Hkv (grouped-query attention without repeating k and v).
// Options give the scale (0: 1/sqrt(D)), causal masking, a sliding
// window, the padding mask (B, Tk), query positions and sinks.
func ScaledDotProductAttention(q, k, v *frontend.Tensor, o frontend.AttentionOptions) *frontend.Tensor {
	return frontend.Attention(q, k, v, o)
}

// AttentionConfig sizes a self-attention layer.
type AttentionConfig struct {
	Hidden  int  // hidden_size
	Heads   int  // num_attention_heads
	KVHeads int  // num_key_value_heads (0: Heads)
	HeadDim int  // head_dim (0: Hidden / Heads)
	QKVBias bool // q_proj, k_proj, v_proj have biases (attention_bias; Qwen2)
	OutBias bool // o_proj has a bias
	Options frontend.AttentionOptions
}

// SelfAttention is the Llama-family attention layer: q_proj, k_proj,
// v_proj, o_proj under its scope, rotary embeddings on q and k, and the
// Attention op (GQA when KVHeads < Heads).
type SelfAttention struct {
	Q, K, V, O              *Linear
	Heads, KVHeads, HeadDim int
	Options                 frontend.AttentionOptions
	// QNorm and KNorm, when set, normalise q and k per head, (B, H, T, D)
	// over D, before the rotary embedding (Qwen3's q_norm and k_norm:
	// assign NewRMSNorm(s.Sub("q_norm"), headDim, eps).Forward).
	QNorm, KNorm ActFn
}

// NewSelfAttention declares the projections of a self-attention layer.
func NewSelfAttention(s *Scope, c AttentionConfig) *SelfAttention {
	kv := c.KVHeads
	if kv == 0 {
		kv = c.Heads
	}
	hd := c.HeadDim
	if hd == 0 && c.Heads > 0 {
		hd = c.Hidden / c.Heads
	}
	return &SelfAttention{
		Q:     NewLinear(s.Sub("q_proj"), c.Hidden, c.Heads*hd, c.QKVBias),
		K:     NewLinear(s.Sub("k_proj"), c.Hidden, kv*hd, c.QKVBias),
		V:     NewLinear(s.Sub("v_proj"), c.Hidden, kv*hd, c.QKVBias),
		O:     NewLinear(s.Sub("o_proj"), c.Heads*hd, c.Hidden, c.OutBias),
		Heads: c.Heads, KVHeads: kv, HeadDim: hd, Options: c.Options,
	}
}

// Forward maps x (B, T, hidden) to (B, T, hidden). cos and sin (from
// Rotary.CosSin) rotate q and k; pass nil for no rotary embedding. extra
// overrides the per-call parts of the options (mask, positions); its
// zero value keeps the layer's options.
func (a *SelfAttention) Forward(x, cos, sin *frontend.Tensor, extra *frontend.AttentionOptions) *frontend.Tensor {
	q := SplitHeads(a.Q.Forward(x), a.Heads)   // (B, Hq, T, D)
	k := SplitHeads(a.K.Forward(x), a.KVHeads) // (B, Hkv, T, D)
	v := SplitHeads(a.V.Forward(x), a.KVHeads) // (B, Hkv, T, D)
	if a.QNorm != nil {
		q = a.QNorm(q)
	}
	if a.KNorm != nil {
		k = a.KNorm(k)
	}
	if cos != nil {
		q, k = ApplyRotary(q, cos, sin), ApplyRotary(k, cos, sin)
	}
	o := a.Options
	if extra != nil {
		if extra.Mask != nil {
			o.Mask = extra.Mask
		}
		if extra.Positions != nil {
			o.Positions = extra.Positions
		}
	}
	return a.O.Forward(MergeHeads(ScaledDotProductAttention(q, k, v, o)))
}
