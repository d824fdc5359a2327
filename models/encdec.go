package models

import (
	"fmt"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// The layers of the BART family of encoder-decoders (BART, mBART,
// Whisper, ...), shared: transformers copies BartAttention and the
// encoder/decoder layers between them, with the same weight names
// (self_attn, encoder_attn, fc1, fc2, self_attn_layer_norm,
// encoder_attn_layer_norm, final_layer_norm; q_proj, k_proj, v_proj,
// out_proj). Families differ in where the LayerNorm sits (PreNorm) and in
// whether k_proj has a bias; they own their embeddings and final norms.

// seq2seqLayers sizes and configures the shared encoder-decoder layers of
// one stack (encoder or decoder).
type seq2seqLayers struct {
	Hidden, Heads, FFN int
	Eps                float64
	Act                nn.ActFn
	// PreNorm puts each LayerNorm before its sublayer (Whisper, mBART);
	// false is BART's post-norm (after the residual).
	PreNorm bool
	// KBias: k_proj has a bias (BART); Whisper's has none.
	KBias bool
}

func (c seq2seqLayers) headDim() int { return c.Hidden / c.Heads }

// attnProjections are one attention block's q, k, v and out projections,
// declared when used: a decoder stage's cross-attention takes its keys
// and values as inputs and so never declares k_proj and v_proj.
type attnProjections struct {
	s *nn.Scope
	c seq2seqLayers
}

func (c seq2seqLayers) projections(s *nn.Scope) attnProjections { return attnProjections{s: s, c: c} }

// keyValue projects x (B, S, C) to keys and values (B, H, S, D).
func (p attnProjections) keyValue(x *frontend.Tensor) KV {
	c := p.c
	k := nn.NewLinear(p.s.Sub("k_proj"), c.Hidden, c.Hidden, c.KBias).Forward(x)
	v := nn.NewLinear(p.s.Sub("v_proj"), c.Hidden, c.Hidden, true).Forward(x)
	return KV{Key: nn.SplitHeads(k, c.Heads), Value: nn.SplitHeads(v, c.Heads)}
}

// attend is softmax(q k^T / sqrt(D)) v for queries from x (B, T, C) over
// kv, then out_proj: (B, T, C). transformers scales q by D^-0.5 before
// the product; the Attention op scales the scores, the same value to
// float rounding.
func (p attnProjections) attend(x *frontend.Tensor, kv KV, o frontend.AttentionOptions) *frontend.Tensor {
	c := p.c
	q := nn.SplitHeads(nn.NewLinear(p.s.Sub("q_proj"), c.Hidden, c.Hidden, true).Forward(x), c.Heads) // (B, H, T, D)
	a := nn.MergeHeads(frontend.Attention(q, kv.Key, kv.Value, o))                                    // (B, T, C)
	return nn.NewLinear(p.s.Sub("out_proj"), c.Hidden, c.Hidden, true).Forward(a)
}

// sublayer applies f to h with a residual and the LayerNorm in the
// family's place.
func (c seq2seqLayers) sublayer(norm *nn.LayerNorm, h *frontend.Tensor, f func(x *frontend.Tensor) *frontend.Tensor) *frontend.Tensor {
	if c.PreNorm {
		return h.Add(f(norm.Forward(h)))
	}
	return norm.Forward(h.Add(f(h)))
}

func (c seq2seqLayers) norm(s *nn.Scope) *nn.LayerNorm {
	return nn.NewLayerNorm(s, c.Hidden, c.Eps, nn.LayerNormOptions{})
}

// mlp is fc2(act(fc1(x))).
func (c seq2seqLayers) mlp(s *nn.Scope, x *frontend.Tensor) *frontend.Tensor {
	up := c.Act(nn.NewLinear(s.Sub("fc1"), c.Hidden, c.FFN, true).Forward(x)) // (B, T, FFN)
	return nn.NewLinear(s.Sub("fc2"), c.FFN, c.Hidden, true).Forward(up)      // (B, T, C)
}

// encoderLayer is one bidirectional encoder layer over h (B, S, C); mask
// (B, S) marks the keys to attend (nil: all).
func (c seq2seqLayers) encoderLayer(s *nn.Scope, h, mask *frontend.Tensor) *frontend.Tensor {
	a := c.projections(s.Sub("self_attn"))
	h = c.sublayer(c.norm(s.Sub("self_attn_layer_norm")), h, func(x *frontend.Tensor) *frontend.Tensor {
		return a.attend(x, a.keyValue(x), frontend.AttentionOptions{Mask: mask})
	})
	return c.sublayer(c.norm(s.Sub("final_layer_norm")), h, func(x *frontend.Tensor) *frontend.Tensor { return c.mlp(s, x) })
}

// crossKV projects the encoder output enc (B, S, C) into decoder layer
// s's cross-attention keys and values (B, H, S, D): what the encoder stage
// returns, once per generation.
func (c seq2seqLayers) crossKV(s *nn.Scope, enc *frontend.Tensor) KV {
	return c.projections(s.Sub("encoder_attn")).keyValue(enc)
}

// decoderLayer is one decoder layer over h (B, T, C): causal
// self-attention (over the cache when past is given; it returns the
// layer's updated cache), cross-attention over cross (the layer's
// encoder keys and values; crossMask (B, S) or nil) and the MLP.
func (c seq2seqLayers) decoderLayer(s *nn.Scope, h *frontend.Tensor, in DecoderInputs, qpos *frontend.Tensor, past *KV, cross KV, crossMask *frontend.Tensor) (*frontend.Tensor, KV) {
	self := c.projections(s.Sub("self_attn"))
	var present KV
	h = c.sublayer(c.norm(s.Sub("self_attn_layer_norm")), h, func(x *frontend.Tensor) *frontend.Tensor {
		kv := self.keyValue(x) // (B, H, T, D)
		if past != nil {
			present = UpdateCache(*past, in.CachePos, kv.Key, kv.Value) // (B, H, K, D)
			kv = present
		}
		return self.attend(x, kv, frontend.AttentionOptions{Causal: true, Mask: in.Mask, Positions: qpos})
	})
	enc := c.projections(s.Sub("encoder_attn"))
	h = c.sublayer(c.norm(s.Sub("encoder_attn_layer_norm")), h, func(x *frontend.Tensor) *frontend.Tensor {
		return enc.attend(x, cross, frontend.AttentionOptions{Mask: crossMask})
	})
	return c.sublayer(c.norm(s.Sub("final_layer_norm")), h, func(x *frontend.Tensor) *frontend.Tensor { return c.mlp(s, x) }), present
}

// declareCross declares the cross-attention inputs of a decoder stage:
// CrossKey(i) and CrossValue(i), (B, H, S, D), for each of layers.
func declareCross(g *frontend.Graph, batch, layers, heads, length, headDim int, dt ir.DType) []KV {
	out := make([]KV, layers)
	for i := range out {
		out[i] = KV{
			Key:   g.Param(CrossKey(i), dt, batch, heads, length, headDim),
			Value: g.Param(CrossValue(i), dt, batch, heads, length, headDim),
		}
	}
	return out
}

// crossOutputs names the cross-attention keys and values an encoder
// stage returns.
func crossOutputs(kvs []KV) []frontend.Output {
	var outs []frontend.Output
	for i, kv := range kvs {
		outs = append(outs, frontend.Out(CrossKey(i), kv.Key), frontend.Out(CrossValue(i), kv.Value))
	}
	return outs
}

// conv1dIm2col is torch.nn.Conv1d (weight (out, in, k), bias (out)) over
// x (B, T, in) — time-major, the layout the transformer that follows
// wants — with zero padding pad on both sides and the given stride,
// computed as im2col (k strided slices stacked to (B, Tout, in*k)) and one
// matrix product with the weight viewed as (out, in*k), so that it runs
// on the backend's GEMM. Returns (B, Tout, out).
func conv1dIm2col(s *nn.Scope, x *frontend.Tensor, in, out, k, stride, pad int) *frontend.Tensor {
	w := s.Param("weight", out, in, k)
	b := s.Param("bias", out)
	if x.Rank() != 3 || x.Dim(2) != in {
		panic(fmt.Sprintf("conv1d %s: input is %s, want (B, T, %d)", s.Prefix(), x.Type(), in))
	}
	bsz, t := x.Dim(0), x.Dim(1)
	tout := (t+2*pad-k)/stride + 1
	xp := x.Pad([]int{0, pad, 0}, []int{0, pad, 0}, 0) // (B, T+2p, in)
	cols := make([]*frontend.Tensor, k)
	for j := range cols {
		cols[j] = xp.Slice(frontend.All(), frontend.Range{Start: j, Stop: j + stride*(tout-1) + 1, Step: stride}) // (B, Tout, in)
	}
	col := frontend.Stack(3, cols...).Reshape(bsz, tout, in*k) // (B, Tout, in*k): index c*k + j
	return col.MatMulT(w.Reshape(out, in*k)).Add(b)            // (B, Tout, out)
}
