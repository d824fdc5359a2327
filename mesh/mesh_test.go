package mesh_test

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/mesh"
	"github.com/kiln-ml/kiln/tensor"
)

func newMesh(t *testing.T, axes []string, shape []int) *mesh.Mesh {
	t.Helper()
	m, err := mesh.New(axes, shape)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func build(t *testing.T, name string, fn func(g *frontend.Graph)) *ir.Func {
	t.Helper()
	f, err := frontend.Build(name, func(g *frontend.Graph) error { fn(g); return nil })
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func floats(t *testing.T, shape ir.Shape, vals ...float64) *tensor.Tensor {
	t.Helper()
	x, err := tensor.FromFloat64(ir.Float32, shape, vals)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func random(t *testing.T, r *rand.Rand, shape ...int) *tensor.Tensor {
	vals := make([]float64, ir.Shape(shape).NumElements())
	for i := range vals {
		vals[i] = r.NormFloat64()
	}
	return floats(t, shape, vals...)
}

func TestReplicas(t *testing.T) {
	m := newMesh(t, []string{"dp", "tp"}, []int{2, 3})
	for _, c := range []struct {
		axes   []string
		size   int
		groups []int
	}{
		{[]string{"tp"}, 3, nil},
		{[]string{"dp"}, 2, []int{0, 3, 1, 4, 2, 5}},
		{nil, 6, nil},
		{[]string{"tp", "dp"}, 6, nil}, // ranked in mesh order whatever the argument order
	} {
		r, err := m.Replicas(c.axes...)
		if err != nil {
			t.Fatal(err)
		}
		if r.Size != c.size || !slices.Equal(r.Groups, c.groups) {
			t.Errorf("Replicas(%v) = %+v, want size %d groups %v", c.axes, r, c.size, c.groups)
		}
	}
	if _, err := m.Replicas("pp"); err == nil || !strings.Contains(err.Error(), `"pp"`) {
		t.Errorf("unknown axis: err = %v", err)
	}
	if _, err := mesh.New([]string{"a", "a"}, []int{1, 2}); err == nil {
		t.Error("repeated axis name accepted")
	}
}

func TestSplitJoin(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	x := random(t, r, 2, 6, 3)
	parts, err := mesh.Split(x, 1, 3)
	if err != nil {
		t.Fatal(err)
	}
	if got := parts[1].Float64s()[0]; got != x.Float64s()[2*3] {
		t.Errorf("block 1 starts with %g, want x[0,2,0] = %g", got, x.Float64s()[6])
	}
	back, err := mesh.Join(1, parts...)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(back.Data, x.Data) {
		t.Error("Join(Split(x)) != x")
	}
	if _, err := mesh.Split(x, 1, 4); err == nil {
		t.Error("split of 6 into 4 blocks accepted")
	}
}

// TestCollectives checks each collective on a (dp=2, tp=2) mesh against
// its definition computed here, over both axes.
func TestCollectives(t *testing.T) {
	m := newMesh(t, []string{"dp", "tp"}, []int{2, 2})
	tp, _ := m.Replicas("tp")
	dp, _ := m.Replicas("dp")
	f := build(t, "collectives", func(g *frontend.Graph) {
		x := g.Param("x", ir.Float32, 2, 2)
		g.Return(
			frontend.Output{Name: "sum_tp", T: x.AllReduce(ir.ReduceSum, tp)},
			frontend.Output{Name: "max_dp", T: x.AllReduce(ir.ReduceMax, dp)},
			frontend.Output{Name: "min_all", T: x.AllReduce(ir.ReduceMin, frontend.Replicas{Size: 4})},
			frontend.Output{Name: "gather_dp", T: x.AllGather(1, dp)},
			frontend.Output{Name: "scatter_tp", T: x.ReduceScatter(0, tp)},
		)
	})
	// Device d holds x = d*10 + [0 1; 2 3].
	xs := make([][]float64, 4)
	args := make([][]*tensor.Tensor, 4)
	for d := range xs {
		for i := 0; i < 4; i++ {
			xs[d] = append(xs[d], float64(d*10+i))
		}
		args[d] = []*tensor.Tensor{floats(t, ir.Shape{2, 2}, xs[d]...)}
	}
	outs, err := m.Run(f, args)
	if err != nil {
		t.Fatal(err)
	}
	for d := 0; d < 4; d++ {
		tpPeer := d ^ 1 // (dp, tp) row-major: tp partners differ in bit 0
		dpPeer := d ^ 2
		lo, hi := min(d, dpPeer), max(d, dpPeer)
		var sum, mx, mn, gather []float64
		for i := 0; i < 4; i++ {
			sum = append(sum, xs[d][i]+xs[tpPeer][i])
			mx = append(mx, max(xs[d][i], xs[dpPeer][i]))
			mn = append(mn, float64(i)) // device 0 holds the minimum everywhere
		}
		for row := 0; row < 2; row++ {
			gather = append(gather, xs[lo][2*row], xs[lo][2*row+1], xs[hi][2*row], xs[hi][2*row+1])
		}
		rank := d % 2
		scatter := sum[2*rank : 2*rank+2]
		for i, want := range [][]float64{sum, mx, mn, gather, scatter} {
			if got := outs[d][i].Float64s(); !slices.Equal(got, want) {
				t.Errorf("device %d, %s = %v, want %v", d, f.ResultNames[i], got, want)
			}
		}
	}
}

// TestFailureEndsRun: a device that fails before a collective must not
// leave the others waiting; Run names the failing device and its error.
func TestFailureEndsRun(t *testing.T) {
	m := newMesh(t, []string{"tp"}, []int{3})
	all, _ := m.Replicas()
	f := build(t, "fails", func(g *frontend.Graph) {
		g.Return(frontend.Output{Name: "y", T: g.Param("x", ir.Float32, 2).AllReduce(ir.ReduceSum, all)})
	})
	good := floats(t, ir.Shape{2}, 1, 2)
	_, err := m.Run(f, [][]*tensor.Tensor{{good}, {floats(t, ir.Shape{3}, 1, 2, 3)}, {good}})
	if err == nil || !strings.Contains(err.Error(), "device 1 of 3") || errors.Is(err, mesh.ErrPeerFailed) {
		t.Fatalf("err = %v, want device 1's own error", err)
	}
	// A program whose groups do not fit the mesh fails on every device.
	f2 := build(t, "badgroups", func(g *frontend.Graph) {
		g.Return(frontend.Output{Name: "y", T: g.Param("x", ir.Float32, 2).AllReduce(ir.ReduceSum, frontend.Replicas{Size: 2})})
	})
	if _, err := m.Run(f2, [][]*tensor.Tensor{{good}, {good}, {good}}); err == nil || !strings.Contains(err.Error(), "groups of 2") {
		t.Fatalf("3 devices in groups of 2: err = %v", err)
	}
	// interp.Eval is a one-device mesh: a group of 3 is an error there.
	if _, err := interp.Eval(f, good); err == nil || !strings.Contains(err.Error(), "mesh") {
		t.Fatalf("interp.Eval of a 3-device all_reduce: err = %v", err)
	}
}

func assertClose(t *testing.T, what string, got, want *tensor.Tensor, tol float64) {
	t.Helper()
	if !got.Type().Equal(want.Type()) {
		t.Fatalf("%s: got %s, want %s", what, got.Type(), want.Type())
	}
	g, w := got.Float64s(), want.Float64s()
	worst := 0.0
	for i := range g {
		worst = max(worst, math.Abs(g[i]-w[i])/max(1, math.Abs(w[i])))
	}
	if worst > tol || math.IsNaN(worst) {
		t.Errorf("%s: largest error %.3g > %g", what, worst, tol)
	}
}

// TestAllReduceEdgeCases: integers wrap, NaN propagates through max, and
// a float sum rounds once (float64 accumulation in rank order): 1 + 2^-24
// + 2^-24 in float32 is 1 + 2^-23, where pairwise float32 rounding would
// give 1.
func TestAllReduceEdgeCases(t *testing.T) {
	m := newMesh(t, []string{"x"}, []int{3})
	all, _ := m.Replicas()
	f := build(t, "edges", func(g *frontend.Graph) {
		i, x := g.Param("i", ir.Int32, 2), g.Param("x", ir.Float32, 2)
		g.Return(frontend.Output{Name: "isum", T: i.AllReduce(ir.ReduceSum, all)},
			frontend.Output{Name: "xmax", T: x.AllReduce(ir.ReduceMax, all)},
			frontend.Output{Name: "xsum", T: x.AllReduce(ir.ReduceSum, all)})
	})
	ints := func(v ...int64) *tensor.Tensor {
		x, err := tensor.FromInt64(ir.Int32, ir.Shape{2}, v)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	tiny := math.Ldexp(1, -24)
	args := [][]*tensor.Tensor{
		{ints(math.MaxInt32, -5), floats(t, ir.Shape{2}, 1, 0)},
		{ints(1, 2), floats(t, ir.Shape{2}, tiny, math.NaN())},
		{ints(0, 0), floats(t, ir.Shape{2}, tiny, 7)},
	}
	outs, err := m.Run(f, args)
	if err != nil {
		t.Fatal(err)
	}
	for d, o := range outs {
		if got := o[0].Int64s(); !slices.Equal(got, []int64{math.MinInt32, -3}) {
			t.Errorf("device %d: int sum = %v, want wrapped [MinInt32 -3]", d, got)
		}
		if got := o[1].Float64s(); got[0] != 1 || !math.IsNaN(got[1]) {
			t.Errorf("device %d: max = %v, want [1 NaN]", d, got)
		}
		if got := o[2].Float64s()[0]; got != 1+2*tiny {
			t.Errorf("device %d: sum = %.10g, want 1+2^-23", d, got)
		}
	}
}
