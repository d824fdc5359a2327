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

// GenerateWithEncoder generates with an encoder-decoder model (Whisper)
// as transformers' generate does for its short-form input: enc holds the
// encoder's input by program input name (models.EncoderDecoder's
// EncoderInput: input_features, (batch, num_mel_bins, frames) float), one
// row per prompt; prompts are the decoder prompts (decoder_input_ids),
// rows of equal length, or nil for DecoderPrompt on every row. The
// encoder runs once; its cross-attention keys and values are repeated for
// each row's beams or returned sequences, as transformers expands
// encoder_outputs. Logits processors see the prompt as the rows' start:
// begin_suppress_tokens applies at the first generated token, as
// Whisper's SuppressTokensAtBeginLogitsProcessor with begin_index set to
// the prompt length. Output.Sequences are the prompt followed by the new
// tokens (EOS kept, pad after it), as for decoders.
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
	name, row := ed.EncoderInput()
	x, ok := enc[name]
	if !ok || x == nil {
		return nil, fmt.Errorf("generate: %s needs its encoder input %s", g.Runner.Model().Arch(), name)
	}
	for n := range enc {
		if n != name {
			return nil, fmt.Errorf("generate: unknown encoder input %q (%s takes %s)", n, g.Runner.Model().Arch(), name)
		}
	}
	if err := x.Validate(); err != nil {
		return nil, fmt.Errorf("generate: %s: %w", name, err)
	}
	if x.Shape.Rank() != len(row)+1 || !x.Shape[1:].Equal(ir.Shape(row)) || !x.DType.IsFloat() || x.Shape[0] < 1 {
		return nil, fmt.Errorf("generate: %s is %s, want float (batch, %s)", name, x.Type(), joinInts(row))
	}
	batch := x.Shape[0]
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
	cross, err := g.encode(ctx, name, x, expandRows(req))
	if err != nil {
		return nil, err
	}
	defer func() {
		for _, b := range cross {
			b.Free()
		}
	}()
	return g.run(ctx, req, ids, mask, cross)
}

func joinInts(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, ", ")
}

// encode runs the encoder stage on x and returns the cross-attention
// buffers, each row repeated expand times (row i of the result is row
// i/expand of x), as the decode loop's rows are.
func (g *Generator) encode(ctx context.Context, name string, x *tensor.Tensor, expand int) (map[string]backends.Buffer, error) {
	r := g.Runner
	if x.DType != r.DType() {
		var err error
		if x, err = x.Convert(r.DType()); err != nil {
			return nil, fmt.Errorf("generate: %s: %w", name, err)
		}
	}
	in, err := r.Backend().Upload(x)
	if err != nil {
		return nil, fmt.Errorf("generate: uploading %s: %w", name, err)
	}
	defer in.Free()
	out, err := r.RunBuffers(ctx, models.Spec{Batch: x.Shape[0], Stage: models.StageEncoder}, map[string]backends.Buffer{name: in}, nil)
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
	if expand <= 1 {
		return cross, nil
	}
	expanded, err := g.repeatRows(ctx, cross, x.Shape[0], expand)
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
