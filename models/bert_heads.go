package models

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// Output names of the question-answering head (transformers'
// QuestionAnsweringModelOutput).
const (
	OutputStartLogits = "start_logits" // (B, T): the answer span's first token
	OutputEndLogits   = "end_logits"   // (B, T): the answer span's last token
)

// head emits the task head of a BERT-like model over the encoder output h
// (B, T, C) and returns the program's outputs: the head's first (logits,
// or start_logits and end_logits), then base (last_hidden_state and any
// pooler_output), then the loss when spec asks for labels. word is the
// word-embedding matrix (V, C) a tied MLM decoder reuses.
func (m *bert) head(g *frontend.Graph, spec Spec, dt ir.DType, root *nn.Scope, h, word *frontend.Tensor,
	base []frontend.Output, act nn.ActFn, drop *nn.Dropout) []frontend.Output {
	c := m.cfg
	first := func() *frontend.Tensor { return h.Slice(frontend.All(), frontend.R(0, 1)).Squeeze(1) } // (B, C)
	lin := func(name string, in, out int) *nn.Linear { return nn.NewLinear(root.Sub(name), in, out, true) }
	withLogits := func(logits *frontend.Tensor) []frontend.Output {
		return append([]frontend.Output{frontend.Out(OutputLogits, logits)}, base...)
	}
	switch m.task {
	case TaskMaskedLM:
		n := c.variant().mlm
		tact := act
		if n.gelu {
			tact = func(x *frontend.Tensor) *frontend.Tensor { return x.Gelu(ir.GeluExact) }
		}
		x := tact(lin(n.dense, c.Hidden, c.Hidden).Forward(h))
		x = nn.NewLayerNorm(root.Sub(n.norm), c.Hidden, c.LayerNormEps, nn.LayerNormOptions{}).Forward(x) // (B, T, C)
		w := word
		if !c.Tied() {
			w = root.Param(n.decoder, c.VocabSize, c.Hidden)
		}
		bias := root.Param(n.bias, c.VocabSize)
		outs := withLogits(x.MatMulT(w).Add(bias)) // (B, T, V)
		if spec.Labels {
			outs = append(outs, maskedLMLoss(g, spec, lmHead{h: x, w: w, bias: bias})) // logits recomputed in chunks, not read
		}
		return outs
	case TaskSequenceClassification:
		var logits *frontend.Tensor // (B, labels)
		switch c.kind {
		case kindBert:
			pooled := base[len(base)-1].T // pooler_output (B, C)
			logits = lin("classifier", c.Hidden, c.NumLabels).Forward(drop.Apply(pooled, c.classifierDropout()))
		case kindRoberta:
			// RobertaClassificationHead: dropout, dense, tanh, dropout,
			// out_proj on the <s> token.
			p := c.classifierDropout()
			x := lin("classifier.dense", c.Hidden, c.Hidden).Forward(drop.Apply(first(), p)).Tanh()
			logits = lin("classifier.out_proj", c.Hidden, c.NumLabels).Forward(drop.Apply(x, p))
		case kindDistilBert:
			// pre_classifier, ReLU, dropout (seq_classif_dropout), classifier
			// on the [CLS] token.
			x := lin("pre_classifier", c.Hidden, c.Hidden).Forward(first()).Relu()
			logits = lin("classifier", c.Hidden, c.NumLabels).Forward(drop.Apply(x, c.classifierDropout()))
		}
		outs := withLogits(logits)
		if spec.Labels {
			outs = append(outs, classificationLoss(g, spec, logits, c.ProblemType, dt))
		}
		return outs
	case TaskTokenClassification:
		// ...ForTokenClassification: dropout and the classifier on every
		// token, CrossEntropyLoss over the flattened tokens.
		p := c.classifierDropout()
		if c.kind == kindDistilBert {
			p = c.HiddenDropout // config.dropout
		}
		logits := lin("classifier", c.Hidden, c.NumLabels).Forward(drop.Apply(h, p)) // (B, T, labels)
		outs := withLogits(logits)
		if spec.Labels {
			outs = append(outs, tokenClassificationLoss(g, spec, logits))
		}
		return outs
	case TaskQuestionAnswering:
		// ...ForQuestionAnswering: qa_outputs (C -> 2) on every token, split
		// into the span's start and end logits.
		x := h
		if c.kind == kindDistilBert {
			x = drop.Apply(h, c.qaDropout)
		}
		se := lin("qa_outputs", c.Hidden, 2).Forward(x) // (B, T, 2)
		start := se.SliceAxis(2, 0, 1).Squeeze(2)       // (B, T)
		end := se.SliceAxis(2, 1, 2).Squeeze(2)         // (B, T)
		return append([]frontend.Output{frontend.Out(OutputStartLogits, start), frontend.Out(OutputEndLogits, end)}, base...)
	}
	return base
}
