package llvm_test

import (
	"math"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// TestFloat32Math checks the inline float32 exp, tanh, erf and sigmoid on
// a dense grid (including the subnormal and overflow ends of exp) against
// float64 math: within 4 ulps (relative) or 3e-7 absolute.
func TestFloat32Math(t *testing.T) {
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	var xs []float32
	for x := -110.0; x <= 95; x += 0.0173 {
		xs = append(xs, float32(x))
	}
	for x := -3.0; x <= 3; x += 0.00037 {
		xs = append(xs, float32(x))
	}
	xs = append(xs, 0, float32(math.Copysign(0, -1)), 1e-30, -1e-30, 88.72, 88.73, -87.3, -103.9, -104)
	in, err := tensor.FromFloat32(ir.Shape{len(xs)}, xs)
	if err != nil {
		t.Fatal(err)
	}
	sig := func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
	for _, c := range []struct {
		op  ir.Op
		ref func(float64) float64
	}{{ir.OpExp, math.Exp}, {ir.OpTanh, math.Tanh}, {ir.OpErf, math.Erf}, {ir.OpSigmoid, sig}} {
		t.Run(c.op.String(), func(t *testing.T) {
			f := ir.NewFunc("m")
			p := f.Param("x", in.Type())
			v, err := f.Emit(c.op, nil, ir.Pos{}, p)
			if err != nil {
				t.Fatal(err)
			}
			f.SetResults([]*ir.Value{v}, nil)
			b := llvm.Default()
			exe, err := b.Compile(f, backends.CompileOptions{})
			if err != nil {
				t.Fatal(err)
			}
			buf, _ := b.Upload(in)
			res, err := exe.Run([]backends.Buffer{buf}, backends.RunOptions{})
			if err != nil {
				t.Fatal(err)
			}
			out, _ := res[0].Download()
			got := out.Float64s()
			bad := 0
			for i, x := range xs {
				want := float64(float32(c.ref(float64(x))))
				g := got[i]
				ulp := math.Abs(float64(math.Nextafter32(float32(want), float32(math.Inf(1))) - float32(want)))
				if math.IsInf(want, 0) && g == want || math.Abs(g-want) <= math.Max(4*ulp, 3e-7) {
					continue
				}
				if bad++; bad < 5 {
					t.Errorf("%s(%g) = %g, want %g", c.op, x, g, want)
				}
			}
		})
	}
}
