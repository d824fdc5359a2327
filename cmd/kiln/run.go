package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/pipeline"
	"github.com/kiln-ml/kiln/tokenizer"
)

func init() {
	var o struct {
		model, backend, tok, pooling, adapter, template string
		aggregation, question, context, text            string
		timestamps, stride, language, whisperTask       string
		chunkLength                                     float64
		labels, ignoreLabels                            []string
		topK, batch, maxNew, tp                         int
		procs                                           procFlags
		maxSeqLen, docStride, maxAnswerLen              int
		normalize, asJSON, chat, pool, impossible       bool
		greedy                                          bool
		bnb                                             bnbFlags
	}
	cmd := &cobra.Command{
		Use:   "run TASK [TEXT or FILE...]",
		Short: "Run a task pipeline (" + strings.Join(pipeline.Tasks(), ", ") + ")",
		Long: `run loads --model for TASK and runs it on each TEXT (or on each line of stdin when no TEXT is
given), like transformers' pipeline(TASK, model):

  fill-mask            the top --top-k tokens (default 5) for every mask token, with probabilities
  text-classification  the labels of config.json's id2label with their scores (softmax, or
                       sigmoid for multi-label problems), best first (--top-k limits them)
  feature-extraction   one embedding per text: --pooling mean (default) or cls, --normalize
  image-classification each argument is an image file (PNG, JPEG, GIF, WebP), preprocessed by
                       the model's preprocessor_config.json; the top --top-k labels (default 5)
                       with their scores, best first. --json prints what transformers' pipeline
                       returns: a list of {"label", "score"} for one file, a list of them for several
  zero-shot-image-classification
                       each argument is an image file scored against --candidate-labels (put into
                       --hypothesis-template, default "This is a photo of {}.") by CLIP (softmax
                       over the labels) or SigLIP (a sigmoid per label); all labels, best first,
                       printed as image-classification's
  image-feature-extraction
                       each argument is an image file; the vision model's last hidden state
                       (the vision tower's for CLIP and SigLIP), or with --pool its pooled output.
                       --json prints transformers' lists (a leading batch dimension of 1 per image)
  token-classification the entities of each text (NER): --aggregation-strategy none (default: every
                       token's label, with its index), simple, first, average or max, grouped and
                       scored as transformers' pipeline does; labels in --ignore-labels (default O)
                       left out. --json prints transformers' list of dicts (entity or entity_group,
                       score, index, word, start, end; one text's list unwrapped)
  question-answering   the answer to --question in --context (no TEXT): the top --top-k spans
                       (default 1) by transformers' span search (--max-answer-len tokens, default
                       15; long contexts in windows of --max-seq-len tokens overlapping by
                       --doc-stride); --handle-impossible-answer adds the empty answer. --json
                       prints {"score", "start", "end", "answer"} (a list when top-k > 1)
  text-generation      the text continued by the model, as transformers' pipeline: sampled at
                       temperature 0.7 for 256 new tokens unless generation_config.json sets
                       them (--greedy decodes greedily, --max-new-tokens sets the length); with
                       --chat, each TEXT is a user message rendered with
                       the tokenizer's chat template
  image-text-to-text   each argument is an image file; a vision-language model (LLaVA) generates
                       from it and --text, which holds one image token ("<image>"; the processor
                       expands it), or with --chat from a user message of the image and --text
                       rendered by the chat template. --json prints {"input_text", "generated_text"
                       (the prompt and the new text), "new_text", "new_tokens"} per file
  image-to-text        as image-text-to-text; without --text the prompt is the image token alone
  automatic-speech-recognition
                       each argument is an audio file (WAV, FLAC) transcribed by Whisper; with
                       --chunk-length S long audio is cut into S-second windows overlapping by
                       --stride-length (default S/6 on each side; "L,R" for two sides) and the
                       chunks' tokens merged as transformers does; --return-timestamps adds timed
                       segments ("word" is refused); --language and --whisper-task (transcribe,
                       translate) set Whisper's prompt. --json prints transformers' {"text"} or
                       {"text", "chunks": [{"timestamp": [start, end], "text"}]} (a list for
                       several files). Without --max-new-tokens the pipeline's default applies
                       (256, or generation_config.json's limits)
  text2text-generation, summarization, translation (or translation_XX_to_YY)
                       a text encoder-decoder (T5, BART) generates from each TEXT, after the
                       prefix of config.json (or of the task's task_specific_params, whose
                       generation settings apply too); --json prints transformers' list of
                       {"generated_text"}, {"summary_text"} or {"translation_text"}. Without
                       --max-new-tokens the generation config's limits apply (max_length 20)

The tokenizer is read from the model directory unless --tokenizer names another one.`,
		Example: `  kiln run fill-mask --model testdata/models/bert-tiny-mlm "the capital of france is [MASK]."
  kiln run text-classification --model testdata/models/bert-tiny-cls --json "a lovely film"
  kiln run feature-extraction --model testdata/models/bert-tiny-mlm --normalize "a sentence to embed"
  kiln run token-classification --model testdata/models/bert-tiny-ner --tokenizer testdata/models/bert-tiny-mlm --aggregation-strategy first --json "My name is Wolfgang and I live in Berlin"
  kiln run question-answering --model testdata/models/distilbert-tiny-qa --tokenizer testdata/models/bert-tiny-mlm --question "Where do I live?" --context "My name is Wolfgang and I live in Berlin" --top-k 2
  kiln run text-generation --model testdata/models/gpt2-tiny --max-new-tokens 10 "Once upon a time"
  kiln run image-classification --model testdata/models/vit-tiny --json testdata/models/vit-tiny/image.png
  kiln run zero-shot-image-classification --model testdata/models/clip-tiny --tokenizer testdata/tokenizers/clip-words --hypothesis-template "a photo of {}" --candidate-labels "a cat,a dog" --json testdata/models/clip-tiny/image.png
  kiln run image-feature-extraction --model testdata/models/clip-tiny --pool --json testdata/models/clip-tiny/image.png
  kiln run automatic-speech-recognition --model testdata/asr/whisper-tiny-asr --chunk-length 1.5 --return-timestamps --max-new-tokens 4 --json testdata/models/whisper-tiny/audio.wav`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return fmt.Errorf("run needs a TASK: one of %s", strings.Join(pipeline.Tasks(), ", "))
			}
			if args[0] == pipeline.QuestionAnswering && len(args) > 1 {
				return fmt.Errorf("question-answering takes --question and --context, not TEXT arguments")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			task, texts := args[0], args[1:]
			if task == pipeline.QuestionAnswering {
				if o.question == "" || o.context == "" {
					return fmt.Errorf("question-answering needs --question and --context")
				}
			} else if o.question != "" || o.context != "" {
				return fmt.Errorf("--question and --context apply to question-answering only")
			} else if len(texts) == 0 {
				var err error
				if texts, err = readLines(cmd.InOrStdin()); err != nil {
					return err
				}
				if len(texts) == 0 {
					return fmt.Errorf("no input: give TEXT arguments or lines on stdin")
				}
			}
			stride, err := parseStride(o.stride)
			if err != nil {
				return err
			}
			if task != pipeline.AutomaticSpeechRecognition && (o.chunkLength != 0 || stride != nil || o.timestamps != "" || o.language != "" || o.whisperTask != "") {
				return fmt.Errorf("--chunk-length, --stride-length, --return-timestamps, --language and --whisper-task apply to automatic-speech-recognition only")
			}
			bnb, err := o.bnb.options()
			if err != nil {
				return err
			}
			procs, err := o.procs.join(ctx, cmd, "--tp", "tp", o.tp)
			if err != nil {
				return err
			}
			defer leave(cmd, procs, &err)
			p, err := pipeline.New(ctx, task, o.model, pipeline.Options{BnB: bnb, ChunkLengthS: o.chunkLength, StrideLengthS: stride,
				ReturnTimestamps: o.timestamps, Language: o.language, ASRTask: o.whisperTask, Backend: o.backend, TP: o.tp, Processes: procs, Adapter: o.adapter, TokenizerDir: o.tok, Logger: noticeLogger(cmd.ErrOrStderr()),
				BatchSize: o.batch, TopK: o.topK, Pooling: o.pooling, Normalize: o.normalize, Hub: hubOptions(), Compile: compileOptions(),
				CandidateLabels: o.labels, HypothesisTemplate: o.template, Pool: o.pool,
				AggregationStrategy: o.aggregation, IgnoreLabels: o.ignoreLabels,
				MaxSeqLen: o.maxSeqLen, DocStride: o.docStride, MaxAnswerLen: o.maxAnswerLen, HandleImpossibleAnswer: o.impossible})
			if err != nil {
				return err
			}
			defer p.Close()
			var res any
			if task == pipeline.QuestionAnswering {
				answers, err := p.AnswerQuestion(ctx, o.question, o.context)
				if err != nil {
					return err
				}
				if len(answers) == 1 && o.asJSON {
					return printResults(cmd.OutOrStdout(), nil, answers[0], true) // transformers returns one dict
				}
				return printResults(cmd.OutOrStdout(), nil, answers, o.asJSON)
			}
			if task != pipeline.ImageTextToText && task != pipeline.ImageToText && o.text != "" {
				return fmt.Errorf("--text applies to image-text-to-text and image-to-text only")
			}
			// The generating tasks' options: the pipeline's defaults unless a flag is given.
			var opts []generate.Option
			if cmd.Flags().Changed("max-new-tokens") {
				opts = append(opts, generate.MaxNewTokens(o.maxNew))
			}
			if o.greedy {
				opts = append(opts, generate.Greedy())
			}
			if task == pipeline.TextGeneration {
				res, err = runTextGeneration(ctx, p, texts, o.chat, opts)
			} else if task == pipeline.ImageTextToText || task == pipeline.ImageToText {
				res, err = runImageText(ctx, p, texts, o.text, o.chat, opts)
			} else if task == pipeline.AutomaticSpeechRecognition {
				rs, err := p.Transcribe(ctx, texts, opts...)
				if err != nil {
					return err
				}
				if len(rs) == 1 && o.asJSON {
					return printResults(cmd.OutOrStdout(), texts, rs[0], true) // transformers returns one dict
				}
				res = rs
			} else if pipeline.IsText2Text(task) {
				if o.chat {
					return fmt.Errorf("--chat applies to text-generation only")
				}
				res, err = p.Text2Text(ctx, texts, opts...)
			} else {
				if o.chat {
					return fmt.Errorf("--chat applies to text-generation only")
				}
				res, err = p.Run(ctx, texts)
			}
			if err != nil {
				return err
			}
			if feats, ok := res.([][][]float32); ok && task == pipeline.ImageFeatureExtraction {
				return printImageFeatures(cmd.OutOrStdout(), texts, feats, o.pool, o.asJSON)
			}
			imageTask := task == pipeline.ImageClassification || task == pipeline.ZeroShotImageClassification
			if ents, ok := res.([][]pipeline.Entity); ok && len(ents) == 1 && o.asJSON {
				return printResults(cmd.OutOrStdout(), texts, nonNil(ents[0]), true) // one text's list unwrapped
			}
			if labels, ok := res.([][]pipeline.Label); ok && imageTask && len(labels) == 1 && o.asJSON {
				// transformers' pipeline returns one image's list unwrapped.
				return printResults(cmd.OutOrStdout(), texts, labels[0], true)
			}
			return printResults(cmd.OutOrStdout(), texts, res, o.asJSON)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.model, "model", "", "model directory or Hub repo id (required)")
	f.StringVar(&o.backend, "backend", "", "backend name (default: the best available)")
	tpFlag(f, &o.tp)
	o.procs.register(f, "--tp")
	f.StringVar(&o.adapter, "adapter", "", "PEFT LoRA adapter directory or Hub repo id, applied unmerged")
	o.bnb.register(f)
	f.StringVar(&o.tok, "tokenizer", "", "tokenizer directory or tokenizer.json (default: the model's)")
	f.IntVar(&o.topK, "top-k", 0, "fill-mask candidates (default 5) / text-classification labels (default all) / image-classification labels (default 5)")
	f.IntVar(&o.batch, "batch-size", 8, "texts run together")
	f.StringVar(&o.pooling, "pooling", "mean", "feature-extraction pooling: mean or cls")
	f.BoolVar(&o.normalize, "normalize", false, "feature-extraction: unit-length embeddings")
	f.BoolVar(&o.greedy, "greedy", false, "the generating tasks: greedy decoding (num_beams 1, no sampling) whatever the pipeline's or generation_config.json's defaults")
	f.IntVar(&o.maxNew, "max-new-tokens", 20, "the generating tasks: tokens to generate (not given: the pipeline's default, 256 as transformers' pipelines, or generation_config.json's length)")
	f.BoolVar(&o.chat, "chat", false, "text-generation: each TEXT is a user message for the chat template; image-text-to-text: --text and the image are one")
	f.StringVar(&o.text, "text", "", `image-text-to-text: the prompt, with one image token ("<image>") for the FILE (image-to-text: none needed)`)
	f.BoolVar(&o.asJSON, "json", false, "print the results as JSON")
	f.StringSliceVar(&o.labels, "candidate-labels", nil, "zero-shot-image-classification: the labels, comma-separated")
	f.BoolVar(&o.pool, "pool", false, "image-feature-extraction: the pooled output instead of the last hidden state")
	f.StringVar(&o.template, "hypothesis-template", "", `zero-shot-image-classification: the text of each label (default "This is a photo of {}.")`)
	f.StringVar(&o.aggregation, "aggregation-strategy", "none", "token-classification: none, simple, first, average or max")
	f.StringSliceVar(&o.ignoreLabels, "ignore-labels", nil, `token-classification: labels left out of the results (default "O")`)
	f.StringVar(&o.question, "question", "", "question-answering: the question")
	f.StringVar(&o.context, "context", "", "question-answering: the text the answer is in")
	f.BoolVar(&o.impossible, "handle-impossible-answer", false, "question-answering: the empty answer is a candidate")
	f.IntVar(&o.maxAnswerLen, "max-answer-len", 0, "question-answering: the longest answer in tokens (default 15)")
	f.IntVar(&o.maxSeqLen, "max-seq-len", 0, "question-answering: tokens per window of question and context (default min(384, the model's positions))")
	f.IntVar(&o.docStride, "doc-stride", 0, "question-answering: tokens of overlap between windows (default min(max-seq-len / 2, 128))")
	f.Float64Var(&o.chunkLength, "chunk-length", 0, "automatic-speech-recognition: seconds per window of long audio (chunk_length_s; 0: none)")
	f.StringVar(&o.stride, "stride-length", "", `automatic-speech-recognition: seconds of overlap on each side of a window, "S" or "LEFT,RIGHT" (default chunk length / 6)`)
	f.StringVar(&o.timestamps, "return-timestamps", "", `automatic-speech-recognition: timed segments ("true" when given alone, "false"; "word" is refused)`)
	f.Lookup("return-timestamps").NoOptDefVal = "true"
	f.StringVar(&o.language, "language", "", "automatic-speech-recognition: Whisper's language (en, fr, ...; multilingual models)")
	f.StringVar(&o.whisperTask, "whisper-task", "", "automatic-speech-recognition: Whisper's task, transcribe or translate")
	_ = cmd.MarkFlagRequired("model")
	addCommand(cmd)
}

// parseStride reads --stride-length: "" (default), "S" (both sides) or
// "LEFT,RIGHT" in seconds.
func parseStride(s string) (*[2]float64, error) {
	if s == "" {
		return nil, nil
	}
	parts := strings.Split(s, ",")
	if len(parts) > 2 {
		return nil, fmt.Errorf("--stride-length %q: want S or LEFT,RIGHT in seconds", s)
	}
	var out [2]float64
	for i, p := range parts {
		v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("--stride-length %q: %q is not a number of seconds >= 0", s, p)
		}
		out[i] = v
	}
	if len(parts) == 1 {
		out[1] = out[0]
	}
	return &out, nil
}

// runImageText runs image-text-to-text (or image-to-text) on each image
// file with the prompt text, or with chat a user message of the image and
// the text rendered by the chat template.
func runImageText(ctx context.Context, p *pipeline.Pipeline, files []string, text string, chat bool, opts []generate.Option) ([]pipeline.ImageTextResult, error) {
	var out []pipeline.ImageTextResult
	for _, f := range files {
		var r pipeline.ImageTextResult
		var err error
		if chat {
			r, err = p.ChatWithImages(ctx, []string{f}, []tokenizer.Message{{"role": "user", "content": []any{
				map[string]any{"type": "image"}, map[string]any{"type": "text", "text": text}}}}, opts...)
		} else {
			r, err = p.GenerateFromImages(ctx, []string{f}, text, opts...)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		out = append(out, r)
	}
	return out, nil
}

func runTextGeneration(ctx context.Context, p *pipeline.Pipeline, texts []string, chat bool, opts []generate.Option) ([]pipeline.TextGenerationResult, error) {
	if !chat {
		return p.GenerateTexts(ctx, texts, opts...)
	}
	var out []pipeline.TextGenerationResult
	for _, t := range texts {
		r, err := p.Chat(ctx, []tokenizer.Message{{"role": "user", "content": t}}, opts...)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// fmtSeconds prints a segment time, "?" when the model gave none.
func fmtSeconds(x *float64) string {
	if x == nil {
		return "?"
	}
	return strconv.FormatFloat(*x, 'f', 2, 64)
}

// nonNil makes an empty result print as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func readLines(r io.Reader) ([]string, error) {
	var out []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" {
			out = append(out, s)
		}
	}
	return out, sc.Err()
}

func printResults(w io.Writer, texts []string, res any, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	switch r := res.(type) {
	case []pipeline.FillMaskResult:
		for i, x := range r {
			fmt.Fprintf(w, "%s\n", texts[i])
			for m, cands := range x.Masks {
				for _, c := range cands {
					fmt.Fprintf(w, "  mask %d: %-16q %.4f  %s\n", m, c.TokenStr, c.Score, c.Sequence)
				}
			}
		}
	case [][]pipeline.Label:
		for i, labels := range r {
			fmt.Fprintf(w, "%s\n", texts[i])
			for _, l := range labels {
				fmt.Fprintf(w, "  %-20s %.4f\n", l.Label, l.Score)
			}
		}
	case [][]float32:
		for i, v := range r {
			fmt.Fprintf(w, "%s\n  %d dims: %v\n", texts[i], len(v), v)
		}
	case [][]pipeline.Entity:
		for i, ents := range r {
			fmt.Fprintf(w, "%s\n", texts[i])
			for _, e := range ents {
				name := e.Entity + e.EntityGroup
				fmt.Fprintf(w, "  %-12s %.4f  %q [%d:%d]\n", name, e.Score, e.Word, e.Start, e.End)
			}
		}
	case []pipeline.Answer:
		for _, a := range r {
			fmt.Fprintf(w, "%.4f  %q [%d:%d]\n", a.Score, a.Answer, a.Start, a.End)
		}
	case []pipeline.TextGenerationResult:
		for _, g := range r {
			fmt.Fprintf(w, "%s\n", g.GeneratedText)
		}
	case []pipeline.ImageTextResult:
		for i, g := range r {
			fmt.Fprintf(w, "%s\n  %s\n", texts[i], g.GeneratedText)
		}
	case []pipeline.ASRResult:
		for i, a := range r {
			fmt.Fprintf(w, "%s\n  %s\n", texts[i], strings.TrimSpace(a.Text))
			for _, c := range a.Chunks {
				fmt.Fprintf(w, "  [%s -> %s] %s\n", fmtSeconds(c.Timestamp[0]), fmtSeconds(c.Timestamp[1]), strings.TrimSpace(c.Text))
			}
		}
	case []pipeline.Text2TextResult:
		for _, g := range r {
			fmt.Fprintf(w, "%s\n", g.Text)
		}
	default:
		return fmt.Errorf("no printer for %T", res)
	}
	return nil
}

// printImageFeatures prints image-feature-extraction's results: with
// --json what transformers' pipeline returns (per image a list with a
// leading batch dimension of 1: (1, T, C), or (1, C) pooled; one file's
// unwrapped), else each file's shape.
func printImageFeatures(w io.Writer, files []string, feats [][][]float32, pooled, asJSON bool) error {
	if !asJSON {
		for i, f := range feats {
			fmt.Fprintf(w, "%s\n  %d x %d\n", files[i], len(f), len(f[0]))
		}
		return nil
	}
	out := make([]any, len(feats))
	for i, f := range feats {
		if pooled {
			out[i] = f // (1, C)
		} else {
			out[i] = [][][]float32{f} // (1, T, C)
		}
	}
	if len(out) == 1 {
		return printResults(w, files, out[0], true)
	}
	return printResults(w, files, out, true)
}
