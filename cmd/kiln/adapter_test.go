package main

import (
	"context"
	"math"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/tensor"
)

// TestAdapterCLI: forward with --adapter differs from the base, and the
// checkpoint kiln adapter merge writes (float32) gives the same logits.
func TestAdapterCLI(t *testing.T) {
	base := filepath.Join("..", "..", "testdata", "models", "llama-tiny")
	lora := filepath.Join("..", "..", "testdata", "models", "llama-tiny-lora")
	tmp := t.TempDir()
	logits := func(model, adapter string) []float32 {
		out := filepath.Join(tmp, "out.safetensors")
		if err := runForward(context.Background(), model, "interp", "", adapter, "1,415,5565,302", "", "", "", out, 1, nil, nil); err != nil {
			t.Fatal(err)
		}
		ts, _, err := tensor.ReadSafetensors(out)
		if err != nil {
			t.Fatal(err)
		}
		return ts["logits"].Float32s()
	}
	plain, with := logits(base, ""), logits(base, lora)
	merged := filepath.Join(tmp, "merged")
	if err := runAdapterMerge(context.Background(), base, lora, merged, "float32"); err != nil {
		t.Fatal(err)
	}
	fromMerged := logits(merged, "")
	var dBase, dMerged float64
	for i := range with {
		dBase = math.Max(dBase, math.Abs(float64(with[i]-plain[i])))
		dMerged = math.Max(dMerged, math.Abs(float64(with[i]-fromMerged[i])))
	}
	if dBase < 1e-3 {
		t.Errorf("--adapter changed the logits by %g only", dBase)
	}
	if dMerged > 1e-4 {
		t.Errorf("merged checkpoint differs from the unmerged adapter by %g", dMerged)
	}
}
