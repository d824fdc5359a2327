package pipeline

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/tokenizer"
)

// wordPieceString is a WordPiece decoder for the tests: "##" pieces join
// the previous token, others are separated by a space.
func wordPieceString(toks []string) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			if strings.HasPrefix(t, "##") {
				t = t[2:]
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(t)
	}
	return b.String()
}

// nerCase is "Hugging Face is in Paris" as [CLS] Hug ##ging Face is in
// Paris [SEP] with hand-made label probabilities (O, B-ORG, I-ORG, B-LOC,
// I-LOC) chosen so every strategy answers differently.
func nerCase(prefix string) ([]rune, *tokenizer.Encoding, [][]float64, nerVocab) {
	text := []rune("Hugging Face is in Paris")
	toks := []string{"[CLS]", "Hug", "##ging", "Face", "is", "in", "Paris", "[SEP]"}
	enc := &tokenizer.Encoding{IDs: []int{0, 1, 2, 3, 4, 5, 6, 7}, Tokens: toks,
		Offsets:           [][2]int{{0, 0}, {0, 3}, {3, 7}, {8, 12}, {13, 15}, {16, 18}, {19, 24}, {0, 0}},
		SpecialTokensMask: []int{1, 0, 0, 0, 0, 0, 0, 1}}
	probs := [][]float64{
		{1, 0, 0, 0, 0},
		{0.1, 0.6, 0.2, 0.05, 0.05}, // Hug: B-ORG
		{0.05, 0.05, 0.1, 0.8, 0.0}, // ##ging: B-LOC, more confident
		{0.1, 0.1, 0.7, 0.05, 0.05}, // Face: I-ORG
		{0.9, 0.025, 0.025, 0.025, 0.025},
		{0.8, 0.05, 0.05, 0.05, 0.05},
		{0.1, 0.0, 0.0, 0.7, 0.2}, // Paris: B-LOC
		{1, 0, 0, 0, 0},
	}
	v := nerVocab{token: func(id int) string { return toks[id] }, toString: wordPieceString, subPrefix: prefix, unk: -1}
	return text, enc, probs, v
}

var nerLabels = []string{"O", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}

func intp(i int) *int { return &i }

// TestAggregateEntities checks every aggregation strategy against
// results worked out by hand from transformers' rules.
func TestAggregateEntities(t *testing.T) {
	text, enc, probs, v := nerCase("##")
	toks := gatherTokens(text, enc, probs, v)
	label := func(i int) string { return nerLabels[i] }
	cases := map[string][]Entity{
		AggregateNone: {
			{Entity: "B-ORG", Score: 0.6, Index: intp(1), Word: "Hug", Start: 0, End: 3},
			{Entity: "B-LOC", Score: 0.8, Index: intp(2), Word: "##ging", Start: 3, End: 7},
			{Entity: "I-ORG", Score: 0.7, Index: intp(3), Word: "Face", Start: 8, End: 12},
			{Entity: "B-LOC", Score: 0.7, Index: intp(6), Word: "Paris", Start: 19, End: 24},
		},
		// Tokens grouped by tag; B- starts a new group.
		AggregateSimple: {
			{EntityGroup: "ORG", Score: 0.6, Word: "Hug", Start: 0, End: 3},
			{EntityGroup: "LOC", Score: 0.8, Word: "##ging", Start: 3, End: 7},
			{EntityGroup: "ORG", Score: 0.7, Word: "Face", Start: 8, End: 12},
			{EntityGroup: "LOC", Score: 0.7, Word: "Paris", Start: 19, End: 24},
		},
		// "Hugging" takes Hug's label; B-ORG + I-ORG group into one.
		AggregateFirst: {
			{EntityGroup: "ORG", Score: 0.65, Word: "Hugging Face", Start: 0, End: 12},
			{EntityGroup: "LOC", Score: 0.7, Word: "Paris", Start: 19, End: 24},
		},
		// "Hugging" takes ##ging's label (0.8 > 0.6).
		AggregateMax: {
			{EntityGroup: "LOC", Score: 0.8, Word: "Hugging", Start: 0, End: 7},
			{EntityGroup: "ORG", Score: 0.7, Word: "Face", Start: 8, End: 12},
			{EntityGroup: "LOC", Score: 0.7, Word: "Paris", Start: 19, End: 24},
		},
		// Mean of Hug and ##ging: B-LOC 0.425 beats B-ORG 0.325.
		AggregateAverage: {
			{EntityGroup: "LOC", Score: 0.425, Word: "Hugging", Start: 0, End: 7},
			{EntityGroup: "ORG", Score: 0.7, Word: "Face", Start: 8, End: 12},
			{EntityGroup: "LOC", Score: 0.7, Word: "Paris", Start: 19, End: 24},
		},
	}
	for strategy, want := range cases {
		got, err := aggregateEntities(toks, strategy, label, v.toString, []string{"O"})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Errorf("%s: got %d entities %+v, want %d", strategy, len(got), got, len(want))
			continue
		}
		for i := range want {
			g, w := got[i], want[i]
			if math.Abs(g.Score-w.Score) > 1e-12 {
				t.Errorf("%s[%d]: score %v, want %v", strategy, i, g.Score, w.Score)
			}
			g.Score = w.Score
			if !reflect.DeepEqual(g, w) {
				t.Errorf("%s[%d]: %+v, want %+v", strategy, i, g, w)
			}
		}
	}
	// Without ignored labels, "O" groups appear: "is in" is one O group.
	got, _ := aggregateEntities(toks, AggregateFirst, label, v.toString, []string{})
	if len(got) != 3 || got[1].EntityGroup != "O" || got[1].Word != "is in" || math.Abs(got[1].Score-0.85) > 1e-12 {
		t.Errorf("first without ignore labels: %+v", got)
	}
	if _, err := aggregateEntities(toks, "longest", label, v.toString, nil); err == nil {
		t.Error("unknown strategy accepted")
	}
}

// TestGatherTokensSubwords: with a continuing_subword_prefix a token is a
// subword when its string and its text differ in length; without one,
// when neither the character before it nor its first is a space; the
// unknown token takes its text and starts a word.
func TestGatherTokensSubwords(t *testing.T) {
	text, enc, probs, v := nerCase("##")
	var subs []bool
	for _, tk := range gatherTokens(text, enc, probs, v) {
		subs = append(subs, tk.isSubword)
	}
	if want := []bool{false, true, false, false, false, false}; !reflect.DeepEqual(subs, want) {
		t.Errorf("with ##: subwords %v, want %v", subs, want)
	}
	// Byte-level BPE style: no prefix, token strings keep their space.
	v.subPrefix = ""
	subs = nil
	for _, tk := range gatherTokens(text, enc, probs, v) {
		subs = append(subs, tk.isSubword)
	}
	if want := []bool{false, true, false, false, false, false}; !reflect.DeepEqual(subs, want) {
		t.Errorf("heuristic: subwords %v, want %v", subs, want)
	}
	v.subPrefix, v.unk = "##", 2
	toks := gatherTokens(text, enc, probs, v)
	if toks[1].word != "ging" || toks[1].isSubword {
		t.Errorf("unknown token: %+v", toks[1])
	}
}
