package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTrainTextDataset: kiln train --dataset tokenizes a text file with the
// model's tokenizer, packs it into --block-size blocks (run_clm) and, with
// an eval_strategy and no --eval-dataset, evaluates on the first
// --validation-split-percentage of the lines; --label-column trains a
// classifier on a CSV (run_glue). Bad flags and data are errors naming
// them.
func TestTrainTextDataset(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	lines := strings.Repeat("the kiln is hot and the clay is dry\nglaze runs when it is too thick\n", 10)
	dir, env, argsPath, _ := trainFiles(t, `{"max_steps": 4, "per_device_train_batch_size": 2, "logging_steps": 2,
		"eval_strategy": "steps", "eval_steps": 2, "save_strategy": "no", "report_to": "none"}`, "")
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	r := mustRun(t, dir, env, "train", "--model", "testdata/models/gpt2-tiny", "--dataset", text, "--block-size", "8",
		"--validation-split-percentage", "20", "--args", argsPath, "--output-dir", "out")
	// 20 lines: 4 for evaluation, 16 (9 tokens each, 144) packed into 18 blocks of 8.
	for _, want := range []string{"kiln: training GPT2LMHeadModel on 18 rows", "eval_loss ", "perplexity "} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	raw, err := os.ReadFile(filepath.Join(dir, "out", "eval_results.json"))
	if err != nil {
		t.Fatal(err)
	}
	var res map[string]float64
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	if res["eval_samples"] != 4 { // 4 lines x 9 tokens = 36: 4 blocks of 8
		t.Errorf("eval_samples %v, want 4 blocks", res["eval_samples"])
	}

	csv := filepath.Join(dir, "reviews.csv")
	if err := os.WriteFile(csv, []byte("sentence,label\ngood pot,1\ncracked base,0\nlovely glaze,1\nshattered,0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	clsArgs := filepath.Join(dir, "cls_args.json")
	if err := os.WriteFile(clsArgs, []byte(`{"max_steps": 2, "per_device_train_batch_size": 2, "save_strategy": "no", "report_to": "none"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	r = mustRun(t, dir, env, "train", "--model", "testdata/models/bert-tiny-cls", "--dataset", csv, "--text-column", "sentence",
		"--label-column", "label", "--args", clsArgs, "--output-dir", "cls")
	if !strings.Contains(r.stderr, "on 4 rows: 2 steps") {
		t.Errorf("classifier run:\n%s", r.stderr)
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--dataset", text, "--train-file", text}, "--train-file (pre-tokenized JSONL) or --dataset (text), one of them"},
		{[]string{}, "one of them"},
		{[]string{"--dataset", text, "--text-column", "body"}, "body"},
		{[]string{"--dataset", filepath.Join(dir, "missing.txt")}, "--dataset"},
		{[]string{"--dataset", text, "--block-size", "4096"}, "make no block of block_size 4096"},
	} {
		args := append([]string{"train", "--model", "testdata/models/gpt2-tiny", "--args", clsArgs, "--output-dir", "bad"}, c.args...)
		stderr := mustFail(t, dir, env, args...)
		if !strings.Contains(stderr, c.want) {
			t.Errorf("%v: stderr lacks %q:\n%s", c.args, c.want, stderr)
		}
	}
}
