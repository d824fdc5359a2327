package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// TestTrainQLoRA: kiln train --peft with --load-in-4bit nf4 (double
// quantization) keeps llama-tiny's Linears packed and trains the adapter,
// saved in PEFT's format; with bnb_4bit_compute_dtype float32 it trains
// the adapter --dequantize-base trains (the same codes as a float base)
// within float32 rounding; compute dtype bfloat16 runs too; a saved
// bitsandbytes nf4 checkpoint is a QLoRA base as it is; the quantization
// flags without an adapter, and DoRA on a packed base, are errors naming
// the flag or field.
func TestTrainQLoRA(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	rows := strings.Repeat(`{"input_ids": [1, 450, 7483, 310, 3444, 338], "labels": [1, 450, 7483, 310, 3444, 338]}`+"\n", 4)
	dir, env, argsPath, dataPath := trainFiles(t, `{"max_steps": 2, "per_device_train_batch_size": 2, "learning_rate": 1e-2,
		"logging_steps": 1, "report_to": "none", "save_strategy": "no"}`, rows)
	cfg := filepath.Join(dir, "lora_config.json")
	if err := os.WriteFile(cfg, []byte(`{"r": 4, "lora_alpha": 8, "target_modules": ["q_proj", "v_proj", "up_proj"], "init_lora_weights": "gaussian"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	model := "testdata/models/llama-tiny"
	common := []string{"train", "--backend", "interp", "--peft", cfg, "--train-file", dataPath, "--args", argsPath}
	q4 := []string{"--load-in-4bit", "--bnb-4bit-quant-type", "nf4", "--bnb-4bit-use-double-quant", "--bnb-weight-dtype", "bfloat16"}
	run := func(out string, extra ...string) *peft.Adapter {
		t.Helper()
		args := append(append(append([]string{}, common...), "--model", model, "--output-dir", out), extra...)
		mustRun(t, dir, env, args...)
		if _, err := os.Stat(filepath.Join(dir, out, "model.safetensors")); err == nil {
			t.Errorf("%s: a QLoRA run wrote model.safetensors", out)
		}
		a, err := peft.Load(filepath.Join(dir, out))
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	packed := run("packed", append(q4, "--bnb-4bit-compute-dtype", "float32")...)
	float := run("float", append(q4, "--bnb-4bit-compute-dtype", "float32", "--dequantize-base")...)
	run("packed-bf16", append(q4, "--bnb-4bit-compute-dtype", "bfloat16")...)
	if len(packed.Names()) != 12 { // A and B of 3 modules in 2 layers
		t.Fatalf("adapter keys %v", packed.Names())
	}
	for _, k := range packed.Names() {
		p, _ := packed.Tensor(k)
		f, ok := float.Tensor(k)
		if !ok {
			t.Fatalf("--dequantize-base's adapter lacks %s", k)
		}
		ps, fs := p.Float64s(), f.Float64s()
		for i := range fs {
			if math.Abs(ps[i]-fs[i]) > 1e-5*(1+math.Abs(fs[i])) {
				t.Fatalf("%s[%d] = %v packed, %v over the dequantized base", k, i, ps[i], fs[i])
			}
		}
	}
	// A saved bitsandbytes checkpoint as the base: llama-tiny with the
	// nf4 Linears torch wrote from its weights (testdata/quant/bnb-nf4,
	// which holds those tensors only).
	model = savedNF4(t, dir)
	run("saved-nf4")
	model = "testdata/models/llama-tiny"
	dora := filepath.Join(dir, "dora.json")
	if err := os.WriteFile(dora, []byte(`{"r": 4, "target_modules": ["q_proj"], "use_dora": true}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"train", "--model", model, "--train-file", dataPath, "--args", argsPath, "--output-dir", "x", "--load-in-4bit"}, "train a LoRA adapter on it (QLoRA) with --peft or --adapter"},
		{[]string{"train", "--model", model, "--train-file", dataPath, "--args", argsPath, "--output-dir", "x", "--dequantize-base"}, "--dequantize-base applies to adapter training"},
		{append([]string{"train", "--backend", "interp", "--model", model, "--train-file", dataPath, "--args", argsPath, "--output-dir", "x", "--peft", dora}, q4...), "use_dora on model.layers.0.self_attn.q_proj, a Linear kept packed"},
	} {
		res := runKiln(t, dir, env, tc.args...)
		if res.code == 0 || !strings.Contains(res.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", tc.args, res.code, res.stderr, tc.want)
		}
	}
}

// savedNF4 writes under dir a bitsandbytes nf4 llama-tiny: the fixture's
// quantized Linears, llama-tiny's other tensors and its config with the
// fixture's quantization_config; it returns the directory.
func savedNF4(t *testing.T, dir string) string {
	t.Helper()
	root := repoRoot(t)
	fix := filepath.Join(root, "testdata", "quant", "bnb-nf4")
	base := filepath.Join(root, "testdata", "models", "llama-tiny")
	out := filepath.Join(dir, "llama-tiny-nf4")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	all := map[string]*tensor.Tensor{}
	quantized := map[string]bool{}
	q, err := weights.Open(filepath.Join(fix, "model.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	for _, n := range q.Names() {
		if all[n], err = q.Tensor(n); err != nil {
			t.Fatal(err)
		}
		if i := strings.Index(n, ".weight."); i >= 0 {
			quantized[n[:i]+".weight"] = true
		}
	}
	b, err := weights.Open(base)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for _, n := range b.Names() {
		if _, ok := all[n]; ok || quantized[n] {
			continue
		}
		if all[n], err = b.Tensor(n); err != nil {
			t.Fatal(err)
		}
	}
	if err := tensor.WriteSafetensorsFile(filepath.Join(out, "model.safetensors"), all, nil); err != nil {
		t.Fatal(err)
	}
	var cfg, fcfg map[string]any
	for _, c := range []struct {
		path string
		into *map[string]any
	}{{filepath.Join(base, "config.json"), &cfg}, {filepath.Join(fix, "config.json"), &fcfg}} {
		data, err := os.ReadFile(c.path)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, c.into); err != nil {
			t.Fatal(err)
		}
	}
	cfg["quantization_config"] = fcfg["quantization_config"]
	data, _ := json.Marshal(cfg)
	if err := os.WriteFile(filepath.Join(out, "config.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}
