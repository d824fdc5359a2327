package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/peft"
)

// TestTrainLoRA: kiln train --peft trains a new adapter on llama-tiny and
// writes it in PEFT's format (no model.safetensors); --adapter continues
// it; a DoRA config with modules_to_save trains and continues too; --peft
// with --adapter, and a config that targets nothing, are errors naming
// the flag.
func TestTrainLoRA(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	rows := strings.Repeat(`{"input_ids": [1, 450, 7483, 310, 3444, 338], "labels": [1, 450, 7483, 310, 3444, 338]}`+"\n", 4)
	dir, env, argsPath, dataPath := trainFiles(t, `{"max_steps": 2, "per_device_train_batch_size": 2, "learning_rate": 1e-2,
		"logging_steps": 1, "report_to": "none", "save_strategy": "no"}`, rows)
	cfg := filepath.Join(dir, "lora_config.json")
	if err := os.WriteFile(cfg, []byte(`{"r": 4, "lora_alpha": 8, "target_modules": ["q_proj", "v_proj"], "task_type": "CAUSAL_LM"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	model := "testdata/models/llama-tiny"
	r := mustRun(t, dir, env, "train", "--model", model, "--peft", cfg, "--train-file", dataPath, "--args", argsPath, "--output-dir", "out")
	if !strings.Contains(r.stderr, "wrote the adapter") {
		t.Errorf("stderr:\n%s", r.stderr)
	}
	out := filepath.Join(dir, "out")
	for _, f := range []string{"adapter_config.json", "adapter_model.safetensors", "trainer_state.json"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Error(err)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "model.safetensors")); err == nil {
		t.Error("--peft wrote model.safetensors")
	}
	mustRun(t, dir, env, "train", "--model", model, "--adapter", out, "--train-file", dataPath, "--args", argsPath, "--output-dir", "out2")
	if _, err := os.Stat(filepath.Join(dir, "out2", "adapter_model.safetensors")); err != nil {
		t.Error(err)
	}
	// DoRA with a modules_to_save copy of the LM head: trained, saved
	// under PEFT's keys, and continued with --adapter.
	dora := filepath.Join(dir, "dora_config.json")
	if err := os.WriteFile(dora, []byte(`{"r": 4, "lora_alpha": 8, "target_modules": ["q_proj", "v_proj"], "use_dora": true, "modules_to_save": ["lm_head"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	mustRun(t, dir, env, "train", "--model", model, "--peft", dora, "--train-file", dataPath, "--args", argsPath, "--output-dir", "dora")
	saved, err := peft.Load(filepath.Join(dir, "dora"))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"model.layers.0.self_attn.q_proj.lora_magnitude_vector", "lm_head.weight"} {
		if _, ok := saved.Tensor(peft.KeyPrefix + k); !ok {
			t.Errorf("the DoRA adapter has no %s%s: %v", peft.KeyPrefix, k, saved.Names())
		}
	}
	mustRun(t, dir, env, "train", "--model", model, "--adapter", filepath.Join(dir, "dora"), "--train-file", dataPath, "--args", argsPath, "--output-dir", "dora2")
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"target_modules": ["nope"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--peft", cfg, "--adapter", out}, "--peft " + cfg + " and --adapter"},
		{[]string{"--peft", bad}, "--peft: adapter " + bad + ": target_modules [nope] match no module"},
	} {
		args := append([]string{"train", "--model", model, "--train-file", dataPath, "--args", argsPath, "--output-dir", "o3"}, tc.args...)
		res := runKiln(t, dir, env, args...)
		if res.code == 0 || !strings.Contains(res.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", tc.args, res.code, res.stderr, tc.want)
		}
	}
}

// TestTrainLoRABF16: kiln train --peft --dtype bfloat16 trains an adapter
// over llama-tiny loaded in bf16 (with bf16 autocast) and saves it in
// float32, as PEFT saves the float32 adapter weights of a bf16 model;
// --dtype without an adapter, and an unknown dtype, are errors naming
// the flag.
func TestTrainLoRABF16(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	rows := strings.Repeat(`{"input_ids": [1, 450, 7483, 310, 3444, 338], "labels": [1, 450, 7483, 310, 3444, 338]}`+"\n", 4)
	dir, env, argsPath, dataPath := trainFiles(t, `{"max_steps": 2, "per_device_train_batch_size": 2, "learning_rate": 1e-2,
		"logging_steps": 1, "report_to": "none", "save_strategy": "no", "bf16": true}`, rows)
	cfg := filepath.Join(dir, "lora_config.json")
	if err := os.WriteFile(cfg, []byte(`{"r": 4, "lora_alpha": 8, "target_modules": ["q_proj", "v_proj"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	model := "testdata/models/llama-tiny"
	common := []string{"train", "--model", model, "--train-file", dataPath, "--args", argsPath, "--backend", "interp"}
	mustRun(t, dir, env, append(common, "--peft", cfg, "--dtype", "bfloat16", "--output-dir", "out")...)
	saved, err := peft.Load(filepath.Join(dir, "out"))
	if err != nil {
		t.Fatal(err)
	}
	if len(saved.Names()) != 8 {
		t.Errorf("saved %d tensors, want 8 (q_proj and v_proj of 2 layers, A and B)", len(saved.Names()))
	}
	for _, n := range saved.Names() {
		if x, _ := saved.Tensor(n); x.DType != ir.Float32 {
			t.Errorf("saved %s is %s, want float32", n, x.DType)
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--dtype", "bfloat16"}, "--dtype bfloat16: full fine-tuning trains float32 weights"},
		{[]string{"--dtype", "int8", "--peft", cfg}, `--dtype "int8": want float32 or bfloat16`},
	} {
		res := runKiln(t, dir, env, append(append(common, "--output-dir", "o3"), tc.args...)...)
		if res.code == 0 || !strings.Contains(res.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", tc.args, res.code, res.stderr, tc.want)
		}
	}
}
