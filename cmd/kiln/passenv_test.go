package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestPassEnvironmentReachesEveryPass: KILN_DUMP_IR=all prints the IR after
// every pass the llvm backend runs, its own rewrites included, in pipeline
// order; KILN_DISABLE_PASSES and KILN_TIME_PASSES reach them too, and a
// misspelt pass name is an error naming it and the pipeline's passes.
func TestPassEnvironmentReachesEveryPass(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out.safetensors")
	args := []string{"forward", "--backend", "llvm", "--model", "testdata/models/gpt2-tiny", "--ids", "464,3139,286", "--out", out}
	env := func(kv ...string) []string { return append(os.Environ(), kv...) }

	r := mustRun(t, "", env("KILN_DUMP_IR=all"), args...)
	var order []string
	for _, m := range regexp.MustCompile(`// IR of \S+ after pass (\S+) \(pipeline llvm\)`).FindAllStringSubmatch(r.stderr, -1) {
		if !slices.Contains(order, m[1]) {
			order = append(order, m[1])
		}
	}
	want := []string{"decompose-long-attention", "decompose-expert-matmul", "decompose-quant-matmul", "attnmask", "decompose", "constfold", "simplify", "cse", "deadcode", "widen-half-dots"}
	if !slices.Equal(order, want) {
		t.Errorf("KILN_DUMP_IR=all dumped after %v, want %v", order, want)
	}

	// widen-half-dots changes nothing in this float32 program, so this run
	// reuses the module compiled above.
	r = mustRun(t, "", env("KILN_TIME_PASSES=1", "KILN_DISABLE_PASSES=widen-half-dots"), args...)
	if !strings.Contains(r.stderr, "kiln: pass decompose-long-attention") || !strings.Contains(r.stderr, "kiln: pass cse ") || strings.Contains(r.stderr, "kiln: pass widen-half-dots") {
		t.Errorf("KILN_TIME_PASSES with widen-half-dots disabled printed:\n%s", r.stderr)
	}

	stderr := mustFail(t, "", env("KILN_DISABLE_PASSES=widen-half-dot"), args...)
	if !strings.Contains(stderr, `"widen-half-dot"`) || !strings.Contains(stderr, "widen-half-dots") {
		t.Errorf("a misspelt pass name gave %q", stderr)
	}
}
