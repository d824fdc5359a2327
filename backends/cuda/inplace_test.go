package cuda

import (
	"errors"
	"os/exec"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// emulated returns the CPU emulation backend, or skips.
func emulated(t *testing.T) *emuBackend {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the generated kernels with the host C++ compiler")
	}
	cxx, err := exec.LookPath("g++")
	if err != nil {
		t.Skip("no g++ to emulate the kernels with")
	}
	return &emuBackend{cxx: cxx, mods: map[[32]byte]emuModule{}}
}

// kvUpdateFunc: present = dynamic_update_slice(past, new, pos, 0) (f32
// (4, 8) cache, one row) and its column sums.
func kvUpdateFunc() *ir.Func {
	f := ir.NewFunc("kv")
	cache := f.Param("past", ir.T(ir.Float32, 4, 8))
	up := f.Param("new", ir.T(ir.Float32, 1, 8))
	pos := f.Param("pos", ir.T(ir.Int64))
	zero, _ := f.Constant(ir.T(ir.Int64), make([]byte, 8), ir.Pos{})
	scaled, _ := f.Emit(ir.OpMul, nil, ir.Pos{}, up, up)
	present, _ := f.Emit(ir.OpDynamicUpdateSlice, nil, ir.Pos{}, cache, scaled, pos, zero)
	sum, _ := f.Emit(ir.OpReduce, &ir.ReduceAttrs{Kind: ir.ReduceSum, Axes: []int{0}}, ir.Pos{}, present)
	f.SetResults([]*ir.Value{present, sum}, nil)
	return f
}

// TestInPlacePlan: the generated plan of a cache update copies the cache
// only when the result is not the cache's memory, and then writes just
// the update's elements.
func TestInPlacePlan(t *testing.T) {
	p, err := lower(kvUpdateFunc(), backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if q, ok := p.inPlace[0]; !ok || q != 0 {
		t.Fatalf("inPlace = %v, want result 0 in parameter 0", p.inPlace)
	}
	l := p.Listing()
	if !strings.Contains(l, "(result0, param0) unless result0 == param0") {
		t.Errorf("no skippable copy of the cache in\n%s", l)
	}
	if !strings.Contains(l, "update_slice<<<1, 256>>>(result0, ") {
		t.Errorf("no update kernel over the 8 new elements in\n%s", l)
	}
	for _, c := range []struct {
		donate []int
		want   map[int]int
	}{{nil, nil}, {[]int{1}, nil}, {[]int{0}, map[int]int{0: 0}}, {[]int{2, 0}, map[int]int{0: 0}}} {
		a, b, c2 := &emuBuffer{}, &emuBuffer{}, &emuBuffer{}
		got := p.inPlaceResults([]backends.Buffer{a, b, c2}, c.donate)
		if len(got) != len(c.want) || (len(got) == 1 && got[0] != c.want[0]) {
			t.Errorf("donate %v: in place %v, want %v", c.donate, got, c.want)
		}
	}
	a := &emuBuffer{}
	if got := p.inPlaceResults([]backends.Buffer{a, a, a}, []int{0}); len(got) != 0 {
		t.Errorf("the same buffer passed three times was given to a result: %v", got)
	}
}

// TestInPlaceEmulated: with the cache donated, the result is the cache's
// memory, the whole-cache copy is not launched, and the values equal
// interp's (and a run without donation); the donated buffer is freed. An
// elementwise update ("w.new" = w - 0.5·g) takes w's memory likewise.
func TestInPlaceEmulated(t *testing.T) {
	e := emulated(t)
	cacheVals := make([]float32, 32)
	for i := range cacheVals {
		cacheVals[i] = float32(i)
	}
	ct, _ := tensor.FromFloat32(ir.Shape{4, 8}, cacheVals)
	ut, _ := tensor.FromFloat32(ir.Shape{1, 8}, []float32{-1, -2, -3, -4, -5, -6, -7, -8})
	pt, _ := tensor.FromInt64(ir.Int64, nil, []int64{2})
	checkInPlace(t, e, kvUpdateFunc(), []*tensor.Tensor{ct, ut, pt}, 0, 1)

	f := ir.NewFunc("sgd")
	w := f.Param("w", ir.T(ir.Float32, 5, 3))
	g := f.Param("g", ir.T(ir.Float32, 5, 3))
	halves := make([]float32, 15)
	for i := range halves {
		halves[i] = 0.5
	}
	ht, _ := tensor.FromFloat32(ir.Shape{5, 3}, halves)
	hb, _ := f.Constant(ir.T(ir.Float32, 5, 3), ht.Data, ir.Pos{})
	step, _ := f.Emit(ir.OpMul, nil, ir.Pos{}, g, hb)
	nw, _ := f.Emit(ir.OpSub, nil, ir.Pos{}, w, step)
	f.SetResults([]*ir.Value{nw}, []string{"w.new"})
	wv, gv := make([]float32, 15), make([]float32, 15)
	for i := range wv {
		wv[i], gv[i] = float32(i)*0.25, float32(7-i)
	}
	wt, _ := tensor.FromFloat32(ir.Shape{5, 3}, wv)
	gt, _ := tensor.FromFloat32(ir.Shape{5, 3}, gv)
	checkInPlace(t, e, f, []*tensor.Tensor{wt, gt}, 0, 0)
}

// checkInPlace runs f with and without donating parameter q and checks
// that result 0 takes q's memory only when donated, that skipped steps
// are wantSkipped per donated run, and that every result equals interp.
func checkInPlace(t *testing.T, e *emuBackend, f *ir.Func, in []*tensor.Tensor, q, wantSkipped int) {
	t.Helper()
	exe, err := e.Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want, err := interp.Eval(f, in...)
	if err != nil {
		t.Fatal(err)
	}
	for _, donate := range []bool{false, true} {
		args := make([]backends.Buffer, len(in))
		for i, x := range in {
			args[i], _ = e.Upload(x)
		}
		mem := &args[q].(*emuBuffer).data[0]
		opts := backends.RunOptions{}
		if donate {
			opts.Donate = []int{q}
		}
		before := exe.(*emuExe).skippedSteps
		res, err := exe.Run(args, opts)
		if err != nil {
			t.Fatal(err)
		}
		if same := &res[0].(*emuBuffer).data[0] == mem; same != donate {
			t.Errorf("%s donated=%v: result 0 in the argument's memory: %v", f.Name, donate, same)
		}
		skipped := exe.(*emuExe).skippedSteps - before
		if w := map[bool]int{true: wantSkipped}[donate]; skipped != w {
			t.Errorf("%s donated=%v: %d steps skipped, want %d", f.Name, donate, skipped, w)
		}
		if _, err := args[q].Download(); donate != errors.Is(err, backends.ErrFreed) {
			t.Errorf("%s donated=%v: download of the argument: %v", f.Name, donate, err)
		}
		for i, r := range res {
			got, _ := r.Download()
			if !got.Equal(want[i]) {
				t.Errorf("%s donated=%v: result %d = %v, interp %v", f.Name, donate, i, got, want[i])
			}
		}
	}
}
