package interp

import (
	bin "encoding/binary"
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// dotGeneral: result[batch ++ lhsFree ++ rhsFree] = sum over the contracting
// multi-index c of lhs[...] * rhs[...]. Floats multiply and accumulate in
// float64 and round once to Out; integers accumulate in int64 and wrap to
// Out. Contracting over an empty dim gives 0.
//
// Each sum runs over the contracting multi-index in row-major order of
// LhsContract (paired with RhsContract), one product at a time: the result
// does not depend on the operands' layouts. For speed both operands are
// first gathered into [batch, free, contracting] order, so every sum reads
// two contiguous rows.
func dotGeneral(l, r *tensor.Tensor, a *ir.DotAttrs, t ir.Type) *tensor.Tensor {
	lf, rf := a.FreeDims(l.Shape.Rank(), r.Shape.Rank())
	nb := dimsSize(l.Shape, a.LhsBatch)
	nl, nr := dimsSize(l.Shape, lf), dimsSize(r.Shape, rf)
	nc := dimsSize(l.Shape, a.LhsContract)
	n := t.Shape.NumElements()
	if l.DType.IsFloat() {
		lp := packFloatRows(l, a.LhsBatch, lf, a.LhsContract)
		rp := packFloatRows(r, a.RhsBatch, rf, a.RhsContract)
		acc := make([]float64, n)
		dotRows(acc, lp, rp, nb, nl, nr, nc)
		return fromFloats(t, acc)
	}
	lp := packRows(ints(l), l.Shape, a.LhsBatch, lf, a.LhsContract)
	rp := packRows(ints(r), r.Shape, a.RhsBatch, rf, a.RhsContract)
	acc := make([]int64, n)
	dotRows(acc, lp, rp, nb, nl, nr, nc)
	return fromInts(t, acc)
}

// dotRows sets acc[(b*nl+i)*nr+j] to the sum over c of lp[b][i][c] *
// rp[b][j][c], in order of c (lp is [nb, nl, nc], rp [nb, nr, nc]).
func dotRows[E float64 | int64](acc, lp, rp []E, nb, nl, nr, nc int) {
	o := 0
	for b := 0; b < nb; b++ {
		for i := 0; i < nl; i++ {
			lrow := lp[(b*nl+i)*nc : (b*nl+i+1)*nc]
			j := 0
			// Two sums at once share the loads of lrow; each still adds
			// its products in order of c.
			for ; j+1 < nr; j += 2 {
				r0 := rp[(b*nr+j)*nc : (b*nr+j+1)*nc]
				r1 := rp[(b*nr+j+1)*nc : (b*nr+j+2)*nc]
				r0, r1 = r0[:len(lrow)], r1[:len(lrow)]
				var s0, s1 E
				for c, x := range lrow {
					s0 += x * r0[c]
					s1 += x * r1[c]
				}
				acc[o], acc[o+1] = s0, s1
				o += 2
			}
			if j < nr {
				r0 := rp[(b*nr+j)*nc : (b*nr+j+1)*nc]
				r0 = r0[:len(lrow)]
				var s0 E
				for c, x := range lrow {
					s0 += x * r0[c]
				}
				acc[o] = s0
				o++
			}
		}
	}
}

// dimsSize is the number of elements of shape's dims.
func dimsSize(shape ir.Shape, dims []int) int {
	n := 1
	for _, d := range dims {
		n *= shape[d]
	}
	return n
}

// dimOffsets returns, for every multi-index over dims (row-major in the
// order listed), its offset with shape's row-major strides.
func dimOffsets(shape ir.Shape, dims []int) []int {
	st := shape.Strides()
	offs := []int{0}
	for _, d := range dims {
		next := make([]int, 0, len(offs)*shape[d])
		for _, o := range offs {
			for x := 0; x < shape[d]; x++ {
				next = append(next, o+x*st[d])
			}
		}
		offs = next
	}
	return offs
}

// packRows gathers xs (of shape) into [batch, free, contract] order.
func packRows[E float64 | int64](xs []E, shape ir.Shape, batch, free, contract []int) []E {
	bo, fo, co := dimOffsets(shape, batch), dimOffsets(shape, free), dimOffsets(shape, contract)
	out := make([]E, 0, len(bo)*len(fo)*len(co))
	for _, b := range bo {
		for _, f := range fo {
			for _, c := range co {
				out = append(out, xs[b+f+c])
			}
		}
	}
	return out
}

// packFloatRows is packRows(floats(t), ...) without the intermediate
// slice: it decodes each element of the float tensor t as it gathers it.
func packFloatRows(t *tensor.Tensor, batch, free, contract []int) []float64 {
	bo, fo, co := dimOffsets(t.Shape, batch), dimOffsets(t.Shape, free), dimOffsets(t.Shape, contract)
	out := make([]float64, len(bo)*len(fo)*len(co))
	k := 0
	for _, b := range bo {
		for _, f := range fo {
			base := b + f
			switch t.DType {
			case ir.Float32:
				for _, c := range co {
					out[k] = float64(math.Float32frombits(bin.LittleEndian.Uint32(t.Data[4*(base+c):])))
					k++
				}
				continue
			case ir.BFloat16:
				for _, c := range co {
					out[k] = float64(ir.BFloat16ToFloat32(bin.LittleEndian.Uint16(t.Data[2*(base+c):])))
					k++
				}
				continue
			}
			for _, c := range co {
				out[k] = ir.ElementFloat(t.DType, t.Data, base+c)
				k++
			}
		}
	}
	return out
}
