package pipeline

import "github.com/kiln-ml/kiln/generate"

// generationDefaults is a pipeline's own default generation config in
// transformers (the pipeline class's _default_generation_config, read in
// transformers 5.17's pipelines/*.py): zero fields are not set by the
// pipeline.
type generationDefaults struct {
	maxNewTokens int
	numBeams     int
	doSample     bool
	temperature  float64
}

// taskGenerationDefaults are transformers 5.17's pipeline defaults by
// task: text-generation max_new_tokens 256, do_sample, temperature 0.7;
// image-text-to-text max_new_tokens 256; automatic-speech-recognition
// num_beams 5 (its max_new_tokens 256 is applied by asrGenerateOptions,
// with Whisper's length rule). Its text2text-generation, summarization,
// translation and image-to-text pipelines set none.
func taskGenerationDefaults(task string) (generationDefaults, bool) {
	switch task {
	case TextGeneration:
		return generationDefaults{maxNewTokens: 256, doSample: true, temperature: 0.7}, true
	case ImageTextToText:
		return generationDefaults{maxNewTokens: 256}, true
	case AutomaticSpeechRecognition:
		return generationDefaults{numBeams: 5}, true
	}
	return generationDefaults{}, false
}

// withGenerationDefaults puts the task's pipeline defaults before opts,
// merged as transformers' Pipeline does: a field takes the pipeline's
// value only where the model's generation_config.json leaves it at the
// global default, and the pipeline's max_new_tokens yields to a
// max_length the model's config sets. The caller's options come last
// and win (generate.Greedy() undoes the sampling default).
func (p *Pipeline) withGenerationDefaults(opts []generate.Option) []generate.Option {
	d, ok := taskGenerationDefaults(p.Task)
	if !ok || p.Generator == nil {
		return opts
	}
	c, g := p.Generator.Config, generate.DefaultConfig()
	var out []generate.Option
	if d.doSample && c.DoSample == g.DoSample {
		out = append(out, func(r *generate.Request) { r.DoSample = true })
	}
	if d.numBeams > 0 && c.NumBeams == g.NumBeams {
		out = append(out, generate.Beams(d.numBeams))
	}
	if d.temperature > 0 && c.Temperature == g.Temperature {
		out = append(out, generate.Temperature(d.temperature))
	}
	if d.maxNewTokens > 0 && c.MaxNewTokens == 0 && c.MaxLength == g.MaxLength {
		out = append(out, generate.MaxNewTokens(d.maxNewTokens))
	}
	return append(out, opts...)
}
