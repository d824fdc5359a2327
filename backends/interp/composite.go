package interp

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Composite ops, computed directly in float64 and rounded once to the
// result dtype (except RMSNorm, see there).

// softmax along axis: exp(x - max) / sum(exp(x - max)); log form
// x - max - log(sum(exp(x - max))). A lane whose max is -inf (all -inf)
// gives NaN, as in PyTorch.
func softmax(x *tensor.Tensor, axis int, logForm bool, t ir.Type) *tensor.Tensor {
	xs := floats(x)
	n := x.Shape[axis]
	inner := 1
	for _, d := range x.Shape[axis+1:] {
		inner *= d
	}
	out := make([]float64, len(xs))
	if n == 0 || inner == 0 {
		return fromFloats(t, out)
	}
	outer := len(xs) / (n * inner)
	for o := 0; o < outer; o++ {
		for in := 0; in < inner; in++ {
			at := func(k int) int { return (o*n+k)*inner + in }
			m := math.Inf(-1)
			for k := 0; k < n; k++ {
				m = fmax(m, xs[at(k)])
			}
			var sum float64
			for k := 0; k < n; k++ {
				sum += math.Exp(xs[at(k)] - m)
			}
			for k := 0; k < n; k++ {
				if logForm {
					out[at(k)] = xs[at(k)] - m - math.Log(sum)
				} else {
					out[at(k)] = math.Exp(xs[at(k)]-m) / sum
				}
			}
		}
	}
	return fromFloats(t, out)
}

// layerNorm normalizes each row of the trailing dims of w's rank:
// (x - mean) / sqrt(var + eps) * w + b with the biased variance.
func layerNorm(x, w, b *tensor.Tensor, eps float64, t ir.Type) *tensor.Tensor {
	xs, ws, bs := floats(x), floats(w), floats(b)
	inner := len(ws)
	out := make([]float64, len(xs))
	if inner == 0 {
		return fromFloats(t, out)
	}
	for r := 0; r < len(xs)/inner; r++ {
		row := xs[r*inner : (r+1)*inner]
		var mean float64
		for _, v := range row {
			mean += v
		}
		mean /= float64(inner)
		var vr float64
		for _, v := range row {
			vr += (v - mean) * (v - mean)
		}
		vr /= float64(inner)
		inv := 1 / math.Sqrt(vr+eps)
		for j, v := range row {
			out[r*inner+j] = (v-mean)*inv*ws[j] + bs[j]
		}
	}
	return fromFloats(t, out)
}

// rmsNorm follows Hugging Face Llama: n = x / sqrt(mean(x^2) + eps) is
// computed in float64 and rounded to x's dtype, then multiplied by w (in
// float64) and rounded again.
func rmsNorm(x, w *tensor.Tensor, eps float64, t ir.Type) *tensor.Tensor {
	xs, ws := floats(x), floats(w)
	inner := len(ws)
	out := newTensor(t)
	if inner == 0 {
		return out
	}
	for r := 0; r < len(xs)/inner; r++ {
		row := xs[r*inner : (r+1)*inner]
		var ms float64
		for _, v := range row {
			ms += v * v
		}
		ms /= float64(inner)
		inv := 1 / math.Sqrt(ms+eps)
		for j, v := range row {
			i := r*inner + j
			ir.PutElementFloat(t.DType, out.Data, i, v*inv)
			n := ir.ElementFloat(t.DType, out.Data, i)
			ir.PutElementFloat(t.DType, out.Data, i, n*ws[j])
		}
	}
	return out
}

// gelu: exact x/2 * (1 + erf(x/sqrt(2))); tanh form
// x/2 * (1 + tanh(sqrt(2/pi) * (x + 0.044715 x^3))).
func gelu(x *tensor.Tensor, approx ir.GeluApprox, t ir.Type) *tensor.Tensor {
	xs := floats(x)
	for i, v := range xs {
		if approx == ir.GeluTanh {
			xs[i] = 0.5 * v * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(v+0.044715*v*v*v)))
		} else {
			xs[i] = 0.5 * v * (1 + math.Erf(v/math.Sqrt2))
		}
	}
	return fromFloats(t, xs)
}

// silu: x * sigmoid(x).
func silu(x *tensor.Tensor, t ir.Type) *tensor.Tensor {
	xs := floats(x)
	for i, v := range xs {
		xs[i] = v * sigmoid(v)
	}
	return fromFloats(t, xs)
}
