package llvm_test

import (
	"fmt"
	"testing"

	"github.com/kiln-ml/kiln/ir"
)

// TestAttentionBothPaths runs attention with few queries (the fused
// kernel) and many (decomposed into GEMMs), with GQA, a causal window,
// softcap and sinks, against interp.
func TestAttentionBothPaths(t *testing.T) {
	for _, tq := range []int{1, 5, 12, 40} {
		for _, full := range []bool{false, true} {
			t.Run(fmt.Sprintf("tq%d_full%v", tq, full), func(t *testing.T) {
				const b, hq, hkv, tk, d = 2, 4, 2, 70, 16
				f := ir.NewFunc("attn")
				q := f.Param("q", ir.T(ir.Float32, b, hq, tq, d))
				k := f.Param("k", ir.T(ir.Float32, b, hkv, tk, d))
				v := f.Param("v", ir.T(ir.Float32, b, hkv, tk, 24))
				args := []*ir.Value{q, k, v}
				attrs := &ir.AttentionAttrs{Scale: 0.25, Causal: true}
				if full {
					attrs.Window, attrs.SoftCap, attrs.HasSinks = 30, 3, true
					args = append(args, f.Param("sinks", ir.T(ir.Float32, hq)))
				}
				o, err := f.Emit(ir.OpAttention, attrs, ir.Pos{}, args...)
				if err != nil {
					t.Fatal(err)
				}
				f.SetResults([]*ir.Value{o}, nil)
				runBoth(t, f, 1e-5)
			})
		}
	}
}
