package llvm

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
	lir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// attnRVRows is the query-row group of the row-vector attention kernel: two
// <16 x float> vectors of rows.
const attnRVRows = 32

// attnUseRowVec reports whether v (already taking the tiled kernel) runs
// the row-vector kernel instead: AVX-512 hosts, prefill (more than
// attnNativeMaxTq queries), bidirectional attention without softcap
// (encoders: ViT, Whisper, BERT-like), where a key's visibility is the
// same for every row and depends only on the padding mask.
func (e *emitter) attnUseRowVec(v *ir.Value) bool {
	at := v.Attrs.(*ir.AttentionAttrs)
	return e.cg.zmm && v.Args[0].Type.Shape[2] > attnNativeMaxTq &&
		!at.Causal && at.Window == 0 && !at.SymmetricWindow && at.SoftCap == 0
}

// emitAttentionRowVec is the tiled attention kernel with the query rows in
// the vector lanes: one task is a group of attnRVRows rows of one (batch,
// KV head) (rows as in emitAttentionTiled: (query head of the group,
// query) pairs). The task transposes its rows of Q once (D x 32 floats on
// the stack) and walks the keys in tiles of attnBK:
//   - scores: 32 rows x 8 keys of accumulators (16 zmm), each step over D
//     loading two vectors of Q^T and broadcasting 8 elements of K read in
//     place (no transposed copy of K), so each load feeds 1.6 FMAs;
//     scaled, minus infinity where the key is not visible or past Tk;
//   - the online softmax on whole vectors of rows: the tile maximum is an
//     elementwise max over the keys, exp and the rescale are loops the
//     vectorizer widens, no horizontal reduction and no branch per row;
//   - values: 32 rows x 8 columns of accumulators (held transposed, Dv x 32
//     on the stack), each key loading two vectors of weights and
//     broadcasting 8 elements of V read in place.
//
// Every operation on a score, weight or accumulator element is the one the
// row-at-a-time tiled kernel performs (the same FMA chains over D and over
// the keys, the tile sum in the same fixed order: lane l of 8 sums keys
// l, l+8, ..., then the 8 lanes in order), so the results are
// bit-identical to it (TestAttentionTiledZMMIdentical) and independent of
// the thread count.
func (e *emitter) emitAttentionRowVec(v *ir.Value) {
	at, q, kk, vv, mask, _, sinks := attnOperands(v)
	B, Hq, Tq, D := int64(q.Type.Shape[0]), int64(q.Type.Shape[1]), int64(q.Type.Shape[2]), int64(q.Type.Shape[3])
	Hkv, Tk, Dv := int64(kk.Type.Shape[1]), int64(kk.Type.Shape[2]), int64(vv.Type.Shape[3])
	group := Hq / Hkv
	d := v.Type.DType
	const G, bk64 = int64(attnRVRows), int64(attnBK)
	rows := group * Tq
	ngrp := (rows + G - 1) / G
	tasks := B * Hkv * ngrp
	nTiles := (Tk + bk64 - 1) / bk64

	k := e.newKernel()
	k.useZMM()
	b := func() *lir.Block { return k.b }
	out := k.basePtr(v)
	arr := func(n int64, t types.Type) (types.Type, value.Value) {
		at := types.NewArray(uint64(n), t)
		a := k.entry.NewAlloca(at)
		a.Align = 64
		return at, a
	}
	qtT, qtArr := arr(max(D, 1)*G, f32t)    // Q^T: element (dd, row) at dd*G+row
	stT, stArr := arr(bk64*G, f32t)         // scores, then weights: (key, row) at key*G+row
	accT, accArr := arr(max(Dv, 1)*G, f32t) // accumulators: (column, row) at c*G+row
	rowT, mArr := arr(G, f32t)
	_, lArr := arr(G, f32t)
	_, cArr := arr(G, f32t)
	_, visArr := arr(G, f32t)
	_, seenArr := arr(G, f32t)
	_, bmArr := arr(G, f32t)
	posT, hArr := arr(G, i64)
	_, iArr := arr(G, i64)
	gep := func(t types.Type, p, i value.Value) value.Value { return b().NewGetElementPtr(t, p, ci64(0), i) }
	vld := func(t types.Type, p value.Value, i value.Value) value.Value {
		l := b().NewLoad(v16f, b().NewBitCast(gep(t, p, i), types.NewPointer(v16f)))
		l.Align = 64
		return l
	}
	vst := func(x value.Value, t types.Type, p value.Value, i value.Value) {
		s := b().NewStore(x, b().NewBitCast(gep(t, p, i), types.NewPointer(v16f)))
		s.Align = 64
	}
	fma16 := e.declare("llvm.fmuladd.v16f32", v16f, v16f, v16f, v16f)
	fma := func(x, y, z value.Value) value.Value { return b().NewCall(fma16, x, y, z) }
	fc := func(x float64) value.Value { return cfloat(f32t, x) }
	vmax := func(x, y value.Value) value.Value { return k.sel(b().NewFCmp(enum.FPredOGT, x, y), x, y) }
	sacc := make([]accumulator, 2*8)
	for i := range sacc {
		sacc[i] = k.acc(v16f)
	}

	k.loop(k.lo, k.hi, func(r value.Value) {
		grp := b().NewSRem(r, ci64(ngrp))
		bhk := b().NewSDiv(r, ci64(ngrp))
		bi := b().NewSDiv(bhk, ci64(Hkv))
		hk := b().NewSRem(bhk, ci64(Hkv))
		rho0 := b().NewMul(grp, ci64(G))
		nq := k.minI(ci64(G), b().NewSub(ci64(rows), rho0))
		// Row state and Q^T; rows past nq copy the group's last row and
		// are never stored.
		k.loop(ci64(0), ci64(G), func(row value.Value) {
			src := k.minI(row, b().NewSub(nq, ci64(1)))
			rho := b().NewAdd(rho0, src)
			h := b().NewAdd(b().NewMul(hk, ci64(group)), b().NewSDiv(rho, ci64(Tq)))
			i := b().NewSRem(rho, ci64(Tq))
			b().NewStore(h, gep(posT, hArr, row))
			b().NewStore(i, gep(posT, iArr, row))
			var m0, l0 value.Value = fc(math.Inf(-1)), fc(0)
			if sinks != nil {
				m0, l0 = k.convert(k.elemAt(sinks, []value.Value{h}), sinks.Type.DType, ir.Float32), fc(1)
			}
			b().NewStore(m0, gep(rowT, mArr, row))
			b().NewStore(l0, gep(rowT, lArr, row))
			b().NewStore(fc(0), gep(rowT, seenArr, row))
			qRow := k.attnRowReader(q, []value.Value{bi, h, i})
			k.loop(ci64(0), ci64(D), func(dd value.Value) {
				b().NewStore(qRow(dd), gep(qtT, qtArr, b().NewAdd(b().NewMul(dd, ci64(G)), row)))
			})
			k.loop(ci64(0), ci64(Dv), func(c value.Value) {
				b().NewStore(fc(0), gep(accT, accArr, b().NewAdd(b().NewMul(c, ci64(G)), row)))
			})
		})
		k.loop(ci64(0), ci64(nTiles), func(tile value.Value) {
			j0 := b().NewMul(tile, ci64(bk64))
			bk := k.minI(ci64(bk64), b().NewSub(ci64(Tk), j0))
			e.attnRVScores(k, at, q, kk, mask, attnRVRefs{bi: bi, hk: hk, j0: j0, bk: bk, D: D, Tk: Tk},
				qtT, qtArr, stT, stArr, sacc, vld, vst, fma)
			// Tile maximum per row (elementwise over the keys).
			for rv := range int64(2) {
				bm := vld(stT, stArr, ci64(rv*16))
				for j := int64(1); j < bk64; j++ {
					bm = vmax(vld(stT, stArr, ci64(j*G+rv*16)), bm)
				}
				vst(bm, rowT, bmArr, ci64(rv*16))
			}
			// Running maximum, rescale factor, visibility (the vectorizer
			// widens this loop over the rows).
			k.loop(ci64(0), ci64(G), func(row value.Value) {
				bm := b().NewLoad(f32t, gep(rowT, bmArr, row))
				vis := b().NewFCmp(enum.FPredOGT, bm, fc(math.Inf(-1)))
				mP := gep(rowT, mArr, row)
				m := b().NewLoad(f32t, mP)
				mNew := k.sel(vis, k.sel(b().NewFCmp(enum.FPredOGT, bm, m), bm, m), m)
				b().NewStore(mNew, mP)
				b().NewStore(k.sel(vis, k.exp32(b().NewFSub(m, mNew)), fc(1)), gep(rowT, cArr, row))
				b().NewStore(k.sel(vis, fc(1), fc(0)), gep(rowT, visArr, row))
				sP := gep(rowT, seenArr, row)
				b().NewStore(k.sel(vis, fc(1), b().NewLoad(f32t, sP)), sP)
			})
			// Weights exp(s - m) (0 in rows that see no key of the tile)
			// over the tile's blocks of 8 keys; the keys of blocks past its
			// end (their scores are minus infinity) weigh exactly 0.
			bk8 := b().NewMul(b().NewSDiv(b().NewAdd(bk, ci64(7)), ci64(8)), ci64(8))
			k.loop(bk8, ci64(bk64), func(j value.Value) {
				for rv := range int64(2) {
					vst(constant.NewZeroInitializer(v16f), stT, stArr, b().NewAdd(b().NewMul(j, ci64(G)), ci64(rv*16)))
				}
			})
			k.loop(ci64(0), bk8, func(j value.Value) {
				k.loop(ci64(0), ci64(G), func(row value.Value) {
					sp := gep(stT, stArr, b().NewAdd(b().NewMul(j, ci64(G)), row))
					vis := b().NewFCmp(enum.FPredONE, b().NewLoad(f32t, gep(rowT, visArr, row)), fc(0))
					p := k.exp32(b().NewFSub(b().NewLoad(f32t, sp), b().NewLoad(f32t, gep(rowT, mArr, row))))
					b().NewStore(k.sel(vis, p, fc(0)), sp)
				})
			})
			// Tile sums in the row kernel's order, and l = l*c + sum.
			for rv := range int64(2) {
				var ls value.Value
				for l := range int64(8) {
					t := vld(stT, stArr, ci64(l*G+rv*16))
					for c := int64(1); c < bk64/8; c++ {
						t = b().NewFAdd(t, vld(stT, stArr, ci64((8*c+l)*G+rv*16)))
					}
					if ls == nil {
						ls = t
					} else {
						ls = b().NewFAdd(ls, t)
					}
				}
				o := ci64(rv * 16)
				lv := vld(rowT, lArr, o)
				vis := b().NewFCmp(enum.FPredONE, vld(rowT, visArr, o), constant.NewZeroInitializer(v16f))
				vst(k.sel(vis, b().NewFAdd(b().NewFMul(lv, vld(rowT, cArr, o)), ls), lv), rowT, lArr, o)
			}
			e.attnRVValues(k, vv, bi, hk, j0, bk, Dv, accT, accArr, stT, stArr, vld(rowT, cArr, ci64(0)), vld(rowT, cArr, ci64(16)), sacc, vld, vst, fma)
		})
		// Normalise and store the group's rows.
		k.loop(ci64(0), nq, func(row value.Value) {
			seen := b().NewFCmp(enum.FPredONE, b().NewLoad(f32t, gep(rowT, seenArr, row)), fc(0))
			l := b().NewLoad(f32t, gep(rowT, lArr, row))
			h := b().NewLoad(i64, gep(posT, hArr, row))
			i := b().NewLoad(i64, gep(posT, iArr, row))
			base := k.attnOutBase(v, bi, h, i)
			k.loop(ci64(0), ci64(Dv), func(c value.Value) {
				a := b().NewLoad(f32t, gep(accT, accArr, b().NewAdd(b().NewMul(c, ci64(G)), row)))
				o := k.sel(seen, b().NewFDiv(a, l), fc(0))
				k.store(d, out, b().NewAdd(base, c), k.convert(o, ir.Float32, d))
			})
		})
	})
	k.finish(tasks, G*Tk*(D+Dv), true)
}

// attnRVRefs locates a row-vector attention task's key tile.
type attnRVRefs struct {
	bi, hk, j0, bk value.Value
	D, Tk          int64
}

// attnRVScores writes the tile's scaled scores (key, row) into st: 32 rows
// x 8 keys at a time, minus infinity for keys past the tile's end or
// masked out. Blocks of 8 keys wholly past the end are not computed.
func (e *emitter) attnRVScores(k *kernel, at *ir.AttentionAttrs, q, kk, mask *ir.Value, r attnRVRefs,
	qtT types.Type, qt value.Value, stT types.Type, st value.Value, acc []accumulator,
	vld func(types.Type, value.Value, value.Value) value.Value, vst func(value.Value, types.Type, value.Value, value.Value),
	fma func(x, y, z value.Value) value.Value) {
	const G = int64(attnRVRows)
	b := func() *lir.Block { return k.b }
	negInf := k.splat16(cfloat(f32t, math.Inf(-1)))
	scale := k.splat16(cfloat(f32t, at.Scale))
	k.loop(ci64(0), ci64(attnBK/8), func(kt value.Value) {
		jj0 := b().NewMul(kt, ci64(8))
		at0 := b().NewMul(jj0, ci64(G))
		body, skip, next := k.f.NewBlock(""), k.f.NewBlock(""), k.f.NewBlock("")
		b().NewCondBr(k.icmp(enum.IPredSLT, jj0, r.bk), body, skip)
		k.b = skip
		for u := range int64(8 * 2) {
			vst(negInf, stT, st, b().NewAdd(at0, ci64(u*16)))
		}
		b().NewBr(next)
		k.b = body
		for _, a := range acc {
			a.set(constant.NewZeroInitializer(v16f))
		}
		var jc, in [8]value.Value
		var kRow [8]func(dd value.Value) value.Value
		for u := range int64(8) {
			jjU := b().NewAdd(jj0, ci64(u))
			in[u] = k.icmp(enum.IPredSLT, jjU, r.bk)
			jc[u] = k.minI(b().NewAdd(r.j0, jjU), ci64(r.Tk-1))
			kRow[u] = k.attnRowReader(kk, []value.Value{r.bi, r.hk, jc[u]})
		}
		k.loop(ci64(0), ci64(r.D), func(dd value.Value) {
			q0 := vld(qtT, qt, b().NewMul(dd, ci64(G)))
			q1 := vld(qtT, qt, b().NewAdd(b().NewMul(dd, ci64(G)), ci64(16)))
			for u := range 8 {
				x := k.splat16(kRow[u](dd))
				acc[u].set(fma(q0, x, acc[u].get()))
				acc[8+u].set(fma(q1, x, acc[8+u].get()))
			}
		})
		for u := range int64(8) {
			vis := in[u]
			if mask != nil {
				vis = b().NewAnd(vis, k.elemAt(mask, []value.Value{r.bi, jc[u]}))
			}
			for rv := range int64(2) {
				s := b().NewFMul(acc[rv*8+u].get(), scale)
				vst(k.sel(vis, s, negInf), stT, st, b().NewAdd(at0, ci64(u*G+rv*16)))
			}
		}
		b().NewBr(next)
		k.b = next
	})
}

// attnRVValues rescales the accumulators (column, row) by c0, c1 (rows
// 0-15, 16-31) and adds the tile's weighted values: 32 rows x 8 columns
// of accumulators in registers over the tile's bk keys, V broadcast in
// place.
func (e *emitter) attnRVValues(k *kernel, vv *ir.Value, bi, hk, j0, bk value.Value, Dv int64,
	accT types.Type, accArr value.Value, stT types.Type, st value.Value, c0v, c1v value.Value, acc []accumulator,
	vld func(types.Type, value.Value, value.Value) value.Value, vst func(value.Value, types.Type, value.Value, value.Value),
	fma func(x, y, z value.Value) value.Value) {
	const G = int64(attnRVRows)
	b := func() *lir.Block { return k.b }
	cs := [2]value.Value{c0v, c1v}
	for c0 := int64(0); c0 < Dv; c0 += 8 {
		n := min(8, Dv-c0)
		for u := range n {
			for rv := range int64(2) {
				o := ci64((c0+u)*G + rv*16)
				acc[rv*8+u].set(b().NewFMul(vld(accT, accArr, o), cs[rv]))
			}
		}
		k.loop(ci64(0), bk, func(jj value.Value) {
			p0 := vld(stT, st, b().NewMul(jj, ci64(G)))
			p1 := vld(stT, st, b().NewAdd(b().NewMul(jj, ci64(G)), ci64(16)))
			vRow := k.attnRowReader(vv, []value.Value{bi, hk, b().NewAdd(j0, jj)})
			for u := range n {
				y := k.splat16(vRow(ci64(c0 + u)))
				acc[u].set(fma(p0, y, acc[u].get()))
				acc[8+u].set(fma(p1, y, acc[8+u].get()))
			}
		})
		for u := range n {
			for rv := range int64(2) {
				vst(acc[rv*8+u].get(), accT, accArr, ci64((c0+u)*G+rv*16))
			}
		}
	}
}

// attnRowReader returns a loader of v[idx..., dd] as float32 for a fixed
// leading index idx (all but the last dim): where v has an affine view
// (stored, or a view of a stored value: the head split) the row's address
// is computed once, here, and each element is one load at a constant
// stride; otherwise each element goes through elemAt.
func (k *kernel) attnRowReader(v *ir.Value, idx []value.Value) func(dd value.Value) value.Value {
	a, ok := k.e.viewOf(v)
	if !ok {
		return func(dd value.Value) value.Value {
			return k.convert(k.elemAt(v, append(append([]value.Value{}, idx...), dd)), v.Type.DType, ir.Float32)
		}
	}
	var flat value.Value = ci64(a.off)
	for i, x := range idx {
		if a.strides[i] != 0 {
			flat = k.b.NewAdd(flat, k.b.NewMul(x, ci64(a.strides[i])))
		}
	}
	st := stype(a.src.Type.DType)
	row := k.b.NewGetElementPtr(st, k.basePtr(a.src), flat)
	ds := a.strides[len(idx)]
	return func(dd value.Value) value.Value {
		off := dd
		if ds != 1 {
			off = k.b.NewMul(dd, ci64(ds))
		}
		x := k.widen(a.src.Type.DType, k.b.NewLoad(st, k.b.NewGetElementPtr(st, row, off)))
		return k.convert(x, a.src.Type.DType, ir.Float32)
	}
}
