package passes

import (
	"strings"

	"github.com/kiln-ml/kiln/ir"
)

// UpdateSuffix ends the name of a result that is the new value of the
// parameter named by the rest (a training step's "w.new" for "w"). Where
// several parameters could lend a result their memory, PlanBuffers prefers
// the one the result's name says it updates.
const UpdateSuffix = ".new"

// elementwiseInPlace adds to InPlace the results that may be written
// into the memory of a parameter they update elementwise: a training
// step's new weights and optimizer state (AdamW reads w[i], m[i], v[i]
// and the gradient's g[i] to write w.new[i], m.new[i], v.new[i]), so that
// a caller donating the old buffers gets no second generation of them.
//
// A result r at position pr may use parameter q's memory when
//   - r is written directly by its own elementwise kernel (not a row
//     group's, not a GEMM epilogue's) and has q's type;
//   - r's kernel reads q only at the index it writes: every path from r
//     to q inside the kernel goes through elementwise values of r's shape
//     (no broadcast, transpose, slice, view or widening read of q), so
//     each element of q is read before the same element is overwritten,
//     whatever the loop order, vector width or thread split;
//   - every other kernel that reads q (directly, through inlined values or
//     views) runs before r's, and q is not returned: nothing reads q's old
//     value after r's kernel starts overwriting it;
//   - no other result was given q (taken).
//
// Reads are placed where liveness places them (a row group's or an
// epilogue's reads at their member's position, which is never before the
// kernel that runs them), so the test is conservative.
func (b *bufPlanner) elementwiseInPlace(taken map[int]bool) {
	p := b.plan
	// Only the last kernel reading q can qualify, so results do not
	// compete for a parameter; a result may have several to choose from.
	lastRead := b.lastParamReads()
	for j, r := range b.f.Results {
		if _, done := p.InPlace[j]; done || !p.DirectResults[j] || !r.Op.Has(ir.FlagElementwise) {
			continue
		}
		pl := p.Places[r]
		if pl.Home != HomeResult || pl.Writer != nil || b.fusion.GroupOf[r] != nil || b.fusion.RoleOf(r) != Store {
			continue
		}
		pr := b.pos[r]
		reads := map[int]bool{} // parameters r's kernel reads: true if only at its index
		b.sameIndexReads(r, true, reads)
		best := -1
		for q, sameIndex := range reads {
			param := b.f.Params[q]
			if !sameIndex || taken[q] || b.isResult(param) || !param.Type.Equal(r.Type) || lastRead[q] > pr {
				continue
			}
			if best < 0 || b.updates(j, q) || (!b.updates(j, best) && q < best) {
				best = q
			}
		}
		if best >= 0 {
			p.InPlace[j] = best
			taken[best] = true
		}
	}
}

// updates reports whether result j's name says it is parameter q's new
// value (UpdateSuffix).
func (b *bufPlanner) updates(j, q int) bool {
	f := b.f
	if j >= len(f.ResultNames) || !strings.HasSuffix(f.ResultNames[j], UpdateSuffix) {
		return false
	}
	return f.Params[q].Name == strings.TrimSuffix(f.ResultNames[j], UpdateSuffix)
}

// sameIndexReads records in reads every parameter that v's kernel (or,
// for an inlined v, the kernel computing it) reads through v's operands:
// true when every such read is at the index being written (sameIndex so
// far, v elementwise and the operand of v's shape), false otherwise.
func (b *bufPlanner) sameIndexReads(v *ir.Value, sameIndex bool, reads map[int]bool) {
	for _, a := range v.Args {
		ok := sameIndex && v.Op.Has(ir.FlagElementwise) && a.Type.Shape.Equal(v.Type.Shape)
		pl := b.plan.Places[a]
		switch pl.Home {
		case HomeParam:
			if prev, seen := reads[pl.Index]; !seen || prev {
				reads[pl.Index] = ok
			}
		case HomeNone:
			b.sameIndexReads(a, ok, reads)
		case HomeRow:
			b.sameIndexReads(a, false, reads)
		case HomeView, HomeReadThrough:
			b.otherIndexReads(pl.Of, reads)
		}
	}
}

// otherIndexReads records as read at other indices every parameter that
// reading x reaches (x is a view's or a widening read's storage).
func (b *bufPlanner) otherIndexReads(x *ir.Value, reads map[int]bool) {
	pl := b.plan.Places[x]
	switch pl.Home {
	case HomeParam:
		reads[pl.Index] = false
	case HomeView, HomeReadThrough:
		b.otherIndexReads(pl.Of, reads)
	case HomeNone, HomeRow:
		for _, a := range x.Args {
			b.otherIndexReads(a, reads)
		}
	}
}

// lastParamReads returns, for every parameter index, the position of the
// last kernel that reads it (as liveness counts reads; len(f.Values) for a
// parameter returned or read by a result's copy at the end of the run;
// absent: never read).
func (b *bufPlanner) lastParamReads() map[int]int {
	last := map[int]int{}
	b.eachStorageRead(func(at int, pl Place) {
		if pl.Home != HomeParam {
			return
		}
		if prev, ok := last[pl.Index]; !ok || at > prev {
			last[pl.Index] = at
		}
	})
	return last
}
