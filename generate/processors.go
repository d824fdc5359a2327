package generate

import (
	"math"
	"slices"
)

// LogitsProcessor changes next-token scores in place, as a transformers
// LogitsProcessor does. seqs are the rows' tokens so far (prompt with its
// padding, then generated tokens; all rows have the same length); scores
// holds one row of vocabulary scores per sequence. Scores are float32, the
// dtype transformers processes logits in.
type LogitsProcessor interface {
	Process(seqs [][]int, scores [][]float32)
}

// ProcessorFunc adapts a function to LogitsProcessor.
type ProcessorFunc func(seqs [][]int, scores [][]float32)

// Process calls f.
func (f ProcessorFunc) Process(seqs [][]int, scores [][]float32) { f(seqs, scores) }

var negInf = float32(math.Inf(-1))

// inVocab reports whether id indexes a score row.
func inVocab(id int, row []float32) bool { return id >= 0 && id < len(row) }

// RepetitionPenaltyProcessor is RepetitionPenaltyLogitsProcessor: the score of every
// token already in the row is divided by penalty when positive and
// multiplied by it when negative.
type RepetitionPenaltyProcessor struct{ Penalty float32 }

// Process implements LogitsProcessor.
func (p RepetitionPenaltyProcessor) Process(seqs [][]int, scores [][]float32) {
	for r, seq := range seqs {
		row := scores[r]
		seen := map[int]bool{}
		for _, id := range seq {
			if seen[id] || !inVocab(id, row) {
				continue
			}
			seen[id] = true
			if row[id] < 0 {
				row[id] *= p.Penalty
			} else {
				row[id] /= p.Penalty
			}
		}
	}
}

// NoRepeatNGramProcessor is NoRepeatNGramLogitsProcessor: a token that would
// complete an n-gram already present in the row is banned.
type NoRepeatNGramProcessor struct{ N int }

// Process implements LogitsProcessor.
func (p NoRepeatNGramProcessor) Process(seqs [][]int, scores [][]float32) {
	n := p.N
	for r, seq := range seqs {
		cur := len(seq)
		if cur+1 < n {
			continue
		}
		prefix := seq[cur+1-n:]
		for i := 0; i+n <= cur; i++ {
			if slices.Equal(seq[i:i+n-1], prefix) && inVocab(seq[i+n-1], scores[r]) {
				scores[r][seq[i+n-1]] = negInf
			}
		}
	}
}

// BadWordsProcessor is NoBadWordsLogitsProcessor: single-token bad words are always
// banned; a longer one bans its last token when the row ends with the rest.
// Bad words equal to an EOS id are dropped, as transformers does.
type BadWordsProcessor struct{ Words [][]int }

// NewBadWords builds the processor from bad_words_ids and the EOS ids.
func NewBadWords(words [][]int, eos []int) BadWordsProcessor {
	var out [][]int
	for _, w := range words {
		if len(w) == 1 && slices.Contains(eos, w[0]) {
			continue
		}
		ww := append([]int(nil), w...)
		out = append(out, ww)
	}
	return BadWordsProcessor{out}
}

// Process implements LogitsProcessor.
func (p BadWordsProcessor) Process(seqs [][]int, scores [][]float32) {
	for r, seq := range seqs {
		for _, w := range p.Words {
			last := w[len(w)-1]
			if !inVocab(last, scores[r]) {
				continue
			}
			pre := w[:len(w)-1]
			if len(pre) <= len(seq) && slices.Equal(seq[len(seq)-len(pre):], pre) {
				scores[r][last] = negInf
			}
		}
	}
}

// MinLengthProcessor is MinLengthLogitsProcessor and, with PromptLen set,
// MinNewTokensLengthLogitsProcessor: EOS is banned while the row (or its
// generated part) is shorter than Min.
type MinLengthProcessor struct {
	Min       int
	PromptLen int
	EOS       []int
}

// Process implements LogitsProcessor.
func (p MinLengthProcessor) Process(seqs [][]int, scores [][]float32) {
	if len(seqs) == 0 || len(seqs[0])-p.PromptLen >= p.Min {
		return
	}
	banAll(scores, p.EOS)
}

// banAll sets the score of each of ids that is in the vocabulary to -inf
// in every row.
func banAll(scores [][]float32, ids []int) {
	for _, row := range scores {
		for _, id := range ids {
			if inVocab(id, row) {
				row[id] = negInf
			}
		}
	}
}

// forceOnly sets every score to -inf except ids, which get 0.
func forceOnly(row []float32, ids []int) {
	for i := range row {
		row[i] = negInf
	}
	for _, id := range ids {
		if inVocab(id, row) {
			row[id] = 0
		}
	}
}

// ForcedBOSProcessor is ForcedBOSTokenLogitsProcessor: when the rows hold one token,
// the next one must be ID.
type ForcedBOSProcessor struct{ ID int }

// Process implements LogitsProcessor.
func (p ForcedBOSProcessor) Process(seqs [][]int, scores [][]float32) {
	if len(seqs) > 0 && len(seqs[0]) == 1 {
		for _, row := range scores {
			forceOnly(row, []int{p.ID})
		}
	}
}

// ForcedEOSProcessor is ForcedEOSTokenLogitsProcessor: the token that reaches
// MaxLength must be one of IDs.
type ForcedEOSProcessor struct {
	MaxLength int
	IDs       []int
}

// Process implements LogitsProcessor.
func (p ForcedEOSProcessor) Process(seqs [][]int, scores [][]float32) {
	if len(seqs) > 0 && len(seqs[0]) == p.MaxLength-1 {
		for _, row := range scores {
			forceOnly(row, p.IDs)
		}
	}
}

// InfNanRemoveProcessor is InfNanRemoveLogitsProcessor: NaN becomes 0 and ±inf the
// largest/smallest finite float32.
type InfNanRemoveProcessor struct{}

// Process implements LogitsProcessor.
func (InfNanRemoveProcessor) Process(_ [][]int, scores [][]float32) {
	for _, row := range scores {
		for i, v := range row {
			switch {
			case v != v:
				row[i] = 0
			case math.IsInf(float64(v), 1):
				row[i] = math.MaxFloat32
			case math.IsInf(float64(v), -1):
				row[i] = -math.MaxFloat32
			}
		}
	}
}

// ExponentialDecayProcessor is ExponentialDecayLengthPenalty: once the row is longer
// than PromptLen + StartIndex, every EOS score s grows by
// |s| * (Factor^(len - PromptLen - StartIndex) - 1).
type ExponentialDecayProcessor struct {
	StartIndex, PromptLen int
	Factor                float64
	EOS                   []int
}

// Process implements LogitsProcessor.
func (p ExponentialDecayProcessor) Process(seqs [][]int, scores [][]float32) {
	if len(seqs) == 0 {
		return
	}
	start := p.StartIndex + p.PromptLen
	cur := len(seqs[0])
	if cur <= start {
		return
	}
	f := float32(math.Pow(p.Factor, float64(cur-start)) - 1)
	for _, row := range scores {
		for _, e := range p.EOS {
			if inVocab(e, row) {
				row[e] += float32(math.Abs(float64(row[e]))) * f
			}
		}
	}
}

// SuppressProcessor is SuppressTokensLogitsProcessor and, with AtLen > 0,
// SuppressTokensAtBeginLogitsProcessor (only when the rows are AtLen long).
type SuppressProcessor struct {
	IDs   []int
	AtLen int
}

// Process implements LogitsProcessor.
func (p SuppressProcessor) Process(seqs [][]int, scores [][]float32) {
	if p.AtLen > 0 && (len(seqs) == 0 || len(seqs[0]) != p.AtLen) {
		return
	}
	banAll(scores, p.IDs)
}

// LogitNormalization is LogitNormalization (renormalize_logits): scores
// become log-probabilities.
type LogitNormalization struct{}

// Process implements LogitsProcessor.
func (LogitNormalization) Process(_ [][]int, scores [][]float32) {
	for _, row := range scores {
		logSoftmaxInPlace(row)
	}
}

// logSoftmaxInPlace replaces row by its log-softmax (float64 accumulation).
func logSoftmaxInPlace(row []float32) {
	m := math.Inf(-1)
	for _, v := range row {
		m = math.Max(m, float64(v))
	}
	if math.IsInf(m, -1) {
		return
	}
	s := 0.0
	for _, v := range row {
		s += math.Exp(float64(v) - m)
	}
	lse := m + math.Log(s)
	for i, v := range row {
		row[i] = float32(float64(v) - lse)
	}
}

// softmax returns the probabilities of row (float64 accumulation, float32
// results as torch's float32 softmax).
func softmax(row []float32) []float32 {
	m := math.Inf(-1)
	for _, v := range row {
		m = math.Max(m, float64(v))
	}
	out := make([]float32, len(row))
	if math.IsInf(m, -1) {
		return out
	}
	e := make([]float64, len(row))
	s := 0.0
	for i, v := range row {
		e[i] = math.Exp(float64(v) - m)
		s += e[i]
	}
	for i := range e {
		out[i] = float32(e[i] / s)
	}
	return out
}

// Processors builds transformers' processor list for c, in the order of
// GenerationMixin._get_logits_processor: repetition penalty, no-repeat
// n-gram, bad words, min length, min new tokens, forced BOS, forced EOS,
// invalid-value removal, exponential decay, suppress tokens, begin
// suppress tokens; then, when sampling, the warpers (temperature, top-k,
// top-p, min-p, typical-p, epsilon, eta); then the watermark and the
// renormalisation. promptLen is the padded prompt length and maxLength the
// resolved length limit; vocab sizes the watermark.
func Processors(c *Config, promptLen, maxLength, vocab int) []LogitsProcessor {
	return processorsWith(c, promptLen, maxLength, vocab, nil)
}

// processorsWith is Processors with custom processors (LogitsProcessors)
// placed where transformers merges its logits_processor argument: after
// begin suppress tokens, before the warpers, watermark and
// renormalisation.
func processorsWith(c *Config, promptLen, maxLength, vocab int, extra []LogitsProcessor) []LogitsProcessor {
	var ps []LogitsProcessor
	if c.RepetitionPenalty != 1 {
		ps = append(ps, RepetitionPenaltyProcessor{float32(c.RepetitionPenalty)})
	}
	if c.NoRepeatNgramSize > 0 {
		ps = append(ps, NoRepeatNGramProcessor{c.NoRepeatNgramSize})
	}
	if len(c.BadWordsIDs) > 0 {
		ps = append(ps, NewBadWords(c.BadWordsIDs, c.EOSTokenIDs))
	}
	if c.MinLength > 0 && len(c.EOSTokenIDs) > 0 {
		ps = append(ps, MinLengthProcessor{Min: c.MinLength, EOS: c.EOSTokenIDs})
	}
	if c.MinNewTokens > 0 && len(c.EOSTokenIDs) > 0 {
		ps = append(ps, MinLengthProcessor{Min: c.MinNewTokens, PromptLen: promptLen, EOS: c.EOSTokenIDs})
	}
	if c.ForcedBOSTokenID >= 0 {
		ps = append(ps, ForcedBOSProcessor{c.ForcedBOSTokenID})
	}
	if len(c.ForcedEOSTokenID) > 0 {
		ps = append(ps, ForcedEOSProcessor{MaxLength: maxLength, IDs: c.ForcedEOSTokenID})
	}
	if c.RemoveInvalidValues {
		ps = append(ps, InfNanRemoveProcessor{})
	}
	if c.ExponentialDecay != nil && len(c.EOSTokenIDs) > 0 {
		ps = append(ps, ExponentialDecayProcessor{StartIndex: c.ExponentialDecay.StartIndex, PromptLen: promptLen,
			Factor: c.ExponentialDecay.DecayFactor, EOS: c.EOSTokenIDs})
	}
	if len(c.SuppressTokens) > 0 {
		ps = append(ps, SuppressProcessor{IDs: c.SuppressTokens})
	}
	if len(c.BeginSuppressTokens) > 0 {
		at := promptLen
		if promptLen == 1 && c.ForcedBOSTokenID >= 0 {
			at++
		}
		ps = append(ps, SuppressProcessor{IDs: c.BeginSuppressTokens, AtLen: at})
	}
	ps = append(ps, extra...)
	if c.DoSample {
		ps = append(ps, Warpers(c)...)
	}
	if c.Watermarking != nil {
		ps = append(ps, NewWatermarkProcessor(*c.Watermarking, vocab))
	}
	if c.RenormalizeLogits {
		ps = append(ps, LogitNormalization{})
	}
	return ps
}

// Warpers builds the sampling warpers of c in transformers' order. With
// beam sampling, each warper keeps at least 1 + len(eos) tokens (2 without
// EOS), as transformers does.
func Warpers(c *Config) []LogitsProcessor {
	keep := 1
	if c.NumBeams > 1 {
		keep = max(2, 1+len(c.EOSTokenIDs))
	}
	var ps []LogitsProcessor
	if c.Temperature != 1 {
		ps = append(ps, TemperatureWarper{float32(c.Temperature)})
	}
	if c.TopK != 0 {
		ps = append(ps, TopKWarper{K: c.TopK, MinKeep: keep})
	}
	if c.TopP < 1 {
		ps = append(ps, TopPWarper{P: c.TopP, MinKeep: keep})
	}
	if c.MinP > 0 {
		ps = append(ps, MinPWarper{P: c.MinP, MinKeep: keep})
	}
	if c.TypicalP < 1 {
		ps = append(ps, TypicalWarper{Mass: c.TypicalP, MinKeep: keep})
	}
	if c.EpsilonCutoff > 0 {
		ps = append(ps, EpsilonWarper{Epsilon: c.EpsilonCutoff, MinKeep: keep})
	}
	if c.EtaCutoff > 0 {
		ps = append(ps, EtaWarper{Epsilon: c.EtaCutoff, MinKeep: keep})
	}
	return ps
}
