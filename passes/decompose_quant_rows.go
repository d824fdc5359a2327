package passes

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// QuantRowsMaxRows is the most rows of x (the product of its leading
// dims) for which DecomposeQuantRows expands quant_matmul and
// quant_matmul_codebook into a multiply + reduce over the packed weight:
// decode and small batches. Larger x (prefill) reads the weight often
// enough that one dequantization and a GEMM are cheaper.
const QuantRowsMaxRows = 8

// QuantRowsApplies reports whether DecomposeQuantRows expands v: a
// quant_matmul or quant_matmul_codebook with float x of 1..maxRows rows,
// K > 0, N > 0, and for 4 bits a group size that is a multiple of 32
// (kiln's 4-bit packing holds blocks of 32 inputs; every packed module
// satisfies it).
func QuantRowsApplies(v *ir.Value, maxRows int) bool {
	bits, gs := 4, 0
	switch a := v.Attrs.(type) {
	case *ir.QuantMatmulAttrs:
		if v.Op != ir.OpQuantMatmul {
			return false
		}
		bits, gs = a.Bits, a.GroupSize
	case *ir.QuantMatmulCodebookAttrs:
		if v.Op != ir.OpQuantMatmulCodebook {
			return false
		}
		gs = a.GroupSize
	default:
		return false
	}
	x := v.Args[0].Type
	if !x.DType.IsFloat() || x.Shape.Rank() < 1 {
		return false
	}
	k := x.Shape[x.Shape.Rank()-1]
	if k <= 0 || gs <= 0 || k%gs != 0 || (bits == 4 && gs%32 != 0) || (bits != 4 && bits != 8) {
		return false
	}
	rows := x.Shape.NumElements() / k
	return rows >= 1 && rows <= maxRows && v.Type.Shape.NumElements() > 0
}

// DecomposeQuantRows returns the pass that expands the quant_matmul and
// quant_matmul_codebook values QuantRowsApplies accepts into one
// elementwise expression over the packed weight followed by a sum over K,
// with no dot_general and no float (N, K) weight as a value of its own:
// XLA fuses the whole expression into a row reduction that reads the
// packed bytes once (backends/xla, docs/quant.md "XLA").
//
// Layout: the weight is viewed, without transposes, as (N, G, B, 2, 16)
// for 4 bits (G groups of B = group_size/32 blocks; each block's 16 bytes
// give its 16 low nibbles, inputs 0..15, then its 16 high nibbles, inputs
// 16..31: kiln's packing) and (N, G, group_size) for 8 bits, each a
// row-major reshape of qweight (N, K*bits/8) and of x's row (K). Every
// weight is the op's exactly: scales * (q - zeros) (or code[q] * absmax)
// in float32, rounded to the scales' dtype (the op's dtype) by a convert
// there and back. The products with x are summed in float32 (float64 for
// float64 x) and rounded once to x's dtype.
//
// The other quant values are left for Decompose (dequantize + one
// dot_general).
func DecomposeQuantRows(maxRows int) func(*ir.Func) error {
	return func(f *ir.Func) error {
		return f.Rewrite(func(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
			if !QuantRowsApplies(v, maxRows) {
				return nil, nil
			}
			return expand(e, v, func(g *frontend.Graph, args []*frontend.Tensor) *frontend.Tensor {
				return quantRows(v, args)
			})
		})
	}
}

// quantRows builds v's expansion (see DecomposeQuantRows).
func quantRows(v *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
	x, q := args[0], args[1]
	k := x.Dim(x.Rank() - 1)
	n := q.Dim(0)
	var w *frontend.Tensor // float32, shape wShape
	var wShape []int
	switch a := v.Attrs.(type) {
	case *ir.QuantMatmulAttrs:
		g := k / a.GroupSize
		scales, zeros := args[2], args[3]
		var qi *frontend.Tensor
		if a.Bits == 4 {
			wShape = []int{n, g, a.GroupSize / 32, 2, 16}
			qi = nibbles(q, wShape)
		} else {
			wShape = []int{n, g, a.GroupSize}
			qi = q.Reshape(wShape...)
		}
		perGroup := func(t *frontend.Tensor) *frontend.Tensor {
			return t.AsType(ir.Float32).BroadcastInDim(wShape, 0, 1)
		}
		w = perGroup(scales).Mul(qi.AsType(ir.Float32).Sub(perGroup(zeros)))
		w = roundTo(w, scales.DType())
	case *ir.QuantMatmulCodebookAttrs:
		absmax, code := args[2], args[3]
		wShape = []int{n, k / a.GroupSize, a.GroupSize / 32, 2, 16}
		vals := code.Take(nibbles(q, wShape).AsType(ir.Int32), 0)
		w = roundTo(vals.Mul(absmax.AsType(ir.Float32).BroadcastInDim(wShape, 0, 1)), a.DType)
	}
	ct := contractType(v.Type.DType)
	rows := x.Shape().NumElements() / k
	// (rows, N, wShape[1:]...): the kept dims (rows, N) lead and the
	// reduced ones are the minor, contiguous dims of the packed row.
	full := append([]int{rows}, wShape...)
	xdims := make([]int, len(full)-1)
	wdims := make([]int, len(wShape))
	xdims[0] = 0
	for i := 1; i < len(xdims); i++ {
		xdims[i] = i + 1
	}
	for i := range wdims {
		wdims[i] = i + 1
	}
	xr := x.AsType(ct).Reshape(append([]int{rows}, wShape[1:]...)...).BroadcastInDim(full, xdims...)
	axes := make([]int, 0, len(wShape)-1)
	for i := 2; i < len(full); i++ {
		axes = append(axes, i)
	}
	sum := xr.Mul(w.AsType(ct).BroadcastInDim(full, wdims...)).Sum(axes...)
	out := append(x.Shape()[:x.Rank()-1:x.Rank()-1], n)
	return sum.Reshape(out...).AsType(v.Type.DType)
}

// nibbles is the 4-bit integers of qweight (N, K/2) uint8 in kiln's
// packing, shaped (N, G, B, 2, 16) (wShape): [.., 0, j] is byte j's low
// nibble, [.., 1, j] its high one, by a shift of 0 or 4 and a mask.
func nibbles(q *frontend.Tensor, wShape []int) *frontend.Tensor {
	n, g, b := wShape[0], wShape[1], wShape[2]
	bytes := q.Reshape(n, g, b, 16).BroadcastInDim(wShape, 0, 1, 2, 4)
	shift := q.Graph().ConstInts(ir.Uint8, []int{2}, []int64{0, 4}).BroadcastInDim(wShape, 3)
	return bytes.ShiftRightLogical(shift).And(q.Graph().ConstScalarInt(ir.Uint8, 15))
}

// roundTo rounds float32 t to dt and back (nothing for float32).
func roundTo(t *frontend.Tensor, dt ir.DType) *frontend.Tensor {
	if dt == ir.Float32 {
		return t
	}
	return t.AsType(dt).AsType(ir.Float32)
}
