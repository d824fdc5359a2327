package cpu

import (
	"fmt"
	"io"
	"math"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// ONNX exports of the vit and whisper workloads' models, written from the
// weights kiln ran (kiln's parameter names, which are transformers'), in
// the form torch.onnx.export (opset 17) gives transformers'
// ViTForImageClassification and WhisperEncoder with eager attention:
// Conv for the patch embedding and the conv stem, LayerNormalization,
// MatMul+Add projections (weights stored transposed), Reshape/Transpose to
// heads, MatMul, Div by sqrt(head_dim), Softmax, MatMul, Transpose/Reshape
// back, and exact GELU as Div/Erf/Add/Mul/Mul (which ONNX Runtime fuses
// into its Gelu). Neither model has a padding mask.

// encoderONNX builds one encoder graph: it holds the first error of a
// weight lookup so the graph code reads straight through.
type encoderONNX struct {
	g       *onnxGraph
	weights map[string]*tensor.Tensor
	err     error
	// constants shared by every layer
	one, half, sqrt2 string
}

func newEncoderONNX(weights map[string]*tensor.Tensor) *encoderONNX {
	e := &encoderONNX{g: &onnxGraph{}, weights: weights}
	e.one = e.g.constFloats("const_one", nil, 1)
	e.half = e.g.constFloats("const_half", nil, 0.5)
	e.sqrt2 = e.g.constFloats("const_sqrt2", nil, float32(math.Sqrt2))
	return e
}

// param adds weight name, which must have the given shape.
func (e *encoderONNX) param(name string, shape ...int) string {
	if e.err != nil {
		return name
	}
	raw, err := float32Raw(e.weights, name, shape...)
	if err != nil {
		e.err = err
		return name
	}
	return e.g.initializer(name, onnxFloat, dims(shape...), raw)
}

// linear is x W^T + b for a (out, in) weight stored as its (in, out)
// transpose; no bias when bias is false.
func (e *encoderONNX) linear(x, prefix string, out, in int, bias bool) string {
	if e.err != nil {
		return x
	}
	raw, err := float32Raw(e.weights, prefix+".weight", out, in)
	if err != nil {
		e.err = err
		return x
	}
	w := e.g.initializer(prefix+".weight.T", onnxFloat, dims(in, out), transposed32(raw, out, in))
	y := e.g.node("MatMul", "", []string{x, w})
	if !bias {
		return y
	}
	return e.g.node("Add", "", []string{y, e.param(prefix+".bias", out)})
}

func (e *encoderONNX) layerNorm(x, prefix string, c int, eps float64, out string) string {
	return e.g.node("LayerNormalization", out, []string{x, e.param(prefix+".weight", c), e.param(prefix+".bias", c)},
		attrInt("axis", -1), attrFloat("epsilon", float32(eps)))
}

// gelu is exact GELU, x * (1 + erf(x / sqrt 2)) / 2, as the exporter
// writes nn.GELU().
func (e *encoderONNX) gelu(x string) string {
	y := e.g.node("Div", "", []string{x, e.sqrt2})
	y = e.g.node("Erf", "", []string{y})
	y = e.g.node("Add", "", []string{y, e.one})
	y = e.g.node("Mul", "", []string{x, y})
	return e.g.node("Mul", "", []string{y, e.half})
}

// selfAttention is softmax(q k^T / sqrt(D)) v over x (1, T, C) with the
// projections named in prefix+q/k/v/out (kBias: the key projection has a
// bias), then the output projection: (1, T, C).
func (e *encoderONNX) selfAttention(x string, c, heads int, q, k, v, out string, kBias bool) string {
	d := c / heads
	g := e.g
	headShape := g.constInts(g.tmp("shape_heads"), dims(4), 0, 0, int64(heads), int64(d))
	merged := g.constInts(g.tmp("shape_merged"), dims(3), 0, 0, int64(c))
	scale := g.constFloats(g.tmp("const_sqrt_head_dim"), nil, float32(math.Sqrt(float64(d))))
	split := func(name string, bias bool, perm ...int64) string {
		y := e.linear(x, name, c, c, bias)
		y = g.node("Reshape", "", []string{y, headShape})
		return g.node("Transpose", "", []string{y}, attrInts("perm", perm...))
	}
	qh := split(q, true, 0, 2, 1, 3)
	kh := split(k, kBias, 0, 2, 3, 1)
	vh := split(v, true, 0, 2, 1, 3)
	s := g.node("MatMul", "", []string{qh, kh})
	s = g.node("Div", "", []string{s, scale})
	s = g.node("Softmax", "", []string{s}, attrInt("axis", -1))
	o := g.node("MatMul", "", []string{s, vh})
	o = g.node("Transpose", "", []string{o}, attrInts("perm", 0, 2, 1, 3))
	o = g.node("Reshape", "", []string{o, merged})
	return e.linear(o, out, c, c, true)
}

// writeViTONNX writes c's ViTForImageClassification at batch 1 with the
// given weights: input pixel_values (1, channels, S, S), output logits
// (1, labels). The patch embedding is a Conv with kernel = stride = patch
// (what transformers runs), its output flattened and transposed; the CLS
// token is concatenated in front and the position embeddings added;
// pre-LayerNorm layers; the final LayerNorm; the classifier (Gemm) on
// token 0.
func writeViTONNX(w io.Writer, c *models.ViTConfig, weights map[string]*tensor.Tensor) error {
	if c.Act != "gelu" {
		return fmt.Errorf("onnx vit: hidden_act %q not supported (want gelu)", c.Act)
	}
	C, P, S, ch := c.Hidden, c.PatchSize, c.ImageSize, c.Channels
	T := c.Patches() + 1
	e := newEncoderONNX(weights)
	g := e.g
	g.valueInfo(11, models.InputPixelValues, onnxFloat, 1, int64(ch), int64(S), int64(S))
	g.valueInfo(12, models.OutputLogits, onnxFloat, 1, int64(c.NumLabels))

	pe := "vit.embeddings.patch_embeddings.projection."
	h := g.node("Conv", "", []string{models.InputPixelValues, e.param(pe+"weight", C, ch, P, P), e.param(pe+"bias", C)},
		attrInts("kernel_shape", int64(P), int64(P)), attrInts("strides", int64(P), int64(P)))
	h = g.node("Reshape", "", []string{h, g.constInts("shape_patches", dims(3), 1, int64(C), -1)}) // (1, C, N)
	h = g.node("Transpose", "", []string{h}, attrInts("perm", 0, 2, 1))                            // (1, N, C)
	h = g.node("Concat", "", []string{e.param("vit.embeddings.cls_token", 1, 1, C), h}, attrInt("axis", 1))
	h = g.node("Add", "", []string{h, e.param("vit.embeddings.position_embeddings", 1, T, C)})
	for l := 0; l < c.Layers; l++ {
		pre := fmt.Sprintf("vit.encoder.layer.%d.", l)
		x := e.layerNorm(h, pre+"layernorm_before", C, c.LayerNormEps, "")
		a := pre + "attention.attention."
		if !c.QKVBias {
			return fmt.Errorf("onnx vit: qkv_bias false not supported")
		}
		o := e.selfAttention(x, C, c.Heads, a+"query", a+"key", a+"value", pre+"attention.output.dense", true)
		h = g.node("Add", "", []string{o, h})
		x = e.layerNorm(h, pre+"layernorm_after", C, c.LayerNormEps, "")
		x = e.gelu(e.linear(x, pre+"intermediate.dense", c.Intermediate, C, true))
		x = e.linear(x, pre+"output.dense", C, c.Intermediate, true)
		h = g.node("Add", "", []string{x, h})
	}
	h = e.layerNorm(h, "vit.layernorm", C, c.LayerNormEps, "")
	first := g.node("Gather", "", []string{h, g.constInts("index_0", nil, 0)}, attrInt("axis", 1)) // (1, C)
	g.node("Gemm", models.OutputLogits, []string{first, e.param("classifier.weight", c.NumLabels, C), e.param("classifier.bias", c.NumLabels)}, attrInt("transB", 1))
	if e.err != nil {
		return fmt.Errorf("onnx vit: %w", e.err)
	}
	return g.writeModel(w, "vit", onnxOpsetCurrent)
}

// writeWhisperEncoderONNX writes c's WhisperEncoder at batch 1 with the
// given weights (WhisperModel's names, model.encoder.*): input
// input_features (1, mel, 2 S), output encoder_last_hidden_state (1, S,
// C). The stem is two Conv1d (kernel 3, padding 1; the second with stride
// 2) each followed by GELU, transposed to (1, S, C) and added to the
// stored positions; pre-LayerNorm layers whose key projection has no
// bias; the final LayerNorm.
func writeWhisperEncoderONNX(w io.Writer, c *models.WhisperConfig, weights map[string]*tensor.Tensor) error {
	if c.Activation != "gelu" {
		return fmt.Errorf("onnx whisper: activation_function %q not supported (want gelu)", c.Activation)
	}
	C, M, S := c.DModel, c.NumMelBins, c.MaxSourcePositions
	const eps = 1e-5 // torch's LayerNorm default, every Whisper norm
	e := newEncoderONNX(weights)
	g := e.g
	g.valueInfo(11, models.InputFeatures, onnxFloat, 1, int64(M), int64(2*S))
	g.valueInfo(12, models.OutputEncoderLastHidden, onnxFloat, 1, int64(S), int64(C))

	p := "model.encoder."
	conv := func(x, name string, in, stride int) string {
		y := g.node("Conv", "", []string{x, e.param(p+name+".weight", C, in, 3), e.param(p+name+".bias", C)},
			attrInts("kernel_shape", 3), attrInts("strides", int64(stride)), attrInts("pads", 1, 1))
		return e.gelu(y)
	}
	h := conv(models.InputFeatures, "conv1", M, 1)                      // (1, C, 2S)
	h = conv(h, "conv2", C, 2)                                          // (1, C, S)
	h = g.node("Transpose", "", []string{h}, attrInts("perm", 0, 2, 1)) // (1, S, C)
	h = g.node("Add", "", []string{h, e.param(p+"embed_positions.weight", S, C)})
	for l := 0; l < c.EncoderLayers; l++ {
		pre := fmt.Sprintf("%slayers.%d.", p, l)
		x := e.layerNorm(h, pre+"self_attn_layer_norm", C, eps, "")
		a := pre + "self_attn."
		o := e.selfAttention(x, C, c.EncoderHeads, a+"q_proj", a+"k_proj", a+"v_proj", a+"out_proj", false)
		h = g.node("Add", "", []string{o, h})
		x = e.layerNorm(h, pre+"final_layer_norm", C, eps, "")
		x = e.gelu(e.linear(x, pre+"fc1", c.EncoderFFN, C, true))
		x = e.linear(x, pre+"fc2", C, c.EncoderFFN, true)
		h = g.node("Add", "", []string{x, h})
	}
	e.layerNorm(h, p+"layer_norm", C, eps, models.OutputEncoderLastHidden)
	if e.err != nil {
		return fmt.Errorf("onnx whisper: %w", e.err)
	}
	return g.writeModel(w, "whisper_encoder", onnxOpsetCurrent)
}
