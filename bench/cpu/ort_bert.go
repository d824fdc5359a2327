package cpu

import (
	"fmt"
	"io"
	"math"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// Opsets writeBertONNX can target: the exports of transformers' BertModel
// by torch.onnx.export at opset 17 (today's default) and at opset 12 (the
// classic export whose attention subgraph ONNX Runtime's graph optimizer
// fuses into its contrib Attention op; it does not match opset >= 13).
const (
	onnxOpsetCurrent = 17
	onnxOpsetClassic = 12
)

// writeBertONNX writes, as an ONNX model of the given opset (17 or 12),
// the BertModel that kiln's bert workload builds for c at batch 1 and
// sequence seq, with the given weights (kiln's parameter names, float32).
// The graph is the one torch.onnx.export produces for transformers'
// BertModel with eager attention: Gather embeddings, LayerNormalization,
// and per layer MatMul+Add projections (weights stored transposed, as the
// exporter's constant folding leaves them), Reshape/Transpose to heads,
// MatMul, Div by sqrt(head_dim), the additive mask (1 - mask) * m, Softmax,
// MatMul, Transpose/Reshape back, the output projection, the residual Add,
// LayerNormalization, and GELU as Div/Erf/Add/Mul/Mul; then the pooler
// (Gather of token 0, Gemm, Tanh) when its weights are present. At opset
// 17, m is finfo(float32).min, Unsqueeze takes its axes as an input and
// Softmax's axis is -1; at opset 12, m is -10000 (transformers 3/4),
// Unsqueeze's axes are an attribute and Softmax's axis is 3, and
// LayerNormalization is ONNX Runtime's own (opset 12 has none), which only
// ONNX Runtime loads. Inputs: input_ids, attention_mask, token_type_ids,
// int64 (1, seq). Outputs: last_hidden_state (1, seq, hidden) and
// pooler_output (1, hidden).
func writeBertONNX(w io.Writer, c *models.BertConfig, seq int, weights map[string]*tensor.Tensor, opset int) error {
	if opset != onnxOpsetCurrent && opset != onnxOpsetClassic {
		return fmt.Errorf("onnx bert: opset %d not supported (17 or 12)", opset)
	}
	if c.Act != "gelu" {
		return fmt.Errorf("onnx bert: hidden_act %q not supported (want gelu)", c.Act)
	}
	if c.Layers < 1 || c.Heads < 1 || c.Hidden%c.Heads != 0 {
		return fmt.Errorf("onnx bert: %d layers, hidden %d, %d heads", c.Layers, c.Hidden, c.Heads)
	}
	if seq < 1 || seq > c.MaxPositions {
		return fmt.Errorf("onnx bert: sequence %d outside 1..%d", seq, c.MaxPositions)
	}
	C, H, I := c.Hidden, c.Heads, c.Intermediate
	D := C / H
	g := &onnxGraph{}
	var err error
	param := func(name string, shape ...int) string {
		if err != nil {
			return name
		}
		raw, e := float32Raw(weights, name, shape...)
		if e != nil {
			err = e
			return name
		}
		return g.initializer(name, onnxFloat, dims(shape...), raw)
	}
	// paramT adds the transpose of a (out, in) Linear weight, as (in, out).
	paramT := func(name string, out, in int) string {
		if err != nil {
			return name
		}
		raw, e := float32Raw(weights, name, out, in)
		if e != nil {
			err = e
			return name
		}
		return g.initializer(name+".T", onnxFloat, dims(in, out), transposed32(raw, out, in))
	}
	for _, in := range []string{models.InputIDs, models.InputAttentionMask, models.InputTokenTypeIDs} {
		g.valueInfo(11, in, onnxInt64, 1, int64(seq))
	}
	g.valueInfo(12, models.OutputLastHidden, onnxFloat, 1, int64(seq), int64(C))

	one := g.constFloats("const_one", nil, 1)
	posIDs := make([]int64, seq)
	for i := range posIDs {
		posIDs[i] = int64(i)
	}
	positions := g.constInts("position_ids", dims(1, seq), posIDs...)
	headShape := g.constInts("shape_heads", dims(4), 0, 0, int64(H), int64(D))
	mergedShape := g.constInts("shape_merged", dims(3), 0, 0, int64(C))
	scale := g.constFloats("const_sqrt_head_dim", nil, float32(math.Sqrt(float64(D))))
	sqrt2 := g.constFloats("const_sqrt2", nil, float32(math.Sqrt2))
	half := g.constFloats("const_half", nil, 0.5)

	ln := func(x, prefix, out string) string {
		return g.node("LayerNormalization", out, []string{x, param(prefix+".weight", C), param(prefix+".bias", C)},
			attrInt("axis", -1), attrFloat("epsilon", float32(c.LayerNormEps)))
	}
	linear := func(x, prefix string, out, in int) string {
		y := g.node("MatMul", "", []string{x, paramT(prefix+".weight", out, in)})
		return g.node("Add", "", []string{y, param(prefix+".bias", out)})
	}

	e := "bert.embeddings."
	h := g.node("Gather", "", []string{param(e+"word_embeddings.weight", c.VocabSize, C), models.InputIDs})
	t := g.node("Gather", "", []string{param(e+"token_type_embeddings.weight", c.TypeVocabSize, C), models.InputTokenTypeIDs})
	h = g.node("Add", "", []string{h, t})
	p := g.node("Gather", "", []string{param(e+"position_embeddings.weight", c.MaxPositions, C), positions})
	h = g.node("Add", "", []string{h, p})
	h = ln(h, e+"LayerNorm", "")

	unsqueeze := func(x string, axis int64) string {
		if opset < 13 {
			return g.node("Unsqueeze", "", []string{x}, attrInts("axes", axis))
		}
		return g.node("Unsqueeze", "", []string{x, g.constInts(fmt.Sprintf("axes_%d", axis), dims(1), axis)})
	}
	maskValue, softmaxAxis := float32(-math.MaxFloat32), int64(-1)
	if opset < 13 {
		maskValue, softmaxAxis = -10000, 3
	}
	m := unsqueeze(models.InputAttentionMask, 1)
	m = unsqueeze(m, 2)
	m = g.node("Cast", "", []string{m}, attrInt("to", onnxFloat))
	m = g.node("Sub", "", []string{one, m})
	mask := g.node("Mul", "", []string{m, g.constFloats("const_mask", nil, maskValue)})

	for l := 0; l < c.Layers; l++ {
		pre := fmt.Sprintf("bert.encoder.layer.%d.", l)
		heads := func(name string, perm ...int64) string {
			x := linear(h, pre+"attention.self."+name, C, C)
			x = g.node("Reshape", "", []string{x, headShape})
			return g.node("Transpose", "", []string{x}, attrInts("perm", perm...))
		}
		q := heads("query", 0, 2, 1, 3)
		k := heads("key", 0, 2, 3, 1)
		v := heads("value", 0, 2, 1, 3)
		s := g.node("MatMul", "", []string{q, k})
		s = g.node("Div", "", []string{s, scale})
		s = g.node("Add", "", []string{s, mask})
		s = g.node("Softmax", "", []string{s}, attrInt("axis", softmaxAxis))
		o := g.node("MatMul", "", []string{s, v})
		o = g.node("Transpose", "", []string{o}, attrInts("perm", 0, 2, 1, 3))
		o = g.node("Reshape", "", []string{o, mergedShape})
		o = linear(o, pre+"attention.output.dense", C, C)
		h = ln(g.node("Add", "", []string{o, h}), pre+"attention.output.LayerNorm", "")

		x := linear(h, pre+"intermediate.dense", I, C)
		y := g.node("Div", "", []string{x, sqrt2})
		y = g.node("Erf", "", []string{y})
		y = g.node("Add", "", []string{y, one})
		y = g.node("Mul", "", []string{x, y})
		y = g.node("Mul", "", []string{y, half})
		y = linear(y, pre+"output.dense", C, I)
		out := "" // the last LayerNorm's output is last_hidden_state
		if l == c.Layers-1 {
			out = models.OutputLastHidden
		}
		h = ln(g.node("Add", "", []string{y, h}), pre+"output.LayerNorm", out)
	}
	if err != nil {
		return fmt.Errorf("onnx bert: %w", err)
	}

	if _, ok := weights["bert.pooler.dense.weight"]; ok {
		g.valueInfo(12, models.OutputPooler, onnxFloat, 1, int64(C))
		first := g.node("Gather", "", []string{h, g.constInts("index_0", nil, 0)}, attrInt("axis", 1))
		y := g.node("Gemm", "", []string{first, param("bert.pooler.dense.weight", C, C), param("bert.pooler.dense.bias", C)}, attrInt("transB", 1))
		g.node("Tanh", models.OutputPooler, []string{y})
		if err != nil {
			return fmt.Errorf("onnx bert: %w", err)
		}
	}
	return g.writeModel(w, "bert", int64(opset))
}
