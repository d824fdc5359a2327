package xla

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// gemvFunc is x (1, 1, K) . w (N, K) contracted over K, as a linear layer
// of one token: the shape that lowers to multiply + reduce.
func gemvFunc(t *testing.T, dt ir.DType, k, n int) *ir.Func {
	f := ir.NewFunc("gemv")
	x := f.Param("x", ir.T(dt, 1, 1, k))
	w := f.Param("w", ir.T(dt, n, k))
	y, err := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{2}, RhsContract: []int{1}, Out: dt}, ir.Pos{}, x, w)
	if err != nil {
		t.Fatal(err)
	}
	f.SetResults([]*ir.Value{y}, nil)
	return f
}

func TestGEMVLowering(t *testing.T) {
	t.Setenv(EnvGEMV, "1")
	m, err := Emit(gemvFunc(t, ir.BFloat16, 300, 700), backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(m.Text, "dot_general") || !strings.Contains(m.Text, "stablehlo.reduce") {
		t.Fatalf("a one-token linear layer should lower to multiply + reduce:\n%s", m.Text)
	}
	t.Setenv(EnvGEMV, "")
	if m, err = Emit(gemvFunc(t, ir.BFloat16, 300, 700), backends.CompileOptions{}); err != nil || !strings.Contains(m.Text, "dot_general") {
		t.Fatalf("by default the layer stays a dot_general (%v):\n%s", err, m.Text)
	}
}

// TestGEMVParity runs the multiply + reduce form on the device against
// interp in f32 (1e-5) and bf16 (2 ulp of the output).
func TestGEMVParity(t *testing.T) {
	needDevice(t)
	t.Setenv(EnvGEMV, "1")
	r := rand.New(rand.NewSource(1))
	for _, dt := range []ir.DType{ir.Float32, ir.BFloat16} {
		f := gemvFunc(t, dt, 300, 700)
		var in []*tensor.Tensor
		for _, p := range f.Params {
			vs := make([]float64, p.Type.Shape.NumElements())
			for i := range vs {
				vs[i] = r.NormFloat64()
			}
			x, err := tensor.FromFloat64(dt, p.Type.Shape, vs)
			if err != nil {
				t.Fatal(err)
			}
			in = append(in, x)
		}
		want, err := interp.Eval(f, in...)
		if err != nil {
			t.Fatal(err)
		}
		exe, err := Default().Compile(f, backends.CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var args []backends.Buffer
		for _, x := range in {
			b, err := Default().Upload(x)
			if err != nil {
				t.Fatal(err)
			}
			defer b.Free()
			args = append(args, b)
		}
		out, err := exe.Run(args, backends.RunOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := out[0].Download()
		out[0].Free()
		if err != nil {
			t.Fatal(err)
		}
		tol := 1e-5
		if dt == ir.BFloat16 {
			tol = 1.6e-2
		}
		if e := maxRelErr(t, got, want[0]); e > tol {
			t.Errorf("%s: max rel err %.3g > %.3g", dt, e, tol)
		}
	}
}
