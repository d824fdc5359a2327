// Package pipeline gives Go the shape of transformers' pipeline(): a task
// name and a model, then preprocess (tokenize, pad, batch) -> forward
// (compiled programs on the caller's backend) -> postprocess (typed
// results).
//
// Tasks: "text-generation" (plain prompts, or chat messages rendered by the
// tokenizer's chat template), "fill-mask" (top-k tokens for every mask with
// their probabilities and strings), "text-classification" (id2label names,
// softmax or sigmoid by problem_type), "feature-extraction" (token
// features, or pooled and optionally normalised sentence embeddings) and
// "token-classification" (NER: per-token labels grouped by transformers'
// aggregation strategies), "question-answering" (answer spans in a
// context, transformers' span search), "image-classification" (image files through the model's image processor;
// the top labels with their scores), "zero-shot-image-classification"
// (image files scored against candidate labels by CLIP or SigLIP),
// "image-text-to-text" and "image-to-text" (a vision-language model's
// text from image files and a prompt or chat, imagetext.go) and the
// text-to-text tasks of T5 and BART, "text2text-generation",
// "summarization" and "translation" (text2text.go), and
// "automatic-speech-recognition" (Whisper on audio files, long audio in
// chunks, with timestamps; asr.go).
package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/kiln-ml/kiln/mesh"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/hub"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/processors/image"
	"github.com/kiln-ml/kiln/processors/vlm"
	"github.com/kiln-ml/kiln/quant"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/tokenizer"
)

// Task names, as transformers spells them.
const (
	TextGeneration     = "text-generation"
	FillMask           = "fill-mask"
	TextClassification = "text-classification"
	FeatureExtraction  = "feature-extraction"
	// ImageClassification takes image file paths as its inputs.
	ImageClassification = "image-classification"
	// ZeroShotImageClassification takes image file paths as its inputs
	// and scores Options.CandidateLabels.
	ZeroShotImageClassification = "zero-shot-image-classification"
	// TokenClassification (NER) labels the tokens of each text and groups
	// them by Options.AggregationStrategy.
	TokenClassification = "token-classification"
	// QuestionAnswering finds the answer to a question in a context
	// (AnswerQuestion).
	QuestionAnswering = "question-answering"
	// ImageFeatureExtraction takes image file paths as its inputs and
	// returns the vision model's hidden states (or, with Options.Pool,
	// its pooled output).
	ImageFeatureExtraction = "image-feature-extraction"
	// ImageTextToText generates text from images and a prompt with a
	// vision-language model (LLaVA); ImageToText is the same without a
	// prompt (imagetext.go).
	ImageTextToText = "image-text-to-text"
	ImageToText     = "image-to-text"
	// AutomaticSpeechRecognition is in asr.go.
)

// Tasks lists the supported task names.
func Tasks() []string {
	return []string{AutomaticSpeechRecognition, FeatureExtraction, FillMask, ImageClassification, ImageFeatureExtraction, ImageTextToText, ImageToText, QuestionAnswering, Summarization, Text2TextGeneration, TextClassification, TextGeneration, TokenClassification, Translation, ZeroShotImageClassification}
}

// Options configure New. The zero value loads on the best backend in
// float32 with the model directory's tokenizer.
type Options struct {
	// Backend names the backend ("" = the best available).
	Backend string
	// TP > 1 runs the model tensor-parallel on TP virtual CPU devices
	// (auto.Options.TP); decoders of the Llama layout only.
	TP int
	// Processes, with TP > 1, spreads the TP devices over a group of
	// processes (auto.Options.Processes).
	Processes *mesh.ProcessGroup
	// Adapter is a PEFT LoRA adapter (directory or Hub repo id) applied
	// to the model unmerged; "" for none.
	Adapter string
	// DType is the compute dtype (Invalid = float32).
	DType ir.DType
	// Tokenizer overrides the tokenizer; TokenizerDir loads one from a
	// directory or tokenizer.json instead of the model directory.
	Tokenizer    *tokenizer.Tokenizer
	TokenizerDir string
	// BatchSize is the number of texts run together (0: 8).
	BatchSize int
	// TopK is the number of fill-mask candidates (0: 5), of
	// text-classification labels returned (0: all, best first) and of
	// image-classification labels (0: 5, as transformers).
	TopK int
	// Pooling of feature-extraction's Embed: "mean" (default, over real
	// tokens) or "cls" (the first token). Normalize makes embeddings unit
	// length.
	Pooling   string
	Normalize bool
	// CandidateLabels are zero-shot-image-classification's classes, each
	// put into HypothesisTemplate ("" = transformers' "This is a photo of
	// {}."; its first "{}" is replaced by the label).
	CandidateLabels    []string
	HypothesisTemplate string
	// AggregationStrategy groups token-classification's tokens: "none"
	// (default: every token), "simple", "first", "average" or "max"
	// (transformers' AggregationStrategy). IgnoreLabels are the labels
	// left out of its results (nil: ["O"]).
	AggregationStrategy string
	IgnoreLabels        []string
	// Question-answering: MaxSeqLen tokens per window of question and
	// context (0: min(384, the model's positions, model_max_length)),
	// DocStride tokens of overlap between windows (0: min(MaxSeqLen / 2,
	// 128)), MaxAnswerLen tokens per answer (0: 15), the empty answer
	// among the candidates with HandleImpossibleAnswer, and answers kept
	// to token offsets instead of whole words with NoAlignToWords. TopK
	// is the number of answers (0: 1).
	MaxSeqLen, DocStride, MaxAnswerLen int
	HandleImpossibleAnswer             bool
	NoAlignToWords                     bool
	// Pool makes image-feature-extraction return the pooled output
	// (transformers' pool=True) instead of the last hidden state.
	Pool bool
	// Automatic-speech-recognition (transformers' call arguments):
	// ChunkLengthS cuts long audio into windows of that many seconds (0:
	// none; the clip must then fit one window), StrideLengthS is the
	// overlap on each side (nil: chunk_length_s / 6 each), ReturnTimestamps
	// is "" or "false", "true" (segment timestamps) or "word" (refused), and
	// Language and ASRTask are Whisper's generate language ("en" or
	// "<|en|>") and task ("transcribe", "translate").
	ChunkLengthS      float64
	StrideLengthS     *[2]float64
	ReturnTimestamps  string
	Language, ASRTask string
	// Hub resolves repo ids.
	Hub hub.Options
	// Compile is passed to the backend for every program (pass dumps,
	// timings, disabled passes; see passes.Options).
	Compile backends.CompileOptions
	// Logger receives the library's notices (see auto.Options.Logger); nil
	// discards them.
	Logger *slog.Logger
	// BnB quantizes a float checkpoint at load as BitsAndBytesConfig does
	// (see auto.Options.BnB); nil: no quantization.
	BnB *quant.BnBOptions
}

// Pipeline is a loaded task pipeline. Close releases the model.
type Pipeline struct {
	Task      string
	Model     *auto.Model
	Tokenizer *tokenizer.Tokenizer
	// Generator is set for text-generation and the text-to-text tasks.
	Generator *generate.Generator
	// prefix is put before every input of a text-to-text task (config.json's
	// prefix, or the task's task_specific_params prefix).
	prefix string
	// Images is the image processor of image tasks (from
	// preprocessor_config.json); nil for text tasks.
	Images *image.Processor
	// VisionText is the processor of image-text-to-text and image-to-text
	// (LlavaProcessor); nil for other tasks.
	VisionText *vlm.Processor
	opts       Options
	asr        *asrState
	labels     []string
	problem    string
}

// New loads model (a directory or Hub repo id, downloaded under ctx when
// it is not cached) for task.
func New(ctx context.Context, task, model string, opts Options) (*Pipeline, error) {
	if ctx == nil {
		return nil, errors.New("pipeline.New: nil context")
	}
	var want models.Task
	switch task {
	case TextGeneration, ImageTextToText, ImageToText:
		want = models.TaskCausalLM
	case FillMask:
		want = models.TaskMaskedLM
	case TextClassification:
		want = models.TaskSequenceClassification
	case FeatureExtraction:
		want = -1 // any: every head also returns last_hidden_state
	case TokenClassification:
		want = models.TaskTokenClassification
	case QuestionAnswering:
		want = models.TaskQuestionAnswering
	case ImageClassification:
		want = models.TaskImageClassification
	case ZeroShotImageClassification:
		want = models.TaskImageTextMatching
	case ImageFeatureExtraction:
		want = models.TaskBase
	case Text2TextGeneration, Summarization, Translation, AutomaticSpeechRecognition:
		want = models.TaskSeq2SeqLM
	default:
		if isText2Text(task) { // translation_XX_to_YY
			want = models.TaskSeq2SeqLM
			break
		}
		return nil, fmt.Errorf("unknown task %q (supported: %v)", task, Tasks())
	}
	if opts.Pooling == "" {
		opts.Pooling = "mean"
	}
	if opts.Pooling != "mean" && opts.Pooling != "cls" {
		return nil, fmt.Errorf("pooling must be \"mean\" or \"cls\", got %q", opts.Pooling)
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 8
	}
	if opts.TopK < 0 {
		return nil, fmt.Errorf("top-k must be >= 0, got %d", opts.TopK)
	}
	switch opts.AggregationStrategy {
	case "", AggregateNone, AggregateSimple, AggregateFirst, AggregateAverage, AggregateMax:
	default:
		return nil, fmt.Errorf("aggregation strategy %q is not one of none, simple, first, average, max", opts.AggregationStrategy)
	}
	if opts.MaxSeqLen < 0 || opts.DocStride < 0 || opts.MaxAnswerLen < 0 {
		return nil, fmt.Errorf("max_seq_len (%d), doc_stride (%d) and max_answer_len (%d) must be >= 0", opts.MaxSeqLen, opts.DocStride, opts.MaxAnswerLen)
	}
	arch := ""
	if task == ImageFeatureExtraction {
		var err error
		if arch, err = imageFeatureArch(ctx, model, opts); err != nil {
			return nil, err
		}
	}
	m, err := auto.Load(ctx, model, auto.Options{Backend: opts.Backend, TP: opts.TP, Processes: opts.Processes, Adapter: opts.Adapter, BnB: opts.BnB, DType: opts.DType, Hub: opts.Hub, Compile: opts.Compile, Logger: opts.Logger, Arch: arch})
	if err != nil {
		return nil, err
	}
	p := &Pipeline{Task: task, Model: m, opts: opts}
	fail := func(err error) (*Pipeline, error) {
		m.Close()
		return nil, err
	}
	if want >= 0 && m.Model().Task() != want {
		return fail(fmt.Errorf("%s: %s is a %s model; task %s needs a %s head", m.Dir, m.Model().Arch(), m.Model().Task(), task, want))
	}
	if task == ImageClassification || task == ImageFeatureExtraction {
		if _, ok := m.Model().(models.ImageModel); !ok {
			return fail(fmt.Errorf("%s: %s does not take images; task %s needs an image model", m.Dir, m.Model().Arch(), task))
		}
		if p.Images, err = image.LoadProcessor(m.Dir); err != nil {
			return fail(err)
		}
		if task == ImageFeatureExtraction {
			return p, nil
		}
		if err := p.readLabels(); err != nil {
			return fail(err)
		}
		if err := p.readLabels(); err != nil {
			return fail(err)
		}
		return p, nil
	}
	if task == ZeroShotImageClassification {
		if p.Images, err = image.LoadProcessor(m.Dir); err != nil {
			return fail(err)
		}
	}
	p.Tokenizer = opts.Tokenizer
	if p.Tokenizer == nil {
		dir := opts.TokenizerDir
		if dir == "" {
			dir = m.Dir
		}
		if p.Tokenizer, err = tokenizer.FromDir(dir); err != nil {
			return fail(fmt.Errorf("tokenizer of %s: %w", dir, err))
		}
	}
	switch task {
	case TextGeneration, ImageTextToText, ImageToText:
		if p.Generator, err = generate.Load(m.Runner, m.Dir); err != nil {
			return fail(err)
		}
		p.Generator.Tokenizer = p.Tokenizer
		if task != TextGeneration {
			vl, ok := m.Model().(models.VisionLanguageModel)
			if !ok {
				return fail(fmt.Errorf("%s: %s does not take images; task %s needs a vision-language model", m.Dir, m.Model().Arch(), task))
			}
			if p.VisionText, err = vlm.Load(m.Dir, p.Tokenizer, vl.TokensPerImage()); err != nil {
				return fail(err)
			}
			p.Images = p.VisionText.Images
		}
	case TextClassification, TokenClassification:
		if err := p.readLabels(); err != nil {
			return fail(err)
		}
	}
	if isText2Text(task) {
		if err := p.setupText2Text(); err != nil {
			return fail(err)
		}
	}
	if task == AutomaticSpeechRecognition {
		if err := p.setupASR(); err != nil {
			return fail(err)
		}
	}
	return p, nil
}

// Close releases the model's weights.
func (p *Pipeline) Close() error { return p.Model.Close() }

// readLabels reads id2label and problem_type from config.json, the way
// transformers names classes (LABEL_i when id2label is absent).
func (p *Pipeline) readLabels() error {
	path := filepath.Join(p.Model.Dir, "config.json")
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var raw struct {
		ID2Label    map[string]string `json:"id2label"`
		ProblemType string            `json:"problem_type"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	p.problem = raw.ProblemType
	n := 0
	switch c := p.Model.Config.(type) {
	case models.Classifier:
		n, _ = c.ClassLabels()
	case *models.ViTConfig:
		n = c.NumLabels
	}
	for k := range raw.ID2Label {
		i, err := strconv.Atoi(k)
		if err != nil || i < 0 || i > 1<<16 {
			return fmt.Errorf("%s: id2label key %q is not a class index", path, k)
		}
		n = max(n, i+1)
	}
	p.labels = make([]string, n)
	for i := range p.labels {
		if s, ok := raw.ID2Label[strconv.Itoa(i)]; ok {
			p.labels[i] = s
		} else {
			p.labels[i] = fmt.Sprintf("LABEL_%d", i)
		}
	}
	return nil
}

// encoded is one padded batch.
type encoded struct {
	ids, mask, types [][]int
	encs             []*tokenizer.Encoding
}

// maxPositions is the longest sequence the model accepts (0: unknown).
func (p *Pipeline) maxPositions() int {
	switch c := p.Model.Config.(type) {
	case *models.BertConfig:
		return c.PositionTable().Max // RoBERTa: pad_token_id + 1 fewer than the rows
	case *models.ModernBertConfig:
		return c.MaxPositions // rotary: transformers' tokenizer truncates at model_max_length, 8192 on the Hub
	case *models.DecoderConfig:
		return c.MaxPositions
	case *models.CLIPConfig:
		if c.Text != nil {
			return c.Text.MaxPositions
		}
	}
	return 0
}

// encode tokenizes texts with special tokens and pads them on the right
// with the pad id (the mask marks real tokens).
func (p *Pipeline) encode(texts []string) (*encoded, error) {
	e := &encoded{}
	longest := 0
	for i, t := range texts {
		enc, err := p.Tokenizer.Encode(t)
		if err != nil {
			return nil, fmt.Errorf("input %d: %w", i, err)
		}
		if enc.Len() == 0 {
			return nil, fmt.Errorf("input %d encodes to no tokens", i)
		}
		if mp := p.maxPositions(); mp > 0 && enc.Len() > mp {
			return nil, fmt.Errorf("input %d has %d tokens; %s takes at most %d (config.json max_position_embeddings = %d)", i, enc.Len(), p.Model.Model().Arch(), mp, mp)
		}
		e.encs = append(e.encs, enc)
		longest = max(longest, enc.Len())
	}
	pad := p.padID()
	for _, enc := range e.encs {
		ids := make([]int, longest)
		mask := make([]int, longest)
		types := make([]int, longest)
		for j := range ids {
			ids[j] = pad
			if j < enc.Len() {
				ids[j], mask[j] = enc.IDs[j], 1
				if j < len(enc.TypeIDs) {
					types[j] = enc.TypeIDs[j]
				}
			}
		}
		e.ids, e.mask, e.types = append(e.ids, ids), append(e.mask, mask), append(e.types, types)
	}
	return e, nil
}

func (p *Pipeline) padID() int {
	if c := p.Tokenizer.Config; c != nil && c.PADToken != "" {
		if id, ok := p.Tokenizer.TokenToID(c.PADToken); ok {
			return id
		}
	}
	for _, s := range []string{"[PAD]", "<pad>"} {
		if id, ok := p.Tokenizer.TokenToID(s); ok {
			return id
		}
	}
	return p.Model.Config.Common().Pad(0)
}

// forward runs one padded batch and returns the outputs on the host.
func (p *Pipeline) forward(ctx context.Context, e *encoded) (map[string]*tensor.Tensor, error) {
	in := map[string]*tensor.Tensor{}
	var err error
	if in[models.InputIDs], err = models.RowsTensor(e.ids, "input ids"); err != nil {
		return nil, err
	}
	if in[models.InputAttentionMask], err = models.RowsTensor(e.mask, "attention mask"); err != nil {
		return nil, err
	}
	if _, dec := p.Model.Model().(models.Decoder); !dec {
		if in[models.InputTokenTypeIDs], err = models.RowsTensor(e.types, "token type ids"); err != nil {
			return nil, err
		}
	}
	spec := models.Spec{Batch: len(e.ids), Seq: len(e.ids[0])}
	return p.Model.Forward(ctx, spec, in)
}

// batches calls fn on consecutive groups of at most BatchSize texts.
func (p *Pipeline) batches(ctx context.Context, texts []string, fn func(start int, e *encoded, out map[string]*tensor.Tensor) error) error {
	if len(texts) == 0 {
		return errors.New("no inputs")
	}
	for start := 0; start < len(texts); start += p.opts.BatchSize {
		if err := ctx.Err(); err != nil {
			return err
		}
		end := min(start+p.opts.BatchSize, len(texts))
		e, err := p.encode(texts[start:end])
		if err != nil {
			return err
		}
		out, err := p.forward(ctx, e)
		if err != nil {
			return err
		}
		if err := fn(start, e, out); err != nil {
			return err
		}
	}
	return nil
}

// Run runs the pipeline's task on texts with its default settings and
// returns the typed results of that task: []FillMaskResult, [][]Label,
// [][]float32 (pooled embeddings), [][]Label (image-classification and
// zero-shot-image-classification, whose inputs are image file paths) or []TextGenerationResult (with the
// generation config's settings).
func (p *Pipeline) Run(ctx context.Context, texts []string) (any, error) {
	switch p.Task {
	case FillMask:
		return p.FillMask(ctx, texts)
	case TextClassification:
		return p.Classify(ctx, texts)
	case TokenClassification:
		return p.ClassifyTokens(ctx, texts)
	case QuestionAnswering:
		return nil, fmt.Errorf("%s takes a question and a context: call AnswerQuestion", p.Task)
	case FeatureExtraction:
		return p.Embed(ctx, texts)
	case ImageClassification:
		return p.ClassifyImages(ctx, texts)
	case ZeroShotImageClassification:
		return p.ClassifyImagesZeroShot(ctx, texts, p.opts.CandidateLabels)
	case ImageFeatureExtraction:
		return p.ImageFeatures(ctx, texts)
	case AutomaticSpeechRecognition:
		return p.Transcribe(ctx, texts)
	}
	if isText2Text(p.Task) {
		return p.Text2Text(ctx, texts)
	}
	return p.GenerateTexts(ctx, texts)
}

// sortedDesc returns indices of v by descending value (ties: lower index).
func sortedDesc(v []float64) []int {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return v[idx[a]] > v[idx[b]] })
	return idx
}
