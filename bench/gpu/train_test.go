package gpu

import (
	"bytes"
	"context"
	"testing"
)

// TestTrainBenchOnInterp runs the training benchmark on a tiny llama shape
// on the interpreter (no GPU, no HF peer): checkpoint writing, the compiled
// step, its timing and the report fields; the timed steps recompile nothing
// and the loss falls.
func TestTrainBenchOnInterp(t *testing.T) {
	Configs["llama-train-test"] = llama(32, 64, 2, 4, 2, 8, false)
	Configs["llama-train-test"]["vocab_size"] = 97
	defer delete(Configs, "llama-train-test")
	var log bytes.Buffer
	rep, err := RunTrainBench(context.Background(), TrainOptions{
		Model: "llama-train-test", Backend: "interp", Batch: 2, Seq: 8, Warmup: 1, Steps: 3, Log: &log,
	})
	if err != nil {
		t.Fatalf("%v\n%s", err, log.String())
	}
	k := rep.Kiln
	if rep.KilnErr != "" || k == nil {
		t.Fatalf("kiln failed: %s\n%s", rep.KilnErr, log.String())
	}
	if k.StepCompiles != 0 {
		t.Errorf("timed steps compiled %d programs, want 0", k.StepCompiles)
	}
	if !(k.TokensPerS > 0 && k.StepS > 0 && k.Params > 0) {
		t.Errorf("numbers missing: %+v", k)
	}
	if !(k.LastLoss < k.FirstLoss) {
		t.Errorf("loss %v -> %v did not fall", k.FirstLoss, k.LastLoss)
	}
}
