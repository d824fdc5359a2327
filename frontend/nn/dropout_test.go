package nn_test

import (
	"math"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// evalSeeded compiles f (params: x (n) f32, then the seed) on b and runs
// it for each seed, returning y per seed.
func evalSeeded(t *testing.T, b backends.Backend, f *ir.Func, x []float64, seeds ...int64) [][]float64 {
	t.Helper()
	exe, err := b.Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatalf("%s: compile: %v", b.Name(), err)
	}
	xt, err := tensor.FromFloat64(ir.Float32, ir.Shape{len(x)}, x)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]float64
	for _, s := range seeds {
		st, err := tensor.ScalarInt64(ir.Int64, s)
		if err != nil {
			t.Fatal(err)
		}
		var bufs []backends.Buffer
		for _, a := range []*tensor.Tensor{xt, st} {
			buf, err := b.Upload(a)
			if err != nil {
				t.Fatal(err)
			}
			defer buf.Free()
			bufs = append(bufs, buf)
		}
		res, err := exe.Run(bufs, backends.RunOptions{})
		if err != nil {
			t.Fatalf("%s: run: %v", b.Name(), err)
		}
		y, err := res[0].Download()
		if err != nil {
			t.Fatal(err)
		}
		res[0].Free()
		out = append(out, y.Float64s())
	}
	return out
}

// TestDropoutStatistics: on interp and llvm, dropout of probability p
// zeroes a fraction of elements within 5 standard deviations of p, scales
// the kept ones by exactly 1/(1-p) (float32), is reproduced by its seed,
// differs between seeds and between the two sites of one program.
func TestDropoutStatistics(t *testing.T) {
	const n = 8192
	x := make([]float64, n)
	for i := range x {
		x[i] = 1 + float64(i%7) // non-zero, varied
	}
	for _, p := range []float64{0.1, 0.5} {
		f, err := frontend.Build("dropout", func(g *frontend.Graph) error {
			xp := g.Param("x", ir.Float32, n)
			d := nn.NewDropout(g, "seed")
			g.Return(frontend.Out("y", d.Apply(xp, p)), frontend.Out("y2", d.Apply(xp, p)))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Params) != 2 || f.Params[1].Name != "seed" {
			t.Fatalf("params %v, want x and the seed", f.Params)
		}
		scale := float64(float32(1 / (1 - p)))
		for name, b := range testbackends.CPU(t) {
			ys := evalSeeded(t, b, f, x, 1, 1, 2)
			zeros := 0
			for i, y := range ys[0] {
				switch {
				case y == 0:
					zeros++
				case float32(y) != float32(x[i]*scale):
					t.Fatalf("%s p=%g: element %d kept as %v, want %v * %v", name, p, i, y, x[i], scale)
				}
			}
			frac, sd := float64(zeros)/n, math.Sqrt(p*(1-p)/n)
			if math.Abs(frac-p) > 5*sd {
				t.Errorf("%s p=%g: %.4f of the elements zeroed, want %g ± %.4f", name, p, frac, p, 5*sd)
			}
			t.Logf("%s p=%g: zeroed fraction %.4f", name, p, frac)
			if !equalF(ys[0], ys[1]) {
				t.Errorf("%s p=%g: the same seed gave different masks", name, p)
			}
			if equalF(ys[0], ys[2]) {
				t.Errorf("%s p=%g: seeds 1 and 2 gave the same mask", name, p)
			}
		}
	}
}

// TestDropoutSitesAndBackendsAgree: the second site of a program draws a
// mask of its own, and llvm draws interp's masks bit for bit.
func TestDropoutSitesAndBackendsAgree(t *testing.T) {
	const n = 1024
	x := make([]float64, n)
	for i := range x {
		x[i] = 1
	}
	f, err := frontend.Build("dropout2", func(g *frontend.Graph) error {
		xp := g.Param("x", ir.Float32, n)
		d := nn.NewDropout(g, "seed")
		g.Return(frontend.Out("y", frontend.Concat(0, d.Apply(xp, 0.5), d.Apply(xp, 0.5))))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var ref []float64
	for name, b := range testbackends.CPU(t) {
		y := evalSeeded(t, b, f, x, 42)[0]
		if equalF(y[:n], y[n:]) {
			t.Errorf("%s: two sites drew the same mask", name)
		}
		if ref == nil {
			ref = y
		} else if !equalF(ref, y) {
			t.Errorf("%s: masks differ from the other backend's", name)
		}
	}
}

// TestDropoutZeroIsIdentity: p == 0 and a nil Dropout emit nothing and
// declare no seed; p == 1 zeroes.
func TestDropoutZeroIsIdentity(t *testing.T) {
	_, err := frontend.Build("dropout0", func(g *frontend.Graph) error {
		x := g.Param("x", ir.Float32, 3)
		d := nn.NewDropout(g, "seed")
		var none *nn.Dropout
		if d.Apply(x, 0) != x || none.Apply(x, 0.5) != x || d.Sites() != 0 || none.Sites() != 0 {
			t.Error("p == 0 or a nil Dropout changed x or counted a site")
		}
		g.Return(frontend.Out("y", x))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got := run(t, func(g *frontend.Graph, _ *nn.Scope) *frontend.Tensor {
		return nn.NewDropoutFrom(g.ConstScalarInt(ir.Int64, 3)).Apply(g.Param("x", ir.Float64, 3), 1)
	}, map[string][]float64{"x": {1, -2, 3}})
	assertNear(t, got, []float64{0, 0, 0}, 0)
}

func equalF(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestUniformNoise: on interp and llvm, UniformNoise adds noise within
// ±mag (float32 rounding of x + u aside) with mean near 0 and variance
// near mag²/3, reproduced by its seed and bit for bit by both backends,
// different for another seed; it is not a dropout site, and a nil Dropout
// adds nothing.
func TestUniformNoise(t *testing.T) {
	const n, mag = 8192, 0.25
	x := make([]float64, n)
	for i := range x {
		x[i] = 1 + float64(i%7)
	}
	sites := -1
	f, err := frontend.Build("noise", func(g *frontend.Graph) error {
		xp := g.Param("x", ir.Float32, n)
		d := nn.NewDropout(g, "seed")
		y := d.UniformNoise(xp, g.ConstScalar(ir.Float32, mag))
		sites = d.Sites()
		var none *nn.Dropout
		if none.UniformNoise(xp, g.ConstScalar(ir.Float32, mag)) != xp {
			t.Error("a nil Dropout's UniformNoise is not x")
		}
		g.Return(frontend.Out("y", y))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if sites != 0 {
		t.Errorf("Sites() = %d after UniformNoise, want 0", sites)
	}
	var ref []float64
	for name, b := range testbackends.CPU(t) {
		ys := evalSeeded(t, b, f, x, 3, 3, 4)
		var sum, sq float64
		for i, y := range ys[0] {
			u := y - x[i]
			if math.Abs(u) > mag+4e-7*x[i] { // half an ulp of x + u
				t.Fatalf("%s: element %d: noise %g outside ±%g", name, i, u, mag)
			}
			sum += u
			sq += u * u
		}
		mean, variance := sum/n, sq/n
		if sd := mag / math.Sqrt(3*n); math.Abs(mean) > 5*sd {
			t.Errorf("%s: mean noise %g, want 0 ± %g", name, mean, 5*sd)
		}
		if want, sd := mag*mag/3, mag*mag*math.Sqrt(4.0/45/n); math.Abs(variance-want) > 5*sd+1e-6 {
			t.Errorf("%s: noise variance %g, want %g ± %g", name, variance, want, 5*sd)
		}
		t.Logf("%s: mean %.3g, variance/(mag²/3) %.4f", name, mean, variance/(mag*mag/3))
		if !equalF(ys[0], ys[1]) {
			t.Errorf("%s: the same seed gave different noise", name)
		}
		if equalF(ys[0], ys[2]) {
			t.Errorf("%s: seeds 3 and 4 gave the same noise", name)
		}
		if ref == nil {
			ref = ys[0]
		} else if !equalF(ref, ys[0]) {
			t.Errorf("%s: noise differs from the other backend's", name)
		}
	}
}
