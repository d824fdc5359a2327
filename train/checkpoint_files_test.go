package train

import (
	"bufio"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

// mkCheckpoints creates output_dir entries: directories for names, and a
// plain file "checkpoint-7" that no listing may take for a checkpoint.
func mkCheckpoints(t *testing.T, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range names {
		if err := os.Mkdir(filepath.Join(dir, n), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "checkpoint-7"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	sort.Strings(out)
	return out
}

// TestRotateCheckpoints: transformers' rotate_checkpoints by step, oldest
// first, keeping the most recent and the best; other entries untouched.
func TestRotateCheckpoints(t *testing.T) {
	all := []string{"checkpoint-1", "checkpoint-2", "checkpoint-3", "checkpoint-5", "checkpoint-10", ".tmp-checkpoint-4-x", "checkpoint-x"}
	other := []string{".tmp-checkpoint-4-x", "checkpoint-7", "checkpoint-x"}
	for _, tc := range []struct {
		limit int
		best  string
		keep  []string
	}{
		{0, "", []string{"checkpoint-1", "checkpoint-10", "checkpoint-2", "checkpoint-3", "checkpoint-5"}},
		{-1, "", []string{"checkpoint-1", "checkpoint-10", "checkpoint-2", "checkpoint-3", "checkpoint-5"}},
		{2, "", []string{"checkpoint-10", "checkpoint-5"}},
		{2, "checkpoint-1", []string{"checkpoint-1", "checkpoint-10"}},
		{1, "checkpoint-2", []string{"checkpoint-10", "checkpoint-2"}},
		{3, "checkpoint-10", []string{"checkpoint-10", "checkpoint-3", "checkpoint-5"}},
		{1, "", []string{"checkpoint-10"}},
		{9, "", []string{"checkpoint-1", "checkpoint-10", "checkpoint-2", "checkpoint-3", "checkpoint-5"}},
	} {
		dir := mkCheckpoints(t, all...)
		best := ""
		if tc.best != "" {
			best = filepath.Join(dir, tc.best)
		}
		if err := RotateCheckpoints(dir, tc.limit, best); err != nil {
			t.Fatal(err)
		}
		want := append(append([]string(nil), tc.keep...), other...)
		sort.Strings(want)
		if got := listDir(t, dir); !reflect.DeepEqual(got, want) {
			t.Errorf("limit %d, best %q: left %v, want %v", tc.limit, tc.best, got, want)
		}
	}
}

// TestLastCheckpoint: the largest step by number (10 after 9), never a
// temporary directory or a file; "" when there is none.
func TestLastCheckpoint(t *testing.T) {
	dir := mkCheckpoints(t, "checkpoint-9", "checkpoint-10", ".tmp-checkpoint-11-x", "checkpoint-12.old")
	if got, err := LastCheckpoint(dir); err != nil || got != filepath.Join(dir, "checkpoint-10") {
		t.Errorf("LastCheckpoint = %q, %v; want checkpoint-10", got, err)
	}
	if got, err := LastCheckpoint(mkCheckpoints(t)); err != nil || got != "" {
		t.Errorf("LastCheckpoint of no checkpoint = %q, %v", got, err)
	}
	if _, err := LastCheckpoint(filepath.Join(dir, "nope")); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("LastCheckpoint of a missing directory: %v", err)
	}
}

// killChildEnv names the output directory of the child process that
// TestCheckpointKilledMidSave kills while it saves.
const killChildEnv = "KILN_TEST_CKPT_KILL_CHILD"

// TestCheckpointKillChild is the child of TestCheckpointKilledMidSave: it
// trains 2 steps saving every step and, once checkpoint-2's model files
// are in the temporary directory, says so on stdout and waits to be
// killed. Without the environment variable it does nothing.
func TestCheckpointKillChild(t *testing.T) {
	out := os.Getenv(killChildEnv)
	if out == "" {
		t.Skip("the child of TestCheckpointKilledMidSave")
	}
	checkpointFileHook = func(stage, name string) {
		if strings.Contains(filepath.Base(stage), "checkpoint-2") && name == OptimizerFile {
			fmt.Println("SAVING " + stage)
			time.Sleep(time.Minute)
		}
	}
	tr, err := smallTrainer(t, out, `"max_steps": 2`)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Train(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Fatal("the save of checkpoint-2 returned: the parent did not kill the child")
}

// smallTrainer is llama-tiny on 4 rows, saving every step into out.
func smallTrainer(t *testing.T, out, extra string) (*Trainer, error) {
	t.Helper()
	dir := filepath.Join("..", "testdata", "models", "llama-tiny")
	args := testArgs(t, fmt.Sprintf(`{"output_dir": %q, "per_device_train_batch_size": 2, "learning_rate": 1e-3,
		"save_steps": 1, "logging_steps": 1, "seed": 5, %s}`, out, extra))
	return NewTrainer(loadRunner(t, dir, oneCPUBackend(t)), args, lmRows(4, 5), TrainerOptions{ModelDir: dir, NoDropout: true})
}

// TestCheckpointKilledMidSave kills a process (this test binary, re-run
// as TestCheckpointKillChild) while it writes checkpoint-2: checkpoint-1
// is whole, no checkpoint-2 exists, LastCheckpoint picks checkpoint-1 and
// a run resumes from it to step 2.
func TestCheckpointKilledMidSave(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training in a child process")
	}
	out := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCheckpointKillChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), killChildEnv+"="+out)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	saving := make(chan string, 1)
	var log strings.Builder
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			log.WriteString(sc.Text() + "\n")
			if s, ok := strings.CutPrefix(sc.Text(), "SAVING "); ok {
				saving <- s
				io.Copy(io.Discard, stdout)
				return
			}
		}
		close(saving)
	}()
	var stage string
	select {
	case s, ok := <-saving:
		if !ok {
			cmd.Wait()
			t.Fatalf("the child ended without saving checkpoint-2:\n%s", log.String())
		}
		stage = s
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		t.Fatal("the child did not reach checkpoint-2's save in 2 minutes")
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if _, err := os.Stat(filepath.Join(stage, "model.safetensors")); err != nil {
		t.Fatalf("the half-written checkpoint-2 should be in %s: %v", stage, err)
	}
	if _, err := os.Stat(filepath.Join(out, "checkpoint-2")); !os.IsNotExist(err) {
		t.Fatalf("checkpoint-2 exists after the kill: %v", err)
	}
	last, err := LastCheckpoint(out)
	if err != nil || last != filepath.Join(out, "checkpoint-1") {
		t.Fatalf("LastCheckpoint = %q, %v; want checkpoint-1 (entries %v)", last, err, listDir(t, out))
	}
	for _, f := range []string{"model.safetensors", "config.json", TrainerStateFile, TrainingArgsFile, OptimizerFile, SchedulerFile, RNGStateFile, LoopStateFile} {
		if _, err := os.Stat(filepath.Join(last, f)); err != nil {
			t.Errorf("checkpoint-1: %v", err)
		}
	}
	// training_args.json reads back as the arguments it was written from.
	saved, err := LoadTrainingArguments(filepath.Join(last, TrainingArgsFile))
	if err != nil {
		t.Fatal(err)
	}
	tr, err := smallTrainer(t, out, `"max_steps": 2, "resume_from_checkpoint": true`)
	if err != nil {
		t.Fatal(err)
	}
	if want := *tr.args.ResumeFromCheckpoint; want != "true" {
		t.Fatalf("resume_from_checkpoint %q", want)
	}
	a := tr.args // the child's arguments: the same but for resuming
	a.ResumeFromCheckpoint = nil
	if !reflect.DeepEqual(saved, a) {
		t.Errorf("%s reads back as\n%+v\nwant\n%+v", TrainingArgsFile, saved, a)
	}
	if _, err := tr.Train(context.Background()); err != nil {
		t.Fatal(err)
	}
	if tr.State.GlobalStep != 2 || len(tr.State.LogHistory) != 3 {
		t.Errorf("resumed run: global_step %d, %d log entries; want 2 and 3", tr.State.GlobalStep, len(tr.State.LogHistory))
	}
	if _, err := os.Stat(filepath.Join(out, "checkpoint-2", OptimizerFile)); err != nil {
		t.Errorf("the resumed run's checkpoint-2: %v", err)
	}
}

// fileSums hashes every file of dir by name.
func fileSums(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	for _, n := range listDir(t, dir) {
		data, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		out[n] = sha256.Sum256(data)
	}
	return out
}

// copyDir copies the files of src into a new directory dst.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, n := range listDir(t, src) {
		if err := copyFile(filepath.Join(src, n), filepath.Join(dst, n)); err != nil {
			t.Fatal(err)
		}
	}
}

// TestResumeRefusesBadCheckpoints: a checkpoint of another model, a
// corrupted or truncated optimizer file, another optimizer's state, a
// checkpoint without kiln's state files and resume_from_checkpoint true
// without a checkpoint are errors naming the file (or field); the
// checkpoint's files are left as they were and the Runner's weights are
// not touched.
func TestResumeRefusesBadCheckpoints(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training")
	}
	root := t.TempDir()
	tr, err := smallTrainer(t, filepath.Join(root, "good"), `"max_steps": 1`)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Train(context.Background()); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(root, "good", "checkpoint-1")
	gpt2 := filepath.Join("..", "testdata", "models", "gpt2-tiny", "model.safetensors")
	for _, tc := range []struct {
		name  string
		spoil func(dir string) // nil: resume_from_checkpoint true in an empty output_dir
		extra string
		want  []string
	}{
		{"another_model", func(dir string) { copyFile(gpt2, filepath.Join(dir, "model.safetensors")) }, "", []string{"model.safetensors", "another model"}},
		{"optimizer_bitflip", func(dir string) { flipLastByte(t, filepath.Join(dir, OptimizerFile)) }, "", []string{OptimizerFile, "corrupted"}},
		{"optimizer_truncated", func(dir string) { truncate(t, filepath.Join(dir, OptimizerFile)) }, "", []string{OptimizerFile}},
		{"another_optimizer", func(string) {}, `, "optim": "adafactor"`, []string{OptimizerFile, `"adafactor"`}},
		{"no_loop_state", func(dir string) { os.Remove(filepath.Join(dir, LoopStateFile)) }, "", []string{LoopStateFile, "kiln resumes only from checkpoints it wrote"}},
		{"hf_checkpoint", func(dir string) {
			os.Remove(filepath.Join(dir, LoopStateFile))
			os.WriteFile(filepath.Join(dir, "optimizer.pt"), []byte("PK"), 0o644)
		}, "", []string{"Hugging Face Trainer checkpoint", "optimizer.pt"}},
		{"no_checkpoint", nil, "", []string{`"resume_from_checkpoint"`, "no checkpoint-N"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(root, tc.name, "checkpoint-1")
			resume := `"true"`
			if tc.spoil != nil {
				copyDir(t, good, dir)
				tc.spoil(dir)
				resume = fmt.Sprintf("%q", dir)
			} else if err := os.MkdirAll(filepath.Join(root, tc.name), 0o755); err != nil {
				t.Fatal(err)
			}
			before := map[string][32]byte{}
			if tc.spoil != nil {
				before = fileSums(t, dir)
			}
			r, err := smallTrainer(t, filepath.Join(root, tc.name), `"max_steps": 2, "resume_from_checkpoint": `+resume+tc.extra)
			var w0 []byte
			if err == nil {
				p := "model.embed_tokens.weight"
				x, derr := r.runner.Session().Download(p)
				if derr == nil {
					w0 = x.Data
				}
				_, err = r.Train(context.Background())
				if x, derr := r.runner.Session().Download(p); derr == nil && w0 != nil && string(x.Data) != string(w0) {
					t.Errorf("the failed resume changed %s", p)
				}
			}
			if err == nil {
				t.Fatal("no error")
			}
			t.Log(err)
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
			if tc.spoil != nil && !reflect.DeepEqual(before, fileSums(t, dir)) {
				t.Errorf("the failed resume changed the checkpoint's files")
			}
		})
	}
}

func flipLastByte(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)-1] ^= 0x40
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func truncate(t *testing.T, path string) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, fi.Size()/2); err != nil {
		t.Fatal(err)
	}
}

// TestInterruptWithoutCheckpoint: a context cancelled before the first
// step, or under save_strategy "no", ends Train with an InterruptedError
// that names no checkpoint, and nothing is written.
func TestInterruptWithoutCheckpoint(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training")
	}
	for _, tc := range []struct {
		name, extra string
		stopAfter   int // 0: cancelled before Train
		step        int
	}{
		{"before_the_first_step", `"max_steps": 3`, 0, 0},
		{"save_strategy_no", `"max_steps": 3, "save_strategy": "no"`, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			tr, err := smallTrainer(t, out, tc.extra)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tc.stopAfter == 0 {
				cancel()
			} else {
				tr.opts.OnStep = func(step, _ int, _ float64) {
					if step == tc.stopAfter {
						cancel()
					}
				}
			}
			_, err = tr.Train(ctx)
			var ie *InterruptedError
			if !errors.As(err, &ie) || ie.Step != tc.step || ie.Checkpoint != "" || !errors.Is(err, context.Canceled) {
				t.Fatalf("Train: %v, want an InterruptedError at step %d without a checkpoint", err, tc.step)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("output_dir was written: %v", err)
			}
		})
	}
}

// TestReadTrainerStateRoundTrip: what TrainerState.JSON writes,
// ReadTrainerState reads back: ints stay ints, floats floats (non-finite
// ones included, which Python's json writes as bare NaN and Infinity),
// the best-model fields, and strings holding those words are left alone.
func TestReadTrainerStateRoundTrip(t *testing.T) {
	best := 0.25
	st := TrainerState{Epoch: 1.5, GlobalStep: 3, TotalFlos: 1.2e17, BestMetric: &best, BestGlobalStep: 2,
		BestModelCheckpoint: "out/checkpoint-2 NaN Infinity",
		LogHistory: []LogEntry{
			{"loss": 2.5, "grad_norm": 1.0, "learning_rate": 1e-5, "epoch": 0.5, "step": 1},
			{"eval_loss": math.NaN(), "eval_acc": math.Inf(-1), "eval_f1": math.Inf(1), "epoch": 1.0, "step": 2},
			{"train_loss": 2.0, "train_runtime": 1.0, "total_flos": 1.2e17, "epoch": 1.5, "step": 3},
		}}
	path := filepath.Join(t.TempDir(), TrainerStateFile)
	if err := os.WriteFile(path, st.JSON(), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadTrainerState(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Epoch != st.Epoch || got.GlobalStep != 3 || got.TotalFlos != st.TotalFlos || got.BestMetric == nil || *got.BestMetric != best ||
		got.BestGlobalStep != 2 || got.BestModelCheckpoint != st.BestModelCheckpoint {
		t.Errorf("read %+v", got)
	}
	// JSON of what was read is the same text (NaN != NaN defeats DeepEqual).
	got.MaxSteps, got.StatefulCallbacks = st.MaxSteps, st.StatefulCallbacks
	if a, b := string(st.JSON()), string(got.JSON()); a != b {
		t.Errorf("round trip differs:\n%s\n%s", a, b)
	}
	for i, e := range got.LogHistory {
		if _, ok := e["step"].(int); !ok {
			t.Errorf("log %d: step %T, want int", i, e["step"])
		}
		if _, ok := e["epoch"].(float64); !ok {
			t.Errorf("log %d: epoch %T, want float64", i, e["epoch"])
		}
	}
	if err := os.WriteFile(path, []byte(`{"global_step": "3"}`), 0o644); err == nil {
		if _, err := ReadTrainerState(path); err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("a bad global_step: %v, want an error naming %s", err, path)
		}
	}
}
