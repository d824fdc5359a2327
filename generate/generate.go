package generate

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/session"
	"github.com/kiln-ml/kiln/tokenizer"
)

// DefaultBucket is the granularity of KV-cache capacities: a generation of
// prompt+max_new_tokens tokens uses a cache rounded up to a multiple of it,
// so calls of similar length share compiled programs.
const DefaultBucket = 64

// Generator generates text with a decoder model, as transformers'
// model.generate does. It is safe for concurrent use when its Runner is
// (calls share compiled programs and weights).
type Generator struct {
	// Runner runs a causal-LM decoder (models.Decoder with TaskCausalLM).
	Runner *models.Runner
	// Config holds the defaults of every call (generation_config.json
	// merged with transformers' defaults); call options override it.
	Config Config
	// Tokenizer is optional: stop strings and text streaming need it.
	Tokenizer *tokenizer.Tokenizer
	// Bucket is the cache capacity granularity (0: DefaultBucket).
	Bucket int

	helpersOnce sync.Once
	helpers     *session.Session[any] // beam reorder and last-position programs
}

// helperSession is the session compiling the Generator's small helper
// programs (beam reorder, last-position slice) once per shape, on the
// Runner's backend, for the life of the Generator.
func (g *Generator) helperSession() *session.Session[any] {
	g.helpersOnce.Do(func() { g.helpers = session.New[any](g.Runner.Backend(), backends.CompileOptions{}) })
	return g.helpers
}

// New checks that r runs a causal LM with a KV cache, or an
// encoder-decoder with an LM head (models.EncoderDecoder with
// TaskSeq2SeqLM, generated from with GenerateWithEncoder), and returns a
// Generator with defaults cfg.
func New(r *models.Runner, cfg Config) (*Generator, error) {
	if _, ok := r.Model().(models.Decoder); !ok {
		return nil, fmt.Errorf("%s has no KV cache: generation needs a decoder", r.Model().Arch())
	}
	_, encDec := r.Model().(models.EncoderDecoder)
	if want := map[bool]models.Task{false: models.TaskCausalLM, true: models.TaskSeq2SeqLM}[encDec]; r.Model().Task() != want {
		return nil, fmt.Errorf("%s is a %s model: generation needs a %s head", r.Model().Arch(), r.Model().Task(), want)
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &Generator{Runner: r, Config: cfg}, nil
}

// Load builds a Generator for r from the model directory dir:
// generation_config.json (special tokens defaulting to the model config's)
// and the tokenizer when dir has one. With auto: Load(m.Runner, m.Dir).
func Load(r *models.Runner, dir string) (*Generator, error) {
	cfg, err := LoadConfig(dir, r.Model().Config())
	if err != nil {
		return nil, err
	}
	if ed, ok := r.Model().(models.EncoderDecoder); ok && cfg.DecoderStartTokenID < 0 {
		cfg.DecoderStartTokenID = ed.DecoderStartTokenID()
	}
	g, err := New(r, cfg)
	if err != nil {
		return nil, err
	}
	if hasTokenizer(dir) {
		tok, err := tokenizer.FromDir(dir)
		if err != nil {
			return nil, fmt.Errorf("%s: tokenizer: %w", dir, err)
		}
		g.Tokenizer = tok
	}
	return g, nil
}

func hasTokenizer(dir string) bool {
	for _, n := range []string{"tokenizer.json", "vocab.json", "vocab.txt", "tokenizer.model"} {
		for _, s := range []string{"", ".gz"} {
			if _, err := os.Stat(filepath.Join(dir, n+s)); err == nil {
				return true
			}
		}
	}
	return false
}

// Request is one call's configuration: the Config plus per-call hooks.
type Request struct {
	Config
	// Streamer receives each step's tokens (greedy and sampling only).
	Streamer Streamer
	// images are a vision-language prompt's images (GenerateWithImages).
	images *imagePrompt
	// extra are custom processors (LogitsProcessors), run where
	// transformers merges a logits_processor list: before the warpers.
	extra []LogitsProcessor
	// hostSampling: choose tokens on the host even where the backend
	// could (HostSampling).
	hostSampling bool
}

// LogitsProcessors adds custom processors, as transformers' generate
// argument logits_processor (and how Whisper's generate adds its timestamp
// processor): they run, in order, after the processors the Config builds
// and before the sampling warpers, the watermark and the renormalisation.
func LogitsProcessors(ps ...LogitsProcessor) Option {
	return func(r *Request) { r.extra = append(r.extra, ps...) }
}

// Stream sets the call's streamer.
func Stream(s Streamer) Option { return func(r *Request) { r.Streamer = s } }

// Output is what a generation returns.
type Output struct {
	// Sequences are the full rows: the left-padded prompt, then the new
	// tokens (pad after a row's EOS), num_return_sequences rows per prompt
	// in prompt order, as transformers' generate returns them.
	Sequences [][]int
	// PromptLen is the padded prompt length (where new tokens start).
	PromptLen int
	// Scores are beam search's sequences_scores (length-penalised sums of
	// log-probabilities), one per row; nil for greedy and sampling.
	Scores []float64
}

// NewTokens returns each row's generated tokens (Sequences[i][PromptLen:]).
func (o *Output) NewTokens() [][]int {
	out := make([][]int, len(o.Sequences))
	for i, s := range o.Sequences {
		out[i] = s[o.PromptLen:]
	}
	return out
}

// Generate left-pads ragged prompts with the pad token (an attention mask
// marks them) and generates. See GeneratePadded.
func (g *Generator) Generate(ctx context.Context, prompts [][]int, opts ...Option) (*Output, error) {
	req, err := g.request(opts)
	if err != nil {
		return nil, err
	}
	if err := g.checkDecoderOnly(); err != nil {
		return nil, err
	}
	if len(prompts) == 0 {
		return nil, errors.New("generate: no prompts")
	}
	for i, p := range prompts {
		if len(p) == 0 {
			return nil, fmt.Errorf("generate: prompt %d is empty", i)
		}
	}
	ids, mask := leftPad(prompts, max(req.PadTokenID, 0))
	return g.run(ctx, req, ids, mask, nil, 0)
}

// checkDecoderOnly refuses the decoder-only entry points for an
// encoder-decoder, whose generation starts from its encoder's input.
func (g *Generator) checkDecoderOnly() error {
	if _, ok := g.Runner.Model().(models.EncoderDecoder); ok {
		return fmt.Errorf("generate: %s is an encoder-decoder: generate with GenerateWithEncoder and the encoder's input", g.Runner.Model().Arch())
	}
	return nil
}

// leftPad pads ragged rows on the left with pad to the longest and returns
// them with their attention mask (1 = token), as decoders expect.
func leftPad(rows [][]int, pad int) (ids, mask [][]int) {
	longest := 0
	for _, r := range rows {
		longest = max(longest, len(r))
	}
	for _, r := range rows {
		id := make([]int, longest)
		m := make([]int, longest)
		n := longest - len(r)
		for j := range id {
			if j < n {
				id[j] = pad
			} else {
				id[j], m[j] = r[j-n], 1
			}
		}
		ids, mask = append(ids, id), append(mask, m)
	}
	return ids, mask
}

// GeneratePadded generates from an already padded batch: ids and mask are
// rows of equal length (mask 1 = token, 0 = padding; left padding is what
// decoders expect). It returns the output so far together with ctx's error
// when ctx is cancelled, and with nil when max_time stops it.
func (g *Generator) GeneratePadded(ctx context.Context, ids, mask [][]int, opts ...Option) (*Output, error) {
	req, err := g.request(opts)
	if err != nil {
		return nil, err
	}
	if err := g.checkDecoderOnly(); err != nil {
		return nil, err
	}
	if len(ids) == 0 || len(ids[0]) == 0 {
		return nil, errors.New("generate: no prompt tokens")
	}
	if len(mask) != len(ids) {
		return nil, fmt.Errorf("generate: %d mask rows for %d id rows", len(mask), len(ids))
	}
	for i := range ids {
		if len(ids[i]) != len(ids[0]) || len(mask[i]) != len(ids[0]) {
			return nil, fmt.Errorf("generate: row %d has %d ids and %d mask values, row 0 has %d ids", i, len(ids[i]), len(mask[i]), len(ids[0]))
		}
	}
	return g.run(ctx, req, ids, mask, nil, 0)
}

// request merges the call options over the Generator's defaults, resolves
// the pad token like transformers (pad = eos[0] when unset) and validates.
func (g *Generator) request(opts []Option) (*Request, error) {
	req := &Request{Config: g.Config.Clone()}
	for _, o := range opts {
		o(req)
	}
	if req.PadTokenID < 0 && len(req.EOSTokenIDs) > 0 {
		req.PadTokenID = req.EOSTokenIDs[0]
	}
	if err := req.Validate(); err != nil {
		return nil, err
	}
	if len(req.StopStrings) > 0 && g.Tokenizer == nil {
		return nil, errors.New("stop_strings need a tokenizer (Generator.Tokenizer)")
	}
	if req.Streamer != nil && req.NumBeams > 1 {
		return nil, errors.New("streaming is not supported with beam search (num_beams > 1), as in transformers")
	}
	return req, nil
}

// vocab is the model's vocabulary size from its config.
func (g *Generator) vocab() int { return g.Runner.Model().Config().Common().VocabSize }

// newStepper returns the decode loop's stepper. cross, for an
// encoder-decoder, holds the cross-attention keys and values of every
// row (already expanded to the rows the loop runs) and, for a text
// encoder-decoder, its encoder_attention_mask: the steppers pass them to
// every decoder-stage program and never free them. source is a text
// encoder-decoder's encoder length (models.Spec.Source), else 0.
func (g *Generator) newStepper(req *Request, maxLen int, cross map[string]backends.Buffer, source int) stepper {
	if !req.UseCache {
		return &fullStepper{r: g.Runner, cross: cross, source: source}
	}
	bucket := g.Bucket
	if bucket <= 0 {
		bucket = DefaultBucket
	}
	capacity := (maxLen + bucket - 1) / bucket * bucket
	st := newCachedStepper(g.Runner, g.Runner.Model().(models.Decoder), capacity, g)
	st.cross, st.source = cross, source
	return st
}

// expandRows is how many rows each prompt becomes: num_beams for beam
// search, num_return_sequences when sampling, else 1.
func expandRows(req *Request) int {
	if req.NumBeams > 1 {
		return req.NumBeams
	} else if req.DoSample {
		return req.NumReturnSequences
	}
	return 1
}

func (g *Generator) run(ctx context.Context, req *Request, ids, mask [][]int, cross map[string]backends.Buffer, source int) (*Output, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := g.checkPrompt(req, ids, mask); err != nil {
		return nil, err
	}
	p := len(ids[0])
	maxLen := req.maxLength(p)
	vocab := g.vocab()
	expand := expandRows(req)
	// transformers repeats each prompt row (repeat_interleave) for beams
	// and for several sampled sequences per prompt.
	var rows, masks [][]int
	for i := range ids {
		for k := 0; k < expand; k++ {
			rows = append(rows, append([]int(nil), ids[i]...))
			masks = append(masks, append([]int(nil), mask[i]...))
		}
	}
	pixels, images, err := req.imageInputs(expand, g.Runner.DType())
	if err != nil {
		return nil, err
	}
	stp := g.newStepper(req, maxLen, cross, source)
	stp.setImages(pixels, images)
	st := &state{g: g, req: req, ctx: ctx, promptLen: p, maxLen: maxLen, start: time.Now(),
		procs: processorsWith(&req.Config, p, maxLen, vocab, req.extra), stepper: stp}
	defer st.stepper.close()
	if req.NumBeams > 1 {
		return st.beamSearch(rows, masks, len(ids))
	}
	return st.sample(rows, masks)
}

// checkPrompt checks, before anything is compiled or allocated, that the
// prompt leaves room for new tokens within a learned position table
// (GPT-2's n_positions, Whisper's max_target_positions) and that its
// tokens are in the vocabulary.
func (g *Generator) checkPrompt(req *Request, ids, mask [][]int) error {
	p := len(ids[0])
	maxLen := req.maxLength(p)
	if maxLen <= p {
		return fmt.Errorf("max_length %d leaves no room after the %d-token prompt (set max_new_tokens)", maxLen, p)
	}
	if _, err := models.CheckPositions(g.Runner.Model().Config(), maxLen); err != nil {
		return fmt.Errorf("generate: %d prompt tokens + %d new: %w", p, maxLen-p, err)
	}
	vocab := g.vocab()
	image := -1 // an image token may lie outside the text vocabulary
	if vl, ok := g.Runner.Model().(models.VisionLanguageModel); ok && req.images != nil {
		image = vl.ImageTokenID()
	}
	for i, row := range ids {
		for j, id := range row {
			if mask[i][j] != 0 && (id < 0 || id >= vocab) && id != image {
				return fmt.Errorf("prompt row %d, token %d: id %d is outside the vocabulary [0, %d)", i, j, id, vocab)
			}
		}
	}
	return nil
}

// state is one generation in progress.
type state struct {
	g         *Generator
	req       *Request
	ctx       context.Context
	promptLen int
	maxLen    int
	start     time.Time
	procs     []LogitsProcessor
	stepper   stepper
}

func (s *state) process(seqs [][]int, scores [][]float32) {
	for _, p := range s.procs {
		p.Process(seqs, scores)
	}
}

// stopped applies transformers' stopping criteria to one row: max length,
// max time, stop strings and EOS.
func (s *state) stopped(seq []int) bool {
	if len(seq) >= s.maxLen {
		return true
	}
	if s.req.MaxTime > 0 && time.Since(s.start) > s.req.maxTime() {
		return true
	}
	if len(s.req.StopStrings) > 0 && endsWithStopString(s.g.Tokenizer, seq[s.promptLen:], s.req.StopStrings) {
		return true
	}
	last := seq[len(seq)-1]
	for _, e := range s.req.EOSTokenIDs {
		if e == last {
			return true
		}
	}
	return false
}

// sample is transformers' _sample: greedy (argmax) or multinomial sampling
// of the processed scores; finished rows receive the pad token.
func (s *state) sample(seqs, mask [][]int) (*Output, error) {
	var rng *Sampler
	if s.req.DoSample {
		rng = NewSampler(s.req.Seed)
	}
	var onDevice *cachedStepper
	if ds, req := s.deviceSampling(); ds != nil {
		onDevice = s.stepper.(*cachedStepper)
		sampleOnDevice(onDevice, ds, *req, seqs)
	}
	unfinished := make([]bool, len(seqs))
	for i := range unfinished {
		unfinished[i] = true
	}
	pad := max(s.req.PadTokenID, 0)
	hasEOS := len(s.req.EOSTokenIDs) > 0
	out := func() *Output { return &Output{Sequences: seqs, PromptLen: s.promptLen} }
	logits, err := s.stepper.prefill(s.ctx, seqs, mask)
	if err != nil {
		return nil, err
	}
	for {
		if onDevice == nil {
			s.process(seqs, logits)
		}
		next := make([]int, len(seqs))
		finishedBefore := make([]bool, len(seqs))
		for i := range seqs {
			switch {
			case onDevice != nil:
				next[i] = onDevice.sampled[i]
			case rng != nil:
				row := logits[i]
				next[i] = rng.Categorical(softmax(row))
			default:
				next[i] = argmax(logits[i])
			}
			finishedBefore[i] = !unfinished[i]
			if hasEOS && !unfinished[i] {
				next[i] = pad
			}
			seqs[i] = append(seqs[i], next[i])
		}
		if s.req.Streamer != nil {
			if err := s.req.Streamer.Put(next, finishedBefore); err != nil {
				return out(), fmt.Errorf("streamer: %w", err)
			}
		}
		any := false
		for i := range seqs {
			if unfinished[i] && s.stopped(seqs[i]) {
				unfinished[i] = false
			}
			any = any || unfinished[i]
		}
		if !any {
			break
		}
		if err := s.ctx.Err(); err != nil {
			s.endStream()
			return out(), err
		}
		if logits, err = s.stepper.step(s.ctx, next); err != nil {
			return out(), err
		}
	}
	return out(), s.endStream()
}

func (s *state) endStream() error {
	if s.req.Streamer != nil {
		return s.req.Streamer.End()
	}
	return nil
}

// argmax returns the first index of the largest value (torch.argmax).
func argmax(row []float32) int {
	best := 0
	for i, v := range row {
		if v > row[best] {
			best = i
		}
	}
	return best
}
