package pipeline

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/tokenizer"
)

// Entity is one result of token-classification, transformers' dict: with
// aggregation "none", one token's best label (Entity) and its position in
// the input ids (Index); with the other strategies, a group of adjacent
// tokens or words of one tag (EntityGroup, the B-/I- prefix removed).
// Start and End are character offsets into the text; Word is the
// tokens converted back to a string.
type Entity struct {
	Entity      string  `json:"entity,omitempty"`
	EntityGroup string  `json:"entity_group,omitempty"`
	Score       float64 `json:"score"`
	Index       *int    `json:"index,omitempty"`
	Word        string  `json:"word"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
}

// Aggregation strategies of token-classification (transformers'
// AggregationStrategy).
const (
	AggregateNone    = "none"
	AggregateSimple  = "simple"
	AggregateFirst   = "first"
	AggregateAverage = "average"
	AggregateMax     = "max"
)

// nerToken is one non-special token with its label probabilities
// (transformers' pre_entity).
type nerToken struct {
	word       string
	scores     []float64
	start, end int
	index      int
	isSubword  bool
}

// nerVocab is what the post-processing needs from the tokenizer.
type nerVocab struct {
	token     func(id int) string
	toString  func(tokens []string) string
	subPrefix string // continuing_subword_prefix ("" : guess words from spaces)
	unk       int    // unk token id, -1 when none
}

func newNERVocab(t *tokenizer.Tokenizer) nerVocab {
	v := nerVocab{toString: t.ConvertTokensToString, subPrefix: t.ContinuingSubwordPrefix(), unk: -1}
	v.token = func(id int) string { s, _ := t.IDToToken(id); return s }
	if id, ok := t.UnkTokenID(); ok {
		v.unk = id
	}
	return v
}

// gatherTokens is transformers' gather_pre_entities: every non-special
// token with its word, character span and whether it continues the
// previous word. With a continuing_subword_prefix a token is a subword
// when its string is not the text it covers ("##ing" for "ing"); without
// one, when the character before it and its first are both not spaces.
// The unknown token takes the text it covers and starts a word.
func gatherTokens(text []rune, enc *tokenizer.Encoding, probs [][]float64, v nerVocab) []nerToken {
	var out []nerToken
	for i, id := range enc.IDs {
		if i < len(enc.SpecialTokensMask) && enc.SpecialTokensMask[i] == 1 {
			continue
		}
		word := v.token(id)
		s, e := enc.Offsets[i][0], enc.Offsets[i][1]
		ref := runeSlice(text, s, e)
		var sub bool
		if v.subPrefix != "" {
			sub = len([]rune(word)) != len([]rune(ref))
		} else {
			sub = s > 0 && !strings.ContainsRune(runeSlice(text, s-1, s+1), ' ')
		}
		if id == v.unk {
			word, sub = ref, false
		}
		out = append(out, nerToken{word: word, scores: probs[i], start: s, end: e, index: i, isSubword: sub})
	}
	return out
}

// runeSlice is Python's text[a:b] on code points (bounds clamped).
func runeSlice(text []rune, a, b int) string {
	a, b = max(0, min(a, len(text))), max(0, min(b, len(text)))
	if a >= b {
		return ""
	}
	return string(text[a:b])
}

// argmax returns the first index of the largest value (numpy's argmax).
func argmax(v []float64) int {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return best
}

// aggregateEntities is transformers' aggregate + the ignore_labels
// filter: per token (none, simple) or per word (first: the first token's
// label; max: the label of the word's most confident token; average: the
// mean of the words' probabilities), then, except for none, adjacent
// entities of one tag merged (group_entities: a B- tag starts a group;
// the group's score is the mean of its members').
func aggregateEntities(toks []nerToken, strategy string, label func(int) string, toString func([]string) string, ignore []string) ([]Entity, error) {
	var ents []Entity
	switch strategy {
	case AggregateNone, AggregateSimple:
		for _, t := range toks {
			i := argmax(t.scores)
			idx := t.index
			ents = append(ents, Entity{Entity: label(i), Score: t.scores[i], Index: &idx, Word: t.word, Start: t.start, End: t.end})
		}
	case AggregateFirst, AggregateMax, AggregateAverage:
		var word []nerToken
		flush := func() {
			if len(word) > 0 {
				ents = append(ents, aggregateWord(word, strategy, label, toString))
			}
		}
		for _, t := range toks {
			if len(word) > 0 && !t.isSubword {
				flush()
				word = nil
			}
			word = append(word, t)
		}
		flush()
	default:
		return nil, fmt.Errorf("aggregation strategy %q is not one of none, simple, first, average, max", strategy)
	}
	if strategy != AggregateNone {
		ents = groupEntities(ents, toString)
		for i := range ents {
			ents[i].Index = nil
		}
	}
	var out []Entity
	for _, e := range ents {
		drop := false
		for _, l := range ignore {
			if strategy == AggregateNone && e.Entity == l || strategy != AggregateNone && e.EntityGroup == l {
				drop = true
			}
		}
		if !drop {
			out = append(out, e)
		}
	}
	return out, nil
}

// aggregateWord is transformers' aggregate_word.
func aggregateWord(toks []nerToken, strategy string, label func(int) string, toString func([]string) string) Entity {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.word
	}
	var scores []float64
	switch strategy {
	case AggregateFirst:
		scores = toks[0].scores
	case AggregateMax:
		best := 0
		for i, t := range toks {
			if t.scores[argmax(t.scores)] > toks[best].scores[argmax(toks[best].scores)] {
				best = i
			}
		}
		scores = toks[best].scores
	case AggregateAverage:
		scores = make([]float64, len(toks[0].scores))
		for _, t := range toks {
			for j, s := range t.scores {
				scores[j] += s / float64(len(toks))
			}
		}
	}
	i := argmax(scores)
	return Entity{Entity: label(i), Score: scores[i], Word: toString(words), Start: toks[0].start, End: toks[len(toks)-1].end}
}

// entityTag splits "B-PER" into ("B", "PER"), "I-PER" into ("I", "PER");
// other labels continue a group: ("I", label).
func entityTag(label string) (bi, tag string) {
	switch {
	case strings.HasPrefix(label, "B-"):
		return "B", label[2:]
	case strings.HasPrefix(label, "I-"):
		return "I", label[2:]
	}
	return "I", label
}

// groupEntities is transformers' group_entities: runs of entities of one
// tag, each run started by its first member or by a B- tag.
func groupEntities(ents []Entity, toString func([]string) string) []Entity {
	var groups []Entity
	var run []Entity
	flush := func() {
		if len(run) == 0 {
			return
		}
		tag := run[0].Entity
		if i := strings.Index(tag, "-"); i >= 0 {
			tag = tag[i+1:]
		}
		words := make([]string, len(run))
		sum, n := 0.0, 0
		for i, e := range run {
			words[i] = e.Word
			if !math.IsNaN(e.Score) {
				sum, n = sum+e.Score, n+1
			}
		}
		groups = append(groups, Entity{EntityGroup: tag, Score: sum / float64(n), Word: toString(words), Start: run[0].Start, End: run[len(run)-1].End})
	}
	for _, e := range ents {
		if len(run) > 0 {
			bi, tag := entityTag(e.Entity)
			_, last := entityTag(run[len(run)-1].Entity)
			if tag != last || bi == "B" {
				flush()
				run = nil
			}
		}
		run = append(run, e)
	}
	flush()
	return groups
}

// ClassifyTokens runs token-classification (NER) on each text: the
// model's label probabilities per token (softmax), then transformers'
// aggregation (Options.AggregationStrategy, default "none") and the
// ignore-labels filter (Options.IgnoreLabels, default ["O"]). Texts
// longer than the model's positions are an error (no striding).
func (p *Pipeline) ClassifyTokens(ctx context.Context, texts []string) ([][]Entity, error) {
	if p.Task != TokenClassification {
		return nil, fmt.Errorf("pipeline is %s, not %s", p.Task, TokenClassification)
	}
	strategy := p.opts.AggregationStrategy
	if strategy == "" {
		strategy = AggregateNone
	}
	ignore := p.opts.IgnoreLabels
	if ignore == nil {
		ignore = []string{"O"}
	}
	v := newNERVocab(p.Tokenizer)
	label := func(i int) string {
		if i < len(p.labels) {
			return p.labels[i]
		}
		return fmt.Sprintf("LABEL_%d", i)
	}
	results := make([][]Entity, len(texts))
	err := p.batches(ctx, texts, func(start int, e *encoded, out map[string]*tensor.Tensor) error {
		logits, err := rowsOf(out[models.OutputLogits], "logits")
		if err != nil {
			return err
		}
		for r, enc := range e.encs {
			probs := make([][]float64, enc.Len())
			for j := range probs {
				probs[j] = softmax64(logits[r][j])
			}
			toks := gatherTokens([]rune(texts[start+r]), enc, probs, v)
			ents, err := aggregateEntities(toks, strategy, label, v.toString, ignore)
			if err != nil {
				return err
			}
			if ents == nil {
				ents = []Entity{} // prints as [], as transformers' empty list
			}
			results[start+r] = ents
		}
		return nil
	})
	return results, err
}
