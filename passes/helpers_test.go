package passes_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// interpEval evaluates on the reference interpreter: constfold's
// evaluator in these tests, as in every backend's pipeline.
var interpEval = backends.NewEvaluator(interp.New())

// specials are the float inputs on which algebraic rewrites usually go wrong.
var specials = []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1}

// randomTensor fills a tensor of type t: floats uniform in [-3, 3) with a
// few exact zeros, integers in [-5, 5] (unsigned: [0, 10]), bools at random.
func randomTensor(t *testing.T, r *rand.Rand, ty ir.Type) *tensor.Tensor {
	return randomTensorSpecial(t, r, ty, false)
}

// randomTensorSpecial is randomTensor; with special set, one float element
// in four is one of specials (signed zeros, infinities, NaN, +-1).
func randomTensorSpecial(t *testing.T, r *rand.Rand, ty ir.Type, special bool) *tensor.Tensor {
	t.Helper()
	x, err := tensor.New(ty.DType, ty.Shape)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < ty.Shape.NumElements(); i++ {
		switch {
		case ty.DType.IsFloat():
			v := r.Float64()*6 - 3
			if r.IntN(16) == 0 {
				v = 0
			}
			if special && r.IntN(4) == 0 {
				v = specials[r.IntN(len(specials))]
			}
			ir.PutElementFloat(ty.DType, x.Data, i, v)
		case ty.DType == ir.Bool:
			ir.PutElementInt(ty.DType, x.Data, i, int64(r.IntN(2)))
		case ty.DType == ir.Uint8:
			ir.PutElementInt(ty.DType, x.Data, i, int64(r.IntN(11)))
		default:
			ir.PutElementInt(ty.DType, x.Data, i, int64(r.IntN(11)-5))
		}
	}
	return x
}

// randomArgs makes one random tensor per parameter of f.
func randomArgs(t *testing.T, r *rand.Rand, f *ir.Func) []*tensor.Tensor {
	return randomArgsSpecial(t, r, f, false)
}

// randomArgsSpecial makes one random tensor per parameter of f, with
// special float values mixed in when special is set.
func randomArgsSpecial(t *testing.T, r *rand.Rand, f *ir.Func, special bool) []*tensor.Tensor {
	args := make([]*tensor.Tensor, len(f.Params))
	for i, p := range f.Params {
		args[i] = randomTensorSpecial(t, r, p.Type, special)
	}
	return args
}

// run evaluates f on interp.
func run(t *testing.T, f *ir.Func, args []*tensor.Tensor) []*tensor.Tensor {
	t.Helper()
	out, err := interp.Eval(f, args...)
	if err != nil {
		t.Fatalf("interp on %s: %v\n%s", f.Name, err, f)
	}
	return out
}

// verified runs one pass through a pipeline with the verifier on.
func verified(t *testing.T, name string, fn func(*ir.Func) error, f *ir.Func) {
	t.Helper()
	p := passes.Pipeline{Name: "test", Passes: []passes.Pass{{Name: name, Run: fn}}}
	if err := p.Run(f, passes.Options{Verify: true}); err != nil {
		t.Fatal(err)
	}
}

// sameBits requires bitwise-identical outputs (the contract of every
// pass except decompose).
func sameBits(t *testing.T, want, got []*tensor.Tensor) {
	t.Helper()
	if len(want) != len(got) {
		t.Fatalf("%d results, want %d", len(got), len(want))
	}
	for i := range want {
		if !want[i].Equal(got[i]) {
			t.Errorf("result %d differs:\n got  %v\n want %v", i, got[i], want[i])
		}
	}
}

// closeTo requires |got-want| <= atol + rtol*|want| elementwise, equal NaN
// positions, and equal types.
func closeTo(want, got *tensor.Tensor, atol, rtol float64) error {
	_, err := errorRatio(want, got, atol, rtol)
	return err
}

// errorRatio returns the largest |got-want| / (atol + rtol*|want|) and an
// error when it exceeds 1 (or NaN/inf positions or types differ).
func errorRatio(want, got *tensor.Tensor, atol, rtol float64) (float64, error) {
	ratio := 0.0
	if !want.Type().Equal(got.Type()) {
		return 0, fmt.Errorf("type %s, want %s", got.Type(), want.Type())
	}
	worst, at := 0.0, -1
	for i := 0; i < want.NumElements(); i++ {
		w, g := ir.ElementFloat(want.DType, want.Data, i), ir.ElementFloat(got.DType, got.Data, i)
		if math.IsNaN(w) || math.IsNaN(g) {
			if math.IsNaN(w) != math.IsNaN(g) {
				return 0, fmt.Errorf("element %d: got %v, want %v", i, g, w)
			}
			continue
		}
		if math.IsInf(w, 0) || math.IsInf(g, 0) {
			if w != g {
				return 0, fmt.Errorf("element %d: got %v, want %v", i, g, w)
			}
			continue
		}
		if d := math.Abs(g-w) - (atol + rtol*math.Abs(w)); d > worst {
			worst, at = d, i
		}
		ratio = math.Max(ratio, math.Abs(g-w)/(atol+rtol*math.Abs(w)))
	}
	if at >= 0 {
		return ratio, fmt.Errorf("element %d: got %v, want %v (atol %g rtol %g)", at, ir.ElementFloat(got.DType, got.Data, at), ir.ElementFloat(want.DType, want.Data, at), atol, rtol)
	}
	return ratio, nil
}

func itoa(i int) string { return fmt.Sprint(i) }

func splitTrim(s, sep string) []string {
	var out []string
	for _, p := range strings.Split(s, sep) {
		out = append(out, strings.TrimSpace(p))
	}
	return out
}
