package autodiff_test

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// nf4 is bitsandbytes' NormalFloat4 table.
var nf4 = []float64{
	-1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453,
	-0.28444138169288635, -0.18477343022823334, -0.09105003625154495, 0.0,
	0.07958029955625534, 0.16093020141124725, 0.24611230194568634, 0.33791524171829224,
	0.44070982933044434, 0.5626170039176941, 0.7229568362236023, 1.0,
}

// quantIns are a frozen 4-bit base of n outputs over k inputs: packed
// bytes, and float32 absmax/scales (g groups) and code/zeros.
func packedIn(r *rand.Rand, n, k int) input {
	vals := make([]float64, n*k/2)
	for i := range vals {
		vals[i] = float64(r.Intn(256))
	}
	return input{name: "qweight", typ: ir.T(ir.Uint8, n, k/2), vals: vals}
}

func f32In(name string, vals []float64, dims ...int) input {
	return input{name: name, typ: ir.T(ir.Float32, dims...), vals: vals}
}

// TestQuantMatmulGradients: the gradient of x through a frozen
// quant_matmul (affine) and quant_matmul_codebook (nf4, weights rounded
// to bfloat16) against finite differences, with x scaled elementwise by
// a trainable vector a below the quantized layer (an adapter's place):
// both x's and a's gradients flow through it. Rank-3 x, several groups.
func TestQuantMatmulGradients(t *testing.T) {
	const n, k = 3, 128
	runCases(t, []fdCase{
		{name: "codebook_nf4", make: func(r *rand.Rand) ([]input, func(*frontend.Graph, []*frontend.Tensor) *frontend.Tensor) {
			am := make([]float64, n*2)
			for i := range am {
				am[i] = positive(r)
			}
			ins := []input{floatIn(r, "x", nil, 2, 1, k), floatIn(r, "a", nil, k), packedIn(r, n, k), f32In("absmax", am, n, 2), f32In("code", nf4, 16)}
			return ins, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				h := xs[0].Mul(xs[1].Reshape(1, 1, k).BroadcastTo(2, 1, k))
				return frontend.QuantMatmulCodebook(h, xs[2], xs[3], xs[4], 64, ir.BFloat16)
			}
		}},
		{name: "affine_4bit", make: func(r *rand.Rand) ([]input, func(*frontend.Graph, []*frontend.Tensor) *frontend.Tensor) {
			s, z := make([]float64, n*4), make([]float64, n*4)
			for i := range s {
				s[i], z[i] = 0.05*positive(r), float64(r.Intn(16))
			}
			ins := []input{floatIn(r, "x", nil, 2, k), floatIn(r, "a", nil, k), packedIn(r, n, k), f32In("scales", s, n, 4), f32In("zeros", z, n, 4)}
			return ins, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				h := xs[0].Mul(xs[1].Reshape(1, k).BroadcastTo(2, k))
				return frontend.QuantMatmul(h, xs[2], xs[3], xs[4], 4, 32)
			}
		}},
	})
}

// TestQuantMatmulWeightIsFrozen: asking for the gradient of a quantized
// matmul's absmax (or anything feeding it) is an error naming the op,
// not a silent zero.
func TestQuantMatmulWeightIsFrozen(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	ins := []input{floatIn(r, "x", nil, 1, 64), packedIn(r, 2, 64), f32In("absmax", []float64{1, 2}, 2, 1), f32In("code", nf4, 16)}
	f := buildLoss(t, r, ins, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
		return frontend.QuantMatmulCodebook(xs[0], xs[1], xs[2], xs[3], 64, ir.Float32)
	})
	_, err := autodiff.Grad(f, []string{"x", "absmax"}, autodiff.Options{})
	if err == nil || !strings.Contains(err.Error(), "quant_matmul_codebook") || !strings.Contains(err.Error(), "frozen") {
		t.Fatalf("Grad wrt absmax: err = %v, want a frozen-weight error naming the op", err)
	}
	if _, err := autodiff.Grad(f, []string{"x"}, autodiff.Options{}); err != nil {
		t.Fatalf("Grad wrt x: %v", err)
	}
}
