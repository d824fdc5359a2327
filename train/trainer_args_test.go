package train

import (
	"strings"
	"testing"
)

// TestIgnoredArgsAreAccepted: what HF scripts write with no effect on
// kiln's numbers parses, and leaves every field at its default.
func TestIgnoredArgsAreAccepted(t *testing.T) {
	src := `{"report_to": ["none"], "use_cpu": true, "disable_tqdm": true, "logging_dir": "runs/x",
		"run_name": "r", "dataloader_num_workers": 4, "dataloader_pin_memory": false, "save_safetensors": true,
		"do_train": true, "do_eval": false, "push_to_hub": false, "log_level": "info", "logging_first_step": true}`
	a, err := ParseTrainingArguments([]byte(src), "training_args.json")
	if err != nil {
		t.Fatal(err)
	}
	def := DefaultTrainingArguments()
	def.LoggingFirstStep = true
	if a.LearningRate != def.LearningRate || a.PerDeviceTrainBatchSize != def.PerDeviceTrainBatchSize || !a.LoggingFirstStep {
		t.Errorf("parsed %+v", a)
	}
	if names := IgnoredArgNames(); len(names) < 20 || names[0] > names[1] {
		t.Errorf("IgnoredArgNames() = %v", names)
	}
	for name := range ignoredArgs {
		if _, known := argFieldIndex[name]; known {
			t.Errorf("%s is both a TrainingArguments field and ignored", name)
		}
	}
}

// TestResumeFromCheckpointArgs: resume_from_checkpoint parses as HF's.
func TestResumeFromCheckpointArgs(t *testing.T) {
	// resume_from_checkpoint: a path, or true (the latest checkpoint);
	// false is none.
	for src, want := range map[string]string{`{"resume_from_checkpoint": "ckpt"}`: "ckpt", `{"resume_from_checkpoint": true}`: "true", `{"resume_from_checkpoint": false}`: ""} {
		a, err := ParseTrainingArguments([]byte(src), "training_args.json")
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if got := a.ResumeFromCheckpoint; (got == nil) != (want == "") || got != nil && *got != want {
			t.Errorf("%s: resume_from_checkpoint %v, want %q", src, got, want)
		}
	}
	a := DefaultTrainingArguments()
	a.Optim = "adamw_bnb_8bit"
	if _, err := a.OptimizerConfig(); err == nil || !strings.Contains(err.Error(), `"optim"`) {
		t.Errorf("OptimizerConfig for adamw_bnb_8bit: %v", err)
	}
}
