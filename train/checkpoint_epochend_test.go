package train

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/kiln-ml/kiln/backends"
)

// epochEndCase is a resume case of TestResumeAtEpochEndIsBitExact: the
// run logs and evaluates at every epoch's end; pending says whether the
// interrupted run's checkpoint (step stop, an epoch's last) and the full
// run's last checkpoint were saved before that epoch's end.
type epochEndCase struct {
	resumeCase
	pendingCut, pendingLast bool
	// history is the full run's log history as "step kind" (kind as the
	// recorder's: loss, eval, train).
	history []string
	// evals are the eval_loss values by step (nil: epochEndEvals);
	// lrs, when set, the learning_rate logged with the loss at each step.
	evals, lrs map[int]float64
}

var epochEndEvals = map[int]float64{2: 0.5, 3: 0.375, 4: 0.25}

// epochEndCases: gpt2-tiny has 2 updates an epoch (4 rows), llama-tiny 2
// updates of 2 and 1 micro-batches (6 rows, gradient_accumulation_steps
// 2: the epoch's last update is a short group). save_steps 2 saves at the
// end of epoch 0's last update, before its on_epoch_end, and the
// interrupted run is cancelled right after that save.
var epochEndCases = func() []epochEndCase {
	gpt2 := filepath.Join("..", "testdata", "models", "gpt2-tiny")
	llama := filepath.Join("..", "testdata", "models", "llama-tiny")
	const epochs = `"logging_strategy": "epoch", "eval_strategy": "epoch"`
	fourSteps := []string{"2 loss", "2 eval", "4 loss", "4 eval", "4 train"}
	return []epochEndCase{
		// max_steps is reached at epoch 1's last step: the last
		// checkpoint (the max_steps save) also precedes an epoch end.
		{resumeCase{"gpt2_adafactor_maxsteps_at_epochend", gpt2, `"optim": "adafactor", ` + epochs, 4, 4, 2, 2}, true, true, fourSteps, nil, nil},
		// max_steps is reached mid-epoch: training stops there, but
		// that epoch's end still logs and evaluates.
		{resumeCase{"gpt2_maxsteps_midepoch", gpt2, epochs, 4, 3, 2, 2}, true, true, []string{"2 loss", "2 eval", "3 loss", "3 eval", "3 train"}, nil, nil},
		{resumeCase{"llama_neftune_accum_short_last_group", llama, `"neftune_noise_alpha": 5.0, "gradient_accumulation_steps": 2, ` + epochs, 6, 4, 2, 2}, true, true, fourSteps, nil, nil},
		// save_strategy "epoch" saves after the epoch end: nothing is
		// pending (the max_steps save at step 4 is saved again at its
		// epoch's end).
		{resumeCase{"gpt2_save_epoch", gpt2, `"save_strategy": "epoch", ` + epochs, 4, 4, 2, 0}, false, false, fourSteps, nil, nil},
		// reduce_lr_on_plateau cuts the lr at every step-end evaluation
		// from step 2 on: the epoch-end loss entry logs the lr of the
		// epoch's last update, not the cut one (HF passes the
		// learning_rate it read after the update to the epoch end's
		// _maybe_log_save_evaluate), which the resumed run must restore.
		{resumeCase{"gpt2_plateau_step_evals", gpt2, `"lr_scheduler_type": "reduce_lr_on_plateau", "lr_scheduler_kwargs": {"patience": 0, "factor": 0.5},
			"logging_strategy": "epoch", "eval_strategy": "steps", "eval_steps": 1`, 4, 4, 2, 2}, true, true,
			[]string{"1 eval", "2 eval", "2 loss", "3 eval", "4 eval", "4 loss", "4 train"},
			map[int]float64{1: 0.5, 2: 1, 3: 1, 4: 1}, map[int]float64{2: 3e-3, 4: 7.5e-4}},
	}
}()

// TestResumeAtEpochEndIsBitExact (issue #15): with logging_strategy and
// eval_strategy "epoch", a run, the same run interrupted right after a
// checkpoint saved at an epoch's last step and resumed, and a run resumed
// from the full run's last checkpoint end with identical log histories
// (the resumed runs run the pending on_epoch_end, its log and its
// evaluation first), weights and last checkpoint files; the resumed run's
// events are on_train_begin, on_epoch_begin of the checkpoint's epoch and
// then the uninterrupted run's from that save on. A checkpoint whose
// LoopStateFile predates epoch_end_pending resumes as before.
func TestResumeAtEpochEndIsBitExact(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training runs")
	}
	b := oneCPUBackend(t)
	for _, ec := range epochEndCases {
		tc := ec.resumeCase
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			evals := ec.evals
			if evals == nil {
				evals = epochEndEvals
			}
			fullRec := &recorder{}
			full, err := ckptTrainEval(t, b, tc, filepath.Join(root, "full"), "", 0, evals, fullRec)
			if err != nil {
				t.Fatal(err)
			}
			if got := historyKinds(full.State.LogHistory); !reflect.DeepEqual(got, ec.history) {
				t.Fatalf("uninterrupted run's log history %v, want %v", got, ec.history)
			}
			for _, e := range full.State.LogHistory {
				if want, ok := ec.lrs[e["step"].(int)]; ok && e["loss"] != nil && e["learning_rate"] != want {
					t.Errorf("step %v: learning_rate %v, want %v", e["step"], e["learning_rate"], want)
				}
			}
			cut := filepath.Join(root, "cut")
			_, err = ckptTrainEval(t, b, tc, cut, "", tc.stop, evals)
			var ie *InterruptedError
			ck := filepath.Join(cut, fmt.Sprintf("checkpoint-%d", tc.stop))
			if !errors.As(err, &ie) || ie.Step != tc.stop || ie.Checkpoint != ck {
				t.Fatalf("interrupted run: %v, want an InterruptedError at step %d with %s", err, tc.stop, ck)
			}
			checkPending(t, ck, ec.pendingCut)
			last := fmt.Sprintf("checkpoint-%d", tc.steps)
			checkPending(t, filepath.Join(root, "full", last), ec.pendingLast)

			if tc.name == epochEndCases[0].name {
				checkOldLoopFile(t, b, tc, ck, filepath.Join(root, "old"), evals)
			}

			resRec := &recorder{}
			resumed, err := ckptTrainEval(t, b, tc, cut, `, "resume_from_checkpoint": true`, 0, evals, resRec)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(full.State.LogHistory, resumed.State.LogHistory) {
				t.Errorf("log history differs:\nfull    %v\nresumed %v", full.State.LogHistory, resumed.State.LogHistory)
			}
			for _, p := range full.anyStep().Params() {
				a, _ := full.runner.Session().Download(p.Name)
				r, _ := resumed.runner.Session().Download(p.Name)
				if a == nil || r == nil || !bytes.Equal(a.Data, r.Data) {
					t.Errorf("parameter %s differs after resuming", p.Name)
				}
			}
			for _, f := range []string{"model.safetensors", OptimizerFile, TrainerStateFile, LoopStateFile, SchedulerFile, RNGStateFile} {
				a, err1 := os.ReadFile(filepath.Join(root, "full", last, f))
				r, err2 := os.ReadFile(filepath.Join(cut, last, f))
				if err := errors.Join(err1, err2); err != nil || !bytes.Equal(a, r) {
					t.Errorf("%s/%s differs between the runs (%v)", last, f, err)
				}
			}
			saved := slices.Index(fullRec.events, fmt.Sprintf("on_save %d", tc.stop))
			if saved < 0 {
				t.Fatalf("the uninterrupted run saved no checkpoint at step %d: %v", tc.stop, fullRec.events)
			}
			want := []string{"on_init_end 0", fmt.Sprintf("on_train_begin %d", tc.stop)}
			if ec.pendingCut {
				want = append(want, fmt.Sprintf("on_epoch_begin %d", tc.stop))
			}
			compareEvents(t, resRec.events, append(want, fullRec.events[saved+1:]...))

			// Resumed from the full run's last checkpoint: nothing is left
			// to train but, when pending, the last epoch's end.
			fresh := filepath.Join(root, "fresh")
			if err := os.CopyFS(filepath.Join(fresh, last), os.DirFS(filepath.Join(root, "full", last))); err != nil {
				t.Fatal(err)
			}
			atEnd, err := ckptTrainEval(t, b, tc, fresh, `, "resume_from_checkpoint": true`, 0, evals)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(full.State.LogHistory, atEnd.State.LogHistory) {
				t.Errorf("resumed from %s, log history differs:\nfull    %v\nresumed %v", last, full.State.LogHistory, atEnd.State.LogHistory)
			}
		})
	}
}

// historyKinds is a log history as "step kind" entries.
func historyKinds(h []LogEntry) []string {
	out := make([]string, len(h))
	for i, e := range h {
		out[i] = fmt.Sprintf("%v %s", e["step"], logKind(e))
	}
	return out
}

// checkPending checks dir's LoopStateFile says epoch_end_pending want.
func checkPending(t *testing.T, dir string, want bool) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, LoopStateFile))
	if err != nil {
		t.Fatal(err)
	}
	var l map[string]any
	if err := json.Unmarshal(data, &l); err != nil {
		t.Fatal(err)
	}
	if got, ok := l["epoch_end_pending"].(bool); !ok || got != want {
		t.Errorf("%s/%s: epoch_end_pending %v, want %v", filepath.Base(dir), LoopStateFile, l["epoch_end_pending"], want)
	}
}

// checkOldLoopFile resumes a copy of checkpoint ck in out whose
// LoopStateFile lacks epoch_end_pending and learning_rate, as kiln wrote it
// before them: it resumes as it did then, at the next epoch without the
// pending epoch end (whose log and evaluation are missing).
func checkOldLoopFile(t *testing.T, b backends.Backend, tc resumeCase, ck, out string, evals map[int]float64) {
	t.Helper()
	dst := filepath.Join(out, filepath.Base(ck))
	if err := os.CopyFS(dst, os.DirFS(ck)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dst, LoopStateFile)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var l map[string]any
	if err := json.Unmarshal(data, &l); err != nil {
		t.Fatal(err)
	}
	delete(l, "epoch_end_pending")
	delete(l, "learning_rate")
	if data, err = json.Marshal(l); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	old, err := ckptTrainEval(t, b, tc, out, `, "resume_from_checkpoint": true`, 0, evals)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{fmt.Sprintf("%d loss", tc.steps), fmt.Sprintf("%d eval", tc.steps), fmt.Sprintf("%d train", tc.steps)}
	if got := historyKinds(old.State.LogHistory); !reflect.DeepEqual(got, want) {
		t.Errorf("resumed from a checkpoint without epoch_end_pending: log history %v, want %v", got, want)
	}
}
