package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/weights"
)

// TestTrainDevicesFullShard: kiln train --devices 2 with fsdp full_shard
// trains llama-tiny over two virtual devices (one row each), says so in
// its summary line, and writes a whole HF-layout model that kiln forward
// loads on one device; --devices on a backend other than interp or llvm
// is an error naming the flag.
func TestTrainDevicesFullShard(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	rows := strings.Repeat(`{"input_ids": [1, 450, 7483, 310, 3444, 338], "labels": [1, 450, 7483, 310, 3444, 338]}`+"\n", 2)
	dir, env, argsPath, dataPath := trainFiles(t, `{"max_steps": 1, "per_device_train_batch_size": 1, "learning_rate": 1e-3,
		"logging_steps": 1, "report_to": "none", "save_strategy": "no", "fsdp": "full_shard auto_wrap",
		"fsdp_config": {"transformer_layer_cls_to_wrap": ["LlamaDecoderLayer"]}}`, rows)
	r := mustRun(t, dir, env, "train", "--model", "testdata/models/llama-tiny", "--train-file", dataPath, "--args", argsPath,
		"--output-dir", "out", "--devices", "2", "--backend", "interp")
	if want := "full_shard over 2 virtual devices (2 rows a step before accumulation)"; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
	}
	ck, err := weights.Open(filepath.Join(dir, "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer ck.Close()
	if info, ok := ck.Info("model.embed_tokens.weight"); !ok || info.Shape[0] != 32000 {
		t.Errorf("saved embedding: %v %v, want the whole (32000, 64)", info, ok)
	}
	g := mustRun(t, dir, env, "forward", "--model", "out", "--ids", "1,2,3", "--out", "logits.safetensors")
	if !strings.Contains(g.stderr, "wrote 2 tensors") {
		t.Errorf("forward on the trained model: %s", g.stderr)
	}
	bad := mustFail(t, dir, env, "train", "--model", "testdata/models/llama-tiny", "--train-file", dataPath, "--args", argsPath,
		"--output-dir", "out2", "--devices", "2", "--backend", "xla")
	if !strings.Contains(bad, "--devices 2") {
		t.Errorf("--devices with xla: %s", bad)
	}
}
