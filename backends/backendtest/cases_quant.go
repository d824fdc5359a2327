package backendtest

import (
	"math/rand"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// quantMatmulRef is quant_matmul from its definition (ir.QuantMatmulAttrs),
// in float64: q[n, k] read from kiln's packing, w[n, k] = scales[n, g] *
// (q - zeros[n, g]) computed in float32 and rounded to the scales' dtype,
// result[..., n] = sum_k x[..., k] w[n, k] rounded to x's dtype.
func quantMatmulRef(bits, group int) func(in []*tensor.Tensor) []*tensor.Tensor {
	return func(in []*tensor.Tensor) []*tensor.Tensor {
		x, q, s, z := in[0], in[1], in[2], in[3]
		k := x.Shape[len(x.Shape)-1]
		n := q.Shape[0]
		xs, ss, zs := x.Float64s(), s.Float64s(), z.Float64s()
		unpack := func(o, i int) float32 {
			row := q.Data[o*k*bits/8:]
			if bits == 8 {
				return float32(row[i])
			}
			b := row[i/32*16+i%16]
			if i%32 >= 16 {
				b >>= 4
			}
			return float32(b & 15)
		}
		w := make([]float64, n*k)
		for o := 0; o < n; o++ {
			for i := 0; i < k; i++ {
				g := o*(k/group) + i/group
				p := float32(ss[g]) * (unpack(o, i) - float32(zs[g]))
				w[o*k+i] = tf(s.DType, sh(1), float64(p)).Float64s()[0]
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

// packedBytes is n deterministic, irregular bytes (every nibble value
// occurs).
func packedBytes(n int, seed int64) *tensor.Tensor {
	vs := make([]int64, n)
	h := uint32(seed)*2654435761 + 12345
	for i := range vs {
		h = h*1664525 + 1013904223
		vs[i] = int64(h >> 24)
	}
	return ti(ir.Uint8, sh(n), vs...)
}

// quantInputs generates random quant_matmul inputs shaped like a
// checkpoint's: x normal, random packed bytes, positive scales around
// 0.05 and integer zero points in [0, 2^bits). (The suite's generic
// inputs, normal scales and fractional zeros, give weights up to ~40 and
// partial sums in the thousands over a few hundred inputs, whose float32
// rounding in any summation order exceeds the 1e-5 relative tolerance on
// results near 1.)
func quantInputs(bits int) func(r *rand.Rand, ts []ir.Type) []*tensor.Tensor {
	return func(r *rand.Rand, ts []ir.Type) []*tensor.Tensor {
		out := randomInputs(r, ts)
		q := make([]int64, ts[1].Shape.NumElements())
		for i := range q {
			q[i] = int64(r.Intn(256))
		}
		out[1] = ti(ts[1].DType, ts[1].Shape, q...)
		ng := ts[2].Shape.NumElements()
		s, z := make([]float64, ng), make([]float64, ng)
		for i := range s {
			s[i] = 0.05 * (0.5 + r.Float64())
			z[i] = float64(r.Intn(1 << bits))
		}
		out[2], out[3] = tf(ts[2].DType, ts[2].Shape, s...), tf(ts[3].DType, ts[3].Shape, z...)
		return out
	}
}

// quantZeros is an (n, g) tensor of integer zero points in [0, 2^bits).
func quantZeros(dt ir.DType, n, g, bits int, seed int64) *tensor.Tensor {
	vs := make([]float64, n*g)
	for i := range vs {
		vs[i] = float64((int64(i)*7 + seed*3) % (1 << bits))
	}
	return tf(dt, sh(n, g), vs...)
}

// quantMatmulCases cover 4 and 8 bits, one and several groups, decode
// (one row of x: llvm's GEMV kernel, with blocks of up to 8 rows that
// divide N; its wide 64-byte step for groups of a multiple of 128, fed
// inputs shaped like a checkpoint's; a row of 1040 groups, past its
// scale buffer),
// a few rows, prefill-sized inputs (llvm decomposes them), x of rank 3,
// half-precision scales (each weight rounded to them, as quant's
// dequantization does), half-precision x, and 8-bit groups smaller than
// llvm's 16-byte step (decomposed there).
func quantMatmulCases() []opCase {
	qm := func(name string, bits, group int, xdt, sdt ir.DType, xShape ir.Shape, n int, seed int64) opCase {
		k := xShape[len(xShape)-1]
		q := packedBytes(n*k*bits/8, seed)
		q.Shape = sh(n, k*bits/8)
		g := k / group
		s := tf(sdt, sh(n, g), seq(n*g, 0.05, float64(seed))...)
		z := quantZeros(sdt, n, g, bits, seed)
		tol := compTol(xdt)
		return simple(name, ir.OpQuantMatmul, &ir.QuantMatmulAttrs{Bits: bits, GroupSize: group}, seqT(xdt, xShape, 1, float64(seed)+0.5), q, s, z).
			withTol(tol).withRef(quantMatmulRef(bits, group))
	}
	// Literal: K = 32, one output. Byte 0 = 0x21 holds q[0] = 1 (low
	// nibble) and q[16] = 2 (high); every other q is 0. scale 0.5, zero 1:
	// w[0] = 0, w[16] = 0.5, the rest -0.5. x = (1, 2, 0, ..., x[16] = 10).
	lit := make([]int64, 16)
	lit[0] = 0x21
	xl := make([]float64, 32)
	xl[0], xl[1], xl[16] = 1, 2, 10
	return []opCase{
		simple("literal_4bit", ir.OpQuantMatmul, &ir.QuantMatmulAttrs{Bits: 4, GroupSize: 32},
			tf(ir.Float32, sh(1, 32), xl...), ti(ir.Uint8, sh(1, 16), lit...), tf(ir.Float32, sh(1, 1), 0.5), tf(ir.Float32, sh(1, 1), 1)).
			expect(tf(ir.Float32, sh(1, 1), 4)),
		qm("decode_4bit_f32", 4, 32, ir.Float32, ir.Float32, sh(1, 96), 8, 1),
		qm("decode_4bit_tail_rows", 4, 64, ir.Float32, ir.Float32, sh(1, 128), 7, 2),
		qm("decode_4bit_f16_scales", 4, 32, ir.Float32, ir.Float16, sh(1, 64), 12, 3),
		qm("decode_4bit_bf16_scales_one_group", 4, 128, ir.Float32, ir.BFloat16, sh(1, 128), 4, 4),
		qm("decode_4bit_wide_f16_scales", 4, 128, ir.Float32, ir.Float16, sh(1, 384), 16, 13).withGen(quantInputs(4)),
		qm("decode_4bit_wide_group_256_rows_10", 4, 256, ir.Float32, ir.Float32, sh(1, 512), 10, 14).withGen(quantInputs(4)),
		qm("decode_4bit_1040_groups", 4, 32, ir.Float32, ir.Float16, sh(1, 32*1040), 2, 15).withGen(quantInputs(4)),
		qm("few_rows_4bit_rank3", 4, 32, ir.Float32, ir.Float32, sh(1, 3, 64), 9, 5),
		qm("prefill_4bit", 4, 32, ir.Float32, ir.Float16, sh(20, 64), 6, 6),
		qm("decode_8bit_f32", 8, 16, ir.Float32, ir.Float32, sh(1, 48), 8, 7),
		qm("few_rows_8bit_f16_scales", 8, 16, ir.Float32, ir.Float16, sh(2, 48), 5, 12),
		qm("few_rows_8bit_small_groups", 8, 8, ir.Float32, ir.Float16, sh(2, 24), 5, 8),
		qm("decode_4bit_bf16_x", 4, 32, ir.BFloat16, ir.BFloat16, sh(1, 64), 8, 9),
		qm("decode_4bit_f16_x", 4, 32, ir.Float16, ir.Float16, sh(2, 32), 3, 10),
		qm("f64_x", 4, 32, ir.Float64, ir.Float32, sh(2, 64), 3, 11),
	}
}
