package pipeline

import (
	"context"
	"fmt"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/processors/image"
	"github.com/kiln-ml/kiln/tokenizer"
)

// ImageTextResult is transformers' image-text-to-text output for one
// prompt: the prompt (input_text) and generated_text, the prompt followed
// by the new text (return_full_text=True), or for chat input the new text
// alone, with the conversation and the assistant's reply in Messages.
type ImageTextResult struct {
	InputText     string              `json:"input_text"`
	GeneratedText string              `json:"generated_text"`
	NewText       string              `json:"new_text"`
	NewTokens     []int               `json:"new_tokens"`
	Messages      []tokenizer.Message `json:"messages,omitempty"`
}

// GenerateFromImages generates from the image files and a prompt that
// holds one image token (VisionText.ImageToken, "<image>") per file, in
// order, as transformers' image-text-to-text pipeline does: load_image
// (EXIF orientation, RGB), LlavaProcessor (pixel values, image tokens
// expanded, the prompt encoded with special tokens), generate. An
// image-to-text pipeline given no prompt uses the image tokens alone.
func (p *Pipeline) GenerateFromImages(ctx context.Context, files []string, prompt string, opts ...generate.Option) (ImageTextResult, error) {
	if p.Task != ImageTextToText && p.Task != ImageToText {
		return ImageTextResult{}, fmt.Errorf("pipeline is %s, not %s", p.Task, ImageTextToText)
	}
	if prompt == "" && p.Task == ImageToText {
		for range files {
			prompt += p.VisionText.ImageToken
		}
	}
	r, err := p.generateFromImages(ctx, files, prompt, false, opts)
	if err != nil {
		return r, err
	}
	r.GeneratedText = prompt + r.NewText
	return r, nil
}

// ChatWithImages renders messages with the chat template (the
// processor's, from the model directory's chat_template.jinja or
// tokenizer_config.json), whose image entries become image tokens, and
// generates from it and the image files (one per image entry, in order).
// It returns the new text and the conversation with the assistant's
// reply appended.
func (p *Pipeline) ChatWithImages(ctx context.Context, files []string, messages []tokenizer.Message, opts ...generate.Option) (ImageTextResult, error) {
	if p.Task != ImageTextToText {
		return ImageTextResult{}, fmt.Errorf("pipeline is %s, not %s", p.Task, ImageTextToText)
	}
	text, err := p.Tokenizer.ApplyChatTemplate(messages, tokenizer.ChatOptions{AddGenerationPrompt: true})
	if err != nil {
		return ImageTextResult{}, err
	}
	r, err := p.generateFromImages(ctx, files, text, true, opts)
	if err != nil {
		return r, err
	}
	r.GeneratedText = r.NewText
	r.Messages = append(append([]tokenizer.Message(nil), messages...), tokenizer.Message{"role": "assistant", "content": r.NewText})
	return r, nil
}

func (p *Pipeline) generateFromImages(ctx context.Context, files []string, prompt string, raw bool, opts []generate.Option) (ImageTextResult, error) {
	imgs := make([]*image.RGB, len(files))
	for i, f := range files {
		m, err := image.DecodeFile(f, image.DecodeOptions{})
		if err != nil {
			return ImageTextResult{}, err
		}
		imgs[i] = m
	}
	in, err := p.VisionText.Process([]string{prompt}, imgs, raw)
	if err != nil {
		return ImageTextResult{}, err
	}
	out, err := p.Generator.GenerateWithImages(ctx, in.IDs, in.Pixels, p.withGenerationDefaults(opts)...)
	if err != nil {
		return ImageTextResult{}, err
	}
	nt := out.NewTokens()[0]
	return ImageTextResult{InputText: prompt, NewText: p.decode(nt), NewTokens: nt}, nil
}
