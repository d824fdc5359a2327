package train

import (
	"bytes"
	"context"
	"fmt"
	"github.com/kiln-ml/kiln/backends/interp"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/tensor"
)

// loraRunner loads modelDir on b with a fresh adapter of the LoraConfig
// cfgJSON (seed seed) set on it.
func loraRunner(t *testing.T, modelDir string, b backends.Backend, cfgJSON string, seed int64) (*models.Runner, *peft.Adapter) {
	t.Helper()
	r := loadRunner(t, modelDir, b)
	cfg, err := peft.ParseTrainingConfig([]byte(cfgJSON), "lora_config.json", r.Model().Config().Common().ModelType)
	if err != nil {
		t.Fatal(err)
	}
	a, err := NewLoRA(r, cfg, "lora_config.json", seed)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.SetAdapter(a); err != nil {
		t.Fatal(err)
	}
	return r, a
}

// loraTrain trains r (its adapter) on rows with the arguments js into
// out, cancelling after step stopAfter when > 0, with a clock that
// advances one second per read.
func loraTrain(t *testing.T, r *models.Runner, modelDir, js string, rows *Dataset, stopAfter int) (*Trainer, error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	clock := time.Unix(0, 0)
	tr, err := NewTrainer(r, testArgs(t, js), rows, TrainerOptions{ModelDir: modelDir,
		Now: func() time.Time { clock = clock.Add(time.Second); return clock },
		OnStep: func(step, _ int, _ float64) {
			if step == stopAfter {
				cancel()
			}
		}})
	if err != nil {
		return nil, err
	}
	_, err = tr.Train(ctx)
	return tr, err
}

func downloadAll(t *testing.T, r *models.Runner, names []string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, n := range names {
		x, err := r.Session().Download(n)
		if err != nil {
			t.Fatal(err)
		}
		out[n] = x.Data
	}
	return out
}

func logitsOf(t *testing.T, r *models.Runner, ids []int64) []float32 {
	t.Helper()
	x, err := tensor.FromInt64(ir.Int64, ir.Shape{1, len(ids)}, ids)
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Forward(context.Background(), models.Spec{Batch: 1, Seq: len(ids)}, map[string]*tensor.Tensor{models.InputIDs: x})
	if err != nil {
		t.Fatal(err)
	}
	return out[models.OutputLogits].Float32s()
}

// TestLoRATrainingFreezesBase trains a fresh LoRA adapter (lora_dropout
// 0.1, init_lora_weights "gaussian" on llama, true on gpt2's Conv1D
// c_attn) and checks: only the adapter's weights are step parameters and
// have optimizer state; every base weight is bit for bit what it was;
// the loss goes down; the output directory holds the adapter in PEFT's
// format and no model.safetensors; and the saved adapter, loaded with
// peft.Load on a fresh Runner, gives the trained Runner's logits exactly.
func TestLoRATrainingFreezesBase(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training runs")
	}
	b := interp.New() // backend-agnostic: no llvm compiles in CI
	for _, tc := range []struct{ name, cfg string }{
		{"llama-tiny", `{"r": 4, "lora_alpha": 8, "target_modules": ["q_proj", "v_proj", "down_proj"], "lora_dropout": 0.1, "init_lora_weights": "gaussian", "task_type": "CAUSAL_LM", "bias": "none"}`},
		{"gpt2-tiny", `{"r": 4, "lora_alpha": 16, "target_modules": ["c_attn"], "fan_in_fan_out": true, "use_rslora": true}`},
		// DoRA: magnitudes train too; lora_dropout takes PEFT's
		// recomputed-base path on llama, the bias path on gpt2's Conv1D.
		{"llama-tiny/dora", `{"r": 4, "lora_alpha": 8, "target_modules": ["q_proj", "v_proj"], "lora_dropout": 0.1, "use_dora": true, "init_lora_weights": false}`},
		{"gpt2-tiny/dora", `{"r": 4, "lora_alpha": 16, "target_modules": ["c_attn", "c_fc"], "fan_in_fan_out": true, "use_dora": true}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			model, _, _ := strings.Cut(tc.name, "/")
			dir := filepath.Join("..", "testdata", "models", model)
			r, a := loraRunner(t, dir, b, tc.cfg, 5)
			out := t.TempDir()
			js := fmt.Sprintf(`{"output_dir": %q, "max_steps": 8, "per_device_train_batch_size": 2, "learning_rate": 2e-2,
				"logging_steps": 1, "save_strategy": "no", "seed": 3, "weight_decay": 0.01}`, out)
			data := lmRows(2, 8)
			// The base weights, bound by a forward before training.
			ids := []int64{5, 17, 42, 9, 300, 7}
			before := logitsOf(t, r, ids)
			tr0, err := NewTrainer(r, testArgs(t, js), data, TrainerOptions{ModelDir: dir})
			if err != nil {
				t.Fatal(err)
			}
			step, err := tr0.stepFor(context.Background(), models.Spec{Batch: 2, Seq: 8, Labels: true})
			if err != nil {
				t.Fatal(err)
			}
			var trained, frozen []string
			for _, p := range step.Params() {
				trained = append(trained, p.Name)
			}
			for _, p := range step.Frozen() {
				frozen = append(frozen, p.Name)
			}
			sort.Strings(trained)
			if got, want := strings.Join(trained, " "), strings.Join(a.Names(), " "); got != want {
				t.Fatalf("trained parameters %s, want the adapter's %s", got, want)
			}
			if len(frozen) == 0 {
				t.Fatal("no frozen base weights")
			}
			// llama-tiny's config has no dropout: only lora_dropout draws.
			if model == "llama-tiny" && !step.Dropout() {
				t.Error("lora_dropout 0.1: the step draws no dropout masks")
			}
			for _, n := range step.OptimizerStateNames() {
				if !strings.HasPrefix(n, peft.KeyPrefix) || !strings.Contains(n, ".lora_") {
					t.Errorf("optimizer state %s belongs to no adapter weight", n)
				}
			}
			base := downloadAll(t, r, frozen)
			if _, err := tr0.Train(context.Background()); err != nil {
				t.Fatal(err)
			}
			for n, v := range downloadAll(t, r, frozen) {
				if !bytes.Equal(v, base[n]) {
					t.Errorf("base weight %s changed in training", n)
				}
			}
			var losses []float64
			for _, e := range tr0.State.LogHistory {
				if l, ok := e["loss"].(float64); ok {
					losses = append(losses, l)
				}
			}
			t.Logf("losses %.4f", losses)
			if len(losses) != 8 || !(losses[7] < 0.9*losses[0]) {
				t.Errorf("losses %v: want 8, the last below 0.9 x the first", losses)
			}
			if err := tr0.Save(out); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(filepath.Join(out, "model.safetensors")); err == nil {
				t.Error("a LoRA run wrote model.safetensors")
			}
			after := logitsOf(t, r, ids)
			saved, err := peft.Load(out)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := strings.Join(saved.Names(), " "), strings.Join(a.Names(), " "); got != want {
				t.Fatalf("saved keys %s, want %s", got, want)
			}
			r2 := loadRunner(t, dir, b)
			if err := r2.SetAdapter(saved); err != nil {
				t.Fatal(err)
			}
			reloaded := logitsOf(t, r2, ids)
			same, moved := true, false
			for i := range after {
				same = same && after[i] == reloaded[i]
				moved = moved || after[i] != before[i]
			}
			if !same {
				t.Error("the saved adapter reloaded on a fresh Runner gives other logits than the trained Runner")
			}
			if !moved {
				t.Error("training did not change the logits")
			}
			cfg, err := os.ReadFile(filepath.Join(out, peft.ConfigFile))
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{`"peft_type": "LORA"`, `"inference_mode": true`, `"base_model_name_or_path": "` + dir + `"`} {
				if !strings.Contains(string(cfg), want) {
					t.Errorf("%s lacks %s:\n%s", peft.ConfigFile, want, cfg)
				}
			}
		})
	}
}

// TestLoRAResumeIsBitExact: a LoRA run (llama-tiny, lora_dropout, NEFTune,
// accumulation 2) and the same run interrupted after step 1 and resumed
// from its checkpoint end with identical adapter weights, log history and
// last checkpoint files; the checkpoints hold the adapter, not the model.
// Also for a DoRA adapter (magnitudes, the dropout path) and for LoRA with
// modules_to_save ["lm_head"] (the copy trains and resumes).
func TestLoRAResumeIsBitExact(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training runs")
	}
	for _, tc := range []struct{ name, cfg string }{
		{"lora", `{"r": 4, "lora_alpha": 8, "target_modules": ["q_proj", "v_proj"], "lora_dropout": 0.2}`},
		{"dora", `{"r": 4, "lora_alpha": 8, "target_modules": ["q_proj", "v_proj"], "lora_dropout": 0.2, "use_dora": true, "init_lora_weights": false}`},
		{"modules_to_save", `{"r": 4, "lora_alpha": 8, "target_modules": ["q_proj"], "lora_dropout": 0.2, "modules_to_save": ["lm_head"]}`},
	} {
		t.Run(tc.name, func(t *testing.T) { resumeBitExact(t, tc.cfg) })
	}
}

func resumeBitExact(t *testing.T, cfg string) {
	b := interp.New() // backend-agnostic: no llvm compiles in CI
	dir := filepath.Join("..", "testdata", "models", "llama-tiny")
	root := t.TempDir()
	run := func(out, extra string, stop int) (*Trainer, error) {
		r, _ := loraRunner(t, dir, b, cfg, 9)
		js := fmt.Sprintf(`{"output_dir": %q, "max_steps": 3, "per_device_train_batch_size": 2, "learning_rate": 1e-2,
			"save_steps": 3, "save_total_limit": 1, "warmup_steps": 1, "weight_decay": 0.01, "seed": 11, "logging_steps": 2,
			"gradient_accumulation_steps": 2, "neftune_noise_alpha": 5.0%s}`, out, extra)
		return loraTrain(t, r, dir, js, lmRows(6, 6), stop)
	}
	full, err := run(filepath.Join(root, "full"), "", 0)
	if err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(root, "cut")
	if _, err := run(cut, "", 1); err == nil {
		t.Fatal("the interrupted run did not stop")
	}
	resumed, err := run(cut, `, "resume_from_checkpoint": true`, 0)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(full.State.LogHistory) != fmt.Sprint(resumed.State.LogHistory) {
		t.Errorf("log history differs:\nfull    %v\nresumed %v", full.State.LogHistory, resumed.State.LogHistory)
	}
	var names []string
	for _, n := range full.adapter.Names() {
		names = append(names, sessionName(full.adapter, n))
	}
	a, r := downloadAll(t, full.runner, names), downloadAll(t, resumed.runner, names)
	for _, n := range names {
		if !bytes.Equal(a[n], r[n]) {
			t.Errorf("adapter weight %s differs after resuming", n)
		}
	}
	for _, f := range []string{peft.ConfigFile, peft.WeightsFile, OptimizerFile, TrainerStateFile, LoopStateFile, SchedulerFile, RNGStateFile} {
		x, err := os.ReadFile(filepath.Join(root, "full", "checkpoint-3", f))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(cut, "checkpoint-3", f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(x, y) {
			t.Errorf("checkpoint-3/%s differs between the runs", f)
		}
	}
	if _, err := os.Stat(filepath.Join(cut, "checkpoint-3", "model.safetensors")); err == nil {
		t.Error("a LoRA checkpoint holds model.safetensors")
	}
}

// TestLoRAConfigErrors: a config that targets nothing, bad fields and
// what training refuses, each named.
func TestLoRAConfigErrors(t *testing.T) {
	b := oneCPUBackend(t)
	dir := filepath.Join("..", "testdata", "models", "llama-tiny")
	r := loadRunner(t, dir, b)
	for _, tc := range []struct{ cfg, want string }{
		{`{"target_modules": ["nothing_here"]}`, `target_modules [nothing_here] match no module`},
		{`{"r": 0, "target_modules": ["q_proj"]}`, "r = 0"},
		{`{"bias": "all", "target_modules": ["q_proj"]}`, `bias = "all"`},
		{`{"init_lora_weights": "pissa", "target_modules": ["q_proj"]}`, `init_lora_weights = "pissa"`},
		{`{"init_lora_weights": "eva", "target_modules": ["q_proj"]}`, `init_lora_weights "eva"`},
		{`{"lora_dropout": 1.5, "target_modules": ["q_proj"]}`, "lora_dropout = 1.5"},
		{`[1]`, "lora_config.json"},
	} {
		cfg, err := peft.ParseTrainingConfig([]byte(tc.cfg), "lora_config.json", "llama")
		if err == nil {
			_, err = NewLoRA(r, cfg, "lora_config.json", 1)
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.cfg, err, tc.want)
		}
	}
	if _, err := peft.ParseTrainingConfig([]byte(`{"r": 2}`), "c.json", "nosuch"); err == nil || !strings.Contains(err.Error(), "target_modules is missing") {
		t.Errorf("no target_modules for an unknown model type: %v", err)
	}
	cfg, err := peft.ParseTrainingConfig([]byte(`{"r": 2}`), "c.json", "llama")
	if err != nil || fmt.Sprint(cfg.TargetNames) != "[q_proj v_proj]" {
		t.Errorf("PEFT's llama default targets: %v, %v", cfg, err)
	}
}

// TestNewLoRAInit checks the initialisations: true draws lora_A uniform
// in ±1/math.Sqrt(in) and zeros lora_B; gaussian has std about 1/r; false
// makes lora_B non-zero; the same seed repeats and another differs.
func TestNewLoRAInit(t *testing.T) {
	b := oneCPUBackend(t)
	r := loadRunner(t, filepath.Join("..", "testdata", "models", "llama-tiny"), b)
	mk := func(init string, seed int64) *peft.Adapter {
		cfg, err := peft.ParseTrainingConfig([]byte(`{"r": 8, "target_modules": ["q_proj"], "init_lora_weights": `+init+`}`), "c.json", "llama")
		if err != nil {
			t.Fatal(err)
		}
		a, err := NewLoRA(r, cfg, "c.json", seed)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	key := peft.KeyPrefix + "model.layers.0.self_attn.q_proj."
	get := func(a *peft.Adapter, part string) []float32 {
		x, ok := a.Tensor(key + part + ".weight")
		if !ok {
			t.Fatalf("no %s", part)
		}
		return x.Float32s()
	}
	stats := func(v []float32) (maxAbs, std float64) {
		var s2 float64
		for _, x := range v {
			maxAbs = max(maxAbs, float64(max(x, -x)))
			s2 += float64(x) * float64(x)
		}
		return maxAbs, math.Sqrt(s2 / float64(len(v)))
	}
	def := mk("true", 1)
	if m, std := stats(get(def, "lora_A")); m > 1/math.Sqrt(64) || std < 0.9/math.Sqrt(3*64) || std > 1.1/math.Sqrt(3*64) {
		t.Errorf("true: lora_A max %v std %v, want within 1/8, std about %v", m, std, 1/math.Sqrt(3*64))
	}
	if m, _ := stats(get(def, "lora_B")); m != 0 {
		t.Errorf("true: lora_B is not zero")
	}
	if _, std := stats(get(mk(`"gaussian"`, 1), "lora_A")); std < 0.9/8 || std > 1.1/8 {
		t.Errorf("gaussian: lora_A std %v, want about 1/8", std)
	}
	if m, _ := stats(get(mk("false", 1), "lora_B")); m == 0 || m > 1/math.Sqrt(8) {
		t.Errorf("false: lora_B max %v, want non-zero within 1/math.Sqrt(8)", m)
	}
	if fmt.Sprint(get(def, "lora_A")) != fmt.Sprint(get(mk("true", 1), "lora_A")) {
		t.Error("the same seed gave other values")
	}
	if fmt.Sprint(get(def, "lora_A")) == fmt.Sprint(get(mk("true", 2), "lora_A")) {
		t.Error("another seed gave the same values")
	}
}
