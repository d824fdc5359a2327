package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/pflag"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/hub"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
)

// watermarkFlags are transformers' WatermarkingConfig fields as flags,
// shared by `kiln generate --watermark` and `kiln watermark detect`.
type watermarkFlags struct {
	cfg generate.WatermarkingConfig
}

func (w *watermarkFlags) register(f *pflag.FlagSet) {
	d := generate.DefaultWatermarking()
	f.Float64Var(&w.cfg.GreenlistRatio, "greenlist-ratio", d.GreenlistRatio, "watermark: fraction of the vocabulary in the green list (greenlist_ratio)")
	f.Float64Var(&w.cfg.Bias, "watermark-bias", d.Bias, "watermark: bias added to green tokens' scores (bias)")
	f.Uint64Var(&w.cfg.HashingKey, "hashing-key", d.HashingKey, "watermark: key of the green-list hash (hashing_key)")
	f.StringVar(&w.cfg.SeedingScheme, "seeding-scheme", d.SeedingScheme, "watermark: lefthash or selfhash (seeding_scheme)")
	f.IntVar(&w.cfg.ContextWidth, "context-width", d.ContextWidth, "watermark: tokens that seed the green list (context_width)")
}

// config returns the watermarking configuration the flags give, checked.
func (w *watermarkFlags) config() (generate.WatermarkingConfig, error) {
	c := w.cfg
	if err := c.Validate(); err != nil {
		return c, fmt.Errorf("watermark flags: %w", err)
	}
	return c, nil
}

// watermarkFlagNames are the flags that only make sense with --watermark.
var watermarkFlagNames = []string{"greenlist-ratio", "watermark-bias", "hashing-key", "seeding-scheme", "context-width"}

// defaultNewTokens resolves --max-new-tokens when the flag is not given,
// as transformers' generate does: generation_config.json's max_new_tokens
// or max_length stand; when neither is set (max_length is the default
// 20), 20 new tokens are generated, capped at the model's position table
// (n_positions / max_position_embeddings). It returns 0 when the
// configuration's own limit stands, else the number of new tokens.
func defaultNewTokens(g *generate.Generator, promptLen int) int {
	c := g.Config
	if c.MaxNewTokens > 0 || c.MaxLength != generate.DefaultConfig().MaxLength {
		return 0
	}
	total := promptLen + c.MaxLength
	if pl, ok := g.Runner.Model().Config().(models.PositionLimited); ok {
		if t := pl.PositionTable(); t.Max > 0 && total > t.Max {
			total = t.Max
		}
	}
	return max(total-promptLen, 1)
}

// generateJSON is what `kiln generate --json` prints: the new token ids of
// each row and, when the model has a tokenizer, their text and the whole
// row's text (prompt and continuation, special tokens skipped), as the
// text-generation pipeline's generated_text.
type generateJSON struct {
	Sequences [][]int  `json:"sequences"`
	NewTexts  []string `json:"new_texts,omitempty"`
	Texts     []string `json:"texts,omitempty"`
}

func writeGenerateJSON(w io.Writer, g *generate.Generator, out *generate.Output) error {
	res := generateJSON{Sequences: out.NewTokens()}
	if g.Tokenizer != nil {
		for i, row := range res.Sequences {
			res.NewTexts = append(res.NewTexts, rowText(g, row))
			res.Texts = append(res.Texts, rowText(g, out.Sequences[i]))
		}
	}
	return json.NewEncoder(w).Encode(res)
}

// writeGenerated prints a generation's result as `kiln generate` does for
// encoder-decoder and image-conditioned models: the --json object, or each
// row's new text on stdout and a summary on stderr (rows, new tokens,
// what they came from when from is not "", time since start, backend and
// programs compiled).
func writeGenerated(stdout, stderr io.Writer, m *auto.Model, g *generate.Generator, out *generate.Output, asJSON bool, from string, start time.Time) error {
	if asJSON {
		return writeGenerateJSON(stdout, g, out)
	}
	n := 0
	for i, row := range out.NewTokens() {
		fmt.Fprintf(stdout, "[%d] %s\n", i, rowText(g, row))
		n += len(row)
	}
	if from != "" {
		from = " from " + from
	}
	fmt.Fprintf(stderr, "kiln: %s, %s%s in %.2fs on %s (%s compiled)\n", plural(len(out.Sequences), "row"), plural(n, "new token"),
		from, time.Since(start).Seconds(), m.Backend().Name(), plural(m.Compiles(), "program"))
	return nil
}

// emptyPromptError names --prompt when it encodes to no ids. As in
// transformers, --prompt "" runs when the tokenizer adds a BOS token
// (Llama's), and has nothing to start from when it adds none (GPT-2's).
func emptyPromptError(prompt string) error {
	if prompt == "" {
		return fmt.Errorf("--prompt is empty and this tokenizer adds no start token: give some text, or --ids with the BOS id to generate from nothing")
	}
	return fmt.Errorf("--prompt %q encodes to no tokens", prompt)
}

// hubOptions are the Hub settings of every command that takes a repo id:
// the environment's, with progress on standard error when it is a
// terminal (the hub package never writes there by itself).
func hubOptions() hub.Options {
	var o hub.Options
	if isTerminal(os.Stderr) {
		o.Progress = os.Stderr
	}
	return o
}
