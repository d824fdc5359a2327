package interp_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

func mustT(x *tensor.Tensor, err error) *tensor.Tensor {
	if err != nil {
		panic(err) // literals in this file are valid
	}
	return x
}

func TestRegistered(t *testing.T) {
	b, err := backends.Get("interp")
	if err != nil {
		t.Fatal(err)
	}
	if b.Name() != "interp" || b.Available() != nil {
		t.Errorf("registered backend %q, available %v", b.Name(), b.Available())
	}
	caps := b.Capabilities()
	for _, op := range ir.AllOps() {
		if !caps.HasOp(op) {
			t.Errorf("interp does not declare %s", op)
		}
	}
	for _, d := range ir.AllDTypes() {
		if !caps.HasDType(d) {
			t.Errorf("interp does not declare %s", d)
		}
	}
}

// negFunc is y = -x for x: f32[2].
func negFunc(t *testing.T) *ir.Func {
	f := ir.NewFunc("neg")
	x := f.Param("x", ir.T(ir.Float32, 2))
	y, err := f.Emit(ir.OpNeg, nil, ir.Pos{}, x)
	if err != nil {
		t.Fatal(err)
	}
	f.SetResults([]*ir.Value{y}, []string{"y"})
	return f
}

func TestEvalErrors(t *testing.T) {
	f := negFunc(t)
	good := mustT(tensor.FromFloat32(ir.Shape{2}, []float32{1, -2}))
	out, err := interp.Eval(f, good)
	if err != nil || out[0].Float64s()[1] != 2 {
		t.Fatalf("Eval = %v, %v", out, err)
	}
	for name, c := range map[string]struct {
		args []*tensor.Tensor
		want string
	}{
		"count":   {nil, "0 arguments, want 1"},
		"shape":   {[]*tensor.Tensor{mustT(tensor.FromFloat32(ir.Shape{3}, []float32{1, 2, 3}))}, "argument 0 (x) is f32[3], want f32[2]"},
		"dtype":   {[]*tensor.Tensor{mustT(tensor.FromInt64(ir.Int32, ir.Shape{2}, []int64{1, 2}))}, "argument 0 (x) is i32[2]"},
		"invalid": {[]*tensor.Tensor{{DType: ir.Float32, Shape: ir.Shape{2}, Data: make([]byte, 3)}}, "argument 0 (x)"},
		"nil":     {[]*tensor.Tensor{nil}, "argument 0 (x)"},
	} {
		if _, err := interp.Eval(f, c.args...); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to contain %q", name, err, c.want)
		}
	}
	bad := ir.NewFunc("bad")
	bad.SetResults([]*ir.Value{ir.NewFunc("other").Param("x", ir.T(ir.Float32))}, nil)
	if _, err := interp.Eval(bad); err == nil || !strings.Contains(err.Error(), "bad") {
		t.Errorf("Eval of an invalid func: %v", err)
	}
}

// Editing the func after Compile does not change the executable.
func TestCompileSnapshots(t *testing.T) {
	f := ir.NewFunc("snap")
	c, err := f.Constant(ir.T(ir.Float32, 2), mustT(tensor.FromFloat32(ir.Shape{2}, []float32{1, 2})).Data, ir.Pos{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := f.Emit(ir.OpSlice, &ir.SliceAttrs{Start: []int{1}, Limit: []int{2}, Stride: []int{1}}, ir.Pos{}, c)
	if err != nil {
		t.Fatal(err)
	}
	f.SetResults([]*ir.Value{s}, nil)
	exe, err := interp.New().Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	c.Attrs.(*ir.ConstantAttrs).Data[4] = 0xff
	s.Attrs.(*ir.SliceAttrs).Start[0] = 7
	res, err := exe.Run(nil, backends.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := res[0].Download()
	if err != nil || got.Float64s()[0] != 2 {
		t.Errorf("after editing the func: %v, %v; want [2]", got, err)
	}
}

func TestDonatedBufferIsFreed(t *testing.T) {
	b := interp.New()
	exe, err := b.Compile(negFunc(t), backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	x, err := b.Upload(mustT(tensor.FromFloat32(ir.Shape{2}, []float32{1, 2})))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := exe.Run([]backends.Buffer{x}, backends.RunOptions{Donate: []int{0, 0}}); err != nil {
		t.Fatal(err)
	}
	if _, err := x.Download(); !errors.Is(err, backends.ErrFreed) {
		t.Errorf("download after donation: %v", err)
	}
	if !x.Type().Equal(ir.T(ir.Float32, 2)) {
		t.Errorf("type of a freed buffer: %s", x.Type())
	}
}

// rngDraw evaluates RNG(key) of the given distribution and type.
func rngDraw(t *testing.T, key int64, dist ir.RNGDist, ty ir.Type) []float64 {
	f := ir.NewFunc("rng")
	k := f.Param("key", ir.T(ir.Int64))
	r, err := f.Emit(ir.OpRNG, &ir.RNGAttrs{Dist: dist, DType: ty.DType, Shape: ty.Shape}, ir.Pos{}, k)
	if err != nil {
		t.Fatal(err)
	}
	f.SetResults([]*ir.Value{r}, nil)
	out, err := interp.Eval(f, mustT(tensor.ScalarInt64(ir.Int64, key)))
	if err != nil {
		t.Fatal(err)
	}
	return out[0].Float64s()
}

func TestRNGStatistics(t *testing.T) {
	const n = 20000
	for _, d := range []ir.DType{ir.Float64, ir.Float32, ir.BFloat16, ir.Float16} {
		u := rngDraw(t, 12345, ir.Uniform, ir.T(d, n))
		var sum, sq float64
		for _, x := range u {
			if x < 0 || x >= 1 {
				t.Fatalf("%s uniform %v outside [0,1)", d, x)
			}
			sum += x
			sq += x * x
		}
		mean := sum / n
		if v := sq/n - mean*mean; math.Abs(mean-0.5) > 0.01 || math.Abs(v-1.0/12) > 0.005 {
			t.Errorf("%s uniform: mean %v var %v", d, mean, v)
		}
		z := rngDraw(t, 12345, ir.Normal, ir.T(d, n))
		sum, sq = 0, 0
		for _, x := range z {
			sum += x
			sq += x * x
		}
		mean = sum / n
		if v := sq/n - mean*mean; math.Abs(mean) > 0.03 || math.Abs(v-1) > 0.05 {
			t.Errorf("%s normal: mean %v var %v", d, mean, v)
		}
	}
	a, b := rngDraw(t, 1, ir.Uniform, ir.T(ir.Float64, 64)), rngDraw(t, 2, ir.Uniform, ir.T(ir.Float64, 64))
	a2 := rngDraw(t, 1, ir.Uniform, ir.T(ir.Float64, 8, 8))
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
		if a[i] != a2[i] {
			t.Fatalf("element %d depends on the shape, not only on the flat index", i)
		}
	}
	if same > 0 {
		t.Errorf("keys 1 and 2 agree on %d of 64 draws", same)
	}
}

// Run may be called concurrently.
func TestConcurrentRuns(t *testing.T) {
	b := interp.New()
	exe, err := b.Compile(negFunc(t), backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	x, err := b.Upload(mustT(tensor.FromFloat32(ir.Shape{2}, []float32{1, 2})))
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func() {
			res, err := exe.Run([]backends.Buffer{x}, backends.RunOptions{})
			if err == nil {
				res[0].Free()
			}
			errs <- err
		}()
	}
	for i := 0; i < 8; i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
