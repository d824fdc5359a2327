package pipeline

import (
	"math"
	"reflect"
	"testing"

	"github.com/kiln-ml/kiln/tokenizer"
)

// qaCase is [CLS] q1 q2 [SEP] the quick brown ##fox jumps [SEP] over the
// context "the quick brownfox jumps", brown and ##fox one word.
func qaCase() ([]rune, *qaWindow) {
	ctx := []rune("the quick brownfox jumps")
	enc := &tokenizer.Encoding{IDs: []int{101, 7, 8, 102, 20, 21, 22, 23, 24, 102},
		Offsets: [][2]int{{0, 0}, {0, 3}, {4, 6}, {0, 0}, {0, 3}, {4, 9}, {10, 15}, {15, 18}, {19, 24}, {0, 0}}}
	w := &qaWindow{enc: enc,
		desired: []bool{true, false, false, false, true, true, true, true, true, false},
		word:    []int{-1, -1, -1, -1, 0, 1, 2, 2, 3, -1}}
	for i := range w.desired {
		w.pMask = append(w.pMask, !w.desired[i])
	}
	return ctx, w
}

// TestQASpanSearch checks the span search against probabilities worked
// out by hand: softmax over the context tokens and [CLS] (question and
// separator logits are masked), spans scored p_start * p_end, words
// widened, top-k ordering, max_answer_len and the null answer.
func TestQASpanSearch(t *testing.T) {
	ctx, w := qaCase()
	start := []float64{0, 5, 0, 0, 0, 1, 4, 0, 0, 0} // the question's 5 is masked
	end := []float64{0, 0, 0, 0, 0, 0, 3, 2, 0, 5}   // the [SEP]'s 5 is masked
	e := math.Exp
	s1 := 4 + e(1) + e(4) // start softmax over [CLS], the, quick, brown, ##fox, jumps
	s2 := 4 + e(2) + e(3)
	o := qaSpanOptions{topK: 1, maxAnswerLen: 15}
	got := qaAnswers(ctx, []*qaWindow{w}, [][]float64{start}, [][]float64{end}, o, true)
	want := []Answer{{Score: e(4) / s1 * e(3) / s2, Start: 10, End: 18, Answer: "brownfox"}}
	checkAnswers(t, "top-1 aligned", got, want)

	got = qaAnswers(ctx, []*qaWindow{w}, [][]float64{start}, [][]float64{end}, o, false)
	checkAnswers(t, "top-1 token offsets", got, []Answer{{Score: want[0].Score, Start: 10, End: 15, Answer: "brown"}})

	// Top 3: (brown, brown), (brown, ##fox), then (quick, brown) and
	// (brown, jumps) tie at e^4: the lower start comes first.
	o.topK = 3
	got = qaAnswers(ctx, []*qaWindow{w}, [][]float64{start}, [][]float64{end}, o, true)
	checkAnswers(t, "top-3", got, []Answer{
		want[0],
		{Score: e(4) / s1 * e(2) / s2, Start: 10, End: 18, Answer: "brownfox"},
		{Score: e(1) / s1 * e(3) / s2, Start: 4, End: 18, Answer: "quick brownfox"},
	})

	// max_answer_len 1: only one-token spans.
	o.maxAnswerLen = 1
	got = qaAnswers(ctx, []*qaWindow{w}, [][]float64{start}, [][]float64{end}, o, false)
	checkAnswers(t, "max_answer_len 1", got, []Answer{
		{Score: e(4) / s1 * e(3) / s2, Start: 10, End: 15, Answer: "brown"},
		{Score: 1 / s1 * e(2) / s2, Start: 15, End: 18, Answer: "fox"},
		{Score: e(1) / s1 * 1 / s2, Start: 4, End: 9, Answer: "quick"},
	})

	// handle_impossible_answer: the null score p_start[CLS] * p_end[CLS]
	// wins when [CLS] has the largest logits.
	o = qaSpanOptions{topK: 2, maxAnswerLen: 15, handleNoAnswer: true}
	cs := append([]float64(nil), start...)
	ce := append([]float64(nil), end...)
	cs[0], ce[0] = 10, 10
	got = qaAnswers(ctx, []*qaWindow{w}, [][]float64{cs}, [][]float64{ce}, o, true)
	n1, n2 := 3+e(10)+e(1)+e(4), 3+e(10)+e(2)+e(3)
	checkAnswers(t, "impossible", got, []Answer{
		{Score: e(10) / n1 * e(10) / n2},
		{Score: e(4) / n1 * e(3) / n2, Start: 10, End: 18, Answer: "brownfox"},
	})

	// Two windows: answers from both, sorted by score.
	o = qaSpanOptions{topK: 2, maxAnswerLen: 15}
	end2 := []float64{0, 0, 0, 0, 0, 0, 0, 0, 9, 0} // the second window is sure of "jumps"
	start2 := []float64{0, 0, 0, 0, 0, 0, 0, 0, 9, 0}
	got = qaAnswers(ctx, []*qaWindow{w, w}, [][]float64{start, start2}, [][]float64{end, end2}, o, true)
	s3 := 5 + e(9)
	checkAnswers(t, "two windows", got, []Answer{
		{Score: e(9) / s3 * e(9) / s3, Start: 19, End: 24, Answer: "jumps"},
		want[0],
	})
}

func checkAnswers(t *testing.T, what string, got, want []Answer) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: got %+v, want %+v", what, got, want)
	}
	for i := range want {
		g := got[i]
		if math.Abs(g.Score-want[i].Score) > 1e-12*math.Max(1, want[i].Score) {
			t.Errorf("%s[%d]: score %.15g, want %.15g", what, i, g.Score, want[i].Score)
		}
		g.Score = want[i].Score
		if !reflect.DeepEqual(g, want[i]) {
			t.Errorf("%s[%d]: %+v, want %+v", what, i, g, want[i])
		}
	}
}
