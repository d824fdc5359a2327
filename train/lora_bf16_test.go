package train

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/session"
	"github.com/kiln-ml/kiln/tensor"
)

// halfRunner loads dir on b with weights of dtype dt.
func halfRunner(t *testing.T, dir string, b backends.Backend, dt ir.DType) *models.Runner {
	t.Helper()
	r, err := models.NewRunner(fixture.Model(t, dir), fixture.Checkpoint(t, dir), b, dt, models.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

// TestLoRATrainingOnBF16Base trains a fresh LoRA adapter over llama-tiny
// loaded in bfloat16, with and without bf16 autocast (TrainingArguments
// bf16), as PEFT trains one over a from_pretrained(torch_dtype=bfloat16)
// model: the adapter's weights and their AdamW state are float32, the
// base stays bf16 and bit for bit unchanged, no float32 copy of a base
// matrix exists in the step's program or the session, the loss falls,
// and the saved adapter is float32 and gives the trained logits on a
// fresh bf16 Runner.
func TestLoRATrainingOnBF16Base(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training runs")
	}
	b := interp.New()
	dir := filepath.Join("..", "testdata", "models", "llama-tiny")
	for _, autocast := range []bool{true, false} {
		t.Run(fmt.Sprintf("bf16_autocast=%v", autocast), func(t *testing.T) {
			r := halfRunner(t, dir, b, ir.BFloat16)
			cfg, err := peft.ParseTrainingConfig([]byte(`{"r": 4, "lora_alpha": 8, "target_modules": ["q_proj", "v_proj", "down_proj"], "lora_dropout": 0.1}`), "lora_config.json", "llama")
			if err != nil {
				t.Fatal(err)
			}
			a, err := NewLoRA(r, cfg, "lora_config.json", 5)
			if err != nil {
				t.Fatal(err)
			}
			// PEFT's fresh adapter on a bf16 base: drawn in float32,
			// moved to bf16, upcast again: bf16 values in float32.
			for _, n := range a.Names() {
				x, _ := a.Tensor(n)
				if x.DType != ir.Float32 {
					t.Fatalf("new adapter tensor %s is %s, want float32", n, x.DType)
				}
				for _, v := range x.Float32s() {
					if tensor.BFloat16ToFloat32(tensor.Float32ToBFloat16(v)) != v {
						t.Fatalf("new adapter tensor %s holds %v, not a bf16 value", n, v)
					}
				}
			}
			if err := r.SetAdapter(a); err != nil {
				t.Fatal(err)
			}
			out := t.TempDir()
			js := fmt.Sprintf(`{"output_dir": %q, "max_steps": 8, "per_device_train_batch_size": 2, "learning_rate": 2e-2,
				"logging_steps": 1, "save_strategy": "no", "seed": 3, "weight_decay": 0.01, "bf16": %v}`, out, autocast)
			ids := []int64{5, 17, 42, 9, 300, 7}
			before := logitsOf(t, r, ids)
			tr, err := NewTrainer(r, testArgs(t, js), lmRows(2, 8), TrainerOptions{ModelDir: dir})
			if err != nil {
				t.Fatal(err)
			}
			step, err := tr.stepFor(context.Background(), models.Spec{Batch: 2, Seq: 8, Labels: true})
			if err != nil {
				t.Fatal(err)
			}
			var trained, frozen []string
			for _, p := range step.Params() {
				trained = append(trained, p.Name)
				if p.Type.DType != ir.Float32 {
					t.Errorf("trained parameter %s is %s, want float32", p.Name, p.Type)
				}
			}
			for _, p := range step.Frozen() {
				frozen = append(frozen, p.Name)
				if p.Type.DType != ir.BFloat16 {
					t.Errorf("frozen base parameter %s is %s, want bf16", p.Name, p.Type)
				}
			}
			sort.Strings(trained)
			if got, want := strings.Join(trained, " "), strings.Join(a.Names(), " "); got != want {
				t.Fatalf("trained parameters %s, want the adapter's %s", got, want)
			}
			if len(frozen) == 0 {
				t.Fatal("no frozen base weights")
			}
			for _, n := range step.OptimizerStateNames() {
				bt := bufferType(t, r, n)
				if !strings.HasPrefix(n, peft.KeyPrefix) || bt.DType != ir.Float32 {
					t.Errorf("optimizer state %s is %s: want float32 state of an adapter weight", n, bt)
				}
			}
			// No float32 copy of a base matrix: not a session buffer,
			// not a value the step's program converts a base weight to.
			isFrozen := map[string]bool{}
			for _, n := range frozen {
				isFrozen[n] = true
				if bt := bufferType(t, r, n); bt.DType != ir.BFloat16 {
					t.Errorf("session buffer %s is %s, want the bf16 base", n, bt)
				}
			}
			for _, p := range []*progs{{"fused", step.fused}} {
				if p.prog == nil {
					t.Fatalf("step has no %s program", p.name)
				}
				for _, v := range p.prog.Func.Values {
					if v.Op != ir.OpConvert || v.Type.DType != ir.Float32 || len(v.Args) != 1 {
						continue
					}
					src := v.Args[0]
					if src.Op == ir.OpParameter && isFrozen[src.Name] && src.Type.Shape.Rank() >= 2 {
						t.Errorf("the step converts base weight %s %s to float32", src.Name, src.Type)
					}
				}
			}
			base := downloadAll(t, r, frozen)
			if _, err := tr.Train(context.Background()); err != nil {
				t.Fatal(err)
			}
			for n, v := range downloadAll(t, r, frozen) {
				if !bytes.Equal(v, base[n]) {
					t.Errorf("base weight %s changed in training", n)
				}
			}
			var losses []float64
			for _, e := range tr.State.LogHistory {
				if l, ok := e["loss"].(float64); ok {
					losses = append(losses, l)
				}
			}
			t.Logf("losses %.4f", losses)
			if len(losses) != 8 || !(losses[7] < 0.9*losses[0]) {
				t.Errorf("losses %v: want 8, the last below 0.9 x the first", losses)
			}
			if err := tr.Save(out); err != nil {
				t.Fatal(err)
			}
			after := logitsOf(t, r, ids)
			saved, err := peft.Load(out)
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range saved.Names() {
				if x, _ := saved.Tensor(n); x.DType != ir.Float32 {
					t.Errorf("saved adapter tensor %s is %s, want float32 (PEFT saves the float32 weights)", n, x.DType)
				}
			}
			r2 := halfRunner(t, dir, b, ir.BFloat16)
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
				t.Error("the saved adapter on a fresh bf16 Runner gives other logits than the trained Runner")
			}
			if !moved {
				t.Error("training did not change the logits")
			}
		})
	}
}

type progs struct {
	name string
	prog *session.Program
}

func bufferType(t *testing.T, r *models.Runner, name string) ir.Type {
	t.Helper()
	bf, err := r.Session().Buffer(name)
	if err != nil {
		t.Fatal(err)
	}
	return bf.Type()
}

// TestFullTrainingOnBF16Refused: full fine-tuning wants float32 master
// weights; on a bf16 Runner NewStep says so and points at LoRA.
func TestFullTrainingOnBF16Refused(t *testing.T) {
	r := halfRunner(t, filepath.Join("..", "testdata", "models", "llama-tiny"), interp.New(), ir.BFloat16)
	opt, err := DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		t.Fatal(err)
	}
	_, err = NewStep(context.Background(), r, models.Spec{Batch: 1, Seq: 4, Labels: true}, StepConfig{Optimizer: opt})
	if err == nil || !strings.Contains(err.Error(), "full fine-tuning trains float32 master weights") || !strings.Contains(err.Error(), "LoRA") {
		t.Fatalf("got %v, want the full fine-tuning refusal", err)
	}
}
