package train

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseTrainingArgumentsDefaults(t *testing.T) {
	got, err := ParseTrainingArguments([]byte(`{}`), "training_args.json")
	if err != nil {
		t.Fatal(err)
	}
	if want := DefaultTrainingArguments(); !reflect.DeepEqual(got, want) {
		t.Fatalf("{} parsed to\n%+v\nwant the defaults\n%+v", got, want)
	}
	d := DefaultTrainingArguments()
	// transformers 5.x defaults, spelled out.
	if d.LearningRate != 5e-5 || d.AdamBeta1 != 0.9 || d.AdamBeta2 != 0.999 || d.AdamEpsilon != 1e-8 ||
		d.MaxGradNorm != 1.0 || d.NumTrainEpochs != 3.0 || d.MaxSteps != -1 || d.LRSchedulerType != "linear" ||
		d.LoggingSteps != 500 || d.Seed != 42 || d.PerDeviceTrainBatchSize != 8 || d.WarmupSteps != 0 ||
		d.GradientAccumulationSteps != 1 || d.WeightDecay != 0 || d.BF16 || d.Optim != "adamw_torch_fused" ||
		d.SaveStrategy != "steps" || d.EvalStrategy != "no" || d.OutputDir != "trainer_output" {
		t.Fatalf("defaults differ from transformers 5.x: %+v", d)
	}
}

func TestParseTrainingArgumentsFields(t *testing.T) {
	src := `{
	  "learning_rate": 2e-4, "lr_scheduler_type": "cosine", "warmup_steps": 10, "weight_decay": 0.01,
	  "adam_beta1": 0.8, "adam_beta2": 0.95, "adam_epsilon": 1e-6, "max_grad_norm": 0.5, "max_steps": 100,
	  "num_train_epochs": 1, "per_device_train_batch_size": 4, "gradient_accumulation_steps": 2,
	  "logging_steps": 1, "seed": 7, "optim": "adamw_torch", "bf16": true,
	  "lr_scheduler_kwargs": {"num_cycles": 1.5}, "output_dir": null, "save_total_limit": 2,
	  "eval_strategy": "steps", "load_best_model_at_end": true, "data_seed": 3, "dataloader_drop_last": true
	}`
	a, err := ParseTrainingArguments([]byte(src), "args.json")
	if err != nil {
		t.Fatal(err)
	}
	if a.LearningRate != 2e-4 || a.LRSchedulerType != SchedCosine || a.WarmupSteps != 10 || a.WeightDecay != 0.01 ||
		a.AdamBeta1 != 0.8 || a.AdamBeta2 != 0.95 || a.AdamEpsilon != 1e-6 || a.MaxGradNorm != 0.5 || a.MaxSteps != 100 ||
		a.NumTrainEpochs != 1 || a.PerDeviceTrainBatchSize != 4 || a.GradientAccumulationSteps != 2 || a.LoggingSteps != 1 ||
		a.Seed != 7 || a.Optim != "adamw_torch" || !a.BF16 || a.OutputDir != "trainer_output" || *a.SaveTotalLimit != 2 ||
		*a.DataSeed != 3 || !a.DataloaderDropLast {
		t.Fatalf("parsed %+v", a)
	}
	if n, ok := a.LRSchedulerKwargs["num_cycles"].(json.Number); !ok || n != "1.5" {
		t.Fatalf("lr_scheduler_kwargs = %#v", a.LRSchedulerKwargs)
	}
	// __post_init__: eval_steps falls back to logging_steps; metric "loss", lower is better.
	if a.EvalSteps == nil || *a.EvalSteps != 1 || *a.MetricForBestModel != "loss" || *a.GreaterIsBetter {
		t.Fatalf("post-init defaults: eval_steps %v metric %v greater %v", a.EvalSteps, a.MetricForBestModel, a.GreaterIsBetter)
	}
}

func TestParseTrainingArgumentsErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{`{"learning_rat": 1e-3}`, `unknown field "learning_rat"`},
		{`{"label_smoothing_factor": 0.1}`, `unknown field "label_smoothing_factor"`},
		{`{"push_to_hub": true}`, `"push_to_hub": kiln accepts only false here`},
		{`{"do_eval": true}`, `"do_eval": kiln accepts only false`},
		{`{"report_to": [}`, `JSON object`},
		{`[]`, "JSON object"},
		{`null`, "JSON object"},
		{`{"max_steps": 1.5}`, `"max_steps": want an integer, got 1.5`},
		{`{"max_steps": "10"}`, `"max_steps": want an integer, got the string`},
		{`{"learning_rate": "1e-3"}`, `"learning_rate": want a number`},
		{`{"learning_rate": null}`, `"learning_rate": null is not allowed`},
		{`{"learning_rate": 1e999}`, `"learning_rate": number 1e999 is out of float64 range`},
		{`{"bf16": 1}`, `"bf16": want true or false`},
		{`{"optim": 3}`, `"optim": want a string`},
		{`{"learning_rate": -1e-3}`, `"learning_rate": -0.001 < 0`},
		{`{"warmup_ratio": 1.5}`, `"warmup_ratio": 1.5 is outside [0, 1]`},
		{`{"warmup_ratio": -0.1}`, `"warmup_ratio"`},
		{`{"warmup_steps": -2}`, `"warmup_steps": -2 < 0`},
		{`{"adam_beta2": 1.0}`, `"adam_beta2": 1 is outside [0, 1)`},
		{`{"weight_decay": -0.1}`, `"weight_decay"`},
		{`{"adam_epsilon": -1}`, `"adam_epsilon"`},
		{`{"per_device_train_batch_size": 0}`, `"per_device_train_batch_size": 0 < 1`},
		{`{"gradient_accumulation_steps": 0}`, `"gradient_accumulation_steps"`},
		{`{"num_train_epochs": -1}`, `"num_train_epochs"`},
		{`{"lr_scheduler_type": "cosine_annealing"}`, `unknown lr_scheduler_type "cosine_annealing" (known: linear, cosine,`},
		{`{"optim": "adamw_hf"}`, `"optim": unknown optimizer "adamw_hf"`},
		{`{"logging_steps": 2.5}`, `"logging_steps": must be an integer if bigger than 1`},
		{`{"logging_steps": 0}`, `requires non-zero logging_steps`},
		{`{"save_strategy": "sometimes"}`, `"save_strategy": unknown strategy "sometimes"`},
		{`{"lr_scheduler_type": "reduce_lr_on_plateau"}`, "requires an eval strategy"},
		{`{"lr_scheduler_kwargs": {"num_cycles": 2}}`, `linear does not take "num_cycles"`},
		{`{"lr_scheduler_kwargs": "cycles.json"}`, `"lr_scheduler_kwargs": want a JSON object`},
		{`{"lr_scheduler_kwargs": 3}`, `"lr_scheduler_kwargs": want a JSON object`},
		{`{"lr_scheduler_type": "cosine", "lr_scheduler_kwargs": "{\"num_cycles\": \"x\"}"}`, `"num_cycles": want a finite number`},
		{`{"neftune_noise_alpha": -5}`, `"neftune_noise_alpha"`},
		{`{"eval_delay": 1e999}`, `"eval_delay"`},
		{`{"load_best_model_at_end": true, "eval_strategy": "epoch"}`, `"load_best_model_at_end": requires the save and eval strategy to match`},
		{`{"load_best_model_at_end": true, "eval_strategy": "steps", "eval_steps": 30, "save_steps": 50}`, `save_steps 50 and eval_steps 30`},
		{`{"load_best_model_at_end": true, "eval_strategy": "steps", "eval_steps": 0.2, "save_steps": 50}`, `mixing a ratio and a count`},
		{`{"load_best_model_at_end": true, "eval_strategy": "steps", "eval_steps": 0.2, "save_steps": 0.3}`, `save_steps 0.3 and eval_steps 0.2`},
	}
	for _, c := range cases {
		_, err := ParseTrainingArguments([]byte(c.src), "run/training_args.json")
		if err == nil {
			t.Errorf("%s: parsed, want an error mentioning %q", c.src, c.want)
			continue
		}
		if !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "run/training_args.json: ") {
			t.Errorf("%s: error %q, want the file and %q", c.src, err, c.want)
		}
	}
}

func TestWarmupStepsAndRatio(t *testing.T) {
	parse := func(src string) TrainingArguments {
		t.Helper()
		a, err := ParseTrainingArguments([]byte(src), "x.json")
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	cases := []struct {
		src   string
		total int
		want  int
	}{
		{`{"warmup_steps": 10}`, 100, 10},
		{`{"warmup_steps": 1.5}`, 100, 1},  // int(1.5)
		{`{"warmup_steps": 0.1}`, 25, 3},   // ceil(2.5)
		{`{"warmup_steps": 0.07}`, 100, 8}, // ceil(100 * 0.07) = ceil(7.000000000000001), as Python
		{`{"warmup_ratio": 0.15}`, 20, 3},  // 20 * 0.15 rounds to exactly 3.0
		{`{"warmup_steps": 5, "warmup_ratio": 0.5}`, 20, 10},
		{`{"warmup_ratio": 1}`, 20, 1}, // 5.x: warmup_steps = 1.0, a count
		{`{"warmup_ratio": 0}`, 20, 0},
		{`{}`, 20, 0},
	}
	for _, c := range cases {
		a := parse(c.src)
		if got := a.WarmupStepsFor(c.total); got != c.want {
			t.Errorf("%s over %d steps: %d warmup steps, want %d", c.src, c.total, got, c.want)
		}
	}
	// The ratio feeds the schedule: linear reaches the full lr at the end of warmup.
	a := parse(`{"warmup_ratio": 0.25, "learning_rate": 1e-3}`)
	s, err := a.Schedule(40)
	if err != nil {
		t.Fatal(err)
	}
	if s.LR(10) != 1e-3 || s.LR(5) != 0.5e-3 {
		t.Fatalf("warmup_ratio 0.25 of 40: LR(5) %v LR(10) %v", s.LR(5), s.LR(10))
	}
}

func TestSchedulerKwargsString(t *testing.T) {
	a, err := ParseTrainingArguments([]byte(`{"lr_scheduler_type": "warmup_stable_decay",
		"lr_scheduler_kwargs": "{\"num_decay_steps\": \"007\", \"min_lr_ratio\": \"0.5\", \"decay_type\": \"linear\", \"x\": {\"b\": \"TRUE\"}}"}`), "x.json")
	if err == nil {
		t.Fatalf("unknown kwarg x accepted: %v", a.LRSchedulerKwargs)
	}
	a, err = ParseTrainingArguments([]byte(`{"lr_scheduler_type": "warmup_stable_decay",
		"lr_scheduler_kwargs": "{\"num_decay_steps\": \"007\", \"min_lr_ratio\": \"0.5\", \"decay_type\": \"linear\"}"}`), "x.json")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"num_decay_steps": json.Number("7"), "min_lr_ratio": json.Number("0.5"), "decay_type": "linear"}
	if !reflect.DeepEqual(a.LRSchedulerKwargs, want) {
		t.Fatalf("kwargs %#v, want %#v", a.LRSchedulerKwargs, want)
	}
	m := map[string]any{"a": "True", "b": "12", "c": "1.25", "d": "1.2.3", "e": map[string]any{"f": "false"}}
	if err := convertStrDict(m); err != nil {
		t.Fatal(err)
	}
	wantM := map[string]any{"a": true, "b": json.Number("12"), "c": json.Number("1.25"), "d": "1.2.3", "e": map[string]any{"f": false}}
	if !reflect.DeepEqual(m, wantM) {
		t.Fatalf("_convert_str_dict: %#v, want %#v", m, wantM)
	}
}

func TestPlan(t *testing.T) {
	cases := []struct {
		src  string
		rows int
		want Plan
	}{
		// 10 rows / 3 = 4 batches; ceil(4/2) = 2 updates per epoch; ceil(2.5*2) = 5 steps.
		{`{"num_train_epochs": 2.5, "per_device_train_batch_size": 3, "gradient_accumulation_steps": 2}`, 10,
			Plan{DataloaderLen: 4, UpdateStepsPerEpoch: 2, MaxSteps: 5, NumTrainEpochs: 3, EpochBased: true}},
		// drop_last: 3 batches; ceil(3/2) = 2; 3 epochs = 6 steps.
		{`{"num_train_epochs": 3, "per_device_train_batch_size": 3, "gradient_accumulation_steps": 2, "dataloader_drop_last": true, "warmup_steps": 0.5}`, 10,
			Plan{DataloaderLen: 3, UpdateStepsPerEpoch: 2, MaxSteps: 6, NumTrainEpochs: 3, WarmupSteps: 3, EpochBased: true}},
		// max_steps wins; 7 steps of 2 per epoch = 4 epochs.
		{`{"max_steps": 7, "num_train_epochs": 100, "per_device_train_batch_size": 4, "gradient_accumulation_steps": 2, "warmup_steps": 2}`, 13,
			Plan{DataloaderLen: 4, UpdateStepsPerEpoch: 2, MaxSteps: 7, NumTrainEpochs: 4, WarmupSteps: 2}},
		// accumulation larger than the epoch: one update per epoch.
		{`{"num_train_epochs": 1.5, "per_device_train_batch_size": 2, "gradient_accumulation_steps": 8}`, 5,
			Plan{DataloaderLen: 3, UpdateStepsPerEpoch: 1, MaxSteps: 2, NumTrainEpochs: 2, EpochBased: true}},
		// defaults: 20 rows / 8 = 3 batches, 3 epochs.
		{`{}`, 20, Plan{DataloaderLen: 3, UpdateStepsPerEpoch: 3, MaxSteps: 9, NumTrainEpochs: 3, EpochBased: true}},
	}
	for _, c := range cases {
		a, err := ParseTrainingArguments([]byte(c.src), "x.json")
		if err != nil {
			t.Fatal(err)
		}
		got, err := a.Plan(c.rows)
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		if got != c.want {
			t.Errorf("%s with %d rows: %+v, want %+v", c.src, c.rows, got, c.want)
		}
	}
	a := DefaultTrainingArguments()
	if _, err := a.Plan(0); err == nil {
		t.Error("Plan(0 rows) succeeded")
	}
	a.DataloaderDropLast = true
	if _, err := a.Plan(5); err == nil || !strings.Contains(err.Error(), "dataloader_drop_last") {
		t.Errorf("5 rows, batch 8, drop_last: %v", err)
	}
}

func TestLoadTrainingArguments(t *testing.T) {
	path := filepath.Join(t.TempDir(), "training_args.json")
	if err := os.WriteFile(path, []byte(`{"max_steps": 3, "bogus": 1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadTrainingArguments(path); err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), `"bogus"`) {
		t.Fatalf("error %v should name %s and the field", err, path)
	}
	if _, err := LoadTrainingArguments(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Fatal("missing file: no error")
	}
}

// checkParseRoundTrip is the fuzz property: parsing never panics, and what it
// accepts is valid and survives encoding/json and a second parse unchanged.
func checkParseRoundTrip(t *testing.T, data []byte) {
	a, err := ParseTrainingArguments(data, "fuzz.json")
	if err != nil {
		if !strings.HasPrefix(err.Error(), "fuzz.json: ") {
			t.Fatalf("error without the file name: %v", err)
		}
		return
	}
	if err := a.Validate(); err != nil {
		t.Fatalf("accepted arguments fail Validate: %v", err)
	}
	if a.WarmupStepsFor(1000) < 0 || math.IsNaN(a.LearningRate) {
		t.Fatalf("accepted arguments give negative warmup or NaN lr: %+v", a)
	}
	enc, err := json.Marshal(a)
	if err != nil {
		t.Fatalf("marshal %+v: %v", a, err)
	}
	b, err := ParseTrainingArguments(enc, "fuzz.json")
	if err != nil {
		t.Fatalf("re-parse of %s: %v", enc, err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("round trip changed the arguments:\n%+v\n%+v", a, b)
	}
}

var parseSeeds = []string{
	`{"fsdp": "full_shard auto_wrap", "fsdp_config": {"fsdp_transformer_layer_cls_to_wrap": ["LlamaDecoderLayer"], "min_num_params": 0}}`,
	`{"fsdp": ["no_shard"], "fsdp_config": "{\"xla\": \"false\"}"}`, `{"fsdp": false, "fsdp_config": null}`,
	`{}`, `{"learning_rate": 1e-3, "warmup_ratio": 0.1, "lr_scheduler_type": "cosine"}`,
	`{"lr_scheduler_type": "warmup_stable_decay", "lr_scheduler_kwargs": "{\"num_decay_steps\": \"3\"}"}`,
	`{"max_steps": 1e3, "eval_strategy": "steps", "eval_steps": 0.25, "load_best_model_at_end": true}`,
	`{"output_dir": null, "neftune_noise_alpha": 5, "metric_for_best_model": "accuracy"}`,
	`{"logging_steps": 0.5, "save_steps": 10, "optim": "sgd", "bf16": true}`,
	`{"lr_scheduler_kwargs": null}`, `{"warmup_steps": 1e308}`, `{"max_steps": -9223372036854775808}`,
	`{"a":`, `"x"`, `{"seed": 1, "seed": 2}`,
}

func TestParseTrainingArgumentsSeeds(t *testing.T) {
	for _, s := range parseSeeds {
		checkParseRoundTrip(t, []byte(s))
	}
}

func FuzzParseTrainingArguments(f *testing.F) {
	for _, s := range parseSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(checkParseRoundTrip)
}
