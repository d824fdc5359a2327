package models

import (
	"fmt"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// ModernBERT (transformers' modeling_modernbert): token embeddings ->
// LayerNorm (no position embeddings), then pre-norm layers — attn_norm
// (Identity in layer 0) -> fused Wqkv -> rotary -> bidirectional attention
// -> Wo, residual; mlp_norm -> Wi -> chunk into (input, gate) ->
// act(input) * gate -> Wo, residual — and final_norm. Layers alternate
// global attention and local attention over a symmetric window of
// local_attention/2 keys on each side, each kind with its own rotary
// theta. Every head runs the prediction head (dense -> act -> norm) first.
//
// transformers unpads the batch when it runs flash-attention; kiln runs
// the padded batch under the attention mask (the Attention op's padding
// operand), which gives the real tokens the same values as the unpadded
// computation: positions are 0..T-1 as transformers numbers them by
// default, so a right-padded row equals the row alone.
func init() {
	archs := map[string]func(Config) (Model, error){}
	for suffix, task := range map[string]Task{
		"Model": TaskBase, "ForMaskedLM": TaskMaskedLM, "ForSequenceClassification": TaskSequenceClassification,
		"ForTokenClassification": TaskTokenClassification, "ForQuestionAnswering": TaskQuestionAnswering,
	} {
		arch, task := "ModernBert"+suffix, task
		archs[arch] = func(c Config) (Model, error) {
			mc, ok := c.(*ModernBertConfig)
			if !ok {
				return nil, fmt.Errorf("%s: config is %T, want *models.ModernBertConfig", arch, c)
			}
			if task == TaskQuestionAnswering && mc.NumLabels != 2 {
				return nil, fmt.Errorf("%s: the question-answering head has 2 outputs (start, end logits), but the config has %d labels (num_labels / id2label)", arch, mc.NumLabels)
			}
			return &modernBert{cfg: mc, arch: arch, task: task}, nil
		}
	}
	mustRegister(Family{
		ModelType: "modernbert",
		ParseConfig: func(data []byte, file string) (Config, error) {
			return parseModernBertConfig(data, file)
		},
		Architectures: archs,
		DefaultArch:   "ModernBertModel",
	})
}

// modernBert is one ModernBERT architecture (base model or a head).
type modernBert struct {
	cfg  *ModernBertConfig
	arch string
	task Task
}

func (m *modernBert) Arch() string   { return m.arch }
func (m *modernBert) Config() Config { return m.cfg }
func (m *modernBert) Task() Task     { return m.task }

// WeightAliases: with tied embeddings the MLM decoder's weight is the
// token embedding (one parameter), which a checkpoint may hold under
// either name.
func (m *modernBert) WeightAliases() map[string][]string {
	if m.task != TaskMaskedLM || !m.cfg.Tied() {
		return nil
	}
	return map[string][]string{"model.embeddings.tok_embeddings.weight": {"decoder.weight"}}
}

// Build emits the encoder for spec (no KV cache). Inputs: input_ids and
// attention_mask (B, T) int64 (no attention_mask with spec.NoPadding).
// Outputs: last_hidden_state (B, T, C) after final_norm; logits (B, T, V)
// for masked LM, (B, labels) for sequence classification, (B, T, labels)
// for token classification; start_logits and end_logits (B, T) for
// question answering; loss with spec.Labels (not for QA).
func (m *modernBert) Build(g *frontend.Graph, spec Spec, dt ir.DType) error {
	if err := spec.validate(); err != nil {
		return err
	}
	c := m.cfg
	if spec.Cache > 0 {
		return fmt.Errorf("%s is an encoder: it has no KV cache (spec %s)", m.arch, spec)
	}
	if spec.Labels && m.task == TaskQuestionAnswering {
		return fmt.Errorf("%s: training the question-answering head (start_positions, end_positions) is not supported", m.arch)
	}
	act, err := nn.Activation(c.Act)
	if err != nil {
		return err
	}
	global, err := m.rotary(c.GlobalRope, spec)
	if err != nil {
		return err
	}
	local, err := m.rotary(c.LocalRope, spec)
	if err != nil {
		return err
	}
	ids := g.Param(InputIDs, ir.Int64, spec.Batch, spec.Seq) // (B, T)
	var mask *frontend.Tensor                                // (B, T); nil with spec.NoPadding
	if !spec.NoPadding {
		mask = g.Param(InputAttentionMask, ir.Int64, spec.Batch, spec.Seq)
	}
	// transformers' default position_ids: arange(T) for every row.
	positions := g.Arange(ir.Int64, spec.Seq)          // (T)
	gcos, gsin := global.CosSin(positions, ir.Float32) // (T, D)
	lcos, lsin := local.CosSin(positions, ir.Float32)  // (T, D)

	root := nn.NewScope(g, dt)
	s := root.Sub("model")
	e := s.Sub("embeddings")
	tok := nn.NewEmbedding(e.Sub("tok_embeddings"), c.VocabSize, c.Hidden)
	drop := newDropout(g, spec)
	h := neftune(drop, spec, tok.Forward(ids), mask)                     // (B, T, C)
	h = drop.Apply(m.norm(e.Sub("norm")).Forward(h), c.EmbeddingDropout) // (B, T, C)
	hs := hiddenStates{on: spec.HiddenStates}
	layers := s.Sub("layers")
	for i := 0; i < c.Layers; i++ {
		hs.add(markBoundary(h, i))
		cos, sin := gcos, gsin
		if c.Sliding(i) {
			cos, sin = lcos, lsin
		}
		h = m.layer(layers.Index(i), i, h, mask, cos, sin, act, drop)
	}
	h = m.norm(s.Sub("final_norm")).Forward(h) // (B, T, C)
	hs.add(markBoundary(h, c.Layers))
	outs := m.head(g, spec, dt, root, h, tok.Weight, mask, drop)
	g.Return(append(outs, hs.outs...)...)
	return nil
}

// rotary builds one layer kind's rotary frequencies over the full head.
func (m *modernBert) rotary(r Rope, spec Spec) (*nn.Rotary, error) {
	c := m.cfg
	return nn.NewRotary(nn.RopeConfig{
		Type: r.Type, Theta: r.Theta, Dim: int(float64(c.HeadDim()) * r.PartialRotaryFactor),
		Factor: r.Factor, LowFreqFactor: r.LowFreqFactor, HighFreqFactor: r.HighFreqFactor,
		OriginalMaxPositionEmbeddings: r.OriginalMaxPositions, MaxPositionEmbeddings: c.MaxPositions,
		AttentionFactor: r.AttentionFactor, ShortFactor: r.ShortFactor, LongFactor: r.LongFactor,
		SeqLen: spec.Seq,
	})
}

// norm is a ModernBERT LayerNorm: a bias only with norm_bias.
func (m *modernBert) norm(s *nn.Scope) *nn.LayerNorm {
	return nn.NewLayerNorm(s, m.cfg.Hidden, m.cfg.NormEps, nn.LayerNormOptions{NoBias: !m.cfg.NormBias})
}

// layer is ModernBertEncoderLayer i on h (B, T, C) with the rotary cos
// and sin (T, D) of its layer type.
func (m *modernBert) layer(s *nn.Scope, i int, h, mask, cos, sin *frontend.Tensor, act nn.ActFn, drop *nn.Dropout) *frontend.Tensor {
	c := m.cfg
	x := h
	if i > 0 { // layer 0's attn_norm is Identity: the embeddings are normed already
		x = m.norm(s.Sub("attn_norm")).Forward(h)
	}
	a := s.Sub("attn")
	qkv := nn.NewLinear(a.Sub("Wqkv"), c.Hidden, 3*c.Hidden, c.AttnBias).Forward(x).Chunk(3, -1) // 3 x (B, T, C): rows [q | k | v]
	dt := h.DType()
	q := nn.SplitHeads(qkv[0], c.Heads) // (B, H, T, D)
	k := nn.SplitHeads(qkv[1], c.Heads) // (B, H, T, D)
	v := nn.SplitHeads(qkv[2], c.Heads) // (B, H, T, D)
	// transformers rotates in float32 and casts back.
	q = nn.ApplyRotary(q.AsType(ir.Float32), cos, sin).AsType(dt)
	k = nn.ApplyRotary(k.AsType(ir.Float32), cos, sin).AsType(dt)
	o := frontend.AttentionOptions{Mask: mask}
	if c.Sliding(i) {
		// |i - j| <= local_attention/2, i.e. |i - j| < local_attention/2 + 1.
		o.Window, o.SymmetricWindow = c.LocalAttention/2+1, true
	}
	att := nn.MergeHeads(attention(drop, c.AttentionDropout, q, k, v, o))                                             // (B, T, C)
	h = h.Add(drop.Apply(nn.NewLinear(a.Sub("Wo"), c.Hidden, c.Hidden, c.AttnBias).Forward(att), c.AttentionDropout)) // (B, T, C)

	mp := s.Sub("mlp")
	wi := nn.NewLinear(mp.Sub("Wi"), c.Hidden, 2*c.Intermediate, c.MLPBias).Forward(m.norm(s.Sub("mlp_norm")).Forward(h)).Chunk(2, -1) // 2 x (B, T, I)
	y := drop.Apply(act(wi[0]).Mul(wi[1]), c.MLPDropout)                                                                               // (B, T, I)
	return h.Add(nn.NewLinear(mp.Sub("Wo"), c.Intermediate, c.Hidden, c.MLPBias).Forward(y))                                           // (B, T, C)
}

// head emits the task head over h (B, T, C) and returns the outputs: the
// head's (logits, or start_logits and end_logits), last_hidden_state,
// then the loss when spec asks for labels. Every head starts with
// ModernBertPredictionHead (head.dense -> classifier_activation ->
// head.norm).
func (m *modernBert) head(g *frontend.Graph, spec Spec, dt ir.DType, root *nn.Scope, h, tok, mask *frontend.Tensor, drop *nn.Dropout) []frontend.Output {
	c := m.cfg
	base := frontend.Out(OutputLastHidden, h)
	if m.task == TaskBase {
		return []frontend.Output{base}
	}
	cact, err := nn.Activation(c.ClassifierAct)
	if err != nil {
		panic(err) // checked by the parser
	}
	predict := func(x *frontend.Tensor) *frontend.Tensor {
		hd := root.Sub("head")
		return m.norm(hd.Sub("norm")).Forward(cact(nn.NewLinear(hd.Sub("dense"), c.Hidden, c.Hidden, c.ClassifierBias).Forward(x)))
	}
	classifier := func(x *frontend.Tensor) *frontend.Tensor {
		return nn.NewLinear(root.Sub("classifier"), c.Hidden, c.NumLabels, true).Forward(drop.Apply(predict(x), c.ClassifierDropout))
	}
	switch m.task {
	case TaskMaskedLM:
		x := predict(h) // (B, T, C)
		w := tok
		if !c.Tied() {
			w = root.Param("decoder.weight", c.VocabSize, c.Hidden)
		}
		var bias *frontend.Tensor
		logits := x.MatMulT(w) // (B, T, V)
		if c.DecoderBias {
			bias = root.Param("decoder.bias", c.VocabSize)
			logits = logits.Add(bias)
		}
		outs := []frontend.Output{frontend.Out(OutputLogits, logits), base}
		if spec.Labels {
			outs = append(outs, maskedLMLoss(g, spec, lmHead{h: x, w: w, bias: bias}))
		}
		return outs
	case TaskSequenceClassification:
		pooled := h.Slice(frontend.All(), frontend.R(0, 1)).Squeeze(1) // (B, C): "cls"
		if c.ClassifierPooling == "mean" {
			pooled = meanOverMask(h, mask) // (B, C)
		}
		logits := classifier(pooled) // (B, labels)
		outs := []frontend.Output{frontend.Out(OutputLogits, logits), base}
		if spec.Labels {
			outs = append(outs, classificationLoss(g, spec, logits, c.ProblemType, dt))
		}
		return outs
	case TaskTokenClassification:
		logits := classifier(h) // (B, T, labels)
		outs := []frontend.Output{frontend.Out(OutputLogits, logits), base}
		if spec.Labels {
			outs = append(outs, tokenClassificationLoss(g, spec, logits))
		}
		return outs
	case TaskQuestionAnswering:
		se := classifier(h)                       // (B, T, 2)
		start := se.SliceAxis(2, 0, 1).Squeeze(2) // (B, T)
		end := se.SliceAxis(2, 1, 2).Squeeze(2)   // (B, T)
		return []frontend.Output{frontend.Out(OutputStartLogits, start), frontend.Out(OutputEndLogits, end), base}
	}
	return []frontend.Output{base}
}

// meanOverMask is classifier_pooling "mean": sum(h * mask) / sum(mask)
// over the tokens, h (B, T, C) and mask (B, T) int64 (nil: every token).
// A row without tokens divides by zero, as transformers does.
func meanOverMask(h, mask *frontend.Tensor) *frontend.Tensor {
	b, t, c := h.Dim(0), h.Dim(1), h.Dim(2)
	if mask == nil {
		return h.Sum(1).DivScalar(float64(t)) // (B, C)
	}
	w := mask.AsType(h.DType())                              // (B, T)
	sum := h.Mul(w.Unsqueeze(2).BroadcastTo(b, t, c)).Sum(1) // (B, C)
	return sum.Div(w.Sum(1).Unsqueeze(1).BroadcastTo(b, c))  // (B, C)
}
