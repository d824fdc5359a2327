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
	NewTokens     []int               `json:"new_tokens"`
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

// GenerateTexts continues each prompt like GenerateText, running up to
// BatchSize prompts together (left-padded, as transformers' pipeline pads
// decoder batches).
func (p *Pipeline) GenerateTexts(ctx context.Context, prompts []string, opts ...generate.Option) ([]TextGenerationResult, error) {
	if p.Task != TextGeneration {
		return nil, fmt.Errorf("pipeline is %s, not %s", p.Task, TextGeneration)
	}
	var out []TextGenerationResult
	for start := 0; start < len(prompts); start += p.opts.BatchSize {
		batch := prompts[start:min(start+p.opts.BatchSize, len(prompts))]
		rows := make([][]int, len(batch))
		for i, text := range batch {
			enc, err := p.Tokenizer.Encode(text)
			if err != nil {
				return nil, fmt.Errorf("input %d: %w", start+i, err)
			}
			if enc.Len() == 0 {
				return nil, fmt.Errorf("input %d encodes to no tokens", start+i)
			}
			rows[i] = enc.IDs
		}
		res, err := p.Generator.Generate(ctx, rows, p.withGenerationDefaults(opts)...)
		if err != nil {
			return nil, err
		}
		per := len(res.Sequences) / len(batch)
		for i, nt := range res.NewTokens() {
			r := TextGenerationResult{NewText: p.decode(nt), NewTokens: nt}
			r.GeneratedText = batch[i/per] + r.NewText
			out = append(out, r)
		}
	}
	return out, nil
}

func (p *Pipeline) decode(ids []int) string { return p.Tokenizer.Decode(ids, true) }

func (p *Pipeline) generateIDs(ctx context.Context, ids []int, opts []generate.Option) (TextGenerationResult, error) {
	if len(ids) == 0 {
		return TextGenerationResult{}, fmt.Errorf("the prompt encodes to no tokens")
	}
	out, err := p.Generator.Generate(ctx, [][]int{ids}, p.withGenerationDefaults(opts)...)
	if err != nil {
		return TextGenerationResult{}, err
	}
	nt := out.NewTokens()[0]
	return TextGenerationResult{NewText: p.decode(nt), NewTokens: nt}, nil
}
