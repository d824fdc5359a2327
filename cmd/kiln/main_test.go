package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// kilnBin is the CLI built once by TestMain; binary tests run it as a user
// would, in a process of its own.
var kilnBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "kiln-cli-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	kilnBin = filepath.Join(dir, "kiln")
	build := exec.Command("go", "build", "-o", kilnBin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building kiln: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// repoRoot is the repository's root folder (tests run in cmd/kiln).
func repoRoot(t *testing.T) string {
	t.Helper()
	abs, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// cliRun is one finished run of the binary.
type cliRun struct {
	stdout, stderr string
	code           int
}

// freshDir is an empty working directory with testdata linked to the
// repository's, the layout of a fresh clone seen from its root, and a
// home and hub cache of its own (nothing cached, nothing downloaded).
func freshDir(t *testing.T) (dir string, env []string) {
	t.Helper()
	dir = t.TempDir()
	if err := os.Symlink(filepath.Join(repoRoot(t), "testdata"), filepath.Join(dir, "testdata")); err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	env = append(os.Environ(), "HOME="+home, "HF_HOME="+filepath.Join(home, "hf"), "HF_HUB_CACHE=",
		"HUGGINGFACE_HUB_CACHE=", "HF_TOKEN=", "HF_ENDPOINT=", "HF_HUB_OFFLINE=", "TRANSFORMERS_OFFLINE=")
	// The compiled-module cache of the llvm backend is shared on purpose:
	// it lives under the user cache dir, which HOME moves.
	if c, err := os.UserCacheDir(); err == nil {
		env = append(env, "XDG_CACHE_HOME="+c)
	}
	return dir, env
}

// runKiln runs the binary with args in dir (the repository root when
// empty) with env (the test's environment when nil).
func runKiln(t *testing.T, dir string, env []string, args ...string) cliRun {
	t.Helper()
	cmd := exec.Command(kilnBin, args...)
	if dir == "" {
		dir = repoRoot(t)
	}
	cmd.Dir, cmd.Env = dir, env
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	r := cliRun{stdout: out.String(), stderr: errOut.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("kiln %s: %v", strings.Join(args, " "), err)
	}
	return r
}

// mustRun runs kiln and fails the test unless it exits 0.
func mustRun(t *testing.T, dir string, env []string, args ...string) cliRun {
	t.Helper()
	r := runKiln(t, dir, env, args...)
	if r.code != 0 {
		t.Fatalf("kiln %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
	}
	return r
}

// mustFail runs kiln, expects exit status 1 and returns stderr.
func mustFail(t *testing.T, dir string, env []string, args ...string) string {
	t.Helper()
	r := runKiln(t, dir, env, args...)
	if r.code != 1 {
		t.Fatalf("kiln %s: exit %d, want 1\nstdout: %s\nstderr: %s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
	}
	return r.stderr
}
