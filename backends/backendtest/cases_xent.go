package backendtest

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// xentRef is linear_cross_entropy from its definition: per row, the
// logits h w^T (+ bias) rounded to h's dtype, log(sum(exp(z - z_y))) for
// the clamped label y, 0 for ignored rows.
func xentRef(ignore int64) func(in []*tensor.Tensor) []*tensor.Tensor {
	return func(in []*tensor.Tensor) []*tensor.Tensor {
		h, w := in[0], in[1]
		hs, ws, ys := h.Float64s(), w.Float64s(), in[2].Int64s()
		n, c, v := h.Shape[0], h.Shape[1], w.Shape[0]
		out := make([]float64, n)
		for i := range out {
			if ys[i] == ignore {
				continue
			}
			z := make([]float64, v)
			for j := range z {
				for k := 0; k < c; k++ {
					z[j] += hs[i*c+k] * ws[j*c+k]
				}
				if len(in) == 4 {
					z[j] += in[3].Float64s()[j]
				}
				z[j] = tf(h.DType, nil, z[j]).Float64s()[0]
			}
			zy := z[min(max(ys[i], 0), int64(v-1))]
			var s float64
			for _, x := range z {
				s += math.Exp(x - zy)
			}
			out[i] = math.Log(s)
		}
		dt := ir.Float32
		if h.DType == ir.Float64 {
			dt = ir.Float64
		}
		return []*tensor.Tensor{tf(dt, sh(n), out...)}
	}
}

func xentCases() []opCase {
	xe := func(name string, a ir.LinearCrossEntropyAttrs, in ...*tensor.Tensor) opCase {
		return simple(name, ir.OpLinearCrossEntropy, &a, in...).withTol(compTol(in[0].DType)).withRef(xentRef(int64(a.IgnoreIndex)))
	}
	labels := ti(ir.Int64, sh(7), 3, -100, 0, 10, 12, -100, 5) // 12 is out of range: clamped to 10
	e := math.E
	return []opCase{
		simple("literal", ir.OpLinearCrossEntropy, &ir.LinearCrossEntropyAttrs{IgnoreIndex: -100},
			tf(ir.Float64, sh(2, 1), 1, 2), tf(ir.Float64, sh(3, 1), 1, 0, -1), ti(ir.Int64, sh(2), 0, -100)).
			expect(tf(ir.Float64, sh(2), math.Log(e+1+1/e)-1, 0)),
		xe("one_chunk_f32", ir.LinearCrossEntropyAttrs{IgnoreIndex: -100}, seqT(ir.Float32, sh(7, 5), 2, 0.1), seqT(ir.Float32, sh(11, 5), 2, 0.2), labels),
		xe("uneven_chunks_bias_f32", ir.LinearCrossEntropyAttrs{ChunkRows: 3, IgnoreIndex: -100}, seqT(ir.Float32, sh(7, 5), 2, 0.3), seqT(ir.Float32, sh(11, 5), 2, 0.4),
			labels, seqT(ir.Float32, sh(11), 1, 0.5)),
		xe("row_chunks_i32_labels_f64", ir.LinearCrossEntropyAttrs{ChunkRows: 1, IgnoreIndex: 0}, seqT(ir.Float64, sh(4, 3), 3, 0.6), seqT(ir.Float64, sh(6, 3), 3, 0.7),
			ti(ir.Int32, sh(4), 1, 0, 5, 2)),
		xe("chunks_bf16", ir.LinearCrossEntropyAttrs{ChunkRows: 2, IgnoreIndex: -100}, seqT(ir.BFloat16, sh(7, 16), 1, 0.8), seqT(ir.BFloat16, sh(11, 16), 1, 0.9), labels),
		xe("no_rows_f32", ir.LinearCrossEntropyAttrs{IgnoreIndex: -100}, tf(ir.Float32, sh(0, 4)), seqT(ir.Float32, sh(6, 4), 1, 1), ti(ir.Int64, sh(0))),
	}
}
