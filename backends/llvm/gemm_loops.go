package llvm

import (
	lir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
)

// Loop skeletons shared by the register-blocked kernels (GEMM micro
// kernels, the nt GEMV).

// accLoop emits the counted loop kk = lo, lo+step, ... while kk < hi whose
// body maps the loop-carried accumulators (phis starting at init) to their
// next values; it returns the accumulators as seen after the loop.
func (k *kernel) accLoop(lo, hi value.Value, step int64, init []value.Value, body func(kk value.Value, accs []value.Value) []value.Value) []value.Value {
	pre := k.b
	hdr, bb, exit := k.f.NewBlock(""), k.f.NewBlock(""), k.f.NewBlock("")
	pre.NewBr(hdr)
	kk := hdr.NewPhi(lir.NewIncoming(lo, pre))
	phis := make([]*lir.InstPhi, len(init))
	accs := make([]value.Value, len(init))
	for i, x := range init {
		phis[i] = hdr.NewPhi(lir.NewIncoming(x, pre))
		accs[i] = phis[i]
	}
	hdr.NewCondBr(hdr.NewICmp(enum.IPredSLT, kk, hi), bb, exit)
	k.b = bb
	next := body(kk, accs)
	kn := k.b.NewAdd(kk, ci64(step))
	k.b.NewBr(hdr)
	kk.Incs = append(kk.Incs, lir.NewIncoming(kn, k.b))
	for i, p := range phis {
		p.Incs = append(p.Incs, lir.NewIncoming(next[i], k.b))
	}
	k.b = exit
	return accs
}

// storeRows emits store(r, off) for rows r = 0..rows-1 of a register block
// of C whose top-left element is (m0, n0), off being the element offset of
// (m0+r, n0) (batch offset oc, row length N). With mLimit set, rows at or
// past it are skipped (the first row is always in range).
func (k *kernel) storeRows(p *gemmPlan, rows int, oc, m0, n0, mLimit value.Value, store func(r int, off value.Value)) {
	for r := 0; r < rows; r++ {
		m := k.b.NewAdd(m0, ci64(int64(r)))
		var done *lir.Block
		if mLimit != nil && r > 0 {
			st := k.f.NewBlock("")
			done = k.f.NewBlock("")
			k.b.NewCondBr(k.icmp(enum.IPredSLT, m, mLimit), st, done)
			k.b = st
		}
		store(r, k.b.NewAdd(k.b.NewAdd(oc, k.b.NewMul(m, ci64(int64(p.N)))), n0))
		if done != nil {
			k.b.NewBr(done)
			k.b = done
		}
	}
}

// zeros is n zero vectors of type t, the initial accumulators.
func zeros(n int, zero value.Value) []value.Value {
	z := make([]value.Value, n)
	for i := range z {
		z[i] = zero
	}
	return z
}
