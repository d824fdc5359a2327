package cuda

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends/backendtest"
	"github.com/kiln-ml/kiln/backends/interp"
)

// TestGeneratedCodeCompilesAsCXX checks, without a GPU or NVRTC, that the
// CUDA C of every conformance case is valid C++ for a host compiler given
// testdata/host_shim.h (CUDA's keywords and built-ins declared for the
// host): syntax and types, not semantics. Each function's kernels go in
// a namespace of their own (their names repeat across functions).
func TestGeneratedCodeCompilesAsCXX(t *testing.T) {
	cxx, err := exec.LookPath("g++")
	if err != nil {
		if cxx, err = exec.LookPath("clang++"); err != nil {
			t.Skip("no host C++ compiler (g++ or clang++) to check the generated code with")
		}
	}
	r := &recorder{Backend: interp.New(), seen: map[string]int{}}
	backendtest.Run(t, r)
	if len(r.errs) > 0 {
		t.Fatalf("generation failed: %s", r.errs[0])
	}
	shim, err := filepath.Abs(filepath.Join("testdata", "host_shim.h"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString(prelude)
	for i, text := range r.out {
		fmt.Fprintf(&b, "namespace f%d {\n%s\n}\n", i, strings.ReplaceAll(text, `extern "C" `, ""))
	}
	src := filepath.Join(t.TempDir(), "all.cpp")
	if err := os.WriteFile(src, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(cxx, "-std=c++20", "-fsyntax-only", "-Werror=return-type", "-include", shim, src).CombinedOutput()
	if err != nil {
		lines := strings.Split(string(out), "\n")
		if len(lines) > 40 {
			lines = lines[:40]
		}
		t.Fatalf("%s rejects the generated code: %v\n%s", cxx, err, strings.Join(lines, "\n"))
	}
}
