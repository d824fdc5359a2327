package train

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/models"
)

// TestFlosParamsCountsPeftModel checks the flos parameter count of a LoRA
// run against PEFT's model as transformers counts it: the whole base
// (its count when trained without an adapter, which the fixtures of
// full training pin) plus every tensor the adapter adds that is not an
// embedding (LoRA weights, DoRA magnitudes, modules_to_save copies;
// ModulesToSaveWrapper keeps the original beside the copy). On llama-tiny
// (untied) the lm_head copy adds lm_head's size again; on gpt2-tiny
// (tied) the head's original is the embedding, counted once and left out,
// so only the copy counts; bert-tiny-cls's classifier copy (weight and
// bias) adds to the base's classifier. Without the originals the llama
// and bert counts would be lower; counting a tied head's original would
// make gpt2's higher.
func TestFlosParamsCountsPeftModel(t *testing.T) {
	if testing.Short() {
		t.Skip("builds training steps")
	}
	for _, tc := range []struct {
		model, cfg string
		spec       models.Spec
		rows       *Dataset
	}{
		{"llama-tiny", `{"r": 4, "lora_alpha": 8, "target_modules": ["q_proj"], "use_dora": true, "modules_to_save": ["lm_head"]}`,
			models.Spec{Batch: 2, Seq: 8, Labels: true}, lmRows(2, 8)},
		{"gpt2-tiny", `{"r": 4, "lora_alpha": 8, "target_modules": ["c_attn"], "fan_in_fan_out": true, "modules_to_save": ["lm_head"]}`,
			models.Spec{Batch: 2, Seq: 8, Labels: true}, lmRows(2, 8)},
		{"bert-tiny-cls", `{"r": 4, "lora_alpha": 8, "target_modules": ["query", "value"], "modules_to_save": ["classifier", "score"], "task_type": "SEQ_CLS"}`,
			models.Spec{Batch: 2, Seq: 6, Labels: true}, clsRows(2)},
	} {
		t.Run(tc.model, func(t *testing.T) {
			dir := filepath.Join("..", "testdata", "models", tc.model)
			args := testArgs(t, fmt.Sprintf(`{"output_dir": %q, "max_steps": 1, "per_device_train_batch_size": 2, "save_strategy": "no"}`, t.TempDir()))
			count := func(r *models.Runner) int64 {
				t.Helper()
				tr, err := NewTrainer(r, args, tc.rows, TrainerOptions{ModelDir: dir, NoDropout: true})
				if err != nil {
					t.Fatal(err)
				}
				if _, err := tr.stepFor(context.Background(), tc.spec); err != nil {
					t.Fatal(err)
				}
				return tr.paramsNoEmbed
			}
			base := count(loadRunner(t, dir, interp.New()))
			r, a := loraRunner(t, dir, interp.New(), tc.cfg, 1)
			want := base
			for _, n := range a.Names() {
				x, _ := a.Tensor(n)
				if !isEmbedding(n) {
					want += int64(x.Shape.NumElements())
				}
			}
			copies := len(a.Overrides())
			if copies == 0 {
				t.Fatalf("adapter %s has no modules_to_save copy", tc.cfg)
			}
			if got := count(r); got != want {
				t.Errorf("flos parameters %d, want %d (base %d plus the adapter's %d tensors, %d of them copies)", got, want, base, len(a.Names()), copies)
			}
		})
	}
}
