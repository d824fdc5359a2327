package pipeline

import "github.com/kiln-ml/kiln/generate"

// generationDefaults is a pipeline's own default generation config in
// transformers (the pipeline class's _default_generation_config, 5.17):
// zero fields are not set by the pipeline.
type generationDefaults struct {
	maxNewTokens int
	numBeams     int
}

// taskGenerationDefaults are transformers' pipeline defaults by task
// (automatic-speech-recognition's are applied by asrGenerateOptions,
// with Whisper's length rule).
func taskGenerationDefaults(task string) (generationDefaults, bool) {
	switch {
	case isText2Text(task): // Text2TextGenerationPipeline and its summarization/translation subclasses
		return generationDefaults{maxNewTokens: 256, numBeams: 4}, true
	case task == TextGeneration, task == ImageTextToText, task == ImageToText:
		return generationDefaults{maxNewTokens: 256}, true
	}
	return generationDefaults{}, false
}

// withGenerationDefaults puts the task's pipeline defaults before opts,
// merged as transformers' Pipeline does: a field takes the pipeline's
// value only where the model's generation_config.json leaves it at the
// global default, and the pipeline's max_new_tokens yields to a
// max_length the model's config sets (Whisper's 448, BART's 142, ...).
// The caller's options come last and win.
func (p *Pipeline) withGenerationDefaults(opts []generate.Option) []generate.Option {
	d, ok := taskGenerationDefaults(p.Task)
	if !ok || p.Generator == nil {
		return opts
	}
	c, g := p.Generator.Config, generate.DefaultConfig()
	var out []generate.Option
	if d.numBeams > 0 && c.NumBeams == g.NumBeams {
		out = append(out, generate.Beams(d.numBeams))
	}
	if d.maxNewTokens > 0 && c.MaxNewTokens == 0 && c.MaxLength == g.MaxLength {
		out = append(out, generate.MaxNewTokens(d.maxNewTokens))
	}
	return append(out, opts...)
}
