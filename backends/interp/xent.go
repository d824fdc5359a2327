package interp

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// linearCrossEntropy is the unchunked definition of linear_cross_entropy:
// per row i, z = h[i] w^T (+ bias) summed in float64 and rounded to h's
// dtype (the unfused head's result), loss = logsumexp(z) - z[y] with y
// clamped into [0, V), 0 where the label is ignore.
func linearCrossEntropy(a []*tensor.Tensor, ignore int64, t ir.Type) *tensor.Tensor {
	h, w, labels := a[0], a[1], ints(a[2])
	hs, ws := floats(h), floats(w)
	var bs []float64
	if len(a) == 4 {
		bs = floats(a[3])
	}
	n, c, v := h.Shape[0], h.Shape[1], w.Shape[0]
	out := make([]float64, n)
	z := make([]float64, v)
	one := make([]byte, h.DType.Size())
	for i := 0; i < n; i++ {
		if labels[i] == ignore || v == 0 {
			continue
		}
		m := math.Inf(-1)
		for j := range z {
			var s float64
			for k := 0; k < c; k++ {
				s += hs[i*c+k] * ws[j*c+k]
			}
			if bs != nil {
				s += bs[j]
			}
			ir.PutElementFloat(h.DType, one, 0, s)
			z[j] = ir.ElementFloat(h.DType, one, 0)
			m = fmax(m, z[j])
		}
		var sum float64
		for _, x := range z {
			sum += math.Exp(x - m)
		}
		y := min(max(labels[i], 0), int64(v-1))
		out[i] = m + math.Log(sum) - z[y]
	}
	return fromFloats(t, out)
}
