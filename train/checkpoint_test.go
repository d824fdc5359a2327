package train

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/internal/testbackends"
)

// resumeCase is one model of the resume test: its directory and the
// arguments beyond the common ones (noise that the checkpoint's RNG state
// must reproduce: GPT-2's dropout, NEFTune on llama).
type resumeCase struct {
	name, dir, args string
}

var resumeCases = []resumeCase{
	{"llama_neftune_accum", filepath.Join("..", "testdata", "models", "llama-tiny"), `"neftune_noise_alpha": 5.0, "gradient_accumulation_steps": 2, "optim": "adamw_torch"`},
	{"gpt2_dropout_tied", filepath.Join("..", "testdata", "models", "gpt2-tiny"), `"optim": "adafactor"`},
}

// ckptTrain trains modelDir on b with the common arguments of the resume
// test plus extra, into out; stopAfter > 0 cancels the context after that
// step. The clock advances one second per read, so that train_runtime is
// the same in every run.
func ckptTrain(t *testing.T, b backends.Backend, modelDir, out, extra string, stopAfter int) (*Trainer, error) {
	t.Helper()
	js := fmt.Sprintf(`{"output_dir": %q, "max_steps": 6, "per_device_train_batch_size": 2, "learning_rate": 3e-3,
		"logging_steps": 3, "save_steps": 5, "save_total_limit": 1, "warmup_steps": 1, "weight_decay": 0.01, "seed": 11%s}`, out, extra)
	args := testArgs(t, js)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	clock := time.Unix(0, 0)
	tr, err := NewTrainer(loadRunner(t, modelDir, b), args, lmRows(10, 6), TrainerOptions{ModelDir: modelDir,
		Now: func() time.Time { clock = clock.Add(time.Second); return clock },
		OnStep: func(step, _ int, _ float64) {
			if step == stopAfter {
				cancel()
			}
		}})
	if err != nil {
		return nil, err
	}
	_, err = tr.Train(ctx)
	return tr, err
}

// TestResumeIsBitExact: a 6-step run, and the same run cancelled after
// step 4 (mid-epoch: 10 rows in batches of 2 make 3 updates per epoch with
// 2 micro-batches, 2 with one; loss pending since the log at step 3) then
// resumed from its output_dir (resume_from_checkpoint true) end with
// identical weights, log history and checkpoint-6 files, byte for byte, on
// interp and llvm. The interrupted run saved checkpoint-4 itself and
// save_total_limit 1 leaves only the last checkpoint.
func TestResumeIsBitExact(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training runs")
	}
	for name, b := range testbackends.CPU(t) {
		for _, tc := range resumeCases {
			if name == "llvm" && tc.name != resumeCases[0].name {
				continue // one llvm case: its whole-model compiles cost seconds each
			}
			t.Run(name+"/"+tc.name, func(t *testing.T) {
				extra := ", " + tc.args
				root := t.TempDir()
				full, err := ckptTrain(t, b, tc.dir, filepath.Join(root, "full"), extra, 0)
				if err != nil {
					t.Fatal(err)
				}
				cut := filepath.Join(root, "cut")
				_, err = ckptTrain(t, b, tc.dir, cut, extra, 4)
				var ie *InterruptedError
				if !errors.As(err, &ie) || !errors.Is(err, context.Canceled) || ie.Step != 4 || ie.Checkpoint != filepath.Join(cut, "checkpoint-4") {
					t.Fatalf("interrupted run: %v, want an InterruptedError at step 4 with checkpoint-4", err)
				}
				resumed, err := ckptTrain(t, b, tc.dir, cut, extra+`, "resume_from_checkpoint": true`, 0)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(full.State.LogHistory, resumed.State.LogHistory) {
					t.Errorf("log history differs:\nfull    %v\nresumed %v", full.State.LogHistory, resumed.State.LogHistory)
				}
				for _, p := range full.anyStep().Params() {
					a, err := full.runner.Session().Download(p.Name)
					if err != nil {
						t.Fatal(err)
					}
					r, err := resumed.runner.Session().Download(p.Name)
					if err != nil {
						t.Fatal(err)
					}
					if !bytes.Equal(a.Data, r.Data) {
						t.Errorf("parameter %s differs after resuming", p.Name)
					}
				}
				for _, f := range []string{"model.safetensors", OptimizerFile, TrainerStateFile, LoopStateFile, SchedulerFile, RNGStateFile, TrainingArgsFile} {
					a, err := os.ReadFile(filepath.Join(root, "full", "checkpoint-6", f))
					if err != nil {
						t.Fatal(err)
					}
					r, err := os.ReadFile(filepath.Join(cut, "checkpoint-6", f))
					if err != nil {
						t.Fatal(err)
					}
					if f == TrainingArgsFile {
						continue // output_dir and resume_from_checkpoint differ
					}
					if !bytes.Equal(a, r) {
						t.Errorf("checkpoint-6/%s differs between the runs", f)
					}
				}
				for _, d := range []string{filepath.Join(root, "full"), cut} {
					if cks, _ := sortedCheckpoints(d); len(cks) != 1 || filepath.Base(cks[0]) != "checkpoint-6" {
						t.Errorf("%s holds %v, want only checkpoint-6 (save_total_limit 1)", d, cks)
					}
				}
			})
		}
	}
}
