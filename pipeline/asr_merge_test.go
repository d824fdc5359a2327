package pipeline

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestLongestCommonSequence checks the stitching of overlapping windows'
// tokens on hand-aligned cases.
func TestLongestCommonSequence(t *testing.T) {
	for _, c := range []struct {
		name string
		in   [][]int
		want []int
	}{
		{"one sequence", [][]int{{1, 2}}, []int{1, 2}},
		{"clean overlap of 2", [][]int{{1, 2, 3, 4}, {3, 4, 5, 6}}, []int{1, 2, 3, 4, 5, 6}},
		{"no overlap: concatenated", [][]int{{1, 2}, {3, 4}}, []int{1, 2, 3, 4}},
		{"one matching token is not an alignment", [][]int{{1, 2, 9}, {9, 5}}, []int{1, 2, 9, 9, 5}},
		// Overlap [3 4 5] / [3 4 7]: 2 of 3 match; cut in the middle, the
		// left window keeps [3], the right one gives [4 7 ...].
		{"overlap with a disagreement", [][]int{{1, 2, 3, 4, 5}, {3, 4, 7, 6, 8}}, []int{1, 2, 3, 4, 7, 6, 8}},
		{"three windows", [][]int{{1, 2, 3}, {2, 3, 4, 5}, {4, 5, 6}}, []int{1, 2, 3, 4, 5, 6}},
		{"empty windows", [][]int{{}, {1, 2}, {}}, []int{1, 2}},
	} {
		got, err := longestCommonSequence(c.in)
		if err != nil || !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, %v; want %v", c.name, got, err, c.want)
		}
	}
}

// testDecoder has timestamps from id 100 (<|0.00|>), special tokens 50..99
// and text tokens that decode to " w<id>".
func testDecoder() asrDecoder {
	return asrDecoder{
		decode: func(ids []int) string {
			var b strings.Builder
			for _, id := range ids {
				fmt.Fprintf(&b, " w%d", id)
			}
			return b.String()
		},
		isSpecial:      func(id int) bool { return id >= 50 && id < 100 },
		timestampBegin: 100, timePrecision: 0.02, segmentSize: 1500,
	}
}

// ts is the timestamp token of s seconds in testDecoder's vocabulary.
func ts(s float64) int { return 100 + int(s/0.02+0.5) }

func f(x float64) *float64 { return &x }

func segString(segs []ASRSegment) string {
	var b strings.Builder
	for _, s := range segs {
		end := "nil"
		if s.Timestamp[1] != nil {
			end = fmt.Sprint(*s.Timestamp[1])
		}
		start := "nil"
		if s.Timestamp[0] != nil {
			start = fmt.Sprint(*s.Timestamp[0])
		}
		fmt.Fprintf(&b, "[%s %s]%q ", start, end, s.Text)
	}
	return b.String()
}

// TestDecodeASR checks _decode_asr's state machine on hand-made windows:
// pairs of timestamps delimit segments, special tokens are dropped, an
// unclosed segment has no end, and with strides a segment cut by a
// window's right edge is held back and closed by the next window's
// timestamps, its text merged across the overlap.
func TestDecodeASR(t *testing.T) {
	d := testDecoder()
	for _, c := range []struct {
		name       string
		windows    []asrWindow
		timestamps bool
		text       string
		segs       []ASRSegment
	}{
		{"segments from timestamp pairs",
			[]asrWindow{{tokens: []int{50, ts(0), 1, 2, ts(1), ts(1), 3, ts(2), 51}}}, true,
			" w1 w2 w3", []ASRSegment{{[2]*float64{f(0), f(1)}, " w1 w2"}, {[2]*float64{f(1), f(2)}, " w3"}}},
		{"no closing timestamp: open end",
			[]asrWindow{{tokens: []int{ts(0), 1, 2}}}, true,
			" w1 w2", []ASRSegment{{[2]*float64{f(0), nil}, " w1 w2"}}},
		{"a repeated start timestamp stays the start",
			[]asrWindow{{tokens: []int{ts(0.5), ts(0.5), 4, ts(0.9)}}}, true,
			" w4", []ASRSegment{{[2]*float64{f(0.5), f(0.9)}, " w4"}}},
		{"without timestamps: windows merged by their common tokens",
			[]asrWindow{{tokens: []int{50, 1, 2, 3, 4, 51}, stride: &[3]float64{30, 0, 5}}, {tokens: []int{50, 3, 4, 5, 6, 51}, stride: &[3]float64{30, 5, 0}}}, false,
			" w1 w2 w3 w4 w5 w6", nil},
		{"a segment across the stride is closed by the next window",
			[]asrWindow{
				// 0-30 s, right stride 25-30 s: the timestamps at 25 s and
				// 29 s are held back, so [10 s, ...] stays open.
				{tokens: []int{ts(0), 1, 2, ts(10), ts(10), 3, 4, ts(25), ts(25), 5, 6, ts(29)}, stride: &[3]float64{30, 0, 5}},
				// 20-50 s, left stride 20-25 s; times are relative to 20 s.
				{tokens: []int{ts(0), 5, 6, 7, ts(8), ts(8), 8, 9, ts(18)}, stride: &[3]float64{30, 5, 0}},
			}, true,
			" w1 w2 w3 w4 w5 w6 w7 w8 w9", []ASRSegment{
				{[2]*float64{f(0), f(10)}, " w1 w2"},
				{[2]*float64{f(10), f(28)}, " w3 w4 w5 w6 w7"},
				{[2]*float64{f(28), f(38)}, " w8 w9"}}},
		{"nothing decoded", []asrWindow{{tokens: []int{50, 51}}}, true, "", []ASRSegment{}},
	} {
		text, segs, err := d.decodeASR(c.windows, c.timestamps)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if text != c.text || segString(segs) != segString(c.segs) || (segs == nil) != (c.segs == nil) {
			t.Errorf("%s:\n got %q %s\nwant %q %s", c.name, text, segString(segs), c.text, segString(c.segs))
		}
	}
}

// TestRound2 checks Python's round(x, 2) on values whose binary form lies
// just below or above the decimal tie.
func TestRound2(t *testing.T) {
	for in, want := range map[float64]float64{0.125: 0.12, 0.375: 0.38, 2.675: 2.67, 1.005: 1.0, 29.98: 29.98, -0.005: -0.01} {
		if got := round2(in); got != want {
			t.Errorf("round2(%v) = %v, want %v", in, got, want)
		}
	}
}
