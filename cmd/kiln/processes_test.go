package main

import (
	"bytes"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/tensor"
)

// freeAddr is a 127.0.0.1 address whose port was free a moment ago.
func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// runProcesses runs the kiln binary n times at once, process i with args
// and --num-processes n --process-id i --coordinator on 127.0.0.1, in the
// repository root, and returns each run.
func runProcesses(t *testing.T, n int, args ...string) []cliRun {
	return runProcessesIn(t, "", nil, n, args...)
}

// runProcessesIn is runProcesses in dir (the repository root when empty)
// with env (the test's when nil).
func runProcessesIn(t *testing.T, dir string, env []string, n int, args ...string) []cliRun {
	t.Helper()
	addr := freeAddr(t)
	runs := make([]cliRun, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(kilnBin, append(args, "--num-processes", strconv.Itoa(n), "--process-id", strconv.Itoa(i), "--coordinator", addr, "--process-timeout", "60s")...)
			cmd.Dir, cmd.Env = dir, env
			if dir == "" {
				cmd.Dir = repoRoot(t)
			}
			var out, errOut bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errOut
			err := cmd.Run()
			runs[i] = cliRun{stdout: out.String(), stderr: errOut.String()}
			if err != nil {
				runs[i].code = -1
				if ee, ok := err.(*exec.ExitError); ok {
					runs[i].code = ee.ExitCode()
				}
			}
		}()
	}
	wg.Wait()
	return runs
}

// TestGenerateProcesses: kiln generate --tp 2 run as 2 processes of one
// device each prints, on process 0, exactly the one-process --tp 2 run's
// tokens (greedy); process 1 prints nothing and exits 0.
func TestGenerateProcesses(t *testing.T) {
	args := []string{"generate", "--model", "testdata/models/qwen2-tiny", "--tp", "2", "--backend", "interp", "--ids", "5,6,7;8,9", "--max-new-tokens", "6", "--json"}
	want := mustRun(t, "", nil, args...)
	runs := runProcesses(t, 2, args...)
	for i, r := range runs {
		if r.code != 0 {
			t.Fatalf("process %d: exit %d\n%s", i, r.code, r.stderr)
		}
	}
	if runs[0].stdout != want.stdout || want.stdout == "" {
		t.Errorf("process 0 printed %q, the one-process run %q", runs[0].stdout, want.stdout)
	}
	if runs[1].stdout != "" {
		t.Errorf("process 1 printed %q, want nothing", runs[1].stdout)
	}
}

// TestRunProcesses: kiln run text-generation --tp 2 as 2 processes
// prints the one-process run's text on process 0 only.
func TestRunProcesses(t *testing.T) {
	args := []string{"run", "text-generation", "--model", "testdata/models/llama-tiny", "--tp", "2", "--backend", "interp", "--max-new-tokens", "5", "--json", "Hello world"}
	want := mustRun(t, "", nil, args...)
	runs := runProcesses(t, 2, args...)
	for i, r := range runs {
		if r.code != 0 {
			t.Fatalf("process %d: exit %d\n%s", i, r.code, r.stderr)
		}
	}
	if runs[0].stdout != want.stdout || want.stdout == "" || runs[1].stdout != "" {
		t.Errorf("processes printed %q and %q, the one-process run %q", runs[0].stdout, runs[1].stdout, want.stdout)
	}
}

// TestForwardProcesses: kiln forward --tp 2 as 2 processes writes, from
// process 0 only, the one-process run's logits bit for bit.
func TestForwardProcesses(t *testing.T) {
	dir := t.TempDir()
	one, two := filepath.Join(dir, "one.safetensors"), filepath.Join(dir, "two.safetensors")
	args := []string{"forward", "--model", "testdata/models/llama-tiny", "--tp", "2", "--backend", "interp", "--ids", "1,15043,3186;1,450"}
	mustRun(t, "", nil, append(args, "--out", one)...)
	for i, r := range runProcesses(t, 2, append(args, "--out", two)...) {
		if r.code != 0 {
			t.Fatalf("process %d: exit %d\n%s", i, r.code, r.stderr)
		}
	}
	a, _, err := tensor.ReadSafetensors(one)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := tensor.ReadSafetensors(two)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("%d tensors vs %d", len(a), len(b))
	}
	for n, x := range a {
		if !x.Equal(b[n]) {
			t.Errorf("%s differs from the one-process run", n)
		}
	}
}

// TestProcessFlagsRefused: the process flags without a mesh, without a
// coordinator, or alone are refused with the reason.
func TestProcessFlagsRefused(t *testing.T) {
	gen := []string{"generate", "--model", "testdata/models/qwen2-tiny", "--ids", "5,6", "--max-new-tokens", "2", "--backend", "interp"}
	for _, c := range []struct {
		args []string
		want string
	}{
		{append(gen, "--num-processes", "2", "--coordinator", "127.0.0.1:1"), "give --tp N"},
		{append(gen, "--tp", "2", "--num-processes", "2"), "needs --coordinator HOST:PORT"},
		{append(gen, "--tp", "3", "--num-processes", "2", "--coordinator", "127.0.0.1:1"), "do not split evenly"},
		{append(gen, "--process-id", "1"), "give --num-processes N"},
		{append(gen, "--tp", "2", "--num-processes", "2", "--process-id", "2", "--coordinator", "127.0.0.1:1"), "--process-id 2 outside [0, 2)"},
		{[]string{"train", "--model", "testdata/models/llama-tiny", "--train-file", "x", "--args", "x", "--output-dir", os.TempDir(), "--num-processes", "2", "--coordinator", "127.0.0.1:1"}, "give --devices N"},
	} {
		if msg := mustFail(t, "", nil, c.args...); !strings.Contains(msg, c.want) {
			t.Errorf("kiln %s: %q, want %q", strings.Join(c.args, " "), msg, c.want)
		}
	}
}

// TestTrainProcesses: kiln train --devices 2 with fsdp full_shard run as
// 2 processes of one device each writes, from process 0, the one-process
// run's model and logged losses bit for bit (2 steps, a checkpoint after
// the first: its gather of the sharded weights runs on both processes);
// process 1 writes nothing into --output-dir and prints nothing.
func TestTrainProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	rows := `{"input_ids": [1, 450, 7483, 310, 3444, 338], "labels": [1, 450, 7483, 310, 3444, 338]}
{"input_ids": [1, 306, 4966, 278], "labels": [1, 306, 4966, 278]}
{"input_ids": [1, 3444, 338, 263, 4060], "labels": [1, 3444, 338, 263, 4060]}
{"input_ids": [1, 7483, 310], "labels": [1, 7483, 310]}
`
	dir, env, argsPath, dataPath := trainFiles(t, `{"max_steps": 2, "per_device_train_batch_size": 1, "learning_rate": 1e-3,
		"logging_steps": 1, "report_to": "none", "save_strategy": "steps", "save_steps": 1, "fsdp": "full_shard", "seed": 3}`, rows)
	args := []string{"train", "--model", "testdata/models/llama-tiny", "--train-file", dataPath, "--args", argsPath, "--devices", "2", "--backend", "interp"}
	mustRun(t, dir, env, append(args, "--output-dir", "one")...)
	runs := runProcessesIn(t, dir, env, 2, append(args, "--output-dir", "two")...)
	for i, r := range runs {
		if r.code != 0 {
			t.Fatalf("process %d: exit %d\n%s", i, r.code, r.stderr)
		}
	}
	if runs[1].stdout != "" || runs[1].stderr != "" {
		t.Errorf("process 1 printed %q / %q, want nothing", runs[1].stdout, runs[1].stderr)
	}
	for _, f := range []string{"model.safetensors", "checkpoint-1/model.safetensors", "checkpoint-1/optimizer.safetensors"} {
		a, _, err := tensor.ReadSafetensors(filepath.Join(dir, "one", f))
		if err != nil {
			t.Fatal(err)
		}
		b, _, err := tensor.ReadSafetensors(filepath.Join(dir, "two", f))
		if err != nil {
			t.Fatal(err)
		}
		if len(a) == 0 || len(a) != len(b) {
			t.Fatalf("%s: %d tensors vs %d", f, len(a), len(b))
		}
		for n, x := range a {
			if !x.Equal(b[n]) {
				t.Errorf("%s: %s differs from the one-process run", f, n)
			}
		}
	}
	losses := func(out string) []string {
		b, err := os.ReadFile(filepath.Join(dir, out, "train_log.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		var ls []string
		for _, line := range strings.Split(string(b), "\n") {
			if i := strings.Index(line, `"loss":`); i >= 0 {
				ls = append(ls, strings.SplitN(line[i:], ",", 2)[0])
			}
		}
		return ls
	}
	if a, b := losses("one"), losses("two"); len(a) != 2 || strings.Join(a, " ") != strings.Join(b, " ") {
		t.Errorf("losses %v, one process %v", b, a)
	}
}

// TestTrainProcessLost: killing process 1 of a 2-process kiln train once
// training has started makes process 0 exit 1 within its timeout, with
// an error naming the lost process, the train step and the exchange;
// --output-dir holds no model written half (only whole checkpoints).
func TestTrainProcessLost(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	rows := strings.Repeat(`{"input_ids": [1, 450, 7483, 310, 3444, 338], "labels": [1, 450, 7483, 310, 3444, 338]}`+"\n", 4)
	dir, env, argsPath, dataPath := trainFiles(t, `{"max_steps": 400, "per_device_train_batch_size": 1, "learning_rate": 1e-3,
		"logging_steps": 1, "report_to": "none", "save_strategy": "steps", "save_steps": 2, "fsdp": "full_shard"}`, rows)
	addr := freeAddr(t)
	cmds := make([]*exec.Cmd, 2)
	for i := range cmds {
		cmds[i] = exec.Command(kilnBin, "train", "--model", "testdata/models/llama-tiny", "--train-file", dataPath, "--args", argsPath,
			"--devices", "2", "--backend", "interp", "--output-dir", "out", "--num-processes", "2", "--process-id", strconv.Itoa(i),
			"--coordinator", addr, "--process-timeout", "20s")
		cmds[i].Dir, cmds[i].Env = dir, env
	}
	stderr, err := cmds[0].StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cmds {
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		defer c.Process.Kill()
	}
	// Process 0 prints its plan after the join and the model load; a
	// saved checkpoint says the steps run over both processes.
	var log strings.Builder
	buf := make([]byte, 4096)
	killed := time.Time{}
	for {
		n, err := stderr.Read(buf)
		log.Write(buf[:n])
		if killed.IsZero() && strings.Contains(log.String(), "saved checkpoint") {
			cmds[1].Process.Kill()
			killed = time.Now()
		}
		if err != nil {
			break
		}
	}
	err = cmds[0].Wait()
	cmds[1].Wait()
	if killed.IsZero() {
		t.Fatalf("process 0 ended before a checkpoint: %v\n%s", err, log.String())
	}
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("process 0: %v, want exit 1\n%s", err, log.String())
	}
	if took := time.Since(killed); took > 20*time.Second {
		t.Errorf("process 0 took %s after the kill", took)
	}
	lines := strings.Split(strings.TrimSpace(log.String()), "\n")
	t.Logf("process 0, %s after the kill: %s", time.Since(killed).Round(time.Millisecond), lines[len(lines)-1])
	for _, want := range []string{"process 1 of 2 lost during", "train step"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("process 0's error lacks %q:\n%s", want, log.String())
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "model.safetensors")); err == nil {
		t.Errorf("a final model was written after the failure")
	}
	cks, _ := filepath.Glob(filepath.Join(dir, "out", "checkpoint-*", "model.safetensors"))
	for _, ck := range cks {
		if _, _, err := tensor.ReadSafetensors(ck); err != nil {
			t.Errorf("checkpoint %s: %v", ck, err)
		}
	}
	if len(cks) == 0 {
		t.Errorf("no whole checkpoint before the failure")
	}
}
