package llvm

import (
	"testing"
	"unsafe"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/backendtest"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// TestResultsNotZeroed runs the conformance suite with every result filled
// with 0xff bytes (NaN, -1) before the kernels run: recycled result memory
// is not cleared, so every kernel must write every element of its result.
func TestResultsNotZeroed(t *testing.T) {
	if err := Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	poisonResults.Store(true)
	defer poisonResults.Store(false)
	backendtest.Run(t, Default())
}

func dataOf(t *testing.T, b backends.Buffer) unsafe.Pointer {
	t.Helper()
	bb := b.(*buffer)
	bb.mu.Lock()
	defer bb.mu.Unlock()
	if bb.t == nil || len(bb.t.Data) == 0 {
		t.Fatal("buffer has no data")
	}
	return unsafe.Pointer(&bb.t.Data[0])
}

// TestResultPool: a freed result's memory serves a later result (with the
// right values); live results never share memory; a result still read by a
// Run in flight is recycled only when that Run ends; a donated buffer
// updated in place is not recycled by its Free.
func TestResultPool(t *testing.T) {
	be := Default()
	if err := be.Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	f := ir.NewFunc("pool")
	x := f.Param("x", ir.T(ir.Float32, 64))
	y := f.Param("y", ir.T(ir.Float32, 64))
	s, _ := f.Emit(ir.OpAdd, nil, ir.Pos{}, x, y)
	f.SetResults([]*ir.Value{s}, nil)
	exe, err := be.Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	xs, ys := make([]float32, 64), make([]float32, 64)
	for i := range xs {
		xs[i], ys[i] = float32(i), float32(100*i)
	}
	xt, _ := tensor.FromFloat32(ir.Shape{64}, xs)
	yt, _ := tensor.FromFloat32(ir.Shape{64}, ys)
	xb, _ := be.Upload(xt)
	yb, _ := be.Upload(yt)
	run := func(args ...backends.Buffer) backends.Buffer {
		t.Helper()
		res, err := exe.Run(args, backends.RunOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return res[0]
	}
	check := func(b backends.Buffer, want func(i int) float32) {
		t.Helper()
		got, err := b.Download()
		if err != nil {
			t.Fatal(err)
		}
		v := got.Float32s()
		for i := range v {
			if v[i] != want(i) {
				t.Fatalf("element %d = %v, want %v", i, v[i], want(i))
			}
		}
	}
	sum := func(i int) float32 { return float32(101 * i) }

	r1 := run(xb, yb)
	r2 := run(xb, yb)
	if dataOf(t, r1) == dataOf(t, r2) {
		t.Fatal("two live results share memory")
	}
	p1 := dataOf(t, r1)
	r1.Free()
	r1.Free() // idempotent: must not be pooled twice
	r3 := run(xb, yb)
	r4 := run(xb, yb)
	if dataOf(t, r3) != p1 {
		t.Error("a freed result's memory was not reused")
	}
	if dataOf(t, r4) == p1 || dataOf(t, r4) == dataOf(t, r2) {
		t.Error("a result aliases another live result")
	}
	check(r3, sum)
	check(r4, sum)

	// r3 used as an argument by a Run in flight (pinned), freed meanwhile:
	// its memory must not serve a result until the Run ends.
	rb := r3.(*buffer)
	if _, err := rb.acquire(); err != nil {
		t.Fatal(err)
	}
	p3 := dataOf(t, r3)
	r3.Free()
	r5 := run(xb, yb)
	if rb.t == nil || dataOf(t, r5) == p3 {
		t.Fatal("memory of a buffer in use was recycled")
	}
	rb.release()
	if rb.t != nil {
		t.Fatal("released buffer kept its memory after Free")
	}
	r6 := run(xb, yb)
	if dataOf(t, r6) != p3 {
		t.Error("memory freed during a Run was not recycled after it")
	}
	check(r6, sum)
	if _, err := exe.Run([]backends.Buffer{r3, yb}, backends.RunOptions{}); err == nil {
		t.Error("Run accepted a freed buffer")
	}
	// Results as arguments: the pooled memory is read correctly.
	r7 := run(r6, r4)
	check(r7, func(i int) float32 { return float32(202 * i) })
	for _, b := range []backends.Buffer{r2, r4, r5, r6, r7} {
		b.Free()
	}
}

// TestDonatedInPlaceNotRecycled: the donated cache's memory becomes the
// result's, so freeing the donated buffer must not put it in the pool.
func TestDonatedInPlaceNotRecycled(t *testing.T) {
	be := Default()
	if err := be.Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	f := ir.NewFunc("kvpool")
	cache := f.Param("past", ir.T(ir.Float32, 4, 8))
	up := f.Param("new", ir.T(ir.Float32, 1, 8))
	pos := f.Param("pos", ir.T(ir.Int64))
	zero, _ := f.Constant(ir.T(ir.Int64), make([]byte, 8), ir.Pos{})
	present, err := f.Emit(ir.OpDynamicUpdateSlice, nil, ir.Pos{}, cache, up, pos, zero)
	if err != nil {
		t.Fatal(err)
	}
	f.SetResults([]*ir.Value{present}, nil)
	exe, err := be.Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ct, _ := tensor.FromFloat32(ir.Shape{4, 8}, make([]float32, 32))
	ut, _ := tensor.FromFloat32(ir.Shape{1, 8}, []float32{1, 2, 3, 4, 5, 6, 7, 8})
	pt := &tensor.Tensor{DType: ir.Int64, Shape: ir.Shape{}, Data: make([]byte, 8)}
	cb, _ := be.Upload(ct)
	ub, _ := be.Upload(ut)
	pb, _ := be.Upload(pt)
	var live []backends.Buffer
	for step := 0; step < 3; step++ {
		res, err := exe.Run([]backends.Buffer{cb, ub, pb}, backends.RunOptions{Donate: []int{0}})
		if err != nil {
			t.Fatal(err)
		}
		cb = res[0]
		// A non-donated run's result must not land on the live cache.
		other, err := exe.Run([]backends.Buffer{cb, ub, pb}, backends.RunOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if dataOf(t, other[0]) == dataOf(t, cb) {
			t.Fatal("a result aliases the live in-place cache")
		}
		live = append(live, other[0])
	}
	for _, b := range live {
		if dataOf(t, b) == dataOf(t, cb) {
			t.Fatal("results alias the cache")
		}
		b.Free()
	}
	got, _ := cb.Download()
	v := got.Float32s()
	if v[0] != 1 || v[7] != 8 || v[8] != 0 {
		t.Fatalf("cache = %v", v[:9])
	}
}

// TestResultPoolKeepsOneRun: an executable with more results of one size
// than maxPooledPerSize (a training step's updated weights) gets all of
// them from the pool once a run's results are freed.
func TestResultPoolKeepsOneRun(t *testing.T) {
	be := Default()
	if err := be.Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	const n = maxPooledPerSize + 3
	f := ir.NewFunc("pool_many")
	x := f.Param("x", ir.T(ir.Float32, 32))
	var outs []*ir.Value
	for range n {
		y, _ := f.Emit(ir.OpAdd, nil, ir.Pos{}, x, x)
		x = y
		outs = append(outs, y)
	}
	f.SetResults(outs, nil)
	exe, err := be.Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	xt, _ := tensor.FromFloat32(ir.Shape{32}, make([]float32, 32))
	xb, _ := be.Upload(xt)
	defer xb.Free()
	first, err := exe.Run([]backends.Buffer{xb}, backends.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	freed := map[unsafe.Pointer]bool{}
	for _, b := range first {
		freed[dataOf(t, b)] = true
		b.Free()
	}
	second, err := exe.Run([]backends.Buffer{xb}, backends.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	reused := 0
	for _, b := range second {
		if freed[dataOf(t, b)] {
			reused++
		}
		b.Free()
	}
	if reused != n {
		t.Errorf("%d of %d results reused freed memory, want all", reused, n)
	}
}
