package main

import (
	"context"
	"fmt"
	"os"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/processors/image"
	"github.com/kiln-ml/kiln/quant"
	"github.com/kiln-ml/kiln/tensor"
)

// runForwardImages is `kiln forward --image`: preprocess the files with the
// model's preprocessor_config.json, run the image model (with the --ids
// texts for a model of text and images), and write every output and the
// pixel_values as float32 safetensors.
func runForwardImages(ctx context.Context, model, backend, arch string, files []string, idsArg, maskArg, out string, bnb *quant.BnBOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	m, err := auto.Load(ctx, model, auto.Options{Backend: backend, Arch: arch, BnB: bnb, Logger: noticeLogger(os.Stderr), Hub: hubOptions(), Compile: compileOptions()})
	if err != nil {
		return err
	}
	defer m.Close()
	var spec models.Spec
	inputs := map[string]*tensor.Tensor{}
	switch mm := m.Model().(type) {
	case models.ImageModel:
		if idsArg != "" || maskArg != "" {
			return fmt.Errorf("--ids: %s takes images only", mm.Arch())
		}
		spec = models.ImageSpec(mm, len(files))
	case models.ImageTextModel:
		if idsArg == "" {
			return fmt.Errorf("--ids is required: %s scores texts against the images", mm.Arch())
		}
		batch, err := textBatch(idsArg, maskArg, "", "", int64(m.Config.Common().Pad(0)), false)
		if err != nil {
			return err
		}
		if inputs[models.InputIDs], err = models.RowsTensor(batch.IDs, "--ids"); err != nil {
			return err
		}
		if inputs[models.InputAttentionMask], err = models.RowsTensor(batch.Mask, "--attention-mask"); err != nil {
			return err
		}
		spec = models.ImageTextSpec(len(batch.IDs), len(batch.IDs[0]), len(files))
	case models.VisionLanguageModel:
		if idsArg == "" {
			return fmt.Errorf("--ids is required: %s reads a prompt whose image tokens (id %d, %d per image) the images fill", mm.Arch(), mm.ImageTokenID(), mm.TokensPerImage())
		}
		batch, err := textBatch(idsArg, maskArg, "", "", int64(m.Config.Common().Pad(0)), true) // a decoder: left padding
		if err != nil {
			return err
		}
		if inputs[models.InputIDs], err = models.RowsTensor(batch.IDs, "--ids"); err != nil {
			return err
		}
		if inputs[models.InputAttentionMask], err = models.RowsTensor(batch.Mask, "--attention-mask"); err != nil {
			return err
		}
		spec = models.Spec{Batch: len(batch.IDs), Seq: len(batch.IDs[0]), Images: len(files)}
	default:
		return fmt.Errorf("--image: %s takes token ids, not images (use --ids)", m.Model().Arch())
	}
	proc, err := image.LoadProcessor(m.Dir)
	if err != nil {
		return err
	}
	pv, err := proc.PixelValuesFromFiles(files, image.DecodeOptions{})
	if err != nil {
		return err
	}
	inputs[models.InputPixelValues] = pv
	res, err := m.Forward(ctx, spec, inputs)
	if err != nil {
		return err
	}
	save := map[string]*tensor.Tensor{models.InputPixelValues: pv}
	for n, t := range res {
		f32, err := t.Convert(ir.Float32)
		if err != nil {
			return fmt.Errorf("output %s: %w", n, err)
		}
		save[n] = f32
	}
	if err := tensor.WriteSafetensorsFile(out, save, map[string]string{"format": "pt"}); err != nil {
		return fmt.Errorf("--out %s: %w", out, err)
	}
	fmt.Fprintf(os.Stderr, "kiln: wrote %d tensors to %s (backend %s)\n", len(save), out, m.Backend().Name())
	return nil
}
