package cuda

import (
	"testing"

	"github.com/kiln-ml/kiln/ir"
)

func TestPlanGemm(t *testing.T) {
	type dims = []int
	for _, c := range []struct {
		name string
		l, r ir.Type
		a    ir.DotAttrs
		want string // gemmPlan.String(), "" for no GEMM
	}{
		{"nn", ir.T(ir.Float32, 3, 4), ir.T(ir.Float32, 4, 5), ir.DotAttrs{LhsContract: dims{1}, RhsContract: dims{0}, Out: ir.Float32}, "NN batch=1 M=3 N=5 K=4 f32,f32->f32"},
		{"nt", ir.T(ir.BFloat16, 3, 4), ir.T(ir.BFloat16, 5, 4), ir.DotAttrs{LhsContract: dims{1}, RhsContract: dims{1}, Out: ir.Float32}, "NT batch=1 M=3 N=5 K=4 bf16,bf16->f32"},
		{"tn", ir.T(ir.Float16, 4, 3), ir.T(ir.Float16, 4, 5), ir.DotAttrs{LhsContract: dims{0}, RhsContract: dims{0}, Out: ir.Float16}, "TN batch=1 M=3 N=5 K=4 f16,f16->f16"},
		{"batched", ir.T(ir.Float32, 2, 6, 3, 4), ir.T(ir.Float32, 2, 6, 5, 4), ir.DotAttrs{LhsBatch: dims{0, 1}, RhsBatch: dims{0, 1}, LhsContract: dims{3}, RhsContract: dims{3}, Out: ir.Float32}, "NT batch=12 M=3 N=5 K=4 f32,f32->f32"},
		{"merged free dims", ir.T(ir.Float32, 2, 3, 4), ir.T(ir.Float32, 4, 5), ir.DotAttrs{LhsContract: dims{2}, RhsContract: dims{0}, Out: ir.Float32}, "NN batch=1 M=6 N=5 K=4 f32,f32->f32"},
		{"two contract dims", ir.T(ir.Float32, 3, 2, 4), ir.T(ir.Float32, 2, 4, 5), ir.DotAttrs{LhsContract: dims{1, 2}, RhsContract: dims{0, 1}, Out: ir.Float32}, "NN batch=1 M=3 N=5 K=8 f32,f32->f32"},
		{"swapped contract pairs", ir.T(ir.Float32, 3, 2, 4), ir.T(ir.Float32, 4, 2, 5), ir.DotAttrs{LhsContract: dims{2, 1}, RhsContract: dims{0, 1}, Out: ir.Float32}, ""},
		{"batch not leading", ir.T(ir.Float32, 3, 2, 4), ir.T(ir.Float32, 2, 4, 5), ir.DotAttrs{LhsBatch: dims{1}, RhsBatch: dims{0}, LhsContract: dims{2}, RhsContract: dims{1}, Out: ir.Float32}, ""},
		{"f64", ir.T(ir.Float64, 3, 4), ir.T(ir.Float64, 4, 5), ir.DotAttrs{LhsContract: dims{1}, RhsContract: dims{0}, Out: ir.Float64}, ""},
		{"int", ir.T(ir.Int32, 3, 4), ir.T(ir.Int32, 4, 5), ir.DotAttrs{LhsContract: dims{1}, RhsContract: dims{0}, Out: ir.Int32}, ""},
		{"empty K", ir.T(ir.Float32, 3, 0), ir.T(ir.Float32, 0, 5), ir.DotAttrs{LhsContract: dims{1}, RhsContract: dims{0}, Out: ir.Float32}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := ir.NewFunc("dot")
			a := c.a
			v, err := f.Emit(ir.OpDotGeneral, &a, ir.Pos{}, f.Param("l", c.l), f.Param("r", c.r))
			if err != nil {
				t.Fatalf("building the dot: %v", err)
			}
			got := ""
			if p := planGemm(v); p != nil {
				got = p.String()
			}
			if got != c.want {
				t.Errorf("planGemm = %q, want %q", got, c.want)
			}
		})
	}
}

func TestAlignment(t *testing.T) {
	for _, c := range []struct {
		r    bufRef
		want int
	}{
		{bufRef{kind: bufParam}, 256},
		{bufRef{kind: bufWorkspace, offset: 0}, 256},
		{bufRef{kind: bufWorkspace, offset: 64}, 64},
		{bufRef{kind: bufWorkspace, offset: 192}, 64},
		{bufRef{kind: bufWorkspace, offset: 128}, 128},
		{bufRef{kind: bufWorkspace, offset: 1024}, 256},
	} {
		if got := c.r.alignment(); got != c.want {
			t.Errorf("alignment of %s = %d, want %d", c.r, got, c.want)
		}
	}
}
