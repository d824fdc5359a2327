package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/models"
)

// Text-to-text tasks of text encoder-decoders (T5, BART), as
// transformers' Text2TextGenerationPipeline and its SummarizationPipeline
// and TranslationPipeline: the input text, after the task's prefix, is
// encoded with the tokenizer's special tokens; the model generates; the
// result is the decoded new text under the task's key.
const (
	Text2TextGeneration = "text2text-generation"
	Summarization       = "summarization"
	// Translation takes the first "translation_XX_to_YY" entry of
	// config.json's task_specific_params, as transformers' pipeline does
	// when given "translation"; "translation_XX_to_YY" names one.
	Translation = "translation"
)

// IsText2Text reports whether task is one of the text-to-text tasks
// (translation_XX_to_YY included).
func IsText2Text(task string) bool { return isText2Text(task) }

func isText2Text(task string) bool {
	return task == Text2TextGeneration || task == Summarization || task == Translation || strings.HasPrefix(task, Translation+"_")
}

// Text2TextResult is one generated text of a text-to-text task. It
// marshals to JSON as transformers' pipeline returns it: one key,
// generated_text, summary_text or translation_text.
type Text2TextResult struct {
	Key       string // generated_text, summary_text, translation_text
	Text      string
	NewTokens []int
}

// MarshalJSON writes {Key: Text}.
func (r Text2TextResult) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]string{r.Key: r.Text})
}

// resultKey is the task's output key (transformers' return_name + "_text").
func resultKey(task string) string {
	switch {
	case task == Summarization:
		return "summary_text"
	case strings.HasPrefix(task, Translation):
		return "translation_text"
	}
	return "generated_text"
}

// setupText2Text prepares a text-to-text pipeline: the model must be a
// text encoder-decoder with an LM head; the task's entry of config.json's
// task_specific_params gives the prefix and generation settings (over
// generation_config.json's), and config.json's prefix applies otherwise.
func (p *Pipeline) setupText2Text() error {
	m := p.Model
	if _, ok := m.Model().(models.TextEncoderDecoder); !ok {
		return fmt.Errorf("%s: %s is not a text encoder-decoder; task %s needs one (T5, BART)", m.Dir, m.Model().Arch(), p.Task)
	}
	g, err := generate.Load(m.Runner, m.Dir)
	if err != nil {
		return err
	}
	g.Tokenizer = p.Tokenizer
	p.Generator = g
	path := filepath.Join(m.Dir, "config.json")
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var raw struct {
		Prefix *string         `json:"prefix"`
		Params json.RawMessage `json:"task_specific_params"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if raw.Prefix != nil {
		p.prefix = *raw.Prefix
	}
	keys, params, err := orderedObject(raw.Params)
	if err != nil {
		return fmt.Errorf("%s: field task_specific_params: %w", path, err)
	}
	task := p.Task
	if task == Translation {
		for _, k := range keys {
			if strings.HasPrefix(k, Translation+"_") {
				task = k
				break
			}
		}
	}
	if tp, ok := params[task]; ok {
		var settings map[string]json.RawMessage
		if err := json.Unmarshal(tp, &settings); err != nil {
			return fmt.Errorf("%s: task_specific_params.%s: %w", path, task, err)
		}
		if pre, ok := settings["prefix"]; ok {
			if err := json.Unmarshal(pre, &p.prefix); err != nil {
				return fmt.Errorf("%s: task_specific_params.%s.prefix: %w", path, task, err)
			}
			delete(settings, "prefix")
		}
		rest, _ := json.Marshal(settings)
		if err := p.Generator.Config.UpdateJSON(rest); err != nil {
			return fmt.Errorf("%s: task_specific_params.%s: %w", path, task, err)
		}
	}
	return nil
}

// orderedObject decodes a JSON object (null or absent: empty), returning
// its keys in file order and the values by key.
func orderedObject(data json.RawMessage) ([]string, map[string]json.RawMessage, error) {
	if len(bytes.TrimSpace(data)) == 0 || bytes.Equal(bytes.TrimSpace(data), []byte("null")) {
		return nil, nil, nil
	}
	vals := map[string]json.RawMessage{}
	if err := json.Unmarshal(data, &vals); err != nil {
		return nil, nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var keys []string
	if _, err := dec.Token(); err != nil { // {
		return nil, nil, err
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return nil, nil, err
		}
		keys = append(keys, k.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return nil, nil, err
		}
	}
	return keys, vals, nil
}

// Text2Text runs a text-to-text task on each text (the task's prefix
// first), up to BatchSize texts together, and returns one result per
// generated sequence (num_return_sequences per text, in order).
func (p *Pipeline) Text2Text(ctx context.Context, texts []string, opts ...generate.Option) ([]Text2TextResult, error) {
	if !isText2Text(p.Task) {
		return nil, fmt.Errorf("pipeline is %s, not a text-to-text task", p.Task)
	}
	var out []Text2TextResult
	key := resultKey(p.Task)
	for start := 0; start < len(texts); start += p.opts.BatchSize {
		batch := texts[start:min(start+p.opts.BatchSize, len(texts))]
		rows := make([][]int, len(batch))
		for i, text := range batch {
			enc, err := p.Tokenizer.Encode(p.prefix + text)
			if err != nil {
				return nil, fmt.Errorf("input %d: %w", start+i, err)
			}
			if enc.Len() == 0 {
				return nil, fmt.Errorf("input %d encodes to no tokens", start+i)
			}
			rows[i] = enc.IDs
		}
		res, err := p.Generator.GenerateFromTokens(ctx, rows, p.withGenerationDefaults(opts)...)
		if err != nil {
			return nil, err
		}
		for _, nt := range res.NewTokens() {
			out = append(out, Text2TextResult{Key: key, Text: p.decode(nt), NewTokens: nt})
		}
	}
	return out, nil
}
