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
// does not depend on the operands' layouts or on which of the loops below
// computes it (TestDotGeneralMatchesReference checks the bits against the
// plain loop). For speed the lhs is gathered into [batch, free, contract]
// rows and the rhs read in whichever row order keeps its reads contiguous:
// [batch, free, contract] rows summed as dot products (dotRows), or
// [batch, contract, free] rows added to the output row (axpyRows), in
// place when the tensor is already in that order.
func dotGeneral(l, r *tensor.Tensor, a *ir.DotAttrs, t ir.Type) *tensor.Tensor {
	lf, rf := a.FreeDims(l.Shape.Rank(), r.Shape.Rank())
	nb := dimsSize(l.Shape, a.LhsBatch)
	nl, nr := dimsSize(l.Shape, lf), dimsSize(r.Shape, rf)
	nc := dimsSize(l.Shape, a.LhsContract)
	n := t.Shape.NumElements()
	// An rhs whose innermost dim is free ([K, N] weights) is gathered as
	// [batch, contract, free] rows, a copy in its own order, and summed
	// by axpyRows; else as [batch, free, contract] rows for dotRows.
	freeInner := len(rf) > 0 && rf[len(rf)-1] == r.Shape.Rank()-1
	if l.DType.IsFloat() {
		lp := packFloatRows(l, a.LhsBatch, lf, a.LhsContract)
		acc := make([]float64, n)
		switch {
		case freeInner && inMemoryOrder(a.RhsBatch, a.RhsContract, rf) && (r.DType == ir.Float32 || r.DType == ir.BFloat16):
			// Already [batch, contract, free]: read in place (no
			// float64 copy of a large weight on every call).
			axpyRowsInPlace(acc, lp, r, nb, nl, nr, nc)
		case freeInner:
			axpyRows(acc, lp, packFloatRows(r, a.RhsBatch, a.RhsContract, rf), nb, nl, nr, nc)
		case nl <= inPlaceMaxRows && inMemoryOrder(a.RhsBatch, rf, a.RhsContract) && (r.DType == ir.Float32 || r.DType == ir.BFloat16):
			// Already [batch, free, contract] ([N, K] weights times a
			// few rows): read in place.
			dotRowsInPlace(acc, lp, r, nb, nl, nr, nc)
		default:
			dotRows(acc, lp, packFloatRows(r, a.RhsBatch, rf, a.RhsContract), nb, nl, nr, nc)
		}
		return fromFloats(t, acc)
	}
	ls, rs := ints(l), ints(r)
	lp := packRows(ls, l.Shape, a.LhsBatch, lf, a.LhsContract)
	acc := make([]int64, n)
	if freeInner {
		axpyRows(acc, lp, packRows(rs, r.Shape, a.RhsBatch, a.RhsContract, rf), nb, nl, nr, nc)
	} else {
		dotRows(acc, lp, packRows(rs, r.Shape, a.RhsBatch, rf, a.RhsContract), nb, nl, nr, nc)
	}
	return fromInts(t, acc)
}

// inMemoryOrder reports whether the dim groups, concatenated, are 0, 1,
// ..., rank-1: gathering in that order copies the tensor as it is.
func inMemoryOrder(groups ...[]int) bool {
	k := 0
	for _, g := range groups {
		for _, d := range g {
			if d != k {
				return false
			}
			k++
		}
	}
	return true
}

// axpyRowsInPlace is axpyRows reading the float32 or bfloat16 rhs r in
// place (its dims in [batch, contract, free] order), decoding each element
// as it multiplies it: the same products, added in the same order.
func axpyRowsInPlace(acc, lp []float64, r *tensor.Tensor, nb, nl, nr, nc int) {
	for b := 0; b < nb; b++ {
		for i := 0; i < nl; i++ {
			out := acc[(b*nl+i)*nr : (b*nl+i+1)*nr]
			for c, x := range lp[(b*nl+i)*nc : (b*nl+i+1)*nc] {
				base := (b*nc + c) * nr
				if r.DType == ir.Float32 {
					row := r.Data[4*base : 4*(base+nr)]
					for j := range out {
						out[j] += x * float64(math.Float32frombits(bin.LittleEndian.Uint32(row[4*j:])))
					}
					continue
				}
				row := r.Data[2*base : 2*(base+nr)]
				for j := range out {
					out[j] += x * float64(ir.BFloat16ToFloat32(bin.LittleEndian.Uint16(row[2*j:])))
				}
			}
		}
	}
}

// inPlaceMaxRows is the most lhs rows for which dotRowsInPlace decodes
// the rhs once per row rather than gathering a float64 copy once: a copy
// of a large weight (allocated, zeroed, written, read) costs more than a
// few decodes of each element.
const inPlaceMaxRows = 64

// dotRowsInPlace is dotRows reading the float32 or bfloat16 rhs r in place
// (its dims in [batch, free, contract] order): the same products, added
// in the same order.
func dotRowsInPlace(acc, lp []float64, r *tensor.Tensor, nb, nl, nr, nc int) {
	o := 0
	for b := 0; b < nb; b++ {
		for i := 0; i < nl; i++ {
			lrow := lp[(b*nl+i)*nc : (b*nl+i+1)*nc]
			for j := 0; j < nr; j++ {
				base := (b*nr + j) * nc
				var s float64
				if r.DType == ir.Float32 {
					row := r.Data[4*base : 4*(base+nc)]
					for c, x := range lrow {
						s += x * float64(math.Float32frombits(bin.LittleEndian.Uint32(row[4*c:])))
					}
				} else {
					row := r.Data[2*base : 2*(base+nc)]
					for c, x := range lrow {
						s += x * float64(ir.BFloat16ToFloat32(bin.LittleEndian.Uint16(row[2*c:])))
					}
				}
				acc[o] = s
				o++
			}
		}
	}
}

// axpyRows is dotRows for an rhs gathered as [nb, nc, nr]: for each lhs
// row it adds lp[b][i][c] times rhs row c to the output row, c in order,
// so every output element still sums its products in order of c from 0.
func axpyRows[E float64 | int64](acc, lp, rp []E, nb, nl, nr, nc int) {
	for b := 0; b < nb; b++ {
		for i := 0; i < nl; i++ {
			out := acc[(b*nl+i)*nr : (b*nl+i+1)*nr]
			for c, x := range lp[(b*nl+i)*nc : (b*nl+i+1)*nc] {
				row := rp[(b*nc+c)*nr : (b*nc+c+1)*nr]
				row = row[:len(out)]
				for j, y := range row {
					out[j] += x * y
				}
			}
		}
	}
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

// packRows gathers xs (of shape) into the order of the three dim groups
// given: [batch, free, contract] (or [batch, contract, free] when called
// so), each group's multi-index row-major in the order its dims are listed.
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

// packFloatRows is packRows(floats(t), t.Shape, ...) without the intermediate
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
