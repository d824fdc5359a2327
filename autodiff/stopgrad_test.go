package autodiff_test

import (
	"math"
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// TestStopGradient: stop_gradient passes values unchanged and no
// gradient. (1) A loss that reads x only through stop_gradient has a zero
// gradient; (2) sum(w ∘ x ∘ stop_gradient(x)) has gradient w ∘ x, not
// 2·w ∘ x, also after the cleanup passes (simplify, cse, deadcode) ran on
// the function first; (3) DoRA's shape, m ∘ x / stop_gradient(‖x‖_row),
// matches finite differences of the same function with the norm passed
// in as a constant, and differs from the undetached gradient.
func TestStopGradient(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	x := floatIn(r, "x", nil, 3, 4)

	t.Run("only_through_stop_gradient", func(t *testing.T) {
		f := buildLoss(t, r, []input{x}, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			return xs[0].StopGradient().Square()
		})
		grad := gradOf(t, f, []input{x}, "x")
		for i, g := range grad {
			if g != 0 {
				t.Fatalf("gradient[%d] = %v, want 0", i, g)
			}
		}
	})

	t.Run("beside_its_operand", func(t *testing.T) {
		w := make([]float64, 12)
		for i := range w {
			w[i] = 2*r.Float64() - 1
		}
		build := func() *ir.Func {
			f, err := frontend.Build("sg", func(g *frontend.Graph) error {
				p := g.Param("x", ir.Float64, 3, 4)
				c := g.ConstFloats(ir.Float64, []int{3, 4}, w)
				// Two stop_gradients of x: cse may merge them, never with x.
				y := p.Mul(p.StopGradient()).Mul(c).Add(p.StopGradient().MulScalar(0))
				g.Return(frontend.Out("loss", y.Sum(0, 1)))
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			return f
		}
		for _, clean := range []bool{false, true} {
			f := build()
			if clean {
				for _, p := range []func(*ir.Func) error{passes.Simplify, passes.CSE, passes.DeadCode} {
					if err := p(f); err != nil {
						t.Fatal(err)
					}
				}
			}
			grad := gradOf(t, f, []input{x}, "x")
			for i, g := range grad {
				if want := w[i] * x.vals[i]; math.Abs(g-want) > 1e-15 {
					t.Fatalf("cleaned %v: gradient[%d] = %v, want w·x = %v", clean, i, g, want)
				}
			}
		}
	})

	t.Run("dora_row_norm_detached", func(t *testing.T) {
		m := floatIn(r, "m", positive, 3)
		rowNorm := func(x *frontend.Tensor) *frontend.Tensor { return x.Square().Sum(1).Sqrt() }
		scaled := func(x, m, n *frontend.Tensor) *frontend.Tensor {
			return x.Mul(m.Div(n).Unsqueeze(1).BroadcastTo(3, 4))
		}
		detached := buildLoss(t, rand.New(rand.NewSource(1)), []input{x, m}, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			return scaled(xs[0], xs[1], rowNorm(xs[0]).StopGradient())
		})
		// The same loss with the norm as a parameter, not differentiated,
		// set to the norm at x: its finite differences are the detached
		// gradient.
		norms := make([]float64, 3)
		for i := range norms {
			for j := 0; j < 4; j++ {
				norms[i] += x.vals[4*i+j] * x.vals[4*i+j]
			}
			norms[i] = math.Sqrt(norms[i])
		}
		n := input{name: "n", typ: ir.Type{DType: ir.Float64, Shape: ir.Shape{3}}, vals: norms}
		constant := buildLoss(t, rand.New(rand.NewSource(1)), []input{x, m, n}, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			return scaled(xs[0], xs[1], xs[2])
		})
		checkFD(t, constant, []input{x, m, n})
		got := gradOf(t, detached, []input{x, m}, "x", "m")
		want := gradOf(t, constant, []input{x, m, n}, "x", "m")
		for i := range want {
			if math.Abs(got[i]-want[i]) > 1e-14*(1+math.Abs(want[i])) {
				t.Fatalf("detached gradient[%d] = %v, the constant-norm function's %v", i, got[i], want[i])
			}
		}
		// Not detached, the norm's own gradient makes the result differ.
		full := buildLoss(t, rand.New(rand.NewSource(1)), []input{x, m}, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			return scaled(xs[0], xs[1], rowNorm(xs[0]))
		})
		undetached := gradOf(t, full, []input{x, m}, "x", "m")
		differs := false
		for i := range undetached[:12] {
			differs = differs || math.Abs(undetached[i]-want[i]) > 1e-6
		}
		if !differs {
			t.Fatal("the undetached gradient equals the detached one: the check cannot tell them apart")
		}
	})
}

// gradOf returns the gradients of f's loss with respect to wrt (in
// order, concatenated), computed by Grad and run on interp.
func gradOf(t *testing.T, f *ir.Func, ins []input, wrt ...string) []float64 {
	t.Helper()
	gf, err := autodiff.Grad(f, wrt, autodiff.Options{})
	if err != nil {
		t.Fatalf("Grad: %v\n%s", err, f)
	}
	out, err := interp.Eval(gf, tensors(t, ins)...)
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, gf)
	}
	var all []float64
	for _, o := range out[len(f.Results):] {
		all = append(all, o.Float64s()...)
	}
	return all
}
