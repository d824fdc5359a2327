package frontend

import "github.com/kiln-ml/kiln/ir"

// QuantMatmulCodebook is x (..., K) @ w.T for a 4-bit codebook-quantized
// weight w (N, K) (bitsandbytes' nf4/fp4, ir.QuantMatmulCodebookAttrs):
// qweight uint8 (N, K/2) in kiln's 4-bit packing, absmax float32
// (N, K/groupSize), code the float32 (16) table, each weight rounded to dt.
func QuantMatmulCodebook(x, qweight, absmax, code *Tensor, groupSize int, dt ir.DType) *Tensor {
	if x == nil || qweight == nil || absmax == nil || code == nil {
		failNoGraph("quant_matmul_codebook", "nil x, qweight, absmax or code")
	}
	return x.g.emit(ir.OpQuantMatmulCodebook, &ir.QuantMatmulCodebookAttrs{GroupSize: groupSize, DType: dt}, x, qweight, absmax, code)
}

// unpackKiln4 returns the (n, k) 4-bit integers of qweight in kiln's
// packing (each block of 16 bytes: its 16 low nibbles are inputs 0..15 of
// the block, its high nibbles 16..31), as uint8.
func unpackKiln4(q *Tensor, n, k int) *Tensor {
	blocks := q.Reshape(n, k/32, 16)
	lo := blocks.And(q.g.ConstScalarInt(ir.Uint8, 15))
	hi := blocks.ShiftRightLogical(q.g.ConstScalarInt(ir.Uint8, 4))
	return Concat(2, lo, hi).Reshape(n, k)
}

// perGroup repeats t (n, groups) over each group of size inputs: (n, k).
func perGroup(t *Tensor, n, groups, size int) *Tensor {
	return t.Reshape(n, groups, 1).BroadcastTo(n, groups, size).Reshape(n, groups*size)
}

// DequantizeAffine is QuantMatmul's weight (N, K) in dtype out (float32
// or float64): round_to(scales' dtype, scales * (q - zeros)) computed in
// float32 from the operands of quant_matmul (ir.QuantMatmulAttrs), then
// converted. The decomposition and the gradient rule build on it, so both
// use exactly the op's weight.
func DequantizeAffine(qweight, scales, zeros *Tensor, bits, groupSize, k int, out ir.DType) *Tensor {
	n := qweight.Dim(0)
	qi := qweight
	if bits == 4 {
		qi = unpackKiln4(qweight, n, k)
	}
	groups := k / groupSize
	perK := func(t *Tensor) *Tensor { return perGroup(t.AsType(ir.Float32), n, groups, groupSize) }
	return perK(scales).Mul(qi.AsType(ir.Float32).Sub(perK(zeros))).AsType(scales.DType()).AsType(out)
}

// DequantizeCodebook is QuantMatmulCodebook's weight (N, K) in dtype out
// (float32 or float64): round_to(dt, code[q] * absmax) computed in
// float32 (the table looked up by a gather), then converted.
func DequantizeCodebook(qweight, absmax, code *Tensor, groupSize, k int, dt, out ir.DType) *Tensor {
	n := qweight.Dim(0)
	qi := unpackKiln4(qweight, n, k).AsType(ir.Int32)
	vals := code.Take(qi.Reshape(n*k), 0).Reshape(n, k)
	groups := k / groupSize
	return vals.Mul(perGroup(absmax, n, groups, groupSize)).AsType(dt).AsType(out)
}
