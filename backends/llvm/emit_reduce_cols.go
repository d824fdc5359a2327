package llvm

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// reduceColTile is the number of adjacent outputs a column reduction
// accumulates together.
const reduceColTile = 64

// emitReduceColumns emits a reduction that keeps its operand's last axis
// (a softmax over the vocabulary of (V, R) logits: Reduce over axis 0)
// as tiles of up to reduceColTile adjacent outputs: for each index of
// the reduced axes in order, one contiguous run of the operand's last
// axis is folded into the tile's accumulators, a loop the vectorizer
// turns into vector operations. Reading output by output instead walks
// the operand along a strided column for each output and re-reads each
// cache line once per output. Every output is still folded in the
// reduced axes' row-major order, whatever the thread split. It reports
// false (emitting nothing) for other reductions.
func (e *emitter) emitReduceColumns(v *ir.Value) bool {
	a := v.Attrs.(*ir.ReduceAttrs)
	x := v.Args[0]
	xs := x.Type.Shape
	rank := xs.Rank()
	if rank < 2 || len(a.Axes) == 0 || xs[rank-1] < 8 {
		return false
	}
	reduced := map[int]bool{}
	var rshape ir.Shape
	for _, ax := range a.Axes {
		if ax == rank-1 {
			return false
		}
		reduced[ax] = true
		rshape = append(rshape, xs[ax])
	}
	osh := v.Type.Shape // the kept axes, the operand's last one last
	L := int64(xs[rank-1])
	tile := min(L, reduceColTile)
	tiles := (L + tile - 1) / tile
	lead := osh[:len(osh)-1]
	nLead := int64(lead.NumElements())
	k := e.newKernel()
	out := k.basePtr(v)
	at, id, combine := k.reduceOp(v)
	accs := k.entry.NewAlloca(types.NewArray(uint64(tile), at))
	slot := func(j value.Value) value.Value {
		return k.b.NewGetElementPtr(types.NewArray(uint64(tile), at), accs, ci64(0), j)
	}
	k.loop(k.lo, k.hi, func(task value.Value) {
		li := k.b.NewSDiv(task, ci64(tiles))
		j0 := k.b.NewMul(k.b.NewSRem(task, ci64(tiles)), ci64(tile))
		n := k.minI(ci64(tile), k.b.NewSub(ci64(L), j0))
		lidx := k.unravel(li, lead)
		k.loop(ci64(0), n, func(j value.Value) { k.b.NewStore(id, slot(j)) })
		k.fullNest(rshape, func(ridx []value.Value) {
			k.loop(ci64(0), n, func(j value.Value) {
				xi := make([]value.Value, rank)
				o, r := 0, 0
				for d := range xi {
					switch {
					case reduced[d]:
						xi[d] = ridx[r]
						r++
					case d == rank-1:
						xi[d] = k.b.NewAdd(j0, j)
					default:
						xi[d] = lidx[o]
						o++
					}
				}
				p := slot(j)
				k.b.NewStore(combine(k.b.NewLoad(at, p), k.elemAt(x, xi)), p)
			})
		})
		k.loop(ci64(0), n, func(j value.Value) {
			r := value.Value(k.b.NewLoad(at, slot(j)))
			if x.Type.DType.IsFloat() {
				r = k.convert(r, ir.Float64, x.Type.DType)
			}
			oidx := append(append([]value.Value{}, lidx...), k.b.NewAdd(j0, j))
			k.store(v.Type.DType, out, k.ravel(oidx, osh), r)
		})
	})
	k.finish(nLead*tiles, tile*int64(rshape.NumElements()), true)
	return true
}
