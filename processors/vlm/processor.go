// Package vlm is the processor of vision-language models (transformers'
// LlavaProcessor): the image processor makes pixel_values, each image
// token of a prompt is expanded to the number of tokens one image fills,
// and the tokenizer encodes the result.
package vlm

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kiln-ml/kiln/processors/image"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/tokenizer"
)

// Processor is a LlavaProcessor: Images makes pixel_values, Tokenizer
// encodes the expanded prompts.
type Processor struct {
	Images    *image.Processor
	Tokenizer *tokenizer.Tokenizer
	// ImageToken is the placeholder of one image in a prompt ("<image>").
	ImageToken string
	// PatchSize and SelectStrategy ("default" or "full") are the vision
	// tower's, and AdditionalTokens the tokens it adds to the patches (1
	// for CLIP's class token): one image of h x w pixels fills
	// (h/PatchSize)*(w/PatchSize) + AdditionalTokens tokens, one fewer
	// under "default". PatchSize 0 (a processor_config.json without
	// patch_size) means Fallback tokens per image.
	PatchSize        int
	SelectStrategy   string
	AdditionalTokens int
	// Fallback is the tokens per image when PatchSize is 0: the model's
	// (models.VisionLanguageModel.TokensPerImage).
	Fallback int
}

// config is processor_config.json's fields.
type config struct {
	PatchSize        *int            `json:"patch_size"`
	SelectStrategy   *string         `json:"vision_feature_select_strategy"`
	AdditionalTokens *int            `json:"num_additional_image_tokens"`
	ImageToken       *string         `json:"image_token"`
	ImageProcessor   json.RawMessage `json:"image_processor"`
	ChatTemplate     string          `json:"chat_template"`
}

// Load reads the processor of the model directory dir:
// processor_config.json (optional: transformers 4 wrote the image
// processor's settings to preprocessor_config.json and LlavaProcessor's
// to processor_config.json; transformers 5 may nest the image processor
// in it as "image_processor"), the image processor, and tok. A
// chat_template in processor_config.json becomes tok's default template
// when tok has none.
// tokensPerImage is the model's, used when the processor has no
// patch_size.
func Load(dir string, tok *tokenizer.Tokenizer, tokensPerImage int) (*Processor, error) {
	if tok == nil {
		return nil, errors.New("vlm.Load: nil tokenizer")
	}
	path := filepath.Join(dir, "processor_config.json")
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		data, err = []byte("{}"), nil
	}
	if err != nil {
		return nil, err
	}
	p, c, err := parseConfig(data, path)
	if err != nil {
		return nil, err
	}
	p.Tokenizer, p.Fallback = tok, tokensPerImage
	if c.ChatTemplate != "" && tok.Config != nil && tok.Config.ChatTemplates["default"] == "" {
		// A processor that saved its template in processor_config.json
		// (transformers 4.4x): the chat renders with it.
		tok.Config.ChatTemplate = c.ChatTemplate
		tok.Config.ChatTemplates["default"] = c.ChatTemplate
	}
	if _, ok := tok.TokenToID(p.ImageToken); !ok {
		return nil, fmt.Errorf("the tokenizer of %s has no image token %q", dir, p.ImageToken)
	}
	if len(c.ImageProcessor) > 0 && !bytes.Equal(bytes.TrimSpace(c.ImageProcessor), []byte("null")) {
		p.Images, err = image.ParseConfig(c.ImageProcessor, path+" (image_processor)")
	} else {
		p.Images, err = image.LoadProcessor(dir)
	}
	if err != nil {
		return nil, err
	}
	return p, nil
}

// parseConfig reads processor_config.json's LlavaProcessor fields; errors
// name the file and the field.
func parseConfig(data []byte, path string) (*Processor, *config, error) {
	p := &Processor{ImageToken: "<image>", SelectStrategy: "default"}
	var c config
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	if c.PatchSize != nil {
		if *c.PatchSize < 1 {
			return nil, nil, fmt.Errorf("%s: field patch_size must be positive, got %d", path, *c.PatchSize)
		}
		p.PatchSize = *c.PatchSize
	}
	if c.SelectStrategy != nil {
		if *c.SelectStrategy != "default" && *c.SelectStrategy != "full" {
			return nil, nil, fmt.Errorf("%s: field vision_feature_select_strategy: %q is not one of default, full", path, *c.SelectStrategy)
		}
		p.SelectStrategy = *c.SelectStrategy
	}
	if c.AdditionalTokens != nil {
		if *c.AdditionalTokens < 0 {
			return nil, nil, fmt.Errorf("%s: field num_additional_image_tokens must be >= 0, got %d", path, *c.AdditionalTokens)
		}
		p.AdditionalTokens = *c.AdditionalTokens
	}
	if c.ImageToken != nil {
		if *c.ImageToken == "" {
			return nil, nil, fmt.Errorf("%s: field image_token is empty", path)
		}
		p.ImageToken = *c.ImageToken
	}
	return p, &c, nil
}

// TokensPerImage is the number of image tokens one image of h x w
// processed pixels fills, as LlavaProcessor computes it.
func (p *Processor) TokensPerImage(h, w int) int {
	if p.PatchSize == 0 {
		return p.Fallback
	}
	n := (h/p.PatchSize)*(w/p.PatchSize) + p.AdditionalTokens
	if p.SelectStrategy == "default" {
		n--
	}
	return n
}

// Inputs are a processed batch: each prompt's token ids (unpadded) and the
// images' pixel values (nil without images).
type Inputs struct {
	IDs    [][]int
	Pixels *tensor.Tensor
}

// Process makes the model inputs of prompts and images, as
// LlavaProcessor(images=..., text=...): every image token of every prompt
// is repeated TokensPerImage times, then the prompts are encoded (with the
// tokenizer's special tokens unless raw, for a prompt rendered by a chat
// template that holds them). The number of image tokens in the prompts
// must equal the number of images.
func (p *Processor) Process(prompts []string, images []*image.RGB, raw bool) (*Inputs, error) {
	n := 0
	for _, s := range prompts {
		n += strings.Count(s, p.ImageToken)
	}
	if n != len(images) {
		return nil, fmt.Errorf("the prompts hold %d image tokens %q for %d images", n, p.ImageToken, len(images))
	}
	in := &Inputs{}
	expanded := prompts
	if len(images) > 0 {
		pv, err := p.Images.PixelValues(images)
		if err != nil {
			return nil, err
		}
		in.Pixels = pv
		k := p.TokensPerImage(pv.Shape[2], pv.Shape[3])
		if k < 1 {
			return nil, fmt.Errorf("images of %dx%d pixels in patches of %d give no image tokens", pv.Shape[3], pv.Shape[2], p.PatchSize)
		}
		expanded = make([]string, len(prompts))
		for i, s := range prompts {
			expanded[i] = strings.ReplaceAll(s, p.ImageToken, strings.Repeat(p.ImageToken, k))
		}
	}
	var opts []tokenizer.EncodeOption
	if raw {
		opts = append(opts, tokenizer.WithoutSpecialTokens())
	}
	for i, s := range expanded {
		enc, err := p.Tokenizer.Encode(s, opts...)
		if err != nil {
			return nil, fmt.Errorf("prompt %d: %w", i, err)
		}
		if enc.Len() == 0 {
			return nil, fmt.Errorf("prompt %d encodes to no tokens", i)
		}
		in.IDs = append(in.IDs, enc.IDs)
	}
	return in, nil
}
