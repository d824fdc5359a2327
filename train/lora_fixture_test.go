package train

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/peft"
)

var (
	loraFixtureDir = filepath.Join("..", "testdata", "lora_train")
	// doraFixtureDir holds scripts/dora_fixture.py's cases: DoRA and
	// modules_to_save runs, in lora_train's layout.
	doraFixtureDir = filepath.Join("..", "testdata", "dora_train")
)

// TestLoRATrainingMatchesHFPEFT replays every case of testdata/lora_train
// (scripts/lora_train_fixture.py: HF Trainer + PEFT from a saved initial
// adapter): kiln trains the same adapter on the same frozen base with the
// same arguments and rows, and the log history, checkpoints'
// trainer_state.json and the saved adapter_model.safetensors (PEFT's key
// names, every tensor) must match HF's within the float32 fixture
// tolerances of TestTrainerMatchesHFFixtures (the bf16 ones for a case
// with bf16 autocast or a bf16 base, base_dtype: a bf16 Runner with
// float32 adapters). It skips when the fixtures
// are absent (they are recorded on the GPU machine, where peft is).
func TestLoRATrainingMatchesHFPEFT(t *testing.T) {
	replayAdapterFixtures(t, loraFixtureDir, "scripts/lora_train_fixture.py")
}

// TestDoRATrainingMatchesHFPEFT replays testdata/dora_train
// (scripts/dora_fixture.py) the same way: DoRA adapters on Llama's Linear
// and GPT-2's Conv1D with biases (lora_magnitude_vector trains, the norm
// detached), a BERT classifier's modules_to_save copy, and a Llama
// lm_head copy beside DoRA. It skips while the directory is absent.
func TestDoRATrainingMatchesHFPEFT(t *testing.T) {
	replayAdapterFixtures(t, doraFixtureDir, "scripts/dora_fixture.py")
}

// replayAdapterFixtures runs every case directory of root (see
// replayFixtureCases); script names what records root.
func replayAdapterFixtures(t *testing.T, root, script string) {
	replayFixtureCases(t, root, fmt.Sprintf("run %s %s", script, strings.TrimPrefix(root, "../")), runLoRAFixture)
}

// fixtureLoRABF16 are the limits of a LoRA run on a bf16 base (or under
// bf16 autocast) at peak learning rate lr: fixtureBF16, with the element
// bound and the later grad norms set by what bf16 rounding does to Adam.
// Adam's first update is ±lr for nearly every element whatever the
// gradient's size, so an element whose gradient is within bf16 rounding of
// zero moves lr the other way: a 2·lr difference at once, carried on by
// the moment estimates (measured: up to 3.5·lr after 5 steps). The
// element bound is therefore 4·lr. From the second step the gradients are
// those of weights that differ that way, and on
// llama_bf16_base_no_autocast (all-linear, constant lr 1e-2) they are not
// determined at bf16 precision: kiln's interp and llvm backends, which run
// the same casts and differ only in accumulation order, give grad norms
// 0.340 and 0.226 at step 4 (HF 0.327) while agreeing with HF at step 1
// (0.2968, 0.2973; HF 0.2966) and on every step's loss (4e-4). So the
// first step's norm is held to normRel, later ones only to 50% (a gross
// error such as a missing gradient term), and the losses at every step
// and each tensor's update (updateRel) stay the real checks.
func fixtureLoRABF16(lr float64) fixtureTolerances {
	tol := fixtureBF16
	tol.weightAbs = 4 * lr
	tol.normLaterRel = 0.5
	return tol
}

func runLoRAFixture(t *testing.T, dir string, b backends.Backend) {
	t.Helper()
	modelDir := filepath.Join(dir, "model")
	args, err := LoadTrainingArguments(filepath.Join(dir, "training_args.json"))
	if err != nil {
		t.Fatal(err)
	}
	rawArgs, err := os.ReadFile(filepath.Join(dir, "training_args.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(rawArgs), `"save_strategy"`) {
		args.SaveStrategy = "no"
	}
	args.OutputDir = t.TempDir()
	data, err := ReadJSONL(filepath.Join(dir, "data.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	initial := filepath.Join(dir, "initial_adapter")
	a, err := peft.Load(initial)
	if err != nil {
		t.Fatal(err)
	}
	r := loadRunner(t, modelDir, b)
	tol := fixtureFloat32
	if args.BF16 {
		tol = fixtureBF16
	}
	if dt, err := os.ReadFile(filepath.Join(dir, "base_dtype")); err == nil {
		// A bf16 base with float32 adapters (PEFT's autocast_adapter_dtype).
		if strings.TrimSpace(string(dt)) != "bfloat16" {
			t.Fatalf("%s/base_dtype: %q, want bfloat16", dir, dt)
		}
		r = halfRunner(t, modelDir, b, ir.BFloat16)
		tol = fixtureBF16
	}
	if tol == fixtureBF16 {
		tol = fixtureLoRABF16(args.LearningRate)
	}
	if err := r.SetAdapter(a); err != nil {
		t.Fatal(err)
	}
	tr, err := NewTrainer(r, args, data, TrainerOptions{NoDropout: true, ModelDir: modelDir})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Train(context.Background()); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "expected", "trainer_state.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		GlobalStep int              `json:"global_step"`
		MaxSteps   int              `json:"max_steps"`
		LogHistory []map[string]any `json:"log_history"`
	}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	st := tr.State
	if st.GlobalStep != want.GlobalStep || st.MaxSteps != want.MaxSteps {
		t.Errorf("global_step %d, max_steps %d; HF %d, %d", st.GlobalStep, st.MaxSteps, want.GlobalStep, want.MaxSteps)
	}
	if len(st.LogHistory) != len(want.LogHistory) {
		t.Fatalf("%d log entries, HF %d:\nkiln %v\nHF   %v", len(st.LogHistory), len(want.LogHistory), st.LogHistory, want.LogHistory)
	}
	for i, w := range want.LogHistory {
		compareLogEntry(t, tol, i, st.LogHistory[i], w)
	}
	compareCheckpoints(t, tol, filepath.Join(dir, "expected"), args.OutputDir)
	compareFixtureWeights(t, tol, tr, filepath.Join(initial, peft.WeightsFile), filepath.Join(dir, "expected", peft.WeightsFile))
}
