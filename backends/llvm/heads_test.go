package llvm_test

import (
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/ir"
)

// TestAttentionHeadsInPlace: the head split before attention (reshape +
// transpose of a projection) is read in place through its affine view and
// the head merge after it (transpose + reshape) is written by the
// attention kernel itself, for the tiled (prefill) and per-row (decode)
// kernels, with the merge feeding a GEMM or returned: against interp, and
// no transpose or reshape kernel runs (profile).
func TestAttentionHeadsInPlace(t *testing.T) {
	if err := llvm.New().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	for _, c := range []struct {
		name     string
		tq       int
		returned bool
	}{{"prefill_gemm", 40, false}, {"prefill_returned", 40, true}, {"decode_gemm", 1, false}} {
		t.Run(c.name, func(t *testing.T) {
			const B, H, D, Tk = 2, 3, 16, 40
			f := ir.NewFunc("heads")
			emit := func(op ir.Op, attrs any, args ...*ir.Value) *ir.Value {
				v, err := f.Emit(op, attrs, ir.Pos{}, args...)
				if err != nil {
					t.Fatal(err)
				}
				return v
			}
			split := func(x *ir.Value, tq int) *ir.Value {
				r := emit(ir.OpReshape, &ir.ReshapeAttrs{Shape: ir.Shape{B, tq, H, D}}, x)
				return emit(ir.OpTranspose, &ir.TransposeAttrs{Perm: []int{0, 2, 1, 3}}, r)
			}
			q := f.Param("q", ir.T(ir.Float32, B, c.tq, H*D))
			kp := f.Param("k", ir.T(ir.Float32, B, Tk, H*D))
			vp := f.Param("v", ir.T(ir.Float32, B, Tk, H*D))
			w := f.Param("w", ir.T(ir.Float32, H*D, H*D))
			a := emit(ir.OpAttention, &ir.AttentionAttrs{Scale: 0.25, Causal: true}, split(q, c.tq), split(kp, Tk), split(vp, Tk))
			m := emit(ir.OpReshape, &ir.ReshapeAttrs{Shape: ir.Shape{B, c.tq, H * D}}, emit(ir.OpTranspose, &ir.TransposeAttrs{Perm: []int{0, 2, 1, 3}}, a))
			out := m
			if !c.returned {
				out = emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{2}, RhsContract: []int{1}, Out: ir.Float32}, m, w)
			}
			f.SetResults([]*ir.Value{out}, nil)
			runBoth(t, f, 2e-5)
			for _, k := range profiledKernels(t, f) {
				if strings.Contains(k, "= transpose") || strings.Contains(k, "= reshape") || strings.Contains(k, "copy to result") {
					t.Errorf("kernel %q runs: the heads should be split and merged in place", k)
				}
			}
		})
	}
}
