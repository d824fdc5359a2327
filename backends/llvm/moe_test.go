package llvm_test

import (
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// TestExpertMatmulKernelChoice: after the llvm pipeline an expert_matmul
// with weights in the HF layout stays one op for the native kernels
// (decode and grouped prefill), while transposed and float64 ones are
// expanded into gathers and dots.
func TestExpertMatmulKernelChoice(t *testing.T) {
	for _, tc := range []struct {
		name       string
		n, k, e    int
		transposeW bool
		dt         ir.DType
		native     bool
	}{
		{"decode_f32", 1, 2, 4, false, ir.Float32, true},
		{"decode_bf16", 2, 2, 4, false, ir.BFloat16, true},
		{"prefill", 3, 2, 4, false, ir.Float32, true},
		{"transposed", 1, 2, 4, true, ir.Float32, false},
		{"f64", 1, 1, 4, false, ir.Float64, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := ir.NewFunc("moe")
			x := f.Param("x", ir.T(tc.dt, tc.n, 1, 8))
			w := f.Param("w", ir.T(tc.dt, tc.e, 8, 8))
			idx := f.Param("idx", ir.T(ir.Int64, tc.n, tc.k))
			y, err := f.Emit(ir.OpExpertMatmul, &ir.ExpertMatmulAttrs{TransposeW: tc.transposeW}, ir.Pos{}, x, w, idx)
			if err != nil {
				t.Fatal(err)
			}
			f.SetResults([]*ir.Value{y}, []string{"y"})
			if err := llvm.New(llvm.Options{}).Pipeline().Run(f, passes.Options{Verify: true}); err != nil {
				t.Fatal(err)
			}
			text := f.String()
			if got := strings.Contains(text, "expert_matmul"); got != tc.native {
				t.Errorf("expert_matmul kept: %v, want %v:\n%s", got, tc.native, text)
			}
		})
	}
}
