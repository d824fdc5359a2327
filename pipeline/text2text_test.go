package pipeline_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/pipeline"
)

// t5DirWith copies t5-tiny into a temporary directory with extra
// config.json fields (JSON object members, written before the others so
// that their order is kept) and returns it.
func t5DirWith(t *testing.T, extra string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"model.safetensors", "generation_config.json", "config.json"} {
		data, err := os.ReadFile(filepath.Join(fixtureDir("t5-tiny"), f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "config.json" && extra != "" {
			data = []byte("{" + extra + "," + strings.TrimPrefix(strings.TrimSpace(string(data)), "{"))
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestText2TextTasks runs the text-to-text pipelines on t5-tiny (with the
// BERT tokenizer: t5-tiny has none, and any vocabulary under 32128 ids
// serves): each task's result key; the task's task_specific_params prefix
// and generation settings (max_length) applied, as transformers'
// pipeline does; "translation" taking the first translation_XX_to_YY
// entry; the ids generated are GenerateFromTokens' on the prefixed
// encoding; batches give what single texts give.
func TestText2TextTasks(t *testing.T) {
	dir := t5DirWith(t, `"prefix": "p: ", "task_specific_params": {"translation_en_to_fr": {"prefix": "to french: ", "max_length": 4},
 "summarization": {"prefix": "summarize: ", "max_length": 6}, "translation_en_to_de": {"prefix": "to german: "}}`)
	ctx := context.Background()
	texts := []string{"the cat sat", "a longer sentence about dogs"}
	for _, tc := range []struct {
		task, key, prefix string
		maxLen            int
	}{
		{pipeline.Text2TextGeneration, "generated_text", "p: ", 20},
		{pipeline.Summarization, "summary_text", "summarize: ", 6},
		{pipeline.Translation, "translation_text", "to french: ", 4},
		{"translation_en_to_de", "translation_text", "to german: ", 20},
	} {
		p, err := pipeline.New(ctx, tc.task, dir, pipeline.Options{Backend: "interp", TokenizerDir: "testdata/bert", BatchSize: 2})
		if err != nil {
			t.Fatal(err)
		}
		defer p.Close()
		res, err := p.Text2Text(ctx, texts)
		if err != nil {
			t.Fatal(err)
		}
		if len(res) != 2 {
			t.Fatalf("%s: %d results, want 2", tc.task, len(res))
		}
		for i, r := range res {
			js, _ := json.Marshal(r)
			var m map[string]string
			if err := json.Unmarshal(js, &m); err != nil || len(m) != 1 || m[tc.key] != r.Text {
				t.Errorf("%s: result JSON %s, want {%q: text}", tc.task, js, tc.key)
			}
			enc, err := p.Tokenizer.Encode(tc.prefix + texts[i])
			if err != nil {
				t.Fatal(err)
			}
			want, err := p.Generator.GenerateFromTokens(ctx, [][]int{enc.IDs}, generate.MaxLength(tc.maxLen))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(r.NewTokens, want.NewTokens()[0]) {
				t.Errorf("%s input %d: tokens %v, want %v (prefix %q, max_length %d)", tc.task, i, r.NewTokens, want.NewTokens()[0], tc.prefix, tc.maxLen)
			}
		}
	}
}

// TestText2TextNeedsEncoderDecoder checks that the text-to-text tasks
// refuse other models with an error naming the task.
func TestText2TextNeedsEncoderDecoder(t *testing.T) {
	_, err := pipeline.New(context.Background(), pipeline.Summarization, fixtureDir("qwen2-tiny"), pipeline.Options{Backend: "interp"})
	if err == nil || !strings.Contains(err.Error(), "summarization") {
		t.Errorf("error %v, want one naming summarization", err)
	}
}
