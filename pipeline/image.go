package pipeline

import (
	"context"
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/processors/image"
	"github.com/kiln-ml/kiln/tensor"
)

// ClassifyImages runs image-classification on image files, BatchSize at a
// time, as transformers' ImageClassificationPipeline does: load_image
// (EXIF orientation, RGB), the model's image processor, then for each
// image the top TopK labels (default 5, at most the number of labels),
// best first, scored by sigmoid when problem_type is
// multi_label_classification or there is one label, else by softmax.
func (p *Pipeline) ClassifyImages(ctx context.Context, files []string) ([][]Label, error) {
	if p.Task != ImageClassification {
		return nil, fmt.Errorf("pipeline is %s, not %s", p.Task, ImageClassification)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no inputs")
	}
	im, ok := p.Model.Model().(models.ImageModel)
	if !ok {
		return nil, fmt.Errorf("%s does not take images", p.Model.Model().Arch())
	}
	topK := p.opts.TopK
	if topK == 0 {
		topK = 5
	}
	topK = min(topK, len(p.labels))
	sigmoid := p.problem == "multi_label_classification" || len(p.labels) == 1
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
		out, err := p.Model.Forward(ctx, models.ImageSpec(im, len(batch)), map[string]*tensor.Tensor{models.InputPixelValues: pv})
		if err != nil {
			return nil, err
		}
		logits := out[models.OutputLogits]
		if logits == nil || logits.Shape.Rank() != 2 || logits.Shape[1] != len(p.labels) {
			return nil, fmt.Errorf("%s returned logits %v for %d labels", p.Model.Model().Arch(), logits, len(p.labels))
		}
		vals := logits.Float64s()
		for r := range batch {
			row := vals[r*len(p.labels) : (r+1)*len(p.labels)]
			var scores []float64
			if sigmoid {
				for _, x := range row {
					scores = append(scores, 1/(1+math.Exp(-x)))
				}
			} else {
				scores = softmax64(row)
			}
			labels := make([]Label, 0, topK)
			for _, i := range sortedDesc(scores)[:topK] {
				labels = append(labels, Label{Label: p.labels[i], Score: scores[i]})
			}
			results = append(results, labels)
		}
	}
	return results, nil
}
