package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
)

type generateFlags struct {
	model, backend, ids, prompt, adapter string
	audio, decoderIDs, mask              string
	maxNew, numBeams, topK               int
	numReturn, ngram, pad                int
	temperature, topP, repPen            float64
	seed                                 uint64
	doSample, asJSON, watermark, chat    bool
	quantizedKernels                     bool
	tp                                   int
	procs                                procFlags
	stops, images                        []string
	wm                                   watermarkFlags
	bnb                                  bnbFlags
}

func init() {
	var o generateFlags
	cmd := &cobra.Command{
		Use:   "generate",
		Short: "Generate tokens with a decoder model (greedy, beam search or sampling)",
		Long: `generate continues prompts with the model in --model (a directory or a Hub repo id) the way
transformers' model.generate does: generation_config.json's settings, overridden by the flags given.

Prompts are token ids (--ids, rows separated by ';') or a text (--prompt, encoded with the model
directory's tokenizer and its special tokens). Ragged --ids rows are left-padded with --pad-token-id
(default: the configuration's pad id, else 0) under an attention mask; finished rows are padded with
the same id.

Without --max-new-tokens, generation_config.json's max_new_tokens or max_length apply; when it
sets neither, 20 new tokens are generated (capped at the position table), as in transformers.

With --watermark, the green-list watermark of transformers' WatermarkingConfig biases the
scores (--greenlist-ratio, --watermark-bias, --hashing-key, --seeding-scheme, --context-width);
'kiln watermark detect' with the same settings finds it.

With --json, stdout is {"sequences": [[new ids of row 0], ...], "new_texts": [...], "texts": [...]}
(new tokens only, one row per prompt and returned sequence; the texts when the model has a
tokenizer: the new text, and prompt plus new text). Otherwise the decoded text streams to stdout (token ids when the model
directory has no tokenizer); with several rows, each row is printed when generation ends.

A speech encoder-decoder (Whisper) generates from --audio (a WAV or FLAC file made into
input_features by the model directory's preprocessor_config.json) and --decoder-ids, the
decoder prompt (default: decoder_start_token_id and generation_config.json's forced_decoder_ids).
The encoder runs once; suppress_tokens and begin_suppress_tokens apply as in transformers'
Whisper generate. Clips over 30 s are truncated to their first 30 s (short-form, with a warning).

A text encoder-decoder (T5, BART) encodes --ids (or --prompt) once — ragged rows padded on the right
under an attention mask, or padded rows with --attention-mask — and its decoder generates from
--decoder-ids (default: decoder_start_token_id); --json's sequences are the new tokens after it.

A vision-language model (LLaVA) generates from --image files (repeatable) and --prompt, which holds
one image token ("<image>") per file: the processor (processor_config.json) expands each to the
tokens one image fills and the image processor makes the pixel values, as transformers'
LlavaProcessor. With --chat the prompt becomes a user message of the images and the text rendered
by the model's chat template. --ids with --image takes token ids already expanded. For example:
  generate --model DIR --image cat.png --prompt "USER: <image> What is shown? ASSISTANT:" --max-new-tokens 20`,
		Example: `  kiln generate --model testdata/models/qwen2-tiny --ids "1,2,3;4,5" --max-new-tokens 8 --json
  kiln generate --model testdata/models/gpt2-tiny --prompt "Once upon a time" --max-new-tokens 40 --do-sample --top-p 0.9 --seed 1
  kiln generate --model testdata/models/llama-tiny --ids "1,415,5565" --max-new-tokens 12 --num-beams 4
  kiln generate --model testdata/models/qwen2-tiny --tp 2 --ids "5,6,7" --num-processes 2 --process-id 0 --coordinator 127.0.0.1:7000  # and --process-id 1 elsewhere
  kiln generate --model testdata/models/gpt2-tiny --prompt "Hello" --do-sample --seed 3 --watermark --json
  kiln generate --model testdata/models/t5-tiny --ids "100,200,300,400,500,1;600,700,800,1" --max-new-tokens 12 --json
  kiln generate --model testdata/models/whisper-tiny --audio testdata/models/whisper-tiny/audio.wav --decoder-ids "50258,50259,50359,50363" --max-new-tokens 10 --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runGenerate(cmd, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.model, "model", "", "model directory or Hub repo id (required)")
	f.StringVar(&o.backend, "backend", "", "backend name (default: the best available)")
	f.StringVar(&o.adapter, "adapter", "", "PEFT LoRA adapter directory or Hub repo id, applied unmerged")
	tpFlag(f, &o.tp)
	o.procs.register(f, "--tp")
	o.bnb.register(f)
	f.BoolVar(&o.quantizedKernels, "quantized-kernels", false, "keep a GPTQ/AWQ checkpoint's 4/8-bit Linears packed and run them with quant_matmul, and bitsandbytes 4-bit ones (saved or --load-in-4bit) with quant_matmul_codebook (docs/quant.md), instead of dequantizing them at load")
	f.StringVar(&o.ids, "ids", "", `prompt token ids, rows separated by ';' ("1,2,3;4,5")`)
	f.StringVar(&o.prompt, "prompt", "", "prompt text (needs the model's tokenizer)")
	f.IntVar(&o.maxNew, "max-new-tokens", 0, "number of tokens to generate (default: generation_config.json's, else 20)")
	f.IntVar(&o.numBeams, "num-beams", 1, "beam search with this many beams (1: greedy or sampling)")
	f.BoolVar(&o.doSample, "do-sample", false, "sample instead of taking the most likely token")
	f.Float64Var(&o.temperature, "temperature", 1, "sampling temperature")
	f.IntVar(&o.topK, "top-k", 50, "sample among the k most likely tokens (0: all)")
	f.Float64Var(&o.topP, "top-p", 1, "sample among the most likely tokens of this total probability")
	f.Uint64Var(&o.seed, "seed", 0, "seed of the sampler (same seed, same tokens)")
	f.Float64Var(&o.repPen, "repetition-penalty", 1, "penalty on tokens already in the sequence (1: none)")
	f.IntVar(&o.ngram, "no-repeat-ngram-size", 0, "forbid repeating n-grams of this size (0: off)")
	f.IntVar(&o.pad, "pad-token-id", 0, "padding id of ragged --ids rows and finished rows (default: the config's, else 0)")
	f.IntVar(&o.numReturn, "num-return-sequences", 1, "sequences returned per prompt (beam search or sampling)")
	f.StringArrayVar(&o.stops, "stop", nil, "stop when the text contains this string (repeatable; needs the tokenizer)")
	f.BoolVar(&o.asJSON, "json", false, `print {"sequences": [[new ids], ...], "new_texts": [...], "texts": [...]} instead of text`)
	f.BoolVar(&o.watermark, "watermark", false, "watermark the output (transformers' WatermarkingConfig; see the watermark flags)")
	o.wm.register(f)
	f.StringVar(&o.audio, "audio", "", "audio file (WAV or FLAC) for a speech encoder-decoder (Whisper)")
	f.StringVar(&o.decoderIDs, "decoder-ids", "", `decoder prompt ids of an encoder-decoder (--audio, or --ids of T5/BART), rows separated by ';' (default: the model's start tokens)`)
	f.StringVar(&o.mask, "attention-mask", "", "encoder attention mask rows of a text encoder-decoder's padded --ids (1 = token, 0 = padding)")
	f.StringArrayVar(&o.images, "image", nil, "image file for a vision-language model (LLaVA; repeat for several images, in the order of the prompt's image tokens)")
	f.BoolVar(&o.chat, "chat", false, "with --image and --prompt: render a user message of the images and the prompt with the model's chat template")
	_ = cmd.MarkFlagRequired("model")
	cmd.MarkFlagsMutuallyExclusive("ids", "prompt", "audio")
	cmd.MarkFlagsMutuallyExclusive("image", "audio")
	cmd.MarkFlagsOneRequired("ids", "prompt", "audio")
	addCommand(cmd)
}

// generateOptions maps the flags the user set onto generation options;
// unset flags leave generation_config.json's values.
func generateOptions(cmd *cobra.Command, o generateFlags, pad int) ([]generate.Option, error) {
	set := cmd.Flags().Changed
	opts := []generate.Option{generate.PadTokenID(pad)}
	if set("max-new-tokens") {
		if o.maxNew < 1 {
			return nil, fmt.Errorf("--max-new-tokens must be at least 1, got %d", o.maxNew)
		}
		opts = append(opts, generate.MaxNewTokens(o.maxNew))
	}
	if o.watermark {
		wc, err := o.wm.config()
		if err != nil {
			return nil, err
		}
		opts = append(opts, generate.Watermark(wc))
	} else {
		for _, n := range watermarkFlagNames {
			if set(n) {
				return nil, fmt.Errorf("--%s applies only with --watermark", n)
			}
		}
	}
	if set("num-beams") {
		opts = append(opts, generate.Beams(o.numBeams))
	}
	if set("do-sample") {
		opts = append(opts, func(r *generate.Request) { r.DoSample = o.doSample })
	}
	if set("seed") || o.doSample {
		opts = append(opts, func(r *generate.Request) { r.Seed = o.seed })
	}
	if set("temperature") {
		opts = append(opts, generate.Temperature(o.temperature))
	}
	if set("top-k") {
		opts = append(opts, generate.TopK(o.topK))
	}
	if set("top-p") {
		opts = append(opts, generate.TopP(o.topP))
	}
	if set("repetition-penalty") {
		opts = append(opts, generate.RepetitionPenalty(o.repPen))
	}
	if set("no-repeat-ngram-size") {
		opts = append(opts, generate.NoRepeatNgramSize(o.ngram))
	}
	if set("num-return-sequences") {
		opts = append(opts, generate.NumReturnSequences(o.numReturn))
	}
	if len(o.stops) > 0 {
		opts = append(opts, generate.StopStrings(o.stops...))
	}
	return opts, nil
}

func runGenerate(cmd *cobra.Command, o generateFlags) (err error) {
	ctx := cmd.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	if o.tp > 1 && (o.audio != "" || len(o.images) > 0) {
		return errTPDecodersOnly
	}
	procs, err := o.procs.join(ctx, cmd, "--tp", "tp", o.tp)
	if err != nil {
		return err
	}
	defer leave(cmd, procs, &err)
	// Ctrl-C stops generation between two steps instead of killing the process.
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	bnb, err := o.bnb.options()
	if err != nil {
		return err
	}
	m, err := auto.Load(ctx, o.model, auto.Options{Backend: o.backend, TP: o.tp, Processes: procs, Adapter: o.adapter, QuantizedKernels: o.quantizedKernels, BnB: bnb, Logger: noticeLogger(cmd.ErrOrStderr()), Hub: hubOptions(), Compile: compileOptions()})
	if err != nil {
		return err
	}
	defer m.Close()
	g, err := generate.Load(m.Runner, m.Dir)
	if err != nil {
		return err
	}
	pad := 0
	if cmd.Flags().Changed("pad-token-id") {
		pad = o.pad
	} else if g.Config.PadTokenID >= 0 {
		pad = g.Config.PadTokenID
	}
	opts, err := generateOptions(cmd, o, pad)
	if err != nil {
		return err
	}
	if o.audio != "" {
		return runGenerateAudio(ctx, cmd, o, m, g, opts)
	}
	if len(o.images) > 0 {
		return runGenerateImages(ctx, cmd, o, m, g, opts)
	}
	if o.chat {
		return fmt.Errorf("--chat applies with --image (a text model's chat: kiln run text-generation)")
	}
	if _, ok := m.Model().(models.TextEncoderDecoder); ok {
		return runGenerateSeq2Seq(ctx, cmd, o, m, g, opts)
	}
	if o.decoderIDs != "" || o.mask != "" {
		return fmt.Errorf("--decoder-ids and --attention-mask apply to encoder-decoders (--audio for speech models; T5, BART)")
	}
	var prompts [][]int
	if cmd.Flags().Changed("prompt") {
		if g.Tokenizer == nil {
			return fmt.Errorf("--prompt: %s has no tokenizer; pass token ids with --ids", m.Dir)
		}
		enc, err := g.Tokenizer.Encode(o.prompt)
		if err != nil {
			return fmt.Errorf("--prompt: %w", err)
		}
		if enc.Len() == 0 {
			return emptyPromptError(o.prompt)
		}
		prompts = [][]int{enc.IDs}
	} else {
		if prompts, err = parseIDRows(o.ids, "--ids"); err != nil {
			return err
		}
	}
	stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	promptLen := 0
	for _, p := range prompts {
		promptLen = max(promptLen, len(p))
	}
	newTokens := o.maxNew
	if !cmd.Flags().Changed("max-new-tokens") {
		if newTokens = defaultNewTokens(g, promptLen); newTokens > 0 {
			opts = append(opts, generate.MaxNewTokens(newTokens))
		} else if g.Config.MaxNewTokens > 0 {
			newTokens = g.Config.MaxNewTokens
		} else {
			newTokens = max(g.Config.MaxLength-promptLen, 0)
		}
	}
	// A learned position table is a hard limit (generate refuses it too);
	// rotary positions past the trained length only earn a warning.
	warning, err := models.CheckPositions(m.Config, promptLen+newTokens)
	if err != nil {
		return fmt.Errorf("%d prompt tokens + %d new: %w", promptLen, newTokens, err)
	}
	if warning != "" {
		fmt.Fprintln(stderr, "kiln: warning:", warning)
	}
	rows := len(prompts)
	if o.numReturn > 1 {
		rows *= o.numReturn
	}
	streamText := !o.asJSON && rows == 1 && o.numBeams <= 1 && g.Tokenizer != nil
	if streamText {
		opts = append(opts, generate.Stream(generate.NewTextStreamer(g.Tokenizer, true, func(_ int, s string) error {
			_, err := io.WriteString(stdout, s)
			return err
		})))
	} else if o.numBeams <= 1 && isTerminal(stderr) {
		opts = append(opts, generate.Stream(progress(stderr, newTokens)))
	}
	start := time.Now()
	out, err := g.Generate(ctx, prompts, opts...)
	if err != nil {
		return err
	}
	if o.asJSON {
		return writeGenerateJSON(stdout, g, out)
	}
	rowsNew := out.NewTokens()
	if streamText {
		fmt.Fprintln(stdout)
	} else {
		for i, row := range rowsNew {
			fmt.Fprintf(stdout, "[%d] %s\n", i, rowText(g, row))
		}
	}
	n := 0
	for _, r := range rowsNew {
		n += len(r)
	}
	if procs != nil && procs.ProcessID() != 0 {
		return nil // process 0 reports
	}
	fmt.Fprintf(stderr, "kiln: %s, %s in %.2fs on %s%s%s (%s compiled)\n",
		plural(len(rowsNew), "row"), plural(n, "new token"), time.Since(start).Seconds(), m.Backend().Name(), tpNote(o.tp), procsNote(procs), plural(m.Compiles(), "program"))
	return nil
}

// rowText decodes a row, or lists its ids without a tokenizer.
func rowText(g *generate.Generator, row []int) string {
	if g.Tokenizer == nil {
		s := make([]string, len(row))
		for i, id := range row {
			s[i] = fmt.Sprint(id)
		}
		return strings.Join(s, " ")
	}
	return g.Tokenizer.Decode(row, true)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progress reports generated tokens on a terminal.
func progress(w io.Writer, total int) generate.Streamer {
	n := 0
	return progressStreamer{put: func() {
		n++
		fmt.Fprintf(w, "\rkiln: %d/%d tokens", n, total)
	}, end: func() { fmt.Fprintln(w) }}
}

type progressStreamer struct{ put, end func() }

// Put counts one step.
func (p progressStreamer) Put([]int, []bool) error { p.put(); return nil }

// End finishes the progress line.
func (p progressStreamer) End() error { p.end(); return nil }

// parseIDRows reads token-id rows ("1,2,3;4,5") as the Go ints the
// tokenizer and generate take; flag names the option in errors.
func parseIDRows(s, flag string) ([][]int, error) {
	rows, err := models.ParseRows(s, flag)
	if err != nil {
		return nil, err
	}
	out := make([][]int, len(rows))
	for i, r := range rows {
		out[i] = make([]int, len(r))
		for j, id := range r {
			out[i][j] = int(id)
		}
	}
	return out, nil
}
