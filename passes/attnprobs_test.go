package passes_test

import (
	"math"
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// TestAttentionWithProbs: without a hook it computes interp's fused
// Attention (GQA, causal, a padding mask with an empty row); the hook sees
// the (B,Hq,Tq,Tk) probabilities and its result is what multiplies v.
func TestAttentionWithProbs(t *testing.T) {
	const B, Hkv, G, T, D = 2, 2, 2, 3, 4
	r := rand.New(rand.NewSource(1))
	draw := func(dims ...int) *tensor.Tensor {
		n := 1
		for _, d := range dims {
			n *= d
		}
		v := make([]float64, n)
		for i := range v {
			v[i] = 2*r.Float64() - 1
		}
		x, err := tensor.FromFloat64(ir.Float64, ir.Shape(dims), v)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	mask, err := tensor.FromInt64(ir.Int64, ir.Shape{B, T}, []int64{0, 1, 1, 1, 0, 1})
	if err != nil {
		t.Fatal(err)
	}
	args := []*tensor.Tensor{draw(B, Hkv*G, T, D), draw(B, Hkv, T, D), draw(B, Hkv, T, D), mask}
	build := func(body func(q, k, v *frontend.Tensor, o frontend.AttentionOptions) *frontend.Tensor) []float64 {
		f, err := frontend.Build("attn", func(g *frontend.Graph) error {
			q := g.Param("q", ir.Float64, B, Hkv*G, T, D)
			k := g.Param("k", ir.Float64, B, Hkv, T, D)
			v := g.Param("v", ir.Float64, B, Hkv, T, D)
			m := g.Param("mask", ir.Int64, B, T)
			g.Return(frontend.Out("o", body(q, k, v, frontend.AttentionOptions{Causal: true, Mask: m})))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		out, err := interp.Eval(f, args...)
		if err != nil {
			t.Fatal(err)
		}
		return out[0].Float64s()
	}
	fused := build(frontend.Attention)
	plain := build(func(q, k, v *frontend.Tensor, o frontend.AttentionOptions) *frontend.Tensor {
		return passes.AttentionWithProbs(q, k, v, o, nil)
	})
	var shape ir.Shape
	doubled := build(func(q, k, v *frontend.Tensor, o frontend.AttentionOptions) *frontend.Tensor {
		return passes.AttentionWithProbs(q, k, v, o, func(p *frontend.Tensor) *frontend.Tensor {
			shape = p.Shape()
			return p.MulScalar(2)
		})
	})
	if !shape.Equal(ir.Shape{B, Hkv * G, T, T}) {
		t.Errorf("the hook saw probabilities %v, want (B,Hq,Tq,Tk)", shape)
	}
	for i := range fused {
		if math.Abs(plain[i]-fused[i]) > 1e-12 || math.Abs(doubled[i]-2*fused[i]) > 1e-12 {
			t.Fatalf("element %d: fused %v, primitives %v, doubled probabilities %v", i, fused[i], plain[i], doubled[i])
		}
	}
}
