package generate

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/session"
	"github.com/kiln-ml/kiln/tensor"
)

// Encoder-decoder generation (Whisper): the encoder runs once per call,
// in a program that also projects its output into every decoder layer's
// cross-attention keys and values (models.StageEncoder); these stay on the
// backend and every decode step's program (models.StageDecoder, with the
// self-attention KV cache as for decoders) takes them as inputs. The
// decode loop, strategies, processors and stopping criteria are the
// decoder's, so greedy, sampling and beam search behave as for decoders.

// DecoderPrompt returns the decoder prompt transformers' Whisper generate
// starts from when it is given none (_retrieve_init_tokens): the decoder
// start token, then the ids forced_decoder_ids puts at positions 1, 2, ...
// in order. Forced ids at other positions, or a null id (an open language
// slot, which transformers fills by detecting the language), are errors:
// kiln does not detect languages; give the prompt instead.
func (c *Config) DecoderPrompt() ([]int, error) {
	if c.DecoderStartTokenID < 0 {
		return nil, errors.New("decoder_start_token_id is not set (generation_config.json or config.json): give the decoder prompt")
	}
	prompt := []int{c.DecoderStartTokenID}
	forced := append([][2]int(nil), c.ForcedDecoderIDs...)
	sort.SliceStable(forced, func(i, j int) bool { return forced[i][0] < forced[j][0] })
	for i, f := range forced {
		if f[0] != i+1 {
			return nil, fmt.Errorf("forced_decoder_ids %v do not force positions 1, 2, ... in order (position %d): give the decoder prompt", c.ForcedDecoderIDs, f[0])
		}
		if f[1] < 0 {
			return nil, fmt.Errorf("forced_decoder_ids leave position %d open (null, the language transformers would detect): give the decoder prompt with the language token", f[0])
		}
		prompt = append(prompt, f[1])
	}
	return prompt, nil
}

// GenerateWithEncoder generates with an encoder-decoder model as
// transformers' generate does: enc holds the encoder's inputs by program
// input name, one row per prompt. A speech model (Whisper) takes its
// EncoderInput (input_features, (batch, num_mel_bins, frames) float); a
// text encoder-decoder (models.TextEncoderDecoder: T5, BART) takes
// encoder_input_ids (batch, S) integer token ids and optionally
// encoder_attention_mask (batch, S), 1 = token, 0 = padding (default all
// ones). prompts are the decoder prompts (decoder_input_ids), rows of
// equal length, or nil for DecoderPrompt on every row. The encoder runs
// once; its cross-attention keys and values (and a text model's encoder
// mask) are repeated for each row's beams or returned sequences, as
// transformers expands encoder_outputs. Logits processors see the prompt
// as the rows' start: begin_suppress_tokens applies at the first
// generated token, as Whisper's SuppressTokensAtBeginLogitsProcessor with
// begin_index set to the prompt length. Output.Sequences are the prompt
// followed by the new tokens (EOS kept, pad after it), as for decoders.
func (g *Generator) GenerateWithEncoder(ctx context.Context, enc map[string]*tensor.Tensor, prompts [][]int, opts ...Option) (*Output, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	ed, ok := g.Runner.Model().(models.EncoderDecoder)
	if !ok {
		return nil, fmt.Errorf("generate: %s is not an encoder-decoder (use Generate)", g.Runner.Model().Arch())
	}
	req, err := g.request(opts)
	if err != nil {
		return nil, err
	}
	in, batch, source, err := g.encoderInputs(ed, enc)
	if err != nil {
		return nil, err
	}
	if prompts == nil {
		p, err := req.DecoderPrompt()
		if err != nil {
			return nil, fmt.Errorf("generate: %w", err)
		}
		for i := 0; i < batch; i++ {
			prompts = append(prompts, append([]int(nil), p...))
		}
	}
	if len(prompts) != batch {
		name, _ := ed.EncoderInput()
		return nil, fmt.Errorf("generate: %d decoder prompts for %d rows of %s", len(prompts), batch, name)
	}
	mask := make([][]int, batch)
	for i, p := range prompts {
		if len(p) == 0 {
			return nil, fmt.Errorf("generate: decoder prompt %d is empty", i)
		}
		if len(p) != len(prompts[0]) {
			return nil, fmt.Errorf("generate: decoder prompt %d has %d tokens, prompt 0 has %d (decoder prompts must have equal length)", i, len(p), len(prompts[0]))
		}
		mask[i] = make([]int, len(p))
		for j := range mask[i] {
			mask[i][j] = 1
		}
	}
	ids := make([][]int, batch)
	for i, p := range prompts {
		ids[i] = append([]int(nil), p...)
	}
	if err := g.checkPrompt(req, ids, mask); err != nil {
		return nil, err
	}
	cross, err := g.encode(ctx, in, batch, source, expandRows(req))
	if err != nil {
		return nil, err
	}
	defer func() {
		for _, b := range cross {
			b.Free()
		}
	}()
	return g.run(ctx, req, ids, mask, cross, source)
}

// GenerateFromTokens generates with a text encoder-decoder (T5, BART)
// from encoder token rows, as transformers' generate(input_ids,
// attention_mask) with a tokenizer's padding: ragged rows are padded on
// the right with the pad token under an encoder attention mask, and the
// decoder starts from DecoderPrompt. See GenerateWithEncoder.
func (g *Generator) GenerateFromTokens(ctx context.Context, sources [][]int, opts ...Option) (*Output, error) {
	if _, ok := g.Runner.Model().(models.TextEncoderDecoder); !ok {
		return nil, fmt.Errorf("generate: %s does not read encoder tokens (GenerateFromTokens is for T5, BART)", g.Runner.Model().Arch())
	}
	if len(sources) == 0 {
		return nil, errors.New("generate: no encoder inputs")
	}
	req, err := g.request(opts)
	if err != nil {
		return nil, err
	}
	longest := 0
	for i, r := range sources {
		if len(r) == 0 {
			return nil, fmt.Errorf("generate: encoder input %d is empty", i)
		}
		longest = max(longest, len(r))
	}
	ids := make([]int64, 0, len(sources)*longest)
	mask := make([]int64, 0, len(sources)*longest)
	for _, r := range sources {
		for j := 0; j < longest; j++ {
			if j < len(r) {
				ids, mask = append(ids, int64(r[j])), append(mask, 1)
			} else {
				ids, mask = append(ids, int64(max(req.PadTokenID, 0))), append(mask, 0)
			}
		}
	}
	shape := ir.Shape{len(sources), longest}
	it, _ := tensor.FromInt64(ir.Int64, shape, ids)
	mt, _ := tensor.FromInt64(ir.Int64, shape, mask)
	return g.GenerateWithEncoder(ctx, map[string]*tensor.Tensor{models.InputEncoderIDs: it, models.InputEncoderAttentionMask: mt}, nil, opts...)
}

func joinInts(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, ", ")
}

// encoderInputs checks enc against what ed's encoder takes and returns the
// inputs to upload (token ids and masks as int64), the batch and, for a
// text encoder-decoder, the encoder length (else 0).
func (g *Generator) encoderInputs(ed models.EncoderDecoder, enc map[string]*tensor.Tensor) (map[string]*tensor.Tensor, int, int, error) {
	arch := ed.Arch()
	name, row := ed.EncoderInput()
	allowed := map[string]bool{name: true}
	ted, text := ed.(models.TextEncoderDecoder)
	if text {
		allowed[models.InputEncoderAttentionMask] = true
	}
	for n, t := range enc {
		if !allowed[n] {
			return nil, 0, 0, fmt.Errorf("generate: unknown encoder input %q (%s takes %s)", n, arch, name)
		}
		if t == nil {
			return nil, 0, 0, fmt.Errorf("generate: encoder input %s is nil", n)
		}
		if err := t.Validate(); err != nil {
			return nil, 0, 0, fmt.Errorf("generate: %s: %w", n, err)
		}
	}
	x, ok := enc[name]
	if !ok {
		return nil, 0, 0, fmt.Errorf("generate: %s needs its encoder input %s", arch, name)
	}
	if !text {
		if x.Shape.Rank() != len(row)+1 || !x.Shape[1:].Equal(ir.Shape(row)) || !x.DType.IsFloat() || x.Shape[0] < 1 {
			return nil, 0, 0, fmt.Errorf("generate: %s is %s, want float (batch, %s)", name, x.Type(), joinInts(row))
		}
		return map[string]*tensor.Tensor{name: x}, x.Shape[0], 0, nil
	}
	if x.Shape.Rank() != 2 || x.Shape[0] < 1 || x.Shape[1] < 1 || !x.DType.IsInt() {
		return nil, 0, 0, fmt.Errorf("generate: %s is %s, want integer token ids (batch, length) with batch, length >= 1", name, x.Type())
	}
	batch, source := x.Shape[0], x.Shape[1]
	if m := ted.MaxSource(); m > 0 && source > m {
		return nil, 0, 0, fmt.Errorf("generate: an encoder input of %d tokens does not fit %s's %d positions (config.json max_position_embeddings)", source, arch, m)
	}
	out := map[string]*tensor.Tensor{}
	for n, t := range enc {
		if !t.Shape.Equal(x.Shape) || !(t.DType.IsInt() || t.DType == ir.Bool) {
			return nil, 0, 0, fmt.Errorf("generate: %s is %s, want integers of %s's shape %v", n, t.Type(), name, x.Shape)
		}
		if out[n], _ = t.Convert(ir.Int64); out[n] == nil {
			return nil, 0, 0, fmt.Errorf("generate: %s: cannot convert %s to int64", n, t.Type())
		}
	}
	if _, ok := out[models.InputEncoderAttentionMask]; !ok {
		ones := make([]int64, batch*source)
		for i := range ones {
			ones[i] = 1
		}
		out[models.InputEncoderAttentionMask], _ = tensor.FromInt64(ir.Int64, x.Shape, ones)
	}
	vocab := g.vocab()
	mask := out[models.InputEncoderAttentionMask].Int64s()
	for i, id := range out[name].Int64s() {
		if mask[i] != 0 && (id < 0 || id >= int64(vocab)) {
			return nil, 0, 0, fmt.Errorf("generate: %s row %d, token %d: id %d is outside the vocabulary [0, %d)", name, i/source, i%source, id, vocab)
		}
	}
	padded := padSource(out[name], out[models.InputEncoderAttentionMask], source, ted.MaxSource())
	return padded, batch, padded[name].Shape[1], nil
}

// SourceBucket is the granularity of a text encoder-decoder's encoder
// length in generation: inputs are padded on the right, under the
// encoder mask, to a multiple of it (capped at the model's MaxSource), so
// that inputs of similar length share the compiled encoder and decoder
// programs. The padding changes no result: padded keys are masked in the
// encoder's self-attention and the decoder's cross-attention (their
// probabilities are exactly 0), and real tokens keep their positions.
const SourceBucket = 16

// padSource pads ids and mask (batch, n) with zeros on the right to n
// rounded up to SourceBucket (at most limit when limit > 0).
func padSource(ids, mask *tensor.Tensor, n, limit int) map[string]*tensor.Tensor {
	to := (n + SourceBucket - 1) / SourceBucket * SourceBucket
	if limit > 0 {
		to = min(to, limit)
	}
	if to <= n {
		return map[string]*tensor.Tensor{models.InputEncoderIDs: ids, models.InputEncoderAttentionMask: mask}
	}
	batch := ids.Shape[0]
	grow := func(x *tensor.Tensor) *tensor.Tensor {
		src := x.Int64s()
		dst := make([]int64, batch*to)
		for b := 0; b < batch; b++ {
			copy(dst[b*to:b*to+n], src[b*n:(b+1)*n])
		}
		t, _ := tensor.FromInt64(ir.Int64, ir.Shape{batch, to}, dst)
		return t
	}
	return map[string]*tensor.Tensor{models.InputEncoderIDs: grow(ids), models.InputEncoderAttentionMask: grow(mask)}
}

// encode runs the encoder stage on in (float inputs converted to the
// compute dtype) and returns the decoder stage's encoder-side inputs:
// the cross-attention buffers and, for a text encoder-decoder (source >
// 0), its encoder_attention_mask, each row repeated expand times (row i
// of the result is row i/expand of the input), as the decode loop's rows
// are.
func (g *Generator) encode(ctx context.Context, in map[string]*tensor.Tensor, batch, source, expand int) (map[string]backends.Buffer, error) {
	r := g.Runner
	bufs := map[string]backends.Buffer{}
	defer func() {
		for _, b := range bufs {
			b.Free()
		}
	}()
	for n, x := range in {
		if x.DType.IsFloat() && x.DType != r.DType() {
			var err error
			if x, err = x.Convert(r.DType()); err != nil {
				return nil, fmt.Errorf("generate: %s: %w", n, err)
			}
		}
		b, err := r.Backend().Upload(x)
		if err != nil {
			return nil, fmt.Errorf("generate: uploading %s: %w", n, err)
		}
		bufs[n] = b
	}
	out, err := r.RunBuffers(ctx, models.Spec{Batch: batch, Stage: models.StageEncoder, Source: source}, bufs, nil)
	if err != nil {
		return nil, err
	}
	cross := map[string]backends.Buffer{}
	for n, b := range out {
		if strings.HasPrefix(n, "cross_key_values.") {
			cross[n] = b
		} else {
			b.Free() // encoder_last_hidden_state: not needed to decode
		}
	}
	if len(cross) == 0 {
		return nil, fmt.Errorf("generate: %s's encoder returned no cross-attention keys and values", r.Model().Arch())
	}
	if m, ok := bufs[models.InputEncoderAttentionMask]; ok && source > 0 {
		// The decoder stage's cross-attention reads it: keep it.
		cross[models.InputEncoderAttentionMask] = m
		delete(bufs, models.InputEncoderAttentionMask)
	}
	if expand <= 1 {
		return cross, nil
	}
	expanded, err := g.repeatRows(ctx, cross, batch, expand)
	for _, b := range cross {
		b.Free()
	}
	return expanded, err
}

// repeatKey is the shape of the buffers a row-repeat program gathers.
type repeatKey struct {
	sig           string // names and types of the buffers
	batch, expand int
}

// repeatRows gathers each buffer's rows as repeat_interleave(expand) on
// the backend with a program compiled once per shape (in the Generator's
// helper session). The inputs stay valid; the caller frees them.
func (g *Generator) repeatRows(ctx context.Context, bufs map[string]backends.Buffer, batch, expand int) (map[string]backends.Buffer, error) {
	names := make([]string, 0, len(bufs))
	for n := range bufs {
		names = append(names, n)
	}
	sort.Strings(names)
	var sig strings.Builder
	for _, n := range names {
		fmt.Fprintf(&sig, "%s:%s;", n, bufs[n].Type())
	}
	key := repeatKey{sig.String(), batch, expand}
	p, err := g.helperSession().Program(ctx, key, func(context.Context) (*ir.Func, error) {
		return frontend.Build(fmt.Sprintf("repeat_rows_b%d_x%d", batch, expand), func(gr *frontend.Graph) error {
			idx := gr.Param(reorderInput, ir.Int64, batch*expand)
			var outs []frontend.Output
			for _, n := range names {
				t := bufs[n].Type()
				outs = append(outs, frontend.Out(n, gr.Param(n, t.DType, t.Shape...).Take(idx, 0)))
			}
			gr.Return(outs...)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	src := make([]int, batch*expand)
	for i := range src {
		src[i] = i / expand
	}
	it, _ := tensor.FromInt64(ir.Int64, ir.Shape{len(src)}, int64s(src))
	ib, err := g.Runner.Backend().Upload(it)
	if err != nil {
		return nil, err
	}
	defer ib.Free()
	inputs := map[string]backends.Buffer{reorderInput: ib}
	for n, b := range bufs {
		inputs[n] = b
	}
	return g.helperSession().Run(ctx, p, session.Call{Inputs: inputs})
}

// WhisperMaxLength is the length limit transformers' Whisper generate
// uses when max_new_tokens is not set (_set_max_new_tokens_and_length):
// max_length does not count the decoder prompt's tokens after the first
// (at most max_target_positions/2 - 1 of them), and is capped at
// max_target_positions. With max_new_tokens set it is promptLen +
// max_new_tokens (which transformers refuses past max_target_positions,
// as GenerateWithEncoder does).
func (c *Config) WhisperMaxLength(promptLen, maxTargetPositions int) int {
	if c.MaxNewTokens > 0 {
		return promptLen + c.MaxNewTokens
	}
	initial := min(maxTargetPositions/2-1, promptLen-1)
	return min(c.MaxLength+max(initial, 0), maxTargetPositions)
}
