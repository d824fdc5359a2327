package generate_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/generate"
)

// TestTimestampProcessorRules checks WhisperTimeStampLogitsProcessor's
// rules one at a time on a 10-token vocabulary: EOS 3, <|notimestamps|> 5,
// timestamps 6..9 (<|0.00|> .. <|0.06|>), a decoder prompt of 2 tokens.
func TestTimestampProcessorRules(t *testing.T) {
	p := generate.TimestampProcessor{NoTimestampsID: 5, TimestampBegin: 6, EOS: 3, BeginIndex: 2, MaxInitialIndex: -1}
	limited := p
	limited.MaxInitialIndex = 1
	for _, c := range []struct {
		name string
		p    generate.TimestampProcessor
		seq  []int
		in   []float32
		want []float32
	}{
		{"first token is a timestamp, <|notimestamps|> never",
			p, []int{0, 1}, []float32{9, 9, 9, 9, 9, 9, 0, 0, 0, 0}, []float32{inf, inf, inf, inf, inf, inf, 0, 0, 0, 0}},
		{"max_initial_timestamp_index bounds the first timestamp",
			limited, []int{0, 1}, []float32{0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, []float32{inf, inf, inf, inf, inf, inf, 0, 0, inf, inf}},
		{"after the opening timestamp alone: text or EOS, no timestamp",
			p, []int{0, 1, 6}, []float32{2, 2, 2, 2, 2, 2, 0, 0, 0, 0}, []float32{2, 2, 2, 2, 2, inf, inf, inf, inf, inf}},
		{"a lone timestamp after text: no text, same or later time closes it",
			p, []int{0, 1, 6, 0, 7}, []float32{5, 5, 5, 2, 2, 2, 0, 0, 0, 0}, []float32{inf, inf, inf, 2, 2, inf, inf, 0, 0, 0}},
		{"a closed pair: text or EOS next, never a timestamp",
			p, []int{0, 1, 6, 0, 7, 7}, []float32{1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, []float32{1, 1, 1, 1, 1, inf, inf, inf, inf, inf}},
		{"timestamps do not go back: below and at the last are banned after text",
			p, []int{0, 1, 6, 0, 7, 7, 1}, []float32{1, 1, 1, 1, 1, 1, 0, 0, 0, 0}, []float32{1, 1, 1, 1, 1, inf, inf, inf, 0, 0}},
		{"timestamp mass above the best text token forces a timestamp",
			p, []int{0, 1, 6, 0, 7, 7, 1}, []float32{0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0, 0, 0, 0}, []float32{inf, inf, inf, inf, inf, inf, inf, inf, 0, 0}},
		{"timestamp mass below the best text token leaves text",
			p, []int{0, 1, 6, 0}, []float32{3, 0, 0, 0, 0, 0, 1, 1, 1, 1}, []float32{3, 0, 0, 0, 0, inf, inf, 1, 1, 1}},
	} {
		row := append([]float32(nil), c.in...)
		c.p.Process([][]int{c.seq}, [][]float32{row})
		if !slices.Equal(row, c.want) {
			t.Errorf("%s: seq %v:\n got %v\nwant %v", c.name, c.seq, row, c.want)
		}
	}
}

// TestTimestampProcessorRows checks that each row follows its own tokens.
func TestTimestampProcessorRows(t *testing.T) {
	p := generate.TimestampProcessor{NoTimestampsID: 5, TimestampBegin: 6, EOS: 3, BeginIndex: 1, MaxInitialIndex: -1}
	seqs := [][]int{{0, 6, 1}, {0, 6, 1, 8}}
	scores := [][]float32{{2, 2, 2, 2, 2, 2, 0, 0, 0, 0}, {2, 2, 2, 2, 2, 2, 0, 0, 0, 0}}
	p.Process(seqs, scores)
	want := [][]float32{{2, 2, 2, 2, 2, inf, inf, 0, 0, 0}, {inf, inf, inf, 2, 2, inf, inf, inf, 0, 0}}
	for i := range want {
		if !slices.Equal(scores[i], want[i]) {
			t.Errorf("row %d: %v, want %v", i, scores[i], want[i])
		}
	}
}

// TestWhisperSettings reads generation_config.json's Whisper fields.
func TestWhisperSettings(t *testing.T) {
	w, err := generate.ParseWhisperSettings([]byte(`{"no_timestamps_token_id": 50363, "max_initial_timestamp_index": 50,
		"is_multilingual": true, "lang_to_id": {"<|en|>": 50259}, "task_to_id": {"transcribe": 50359}}`))
	if err != nil || w.NoTimestampsTokenID != 50363 || w.MaxInitialTimestampIndex != 50 || w.IsMultilingual == nil || !*w.IsMultilingual ||
		w.LangToID["<|en|>"] != 50259 || w.TaskToID["transcribe"] != 50359 {
		t.Errorf("settings %+v, %v", w, err)
	}
	w, err = generate.ParseWhisperSettings([]byte(`{}`))
	if err != nil || w.NoTimestampsTokenID != -1 || w.MaxInitialTimestampIndex != -1 {
		t.Errorf("empty settings %+v, %v", w, err)
	}
	if _, err := generate.NewTimestampProcessor(w, 50256, 1); err == nil || !strings.Contains(err.Error(), "no_timestamps_token_id") {
		t.Errorf("timestamps without no_timestamps_token_id: %v", err)
	}
	for js, field := range map[string]string{`{"no_timestamps_token_id": -2}`: "no_timestamps_token_id", `{"max_initial_timestamp_index": -1}`: "max_initial_timestamp_index", `{"lang_to_id": 3}`: "Whisper"} {
		if _, err := generate.ParseWhisperSettings([]byte(js)); err == nil || !strings.Contains(err.Error(), field) {
			t.Errorf("%s: error %v, want one naming %s", js, err, field)
		}
	}
}

// FuzzWhisperSettings feeds arbitrary generation_config.json contents to
// the Whisper fields' parser: no panic, and accepted settings give a
// timestamp processor that runs on any row.
func FuzzWhisperSettings(f *testing.F) {
	for _, s := range []string{`{}`, `null`, `{"no_timestamps_token_id": 5, "max_initial_timestamp_index": 2}`,
		`{"no_timestamps_token_id": 50363, "is_multilingual": true, "lang_to_id": {"<|en|>": 50259}, "task_to_id": {"transcribe": 50359}}`,
		`{"no_timestamps_token_id": 9223372036854775807}`, `{"max_initial_timestamp_index": 1e300}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := generate.ParseWhisperSettings(data)
		if err != nil {
			return
		}
		if w.NoTimestampsTokenID < -1 || w.MaxInitialTimestampIndex < -1 {
			t.Fatalf("accepted negative settings %+v", w)
		}
		p, err := generate.NewTimestampProcessor(w, 3, 1)
		if err != nil {
			return
		}
		row := make([]float32, 16)
		p.Process([][]int{{0}, {0}}, [][]float32{row, make([]float32, 16)})
		p.Process([][]int{{0, 7, 12, 15}}, [][]float32{row})
	})
}

// TestCustomProcessorsOrder checks where LogitsProcessors' processors run:
// after the configured processors (begin suppress tokens last of them) and
// before the sampling warpers, as transformers merges logits_processor.
func TestCustomProcessorsOrder(t *testing.T) {
	c := generate.DefaultConfig()
	c.DoSample, c.Temperature, c.TopK = true, 0.5, 0
	c.BeginSuppressTokens = []int{1}
	ts := generate.TimestampProcessor{NoTimestampsID: 5, TimestampBegin: 6, EOS: 3, BeginIndex: 1, MaxInitialIndex: -1}
	ps := generate.ProcessorsWith(&c, 1, 20, 10, []generate.LogitsProcessor{ts})
	var kinds []string
	for _, p := range ps {
		kinds = append(kinds, strings.TrimPrefix(fmt.Sprintf("%T", p), "generate."))
	}
	want := []string{"SuppressProcessor", "TimestampProcessor", "TemperatureWarper"}
	if !slices.Equal(kinds, want) {
		t.Errorf("processor order %v, want %v", kinds, want)
	}
}
