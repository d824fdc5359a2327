package pipeline

import (
	"context"
	"fmt"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/tokenizer"
)

// TextGenerationResult is transformers' text-generation output: the
// prompt followed by the generated text (return_full_text=True), and for
// chat input the conversation with the new assistant message appended.
type TextGenerationResult struct {
	GeneratedText string              `json:"generated_text"`
	NewText       string              `json:"new_text"`
	NewTokens     []int64             `json:"new_tokens"`
	Messages      []tokenizer.Message `json:"messages,omitempty"`
}

// GenerateText continues prompt (encoded with the tokenizer's special
// tokens, as transformers' pipeline does) with the generation config's
// settings overridden by opts.
func (p *Pipeline) GenerateText(ctx context.Context, prompt string, opts ...generate.Option) (TextGenerationResult, error) {
	if p.Task != TextGeneration {
		return TextGenerationResult{}, fmt.Errorf("pipeline is %s, not %s", p.Task, TextGeneration)
	}
	enc, err := p.Tokenizer.Encode(prompt)
	if err != nil {
		return TextGenerationResult{}, err
	}
	r, err := p.generateIDs(ctx, enc.IDs, opts)
	if err != nil {
		return r, err
	}
	r.GeneratedText = prompt + r.NewText
	return r, nil
}

// Chat renders messages with the tokenizer's chat template (with the
// assistant generation prompt), generates, and returns the conversation
// with the assistant's reply appended.
func (p *Pipeline) Chat(ctx context.Context, messages []tokenizer.Message, opts ...generate.Option) (TextGenerationResult, error) {
	if p.Task != TextGeneration {
		return TextGenerationResult{}, fmt.Errorf("pipeline is %s, not %s", p.Task, TextGeneration)
	}
	text, err := p.Tokenizer.ApplyChatTemplate(messages, tokenizer.ChatOptions{AddGenerationPrompt: true})
	if err != nil {
		return TextGenerationResult{}, err
	}
	// The template already holds the special tokens.
	enc, err := p.Tokenizer.Encode(text, tokenizer.WithoutSpecialTokens())
	if err != nil {
		return TextGenerationResult{}, err
	}
	r, err := p.generateIDs(ctx, enc.IDs, opts)
	if err != nil {
		return r, err
	}
	r.GeneratedText = r.NewText
	r.Messages = append(append([]tokenizer.Message(nil), messages...), tokenizer.Message{"role": "assistant", "content": r.NewText})
	return r, nil
}

func (p *Pipeline) generateIDs(ctx context.Context, ids []int, opts []generate.Option) (TextGenerationResult, error) {
	if len(ids) == 0 {
		return TextGenerationResult{}, fmt.Errorf("the prompt encodes to no tokens")
	}
	row := make([]int64, len(ids))
	for i, id := range ids {
		row[i] = int64(id)
	}
	out, err := p.Generator.Generate(ctx, [][]int64{row}, opts...)
	if err != nil {
		return TextGenerationResult{}, err
	}
	nt := out.NewTokens()[0]
	dec := make([]int, len(nt))
	for i, id := range nt {
		dec[i] = int(id)
	}
	return TextGenerationResult{NewText: p.Tokenizer.Decode(dec, true), NewTokens: nt}, nil
}
