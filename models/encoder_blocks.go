package models

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
)

// Blocks shared by the vision and dual encoders (ViT, CLIP, SigLIP): the
// patch embedding and the pre-LayerNorm encoder layer. The families
// differ only in the names of the weights, which preNormNames spells.

// patchEmbed is transformers' Conv2d(ch, C, kernel=p, stride=p) over
// pixels (B, ch, S, S) as a reshape and one matmul over each patch's
// (ch, p, p) pixels, in the kernel's (ch, kh, kw) order, with an optional
// bias: (B, (S/p)^2, C), patches in row-major order (the conv output's
// flatten(2).transpose(1, 2)).
func patchEmbed(s *nn.Scope, pixels *frontend.Tensor, hidden, patch int, bias bool) *frontend.Tensor {
	sh := pixels.Shape()
	b, ch, side := sh[0], sh[1], sh[2]
	grid := side / patch
	patches := pixels.Reshape(b, ch, grid, patch, grid, patch).Transpose(0, 2, 4, 1, 3, 5).Reshape(b, grid*grid, ch*patch*patch) // (B, N, ch*p*p)
	kernel := s.Param("weight", hidden, ch, patch, patch).Reshape(hidden, ch*patch*patch)                                        // (C, ch*p*p)
	h := patches.MatMulT(kernel)                                                                                                 // (B, N, C)
	if bias {
		h = h.Add(s.Param("bias", hidden))
	}
	return h
}

// preNormNames are the weight scopes of one pre-LayerNorm encoder layer,
// relative to the layer: h + out(attention(q, k, v of norm1(h))), then
// h + fc2(act(fc1(norm2(h)))).
type preNormNames struct {
	norm1, q, k, v, out, norm2, fc1, fc2 string
}

// Weight names of the families' layers.
var (
	vitLayerNames = preNormNames{norm1: "layernorm_before", q: "attention.attention.query", k: "attention.attention.key",
		v: "attention.attention.value", out: "attention.output.dense", norm2: "layernorm_after", fc1: "intermediate.dense", fc2: "output.dense"}
	clipLayerNames = preNormNames{norm1: "layer_norm1", q: "self_attn.q_proj", k: "self_attn.k_proj", v: "self_attn.v_proj",
		out: "self_attn.out_proj", norm2: "layer_norm2", fc1: "mlp.fc1", fc2: "mlp.fc2"}
)

// preNormLayer is the shape and behaviour of one family's encoder layers.
type preNormLayer struct {
	names                        preNormNames
	hidden, heads, intermediate  int
	eps                          float64
	act                          nn.ActFn
	qkvBias                      bool                      // query/key/value projections have biases (out, fc1, fc2 always do)
	drop                         *nn.Dropout               // nil outside training
	hiddenDropout, attentionDrop float64                   // dropout after each residual branch / on the probabilities
	attn                         frontend.AttentionOptions // causal, padding mask
}

// forward runs the layer in scope s on h (B, T, C).
func (l *preNormLayer) forward(s *nn.Scope, h *frontend.Tensor) *frontend.Tensor {
	c := l.hidden
	ln := func(name string) *nn.LayerNorm { return nn.NewLayerNorm(s.Sub(name), c, l.eps, nn.LayerNormOptions{}) }
	lin := func(name string, in, out int, bias bool) *nn.Linear { return nn.NewLinear(s.Sub(name), in, out, bias) }
	x := ln(l.names.norm1).Forward(h)                                                 // (B, T, C)
	q := nn.SplitHeads(lin(l.names.q, c, c, l.qkvBias).Forward(x), l.heads)           // (B, H, T, D)
	k := nn.SplitHeads(lin(l.names.k, c, c, l.qkvBias).Forward(x), l.heads)           // (B, H, T, D)
	v := nn.SplitHeads(lin(l.names.v, c, c, l.qkvBias).Forward(x), l.heads)           // (B, H, T, D)
	o := nn.MergeHeads(attention(l.drop, l.attentionDrop, q, k, v, l.attn))           // (B, T, C)
	h = h.Add(l.drop.Apply(lin(l.names.out, c, c, true).Forward(o), l.hiddenDropout)) // (B, T, C)

	x = l.act(lin(l.names.fc1, c, l.intermediate, true).Forward(ln(l.names.norm2).Forward(h)))        // (B, T, I)
	return h.Add(l.drop.Apply(lin(l.names.fc2, l.intermediate, c, true).Forward(x), l.hiddenDropout)) // (B, T, C)
}
