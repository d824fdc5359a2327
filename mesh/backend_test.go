package mesh_test

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/mesh"
	"github.com/kiln-ml/kiln/tensor"
)

// TestBackendRowParallelMatMul: through the Backend interface, a
// replicated x times a weight uploaded as column blocks (UploadShards)
// gives each device its column block of x·w (joined on Download along
// the axis the hook names), and the row-parallel product x·wᵀ·v summed
// with all_reduce comes back whole and equal to the one-device result.
func TestBackendRowParallelMatMul(t *testing.T) {
	t.Run("interp", func(t *testing.T) { testRowParallel(t, nil) })
	t.Run("llvm", func(t *testing.T) {
		if err := llvm.New(llvm.Options{}).Available(); err != nil {
			t.Skip(err)
		}
		testRowParallel(t, llvm.New(llvm.Options{}))
	})
}

// testRowParallel is TestBackendRowParallelMatMul with each device's
// stages on inner (nil: interp on the whole program).
func testRowParallel(t *testing.T, inner backends.Backend) {
	r := rand.New(rand.NewPCG(3, 4))
	x, w, v := random(t, r, 3, 8), random(t, r, 8, 12), random(t, r, 12, 5)
	for _, n := range []int{1, 2, 4} {
		m := newMesh(t, []string{"tp"}, []int{n})
		b := mesh.NewBackendOn(m, inner, func(name string) (int, bool) { return 1, name == "hidden" })
		tp, _ := m.Replicas("tp")
		f := build(t, "rowpar", func(g *frontend.Graph) {
			xp := g.Param("x", ir.Float32, 3, 8)
			wp := g.Param("w", ir.Float32, 8, 12/n)
			vp := g.Param("v", ir.Float32, 12/n, 5)
			h := xp.MatMul(wp)
			g.Return(frontend.Out("hidden", h), frontend.Out("y", h.MatMul(vp).AllReduce(ir.ReduceSum, tp)))
		})
		ex, err := b.Compile(f, backends.CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		wp, _ := mesh.Split(w, 1, n)
		vp, _ := mesh.Split(v, 0, n)
		xb, _ := b.Upload(x)
		wb, err := b.UploadShards(1, wp)
		if err != nil {
			t.Fatal(err)
		}
		vb, _ := b.UploadShards(0, vp)
		if got := wb.Type().Shape; !got.Equal(ir.Shape{8, 12 / n}) {
			t.Fatalf("n=%d: sharded buffer type %s, want one device's", n, got)
		}
		outs, err := ex.Run([]backends.Buffer{xb, wb, vb}, backends.RunOptions{Donate: []int{0}})
		if err != nil {
			t.Fatal(err)
		}
		whole := build(t, "whole", func(g *frontend.Graph) {
			h := g.Param("x", ir.Float32, 3, 8).MatMul(g.Param("w", ir.Float32, 8, 12))
			g.Return(frontend.Out("hidden", h), frontend.Out("y", h.MatMul(g.Param("v", ir.Float32, 12, 5))))
		})
		want, err := interp.Eval(whole, x, w, v)
		if err != nil {
			t.Fatal(err)
		}
		for i, o := range outs {
			got, err := o.Download()
			if err != nil {
				t.Fatal(err)
			}
			if d := maxAbsDiff(got, want[i]); d > 1e-5 {
				t.Errorf("n=%d: result %d differs by %g", n, i, d)
			}
		}
		if _, err := xb.Download(); !errors.Is(err, backends.ErrFreed) {
			t.Errorf("n=%d: donated buffer downloads: %v", n, err)
		}
		if _, err := ex.Run([]backends.Buffer{xb, wb, vb}, backends.RunOptions{}); err == nil || !strings.Contains(err.Error(), "argument 0 (x)") {
			t.Errorf("n=%d: run with a freed argument: %v", n, err)
		}
	}
}

// TestBackendRefuses: a foreign buffer and shards that do not match the
// mesh or each other are errors naming what is wrong.
func TestBackendRefuses(t *testing.T) {
	m := newMesh(t, []string{"tp"}, []int{2})
	b := mesh.NewBackend(m, nil)
	a, c := floats(t, ir.Shape{2}, 1, 2), floats(t, ir.Shape{3}, 1, 2, 3)
	if _, err := b.UploadShards(0, []*tensor.Tensor{a}); err == nil || !strings.Contains(err.Error(), "1 parts for 2 devices") {
		t.Errorf("one part: %v", err)
	}
	if _, err := b.UploadShards(0, []*tensor.Tensor{a, c}); err == nil || !strings.Contains(err.Error(), "part 1 is") {
		t.Errorf("mismatched parts: %v", err)
	}
	f := build(t, "id", func(g *frontend.Graph) { g.Return(frontend.Out("y", g.Param("x", ir.Float32, 2).Neg())) })
	ex, err := b.Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	foreign, _ := interp.New().Upload(a)
	if _, err := ex.Run([]backends.Buffer{foreign}, backends.RunOptions{}); err == nil || !strings.Contains(err.Error(), "not a mesh buffer") {
		t.Errorf("foreign buffer: %v", err)
	}
}

func maxAbsDiff(a, b *tensor.Tensor) float64 {
	if !a.Type().Equal(b.Type()) {
		return 1e300
	}
	d := 0.0
	for i := 0; i < a.Shape.NumElements(); i++ {
		e := ir.ElementFloat(a.DType, a.Data, i) - ir.ElementFloat(b.DType, b.Data, i)
		if e < 0 {
			e = -e
		}
		d = max(d, e)
	}
	return d
}

// TestBackendStagedChain: a program whose collectives feed each other
// (all_gather -> all_reduce -> reduce_scatter), with a constant used
// after the last one, a value used across stages and a parameter
// returned as is, gives the same results with llvm running its stages as
// with interp running the whole program, on 2 and 4 devices of a (2, n/2)
// mesh reducing over "tp" only.
func TestBackendStagedChain(t *testing.T) {
	inner := llvm.New(llvm.Options{})
	if err := inner.Available(); err != nil {
		t.Skip(err)
	}
	r := rand.New(rand.NewPCG(5, 6))
	for _, tpn := range []int{1, 2} {
		m := newMesh(t, []string{"dp", "tp"}, []int{2, tpn})
		tp, _ := m.Replicas("tp")
		f := build(t, "chain", func(g *frontend.Graph) {
			x := g.Param("x", ir.Float32, 2, 4)
			y := x.Exp()                                        // stage 0, used again in stage 2
			a := y.AllGather(0, tp).Mul(y.Scalar(0.5))          // (2*tpn, 4), stage 1
			b := a.AllReduce(ir.ReduceMax, tp).Tanh()           // stage 2
			c := b.ReduceScatter(0, tp).Add(y).Add(x.Scalar(3)) // (2, 4), stage 3
			g.Return(frontend.Out("c", c), frontend.Out("x", x), frontend.Out("b", b))
		})
		args := make([][]*tensor.Tensor, m.Size())
		for d := range args {
			args[d] = []*tensor.Tensor{random(t, r, 2, 4)}
		}
		want, err := m.Run(f, args)
		if err != nil {
			t.Fatal(err)
		}
		b := mesh.NewBackendOn(m, inner, nil)
		ex, err := b.Compile(f, backends.CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		parts := make([]*tensor.Tensor, m.Size())
		for d := range parts {
			parts[d] = args[d][0]
		}
		xb, err := b.UploadShards(0, parts)
		if err != nil {
			t.Fatal(err)
		}
		outs, err := ex.Run([]backends.Buffer{xb}, backends.RunOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for i, o := range outs {
			got := o.(*mesh.Buffer)
			for d := 0; d < m.Size(); d++ {
				if dd := maxAbsDiff(got.Part(d), want[d][i]); dd > 1e-5 {
					t.Errorf("tp=%d: result %d device %d differs by %g", tpn, i, d, dd)
				}
			}
		}
	}
}

// TestBackendFault: a fault hook that loses device 1 fails the run with
// ErrDeviceLost naming the device (device 0, waiting in the all_reduce,
// is released), on interp and with llvm stages; without the hook the
// same executable runs.
func TestBackendFault(t *testing.T) {
	inners := map[string]backends.Backend{"interp": nil}
	if l := llvm.New(llvm.Options{}); l.Available() == nil {
		inners["llvm"] = l
	}
	for name, inner := range inners {
		t.Run(name, func(t *testing.T) {
			m := newMesh(t, []string{"dp"}, []int{2})
			dp, _ := m.Replicas("dp")
			b := mesh.NewBackendOn(m, inner, nil)
			f := build(t, "sum", func(g *frontend.Graph) {
				g.Return(frontend.Out("y", g.Param("x", ir.Float32, 2).Exp().AllReduce(ir.ReduceSum, dp)))
			})
			ex, err := b.Compile(f, backends.CompileOptions{})
			if err != nil {
				t.Fatal(err)
			}
			x, _ := b.Upload(floats(t, ir.Shape{2}, 1, 2))
			b.SetFault(func(d int) error {
				if d == 1 {
					return mesh.ErrDeviceLost
				}
				return nil
			})
			_, err = ex.Run([]backends.Buffer{x}, backends.RunOptions{})
			if !errors.Is(err, mesh.ErrDeviceLost) || !strings.Contains(err.Error(), "device 1 of 2") {
				t.Errorf("run with device 1 lost: %v", err)
			}
			b.SetFault(nil)
			if _, err := ex.Run([]backends.Buffer{x}, backends.RunOptions{}); err != nil {
				t.Errorf("run without the fault: %v", err)
			}
		})
	}
}
