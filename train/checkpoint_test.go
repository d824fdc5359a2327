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
	// rows of the data set (batches of 2), max_steps (and save_steps:
	// the last checkpoint is the end's), and the step after which the
	// interrupted run is cancelled.
	rows, steps, stop int
	// save is save_steps when > 0 (else steps).
	save int
}

// resumeCases (few micro-batches: interp runs a whole-model step in about
// 2 s). llama: 6 rows make 3 micro-batches an epoch, with
// gradient_accumulation_steps 2 two updates (2 and 1 micro-batches):
// step 1 ends mid-epoch. gpt2: 4 rows, 2 updates an epoch: step 2 ends
// epoch 0 and step 3 runs in epoch 1. Both leave the loss of the steps
// since the last log (logging_steps 2 and 3) pending at the interruption.
var resumeCases = []resumeCase{
	{"llama_neftune_accum_midepoch", filepath.Join("..", "testdata", "models", "llama-tiny"), `"neftune_noise_alpha": 5.0, "gradient_accumulation_steps": 2, "optim": "adamw_torch", "logging_steps": 2`, 6, 2, 1, 0},
	{"gpt2_dropout_tied_adafactor_epochend", filepath.Join("..", "testdata", "models", "gpt2-tiny"), `"optim": "adafactor", "logging_steps": 3`, 4, 3, 2, 0},
}

// ckptTrain trains modelDir on b with the common arguments of the resume
// test plus extra, into out; stopAfter > 0 cancels the context after that
// step. The clock advances one second per read, so that train_runtime is
// the same in every run.
func ckptTrain(t *testing.T, b backends.Backend, tc resumeCase, out, extra string, stopAfter int) (*Trainer, error) {
	t.Helper()
	return ckptTrainEval(t, b, tc, out, extra, stopAfter, nil)
}

// ckptTrainEval is ckptTrain with, when evals is not nil, an Evaluate hook
// whose eval_loss at global step n is evals[n] (1 when missing), so that
// a resumed run sees the evaluations the uninterrupted one saw, and
// callbacks cbs.
func ckptTrainEval(t *testing.T, b backends.Backend, tc resumeCase, out, extra string, stopAfter int, evals map[int]float64, cbs ...TrainerCallback) (*Trainer, error) {
	t.Helper()
	modelDir := tc.dir
	save := tc.steps
	if tc.save > 0 {
		save = tc.save
	}
	js := fmt.Sprintf(`{"output_dir": %q, "max_steps": %d, "per_device_train_batch_size": 2, "learning_rate": 3e-3,
		"save_steps": %d, "save_total_limit": 1, "warmup_steps": 1, "weight_decay": 0.01, "seed": 11, %s%s}`, out, tc.steps, save, tc.args, extra)
	args := testArgs(t, js)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	clock := time.Unix(0, 0)
	var tr *Trainer
	opts := TrainerOptions{ModelDir: modelDir, Callbacks: cbs,
		Now: func() time.Time { clock = clock.Add(time.Second); return clock },
		OnStep: func(step, _ int, _ float64) {
			if step == stopAfter {
				cancel()
			}
		}}
	if evals != nil {
		opts.Evaluate = func(context.Context) (map[string]float64, error) {
			v, ok := evals[tr.State.GlobalStep]
			if !ok {
				v = 1
			}
			return map[string]float64{"loss": v}, nil
		}
	}
	tr, err := NewTrainer(loadRunner(t, modelDir, b), args, lmRows(tc.rows, 6), opts)
	if err != nil {
		return nil, err
	}
	_, err = tr.Train(ctx)
	return tr, err
}

// TestResumeIsBitExact: a run, and the same run cancelled after a step
// (resumeCases) then resumed from its output_dir
// (resume_from_checkpoint true) end with identical weights, log history
// and last checkpoint's files, byte for byte, on interp (llama) and llvm (both). The
// interrupted run saved checkpoint-3 itself (save_steps 4) and
// save_total_limit 1 leaves only the last checkpoint.
func TestResumeIsBitExact(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training runs")
	}
	for name, b := range testbackends.CPU(t) {
		for _, tc := range resumeCases {
			if name == "interp" && tc.name != resumeCases[0].name {
				continue // one interp case: it runs a whole-model step in about 2 s
			}
			t.Run(name+"/"+tc.name, func(t *testing.T) {
				root := t.TempDir()
				full, err := ckptTrain(t, b, tc, filepath.Join(root, "full"), "", 0)
				if err != nil {
					t.Fatal(err)
				}
				cut := filepath.Join(root, "cut")
				_, err = ckptTrain(t, b, tc, cut, "", tc.stop)
				var ie *InterruptedError
				want := filepath.Join(cut, fmt.Sprintf("checkpoint-%d", tc.stop))
				if !errors.As(err, &ie) || !errors.Is(err, context.Canceled) || ie.Step != tc.stop || ie.Checkpoint != want {
					t.Fatalf("interrupted run: %v, want an InterruptedError at step %d with %s", err, tc.stop, want)
				}
				resumed, err := ckptTrain(t, b, tc, cut, `, "resume_from_checkpoint": true`, 0)
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
				last := fmt.Sprintf("checkpoint-%d", tc.steps)
				for _, f := range []string{"model.safetensors", OptimizerFile, TrainerStateFile, LoopStateFile, SchedulerFile, RNGStateFile, TrainingArgsFile} {
					a, err := os.ReadFile(filepath.Join(root, "full", last, f))
					if err != nil {
						t.Fatal(err)
					}
					r, err := os.ReadFile(filepath.Join(cut, last, f))
					if err != nil {
						t.Fatal(err)
					}
					if f == TrainingArgsFile {
						continue // output_dir and resume_from_checkpoint differ
					}
					if !bytes.Equal(a, r) {
						t.Errorf("%s/%s differs between the runs", last, f)
					}
				}
				for _, d := range []string{filepath.Join(root, "full"), cut} {
					if cks, _ := sortedCheckpoints(d); len(cks) != 1 || filepath.Base(cks[0]) != last {
						t.Errorf("%s holds %v, want only %s (save_total_limit 1)", d, cks, last)
					}
				}
			})
		}
	}
}
