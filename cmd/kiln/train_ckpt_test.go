package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/train"
	"github.com/kiln-ml/kiln/train/trainlog"
)

// TestTrainCtrlCSavesAndResumes: SIGINT during kiln train stops it after
// the current step with a full checkpoint of that step and exit status 0
// (no final model); --resume-from-checkpoint true then continues from it.
func TestTrainCtrlCSavesAndResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	rows := strings.Repeat(`{"input_ids": [1, 450, 7483, 310, 3444, 338], "labels": [1, 450, 7483, 310, 3444, 338]}`+"\n", 4)
	dir, env, argsPath, dataPath := trainFiles(t, `{"max_steps": 100000, "per_device_train_batch_size": 2, "learning_rate": 1e-3,
		"logging_steps": 1, "save_steps": 100000, "report_to": "none"}`, rows)
	cmd := exec.Command(kilnBin, "train", "--model", "testdata/models/llama-tiny", "--train-file", dataPath, "--args", argsPath, "--output-dir", "out")
	cmd.Dir, cmd.Env = dir, env
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var log strings.Builder
	sc := bufio.NewScanner(stderr)
	timer := time.AfterFunc(3*time.Minute, func() { cmd.Process.Kill() })
	defer timer.Stop()
	signalled := false
	for sc.Scan() {
		log.WriteString(sc.Text() + "\n")
		if !signalled && strings.HasPrefix(sc.Text(), "kiln: step 2: loss") {
			if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
				t.Fatal(err)
			}
			signalled = true
		}
	}
	err = cmd.Wait()
	if !signalled || err != nil {
		t.Fatalf("kiln train: %v (signalled %v)\n%s", err, signalled, log.String())
	}
	if !strings.Contains(log.String(), "kiln: interrupted after step ") || !strings.Contains(log.String(), "continue with --resume-from-checkpoint true") {
		t.Fatalf("no interruption message:\n%s", log.String())
	}
	out := filepath.Join(dir, "out")
	if _, err := os.Stat(filepath.Join(out, "model.safetensors")); !os.IsNotExist(err) {
		t.Errorf("an interrupted run wrote the final model: %v", err)
	}
	// Besides the checkpoint: the log so far and its curves.
	var es []os.DirEntry
	all, _ := os.ReadDir(out)
	for _, e := range all {
		if e.Name() != trainlog.LogFile && e.Name() != trainlog.CurvesFile {
			es = append(es, e)
		}
	}
	if len(es) != 1 || !strings.HasPrefix(es[0].Name(), "checkpoint-") || len(all) != 3 {
		t.Fatalf("out holds %v, want one checkpoint-N, %s and %s", all, trainlog.LogFile, trainlog.CurvesFile)
	}
	for _, f := range []string{"model.safetensors", "optimizer.safetensors", "trainer_state.json", "scheduler.json", "rng_state.json", "training_args.json", "trainer_loop.json"} {
		if _, err := os.Stat(filepath.Join(out, es[0].Name(), f)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	// Resume for one more step (a shorter run: max_steps is the args').
	step, err := strconv.Atoi(strings.TrimPrefix(es[0].Name(), "checkpoint-"))
	if err != nil {
		t.Fatal(err)
	}
	args2 := filepath.Join(dir, "args2.json")
	if err := os.WriteFile(args2, []byte(`{"max_steps": `+strconv.Itoa(step+1)+`, "per_device_train_batch_size": 2, "learning_rate": 1e-3, "logging_steps": 1, "save_strategy": "no"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	r := mustRun(t, dir, env, "train", "--model", "testdata/models/llama-tiny", "--train-file", dataPath, "--args", args2, "--output-dir", "out", "--resume-from-checkpoint", "true")
	for _, want := range []string{"kiln: resuming from out/" + es[0].Name() + " at step " + strconv.Itoa(step), "kiln: step " + strconv.Itoa(step+1) + ": loss", "wrote the model"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("resumed run's stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	// The resumed run's train_log.jsonl is its whole log_history: the
	// restored entries, then the new ones, each once.
	st, err := train.ReadTrainerState(filepath.Join(out, "trainer_state.json"))
	if err != nil {
		t.Fatal(err)
	}
	logged, err := trainlog.ReadJSONL(filepath.Join(out, trainlog.LogFile))
	if err != nil {
		t.Fatal(err)
	}
	if len(st.LogHistory) != step+2 || !reflect.DeepEqual(logged, st.LogHistory) {
		t.Errorf("train_log.jsonl\n%v\nwant trainer_state.json's log_history (%d entries)\n%v", logged, step+2, st.LogHistory)
	}
}
