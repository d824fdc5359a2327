package llvm_test

import (
	"math/rand"
	"slices"
	"sort"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// TestProfile: a profiling executable whose kernels allocate scratch while
// they are emitted (split-k GEMV, float scatter-add) computes the same as
// interp and reports every kernel's share.
func TestProfile(t *testing.T) {
	b := &llvm.Backend{Profile: true}
	if err := b.Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	f := ir.NewFunc("prof")
	x := f.Param("x", ir.T(ir.Float32, 1, 96))
	w := f.Param("w", ir.T(ir.Float32, 96, 80))
	idx := f.Param("idx", ir.T(ir.Int32, 5))
	upd := f.Param("upd", ir.T(ir.Float32, 5, 80))
	y, _ := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{0}, Out: ir.Float32}, ir.Pos{}, x, w)
	ys, _ := f.Emit(ir.OpReshape, &ir.ReshapeAttrs{Shape: ir.Shape{1, 80}}, ir.Pos{}, y)
	base, _ := f.Emit(ir.OpBroadcastInDim, &ir.BroadcastAttrs{Shape: ir.Shape{3, 80}, Dims: []int{0, 1}}, ir.Pos{}, ys)
	sc, err := f.Emit(ir.OpScatterAdd, &ir.GatherAttrs{Axis: 0}, ir.Pos{}, base, idx, upd)
	if err != nil {
		t.Fatal(err)
	}
	f.SetResults([]*ir.Value{y, sc}, nil)
	exe, err := b.Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewSource(3))
	ix, _ := tensor.FromInt64(ir.Int32, ir.Shape{5}, []int64{0, 2, 2, 7, -1})
	ins := []*tensor.Tensor{randTensor(r, x.Type), randTensor(r, w.Type), ix, randTensor(r, upd.Type)}
	want, err := interp.Eval(f, ins...)
	if err != nil {
		t.Fatal(err)
	}
	var bufs []backends.Buffer
	for _, in := range ins {
		buf, _ := b.Upload(in)
		bufs = append(bufs, buf)
	}
	for run := 0; run < 2; run++ {
		res, err := exe.Run(bufs, backends.RunOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for i := range want {
			got, _ := res[i].Download()
			gs, ws := got.Float64s(), want[i].Float64s()
			for j := range ws {
				if d := gs[j] - ws[j]; d > 1e-4 || d < -1e-4 {
					t.Fatalf("result %d element %d: got %v, want %v", i, j, gs[j], ws[j])
				}
			}
		}
	}
	prof := llvm.Profile(exe)
	if len(prof) < 3 {
		t.Fatalf("profile has %d entries: %+v", len(prof), prof)
	}
	total := 0.0
	for _, p := range prof {
		if p.Cycles <= 0 {
			t.Errorf("kernel %q has %d cycles", p.Value, p.Cycles)
		}
		total += p.Share
	}
	if total < 0.999 || total > 1.001 {
		t.Errorf("shares sum to %v", total)
	}
	// The call sites that lowering reports (what profiledKernels uses)
	// are the kernels the profiling build ran.
	var ran []string
	for _, p := range prof {
		ran = append(ran, p.Value)
	}
	sort.Strings(ran)
	if sites := profiledKernels(t, f); !slices.Equal(sites, ran) {
		t.Errorf("lowered call sites %q, profile reports %q", sites, ran)
	}
}

// profiledKernels returns the kernel call sites of f as a profiling build
// reports them (IR value labels, sorted), from the lowered module alone:
// which kernels a program runs is decided when it is lowered, and
// TestProfile checks that a profiling build runs and reports them.
func profiledKernels(t *testing.T, f *ir.Func) []string {
	t.Helper()
	ks, err := llvm.KernelCallSites(f)
	if err != nil {
		t.Fatal(err)
	}
	return ks
}
