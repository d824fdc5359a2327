package pipeline

import (
	"context"
	"fmt"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/processors/image"
	"github.com/kiln-ml/kiln/tensor"
)

// imageFeatureArch is the architecture image-feature-extraction loads: the
// vision tower of a CLIP or SigLIP checkpoint (transformers' pipeline
// would load the dual model, which needs texts too), else the config's.
func imageFeatureArch(ctx context.Context, model string, opts Options) (string, error) {
	cfg, err := auto.Config(ctx, model, auto.Options{Hub: opts.Hub})
	if err != nil {
		return "", err
	}
	if c, ok := cfg.(*models.CLIPConfig); ok && c.Vision != nil {
		if c.SigLIP {
			return "SiglipVisionModel", nil
		}
		return "CLIPVisionModel", nil
	}
	return "", nil
}

// ImageFeatures runs image-feature-extraction on image files, BatchSize at
// a time, as transformers' ImageFeatureExtractionPipeline does: for each
// image the model's first output, last_hidden_state (T rows of C), or with
// Options.Pool its pooler_output (one row; an error for a model without a
// pooler). transformers returns each as a list with a leading batch
// dimension of 1, which `kiln run --json` prints.
func (p *Pipeline) ImageFeatures(ctx context.Context, files []string) ([][][]float32, error) {
	if p.Task != ImageFeatureExtraction {
		return nil, fmt.Errorf("pipeline is %s, not %s", p.Task, ImageFeatureExtraction)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no inputs")
	}
	im, ok := p.Model.Model().(models.ImageModel)
	if !ok {
		return nil, fmt.Errorf("%s does not take images", p.Model.Model().Arch())
	}
	var results [][][]float32
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
		name := models.OutputLastHidden
		if p.opts.Pool {
			name = models.OutputPooler
		}
		x := out[name]
		if x == nil {
			if p.opts.Pool {
				return nil, fmt.Errorf("%s returns no pooled output (no pooler layer): image-feature-extraction cannot pool", im.Arch())
			}
			return nil, fmt.Errorf("%s returned no %s", im.Arch(), name)
		}
		rows, err := rowsOf(x, name)
		if err != nil {
			return nil, err
		}
		for _, img := range rows {
			feat := make([][]float32, len(img))
			for i, r := range img {
				feat[i] = make([]float32, len(r))
				for j, v := range r {
					feat[i][j] = float32(v)
				}
			}
			results = append(results, feat)
		}
	}
	return results, nil
}
