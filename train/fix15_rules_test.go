package train

import (
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestFlowEvaluatesLastStep: under eval_strategy "steps" the last step
// (max_steps) is evaluated even off the eval_steps grid, as transformers
// 5.x does (testdata/trainer's llama_gradckpt_accum_eval: eval_steps 3,
// max_steps 5, evaluations at 3 and 5); not before eval_delay, and never
// under "epoch" (the epoch end evaluates) or "no".
func TestFlowEvaluatesLastStep(t *testing.T) {
	for _, c := range []struct {
		name     string
		strategy string
		delay    float64
		step     int
		want     bool
	}{
		{"steps, last step off the grid", "steps", 0, 5, true},
		{"steps, a step off the grid before the last", "steps", 0, 4, false},
		{"steps, last step before eval_delay", "steps", 6, 5, false},
		{"epoch, last step", "epoch", 0, 5, false},
		{"no, last step", "no", 0, 5, false},
	} {
		a := DefaultTrainingArguments()
		a.EvalStrategy, a.EvalDelay = c.strategy, c.delay
		s := &TrainerState{GlobalStep: c.step, MaxSteps: 5, EvalSteps: 3, LoggingSteps: 500, SaveSteps: 500}
		var ctl TrainerControl
		if err := (DefaultFlowCallback{}).OnStepEnd(&a, s, &ctl); err != nil {
			t.Fatal(err)
		}
		if ctl.ShouldEvaluate != c.want {
			t.Errorf("%s: should_evaluate = %v, want %v", c.name, ctl.ShouldEvaluate, c.want)
		}
	}
}

// TestKeepOnlyBestCheckpoint: with save_total_limit 1 and a best
// checkpoint, training ends with the best checkpoint alone (HF deletes the
// most recent one that rotation had kept for resuming; testdata/trainer's
// bert_cls_gradckpt_epochs_best keeps checkpoint-1 of 1..4); otherwise
// nothing is deleted.
func TestKeepOnlyBestCheckpoint(t *testing.T) {
	one, two := 1, 2
	for _, c := range []struct {
		name  string
		limit *int
		best  string
		want  []string
	}{
		{"limit 1 with a best", &one, "checkpoint-1", []string{"checkpoint-1"}},
		{"limit 1, best is the last", &one, "checkpoint-4", []string{"checkpoint-4"}},
		{"limit 1 without a best", &one, "", []string{"checkpoint-1", "checkpoint-4"}},
		{"limit 2", &two, "checkpoint-1", []string{"checkpoint-1", "checkpoint-4"}},
		{"no limit", nil, "checkpoint-1", []string{"checkpoint-1", "checkpoint-4"}},
	} {
		out := t.TempDir()
		for _, d := range []string{"checkpoint-1", "checkpoint-4", "runs"} {
			if err := os.Mkdir(filepath.Join(out, d), 0o755); err != nil {
				t.Fatal(err)
			}
		}
		best := ""
		if c.best != "" {
			best = filepath.Join(out, c.best)
		}
		if err := KeepOnlyBestCheckpoint(out, c.limit, best); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		cks, err := sortedCheckpoints(out)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ck := range cks {
			got = append(got, filepath.Base(ck))
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: kept %v, want %v", c.name, got, c.want)
		}
		if _, err := os.Stat(filepath.Join(out, "runs")); err != nil {
			t.Errorf("%s: a directory that is no checkpoint went: %v", c.name, err)
		}
	}
	if err := KeepOnlyBestCheckpoint(t.TempDir(), &one, filepath.Join(t.TempDir(), "checkpoint-9")); err == nil {
		t.Error("a best checkpoint that does not exist gave no error")
	}
}

// TestTrainerEvalLossCounts: GPT-2's eval loss is the shifted tokens' sum
// over every labelled token (transformers 5.x counts num_items_in_batch
// without the shift for GPT2LMHeadModel, testdata/trainer's
// gpt2_gradckpt_eval_steps_save); the ForCausalLM models and the
// classifiers report the model's mean.
func TestTrainerEvalLossCounts(t *testing.T) {
	// Rows of 4, 3 and 0 labelled tokens (the last all -100, as a padding
	// row): 7 labels, 5 after the shift.
	labels := i64(t, []int{3, 4}, 5, 6, 7, 8, 9, 10, 11, -100, -100, -100, -100, -100)
	for _, c := range []struct {
		arch string
		want float64
	}{
		{"GPT2LMHeadModel", 2.0 * 5 / 7},
		{"LlamaForCausalLM", 2},
		{"BertForSequenceClassification", 2},
		{"SomeUnknownModel", 2},
	} {
		got, err := trainerEvalLoss(c.arch, 2, labels)
		if err != nil {
			t.Fatalf("%s: %v", c.arch, err)
		}
		if math.Abs(got-c.want) > 1e-12 {
			t.Errorf("%s: eval loss %v, want %v", c.arch, got, c.want)
		}
	}
	none := i64(t, []int{1, 3}, -100, -100, -100)
	if got, err := trainerEvalLoss("GPT2LMHeadModel", 2, none); err != nil || got != 2 {
		t.Errorf("no labelled token: %v, %v; want the model's 2", got, err)
	}
}
