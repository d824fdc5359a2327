package passes_test

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// FuzzStandardKeepingComposites feeds any IR text that parses through the
// standard pipeline with every composite kept, so only the exact passes
// (constfold, simplify, cse, deadcode) change it. They must never fail or
// panic on valid IR, must keep it valid, and must not change a single bit
// of any result on random (special-laden) inputs.
func FuzzStandardKeepingComposites(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.in.ir"))
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(src), uint64(1))
	}
	keepAll := func(ir.Op) bool { return true }
	f.Fuzz(func(t *testing.T, src string, seed uint64) {
		orig, err := ir.Parse(src)
		if err != nil {
			return
		}
		for _, v := range orig.Values {
			if v.Type.Shape.NumElements() > 1<<12 || v.Type.Shape.Rank() > 6 {
				return // keep each input fast to evaluate
			}
		}
		g, err := ir.Parse(src)
		if err != nil {
			t.Fatalf("second parse failed: %v", err)
		}
		if err := passes.Standard(keepAll, interpEval).Run(g, passes.Options{Verify: true}); err != nil {
			t.Fatalf("pipeline failed on valid IR: %v\n%s", err, src)
		}
		r := rand.New(rand.NewPCG(seed, 5))
		args := randomArgsSpecial(t, r, orig, seed%2 == 1)
		sameBits(t, run(t, orig, args), run(t, g, args))
	})
}
