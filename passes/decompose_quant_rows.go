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

// quantShapeOK reports whether v is a quant_matmul or
// quant_matmul_codebook with float x of rank >= 1, K > 0, N > 0, K a
// multiple of the group size and, for 4 bits, a group size that is a
// multiple of 32 (kiln's 4-bit packing holds blocks of 32 inputs; every
// packed module satisfies it). It returns the rows of x (the product of
// its leading dims).
func quantShapeOK(v *ir.Value) (rows int, ok bool) {
	bits, gs := 4, 0
	switch a := v.Attrs.(type) {
	case *ir.QuantMatmulAttrs:
		if v.Op != ir.OpQuantMatmul {
			return 0, false
		}
		bits, gs = a.Bits, a.GroupSize
	case *ir.QuantMatmulCodebookAttrs:
		if v.Op != ir.OpQuantMatmulCodebook {
			return 0, false
		}
		gs = a.GroupSize
	default:
		return 0, false
	}
	x := v.Args[0].Type
	if !x.DType.IsFloat() || x.Shape.Rank() < 1 {
		return 0, false
	}
	k := x.Shape[x.Shape.Rank()-1]
	if k <= 0 || gs <= 0 || k%gs != 0 || (bits == 4 && gs%32 != 0) || (bits != 4 && bits != 8) {
		return 0, false
	}
	return x.Shape.NumElements() / k, v.Type.Shape.NumElements() > 0
}

// QuantRowsApplies reports whether DecomposeQuantRows expands v into a
// reduce over the packed weight: a quant_matmul or quant_matmul_codebook
// quantShapeOK accepts with 1..maxRows rows of x.
func QuantRowsApplies(v *ir.Value, maxRows int) bool {
	rows, ok := quantShapeOK(v)
	return ok && rows >= 1 && rows <= maxRows
}

// DecomposeQuantRows returns the xla backend's pass for quant_matmul and
// quant_matmul_codebook. The values QuantRowsApplies accepts (decode)
// become one elementwise expression over the packed weight followed by a
// row reduction, with no dot_general and no float (N, K) weight as a
// value of its own, so XLA fuses it into a row reduction that reads the
// packed bytes once (docs/quant.md "XLA"); the other quant values
// quantShapeOK accepts (prefill) become the dequantized weight and one
// dot_general, as Decompose's expansion but with the same exact rounding
// as the decode path. Anything else is left for Decompose.
//
// Layout (4 bits): the reduction runs over the packed bytes, (N, K/2)
// viewed as they are stored (no reshape of the weight at all). Byte i
// of a row holds two inputs (kiln's packing: each block of 16 bytes gives
// its 16 low nibbles, inputs 0..15 of the block, then its 16 high
// nibbles, 16..31), so x is split once per call into x_lo and x_hi
// (rows, K/2), the inputs byte i's low and high nibble multiply, and
// term[r, n, i] = w_lo[n, i]*x_lo[r, i] + w_hi[n, i]*x_hi[r, i] is summed
// over i, the minor dim. Scales, zeros (absmax) are broadcast from (N, G)
// to (N, G, group/2) and viewed as (N, K/2). 8 bits: the same over
// (N, K).
//
// Every weight is the op's exactly: scales * (q - zeros) (or code[q] *
// absmax) in float32, rounded to the scales' dtype (the op's dtype) by
// RoundFloat32Exactly, which XLA's GPU compiler cannot drop as it drops a
// pair of converts. The products with x are summed in float32 (float64
// for float64 x) and rounded once to x's dtype.
func DecomposeQuantRows(maxRows int) func(*ir.Func) error {
	return DecomposeQuantRowsSplit(maxRows, 1)
}

// DecomposeQuantRowsSplit is DecomposeQuantRows with the decode
// reduction split in two where split > 1 divides the packed columns C:
// (rows, N, C) viewed as (rows, N, split, C/split), summed over the
// minor dim, then over split (a different float32 summation order, the
// same weights). It lets a device measure whether more, shorter row
// reductions are faster for small N (TestQuantRowsDevice times both).
func DecomposeQuantRowsSplit(maxRows, split int) func(*ir.Func) error {
	return func(f *ir.Func) error {
		return f.Rewrite(func(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
			rows, ok := quantShapeOK(v)
			if !ok || rows < 1 {
				return nil, nil
			}
			return expand(e, v, func(g *frontend.Graph, args []*frontend.Tensor) *frontend.Tensor {
				w := quantWeights(v, args)
				if rows <= maxRows {
					return quantRowsReduce(v, args[0], w, split)
				}
				return contractDequantized(args[0], w.dense().AsType(contractType(v.Type.DType)), v.Type.DType)
			})
		})
	}
}

// packedWeights is a quant op's float32 weight, exactly rounded, laid
// out like its packed bytes: 4 bits (and codebook) as lo and hi, (N,
// K/2), the weights of each byte's low and high nibble; 8 bits as lo
// alone, (N, K).
type packedWeights struct {
	lo, hi *frontend.Tensor
}

// dense is the (N, K) weight in input order: each block of 16 bytes'
// low-nibble weights, then its high-nibble weights.
func (w packedWeights) dense() *frontend.Tensor {
	if w.hi == nil {
		return w.lo
	}
	n, half := w.lo.Dim(0), w.lo.Dim(1)
	blk := func(t *frontend.Tensor) *frontend.Tensor { return t.Reshape(n, half/16, 1, 16) }
	return frontend.Concat(2, blk(w.lo), blk(w.hi)).Reshape(n, 2*half)
}

// quantWeights builds v's weights from its operands (args[1:]).
func quantWeights(v *ir.Value, args []*frontend.Tensor) packedWeights {
	x, q := args[0], args[1]
	k := x.Dim(x.Rank() - 1)
	n := q.Dim(0)
	g := q.Graph()
	lo := func() *frontend.Tensor { return q.And(g.ConstScalarInt(ir.Uint8, 15)) }
	hi := func() *frontend.Tensor { return q.ShiftRightLogical(g.ConstScalarInt(ir.Uint8, 4)) }
	switch a := v.Attrs.(type) {
	case *ir.QuantMatmulAttrs:
		scales, zeros := args[2], args[3]
		per := perGroupPacked(n, k, a.GroupSize, a.Bits)
		s, z := per(scales), per(zeros)
		w := func(qi *frontend.Tensor) *frontend.Tensor {
			return RoundFloat32Exactly(s.Mul(qi.AsType(ir.Float32).Sub(z)), scales.DType())
		}
		if a.Bits == 8 {
			return packedWeights{lo: w(q)}
		}
		return packedWeights{lo: w(lo()), hi: w(hi())}
	case *ir.QuantMatmulCodebookAttrs:
		absmax, code := args[2], args[3]
		am := perGroupPacked(n, k, a.GroupSize, 4)(absmax)
		w := func(qi *frontend.Tensor) *frontend.Tensor {
			return RoundFloat32Exactly(code.Take(qi.AsType(ir.Int32), 0).Mul(am), a.DType)
		}
		return packedWeights{lo: w(lo()), hi: w(hi())}
	}
	panic("quantWeights: not a quant op") // quantShapeOK admits only the two
}

// perGroupPacked returns the function that repeats a per-group operand
// (N, K/group) over the group's packed elements, in float32: (N, K/2)
// for 4 bits (group/2 bytes a group), (N, K) for 8.
func perGroupPacked(n, k, group, bits int) func(*frontend.Tensor) *frontend.Tensor {
	per := group * bits / 8
	return func(t *frontend.Tensor) *frontend.Tensor {
		return t.AsType(ir.Float32).Reshape(n, k/group, 1).BroadcastTo(n, k/group, per).Reshape(n, k/group*per)
	}
}

// quantRowsReduce is x (..., K) times the weight w, (N, K), as one
// reduce over the minor dim of (rows, N, packed columns) (two with a
// split: DecomposeQuantRowsSplit): see DecomposeQuantRows.
func quantRowsReduce(v *ir.Value, x *frontend.Tensor, w packedWeights, split int) *frontend.Tensor {
	ct := contractType(v.Type.DType)
	k := x.Dim(x.Rank() - 1)
	rows := x.Shape().NumElements() / k
	n, cols := w.lo.Dim(0), w.lo.Dim(1)
	full := []int{rows, n, cols}
	xr := x.AsType(ct).Reshape(rows, k)
	term := func(w, xs *frontend.Tensor) *frontend.Tensor {
		return w.AsType(ct).BroadcastInDim(full, 1, 2).Mul(xs.BroadcastInDim(full, 0, 2))
	}
	var e *frontend.Tensor
	if w.hi == nil {
		e = term(w.lo, xr)
	} else {
		// x's inputs per byte: block b's byte j multiplies input 32b+j
		// (low nibble) and 32b+16+j (high nibble).
		xb := xr.Reshape(rows, k/32, 2, 16)
		half := func(i int) *frontend.Tensor { return xb.SliceAxis(2, i, i+1).Reshape(rows, cols) }
		e = term(w.lo, half(0)).Add(term(w.hi, half(1)))
	}
	out := append(x.Shape()[:x.Rank()-1:x.Rank()-1], n)
	if split > 1 && cols%split == 0 {
		return e.Reshape(rows, n, split, cols/split).Sum(3).Sum(2).Reshape(out...).AsType(v.Type.DType)
	}
	return e.Sum(2).Reshape(out...).AsType(v.Type.DType)
}
