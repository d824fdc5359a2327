package backendtest

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// expertMatmulRef is expert_matmul from its definition, in float64: for
// each routed row (n, k) the clamped expert e and
// result[n, k, o] = sum_i w[e, o, i] x[n, k or 0, i] (w[e, i, o] transposed),
// rounded to x's dtype.
func expertMatmulRef(transposeW bool) func(in []*tensor.Tensor) []*tensor.Tensor {
	return func(in []*tensor.Tensor) []*tensor.Tensor {
		x, w, idx := in[0], in[1], in[2]
		xs, ws, ids := x.Float64s(), w.Float64s(), idx.Int64s()
		n, s, cin, e := x.Shape[0], x.Shape[1], x.Shape[2], w.Shape[0]
		k := idx.Shape[1]
		cout := w.Shape[1]
		if transposeW {
			cout = w.Shape[2]
		}
		out := make([]float64, n*k*cout)
		for r := 0; r < n; r++ {
			for j := 0; j < k; j++ {
				ex := int(min(max(ids[r*k+j], 0), int64(e-1)))
				for o := 0; o < cout; o++ {
					var acc float64
					for i := 0; i < cin; i++ {
						wv := ws[(ex*cout+o)*cin+i]
						if transposeW {
							wv = ws[(ex*cin+i)*cout+o]
						}
						acc += wv * xs[(r*s+min(j, s-1))*cin+i]
					}
					out[(r*k+j)*cout+o] = acc
				}
			}
		}
		return []*tensor.Tensor{tf(x.DType, sh(n, k, cout), out...)}
	}
}

// expertMatmulCases cover both decompositions (the gather of the routed
// experts when N*K <= E, the dense product over all experts otherwise) and
// llvm's decode and grouped kernels (the same split; wide outputs span
// several column blocks), x
// shared by the K rows or one per row, both weight layouts, clamped
// out-of-range indices, int32 indices and half precision.
func expertMatmulCases() []opCase {
	em := func(name string, transposeW bool, in ...*tensor.Tensor) opCase {
		return simple(name, ir.OpExpertMatmul, &ir.ExpertMatmulAttrs{TransposeW: transposeW}, in...).
			withTol(compTol(in[0].DType)).withRef(expertMatmulRef(transposeW))
	}
	return []opCase{
		// Two experts: identity and doubling; token 0 takes both, token 1
		// expert 1 twice (7 clamps to 1).
		simple("literal", ir.OpExpertMatmul, &ir.ExpertMatmulAttrs{},
			tf(ir.Float32, sh(2, 1, 2), 1, 2, 3, -1), tf(ir.Float32, sh(2, 2, 2), 1, 0, 0, 1, 2, 0, 0, 2), ti(ir.Int64, sh(2, 2), 0, 1, 1, 7)).
			expect(tf(ir.Float32, sh(2, 2, 2), 1, 2, 2, 4, 6, -2, 6, -2)),
		em("gather_shared_x_f32", false, seqT(ir.Float32, sh(2, 1, 5), 1, 0.1), seqT(ir.Float32, sh(4, 3, 5), 1, 0.2), ti(ir.Int64, sh(2, 2), 3, 0, 2, 3)),
		em("gather_per_row_transposed_f32", true, seqT(ir.Float32, sh(1, 2, 4), 1, 0.3), seqT(ir.Float32, sh(3, 4, 6), 1, 0.4), ti(ir.Int32, sh(1, 2), 2, -1)),
		em("gather_per_row_bf16", false, seqT(ir.BFloat16, sh(1, 2, 19), 1, 1.2), seqT(ir.BFloat16, sh(3, 5, 19), 1, 1.3), ti(ir.Int64, sh(1, 2), 1, 2)),
		em("gather_long_rows_f32", false, seqT(ir.Float32, sh(1, 1, 75), 1, 1.4), seqT(ir.Float32, sh(2, 3, 75), 1, 1.5), ti(ir.Int64, sh(1, 2), 1, 0)),
		em("dense_shared_x_f64", false, seqT(ir.Float64, sh(5, 1, 4), 1, 0.5), seqT(ir.Float64, sh(3, 2, 4), 1, 0.6), ti(ir.Int64, sh(5, 2), 0, 1, 2, 0, 1, 1, 2, 2, 9, 0)),
		em("dense_per_row_transposed_f32", true, seqT(ir.Float32, sh(4, 2, 3), 1, 0.7), seqT(ir.Float32, sh(2, 3, 5), 1, 0.8), ti(ir.Int64, sh(4, 2), 0, 1, 1, 0, 1, 1, 0, 0)),
		em("dense_many_rows_wide_f32", false, seqT(ir.Float32, sh(9, 2, 37), 1, 1.6), seqT(ir.Float32, sh(3, 40, 37), 1, 1.7),
			ti(ir.Int64, sh(9, 2), 0, 1, 2, 2, 1, 0, 0, 0, 2, 1, 1, 1, 0, 2, 2, 0, 1, 2)),
		em("dense_shared_x_f16", false, seqT(ir.Float16, sh(6, 1, 24), 1, 1.8), seqT(ir.Float16, sh(2, 20, 24), 1, 1.9), ti(ir.Int32, sh(6, 2), 0, 1, 1, 0, 1, 1, 0, 0, 1, 0, 0, 1)),
		em("dense_per_row_bf16", false, seqT(ir.BFloat16, sh(3, 2, 8), 1, 0.9), seqT(ir.BFloat16, sh(4, 6, 8), 1, 1.0), ti(ir.Int64, sh(3, 2), 0, 3, 1, 2, 3, 3)),
		em("no_rows_f32", false, tf(ir.Float32, sh(0, 1, 3)), seqT(ir.Float32, sh(2, 4, 3), 1, 1.1), ti(ir.Int64, sh(0, 2))),
	}
}
