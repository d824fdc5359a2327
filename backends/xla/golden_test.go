package xla

import (
	"context"
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
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/passes"
)

var update = flag.Bool("update", false, "rewrite the golden StableHLO files in testdata")

// recorder is interp under interp's name (so backendtest checks only the
// hand-written expectations, quickly) that also lowers every function it
// compiles to StableHLO and keeps the text.
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
	m, err := Emit(f, o)
	again, err2 := Emit(f, o)
	r.mu.Lock()
	n := r.seen[f.Name]
	r.seen[f.Name]++
	key := f.Name
	if n > 0 {
		key = fmt.Sprintf("%s#%d", f.Name, n)
	}
	switch {
	case err != nil:
		r.errs = append(r.errs, fmt.Sprintf("%s: %v\n%s", key, err, f))
	case err2 != nil || again.Text != m.Text:
		r.errs = append(r.errs, fmt.Sprintf("%s: emission is not deterministic", key))
	default:
		r.out = append(r.out, fmt.Sprintf("// ===== %s\n%s", key, m.Text))
	}
	r.mu.Unlock()
	return exe, nil
}

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./backends/xla -run %s -update to create it)", err, t.Name())
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
			t.Fatalf("%s differs from the emitted StableHLO at line %d:\n got: %s\nwant: %s\n(rerun with -update if the change is intended)", path, i+1, g, w)
		}
	}
}

// TestEmitConformanceCases lowers every function the conformance suite
// compiles (each op case and the buffer tests) and compares the StableHLO
// with testdata/backendtest.mlir. It needs no plugin.
func TestEmitConformanceCases(t *testing.T) {
	r := &recorder{Backend: interp.New(), seen: map[string]int{}}
	t.Run("suite", func(t *testing.T) { backendtest.Run(t, r) })
	if len(r.errs) > 0 {
		t.Fatalf("%d functions failed to lower:\n%s", len(r.errs), strings.Join(r.errs, "\n"))
	}
	if len(r.out) < len(ir.AllOps()) {
		t.Fatalf("only %d functions were lowered", len(r.out))
	}
	checkGolden(t, "backendtest.mlir", strings.Join(r.out, "\n"))
}

// TestEmitModels lowers the prefill and decode programs of tiny models
// built through models/auto and compares them with golden files.
func TestEmitModels(t *testing.T) {
	for _, tc := range []struct {
		model string
		dt    ir.DType
		specs []models.Spec
	}{
		{"qwen2-tiny", ir.Float32, []models.Spec{{Batch: 1, Seq: 5}, {Batch: 1, Seq: 1, Cache: 8}}},
		{"llama-tiny", ir.BFloat16, []models.Spec{{Batch: 2, Seq: 3, Cache: 6}}},
		{"qwen3-tiny", ir.Float32, []models.Spec{{Batch: 1, Seq: 1, Cache: 8}}},
		{"mistral-sliding-tiny", ir.Float32, []models.Spec{{Batch: 1, Seq: 10}}},
		{"gpt2-tiny", ir.Float32, []models.Spec{{Batch: 1, Seq: 1, Cache: 8}}},
		{"bert-tiny-cls", ir.Float32, []models.Spec{{Batch: 2, Seq: 4}}},
	} {
		t.Run(tc.model, func(t *testing.T) {
			m, err := auto.Load(context.Background(), filepath.Join("..", "..", "testdata", "models", tc.model),
				auto.Options{Backend: "interp", DType: tc.dt})
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			var texts []string
			for _, s := range tc.specs {
				p, err := m.Program(context.Background(), s)
				if err != nil {
					t.Fatal(err)
				}
				mod, err := Emit(p.Func, backends.CompileOptions{Options: passes.Options{Verify: true}})
				if err != nil {
					t.Fatal(err)
				}
				if s.Cache > 0 && len(mod.Aliases) == 0 {
					t.Errorf("%s: no KV-cache parameter is aliased to its output", s)
				}
				texts = append(texts, fmt.Sprintf("// ===== %s %s %s aliases %v\n%s", tc.model, tc.dt, s, mod.Aliases, mod.Text))
			}
			checkGolden(t, tc.model+".mlir", strings.Join(texts, "\n"))
		})
	}
}
