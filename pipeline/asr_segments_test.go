package pipeline

import (
	"slices"
	"testing"
)

// TestSegmentCut checks _retrieve_segment's decision on hand-made
// generations (timestamps from id 100, 2 mel frames per step, a fresh
// 3000-frame window).
func TestSegmentCut(t *testing.T) {
	const tb, frames, stride = 100, 3000, 2
	for _, c := range []struct {
		name          string
		gen           []int
		keep, advance int
	}{
		{"text only: all kept, window done", []int{1, 2, 3}, 3, frames},
		{"single timestamps only: window done", []int{tb + 5, 1, tb + 9, 2}, 4, frames},
		{"ends in a single timestamp: window done", []int{tb, 1, tb + 7, tb + 7, 2, tb + 9}, 6, frames},
		// The fixture's chunk with timestamps: text after the pair
		// <|30.02|><|30.02|> is dropped; seek 3002 ends the window.
		{"text after the last pair is dropped", []int{tb + 48, 1, tb + 1501, tb + 1501, 7, 7}, 4, 3002},
		// The fixture's chunk 1 without timestamps: <|15.08|> three times
		// at the end; seek moves to 15.08 s and the window goes on.
		{"ends in a pair: seek to it", []int{1, 2, tb + 754, tb + 754, tb + 754}, 5, 1508},
		{"one token", []int{tb + 3}, 1, frames},
		{"nothing", nil, 0, frames},
	} {
		keep, advance := segmentCut(c.gen, tb, frames, stride)
		if keep != c.keep || advance != c.advance {
			t.Errorf("%s: keep %d advance %d, want %d %d", c.name, keep, advance, c.keep, c.advance)
		}
	}
	// A later window piece: the whole rest is consumed.
	if keep, advance := segmentCut([]int{1, 2}, tb, 1492, stride); keep != 2 || advance != 1492 {
		t.Errorf("rest of window: keep %d advance %d, want 2 1492", keep, advance)
	}
}

// TestTrimGenerated checks that trailing EOS and padding go and that an
// EOS is reported.
func TestTrimGenerated(t *testing.T) {
	const eos, pad = 9, 8
	for _, c := range []struct {
		in    []int
		want  []int
		ended bool
	}{
		{[]int{1, 2, eos, pad, pad}, []int{1, 2}, true},
		{[]int{1, 2}, []int{1, 2}, false},
		{[]int{1, pad}, []int{1}, false},
		{[]int{eos}, []int{}, true},
	} {
		got, ended := trimGenerated(c.in, eos, pad)
		if !slices.Equal(got, c.want) || ended != c.ended {
			t.Errorf("trimGenerated(%v) = %v %v, want %v %v", c.in, got, ended, c.want, c.ended)
		}
	}
}

// TestSegmentFeatures checks the cut from frame seek with zero padding,
// bin by bin.
func TestSegmentFeatures(t *testing.T) {
	feats := []float32{1, 2, 3, 4, 11, 12, 13, 14} // 2 bins x 4 frames
	if got := segmentFeatures(feats, 2, 4, 0); !slices.Equal(got, feats) {
		t.Errorf("seek 0: %v", got)
	}
	if got, want := segmentFeatures(feats, 2, 4, 3), []float32{4, 0, 0, 0, 14, 0, 0, 0}; !slices.Equal(got, want) {
		t.Errorf("seek 3: %v, want %v", got, want)
	}
}

// TestDecodeASRLongForm checks _decode_asr on a window holding two
// generations (Whisper's segment loop): timestamps that fall back to a
// lower value belong to the next generation and are shifted by where
// the previous one stopped (its last pair), or by a whole 30-s window
// after a single-timestamp ending.
func TestDecodeASRLongForm(t *testing.T) {
	d := testDecoder()
	for _, c := range []struct {
		name   string
		tokens []int
		segs   []ASRSegment
	}{
		// The pair's second <|15.00|> opens a segment that the next
		// generation's first timestamp (1 s, shifted to 16 s) closes
		// empty; <|4.00|> (19 s) then opens one that nothing closes.
		{"after a pair: shifted by the pair's time",
			[]int{ts(0), 1, ts(10), ts(10), 2, ts(15), ts(15), ts(1), 3, ts(4)},
			[]ASRSegment{{[2]*float64{f(0), f(10)}, " w1"}, {[2]*float64{f(10), f(15)}, " w2"}, {[2]*float64{f(15), f(16)}, ""}, {[2]*float64{f(19), nil}, " w3"}}},
		{"after a single ending: shifted by 30 s",
			[]int{ts(0), 1, ts(10), ts(2), 3, ts(4)},
			[]ASRSegment{{[2]*float64{f(0), f(10)}, " w1"}, {[2]*float64{f(32), f(34)}, " w3"}}},
	} {
		_, segs, err := d.decodeASR([]asrWindow{{tokens: c.tokens}}, true)
		if err != nil {
			t.Fatal(err)
		}
		if segString(segs) != segString(c.segs) {
			t.Errorf("%s:\n got %s\nwant %s", c.name, segString(segs), segString(c.segs))
		}
	}
}
