package interp

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// expertMatmul is ExpertMatmul from its definition: for every routed row
// (n, k), the expert e = clamp(idx[n, k], 0, E-1) and the input row
// x[n, k] (x[n, 0] when x has one row per token),
//
//	result[n, k, o] = sum_i w[e, o, i] * x[n, k, i]   (w[e, i, o] with transpose_w)
//
// accumulated in float64 and rounded once to the result dtype.
func expertMatmul(x, w, idx *tensor.Tensor, transposeW bool, t ir.Type) *tensor.Tensor {
	xs, ws := floats(x), floats(w)
	n, k, cout := t.Shape[0], t.Shape[1], t.Shape[2]
	s, cin := x.Shape[1], x.Shape[2]
	experts := w.Shape[0]
	out := make([]float64, n*k*cout)
	for r := 0; r < n; r++ {
		for j := 0; j < k; j++ {
			e := int(clamp(ir.ElementInt(idx.DType, idx.Data, r*k+j), 0, int64(experts-1)))
			row := xs[(r*s+min(j, s-1))*cin:][:cin]
			we := ws[e*cin*cout:][:cin*cout]
			dst := out[(r*k+j)*cout:][:cout]
			for o := range dst {
				var acc float64
				for i, xv := range row {
					if transposeW {
						acc += we[i*cout+o] * xv
					} else {
						acc += we[o*cin+i] * xv
					}
				}
				dst[o] = acc
			}
		}
	}
	return fromFloats(t, out)
}
