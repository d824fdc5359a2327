package main

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/tensor"
)

const llamaDir = "../../testdata/models/llama-tiny"

// TestForwardTP: kiln forward --tp 2 (interp on each device) writes the
// logits of the unsharded run within 1e-5.
func TestForwardTP(t *testing.T) {
	dir := t.TempDir()
	var logits [2]*tensor.Tensor
	for i, tp := range []int{1, 2} {
		out := filepath.Join(dir, "out.safetensors")
		if err := runForward(context.Background(), llamaDir, "interp", "", "", "1,15043,3186;1,450", "", "", "", out, tp, nil, nil); err != nil {
			t.Fatal(err)
		}
		got, _, err := tensor.ReadSafetensors(out)
		if err != nil {
			t.Fatal(err)
		}
		logits[i] = got["logits"]
	}
	a, b := logits[0].Float64s(), logits[1].Float64s()
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("logits %v vs %v", logits[0], logits[1])
	}
	for i := range a {
		if d := math.Abs(a[i] - b[i]); d > 1e-5 {
			t.Fatalf("logit %d: tp2 off by %g", i, d)
		}
	}
}

// TestGenerateTPMatchesFixtures: kiln generate --tp 2 gives transformers'
// greedy and beam-search tokens of qwen2-tiny (the fixtures the unsharded
// run is checked against).
func TestGenerateTPMatchesFixtures(t *testing.T) {
	f, err := os.Open(filepath.Join(qwen2Dir, "reference.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	type ids struct {
		IDs [][]int64 `json:"ids"`
	}
	var ref struct {
		Prompts [][]int64 `json:"prompts_ids"`
		Greedy  ids       `json:"greedy"`
		Beam4   ids       `json:"beam4"`
	}
	if err := json.NewDecoder(zr).Decode(&ref); err != nil {
		t.Fatal(err)
	}
	base := []string{"generate", "--model", qwen2Dir, "--tp", "2", "--ids", joinRows(ref.Prompts), "--json"}
	for _, c := range []struct {
		name  string
		flags []string
		want  [][]int64
	}{
		{"greedy", []string{"--max-new-tokens", "20"}, ref.Greedy.IDs},
		{"beam4", []string{"--max-new-tokens", "12", "--num-beams", "4"}, ref.Beam4.IDs},
	} {
		out, err := execKiln(t, append(base, c.flags...)...)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got struct {
			Sequences [][]int64 `json:"sequences"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%s: stdout %q: %v", c.name, out, err)
		}
		if !slices.EqualFunc(got.Sequences, c.want, slices.Equal) {
			t.Errorf("%s: %v, want %v", c.name, got.Sequences, c.want)
		}
	}
}

// TestRunTextGenerationTP: kiln run text-generation --tp 2 prints what
// the unsharded run prints.
func TestRunTextGenerationTP(t *testing.T) {
	var outs [2]string
	for i, tp := range []string{"1", "2"} {
		out, err := execKiln(t, "run", "text-generation", "--model", llamaDir, "--backend", "interp", "--tp", tp, "--max-new-tokens", "5", "Hello world")
		if err != nil {
			t.Fatal(err)
		}
		outs[i] = out
	}
	if outs[0] == "" || outs[0] != outs[1] {
		t.Errorf("tp1 printed %q, tp2 %q", outs[0], outs[1])
	}
}

// TestTPFlagErrors: what --tp cannot run is refused with a reason.
func TestTPFlagErrors(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out.safetensors")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"forward", "--model", llamaDir, "--tp", "4", "--ids", "1,2", "--out", out}, "num_key_value_heads 2 does not divide over 4 devices"},
		{[]string{"forward", "--model", llamaDir, "--tp", "2", "--backend", "xla", "--ids", "1,2", "--out", out}, "XLA/NCCL lowering"},
		{[]string{"forward", "--model", "../../testdata/models/t5-tiny", "--tp", "2", "--ids", "1,2", "--decoder-ids", "0", "--out", out}, "--tp shards decoders"},
		{[]string{"generate", "--model", "../../testdata/models/gpt2-tiny", "--tp", "2", "--ids", "1,2"}, "has no tensor-parallel plan"},
		{[]string{"run", "fill-mask", "--model", "../../testdata/models/bert-tiny-mlm", "--tp", "2", "a [MASK] b"}, "has no tensor-parallel plan"},
		{[]string{"generate", "--model", llamaDir, "--tp", "-1", "--ids", "1,2"}, "--tp -1"},
	} {
		_, err := execKiln(t, c.args...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: error %v, want %q", c.args, err, c.want)
		}
	}
}
