package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/processors/image"
	"github.com/kiln-ml/kiln/processors/vlm"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/tokenizer"
)

// runGenerateImages is `kiln generate --image`: a vision-language model
// (LLaVA) generates from the images and --prompt (one image token per
// --image, expanded by the processor; with --chat, a user message of the
// images and the text rendered by the chat template) or --ids (already
// expanded). One prompt row holds all the images.
func runGenerateImages(ctx context.Context, cmd *cobra.Command, o generateFlags, m *auto.Model, g *generate.Generator, opts []generate.Option) error {
	vl, ok := m.Model().(models.VisionLanguageModel)
	if !ok {
		return fmt.Errorf("--image: %s does not take images (a vision-language model such as LLaVA does)", m.Model().Arch())
	}
	stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	var prompts [][]int
	var pixels *tensor.Tensor
	switch {
	case cmd.Flags().Changed("prompt"):
		if g.Tokenizer == nil {
			return fmt.Errorf("--prompt: %s has no tokenizer; pass expanded token ids with --ids", m.Dir)
		}
		proc, err := vlm.Load(m.Dir, g.Tokenizer, vl.TokensPerImage())
		if err != nil {
			return err
		}
		text, raw := o.prompt, false
		if o.chat {
			content := []any{}
			for range o.images {
				content = append(content, map[string]any{"type": "image"})
			}
			content = append(content, map[string]any{"type": "text", "text": o.prompt})
			if text, err = g.Tokenizer.ApplyChatTemplate([]tokenizer.Message{{"role": "user", "content": content}}, tokenizer.ChatOptions{AddGenerationPrompt: true}); err != nil {
				return fmt.Errorf("--chat: %w", err)
			}
			raw = true // the template holds the special tokens
		}
		imgs := make([]*image.RGB, len(o.images))
		for i, f := range o.images {
			if imgs[i], err = image.DecodeFile(f, image.DecodeOptions{}); err != nil {
				return err
			}
		}
		in, err := proc.Process([]string{text}, imgs, raw)
		if err != nil {
			return fmt.Errorf("--prompt: %w", err)
		}
		prompts, pixels = in.IDs, in.Pixels
	default:
		if o.chat {
			return fmt.Errorf("--chat applies to --prompt")
		}
		var err error
		if prompts, err = parseIDRows(o.ids, "--ids"); err != nil {
			return err
		}
		proc, err := image.LoadProcessor(m.Dir)
		if err != nil {
			return err
		}
		if pixels, err = proc.PixelValuesFromFiles(o.images, image.DecodeOptions{}); err != nil {
			return err
		}
	}
	start := time.Now()
	out, err := g.GenerateWithImages(ctx, prompts, pixels, opts...)
	if err != nil {
		return err
	}
	return writeGenerated(stdout, stderr, m, g, out, o.asJSON, plural(len(o.images), "image"), start)
}
