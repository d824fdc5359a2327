package main

import (
	"encoding/json"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/train/trainlog"
)

// trainFiles writes a training_args.json and a data file into a fresh
// directory and returns the directory and the paths.
func trainFiles(t *testing.T, args, rows string) (dir string, env []string, argsPath, dataPath string) {
	t.Helper()
	dir, env = freshDir(t)
	argsPath, dataPath = filepath.Join(dir, "training_args.json"), filepath.Join(dir, "data.jsonl")
	if err := os.WriteFile(argsPath, []byte(args), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dataPath, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, env, argsPath, dataPath
}

// TestTrainLlamaTiny: kiln train runs 3 steps on llama-tiny, prints a
// progress line per logged step, and writes a reloadable HF-layout model
// and trainer_state.json.
func TestTrainLlamaTiny(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	rows := strings.Repeat(`{"input_ids": [1, 450, 7483, 310, 3444, 338], "labels": [1, 450, 7483, 310, 3444, 338]}`+"\n", 4)
	dir, env, argsPath, dataPath := trainFiles(t, `{"max_steps": 3, "per_device_train_batch_size": 2, "learning_rate": 1e-3,
		"logging_steps": 2, "logging_first_step": true, "report_to": "none", "output_dir": "ignored"}`, rows)
	r := mustRun(t, dir, env, "train", "--model", "testdata/models/llama-tiny", "--train-file", dataPath, "--args", argsPath, "--output-dir", "out")
	for _, want := range []string{"kiln: training LlamaForCausalLM on 4 rows: 3 steps (2 epochs, batch 2 x 1 accumulation)",
		"kiln: step 1: loss ", "kiln: step 2: loss ", "kiln: step 3: epoch 1.5, train_loss ", "wrote the model and trainer_state.json to out"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if strings.Contains(r.stderr, "kiln: step 3: loss") || r.stdout != "" {
		t.Errorf("step 3 is not a logging step (logging_steps 2); stdout %q; stderr:\n%s", r.stdout, r.stderr)
	}
	out := filepath.Join(dir, "out")
	var st struct {
		GlobalStep   int              `json:"global_step"`
		MaxSteps     int              `json:"max_steps"`
		Epoch        float64          `json:"epoch"`
		LoggingSteps int              `json:"logging_steps"`
		LogHistory   []map[string]any `json:"log_history"`
		BestMetric   *float64         `json:"best_metric"`
	}
	data, err := os.ReadFile(filepath.Join(out, "trainer_state.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &st); err != nil {
		t.Fatal(err)
	}
	if st.GlobalStep != 3 || st.MaxSteps != 3 || st.Epoch != 1.5 || st.LoggingSteps != 2 || len(st.LogHistory) != 3 || st.BestMetric != nil {
		t.Fatalf("trainer_state.json: %+v", st)
	}
	if st.LogHistory[0]["step"] != 1.0 || st.LogHistory[1]["step"] != 2.0 || st.LogHistory[2]["train_loss"] == nil {
		t.Errorf("log_history %v", st.LogHistory)
	}
	for _, f := range []string{"model.safetensors", "config.json", "tokenizer.json", "generation_config.json"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	// HF's default save_strategy "steps" saves at the last step: the model
	// and the state before the train-end log entry.
	ck := filepath.Join(out, "checkpoint-3")
	data, err = os.ReadFile(filepath.Join(ck, "trainer_state.json"))
	if err != nil {
		t.Fatal(err)
	}
	st.LogHistory = nil
	if err := json.Unmarshal(data, &st); err != nil || st.GlobalStep != 3 || len(st.LogHistory) != 2 {
		t.Errorf("checkpoint-3/trainer_state.json: %+v (%v)", st, err)
	}
	if _, err := os.Stat(filepath.Join(ck, "model.safetensors")); err != nil || !strings.Contains(r.stderr, "kiln: step 3: saved checkpoint out/checkpoint-3") {
		t.Errorf("checkpoint-3: %v; stderr:\n%s", err, r.stderr)
	}
	// train_log.jsonl is the log history, entry for entry; the curves are
	// a PNG.
	logged, err := trainlog.ReadJSONL(filepath.Join(out, trainlog.LogFile))
	if err != nil || len(logged) != 3 || logged[0]["step"] != 1 || logged[1]["loss"] == nil || logged[2]["train_loss"] == nil {
		t.Errorf("train_log.jsonl: %v (%v)", logged, err)
	}
	if f, err := os.Open(filepath.Join(out, trainlog.CurvesFile)); err != nil {
		t.Error(err)
	} else {
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil || cfg.Width != 960 || cfg.Height != 384 {
			t.Errorf("%s: %+v, %v", trainlog.CurvesFile, cfg, err)
		}
	}
	// The saved model is a model kiln loads.
	g := mustRun(t, dir, env, "forward", "--model", "out", "--ids", "1,2,3", "--out", "logits.safetensors")
	if !strings.Contains(g.stderr, "wrote 2 tensors") {
		t.Errorf("forward on the trained model: %s", g.stderr)
	}
}

// TestTrainErrorsWriteNothing: bad rows, bad arguments and a diverging run
// fail with exit status 1, an error naming the file, line or field, and
// no output directory.
func TestTrainErrorsWriteNothing(t *testing.T) {
	good := `{"input_ids": [1, 2, 3], "labels": [1, 2, 3]}` + "\n"
	cases := []struct {
		name, args, rows string
		want             []string
	}{
		{"bad json", `{"max_steps": 1}`, good + `{"input_ids": [1, 2}` + "\n", []string{"data.jsonl:2: not a JSON object"}},
		{"label past vocab", `{"max_steps": 1}`, good + `{"input_ids": [1, 2], "labels": [1, 32000]}`, []string{"data.jsonl:2: field \"labels\": value 1: label 32000 is outside [0, vocab_size 32000)"}},
		{"unknown argument", `{"max_steps": 1, "learning_rat": 1}`, good, []string{"--args", `unknown field "learning_rat"`}},
		{"push_to_hub", `{"max_steps": 1, "push_to_hub": true}`, good, []string{`"push_to_hub": kiln accepts only false`}},
		{"eval", `{"max_steps": 1, "eval_strategy": "epoch"}`, good, []string{`"eval_strategy"`}},
	}
	if !testing.Short() {
		cases = append(cases, struct {
			name, args, rows string
			want             []string
		}{"diverges", `{"max_steps": 3, "learning_rate": 1e30, "max_grad_norm": 0, "per_device_train_batch_size": 1}`,
			good, []string{"train step ", "training stopped (nothing is saved)"}})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir, env, argsPath, dataPath := trainFiles(t, c.args, c.rows)
			stderr := mustFail(t, dir, env, "train", "--model", "testdata/models/llama-tiny", "--train-file", dataPath, "--args", argsPath, "--output-dir", "out")
			for _, w := range c.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			if _, err := os.Stat(filepath.Join(dir, "out")); !os.IsNotExist(err) {
				t.Errorf("the output directory exists after a failed run: %v", err)
			}
		})
	}
}

// TestTrainEvalDataset: with --eval-dataset and eval_strategy "steps",
// kiln train evaluates at steps 2 and 4, prints eval_loss and perplexity,
// writes the eval entries into trainer_state.json's log_history with the
// HF Trainer's keys, and ends with run_clm's evaluation in
// eval_results.json (perplexity = exp(eval_loss)). A bad evaluation row
// is an error naming --eval-dataset, the file and the line.
func TestTrainEvalDataset(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	rows := strings.Repeat(`{"input_ids": [1, 450, 7483, 310, 3444, 338], "labels": [1, 450, 7483, 310, 3444, 338]}`+"\n", 4)
	evalRows := `{"input_ids": [1, 450, 7483], "labels": [1, 450, 7483]}
{"input_ids": [1, 3444, 338, 310, 450], "labels": [1, 3444, 338, 310, 450]}
{"input_ids": [1, 338, 7483, 310], "labels": [-100, 338, 7483, 310]}
`
	dir, env, argsPath, dataPath := trainFiles(t, `{"max_steps": 4, "per_device_train_batch_size": 2, "per_device_eval_batch_size": 2,
		"learning_rate": 1e-3, "logging_steps": 2, "eval_strategy": "steps", "eval_steps": 2, "save_strategy": "no"}`, rows)
	evalPath := filepath.Join(dir, "eval.jsonl")
	if err := os.WriteFile(evalPath, []byte(evalRows), 0o644); err != nil {
		t.Fatal(err)
	}
	r := mustRun(t, dir, env, "train", "--model", "testdata/models/llama-tiny", "--train-file", dataPath, "--eval-dataset", evalPath,
		"--args", argsPath, "--output-dir", "out")
	for _, want := range []string{"kiln: step 2: eval_loss ", "kiln: step 4: eval_loss ", "perplexity ", "kiln: evaluation of 3 rows: eval_loss "} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	var st struct {
		LogHistory []map[string]any `json:"log_history"`
	}
	data, err := os.ReadFile(filepath.Join(dir, "out", "trainer_state.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &st); err != nil {
		t.Fatal(err)
	}
	var evalSteps []float64
	var last float64
	for _, e := range st.LogHistory {
		if v, ok := e["eval_loss"].(float64); ok {
			evalSteps = append(evalSteps, e["step"].(float64))
			last = v
			for _, k := range []string{"eval_runtime", "eval_samples_per_second", "eval_steps_per_second", "epoch"} {
				if _, ok := e[k]; !ok {
					t.Errorf("eval entry %v lacks %s", e, k)
				}
			}
		}
	}
	if len(evalSteps) != 2 || evalSteps[0] != 2 || evalSteps[1] != 4 {
		t.Fatalf("eval entries at steps %v, want [2 4]; log_history %v", evalSteps, st.LogHistory)
	}
	var res map[string]float64
	data, err = os.ReadFile(filepath.Join(dir, "out", "eval_results.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatal(err)
	}
	// The final evaluation sees the weights of step 4, as the last entry.
	if res["eval_loss"] != last || res["eval_samples"] != 3 || math.Abs(res["perplexity"]-math.Exp(last)) > 1e-12*math.Exp(last) || res["epoch"] != 2 {
		t.Errorf("eval_results.json %v, want eval_loss %v, eval_samples 3, perplexity %v, epoch 2", res, last, math.Exp(last))
	}

	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte(`{"input_ids": [1, 2], "labels": [1, 32000]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stderr := mustFail(t, dir, env, "train", "--model", "testdata/models/llama-tiny", "--train-file", dataPath, "--eval-dataset", bad,
		"--args", argsPath, "--output-dir", "out2")
	if !strings.Contains(stderr, "--eval-dataset: ") || !strings.Contains(stderr, "bad.jsonl:1") {
		t.Errorf("bad evaluation row: %s", stderr)
	}
}
