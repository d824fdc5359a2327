package pipeline

import (
	"slices"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/generate"
)

// TestASRPrompt checks the decoder prompt Whisper's generate builds
// (_retrieve_init_tokens) for a multilingual model's settings
// (large-v2's layout: <|startoftranscript|> 50258, <|en|> 50259, <|fr|>
// 50265, <|translate|> 50358, <|transcribe|> 50359, <|notimestamps|>
// 50363).
func TestASRPrompt(t *testing.T) {
	ws, err := generate.ParseWhisperSettings([]byte(`{"no_timestamps_token_id": 50363, "is_multilingual": true,
		"lang_to_id": {"<|en|>": 50259, "<|fr|>": 50265}, "task_to_id": {"translate": 50358, "transcribe": 50359}}`))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, forced, lang, task, timestamps string
		want                                 []int
		err                                  string
	}{
		{"open language slot, no language", `[[1, null], [2, 50359]]`, "", "", "", nil, "language"},
		{"language fills the slot, transcribe by default", `[[1, null], [2, 50359]]`, "fr", "", "", []int{50258, 50265, 50359, 50363}, ""},
		{"language token form and translate", `[[1, null], [2, 50359]]`, "<|en|>", "translate", "", []int{50258, 50259, 50358, 50363}, ""},
		{"timestamps drop <|notimestamps|>", `[[1, 50259], [2, 50359], [3, 50363]]`, "", "", "true", []int{50258, 50259, 50359}, ""},
		{"forced prompt kept without language or task", `[[1, 50259], [2, 50359]]`, "", "", "", []int{50258, 50259, 50359, 50363}, ""},
		{"no language anywhere: detection refused", `[]`, "", "", "", nil, "detect"},
		{"unknown language", `[]`, "xx", "", "", nil, "lang_to_id"},
	} {
		cfg := generate.DefaultConfig()
		if err := cfg.UpdateJSON([]byte(`{"decoder_start_token_id": 50258, "forced_decoder_ids": ` + c.forced + `}`)); err != nil {
			t.Fatal(err)
		}
		p := &Pipeline{Generator: &generate.Generator{Config: cfg}, asr: &asrState{whisper: ws, tsBegin: 50364},
			opts: Options{Language: c.lang, ASRTask: c.task, ReturnTimestamps: c.timestamps}}
		got, err := p.asrPrompt()
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: prompt %v, error %v; want an error containing %q", c.name, got, err, c.err)
			}
			continue
		}
		if err != nil || !slices.Equal(got, c.want) {
			t.Errorf("%s: prompt %v, %v; want %v", c.name, got, err, c.want)
		}
	}
}
