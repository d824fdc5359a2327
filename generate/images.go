package generate

import (
	"context"
	"errors"
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// imagePrompt holds the images of a vision-language generation: their
// pixel values (N, channels, height, width), in the order of the image
// tokens of the prompt rows, and each row's number of images.
type imagePrompt struct {
	pixels *tensor.Tensor
	perRow []int
}

// GenerateWithImages generates from prompts that hold image tokens, for a
// models.VisionLanguageModel (LLaVA), as transformers' generate does with
// pixel_values: each image fills TokensPerImage() consecutive image tokens
// of the prompts (the processor expands them; see pipeline), and pixels
// holds the images of all prompts in their order, (N, channels, height,
// width) of the model's PixelShape. The image features enter only the
// prefill: decode steps run the language model over the KV cache (without
// a cache, every step recomputes them). Prompts are left-padded as by
// Generate; beams and several sampled sequences repeat their prompt's
// images.
func (g *Generator) GenerateWithImages(ctx context.Context, prompts [][]int, pixels *tensor.Tensor, opts ...Option) (*Output, error) {
	vl, ok := g.Runner.Model().(models.VisionLanguageModel)
	if !ok {
		return nil, fmt.Errorf("generate: %s takes no images", g.Runner.Model().Arch())
	}
	req, err := g.request(opts)
	if err != nil {
		return nil, err
	}
	if len(prompts) == 0 {
		return nil, errors.New("generate: no prompts")
	}
	for i, p := range prompts {
		if len(p) == 0 {
			return nil, fmt.Errorf("generate: prompt %d is empty", i)
		}
	}
	img, err := newImagePrompt(vl, prompts, pixels)
	if err != nil {
		return nil, err
	}
	req.images = img
	ids, mask := leftPad(prompts, max(req.PadTokenID, 0))
	return g.run(ctx, req, ids, mask, nil, 0)
}

// newImagePrompt checks that the prompts' image tokens are whole images
// and that pixels holds exactly those images.
func newImagePrompt(m models.VisionLanguageModel, prompts [][]int, pixels *tensor.Tensor) (*imagePrompt, error) {
	per, tok := m.TokensPerImage(), m.ImageTokenID()
	img := &imagePrompt{perRow: make([]int, len(prompts))}
	total := 0
	for i, p := range prompts {
		n := 0
		for _, id := range p {
			if id == tok {
				n++
			}
		}
		if n%per != 0 {
			return nil, fmt.Errorf("generate: prompt %d holds %d image tokens (id %d), not a multiple of the %d one image fills", i, n, tok, per)
		}
		img.perRow[i] = n / per
		total += n / per
	}
	if total == 0 {
		if pixels != nil {
			return nil, fmt.Errorf("generate: pixel values given, but the prompts hold no image token (id %d)", tok)
		}
		return nil, nil
	}
	if pixels == nil {
		return nil, fmt.Errorf("generate: the prompts hold %d images' tokens but no pixel values were given", total)
	}
	if err := pixels.Validate(); err != nil {
		return nil, fmt.Errorf("generate: pixel values: %w", err)
	}
	c, h, w := m.PixelShape()
	if want := (ir.Shape{total, c, h, w}); !pixels.DType.IsFloat() || !pixels.Shape.Equal(want) {
		return nil, fmt.Errorf("generate: pixel values are %s, want a float %v: the prompts hold %d images' tokens", pixels.Type(), want, total)
	}
	img.pixels = pixels
	return img, nil
}

// expand repeats each prompt's images k times, as the rows are (beams,
// sampled sequences per prompt), and converts them to dt.
func (p *imagePrompt) expand(k int, dt ir.DType) (*tensor.Tensor, int, error) {
	px := p.pixels
	if px.DType != dt {
		var err error
		if px, err = px.Convert(dt); err != nil {
			return nil, 0, err
		}
	}
	if k == 1 {
		return px, px.Shape[0], nil
	}
	size := len(px.Data) / px.Shape[0]
	var data []byte
	first := 0
	for _, n := range p.perRow {
		for r := 0; r < k; r++ {
			data = append(data, px.Data[first*size:(first+n)*size]...)
		}
		first += n
	}
	shape := append(ir.Shape{first * k}, px.Shape[1:]...)
	return &tensor.Tensor{DType: dt, Shape: shape, Data: data}, first * k, nil
}

// imageInputs returns the prefill inputs of a vision-language generation
// whose rows are each prompt repeated k times: pixel_values and the
// number of images (nil and 0 without images).
func (req *Request) imageInputs(k int, dt ir.DType) (*tensor.Tensor, int, error) {
	if req.images == nil {
		return nil, 0, nil
	}
	return req.images.expand(k, dt)
}
