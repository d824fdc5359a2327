package nn_test

import (
	"math"
	"testing"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// TestAttentionOptions checks the plumbing of every AttentionOptions field
// (window, explicit positions, sinks, soft cap, scale, integer padding
// mask) against a direct float64 implementation of ir.AttentionAttrs'
// rule.
func TestAttentionOptions(t *testing.T) {
	const hq, tq, tk, d = 2, 3, 4, 2
	q := []float64{0.3, -1, 0.5, 0.2, -0.7, 1.1, 1, 0.4, -0.2, -0.9, 0.8, 0.1} // (1, 2, 3, 2)
	k := []float64{0.5, 0.1, -0.3, 0.8, 1.2, -0.4, 0.2, 0.6}                   // (1, 1, 4, 2)
	v := []float64{1, 2, -1, 0.5, 0.3, -2, 4, 1}                               // (1, 1, 4, 2)
	positions := []int{1, 2, 3}
	mask := []float64{1, 1, 0, 1} // key 2 is padding
	sinks := []float64{0.5, -0.5}
	const window, softcap, scale = 2, 1.5, 0.8

	got := run(t, func(g *frontend.Graph, s *nn.Scope) *frontend.Tensor {
		return nn.ScaledDotProductAttention(
			g.Param("q", ir.Float64, 1, hq, tq, d), g.Param("k", ir.Float64, 1, 1, tk, d), g.Param("v", ir.Float64, 1, 1, tk, d),
			frontend.AttentionOptions{
				Scale: scale, Causal: true, Window: window, SoftCap: softcap,
				Mask:      g.Param("mask", ir.Int32, 1, tk),
				Positions: g.ConstInts(ir.Int64, []int{tq}, []int64{1, 2, 3}),
				Sinks:     g.Param("sinks", ir.Float64, hq),
			})
	}, map[string][]float64{"q": q, "k": k, "v": v, "mask": mask, "sinks": sinks})

	var want []float64
	for h := 0; h < hq; h++ {
		for i := 0; i < tq; i++ {
			p := positions[i]
			qv := q[(h*tq+i)*d:][:d]
			w := make([]float64, tk)
			den := math.Exp(sinks[h])
			for j := 0; j < tk; j++ {
				if mask[j] == 0 || j > p || p-j >= window {
					continue
				}
				s := (qv[0]*k[2*j] + qv[1]*k[2*j+1]) * scale
				s = softcap * math.Tanh(s/softcap)
				w[j] = math.Exp(s)
				den += w[j]
			}
			out := []float64{0, 0}
			for j := range w {
				out[0] += w[j] / den * v[2*j]
				out[1] += w[j] / den * v[2*j+1]
			}
			want = append(want, out...)
		}
	}
	assertNear(t, got, want, 1e-12)
}

func TestSplitMergeHeads(t *testing.T) {
	x := make([]float64, 2*3*4)
	for i := range x {
		x[i] = float64(i)
	}
	got := run(t, func(g *frontend.Graph, s *nn.Scope) *frontend.Tensor {
		xt := g.Param("x", ir.Float64, 2, 3, 4) // (B, T, H*D), H = 2
		sp := nn.SplitHeads(xt, 2)              // (B, H, T, D)
		if !sp.Shape().Equal(ir.Shape{2, 2, 3, 2}) {
			t.Errorf("split shape %v", sp.Shape())
		}
		return frontend.Concat(0, sp.Reshape(-1), nn.MergeHeads(sp).Reshape(-1))
	}, map[string][]float64{"x": x})
	var want []float64
	for b := 0; b < 2; b++ {
		for h := 0; h < 2; h++ {
			for tt := 0; tt < 3; tt++ {
				for e := 0; e < 2; e++ {
					want = append(want, x[(b*3+tt)*4+h*2+e])
				}
			}
		}
	}
	assertNear(t, got, append(want, x...), 0)
}
