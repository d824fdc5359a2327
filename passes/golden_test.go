package passes_test

import (
	"flag"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

var update = flag.Bool("update", false, "rewrite the golden *.out.ir files in testdata")

// goldenCase runs one pass (or pipeline) on testdata/<name>.in.ir and
// compares the printed result with testdata/<name>.out.ir. Then it checks
// meaning, not just text: the input and output functions run on interp
// with the same random arguments must agree bit for bit (exact passes) or
// within tolerance (decompose).
type goldenCase struct {
	name  string
	run   func(*ir.Func) error
	exact bool
}

// goldenScaled lists the inexact cases that round (autocast): each result
// is compared within this fraction of its largest magnitude instead of
// elementwise within 2e-2 (rounding to bf16 before a sum with cancellation
// has no elementwise relative bound).
var goldenScaled = map[string]float64{"autocast_block": 3e-2}

func keepOnly(ops ...ir.Op) func(ir.Op) bool {
	return func(op ir.Op) bool {
		for _, o := range ops {
			if o == op {
				return true
			}
		}
		return false
	}
}

var goldenCases = []goldenCase{
	{"deadcode_basic", passes.DeadCode, true},
	{"cse_basic", passes.CSE, true},
	{"constfold_basic", passes.ConstFold(interpEval), true},
	{"simplify_arith", passes.Simplify, true},
	{"simplify_shapes", passes.Simplify, true},
	{"decompose_softmax", passes.Decompose(nil), false},
	{"decompose_keep", passes.Decompose(keepOnly(ir.OpSilu)), false},
	{"decompose_attention", passes.Decompose(nil), false},
	{"decompose_rng", passes.Decompose(nil), true},
	{"autocast_block", func(f *ir.Func) error { return passes.Autocast(f, ir.BFloat16) }, false},
	{"standard_mlp", func(f *ir.Func) error {
		return passes.Standard(nil, interpEval).Run(f, passes.Options{Verify: true})
	}, false},
}

func TestGolden(t *testing.T) {
	for _, c := range goldenCases {
		t.Run(c.name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", c.name+".in.ir"))
			if err != nil {
				t.Fatal(err)
			}
			orig, err := ir.Parse(string(src))
			if err != nil {
				t.Fatalf("%s.in.ir: %v", c.name, err)
			}
			f, _ := ir.Parse(string(src))
			verified(t, c.name, c.run, f)
			got := f.String()
			outPath := filepath.Join("testdata", c.name+".out.ir")
			if *update {
				if err := os.WriteFile(outPath, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(outPath)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s (go test -update rewrites it):\n--- got\n%s--- want\n%s", outPath, got, want)
			}
			// The output is itself valid IR text that round-trips.
			back, err := ir.Parse(got)
			if err != nil {
				t.Fatalf("output does not parse: %v", err)
			}
			if back.String() != got {
				t.Errorf("output does not round-trip through ir.Parse")
			}
			r := rand.New(rand.NewPCG(1, uint64(len(c.name))))
			for trial := 0; trial < 4; trial++ {
				// Exact passes must also hold on -0, inf and NaN inputs.
				args := randomArgsSpecial(t, r, orig, c.exact && trial%2 == 1)
				want, got := run(t, orig, args), run(t, f, args)
				if c.exact {
					sameBits(t, want, got)
					continue
				}
				for i := range want {
					atol, rtol := 2e-2, 2e-2
					if s := goldenScaled[c.name]; s > 0 {
						atol, rtol = s*maxAbs(want[i]), 0
					}
					if err := closeTo(want[i], got[i], atol, rtol); err != nil {
						t.Errorf("result %d: %v", i, err)
					}
				}
			}
		})
	}
}

// TestGoldenInputsAreCanonical keeps the hand-written inputs in the
// printer's canonical form, so diffs of outputs stay readable.
func TestGoldenInputsAreCanonical(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.in.ir"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := ir.Parse(string(src))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if f.String() != string(src) {
			t.Errorf("%s is not in canonical form; it prints as\n%s", name, f.String())
		}
		if !hasGoldenCase(strings.TrimSuffix(filepath.Base(name), ".in.ir")) {
			t.Errorf("%s has no entry in goldenCases", name)
		}
	}
}

func hasGoldenCase(name string) bool {
	for _, c := range goldenCases {
		if c.name == name {
			return true
		}
	}
	return false
}

// maxAbs is the largest finite magnitude of t's elements.
func maxAbs(t *tensor.Tensor) float64 {
	m := 0.0
	for i := 0; i < t.NumElements(); i++ {
		if v := math.Abs(ir.ElementFloat(t.DType, t.Data, i)); !math.IsInf(v, 0) && v > m {
			m = v
		}
	}
	return m
}
