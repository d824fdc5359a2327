package llvm_test

import (
	"testing"

	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// TestQuantMatmulCodebookKernelChoice: quant_matmul_codebook with f32 x of
// at most 8 rows stays one op for the table kernel where the code uses
// AVX-512 (the host's, unless Options.NoAVX512); without AVX-512, and for
// prefill sizes, it is expanded into primitives (a gather and one
// dot_general).
func TestQuantMatmulCodebookKernelChoice(t *testing.T) {
	avx512 := false
	{
		f := codebookFunc(1)
		_ = llvm.New(llvm.Options{}).Pipeline().Run(f, passes.Options{Verify: true})
		for _, v := range f.Values {
			avx512 = avx512 || v.Op == ir.OpQuantMatmulCodebook
		}
	}
	for _, tc := range []struct {
		name   string
		rows   int
		opts   llvm.Options
		native bool
	}{
		{"decode_host", 1, llvm.Options{}, avx512},
		{"decode_no_avx512", 1, llvm.Options{NoAVX512: true}, false},
		{"prefill", 9, llvm.Options{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := codebookFunc(tc.rows)
			if err := llvm.New(tc.opts).Pipeline().Run(f, passes.Options{Verify: true}); err != nil {
				t.Fatal(err)
			}
			kept, dots := false, false
			for _, v := range f.Values {
				kept = kept || v.Op == ir.OpQuantMatmulCodebook
				dots = dots || v.Op == ir.OpDotGeneral
			}
			if kept != tc.native || dots == tc.native {
				t.Errorf("quant_matmul_codebook kept %v (want %v), dot_general present %v:\n%s", kept, tc.native, dots, f)
			}
		})
	}
	if !avx512 {
		t.Log("no AVX-512 on this host: the native case was checked as decomposed")
	}
}

func codebookFunc(rows int) *ir.Func {
	f := ir.NewFunc("cb")
	x := f.Param("x", ir.T(ir.Float32, rows, 128))
	q := f.Param("q", ir.T(ir.Uint8, 8, 64))
	am := f.Param("absmax", ir.T(ir.Float32, 8, 2))
	code := f.Param("code", ir.T(ir.Float32, 16))
	y, err := f.Emit(ir.OpQuantMatmulCodebook, &ir.QuantMatmulCodebookAttrs{GroupSize: 64, DType: ir.BFloat16}, ir.Pos{}, x, q, am, code)
	if err != nil {
		panic(err)
	}
	f.SetResults([]*ir.Value{y}, []string{"y"})
	return f
}
