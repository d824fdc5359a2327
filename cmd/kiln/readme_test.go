package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/kiln-ml/kiln/train/trainlog"
)

// readmeCommands returns the lines of README.md's sh code blocks that run
// kiln ("kiln ..." or "go run ./cmd/kiln ..."), without the setup step,
// skipping those that need the network or a long time (download, bench,
// cache rm).
func readmeCommands(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(filepath.Join(repoRoot(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cmds []string
	inSh := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "```"):
			inSh = !inSh && strings.HasPrefix(line, "```sh")
			continue
		case !inSh:
			continue
		}
		if _, rest, ok := strings.Cut(line, "go run ./cmd/kiln "); ok {
			line = "kiln " + rest
		}
		if !strings.HasPrefix(line, "kiln ") {
			continue
		}
		sub := strings.Fields(line)[1]
		if sub == "download" || sub == "bench" || strings.HasPrefix(line, "kiln cache rm") {
			continue
		}
		cmds = append(cmds, line)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cmds
}

// TestREADMEExamplesRunAsWritten runs every kiln command of README.md
// through the shell, as written, from a fresh directory holding only
// testdata (what a new clone has) with an empty home and hub cache.
func TestREADMEExamplesRunAsWritten(t *testing.T) {
	cmds := readmeCommands(t)
	seen := map[string]bool{}
	for _, c := range cmds {
		seen[strings.Fields(c)[1]] = true
	}
	for _, sub := range []string{"run", "generate", "forward", "demo", "watermark", "cache", "train", "plot"} {
		if !seen[sub] {
			t.Errorf("README.md has no runnable kiln %s example", sub)
		}
	}
	dir, env := freshDir(t)
	env = append(env, "PATH="+filepath.Dir(kilnBin)+string(os.PathListSeparator)+os.Getenv("PATH"))
	for _, c := range cmds {
		start := time.Now()
		cmd := exec.Command("bash", "-c", c)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		t.Logf("%v: %s", time.Since(start).Round(10*time.Millisecond), c)
		if err != nil {
			t.Errorf("%s: %v\n%s", c, err, out)
			continue
		}
		if strings.Contains(c, "--validation-split-percentage") {
			checkFineTune(t, c, dir)
		}
		if strings.Contains(c, "fill-mask") {
			// The shipped WordPiece vocabulary: every word of the text is
			// known, and predictions are WordPiece pieces, never
			// SentencePiece's "▁".
			if strings.Contains(string(out), "\u2581") || !strings.Contains(string(out), "the capital of france is ") {
				t.Errorf("%s:\n%s", c, out)
			}
		}
	}
}

// checkFineTune checks what the README's fine-tune example promises: its
// held-out evaluation loss (so the perplexity) goes down at every
// evaluation, and the run leaves its log and its curves.
func checkFineTune(t *testing.T, c, dir string) {
	t.Helper()
	_, out, ok := strings.Cut(c, "--output-dir ")
	if !ok {
		t.Errorf("%s: no --output-dir", c)
		return
	}
	out = filepath.Join(dir, strings.Fields(out)[0])
	logged, err := trainlog.ReadJSONL(filepath.Join(out, trainlog.LogFile))
	if err != nil {
		t.Error(err)
		return
	}
	var evals []float64
	for _, e := range logged {
		if v, ok := e["eval_loss"].(float64); ok {
			evals = append(evals, v)
		}
	}
	if len(evals) < 3 {
		t.Errorf("%s: %d evaluations logged, want at least 3", c, len(evals))
	}
	for i := 1; i < len(evals); i++ {
		if evals[i] > evals[i-1] {
			t.Errorf("%s: eval_loss went up, %v", c, evals)
			break
		}
	}
	t.Logf("%s: eval_loss %v", c, evals)
	if _, err := os.Stat(filepath.Join(out, trainlog.CurvesFile)); err != nil {
		t.Error(err)
	}
}

// helpExamples collects the Example lines of every command's --help.
func helpExamples(c *cobra.Command) []string {
	var out []string
	for _, line := range strings.Split(c.Example, "\n") {
		if line = strings.TrimSpace(line); strings.HasPrefix(line, "kiln ") {
			out = append(out, line)
		}
	}
	for _, sub := range c.Commands() {
		out = append(out, helpExamples(sub)...)
	}
	return out
}

// TestHelpExamplesRunAsWritten runs every --help example from a fresh
// directory holding testdata, as TestREADMEExamplesRunAsWritten does,
// except those README.md has word for word: that test runs them (each
// example costs a kiln process that loads and compiles a model).
func TestHelpExamplesRunAsWritten(t *testing.T) {
	all := helpExamples(rootCmd)
	if len(all) < 8 {
		t.Fatalf("only %d --help examples found: %q", len(all), all)
	}
	inREADME := map[string]bool{}
	for _, c := range readmeCommands(t) {
		inREADME[c] = true
	}
	var cmds []string
	for _, c := range all {
		if !inREADME[c] {
			cmds = append(cmds, c)
		}
	}
	t.Logf("%d --help examples, %d of them run by TestREADMEExamplesRunAsWritten", len(all), len(all)-len(cmds))
	dir, env := freshDir(t)
	env = append(env, "PATH="+filepath.Dir(kilnBin)+string(os.PathListSeparator)+os.Getenv("PATH"))
	for _, c := range cmds {
		start := time.Now()
		// An example of a run over several processes shows process 0; the
		// others run beside it with their --process-id, and all meet at a
		// free port instead of the example's.
		procs := []string{c}
		if n, coord, ok := multiProcessExample(c); ok {
			free := freeAddr(t)
			procs[0] = strings.ReplaceAll(c, coord, free)
			for i := 1; i < n; i++ {
				procs = append(procs, strings.Replace(procs[0], "--process-id 0", fmt.Sprintf("--process-id %d", i), 1))
			}
		}
		errs := make([]error, len(procs))
		outs := make([][]byte, len(procs))
		var wg sync.WaitGroup
		for i, pc := range procs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
				defer cancel()
				cmd := exec.CommandContext(ctx, "bash", "-c", pc)
				cmd.Dir, cmd.Env = dir, env
				outs[i], errs[i] = cmd.CombinedOutput()
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("%s: %v\n%s", procs[i], err, outs[i])
			}
		}
		t.Logf("%v: %s", time.Since(start).Round(10*time.Millisecond), c)
	}
}

// multiProcessExample reports whether example c is process 0 of a run over
// several processes (--num-processes N --process-id 0 --coordinator ADDR),
// with N and ADDR.
func multiProcessExample(c string) (int, string, bool) {
	c, _, _ = strings.Cut(c, "#") // the example's comment may name other ids
	f := strings.Fields(c)
	n, coord, zero := 0, "", false
	for i := 0; i+1 < len(f); i++ {
		switch f[i] {
		case "--num-processes":
			n, _ = strconv.Atoi(f[i+1])
		case "--coordinator":
			coord = f[i+1]
		case "--process-id":
			zero = f[i+1] == "0"
		}
	}
	return n, coord, n > 1 && coord != "" && zero
}
