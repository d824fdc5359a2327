package train

import (
	"context"
	"math"
	"path/filepath"
	"testing"
)

// TestTrainerRaggedAccumulation trains 6 rows with batch 4 and accumulation
// 2, so each optimizer step's second micro-batch has 2 rows (padded with
// ignored rows to the first's 4), and checks the trained weights against
// one batch of all 6 rows: with num_items_in_batch normalisation both are
// the full batch's gradient whichever rows each micro-batch holds (SGD, so
// the update is as sensitive to the gradient's scale as to its direction).
func TestTrainerRaggedAccumulation(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	dir := filepath.Join("..", "testdata", "models", "llama-tiny")
	b := oneCPUBackend(t)
	ctx := context.Background()
	train := func(js string) map[string][]float32 {
		r := loadRunner(t, dir, b)
		tr, err := NewTrainer(r, testArgs(t, js), lmRows(6, 5), TrainerOptions{NoDropout: true, ModelDir: dir})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tr.Train(ctx); err != nil {
			t.Fatal(err)
		}
		out := map[string][]float32{}
		for _, p := range []string{"model.layers.0.self_attn.q_proj.weight", "model.embed_tokens.weight", "model.norm.weight"} {
			w, err := r.Session().Download(p)
			if err != nil {
				t.Fatal(err)
			}
			out[p] = w.Float32s()
		}
		return out
	}
	common := `"max_steps": 2, "learning_rate": 0.5, "optim": "sgd", "max_grad_norm": 0, "seed": 3, "save_strategy": "no"`
	ragged := train(`{"per_device_train_batch_size": 4, "gradient_accumulation_steps": 2, ` + common + `}`)
	whole := train(`{"per_device_train_batch_size": 6, ` + common + `}`)
	for p, w := range whole {
		var worst float64
		for i := range w {
			worst = math.Max(worst, math.Abs(float64(w[i]-ragged[p][i])))
		}
		if worst > 1e-5 {
			t.Errorf("%s: ragged accumulation differs from the whole batch by %g", p, worst)
		}
	}
}
