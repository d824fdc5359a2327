package autodiff_test

import (
	"math"
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// input is one parameter of a test function: its type, values and whether
// its gradient is checked.
type input struct {
	name string
	typ  ir.Type
	vals []float64 // float64 values (integers for integer dtypes)
	wrt  bool
}

// floatIn returns a float64 input of the given dims with values drawn by
// gen (uniform in [-1, 1) when nil).
func floatIn(r *rand.Rand, name string, gen func(r *rand.Rand) float64, dims ...int) input {
	t := ir.Type{DType: ir.Float64, Shape: ir.Shape(dims)}
	vals := make([]float64, t.Shape.NumElements())
	for i := range vals {
		if gen != nil {
			vals[i] = gen(r)
		} else {
			vals[i] = 2*r.Float64() - 1
		}
	}
	return input{name: name, typ: t, vals: vals, wrt: true}
}

// intIn returns an int64 input (never differentiated) with values in [lo, hi).
func intIn(r *rand.Rand, name string, lo, hi int, dims ...int) input {
	t := ir.Type{DType: ir.Int64, Shape: ir.Shape(dims)}
	vals := make([]float64, t.Shape.NumElements())
	for i := range vals {
		vals[i] = float64(lo + r.Intn(hi-lo))
	}
	return input{name: name, typ: t, vals: vals}
}

func positive(r *rand.Rand) float64 { return 0.5 + r.Float64() }

// buildLoss builds a function of ins whose loss is sum(body(xs) * w) for a
// fixed random weight w (so every output element's cotangent differs).
func buildLoss(t *testing.T, r *rand.Rand, ins []input, body func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor) *ir.Func {
	t.Helper()
	f, err := frontend.Build("fd", func(g *frontend.Graph) error {
		xs := make([]*frontend.Tensor, len(ins))
		for i, in := range ins {
			xs[i] = g.Param(in.name, in.typ.DType, in.typ.Shape...)
		}
		y := body(g, xs)
		w := make([]float64, y.Type().Shape.NumElements())
		for i := range w {
			w[i] = 2*r.Float64() - 1
		}
		loss := y.Mul(g.ConstFloats(y.DType(), y.Shape(), w))
		if loss.Rank() > 0 {
			axes := make([]int, loss.Rank())
			for i := range axes {
				axes[i] = i
			}
			loss = loss.Sum(axes...)
		}
		g.Return(frontend.Out("loss", loss))
		return nil
	})
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	return f
}

func tensors(t *testing.T, ins []input) []*tensor.Tensor {
	t.Helper()
	out := make([]*tensor.Tensor, len(ins))
	for i, in := range ins {
		var err error
		if in.typ.DType.IsFloat() {
			out[i], err = tensor.FromFloat64(in.typ.DType, in.typ.Shape, in.vals)
		} else {
			iv := make([]int64, len(in.vals))
			for j, v := range in.vals {
				iv[j] = int64(v)
			}
			out[i], err = tensor.FromInt64(in.typ.DType, in.typ.Shape, iv)
		}
		if err != nil {
			t.Fatalf("input %s: %v", in.name, err)
		}
	}
	return out
}

func evalLoss(t *testing.T, f *ir.Func, ins []input) float64 {
	t.Helper()
	out, err := interp.Eval(f, tensors(t, ins)...)
	if err != nil {
		t.Fatalf("eval: %v", err)
	}
	return out[0].Float64s()[0]
}

// checkFD differentiates f (float64 throughout) with Grad and compares
// every gradient element with a central finite difference of the loss.
func checkFD(t *testing.T, f *ir.Func, ins []input) { checkFDStep(t, f, ins, 1e-6, 1e-5) }

// checkFDStep is checkFD with step eps and relative tolerance tol: a
// function computing in float32 needs a larger step than its rounding.
func checkFDStep(t *testing.T, f *ir.Func, ins []input, eps, tol float64) {
	t.Helper()
	var wrt []string
	for _, in := range ins {
		if in.wrt {
			wrt = append(wrt, in.name)
		}
	}
	gf, err := autodiff.Grad(f, wrt, autodiff.Options{})
	if err != nil {
		t.Fatalf("Grad: %v\n%s", err, f)
	}
	out, err := interp.Eval(gf, tensors(t, ins)...)
	if err != nil {
		t.Fatalf("eval gradient function: %v\n%s", err, gf)
	}
	// Composites run decomposed in the gradient function: allow rounding.
	if got, want := out[0].Float64s()[0], evalLoss(t, f, ins); math.Abs(got-want) > 1e-12*(1+math.Abs(want)) {
		t.Errorf("loss of the gradient function %v, want the original's %v", got, want)
	}
	k := len(f.Results)
	for i := range ins {
		in := &ins[i]
		if !in.wrt {
			continue
		}
		got := out[k].Float64s()
		k++
		if len(got) != len(in.vals) {
			t.Fatalf("gradient of %s has %d elements, want %d", in.name, len(got), len(in.vals))
		}
		for j := range in.vals {
			v := in.vals[j]
			in.vals[j] = v + eps
			hi := evalLoss(t, f, ins)
			in.vals[j] = v - eps
			lo := evalLoss(t, f, ins)
			in.vals[j] = v
			fd := (hi - lo) / (2 * eps)
			if d := math.Abs(got[j] - fd); !(d <= tol*(1+math.Abs(fd))) {
				t.Errorf("d loss / d %s[%d] = %.9g, finite difference %.9g", in.name, j, got[j], fd)
			}
		}
	}
}

// fdCase is a property test: for a seed, it draws shapes and values and
// returns the inputs and the body whose gradient is checked.
type fdCase struct {
	name    string
	make    func(r *rand.Rand) ([]input, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor)
	float32 bool // the body rounds to float32: the loss is quadratic in the inputs, checked with a large step
}

func runCases(t *testing.T, cases []fdCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for seed := int64(1); seed <= 3; seed++ {
				r := rand.New(rand.NewSource(seed))
				ins, body := c.make(r)
				f := buildLoss(t, r, ins, body)
				if c.float32 {
					checkFDStep(t, f, ins, 1e-2, 1e-3)
				} else {
					checkFD(t, f, ins)
				}
			}
		})
	}
}

// dims draws a shape of rank n with sizes in [1, 4].
func dims(r *rand.Rand, n int) []int {
	d := make([]int, n)
	for i := range d {
		d[i] = 1 + r.Intn(4)
	}
	return d
}
