package pipeline

import (
	"errors"
	"fmt"
	"strconv"
)

// The automatic-speech-recognition pipeline's merge of its chunks'
// tokens, as transformers' WhisperTokenizer._decode_asr does it for
// Whisper (the pipeline's postprocess hands it every chunk's generated
// tokens with its stride in seconds).

// ASRSegment is one timed piece of a transcription: transformers'
// {"timestamp": (start, end), "text"} chunk. End is nil when the model
// predicted no closing timestamp (transformers' None).
type ASRSegment struct {
	Timestamp [2]*float64 `json:"timestamp"`
	Text      string      `json:"text"`
}

// asrWindow is one chunk's output: its generated tokens (decoder prompt
// included or not: special tokens are skipped) and, for chunked audio,
// its stride (length, left, right) in seconds.
type asrWindow struct {
	tokens []int
	stride *[3]float64
}

// asrDecoder holds what the merge needs from the tokenizer and the model.
type asrDecoder struct {
	// decode turns text tokens into text (special tokens skipped).
	decode func([]int) string
	// isSpecial reports the tokens _decode_asr ignores (the tokenizer's
	// special tokens: <|endoftext|>, <|startoftranscript|>, languages,
	// tasks, <|notimestamps|>, ...). Timestamps are not special.
	isSpecial func(int) bool
	// timestampBegin is <|0.00|>'s id (<|notimestamps|> + 1).
	timestampBegin int
	// timePrecision is seconds per timestamp step: chunk_length /
	// max_source_positions (30 / 1500 = 0.02).
	timePrecision float64
	// segmentSize is the timestamp steps of one generation window
	// (_decode_asr's segment_size, 1500): the time a window's segment
	// that ended in a single timestamp is taken to cover.
	segmentSize int
}

// round2 is Python's round(x, 2): the nearest multiple of 0.01 to x's
// exact binary value, ties to even (Go's 'f' formatting rounds the same
// way).
func round2(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 2, 64), 64)
	return v
}

// decodeASR merges the windows' tokens into the text and, with
// timestamps, its segments, as _decode_asr (return_language false).
// Text between a segment's timestamps is merged across overlapping
// windows with longestCommonSequence; timestamps that fall inside a
// window's strides are held back, so that a segment cut by a window's
// edge is closed by the next window's timestamps.
func (d asrDecoder) decodeASR(windows []asrWindow, timestamps bool) (string, []ASRSegment, error) {
	var segs []ASRSegment
	seg := ASRSegment{}
	timeOffset := 0.0
	tb := d.timestampBegin
	var previous [][]int
	skip := false
	flush := func(current []int) error {
		previous = append(previous, current)
		resolved, err := longestCommonSequence(previous)
		if err != nil {
			return err
		}
		seg.Text = d.decode(resolved)
		segs = append(segs, seg)
		return nil
	}
	for _, w := range windows {
		lastTimestamp := -1 // a token id; -1: none
		firstTimestamp := float64(tb)
		var chunkLen, strideRight float64
		if w.stride != nil {
			var strideLeft float64
			chunkLen, strideLeft, strideRight = w.stride[0], w.stride[1], w.stride[2]
			timeOffset -= strideLeft
			rightStrideStart := chunkLen - strideRight
			if strideLeft != 0 {
				firstTimestamp = strideLeft/d.timePrecision + float64(tb)
			}
			if strideRight != 0 {
				for i := len(w.tokens) - 1; i >= 0; i-- {
					tok := w.tokens[i]
					if tok < tb {
						continue
					}
					// Several timestamps may sit in the right stride; the
					// last one is always held back.
					if lastTimestamp >= 0 && float64(tok-tb)*d.timePrecision < rightStrideStart {
						break
					}
					lastTimestamp = tok
				}
			}
		}
		var current []int
		// A window's tokens may be several generations (Whisper's segment
		// loop), each with timestamps from 0: a timestamp below the
		// previous one starts the next, and prevSegmentsLen shifts it.
		curMax, penultimate, prevSegmentsLen := 0.0, 0.0, 0.0
		for i, tok := range w.tokens {
			switch {
			case d.isSpecial(tok):
				// Language, task and other special tokens carry no text.
			case tok >= tb:
				ts := float64(tok-tb) * d.timePrecision
				if ts < curMax {
					singleEnding := i >= 2 && !(w.tokens[i-1] >= tb && w.tokens[i-2] >= tb)
					if singleEnding {
						prevSegmentsLen += d.timePrecision * float64(d.segmentSize)
					} else {
						curMax = penultimate
						prevSegmentsLen += penultimate
					}
				}
				penultimate, curMax = curMax, ts
				t := round2(float64(tok-tb)*d.timePrecision + timeOffset + prevSegmentsLen)
				switch {
				case lastTimestamp >= 0 && tok >= lastTimestamp:
					// Inside the right stride: resolved by the next window.
					// Timestamps come in pairs, so skip the next one too.
					skip = true
				case skip || (len(previous) > 0 && float64(tok) < firstTimestamp):
					skip = false
				case seg.Timestamp[0] == nil:
					seg.Timestamp[0] = &t
				case t == *seg.Timestamp[0]:
					// A repeated start: the model's duplicate, taken as
					// the start again.
				default:
					seg.Timestamp[1] = &t
					if err := flush(current); err != nil {
						return "", nil, err
					}
					previous, current, seg = nil, nil, ASRSegment{}
				}
			default:
				current = append(current, tok)
			}
		}
		if w.stride != nil {
			timeOffset += chunkLen - strideRight
		}
		if len(current) > 0 {
			previous = append(previous, current)
		} else if !anyNonEmpty(previous) {
			seg, previous = ASRSegment{}, nil
		}
	}
	if len(previous) > 0 {
		// No closing timestamp (or no timestamps at all): one segment
		// with an open end.
		resolved, err := longestCommonSequence(previous)
		if err != nil {
			return "", nil, err
		}
		seg.Text = d.decode(resolved)
		segs = append(segs, seg)
	}
	text := ""
	for _, s := range segs {
		text += s.Text
	}
	if !timestamps {
		return text, nil, nil
	}
	if segs == nil {
		segs = []ASRSegment{}
	}
	return text, segs, nil
}

func anyNonEmpty(xs [][]int) bool {
	for _, x := range xs {
		if len(x) > 0 {
			return true
		}
	}
	return false
}

// longestCommonSequence stitches token sequences of overlapping windows
// as transformers' whisper _find_longest_common_sequence: each next
// sequence is slid along the text so far; the alignment with the best
// score (matches / overlap + overlap / 10000, so long perfect matches
// win; at least 2 matching tokens) is cut in the middle of the overlap,
// the left sequence trusted for the left half and the right one for the
// right half. Without an alignment the sequences are concatenated.
func longestCommonSequence(seqs [][]int) ([]int, error) {
	if len(seqs) == 0 {
		return nil, nil
	}
	left := seqs[0]
	var total []int
	for _, right := range seqs[1:] {
		ll, rl := len(left), len(right)
		best := 0.0
		bounds := [4]int{ll, ll, 0, 0}
		for i := 1; i < ll+rl; i++ {
			eps := float64(i) / 10000
			ls, le := max(0, ll-i), min(ll, ll+rl-i)
			rs, re := max(0, i-ll), min(rl, i)
			if le-ls != re-rs {
				return nil, errors.New("asr merge: overlap lengths differ (a bug)")
			}
			matches := 0
			for j := 0; j < le-ls; j++ {
				if left[ls+j] == right[rs+j] {
					matches++
				}
			}
			score := float64(matches)/float64(i) + eps
			if matches > 1 && score > best {
				best = score
				bounds = [4]int{ls, le, rs, re}
			}
		}
		leftMid := (bounds[0] + bounds[1]) / 2
		rightMid := (bounds[2] + bounds[3]) / 2
		total = append(total, left[:leftMid]...)
		left = right[rightMid:]
	}
	return append(total, left...), nil
}

// strideSeconds converts a chunk's stride in samples to seconds, as the
// pipeline's postprocess does before _decode_asr.
func strideSeconds(length, left, right, rate int) *[3]float64 {
	r := float64(rate)
	return &[3]float64{float64(length) / r, float64(left) / r, float64(right) / r}
}

// errWordTimestamps refuses word-level timestamps by name.
var errWordTimestamps = fmt.Errorf("return_timestamps %q is not supported: word timestamps need Whisper's cross-attention alignment heads and dynamic time warping; use true (segment timestamps)", "word")
