package llvm

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// attnQB is the query block of the tiled attention kernel: one task runs
// attnQB query rows of one (batch, head) against every key tile, so a
// tile of K and V (attnBK keys) is read from memory once per block and
// from L1 by the other rows.
const attnQB = 32

// attnOperands unpacks an Attention value's operands.
func attnOperands(v *ir.Value) (at *ir.AttentionAttrs, q, kk, vv, mask, pos, sinks *ir.Value) {
	at = v.Attrs.(*ir.AttentionAttrs)
	q, kk, vv = v.Args[0], v.Args[1], v.Args[2]
	next := 3
	if at.HasMask {
		mask = v.Args[next]
		next++
	}
	if at.HasPositions {
		pos = v.Args[next]
		next++
	}
	if at.HasSinks {
		sinks = v.Args[next]
	}
	return
}

// emitAttentionTiled is the fused, tiled (flash-style) attention kernel for
// any number of queries. One task is a block of up to attnQB query rows of
// one (batch, query head); query head h reads key/value head h/(Hq/Hkv) in
// place (GQA without copies). The task walks the keys in tiles of attnBK
// (tile boundaries fixed at multiples of attnBK, so a row's arithmetic does
// not depend on its block), skipping the tiles that no row of the block
// can see (causal: beyond the largest position; window: before the
// smallest position's window). For each row of the block and each tile it
// computes the tile's scores (scale, softcap, minus infinity where not
// visible), the tile maximum, rescales the row's running sum l and its
// accumulator by exp(m - m') when the running maximum m grows, and adds
// exp(s - m') * v. Only one tile of one row's scores exists at a time.
// Sinks start a row at m = sink, l = 1; a row that sees no key is zeros.
// Compute is float (f32/f16/bf16 operands, rounded once at the end) or
// double (f64). Every row is computed by the same instruction sequence
// whatever the thread split, so results do not depend on the thread count.
func (e *emitter) emitAttentionTiled(v *ir.Value) {
	at, q, kk, vv, mask, pos, sinks := attnOperands(v)
	B, Hq, Tq, D := q.Type.Shape[0], q.Type.Shape[1], q.Type.Shape[2], q.Type.Shape[3]
	Hkv, Tk, Dv := kk.Type.Shape[1], kk.Type.Shape[2], vv.Type.Shape[3]
	group := Hq / Hkv
	d := v.Type.DType
	ct := ctype(d)
	cd := dtypeOf(ct)
	qb := int64(min(attnQB, Tq))
	nqb := (int64(Tq) + qb - 1) / qb
	tasks := int64(B*Hq) * nqb
	dv := int64(max(Dv, 1))

	k := e.newKernel()
	out := k.basePtr(v)
	accT := types.NewArray(uint64(qb*dv), ct)
	accArr := k.entry.NewAlloca(accT)
	rowT := types.NewArray(uint64(qb), ct)
	mArr, lArr := k.entry.NewAlloca(rowT), k.entry.NewAlloca(rowT)
	seenT := types.NewArray(uint64(qb), i8)
	seenArr := k.entry.NewAlloca(seenT)
	posT := types.NewArray(uint64(qb), i64)
	posArr := k.entry.NewAlloca(posT)
	sT := types.NewArray(attnBK, ct)
	sArr := k.entry.NewAlloca(sT)
	accAt := func(ii, dd value.Value) value.Value {
		return k.b.NewGetElementPtr(accT, accArr, ci64(0), k.b.NewAdd(k.b.NewMul(ii, ci64(dv)), dd))
	}
	at1 := func(t types.Type, p, i value.Value) value.Value {
		return k.b.NewGetElementPtr(t, p, ci64(0), i)
	}
	sAt := func(j value.Value) value.Value { return at1(sT, sArr, j) }
	lA, dotA, bmA := k.acc(ct), k.acc(ct), k.acc(ct)
	pminA, pmaxA := k.acc(i64), k.acc(i64)
	exp := func(x value.Value) value.Value {
		if ct.Equal(f32t) {
			return k.exp32(x)
		}
		return k.fcall("exp", false, x)
	}
	fc := func(x float64) value.Value { return cfloat(ct, x) }
	maxI := func(a, b value.Value) value.Value { return k.sel(k.icmp(enum.IPredSGT, a, b), a, b) }
	clampI := func(x value.Value, lo, hi int64) value.Value { return k.minI(maxI(x, ci64(lo)), ci64(hi)) }

	k.loop(k.lo, k.hi, func(r value.Value) {
		b := k.b
		blk := b.NewSRem(r, ci64(nqb))
		bh := b.NewSDiv(r, ci64(nqb))
		bi := b.NewSDiv(bh, ci64(int64(Hq)))
		h := b.NewSRem(bh, ci64(int64(Hq)))
		hk := b.NewSDiv(h, ci64(int64(group)))
		i0 := b.NewMul(blk, ci64(qb))
		nq := k.minI(ci64(qb), b.NewSub(ci64(int64(Tq)), i0))
		var m0, l0 value.Value = fc(math.Inf(-1)), fc(0)
		if sinks != nil {
			m0, l0 = k.convert(k.elemAt(sinks, []value.Value{h}), sinks.Type.DType, cd), fc(1)
		}
		pminA.set(ci64(math.MaxInt64))
		pmaxA.set(ci64(math.MinInt64))
		// Row state: positions, running max/sum, seen flags, accumulators.
		k.loop(ci64(0), nq, func(ii value.Value) {
			i := k.b.NewAdd(i0, ii)
			var p value.Value
			switch {
			case pos == nil:
				p = k.b.NewAdd(i, ci64(int64(Tk-Tq)))
			case pos.Type.Shape.Rank() == 2:
				p = k.toI64(k.elemAt(pos, []value.Value{bi, i}), pos.Type.DType)
			default:
				p = k.toI64(k.elemAt(pos, []value.Value{i}), pos.Type.DType)
			}
			k.b.NewStore(p, at1(posT, posArr, ii))
			pminA.set(k.minI(pminA.get(), p))
			pmaxA.set(maxI(pmaxA.get(), p))
			k.b.NewStore(m0, at1(rowT, mArr, ii))
			k.b.NewStore(l0, at1(rowT, lArr, ii))
			k.b.NewStore(cint(i8, 0), at1(seenT, seenArr, ii))
			k.loop(ci64(0), ci64(int64(Dv)), func(dd value.Value) { k.b.NewStore(fc(0), accAt(ii, dd)) })
		})
		// The key range any row of the block can see.
		var jLo, jHi value.Value = ci64(0), ci64(int64(Tk))
		if at.Causal {
			jHi = clampI(k.b.NewAdd(pmaxA.get(), ci64(1)), 0, int64(Tk))
		}
		if at.Window > 0 {
			pmin := maxI(pminA.get(), ci64(math.MinInt64/2))
			jLo = clampI(k.b.NewSub(pmin, ci64(int64(at.Window-1))), 0, int64(Tk))
		}
		tLo := k.b.NewSDiv(jLo, ci64(attnBK))
		tHi := k.b.NewSDiv(k.b.NewAdd(jHi, ci64(attnBK-1)), ci64(attnBK))
		k.loop(tLo, tHi, func(tile value.Value) {
			j0 := k.b.NewMul(tile, ci64(attnBK))
			bk := k.minI(ci64(attnBK), k.b.NewSub(ci64(int64(Tk)), j0))
			k.loop(ci64(0), nq, func(ii value.Value) {
				i := k.b.NewAdd(i0, ii)
				p := k.b.NewLoad(i64, at1(posT, posArr, ii))
				seenP := at1(seenT, seenArr, ii)
				// Scores of this row against the tile.
				k.loop(ci64(0), bk, func(jj value.Value) {
					j := k.b.NewAdd(jj, j0)
					var vis value.Value = cint(i1, 1)
					if mask != nil {
						vis = k.elemAt(mask, []value.Value{bi, j})
					}
					if at.Causal {
						vis = k.b.NewAnd(vis, k.icmp(enum.IPredSLE, j, p))
					}
					if at.Window > 0 {
						vis = k.b.NewAnd(vis, k.icmp(enum.IPredSLT, k.b.NewSub(p, j), ci64(int64(at.Window))))
					}
					body, skip := k.f.NewBlock(""), k.f.NewBlock("")
					k.b.NewStore(fc(math.Inf(-1)), sAt(jj))
					k.b.NewCondBr(vis, body, skip)
					k.b = body
					dotA.set(fc(0))
					k.loop(ci64(0), ci64(int64(D)), func(dd value.Value) {
						x := k.convert(k.elemAt(q, []value.Value{bi, h, i, dd}), q.Type.DType, cd)
						y := k.convert(k.elemAt(kk, []value.Value{bi, hk, j, dd}), kk.Type.DType, cd)
						// reassoc lets the vectorizer split the sum into
						// lanes (the same code for every row and split).
						sum := k.b.NewFAdd(dotA.get(), k.b.NewFMul(x, y))
						sum.FastMathFlags = []enum.FastMathFlag{enum.FastMathFlagReassoc}
						dotA.set(sum)
					})
					var s value.Value = k.b.NewFMul(dotA.get(), fc(at.Scale))
					if at.SoftCap > 0 {
						t := k.b.NewFDiv(s, fc(at.SoftCap))
						s = k.b.NewFMul(fc(at.SoftCap), k.unary(ir.OpTanh, cd, t))
					}
					k.b.NewStore(s, sAt(jj))
					k.b.NewStore(cint(i8, 1), seenP)
					k.b.NewBr(skip)
					k.b = skip
				})
				bmA.set(fc(math.Inf(-1)))
				k.loop(ci64(0), bk, func(jj value.Value) {
					x, m := k.b.NewLoad(ct, sAt(jj)), bmA.get()
					bmA.set(k.sel(k.b.NewFCmp(enum.FPredOGT, x, m), x, m))
				})
				bm := bmA.get()
				any, none := k.f.NewBlock(""), k.f.NewBlock("")
				k.b.NewCondBr(k.b.NewFCmp(enum.FPredOGT, bm, fc(math.Inf(-1))), any, none)
				k.b = any
				mP, lP := at1(rowT, mArr, ii), at1(rowT, lArr, ii)
				m := k.b.NewLoad(ct, mP)
				mNew := k.sel(k.b.NewFCmp(enum.FPredOGT, bm, m), bm, m)
				c := exp(k.b.NewFSub(m, mNew))
				k.b.NewStore(mNew, mP)
				lA.set(k.b.NewFMul(k.b.NewLoad(ct, lP), c))
				k.loop(ci64(0), ci64(int64(Dv)), func(dd value.Value) {
					ap := accAt(ii, dd)
					k.b.NewStore(k.b.NewFMul(k.b.NewLoad(ct, ap), c), ap)
				})
				k.loop(ci64(0), bk, func(jj value.Value) {
					pj := exp(k.b.NewFSub(k.b.NewLoad(ct, sAt(jj)), mNew))
					k.b.NewStore(pj, sAt(jj))
					lA.set(k.b.NewFAdd(lA.get(), pj))
				})
				k.b.NewStore(lA.get(), lP)
				k.loop(ci64(0), bk, func(jj value.Value) {
					j := k.b.NewAdd(jj, j0)
					pj := k.b.NewLoad(ct, sAt(jj))
					k.loop(ci64(0), ci64(int64(Dv)), func(dd value.Value) {
						y := k.convert(k.elemAt(vv, []value.Value{bi, hk, j, dd}), vv.Type.DType, cd)
						ap := accAt(ii, dd)
						k.b.NewStore(k.b.NewFAdd(k.b.NewLoad(ct, ap), k.b.NewFMul(pj, y)), ap)
					})
				})
				k.b.NewBr(none)
				k.b = none
			})
		})
		// Normalise and store the block's rows.
		k.loop(ci64(0), nq, func(ii value.Value) {
			seen := k.icmp(enum.IPredNE, k.b.NewLoad(i8, at1(seenT, seenArr, ii)), cint(i8, 0))
			l := k.b.NewLoad(ct, at1(rowT, lArr, ii))
			row := k.b.NewAdd(k.b.NewMul(bh, ci64(int64(Tq))), k.b.NewAdd(i0, ii))
			base := k.b.NewMul(row, ci64(int64(Dv)))
			k.loop(ci64(0), ci64(int64(Dv)), func(dd value.Value) {
				a := k.b.NewLoad(ct, accAt(ii, dd))
				o := k.sel(seen, k.b.NewFDiv(a, l), fc(0))
				k.store(d, out, k.b.NewAdd(base, dd), k.convert(o, cd, d))
			})
		})
	})
	k.finish(tasks, qb*int64(Tk*(D+Dv)), true)
}
