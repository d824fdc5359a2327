package pipeline

import (
	"context"
	"fmt"
	"math"
	"sort"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tokenizer"
)

// Answer is one question-answering result (transformers' dict): the span
// probability, its character offsets in the context and its text.
type Answer struct {
	Score  float64 `json:"score"`
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Answer string  `json:"answer"`
}

// qaWindow is one window of the context (the whole context when it fits)
// with the question: its encoding, the tokens an answer may cover
// (context tokens, not padding) and each token's word in the context (-1
// outside it).
type qaWindow struct {
	enc     *tokenizer.Encoding
	desired []bool // p_mask == 0 and attention_mask == 1
	pMask   []bool // true: not a context token (the CLS token excepted)
	word    []int  // word index within the context, -1 for question and special tokens
}

// qaSpanOptions are the span search's knobs (transformers' defaults:
// TopK 1, MaxAnswerLen 15).
type qaSpanOptions struct {
	topK           int
	maxAnswerLen   int
	handleNoAnswer bool
}

// qaSpan is one candidate span of a window, in token indices.
type qaSpan struct {
	start, end int
	score      float64
}

// selectSpans is transformers' select_starts_ends + decode_spans for one
// window: tokens that are not context get logit -10000 before the
// softmax over start and over end logits; the null score is
// p_start[0] * p_end[0] (kept when smaller than nullScore); token 0 is
// then removed from both; the spans (s, e) with s <= e < s + maxAnswerLen
// are scored p_start[s] * p_end[e], the topK best (ties: lower s, then
// lower e) kept when both ends are context tokens or token 0 (transformers
// tests membership in attention_mask's nonzero() indices, whose row
// indices are all 0).
func selectSpans(start, end []float64, desired []bool, o qaSpanOptions, nullScore float64) ([]qaSpan, float64) {
	n := len(start)
	mask := func(x []float64) []float64 {
		y := make([]float64, n)
		for i := range y {
			y[i] = x[i]
			if !desired[i] {
				y[i] = -10000
			}
		}
		return softmax64(y)
	}
	ps, pe := mask(start), mask(end)
	if o.handleNoAnswer {
		nullScore = math.Min(nullScore, ps[0]*pe[0])
	}
	ps[0], pe[0] = 0, 0
	var cands []qaSpan
	for s := 0; s < n; s++ {
		for e := 0; e < n; e++ {
			sc := 0.0
			if e >= s && e <= s+o.maxAnswerLen-1 {
				sc = ps[s] * pe[e]
			}
			cands = append(cands, qaSpan{s, e, sc})
		}
	}
	// Stable: equal scores keep row-major order, as np.argmax does for k = 1.
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	cands = cands[:min(o.topK, len(cands))]
	ok := func(i int) bool { return i == 0 || desired[i] }
	var out []qaSpan
	for _, c := range cands {
		if ok(c.start) && ok(c.end) {
			out = append(out, c)
		}
	}
	return out, nullScore
}

// spanChars is transformers' get_indices with align_to_words: the
// character span of the words holding tokens s and e (from the first
// token of s's word to the last of e's), or the tokens' own offsets when
// either is outside the context's words.
func (w *qaWindow) spanChars(s, e int, alignToWords bool) (int, int) {
	if alignToWords && w.word[s] >= 0 && w.word[e] >= 0 {
		a, b := -1, -1
		for i, wd := range w.word {
			if wd == w.word[s] && a < 0 {
				a = w.enc.Offsets[i][0]
			}
			if wd == w.word[e] {
				b = w.enc.Offsets[i][1]
			}
		}
		return a, b
	}
	return w.enc.Offsets[s][0], w.enc.Offsets[e][1]
}

// qaAnswers collects every window's spans as answers, adds the null
// answer with handleNoAnswer, and returns the topK best (a stable sort:
// ties keep window order, the null answer last).
func qaAnswers(context []rune, windows []*qaWindow, starts, ends [][]float64, o qaSpanOptions, alignToWords bool) []Answer {
	null := 1000000.0
	var answers []Answer
	for i, w := range windows {
		var spans []qaSpan
		spans, null = selectSpans(starts[i], ends[i], w.desired, o, null)
		for _, sp := range spans {
			a, b := w.spanChars(sp.start, sp.end, alignToWords)
			answers = append(answers, Answer{Score: sp.score, Start: a, End: b, Answer: runeSlice(context, a, b)})
		}
	}
	if o.handleNoAnswer {
		answers = append(answers, Answer{Score: null})
	}
	sort.SliceStable(answers, func(a, b int) bool { return answers[a].Score > answers[b].Score })
	return answers[:min(o.topK, len(answers))]
}

// qaWindows encodes question and context as transformers' question-answering
// preprocessing does for a right-padding tokenizer: the pair truncated
// only in the context to maxLen tokens, the rest in windows that overlap
// by stride tokens. Context tokens are the non-special tokens after the
// question's (the question is never truncated).
func (p *Pipeline) qaWindows(question, context string, maxLen, stride int) ([]*qaWindow, error) {
	q, err := p.Tokenizer.Encode(question, tokenizer.WithoutSpecialTokens(), tokenizer.WithoutTruncation())
	if err != nil {
		return nil, fmt.Errorf("question: %w", err)
	}
	enc, err := p.Tokenizer.EncodePair(question, context, tokenizer.WithTruncation(tokenizer.Truncation{MaxLength: maxLen, Stride: stride, Strategy: tokenizer.OnlySecond}))
	if err != nil {
		return nil, fmt.Errorf("question and context (max_seq_len %d, doc_stride %d): %w", maxLen, stride, err)
	}
	cls := -1
	if c := p.Tokenizer.Config; c != nil && c.CLSToken != "" {
		if id, ok := p.Tokenizer.TokenToID(c.CLSToken); ok {
			cls = id
		}
	}
	all := append([]*tokenizer.Encoding{enc}, enc.Overflowing...)
	var out []*qaWindow
	for _, e := range all {
		w := &qaWindow{enc: e, desired: make([]bool, e.Len()), pMask: make([]bool, e.Len()), word: make([]int, e.Len())}
		seen := 0
		for i := range e.IDs {
			special := i < len(e.SpecialTokensMask) && e.SpecialTokensMask[i] == 1
			isContext := !special && seen >= q.Len()
			if !special {
				seen++
			}
			w.pMask[i] = !isContext && e.IDs[i] != cls
			w.desired[i] = !w.pMask[i]
			w.word[i] = -1
			if isContext && i < len(e.WordIDs) {
				w.word[i] = e.WordIDs[i]
			}
		}
		out = append(out, w)
	}
	return out, nil
}

// AnswerQuestion is transformers' question-answering pipeline on one
// question and its context: the model's start and end logits over each
// window of the context (max_seq_len Options.MaxSeqLen, default
// min(384, the model's positions); doc_stride Options.DocStride, default
// min(max_seq_len / 2, 128)), the span search of selectSpans
// (Options.TopK answers, default 1; Options.MaxAnswerLen tokens, default
// 15; Options.HandleImpossibleAnswer adds the empty answer scored
// p_start[0] * p_end[0]), answers widened to whole words unless
// Options.NoAlignToWords, best first.
func (p *Pipeline) AnswerQuestion(ctx context.Context, question, context string) ([]Answer, error) {
	if p.Task != QuestionAnswering {
		return nil, fmt.Errorf("pipeline is %s, not %s", p.Task, QuestionAnswering)
	}
	if c := p.Tokenizer.Config; c != nil && c.PaddingSide == "left" {
		return nil, fmt.Errorf("question-answering with a left-padding tokenizer (context first, as transformers then encodes it) is not supported")
	}
	if question == "" || context == "" {
		return nil, fmt.Errorf("question-answering needs a question and a context (got %d and %d characters)", len(question), len(context))
	}
	maxLen := p.opts.MaxSeqLen
	if maxLen == 0 {
		maxLen = 384
		if c := p.Tokenizer.Config; c != nil && c.ModelMaxLength > 0 {
			maxLen = min(maxLen, c.ModelMaxLength)
		}
		if mp := p.maxPositions(); mp > 0 {
			maxLen = min(maxLen, mp)
		}
	}
	stride := p.opts.DocStride
	if stride == 0 {
		stride = min(maxLen/2, 128)
	}
	if stride > maxLen {
		return nil, fmt.Errorf("doc_stride (%d) is larger than max_seq_len (%d)", stride, maxLen)
	}
	o := qaSpanOptions{topK: max(p.opts.TopK, 1), maxAnswerLen: p.opts.MaxAnswerLen, handleNoAnswer: p.opts.HandleImpossibleAnswer}
	if o.maxAnswerLen == 0 {
		o.maxAnswerLen = 15
	}
	windows, err := p.qaWindows(question, context, maxLen, stride)
	if err != nil {
		return nil, err
	}
	var starts, ends [][]float64
	for b := 0; b < len(windows); b += p.opts.BatchSize {
		e := &encoded{}
		longest := 0
		for _, w := range windows[b:min(b+p.opts.BatchSize, len(windows))] {
			longest = max(longest, w.enc.Len())
		}
		pad := p.padID()
		for _, w := range windows[b:min(b+p.opts.BatchSize, len(windows))] {
			ids, mask, types := make([]int, longest), make([]int, longest), make([]int, longest)
			for j := range ids {
				ids[j] = pad
				if j < w.enc.Len() {
					ids[j], mask[j] = w.enc.IDs[j], 1
					if j < len(w.enc.TypeIDs) {
						types[j] = w.enc.TypeIDs[j]
					}
				}
			}
			e.ids, e.mask, e.types, e.encs = append(e.ids, ids), append(e.mask, mask), append(e.types, types), append(e.encs, w.enc)
		}
		out, err := p.forward(ctx, e)
		if err != nil {
			return nil, err
		}
		for _, name := range []string{models.OutputStartLogits, models.OutputEndLogits} {
			t := out[name]
			if t == nil || t.Shape.Rank() != 2 {
				return nil, fmt.Errorf("model returned no (batch, tokens) %s", name)
			}
			rows, _ := rowsOf(t, name)
			for r, enc := range e.encs {
				row := rows[r][0][:enc.Len()]
				if name == models.OutputStartLogits {
					starts = append(starts, row)
				} else {
					ends = append(ends, row)
				}
			}
		}
	}
	return qaAnswers([]rune(context), windows, starts, ends, o, !p.opts.NoAlignToWords), nil
}
