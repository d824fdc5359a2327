package models

import (
	"fmt"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// CLIP and SigLIP: a text tower and a vision tower, both pre-LayerNorm
// transformer encoders, whose pooled outputs are compared by cosine
// similarity times exp(logit_scale) (SigLIP adds logit_bias and is scored
// by sigmoid instead of softmax).
//
// CLIP text: token + position embeddings, causal attention under the
// padding mask, final_layer_norm, the state at the EOS position (see
// CLIPTextConfig.EOSTokenID), text_projection. CLIP vision: patch
// embedding (no bias), class embedding, position embeddings,
// pre_layrnorm (sic), encoder, post_layernorm on the CLS state,
// visual_projection.
//
// SigLIP text: bidirectional attention, final_layer_norm, the state at the
// last position through head (a Linear). SigLIP vision: patch embedding
// with bias, position embeddings, no CLS, encoder, post_layernorm on every
// token, then the multihead attention-pooling head ("MAP": a learned probe
// attends over the tokens, then LayerNorm + MLP with a residual).
//
// Architectures: CLIPModel / SiglipModel (both towers, ImageTextModel),
// CLIPTextModel, CLIPTextModelWithProjection, CLIPVisionModel,
// CLIPVisionModelWithProjection, SiglipTextModel, SiglipVisionModel; the
// lone towers also load from the dual checkpoint (same weight names).

// ImageTextModel is implemented by dual encoders (CLIPModel, SiglipModel).
// Their program takes input_ids and attention_mask (Spec.Batch texts of
// Spec.Seq tokens) and pixel_values (Spec.Images images of PixelShape);
// see ImageTextSpec.
type ImageTextModel interface {
	Model
	// PixelShape is the (channels, height, width) of one image.
	PixelShape() (channels, height, width int)
	// TextLength is the longest text the model takes (its position
	// table), and whether texts are padded to it (SigLIP, trained so:
	// transformers' zero-shot pipeline pads to max_length) rather than to
	// the longest of a batch (CLIP).
	TextLength() (max int, padToMax bool)
	// SigmoidScores reports whether each image-text logit is a
	// probability by itself through a sigmoid (SigLIP), rather than
	// through a softmax over the texts (CLIP).
	SigmoidScores() bool
}

// ImageTextSpec is the Spec of an ImageTextModel for texts rows of seq
// tokens and images images.
func ImageTextSpec(texts, seq, images int) Spec { return Spec{Batch: texts, Seq: seq, Images: images} }

// Output names of the dual encoders, as transformers' CLIPOutput /
// SiglipOutput spell them. The nested text_model_output and
// vision_model_output are flattened with a dot.
const (
	OutputLogitsPerImage = "logits_per_image" // (images, texts)
	OutputLogitsPerText  = "logits_per_text"  // (texts, images)
	OutputTextEmbeds     = "text_embeds"      // (texts, P), unit length in the dual models
	OutputImageEmbeds    = "image_embeds"     // (images, P), unit length in the dual models
	OutputTextModel      = "text_model_output."
	OutputVisionModel    = "vision_model_output."
)

// clip is one of the CLIP / SigLIP architectures.
type clip struct {
	cfg  *CLIPConfig
	arch string
	part clipPart
	proj bool // CLIP{Text,Vision}ModelWithProjection
}

// clipDual is CLIPModel / SiglipModel; clipVisionTower a lone vision
// tower (an ImageModel). A lone text tower is a plain *clip.
type (
	clipDual        struct{ *clip }
	clipVisionTower struct{ *clip }
)

func newCLIP(arch string, part clipPart, proj bool) func(Config) (Model, error) {
	return func(c Config) (Model, error) {
		cc, ok := c.(*CLIPConfig)
		if !ok {
			return nil, fmt.Errorf("%s: config is %T, want *models.CLIPConfig", arch, c)
		}
		if part != clipVision && cc.Text == nil {
			return nil, fmt.Errorf("%s needs a text tower: config model_type %q has none", arch, cc.ModelType)
		}
		if part != clipText && cc.Vision == nil {
			return nil, fmt.Errorf("%s needs a vision tower: config model_type %q has none", arch, cc.ModelType)
		}
		m := &clip{cfg: cc, arch: arch, part: part, proj: proj}
		switch part {
		case clipBoth:
			if cc.SigLIP && cc.Text.textHeadSize() != cc.Vision.Hidden {
				return nil, fmt.Errorf("%s: text_config.projection_size %d differs from vision_config.hidden_size %d: the embeddings cannot be compared", arch, cc.Text.textHeadSize(), cc.Vision.Hidden)
			}
			return clipDual{m}, nil
		case clipVision:
			return clipVisionTower{m}, nil
		}
		return m, nil
	}
}

func (m *clip) Arch() string                       { return m.arch }
func (m *clip) Config() Config                     { return m.cfg }
func (m *clip) WeightAliases() map[string][]string { return nil }

// Task is TaskImageTextMatching for the dual models, TaskBase for a tower.
func (m *clip) Task() Task {
	if m.part == clipBoth {
		return TaskImageTextMatching
	}
	return TaskBase
}

func (m *clip) pixelShape() (int, int, int) {
	v := m.cfg.Vision
	return v.Channels, v.ImageSize, v.ImageSize
}

// PixelShape implements ImageTextModel.
func (m clipDual) PixelShape() (int, int, int) { return m.pixelShape() }

// TextLength implements ImageTextModel.
func (m clipDual) TextLength() (int, bool) { return m.cfg.Text.MaxPositions, m.cfg.SigLIP }

// SigmoidScores implements ImageTextModel.
func (m clipDual) SigmoidScores() bool { return m.cfg.SigLIP }

// PixelShape implements ImageModel.
func (m clipVisionTower) PixelShape() (int, int, int) { return m.pixelShape() }

// ImageTokens implements ImageModel: the patches, and CLIP's class token.
func (m clipVisionTower) ImageTokens() int { return m.imageTokens() }

func (m *clip) imageTokens() int {
	if m.cfg.SigLIP {
		return m.cfg.Vision.Patches()
	}
	return m.cfg.Vision.Patches() + 1
}

// Build emits the architecture for spec. The dual models take input_ids
// and attention_mask (Batch, Seq) and pixel_values (Images, ch, S, S) and
// return logits_per_image (Images, Batch), logits_per_text (Batch,
// Images), text_embeds and image_embeds (unit length), and the towers'
// last_hidden_state and pooler_output as text_model_output.* and
// vision_model_output.*. A text tower takes input_ids and attention_mask
// and returns last_hidden_state and pooler_output (text_embeds,
// unnormalized, instead of pooler_output WithProjection); a vision tower
// takes pixel_values (Batch images; Seq must be ImageTokens()) and
// returns last_hidden_state and pooler_output (image_embeds
// WithProjection; SigLIP without its head has no pooler_output).
// Spec.HiddenStates adds the towers' hidden_states.0..L (lone towers only).
func (m *clip) Build(g *frontend.Graph, spec Spec, dt ir.DType) error {
	if err := spec.validate(); err != nil {
		return err
	}
	c := m.cfg
	switch {
	case spec.Cache > 0:
		return fmt.Errorf("%s is an encoder: it has no KV cache (spec %s)", m.arch, spec)
	case spec.Labels:
		return fmt.Errorf("%s: the contrastive loss is not supported (spec %s asks for labels)", m.arch, spec)
	case spec.NEFTuneAlpha != 0:
		return fmt.Errorf("%s: NEFTune is not supported", m.arch)
	case m.part == clipBoth && spec.Images < 1:
		return fmt.Errorf("%s scores texts against images: spec %s has no images", m.arch, spec)
	case m.part != clipBoth && spec.Images > 0:
		return fmt.Errorf("%s takes one modality: spec %s has images (Spec.Images is for the dual models)", m.arch, spec)
	case m.part == clipBoth && spec.HiddenStates:
		return fmt.Errorf("%s: hidden states are offered by the lone towers (spec %s)", m.arch, spec)
	case m.part == clipVision && spec.Seq != m.imageTokens():
		return fmt.Errorf("%s: spec %s has %d tokens, but a %dx%d image in %dx%d patches gives %d (interpolating position embeddings to other image sizes is not supported)",
			m.arch, spec, spec.Seq, c.Vision.ImageSize, c.Vision.ImageSize, c.Vision.PatchSize, c.Vision.PatchSize, m.imageTokens())
	case m.part != clipVision && spec.Seq > c.Text.MaxPositions:
		return fmt.Errorf("%s: a text of %d tokens does not fit config.json text_config.max_position_embeddings = %d", m.arch, spec.Seq, c.Text.MaxPositions)
	}
	root := nn.NewScope(g, dt)
	drop := newDropout(g, spec)
	hs := hiddenStates{on: spec.HiddenStates}
	var outs []frontend.Output
	var text, image *frontend.Tensor // pooled, (B, Ct) / (N, Cv)
	if m.part != clipVision {
		last, pooled, err := m.textTower(root, spec, drop, &hs)
		if err != nil {
			return err
		}
		text = pooled
		prefix := ""
		if m.part == clipBoth {
			prefix = OutputTextModel
		}
		outs = append(outs, frontend.Out(prefix+OutputLastHidden, last))
		if m.proj {
			outs = append(outs, frontend.Out(OutputTextEmbeds, m.project(root, "text_projection", pooled)))
		} else {
			outs = append(outs, frontend.Out(prefix+OutputPooler, pooled))
		}
	}
	if m.part != clipText {
		images := spec.Images
		if m.part == clipVision {
			images = spec.Batch
		}
		first := 0 // the blocks' boundary names continue after the text tower's
		if m.part == clipBoth {
			first = c.Text.Layers + 1
		}
		last, pooled, err := m.visionTower(root, images, first, dt, drop, &hs)
		if err != nil {
			return err
		}
		image = pooled
		prefix := ""
		if m.part == clipBoth {
			prefix = OutputVisionModel
		}
		outs = append(outs, frontend.Out(prefix+OutputLastHidden, last))
		switch {
		case m.proj:
			outs = append(outs, frontend.Out(OutputImageEmbeds, m.project(root, "visual_projection", pooled)))
		case pooled != nil:
			outs = append(outs, frontend.Out(prefix+OutputPooler, pooled))
		}
	}
	if m.part == clipBoth {
		if image == nil {
			return fmt.Errorf("%s: vision_config.vision_use_head is false: there is no pooled image to compare", m.arch)
		}
		if !c.SigLIP {
			text = m.project(root, "text_projection", text)
			image = m.project(root, "visual_projection", image)
		}
		text, image = unitRows(text), unitRows(image) // (B, P), (N, P)
		var scale, bias *frontend.Tensor
		if c.SigLIP {
			scale, bias = root.Param("logit_scale", 1), root.Param("logit_bias", 1)
		} else {
			scale = root.Param("logit_scale")
		}
		perText := text.MatMulT(image).Mul(scale.Exp()) // (B, N)
		if bias != nil {
			perText = perText.Add(bias)
		}
		outs = append([]frontend.Output{frontend.Out(OutputLogitsPerImage, perText.T()), frontend.Out(OutputLogitsPerText, perText),
			frontend.Out(OutputTextEmbeds, text), frontend.Out(OutputImageEmbeds, image)}, outs...)
	}
	g.Return(append(outs, hs.outs...)...)
	return nil
}

// project is CLIP's bias-free projection of pooled (B, C) to the
// embeddings' width: a dual config's top-level projection_dim (what its
// checkpoint holds, also for a lone tower loaded from it), or a lone
// tower config's own projection_dim.
func (m *clip) project(root *nn.Scope, name string, pooled *frontend.Tensor) *frontend.Tensor {
	p := m.cfg.ProjectionDim
	switch {
	case m.cfg.Text == nil:
		p = m.cfg.Vision.ProjectionDim
	case m.cfg.Vision == nil:
		p = m.cfg.Text.ProjectionDim
	}
	return nn.NewLinear(root.Sub(name), pooled.Dim(1), p, false).Forward(pooled) // (B, P)
}

// unitRows divides each row of x (B, P) by its L2 norm, as transformers'
// _get_vector_norm: sqrt(sum(x^2)).
func unitRows(x *frontend.Tensor) *frontend.Tensor {
	return x.Div(x.Square().SumKeep(1).Sqrt())
}

// layer is the encoder layer of a tower.
func (m *clip) layer(t *CLIPTowerConfig, drop *nn.Dropout, attn frontend.AttentionOptions) (*preNormLayer, error) {
	act, err := nn.Activation(t.Act)
	if err != nil {
		return nil, err
	}
	return &preNormLayer{names: clipLayerNames, hidden: t.Hidden, heads: t.Heads, intermediate: t.Intermediate, eps: t.LayerNormEps,
		act: act, qkvBias: true, drop: drop, attentionDrop: t.AttentionDropout, attn: attn}, nil
}

// textTower returns the text transformer's last_hidden_state (B, T, C)
// (after final_layer_norm) and its pooled state (B, C), through SigLIP's
// head.
func (m *clip) textTower(root *nn.Scope, spec Spec, drop *nn.Dropout, hs *hiddenStates) (last, pooled *frontend.Tensor, err error) {
	t := m.cfg.Text
	g := root.Graph()
	b, n := spec.Batch, spec.Seq
	ids := g.Param(InputIDs, ir.Int64, b, n)            // (B, T)
	mask := g.Param(InputAttentionMask, ir.Int64, b, n) // (B, T)
	s := root.Sub("text_model")
	e := s.Sub("embeddings")
	h := nn.NewEmbedding(e.Sub("token_embedding"), t.VocabSize, t.Hidden).Forward(ids) // (B, T, C)
	h = h.Add(nn.NewEmbedding(e.Sub("position_embedding"), t.MaxPositions, t.Hidden).Forward(g.Arange(ir.Int64, n)))
	layer, err := m.layer(&t.CLIPTowerConfig, drop, frontend.AttentionOptions{Causal: !m.cfg.SigLIP, Mask: mask})
	if err != nil {
		return nil, nil, err
	}
	for i := 0; i < t.Layers; i++ {
		hs.add(markBoundary(h, i))
		h = layer.forward(s.Sub("encoder").Sub("layers").Index(i), h)
	}
	hs.add(markBoundary(h, t.Layers))
	h = nn.NewLayerNorm(s.Sub("final_layer_norm"), t.Hidden, t.LayerNormEps, nn.LayerNormOptions{}).Forward(h) // (B, T, C)
	if m.cfg.SigLIP {
		// "sticky" EOS: the last position.
		lastTok := h.Slice(frontend.All(), frontend.R(n-1, n)).Squeeze(1)                             // (B, C)
		return h, nn.NewLinear(s.Sub("head"), t.Hidden, t.textHeadSize(), true).Forward(lastTok), nil // (B, P)
	}
	var idx *frontend.Tensor // (B) i64: the pooled position
	if t.EOSTokenID == 2 {
		idx = ids.ArgMax(1) // legacy configs: the largest id, CLIP's end-of-text
	} else {
		idx = ids.Eq(g.ConstScalarInt(ir.Int64, int64(t.EOSTokenID))).AsType(ir.Int32).ArgMax(1) // first EOS (0 if none)
	}
	return h, h.Gather(idx, 1, 1), nil // (B, C)
}

// visionTower returns the vision transformer's last_hidden_state
// (N, T, C) and pooled state (N, C): CLIP's post_layernorm of the CLS
// state, SigLIP's attention-pooling head (nil without it).
func (m *clip) visionTower(root *nn.Scope, images, first int, dt ir.DType, drop *nn.Dropout, hs *hiddenStates) (last, pooled *frontend.Tensor, err error) {
	v := m.cfg.Vision
	g := root.Graph()
	pixels := g.Param(InputPixelValues, dt, images, v.Channels, v.ImageSize, v.ImageSize) // (N, ch, S, S)
	s := root.Sub("vision_model")
	ln := func(name string) *nn.LayerNorm {
		return nn.NewLayerNorm(s.Sub(name), v.Hidden, v.LayerNormEps, nn.LayerNormOptions{})
	}
	h := m.visionEmbed(s, pixels) // (N, T, C)
	layer, err := m.layer(&v.CLIPTowerConfig, drop, frontend.AttentionOptions{})
	if err != nil {
		return nil, nil, err
	}
	for i := 0; i < v.Layers; i++ {
		hs.add(markBoundary(h, first+i))
		h = layer.forward(s.Sub("encoder").Sub("layers").Index(i), h)
	}
	hs.add(markBoundary(h, first+v.Layers))
	if !m.cfg.SigLIP {
		cls := h.Slice(frontend.All(), frontend.R(0, 1)).Squeeze(1) // (N, C)
		return h, ln("post_layernorm").Forward(cls), nil
	}
	h = ln("post_layernorm").Forward(h)
	if !v.useHead() {
		return h, nil, nil
	}
	return h, attentionPool(s.Sub("head"), h, layer), nil
}

// visionEmbed is the vision tower's input to its first encoder layer
// (transformers' hidden_states[0]) for pixels (N, ch, S, S) under the
// vision_model scope s: the patch embedding, CLIP's class token, the
// position embeddings and CLIP's pre_layrnorm; (N, T, C).
func (m *clip) visionEmbed(s *nn.Scope, pixels *frontend.Tensor) *frontend.Tensor {
	v := m.cfg.Vision
	images := pixels.Dim(0)
	e := s.Sub("embeddings")
	h := patchEmbed(e.Sub("patch_embedding"), pixels, v.Hidden, v.PatchSize, m.cfg.SigLIP) // (N, P, C)
	if !m.cfg.SigLIP {
		cls := e.Param("class_embedding", v.Hidden).Reshape(1, 1, v.Hidden).BroadcastTo(images, 1, v.Hidden) // (N, 1, C)
		h = frontend.Concat(1, cls, h)                                                                       // (N, T, C)
	}
	h = h.Add(e.Sub("position_embedding").Param("weight", m.imageTokens(), v.Hidden)) // (N, T, C)
	if !m.cfg.SigLIP {
		h = nn.NewLayerNorm(s.Sub("pre_layrnorm"), v.Hidden, v.LayerNormEps, nn.LayerNormOptions{}).Forward(h)
	}
	return h
}

// attentionPool is SigLIP's multihead attention-pooling head on h
// (N, T, C): a learned probe (1, 1, C) queries the tokens through
// torch.nn.MultiheadAttention (packed in_proj_weight (3C, C) and
// in_proj_bias, out_proj), then x + MLP(LayerNorm(x)); (N, C).
func attentionPool(s *nn.Scope, h *frontend.Tensor, layer *preNormLayer) *frontend.Tensor {
	n, c := h.Dim(0), h.Dim(2)
	probe := s.Param("probe", 1, 1, c).BroadcastTo(n, 1, c) // (N, 1, C)
	a := s.Sub("attention")
	w := a.Param("in_proj_weight", 3*c, c) // (3C, C): query, key, value rows
	bias := a.Param("in_proj_bias", 3*c)   // (3C)
	proj := func(x *frontend.Tensor, i int) *frontend.Tensor {
		wi := w.Slice(frontend.R(i*c, (i+1)*c), frontend.All())
		return nn.SplitHeads(x.MatMulT(wi).Add(bias.Slice(frontend.R(i*c, (i+1)*c))), layer.heads) // (N, H, Tx, D)
	}
	o := nn.MergeHeads(frontend.Attention(proj(probe, 0), proj(h, 1), proj(h, 2), frontend.AttentionOptions{})) // (N, 1, C)
	o = nn.NewLinear(a.Sub("out_proj"), c, c, true).Forward(o)                                                  // (N, 1, C)
	x := nn.NewLayerNorm(s.Sub("layernorm"), c, layer.eps, nn.LayerNormOptions{}).Forward(o)
	x = layer.act(nn.NewLinear(s.Sub("mlp").Sub("fc1"), c, layer.intermediate, true).Forward(x)) // (N, 1, I)
	o = o.Add(nn.NewLinear(s.Sub("mlp").Sub("fc2"), layer.intermediate, c, true).Forward(x))     // (N, 1, C)
	return o.Squeeze(1)                                                                          // (N, C)
}
