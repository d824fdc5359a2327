package backendtest

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// nf4Code is bitsandbytes' NormalFloat4 table (quant.NF4, copied: the
// suite does not import quant).
var nf4Code = []float64{
	-1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453,
	-0.28444138169288635, -0.18477343022823334, -0.09105003625154495, 0.0,
	0.07958029955625534, 0.16093020141124725, 0.24611230194568634, 0.33791524171829224,
	0.44070982933044434, 0.5626170039176941, 0.7229568362236023, 1.0,
}

// quantMatmulCodebookRef is quant_matmul_codebook from its definition
// (ir.QuantMatmulCodebookAttrs), in float64 accumulation: q[n, k] read
// from kiln's 4-bit packing, w = float32(code[q]) * float32(absmax[n, g])
// rounded to the attrs' dtype, result rounded once to x's dtype.
func quantMatmulCodebookRef(group int, dt ir.DType) func(in []*tensor.Tensor) []*tensor.Tensor {
	return func(in []*tensor.Tensor) []*tensor.Tensor {
		x, q, am, code := in[0], in[1], in[2].Float64s(), in[3].Float64s()
		k := x.Shape[len(x.Shape)-1]
		n := q.Shape[0]
		xs := x.Float64s()
		w := make([]float64, n*k)
		for o := 0; o < n; o++ {
			row := q.Data[o*k/2:]
			for i := 0; i < k; i++ {
				b := row[i/32*16+i%16]
				if i%32 >= 16 {
					b >>= 4
				}
				p := float32(code[b&15]) * float32(am[o*(k/group)+i/group])
				w[o*k+i] = tf(dt, sh(1), float64(p)).Float64s()[0]
			}
		}
		rows := len(xs) / k
		out := make([]float64, rows*n)
		for r := 0; r < rows; r++ {
			for o := 0; o < n; o++ {
				var acc float64
				for i := 0; i < k; i++ {
					acc += xs[r*k+i] * w[o*k+i]
				}
				out[r*n+o] = acc
			}
		}
		shape := append(append(ir.Shape{}, x.Shape[:len(x.Shape)-1]...), n)
		return []*tensor.Tensor{tf(x.DType, shape, out...)}
	}
}

// quantMatmulCodebookCases cover the nf4 table with bitsandbytes' block of
// 64 (one and several groups a row), each weight rounded to float32,
// bfloat16 and float16, decode (one row of x: llvm's table kernel, rows
// per task dividing N), a few rows, prefill-sized x (llvm decomposes it),
// x of rank 3, bf16 and f64 x, and a literal.
func quantMatmulCodebookCases() []opCase {
	nf4 := tf(ir.Float32, sh(16), nf4Code...)
	cb := func(name string, group int, xdt, wdt ir.DType, xShape ir.Shape, n int, seed int64) opCase {
		k := xShape[len(xShape)-1]
		q := packedBytes(n*k/2, seed)
		q.Shape = sh(n, k/2)
		g := k / group
		am := tf(ir.Float32, sh(n, g), seq(n*g, 0.05, float64(seed))...)
		return simple(name, ir.OpQuantMatmulCodebook, &ir.QuantMatmulCodebookAttrs{GroupSize: group, DType: wdt}, seqT(xdt, xShape, 1, float64(seed)+0.5), q, am, nf4).
			withTol(compTol(xdt)).withRef(quantMatmulCodebookRef(group, wdt))
	}
	// Literal: K = 32, one output, absmax 2. Byte 0 = 0xF0 holds q[0] = 0
	// (code -1) and q[16] = 15 (code 1); every other q is 0 (code -1).
	// x = (1, 2, 0, ..., x[16] = 10): 2 * (-1 - 2 + 10) = 14.
	lit := make([]int64, 16)
	lit[0] = 0xF0
	xl := make([]float64, 32)
	xl[0], xl[1], xl[16] = 1, 2, 10
	return []opCase{
		simple("codebook_literal", ir.OpQuantMatmulCodebook, &ir.QuantMatmulCodebookAttrs{GroupSize: 32, DType: ir.Float32},
			tf(ir.Float32, sh(1, 32), xl...), ti(ir.Uint8, sh(1, 16), lit...), tf(ir.Float32, sh(1, 1), 2), nf4).
			expect(tf(ir.Float32, sh(1, 1), 14)),
		cb("codebook_decode_nf4_f32", 64, ir.Float32, ir.Float32, sh(1, 128), 8, 21),
		cb("codebook_decode_nf4_bf16_weights", 64, ir.Float32, ir.BFloat16, sh(1, 192), 12, 22),
		cb("codebook_decode_nf4_f16_weights_tail_rows", 64, ir.Float32, ir.Float16, sh(1, 64), 7, 23),
		cb("codebook_few_rows_rank3", 64, ir.Float32, ir.BFloat16, sh(1, 3, 128), 9, 24),
		cb("codebook_prefill", 64, ir.Float32, ir.Float16, sh(20, 64), 6, 25),
		cb("codebook_bf16_x", 64, ir.BFloat16, ir.BFloat16, sh(2, 64), 5, 26),
		cb("codebook_f64_x", 32, ir.Float64, ir.Float32, sh(2, 64), 3, 27),
	}
}
