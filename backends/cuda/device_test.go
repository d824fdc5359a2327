package cuda

import (
	"math"
	"math/rand"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// The device tests check each layer on its own, in the order a failure
// would be easiest to read: memory round trip (driver only), one kernel
// (NVRTC and module loading), the disk cache, cuBLASLt GEMMs, a row group.
// They skip without CUDA.

func requireDevice(t *testing.T) *Backend {
	t.Helper()
	b := Default()
	if err := b.Available(); err != nil {
		t.Skipf("cuda not available: %v", err)
	}
	t.Log(b.Describe())
	return b
}

func randTensor(t *testing.T, r *rand.Rand, d ir.DType, shape ...int) *tensor.Tensor {
	t.Helper()
	n := ir.Shape(shape).NumElements()
	v := make([]float64, n)
	for i := range v {
		v[i] = r.NormFloat64()
	}
	x, err := tensor.FromFloat64(d, ir.Shape(shape), v)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// runBoth runs f on b and on interp and returns the largest absolute
// difference of the first result relative to max(1, |interp|).
func runBoth(t *testing.T, b backends.Backend, f *ir.Func, in ...*tensor.Tensor) float64 {
	t.Helper()
	start := time.Now()
	exe, err := b.Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	st, _ := Stats(exe)
	t.Logf("%s: compiled in %v (cached %v, %d kernels, %d steps)", f.Name, time.Since(start), st.Cached, st.Kernels, st.Steps)
	args := make([]backends.Buffer, len(in))
	for i, x := range in {
		if args[i], err = b.Upload(x); err != nil {
			t.Fatal(err)
		}
		defer args[i].Free()
	}
	res, err := exe.Run(args, backends.RunOptions{})
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	got, err := res[0].Download()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		r.Free()
	}
	want, err := interp.Eval(f, in...)
	if err != nil {
		t.Fatal(err)
	}
	g, w := got.Float64s(), want[0].Float64s()
	worst := 0.0
	for i := range w {
		d := math.Abs(g[i]-w[i]) / math.Max(1, math.Abs(w[i]))
		if d > worst || math.IsNaN(d) {
			worst = d
		}
	}
	return worst
}

func TestDeviceRoundTrip(t *testing.T) { checkRoundTrip(t, requireDevice(t)) }

func checkRoundTrip(t *testing.T, b *Backend) {
	x := randTensor(t, rand.New(rand.NewSource(1)), ir.BFloat16, 3, 1000)
	buf, err := b.Upload(x)
	if err != nil {
		t.Fatal(err)
	}
	y, err := buf.Download()
	if err != nil {
		t.Fatal(err)
	}
	buf.Free()
	if string(y.Data) != string(x.Data) || !y.Type().Equal(x.Type()) {
		t.Error("download differs from upload")
	}
}

func TestDeviceKernelAndCache(t *testing.T) { checkKernelAndCache(t, requireDevice(t)) }

func checkKernelAndCache(t *testing.T, b *Backend) {
	dir := t.TempDir()
	fresh := shareDevice(b, dir)
	f := ir.NewFunc("add_exp")
	x := f.Param("x", ir.T(ir.Float32, 5, 333))
	y := f.Param("y", ir.T(ir.Float32, 5, 333))
	s, _ := f.Emit(ir.OpAdd, nil, ir.Pos{}, x, y)
	e, _ := f.Emit(ir.OpExp, nil, ir.Pos{}, s)
	f.SetResults([]*ir.Value{e}, nil)
	r := rand.New(rand.NewSource(2))
	in := []*tensor.Tensor{randTensor(t, r, ir.Float32, 5, 333), randTensor(t, r, ir.Float32, 5, 333)}
	if d := runBoth(t, fresh, f, in...); d > 1e-6 {
		t.Errorf("add+exp differs from interp by %g", d)
	}
	// A second backend on the same cache directory loads the cubin from disk.
	exe, err := shareDevice(b, dir).Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if st, _ := Stats(exe); !st.Cached {
		t.Error("the second compilation did not come from the disk cache")
	}
}

// shareDevice is a backend on b's device with its own module cache
// directory and an empty in-process module cache.
func shareDevice(b *Backend, dir string) *Backend {
	rt := *b.rt
	rt.modules = map[string]map[string]cuFunc{}
	nb := &Backend{CacheDir: dir}
	nb.once.Do(func() { nb.rt = &rt })
	return nb
}

func TestDeviceGemm(t *testing.T) { checkGemm(t, requireDevice(t)) }

func checkGemm(t *testing.T, b *Backend) {
	r := rand.New(rand.NewSource(3))
	for _, c := range []struct {
		d, out ir.DType
		tol    float64
	}{{ir.Float32, ir.Float32, 1e-4}, {ir.BFloat16, ir.BFloat16, 2e-2}, {ir.Float16, ir.Float32, 2e-3}} {
		f := ir.NewFunc("gemm_" + c.d.String())
		l := f.Param("l", ir.T(c.d, 4, 65, 96))
		rr := f.Param("r", ir.T(c.d, 4, 48, 96))
		v, err := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsBatch: []int{0}, RhsBatch: []int{0}, LhsContract: []int{2}, RhsContract: []int{2}, Out: c.out}, ir.Pos{}, l, rr)
		if err != nil {
			t.Fatal(err)
		}
		if planGemm(v) == nil {
			t.Fatalf("%s: not planned as a GEMM", f.Name)
		}
		f.SetResults([]*ir.Value{v}, nil)
		if d := runBoth(t, b, f, randTensor(t, r, c.d, 4, 65, 96), randTensor(t, r, c.d, 4, 48, 96)); d > c.tol {
			t.Errorf("%s differs from interp by %g (tolerance %g)", f.Name, d, c.tol)
		}
	}
}

func TestDeviceRowGroup(t *testing.T) { checkRowGroup(t, requireDevice(t)) }

func checkRowGroup(t *testing.T, b *Backend) {
	// softmax over rows of 3000: one block per row, three sweeps.
	f := ir.NewFunc("softmax_rows")
	x := f.Param("x", ir.T(ir.BFloat16, 7, 3000))
	s, err := f.Emit(ir.OpSoftmax, &ir.AxisAttrs{Axis: 1}, ir.Pos{}, x)
	if err != nil {
		t.Fatal(err)
	}
	f.SetResults([]*ir.Value{s}, nil)
	if d := runBoth(t, b, f, randTensor(t, rand.New(rand.NewSource(4)), ir.BFloat16, 7, 3000)); d > 1e-2 {
		t.Errorf("softmax differs from interp by %g", d)
	}
}

// TestDeviceEpilogues runs the GEMM epilogue functions (cuBLASLt's bias
// epilogue, and epilogue kernels after a GEMM) and the attention and GEMV
// kernel functions (extraFuncs) on the device.
func TestDeviceEpilogues(t *testing.T) { checkEpilogues(t, requireDevice(t), extraFuncs(t)) }

func checkEpilogues(t *testing.T, b *Backend, funcs []extraFunc) {
	for _, x := range funcs {
		t.Run(x.f.Name, func(t *testing.T) {
			if d := runBoth(t, b, x.f, x.in...); d > x.tol {
				t.Errorf("differs from interp by %g (tolerance %g)", d, x.tol)
			}
		})
	}
}
