package cuda

import (
	"testing"

	"github.com/kiln-ml/kiln/ir"
)

// TestGemvSplits pins when a GEMV splits K across blocks and into how
// many slices: never for the (N, K) layout, nor when the column groups
// fill the GPU; else toward gemvSplitTarget blocks within the slice-length
// and partial-traffic bounds, with no empty slice.
func TestGemvSplits(t *testing.T) {
	bf := ir.BFloat16
	for _, c := range []struct {
		name string
		p    gemmPlan
		want int
	}{
		{"nt layout never splits", gemmPlan{batch: 1, M: 1, K: 4096, N: 64, rhsTrans: true, rhsType: bf}, 1},
		{"llama q_proj nn", gemmPlan{batch: 1, M: 1, K: 4096, N: 4096, rhsType: bf}, 33},
		{"small N bounded by 64-row slices", gemmPlan{batch: 1, M: 1, K: 4096, N: 64, rhsType: bf}, 64},
		{"M=8 bounded by the partials' traffic", gemmPlan{batch: 1, M: 8, K: 4096, N: 4096, rhsType: bf}, 32},
		{"groups fill the GPU", gemmPlan{batch: 1, M: 1, K: 4096, N: 528 * 256, rhsType: bf}, 1},
		{"batches fill the GPU", gemmPlan{batch: 528, M: 1, K: 4096, N: 64, rhsType: bf}, 1},
		{"K too short to split", gemmPlan{batch: 1, M: 1, K: 127, N: 64, rhsType: bf}, 1},
		{"uneven slices evened out", gemmPlan{batch: 1, M: 1, K: 14336, N: 4096, rhsType: bf}, 33},
	} {
		got := gemvSplits(&c.p)
		if got != c.want {
			t.Errorf("%s: %d slices, want %d", c.name, got, c.want)
		}
		if got > 1 {
			rows := (c.p.K + got - 1) / got
			if (got-1)*rows >= c.p.K || got*rows < c.p.K {
				t.Errorf("%s: %d slices of %d rows do not cover K = %d with none empty", c.name, got, rows, c.p.K)
			}
		}
	}
}
