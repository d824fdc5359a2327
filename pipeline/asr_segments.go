package pipeline

import (
	"context"
	"fmt"
	"slices"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Whisper's generate decodes every 30-second window (a pipeline chunk,
// or a short clip padded to 30 s) as its long-form loop does: after each
// generation it splits the new tokens at consecutive timestamps
// (_retrieve_segment) and, when the output does not end in a single
// timestamp, drops what follows the last pair and generates again from
// that pair's time ("seek") until the window is used up. The timestamp
// tokens count whether or not timestamps were asked for: a model that
// emits them in <|notimestamps|> mode is re-run too.

// segmentCut is what _retrieve_segment decides for one generation of a
// window: keep is how many of the generated tokens (after the prompt,
// trailing EOS and padding removed) stay in the output; advance is how
// many mel frames seek moves on.
//
// Rules (transformers' WhisperGenerationMixin._retrieve_segment):
//   - no two consecutive timestamp tokens: all tokens are kept and the
//     whole remaining window (seekFrames) is consumed;
//   - consecutive timestamps and the output ends in a single timestamp
//     (a text token, then a timestamp): all kept, window consumed;
//   - otherwise the tokens after the last consecutive pair are dropped
//     and seek moves to that pair's second timestamp:
//     (id - timestampBegin) * inputStride frames (2 mel frames per
//     0.02 s step).
func segmentCut(gen []int, timestampBegin, seekFrames, inputStride int) (keep, advance int) {
	isTS := func(i int) bool { return gen[i] >= timestampBegin }
	lastPair := -1 // index of the second token of the last consecutive pair
	for i := 1; i < len(gen); i++ {
		if isTS(i-1) && isTS(i) {
			lastPair = i
		}
	}
	n := len(gen)
	singleEnding := n >= 2 && !isTS(n-2) && isTS(n-1)
	if lastPair < 0 || singleEnding {
		return n, seekFrames
	}
	return lastPair + 1, (gen[lastPair] - timestampBegin) * inputStride
}

// trimGenerated returns a window's new tokens without trailing EOS and
// padding (transformers removes the final EOS and every pad token before
// splitting; Whisper's pad is its EOS) and whether an EOS was removed.
func trimGenerated(gen []int, eos, pad int) ([]int, bool) {
	n := len(gen)
	ended := false
	for n > 0 && (gen[n-1] == eos || gen[n-1] == pad) {
		ended = ended || gen[n-1] == eos
		n--
	}
	return gen[:n], ended
}

// segmentFeatures returns a window's input_features (bins x frames,
// row-major) from frame seek on, zero-padded back to frames, as
// _get_input_segment cuts and F.pads them.
func segmentFeatures(feats []float32, bins, frames, seek int) []float32 {
	if seek == 0 {
		return feats
	}
	out := make([]float32, bins*frames)
	for b := 0; b < bins; b++ {
		copy(out[b*frames:b*frames+frames-seek], feats[b*frames+seek:(b+1)*frames])
	}
	return out
}

// generateWindows generates every window of a batch (feats holds each
// window's bins x frames features) with Whisper's segment loop and
// returns each window's sequence: the prompt, the kept tokens of each
// segment in order, and EOS when the last generation ended with it.
// Windows still running are generated together, as transformers shrinks
// its batch (_maybe_reduce_batch).
func (p *Pipeline) generateWindows(ctx context.Context, feats [][]float32, prompt []int, gopts []generate.Option) ([][]int, error) {
	st := p.asr
	bins, frames := st.fe.Config.FeatureSize, st.fe.NumFrames()
	stride := frames / st.maxSrc // mel frames per timestamp step
	tsBegin := -1
	if st.whisper.NoTimestampsTokenID >= 0 {
		tsBegin = st.whisper.NoTimestampsTokenID + 1 // as generate: generation_config's, not the tokenizer's
	}
	pad := p.Generator.Config.PadTokenID
	seqs := make([][]int, len(feats))
	ended := make([]bool, len(feats))
	seek := make([]int, len(feats))
	for i := range seqs {
		seqs[i] = slices.Clone(prompt)
	}
	active := make([]int, len(feats))
	for i := range active {
		active[i] = i
	}
	for len(active) > 0 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var x []float32
		prompts := make([][]int, len(active))
		for k, i := range active {
			x = append(x, segmentFeatures(feats[i], bins, frames, seek[i])...)
			prompts[k] = slices.Clone(prompt)
		}
		xt, err := tensor.FromFloat32(ir.Shape{len(active), bins, frames}, x)
		if err != nil {
			return nil, err
		}
		out, err := p.Generator.GenerateWithEncoder(ctx, map[string]*tensor.Tensor{st.features: xt}, prompts, gopts...)
		if err != nil {
			return nil, err
		}
		if len(out.Sequences) != len(active) {
			return nil, fmt.Errorf("generation returned %d sequences for %d chunks: the ASR pipeline takes one sequence per chunk (num_return_sequences 1)", len(out.Sequences), len(active))
		}
		var next []int
		for k, i := range active {
			gen, eos := trimGenerated(out.Sequences[k][len(prompt):], st.eos, pad)
			keep, advance := len(gen), frames-seek[i]
			if tsBegin >= 0 {
				keep, advance = segmentCut(gen, tsBegin, frames-seek[i], stride)
			}
			seqs[i] = append(seqs[i], gen[:keep]...)
			ended[i] = eos && keep == len(gen)
			if advance <= 0 {
				// A pair of <|0.00|> would make transformers re-run the
				// same window forever; kiln stops here instead.
				advance = frames - seek[i]
			}
			seek[i] += advance
			if seek[i] < frames {
				next = append(next, i)
			}
		}
		active = next
	}
	for i := range seqs {
		if ended[i] {
			seqs[i] = append(seqs[i], st.eos)
		}
	}
	return seqs, nil
}
