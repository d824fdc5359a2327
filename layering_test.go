package kiln

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLayering checks the import rules of docs and issue #13 on the real
// dependency graph (`go list -deps`, tests excluded): a package may not
// depend, directly or through others, on the packages listed for it.
func TestLayering(t *testing.T) {
	rules := []struct {
		pkg       string
		forbidden []string // import paths; a trailing "/..." means the subtree
		why       string
	}{
		{"./passes", []string{"github.com/kiln-ml/kiln/backends/..."}, "passes rewrite IR for every backend; backends hand in what passes need (the constant-folding evaluator)"},
		{"./frontend/...", []string{"github.com/kiln-ml/kiln/passes", "github.com/kiln-ml/kiln/backends/..."}, "the frontend builds IR only; passes write their decompositions with it"},
		{"./generate", []string{"github.com/kiln-ml/kiln/models/auto", "github.com/kiln-ml/kiln/hub", "github.com/kiln-ml/kiln/backends/llvm"}, "generate runs a Runner it is given; loading and backends are the caller's choice"},
		{"./session", []string{"github.com/kiln-ml/kiln/models/...", "github.com/kiln-ml/kiln/backends/llvm", "github.com/kiln-ml/kiln/backends/xla"}, "the session layer serves models and the Trainer alike, on any backend"},
	}
	for _, r := range rules {
		out, err := exec.Command("go", "list", "-deps", r.pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list -deps %s: %v\n%s", r.pkg, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, f := range r.forbidden {
				if matches(dep, f) {
					t.Errorf("%s depends on %s: %s", r.pkg, dep, r.why)
				}
			}
		}
	}
}

// matches reports whether import path dep is pattern (or, for a pattern
// ending in "/...", in its subtree).
func matches(dep, pattern string) bool {
	if root, ok := strings.CutSuffix(pattern, "/..."); ok {
		return dep == root || strings.HasPrefix(dep, root+"/")
	}
	return dep == pattern
}
