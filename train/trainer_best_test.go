package train

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestLoadBestModelAtEnd: with load_best_model_at_end the final model is
// the best checkpoint's (eval loss 1, 0.5, 0.9, 0.95: checkpoint-2),
// byte for byte, not the last step's; without it, the last step's.
func TestLoadBestModelAtEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("training steps with checkpoints")
	}
	dir := filepath.Join("..", "testdata", "models", "llama-tiny")
	b := oneCPUBackend(t)
	for _, best := range []bool{true, false} {
		out := t.TempDir()
		flag := "false"
		if best {
			flag = "true"
		}
		args := testArgs(t, `{"per_device_train_batch_size": 1, "max_steps": 4, "learning_rate": 0.01, "eval_strategy": "steps", "eval_steps": 1,
			"save_strategy": "steps", "save_steps": 1, "load_best_model_at_end": `+flag+`, "metric_for_best_model": "loss", "output_dir": "`+filepath.ToSlash(out)+`"}`)
		evals := []float64{1, 0.5, 0.9, 0.95}
		n := 0
		tr, err := NewTrainer(loadRunner(t, dir, b), args, lmRows(4, 4), TrainerOptions{ModelDir: dir,
			Evaluate: func(context.Context) (map[string]float64, error) {
				n++
				return map[string]float64{"eval_loss": evals[n-1]}, nil
			}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tr.Train(context.Background()); err != nil {
			t.Fatal(err)
		}
		if want := filepath.Join(out, "checkpoint-2"); tr.State.BestModelCheckpoint != want {
			t.Fatalf("best checkpoint %q, want %q", tr.State.BestModelCheckpoint, want)
		}
		final := filepath.Join(t.TempDir(), "final")
		if err := tr.SaveModel(final); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(final, "model.safetensors"))
		if err != nil {
			t.Fatal(err)
		}
		ck2, _ := os.ReadFile(filepath.Join(out, "checkpoint-2", "model.safetensors"))
		ck4, _ := os.ReadFile(filepath.Join(out, "checkpoint-4", "model.safetensors"))
		if bytes.Equal(ck2, ck4) {
			t.Fatal("checkpoints 2 and 4 hold the same weights: the test proves nothing")
		}
		if want := map[bool][]byte{true: ck2, false: ck4}[best]; !bytes.Equal(got, want) {
			t.Errorf("load_best_model_at_end %v: the final model is not checkpoint-%d's", best, map[bool]int{true: 2, false: 4}[best])
		}
	}
}
