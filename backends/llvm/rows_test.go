package llvm_test

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// TestRowGroups: decomposed layernorm, RMSNorm and softmax run as row-group
// kernels (passes.Fuse): one kernel per chain, checked through the
// profile, against interp, for f32 and bf16, with intermediate values
// returned (stored by the group, read outside it), a reduction returned,
// and rows split across 1 and 2 threads bit-identically.
func TestRowGroups(t *testing.T) {
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	for _, d := range []ir.DType{ir.Float32, ir.BFloat16} {
		t.Run(d.String(), func(t *testing.T) {
			f := ir.NewFunc("rows")
			emit := func(op ir.Op, attrs any, args ...*ir.Value) *ir.Value {
				v, err := f.Emit(op, attrs, ir.Pos{}, args...)
				if err != nil {
					t.Fatal(err)
				}
				return v
			}
			x := f.Param("x", ir.T(d, 3, 37, 100))
			g := f.Param("g", ir.T(d, 100))
			b := f.Param("b", ir.T(d, 100))
			ln := emit(ir.OpLayerNorm, &ir.NormAttrs{Eps: 1e-5}, x, g, b)
			sm := emit(ir.OpSoftmax, &ir.AxisAttrs{Axis: 2}, ln)
			rms := emit(ir.OpRMSNorm, &ir.NormAttrs{Eps: 1e-6}, sm, g)
			mx := emit(ir.OpReduce, &ir.ReduceAttrs{Kind: ir.ReduceMax, Axes: []int{2}}, rms)
			f.SetResults([]*ir.Value{ln, rms, mx}, nil)
			tol := 2e-5
			if d == ir.BFloat16 {
				tol = 1e-2
			}
			runBoth(t, f, tol)

			pb := &llvm.Backend{Profile: true}
			exe, err := pb.Compile(f, backends.CompileOptions{})
			if err != nil {
				t.Fatal(err)
			}
			r := rand.New(rand.NewSource(3))
			var bufs []backends.Buffer
			for _, p := range f.Params {
				buf, _ := pb.Upload(randTensor(r, p.Type))
				bufs = append(bufs, buf)
			}
			run := func(threads int) []*tensor.Tensor {
				if _, err := llvm.SetThreads(threads); err != nil {
					t.Fatal(err)
				}
				res, err := exe.Run(bufs, backends.RunOptions{})
				if err != nil {
					t.Fatal(err)
				}
				var out []*tensor.Tensor
				for _, rb := range res {
					h, err := rb.Download()
					if err != nil {
						t.Fatal(err)
					}
					out = append(out, h)
					rb.Free()
				}
				return out
			}
			one, two := run(1), run(64)
			for i := range one {
				if !one[i].Equal(two[i]) {
					t.Errorf("result %d differs between 1 and 2 threads", i)
				}
			}
			var kernels []string
			for _, e := range llvm.Profile(exe) {
				kernels = append(kernels, e.Value)
			}
			// The three normalizations chain into one row kernel (each
			// reads only the previous one's rows), which also stores the
			// returned layernorm output and maximum.
			if len(kernels) != 1 || !strings.Contains(kernels[0], "= row_group ") {
				t.Errorf("kernels: %q", kernels)
			}
		})
	}
}
