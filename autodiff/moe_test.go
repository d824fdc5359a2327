package autodiff_test

import (
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/frontend"
)

// TestExpertMatmulRule checks expert_matmul's rule by finite differences
// for x shared by the K routed rows and x per row, both weight layouts,
// with out-of-range indices (clamped) and an expert no row routes to.
func TestExpertMatmulRule(t *testing.T) {
	mk := func(shared, transposeW bool) func(r *rand.Rand) ([]input, body) {
		return func(r *rand.Rand) ([]input, body) {
			n, k, e, cin, cout := 1+r.Intn(3), 1+r.Intn(2), 3, 2+r.Intn(2), 1+r.Intn(3)
			s := k
			if shared {
				s = 1
			}
			wd := []int{e, cout, cin}
			if transposeW {
				wd = []int{e, cin, cout}
			}
			ins := []input{floatIn(r, "x", nil, n, s, cin), floatIn(r, "w", nil, wd...), intIn(r, "idx", -1, e, n, k)}
			return ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				return frontend.ExpertMatmul(xs[0], xs[1], xs[2], transposeW)
			}
		}
	}
	runCases(t, []fdCase{
		{name: "per_row_x", make: mk(false, false)},
		{name: "shared_x", make: mk(true, false)},
		{name: "per_row_x_transposed", make: mk(false, true)},
		{name: "shared_x_transposed", make: mk(true, true)},
	})
}
