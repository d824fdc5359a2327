package cuda

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/backendtest"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
)

var update = flag.Bool("update", false, "rewrite the golden CUDA C files in testdata/golden")

// recorder is interp under interp's name (so backendtest checks only its
// hand-written expectations, quickly) that also generates the CUDA C of
// every function it compiles that the cuda backend declares, and keeps
// the text.
type recorder struct {
	*interp.Backend
	mu   sync.Mutex
	out  []string
	errs []string
	seen map[string]int
}

func (r *recorder) Name() string { return "interp" }

func (r *recorder) Compile(f *ir.Func, o backends.CompileOptions) (backends.Executable, error) {
	exe, err := r.Backend.Compile(f, o)
	if err != nil {
		return nil, err // an invalid function the suite expects to be refused
	}
	if why := undeclared(f); why != "" {
		return exe, nil
	}
	text, err := Generate(f, o)
	again, err2 := Generate(f, o)
	r.mu.Lock()
	defer r.mu.Unlock()
	n := r.seen[f.Name]
	r.seen[f.Name]++
	key := f.Name
	if n > 0 {
		key = fmt.Sprintf("%s#%d", f.Name, n)
	}
	switch {
	case err != nil:
		r.errs = append(r.errs, fmt.Sprintf("%s: %v\n%s", key, err, f))
	case err2 != nil || again != text:
		r.errs = append(r.errs, fmt.Sprintf("%s: generation is not deterministic", key))
	default:
		r.out = append(r.out, fmt.Sprintf("// ===== %s\n%s", key, strings.TrimPrefix(text, prelude)))
	}
	return exe, nil
}

// undeclared names an op of f the cuda backend neither declares nor
// decomposes, or "" (backendtest skips such cases on cuda).
func undeclared(f *ir.Func) string {
	caps := capabilities()
	for _, v := range f.Values {
		if !caps.HasOp(v.Op) && !v.Op.Has(ir.FlagComposite) {
			return v.Op.String()
		}
	}
	return ""
}

// checkGolden compares got with testdata/golden/name, or rewrites it with
// -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./backends/cuda -run %s -update to create it)", err, t.Name())
	}
	if string(want) == got {
		return
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Fatalf("%s differs from the generated code at line %d:\n got: %s\nwant: %s\n(review the change, then run go test ./backends/cuda -run %s -update)", path, i+1, g, w, t.Name())
		}
	}
}

// TestGoldenPrelude pins the prelude every module starts with.
func TestGoldenPrelude(t *testing.T) { checkGolden(t, "prelude.cu", prelude) }

// TestGoldenConformance generates the CUDA C of every conformance case
// the backend runs and compares it with testdata/golden/backendtest.cu,
// so that every change to the generated code is reviewed.
func TestGoldenConformance(t *testing.T) {
	r := &recorder{Backend: interp.New(), seen: map[string]int{}}
	backendtest.Run(t, r)
	if len(r.errs) > 0 {
		for _, e := range r.errs {
			t.Errorf("%s", strings.SplitN(e, "\n", 2)[0])
		}
		t.FailNow()
	}
	checkGolden(t, "backendtest.cu", strings.Join(r.out, "\n"))
}

// TestGoldenEpilogues pins the code of the GEMM epilogues (extraFuncs),
// which the conformance suite barely reaches.
func TestGoldenEpilogues(t *testing.T) {
	var out []string
	for _, x := range extraFuncs(t) {
		text, err := Generate(x.f, backends.CompileOptions{})
		if err != nil {
			t.Fatalf("%s: %v", x.f.Name, err)
		}
		out = append(out, fmt.Sprintf("// ===== %s\n%s", x.f.Name, strings.TrimPrefix(text, prelude)))
	}
	checkGolden(t, "epilogues.cu", strings.Join(out, "\n"))
}
