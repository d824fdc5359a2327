package pipeline

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/processors/image"
	"github.com/kiln-ml/kiln/tensor"
)

// DefaultHypothesisTemplate is transformers' hypothesis_template of
// zero-shot-image-classification.
const DefaultHypothesisTemplate = "This is a photo of {}."

// ClassifyImagesZeroShot scores each image file against candidate labels,
// as transformers' ZeroShotImageClassificationPipeline does: each label is
// put into the hypothesis template and tokenized (padded to the longest
// text for CLIP, to the tokenizer's model_max_length, else the text
// position table, for SigLIP: padding="max_length"), the image goes
// through the model's image processor, and logits_per_image becomes scores
// by a softmax over the labels (CLIP) or a sigmoid of each (SigLIP). Each
// image's labels come best first (ties keep the given order). Images run
// BatchSize at a time, each batch against all the labels in one call.
func (p *Pipeline) ClassifyImagesZeroShot(ctx context.Context, files, candidateLabels []string) ([][]Label, error) {
	if p.Task != ZeroShotImageClassification {
		return nil, fmt.Errorf("pipeline is %s, not %s", p.Task, ZeroShotImageClassification)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no inputs")
	}
	if len(candidateLabels) == 0 {
		return nil, fmt.Errorf("zero-shot-image-classification needs candidate labels")
	}
	m, ok := p.Model.Model().(models.ImageTextModel)
	if !ok {
		return nil, fmt.Errorf("%s does not score images against texts", p.Model.Model().Arch())
	}
	template := p.opts.HypothesisTemplate
	if template == "" {
		template = DefaultHypothesisTemplate
	}
	if !strings.Contains(template, "{}") {
		return nil, fmt.Errorf("hypothesis template %q has no {} for the label", template)
	}
	texts := make([]string, len(candidateLabels))
	for i, l := range candidateLabels {
		texts[i] = strings.Replace(template, "{}", l, 1)
	}
	e, err := p.encodeHypotheses(m, texts)
	if err != nil {
		return nil, err
	}
	ids, err := models.RowsTensor(e.ids, "input ids")
	if err != nil {
		return nil, err
	}
	mask, err := models.RowsTensor(e.mask, "attention mask")
	if err != nil {
		return nil, err
	}
	results := make([][]Label, 0, len(files))
	for start := 0; start < len(files); start += p.opts.BatchSize {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		batch := files[start:min(start+p.opts.BatchSize, len(files))]
		pv, err := p.Images.PixelValuesFromFiles(batch, image.DecodeOptions{})
		if err != nil {
			return nil, err
		}
		spec := models.ImageTextSpec(len(texts), len(e.ids[0]), len(batch))
		out, err := p.Model.Forward(ctx, spec, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputAttentionMask: mask, models.InputPixelValues: pv})
		if err != nil {
			return nil, err
		}
		logits := out[models.OutputLogitsPerImage]
		if logits == nil || logits.Shape.Rank() != 2 || logits.Shape[0] != len(batch) || logits.Shape[1] != len(texts) {
			return nil, fmt.Errorf("%s returned logits_per_image %v for %d images and %d labels", m.Arch(), logits, len(batch), len(texts))
		}
		vals := logits.Float64s()
		for r := range batch {
			results = append(results, zeroShotScores(vals[r*len(texts):(r+1)*len(texts)], candidateLabels, m.SigmoidScores()))
		}
	}
	return results, nil
}

// zeroShotScores turns one image's logits into labels with scores, best
// first: independent sigmoids or a softmax over the labels.
func zeroShotScores(row []float64, labels []string, sigmoid bool) []Label {
	var scores []float64
	if sigmoid {
		for _, x := range row {
			scores = append(scores, 1/(1+math.Exp(-x)))
		}
	} else {
		scores = softmax64(row)
	}
	out := make([]Label, 0, len(labels))
	for _, i := range sortedDesc(scores) {
		out = append(out, Label{Label: labels[i], Score: scores[i]})
	}
	return out
}

// encodeHypotheses tokenizes the hypotheses with special tokens and pads
// them on the right with the pad id: to the longest, or, for a model
// trained on fixed-length texts (SigLIP), to the tokenizer's
// model_max_length (the model's text length when the tokenizer has none).
// The mask is all ones when the tokenizer returns none (its
// model_input_names lacks attention_mask).
func (p *Pipeline) encodeHypotheses(m models.ImageTextModel, texts []string) (*encoded, error) {
	e, err := p.encode(texts)
	if err != nil {
		return nil, err
	}
	maxLen, toMax := m.TextLength()
	length := len(e.ids[0])
	if toMax {
		length = maxLen
		if c := p.Tokenizer.Config; c != nil && c.ModelMaxLength > 0 {
			length = c.ModelMaxLength
		}
	}
	for i, enc := range e.encs {
		if enc.Len() > maxLen || enc.Len() > length {
			return nil, fmt.Errorf("label %d (%q) has %d tokens; %s takes at most %d", i, texts[i], enc.Len(), m.Arch(), min(maxLen, length))
		}
	}
	pad := p.padID()
	noMask := !p.returnsAttentionMask()
	for i := range e.ids {
		for len(e.ids[i]) < length {
			e.ids[i] = append(e.ids[i], pad)
			e.mask[i] = append(e.mask[i], 0)
		}
		if noMask {
			for j := range e.mask[i] {
				e.mask[i][j] = 1
			}
		}
	}
	return e, nil
}

// returnsAttentionMask reports whether transformers' tokenizer would
// return an attention_mask: unless tokenizer_config.json's
// model_input_names leaves it out (the model then attends the padding,
// as it does when called without a mask).
func (p *Pipeline) returnsAttentionMask() bool {
	c := p.Tokenizer.Config
	if c == nil || c.Raw == nil {
		return true
	}
	names, ok := c.Raw["model_input_names"].([]any)
	if !ok {
		return true
	}
	for _, n := range names {
		if n == "attention_mask" {
			return true
		}
	}
	return false
}
