package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// noMaskModelDir is bert-tiny-mlm (linked) with a tokenizer_config.json
// that sets mask_token to null, so its tokenizer has no mask token (the
// fixture itself has BertTokenizer's default [MASK]).
func noMaskModelDir(t *testing.T, dir string) string {
	t.Helper()
	src := filepath.Join(repoRoot(t), "testdata", "models", "bert-tiny-mlm")
	dst := filepath.Join(dir, "bert-no-mask")
	if err := os.Mkdir(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"config.json", "model.safetensors", "tokenizer.json"} {
		if err := os.Symlink(filepath.Join(src, f), filepath.Join(dst, f)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dst, "tokenizer_config.json"), []byte(`{"mask_token": null}`), 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// readLog reads OUT/train_log.jsonl without the entries' clock-dependent
// values (runtimes and speeds).
func readLog(t *testing.T, path string) []map[string]any {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	for _, line := range bytes.Split(bytes.TrimSpace(raw), []byte("\n")) {
		var e map[string]any
		if err := json.Unmarshal(line, &e); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for k := range e {
			if strings.HasSuffix(k, "_runtime") || strings.HasSuffix(k, "_per_second") {
				delete(e, k)
			}
		}
		out = append(out, e)
	}
	return out
}

// TestTrainMaskedLM: kiln train --dataset on bert-tiny-mlm trains a masked
// LM as run_mlm does: the text packed into --max-seq-length blocks with
// special-token masks, masked per batch. Over 8 epochs (one step each,
// logged and evaluated at every epoch's end) the loss falls,
// evaluation on the held-out lines gives a finite eval_loss, the same seed
// gives the same run, and a run resumed from its step-4 checkpoint (saved
// at the end of epoch 3's only step, before that epoch's log and
// evaluation: issue #15) ends with the same log and bit-identical weights. --line-by-line keeps one
// row per line. Masked-LM flags on a causal model, out-of-range
// probabilities and a tokenizer without a mask token (tokenizer_config.json's
// mask_token null) are errors.
func TestTrainMaskedLM(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	dir, env, argsPath, _ := trainFiles(t, `{"num_train_epochs": 8, "per_device_train_batch_size": 16, "learning_rate": 1e-2,
		"logging_strategy": "epoch", "eval_strategy": "epoch", "save_strategy": "steps", "save_steps": 4, "seed": 3, "report_to": "none"}`, "")
	// The fixture has no tokenizer_config.json: its special tokens are
	// BertTokenizer's defaults (config.json's model_type "bert").
	model := filepath.Join(repoRoot(t), "testdata", "models", "bert-tiny-mlm")
	text := filepath.Join(repoRoot(t), "testdata", "train", "tiny.txt")
	run := func(out string, extra ...string) cliRun {
		args := append([]string{"train", "--model", model, "--dataset", text, "--max-seq-length", "16", "--mlm-probability", "0.5",
			"--validation-split-percentage", "20", "--args", argsPath, "--output-dir", out}, extra...)
		return mustRun(t, dir, env, args...)
	}
	r := run("a")
	for _, want := range []string{"kiln: training BertForMaskedLM on ", "kiln: notice: masked LM: 0.5 of the tokens are masked anew", "eval_loss "} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	logA := readLog(t, filepath.Join(dir, "a", "train_log.jsonl"))
	var losses, evals []float64
	for _, e := range logA {
		if v, ok := e["loss"].(float64); ok {
			losses = append(losses, v)
		}
		if v, ok := e["eval_loss"].(float64); ok {
			evals = append(evals, v)
		}
	}
	if len(losses) != 8 || len(evals) != 9 { // one a step, and the final evaluation
		t.Fatalf("%d losses, %d eval losses, want 8 and 9:\n%v", len(losses), len(evals), logA)
	}
	for _, v := range append(append([]float64(nil), losses...), evals...) {
		if math.IsNaN(v) || math.IsInf(v, 0) || v <= 0 {
			t.Fatalf("non-finite or non-positive loss %v in %v", v, logA)
		}
	}
	t.Logf("loss %v\neval_loss %v", losses, evals)
	if !(losses[7] < losses[0]-1.5 && losses[3] < losses[0] && losses[7] < losses[3]) {
		t.Errorf("training loss does not fall over the epochs: %v", losses)
	}
	if !(evals[7] < evals[0]) {
		t.Errorf("eval_loss does not fall: %v", evals)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "a", "eval_results.json"))
	if err != nil || !bytes.Contains(raw, []byte(`"perplexity"`)) {
		t.Errorf("eval_results.json: %s %v", raw, err)
	}

	// One seed, one run.
	run("b")
	if logB := readLog(t, filepath.Join(dir, "b", "train_log.jsonl")); !reflect.DeepEqual(logA, logB) {
		t.Errorf("two runs with seed 3 differ:\n%v\n%v", logA, logB)
	}
	// Resumed from checkpoint-4: the same log and the same weights.
	run("c", "--resume-from-checkpoint", filepath.Join(dir, "a", "checkpoint-4"))
	if logC := readLog(t, filepath.Join(dir, "c", "train_log.jsonl")); !reflect.DeepEqual(logA, logC) {
		t.Errorf("resumed run differs:\n%v\n%v", logA, logC)
	}
	wa, errA := os.ReadFile(filepath.Join(dir, "a", "model.safetensors"))
	wc, errC := os.ReadFile(filepath.Join(dir, "c", "model.safetensors"))
	if errA != nil || errC != nil || !bytes.Equal(wa, wc) {
		t.Errorf("resumed run's weights differ from the uninterrupted run's (%v, %v)", errA, errC)
	}

	// --line-by-line: one row for each of the 14 non-blank lines.
	short := filepath.Join(dir, "short.json")
	if err := os.WriteFile(short, []byte(`{"max_steps": 2, "per_device_train_batch_size": 4, "save_strategy": "no", "report_to": "none"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	r = mustRun(t, dir, env, "train", "--model", model, "--dataset", text, "--line-by-line", "--max-seq-length", "12", "--args", short, "--output-dir", "lines")
	if !strings.Contains(r.stderr, "kiln: training BertForMaskedLM on 14 rows: 2 steps") {
		t.Errorf("--line-by-line:\n%s", r.stderr)
	}

	noMask := noMaskModelDir(t, dir)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--model", model, "--dataset", text, "--mlm-probability", "0"}, "--mlm-probability 0: want a probability strictly between 0 and 1"},
		{[]string{"--model", model, "--dataset", text, "--mlm-probability", "1"}, "--mlm-probability 1: want"},
		{[]string{"--model", model, "--dataset", text, "--mlm-probability", "-0.1"}, "--mlm-probability -0.1: want"},
		{[]string{"--model", model, "--dataset", text, "--block-size", "8", "--max-seq-length", "16"}, "--block-size 8 and --max-seq-length 16"},
		{[]string{"--model", noMask, "--dataset", text}, noMask + ": the tokenizer has no mask token (" + filepath.Join(noMask, "tokenizer_config.json") + " sets mask_token to null)"},
		{[]string{"--model", "testdata/models/gpt2-tiny", "--dataset", text, "--mlm-probability", "0.2"}, "--mlm-probability: GPT2LMHeadModel is not a masked LM"},
		{[]string{"--model", "testdata/models/gpt2-tiny", "--dataset", text, "--line-by-line", "--max-seq-length", "8"}, "--line-by-line, --max-seq-length: GPT2LMHeadModel is not a masked LM"},
		{[]string{"--model", model, "--train-file", text, "--line-by-line"}, "--line-by-line: --train-file rows carry their own labels"},
	} {
		args := append([]string{"train", "--args", short, "--output-dir", "bad"}, c.args...)
		if stderr := mustFail(t, dir, env, args...); !strings.Contains(stderr, c.want) {
			t.Errorf("%v: stderr lacks %q:\n%s", c.args, c.want, stderr)
		}
	}
}
