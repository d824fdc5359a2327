package main

import (
	"context"
	"fmt"
	"os"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/processors/image"
	"github.com/kiln-ml/kiln/tensor"
)

// runForwardImages is `kiln forward --image`: preprocess the files with the
// model's preprocessor_config.json, run the image model, and write every
// output and the pixel_values as float32 safetensors.
func runForwardImages(ctx context.Context, model, backend, arch string, files []string, out string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	m, err := auto.Load(ctx, model, auto.Options{Backend: backend, Arch: arch, Logger: noticeLogger(os.Stderr), Hub: hubOptions(), Compile: compileOptions()})
	if err != nil {
		return err
	}
	defer m.Close()
	im, ok := m.Model().(models.ImageModel)
	if !ok {
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
	res, err := m.Forward(ctx, models.ImageSpec(im, len(files)), map[string]*tensor.Tensor{models.InputPixelValues: pv})
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
