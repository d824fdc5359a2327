package generate

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
)

// TimestampProcessor is transformers' WhisperTimeStampLogitsProcessor,
// which Whisper's generate adds (after SuppressTokensAtBegin and
// SuppressTokens) when return_timestamps is set. Timestamp tokens are the
// ids from TimestampBegin (no_timestamps_token_id + 1) to the end of the
// vocabulary; <|0.00|> is TimestampBegin and each id after it is
// time_precision (0.02 s) later. Its rules, per row, over the tokens
// generated since BeginIndex (the decoder prompt's length):
//
//   - <|notimestamps|> is never generated;
//   - timestamps come in pairs: after a lone timestamp the next token is a
//     timestamp or EOS or a special token (no text: every id below EOS is
//     banned); after a pair the next token is text or EOS (no timestamp);
//   - timestamps never decrease: below the last one is banned, and the
//     last one itself too unless it is the first of a pair (which it may
//     close with the same time);
//   - the first generated token is a timestamp (every id below
//     TimestampBegin is banned), at most MaxInitialIndex steps after
//     <|0.00|> when MaxInitialIndex >= 0 (max_initial_timestamp_index);
//   - when the probability mass of all timestamps (logsumexp of their
//     log-softmax) exceeds that of the most probable other token, only
//     timestamps are left.
type TimestampProcessor struct {
	NoTimestampsID  int // no_timestamps_token_id
	TimestampBegin  int // NoTimestampsID + 1
	EOS             int // eos_token_id (or bos_token_id when unset), as transformers takes it
	BeginIndex      int // rows' length when the first token is generated
	MaxInitialIndex int // max_initial_timestamp_index; -1: no limit
}

// NewTimestampProcessor builds the processor for a decoder prompt of
// beginIndex tokens from the Whisper settings of generation_config.json.
func NewTimestampProcessor(w WhisperSettings, eos, beginIndex int) (TimestampProcessor, error) {
	if w.NoTimestampsTokenID < 0 {
		return TimestampProcessor{}, errors.New("timestamps need no_timestamps_token_id in generation_config.json (transformers refuses too)")
	}
	if eos < 0 {
		return TimestampProcessor{}, errors.New("timestamps need eos_token_id (or bos_token_id)")
	}
	return TimestampProcessor{NoTimestampsID: w.NoTimestampsTokenID, TimestampBegin: w.NoTimestampsTokenID + 1,
		EOS: eos, BeginIndex: beginIndex, MaxInitialIndex: w.MaxInitialTimestampIndex}, nil
}

// fill sets row[from:to] (clamped to the row) to -inf.
func fill(row []float32, from, to int) {
	from, to = max(from, 0), min(to, len(row))
	for i := from; i < to; i++ {
		row[i] = negInf
	}
}

// Process implements LogitsProcessor.
func (p TimestampProcessor) Process(seqs [][]int, scores [][]float32) {
	tb := p.TimestampBegin
	if tb < 0 {
		return // no timestamps in a vocabulary with negative ids
	}
	for k, row := range scores {
		if inVocab(p.NoTimestampsID, row) {
			row[p.NoTimestampsID] = negInf
		}
		var gen []int
		if k < len(seqs) && len(seqs[k]) > p.BeginIndex {
			gen = seqs[k][p.BeginIndex:]
		}
		n := len(gen)
		last := n >= 1 && gen[n-1] >= tb
		penultimate := n < 2 || gen[n-2] >= tb
		if last {
			if penultimate {
				fill(row, tb, len(row)) // a pair is closed: text next
			} else {
				fill(row, 0, p.EOS) // a pair is open: no text
			}
		}
		lastTS := -1
		for _, id := range gen {
			if id >= tb {
				lastTS = id
			}
		}
		if lastTS >= 0 {
			upto := lastTS + 1 // never <|0.00|> (or any earlier time) again
			if last && !penultimate {
				upto = lastTS // the closing timestamp may repeat the opening one
			}
			fill(row, tb, upto)
		}
	}
	if len(seqs) > 0 && len(seqs[0]) == p.BeginIndex {
		for _, row := range scores {
			fill(row, 0, tb)
			if p.MaxInitialIndex >= 0 {
				fill(row, tb+p.MaxInitialIndex+1, len(row))
			}
		}
	}
	for _, row := range scores {
		if tb >= len(row) {
			continue
		}
		lp := make([]float32, len(row))
		copy(lp, row)
		logSoftmaxInPlace(lp)
		ts := logSumExp(lp[tb:])
		best := math.Inf(-1)
		for _, v := range lp[:tb] {
			best = math.Max(best, float64(v))
		}
		if ts > best {
			fill(row, 0, tb)
		}
	}
}

// logSumExp is log(sum(exp(v))) in float64, rounded to float32 as torch's
// float32 logsumexp returns it; -inf when every value is -inf.
func logSumExp(v []float32) float64 {
	m := math.Inf(-1)
	for _, x := range v {
		m = math.Max(m, float64(x))
	}
	if math.IsInf(m, -1) {
		return m
	}
	s := 0.0
	for _, x := range v {
		s += math.Exp(float64(x) - m)
	}
	return float64(float32(m + math.Log(s)))
}

// WhisperSettings are the Whisper-only fields of generation_config.json
// that transformers' WhisperForConditionalGeneration.generate reads (the
// generic fields are Config's).
type WhisperSettings struct {
	// NoTimestampsTokenID is no_timestamps_token_id (-1: absent; then
	// timestamps cannot be asked for).
	NoTimestampsTokenID int
	// MaxInitialTimestampIndex is max_initial_timestamp_index (-1: absent,
	// no limit on the first timestamp).
	MaxInitialTimestampIndex int
	// IsMultilingual is is_multilingual (nil: absent). An English-only
	// model (false) takes no language or task.
	IsMultilingual *bool
	// LangToID and TaskToID are lang_to_id ("<|en|>": id) and task_to_id
	// ("transcribe": id); nil when absent.
	LangToID map[string]int
	TaskToID map[string]int
}

// LoadWhisperSettings reads dir/generation_config.json's Whisper fields;
// a missing file gives the zero settings (no timestamps, no languages).
// Errors name the file and field.
func LoadWhisperSettings(dir string) (WhisperSettings, error) {
	w := WhisperSettings{NoTimestampsTokenID: -1, MaxInitialTimestampIndex: -1}
	p := filepath.Join(dir, "generation_config.json")
	data, err := os.ReadFile(p)
	if errors.Is(err, os.ErrNotExist) {
		return w, nil
	} else if err != nil {
		return w, err
	}
	if err := w.parse(data); err != nil {
		return w, fmt.Errorf("%s: %w", p, err)
	}
	return w, nil
}

// ParseWhisperSettings reads the Whisper fields of a generation_config.json
// document.
func ParseWhisperSettings(data []byte) (WhisperSettings, error) {
	w := WhisperSettings{NoTimestampsTokenID: -1, MaxInitialTimestampIndex: -1}
	return w, w.parse(data)
}

// maxTokenID bounds the ids and indices read from the file, so that sums
// of them cannot overflow.
const maxTokenID = 1 << 31

func (w *WhisperSettings) parse(data []byte) error {
	var raw struct {
		NoTimestamps   *int           `json:"no_timestamps_token_id"`
		MaxInitial     *int           `json:"max_initial_timestamp_index"`
		IsMultilingual *bool          `json:"is_multilingual"`
		LangToID       map[string]int `json:"lang_to_id"`
		TaskToID       map[string]int `json:"task_to_id"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("Whisper fields: %v", err)
	}
	if raw.NoTimestamps != nil {
		if *raw.NoTimestamps < 0 || *raw.NoTimestamps >= maxTokenID {
			return fmt.Errorf("field no_timestamps_token_id: %d is not a token id in [0, %d)", *raw.NoTimestamps, maxTokenID)
		}
		w.NoTimestampsTokenID = *raw.NoTimestamps
	}
	if raw.MaxInitial != nil {
		if *raw.MaxInitial < 0 || *raw.MaxInitial >= maxTokenID {
			return fmt.Errorf("field max_initial_timestamp_index: %d is not in [0, %d)", *raw.MaxInitial, maxTokenID)
		}
		w.MaxInitialTimestampIndex = *raw.MaxInitial
	}
	w.IsMultilingual, w.LangToID, w.TaskToID = raw.IsMultilingual, raw.LangToID, raw.TaskToID
	return nil
}
