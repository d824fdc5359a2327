package interp

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// quantMatmul is QuantMatmul from its definition: the weight is unpacked
// (ir.QuantMatmulAttrs gives the packing) and dequantized element by
// element as quant's load-time dequantization does,
//
//	w[n, k] = round_to(scales' dtype, float32(scales[n, g]) * (float32(q[n, k]) - float32(zeros[n, g])))
//
// with g = k / group_size and the product in float32; then
// result[..., n] = sum_k x[..., k] * w[n, k], accumulated in float64 and
// rounded once to the result dtype.
func quantMatmul(x, q, s, z *tensor.Tensor, a *ir.QuantMatmulAttrs, t ir.Type) *tensor.Tensor {
	n, k := q.Shape[0], x.Shape[len(x.Shape)-1]
	w := dequantizeKilnPacked(q.Data, floats(s), floats(z), s.DType, n, k, a.Bits, a.GroupSize)
	return matmulRowsT(x, w, n, k, t)
}

// quantMatmulCodebook is QuantMatmulCodebook from its definition: each
// weight is float32(code[q]) * float32(absmax[n, g]) rounded to the op's
// dtype (bitsandbytes' dequantize_4bit), then the product as quantMatmul.
func quantMatmulCodebook(x, q, absmax, code *tensor.Tensor, a *ir.QuantMatmulCodebookAttrs, t ir.Type) *tensor.Tensor {
	n, k := q.Shape[0], x.Shape[len(x.Shape)-1]
	am, cb := floats(absmax), floats(code)
	w := make([]float32, n*k)
	groups := k / a.GroupSize
	rowBytes := k / 2
	for o := 0; o < n; o++ {
		row := q.Data[o*rowBytes:][:rowBytes]
		for i := 0; i < k; i++ {
			w[o*k+i] = roundFloat32To(a.DType, float32(cb[kiln4(row, i)])*float32(am[o*groups+i/a.GroupSize]))
		}
	}
	return matmulRowsT(x, w, n, k, t)
}

// kiln4 is input i of a row in kiln's 4-bit packing.
func kiln4(row []byte, i int) byte {
	b := row[i/32*16+i%16]
	if i%32 < 16 {
		return b & 15
	}
	return b >> 4
}

// matmulRowsT is x (..., k) times w (n, k)^T, accumulated in float64 and
// rounded once to t.
func matmulRowsT(x *tensor.Tensor, w []float32, n, k int, t ir.Type) *tensor.Tensor {
	xs := floats(x)
	rows := len(xs) / max(k, 1)
	out := make([]float64, rows*n)
	for r := 0; r < rows; r++ {
		xr := xs[r*k:][:k]
		for o := 0; o < n; o++ {
			wr := w[o*k:][:k]
			var acc float64
			for i, xv := range xr {
				acc += xv * float64(wr[i])
			}
			out[r*n+o] = acc
		}
	}
	return fromFloats(t, out)
}

// dequantizeKilnPacked returns the (n, k) float32 weight of QuantMatmul's
// operands: packed holds the integers in kiln's packing (see
// ir.QuantMatmulAttrs), scales and zeros (n, k/group) their values, and
// each element is float32(scale) * (float32(q) - float32(zero)) rounded
// to sdt (the scales' dtype) and widened back, exactly as quant's
// load-time dequantization rounds it.
func dequantizeKilnPacked(packed []byte, scales, zeros []float64, sdt ir.DType, n, k, bits, group int) []float32 {
	w := make([]float32, n*k)
	groups := k / group
	rowBytes := k * bits / 8
	for o := 0; o < n; o++ {
		row := packed[o*rowBytes:][:rowBytes]
		for i := 0; i < k; i++ {
			var qv byte
			if bits == 8 {
				qv = row[i]
			} else {
				blk, j := i/32, i%32
				b := row[blk*16+j%16]
				if j < 16 {
					qv = b & 15
				} else {
					qv = b >> 4
				}
			}
			g := o*groups + i/group
			p := float32(scales[g]) * (float32(qv) - float32(zeros[g]))
			w[o*k+i] = roundFloat32To(sdt, p)
		}
	}
	return w
}

// roundFloat32To rounds x to nearest even in dtype d (a float dtype of at
// most 32 bits) and widens it back.
func roundFloat32To(d ir.DType, x float32) float32 {
	switch d {
	case ir.Float16:
		return ir.Float16ToFloat32(ir.Float32ToFloat16(x))
	case ir.BFloat16:
		return ir.BFloat16ToFloat32(ir.Float32ToBFloat16(x))
	}
	return x
}
