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

// attnQB is the query block of the tiled attention kernel: one task runs
// attnQB query rows of one (batch, head) against every key tile, so a
// tile of K and V (attnBK keys) is read from memory once per block and
// from L1 by the other rows.
const attnQB = 32

// attnQBLong is the query block of bidirectional attention (encoders:
// ViT's 197 tokens, Whisper's 1500 positions): every block converts
// (transposes) each K tile once, and without causal skipping every block
// visits every tile, so 4x the rows per block cut that work 4x. Used when
// there are still at least attnMinTasksLong blocks in all to share among
// the threads and the block's accumulators stay small (Dv padded <= 64:
// 33 KB of stack).
const (
	attnQBLong       = 128
	attnMinTasksLong = 8
)

// attnQueryBlock is the tiled kernel's query block for bh (batch, KV
// head) pairs of rows rows each and V rows of dvArr floats. It depends
// only on the shapes and attributes, so results stay independent of the
// thread count.
func attnQueryBlock(at *ir.AttentionAttrs, bh, rows, dvArr int64) int64 {
	if !at.Causal && at.Window == 0 && rows > attnQB && dvArr <= 64 && bh*((rows+attnQBLong-1)/attnQBLong) >= attnMinTasksLong {
		return min(attnQBLong, rows)
	}
	return min(int64(attnQB), rows)
}

// attnTiledMaxD bounds D and Dv of the tiled kernel (its K and V tiles live
// on the stack: 2 x 64 x 256 floats at most); larger heads, and float64
// attention, run the per-row kernel.
const attnTiledMaxD = 256

// attnUseTiled reports whether v runs the tiled kernel: float32 compute,
// heads of at most attnTiledMaxD, and either more than attnNativeMaxTq
// queries (prefill) or grouped KV heads (GQA decode: the group's query
// heads share one read of each KV tile).
func attnUseTiled(v *ir.Value) bool {
	q, kk, vv := v.Args[0], v.Args[1], v.Args[2]
	return (q.Type.Shape[2] > attnNativeMaxTq || q.Type.Shape[1] > kk.Type.Shape[1]) &&
		ctype(v.Type.DType).Equal(f32t) && q.Type.Shape[3] <= attnTiledMaxD && vv.Type.Shape[3] <= attnTiledMaxD
}

var attnV8 = types.NewVector(8, f32t)

// attnOperands unpacks an Attention value's operands.
func attnOperands(v *ir.Value) (at *ir.AttentionAttrs, q, kk, vv, mask, pos, sinks *ir.Value) {
	at = v.Attrs.(*ir.AttentionAttrs)
	q, kk, vv = v.Args[0], v.Args[1], v.Args[2]
	arg := func(i int) *ir.Value {
		if i < 0 {
			return nil
		}
		return v.Args[i]
	}
	mi, pi, si := at.OptionalArgs()
	mask, pos, sinks = arg(mi), arg(pi), arg(si)
	return
}

// emitAttentionTiled is the fused, tiled (flash-style) attention kernel
// for prefill and GQA float32-compute attention (attnUseTiled). One task is
// a block of up to attnQB rows of one (batch, KV head), rows being the
// (query head of the group, query) pairs; query head h reads key/value
// head h/(Hq/Hkv) in place (GQA without copies), once per task. The
// task walks the keys in tiles of attnBK, skipping the tiles no row of the
// block can see (causal: past the largest position; window: before the
// smallest position's window). Each visible tile is converted to float32
// once per task (K transposed to D x attnBK, V as attnBK x Dv rounded up to
// 8), then for each row: the tile's scores with 8 vector accumulators over
// D, scale and softcap, minus infinity where not visible (padding mask,
// causal, window, the tile's end), the tile maximum, the rescale of the
// running sum l and the accumulator by exp(m - m') when the running
// maximum m grows, and exp(s - m') * v added with the accumulator in
// registers. Only one tile of one row's scores exists at a time. Sinks
// start a row at m = sink, l = 1; a row that sees no key is zeros. Tile
// boundaries are fixed at multiples of attnBK and every row runs the same
// instruction sequence whatever its block and thread, so results do not
// depend on the thread count.
func (e *emitter) emitAttentionTiled(v *ir.Value) {
	at, q, kk, vv, mask, pos, sinks := attnOperands(v)
	B, Hq, Tq, D := q.Type.Shape[0], q.Type.Shape[1], q.Type.Shape[2], q.Type.Shape[3]
	Hkv, Tk, Dv := kk.Type.Shape[1], kk.Type.Shape[2], vv.Type.Shape[3]
	group := Hq / Hkv
	d := v.Type.DType
	const bk64 = int64(attnBK)
	// A task's rows are (query head of the group, query) pairs of one
	// (batch, KV head), as the decomposition's (B, Hkv, G*Tq, D) view: the
	// G query heads sharing a KV head share its converted tiles.
	rows := int64(group * Tq)
	dvp := (int64(Dv) + 7) &^ 7 // V tile row, padded to whole vectors
	dvArr := max(dvp, 8)
	qb := attnQueryBlock(at, int64(B*Hkv), rows, dvArr)
	nqb := (rows + qb - 1) / qb
	tasks := int64(B*Hkv) * nqb

	k := e.newKernel()
	b := func() *lir.Block { return k.b }
	out := k.basePtr(v)
	arr := func(n int64, t types.Type) (types.Type, value.Value) {
		at := types.NewArray(uint64(n), t)
		a := k.entry.NewAlloca(at)
		a.Align = 32
		return at, a
	}
	// Row state has one spare row (index qb): the partner of an odd
	// block's last row, computed and never stored.
	accT, accArr := arr((qb+1)*dvArr, f32t)
	rowT, mArr := arr(qb+1, f32t)
	_, lArr := arr(qb+1, f32t)
	seenT, seenArr := arr(qb+1, i8)
	posT, posArr := arr(qb, i64)
	_, hArr := arr(qb, i64)
	_, iArr := arr(qb, i64)
	sT, sArr := arr(2*bk64, f32t)
	ktT, ktArr := arr(max(int64(D), 1)*bk64, f32t)
	in := e.info[vv]
	directV := vv.Type.DType == ir.Float32 && Dv%8 == 0 && (in.st == stSlot || in.st == stGlobal || in.st == stAlias)
	vpT, vpArr := arr(bk64*dvArr, f32t)
	if directV {
		vpT, vpArr = arr(8, f32t)
	}
	kmT, kmArr := arr(bk64, i8)
	gep := func(t types.Type, p, i value.Value) value.Value { return b().NewGetElementPtr(t, p, ci64(0), i) }
	vec := func(t types.Type, p, i value.Value) value.Value {
		return b().NewBitCast(gep(t, p, i), types.NewPointer(attnV8))
	}
	vload := func(t types.Type, p, i value.Value) value.Value {
		l := b().NewLoad(attnV8, vec(t, p, i))
		l.Align = 4
		return l
	}
	vstore := func(x value.Value, t types.Type, p, i value.Value) {
		s := b().NewStore(x, vec(t, p, i))
		s.Align = 4
	}
	splat := func(x value.Value) value.Value {
		u := b().NewInsertElement(constant.NewUndef(attnV8), x, constant.NewInt(types.I32, 0))
		return b().NewShuffleVector(u, constant.NewUndef(attnV8), constant.NewZeroInitializer(types.NewVector(8, types.I32)))
	}
	fmuladd := e.declare("llvm.fmuladd.v8f32", attnV8, attnV8, attnV8, attnV8)
	fma := func(x, y, z value.Value) value.Value { return b().NewCall(fmuladd, x, y, z) }
	// The score and value products run on <16 x float> where the host has
	// AVX-512F (each lane is the same chain of FMAs as on <8 x float>, so
	// results do not change), else on <8 x float>.
	o8 := attnVecOps{lanes: 8, vt: attnV8, load: vload, store: vstore, splat: splat, fma: fma}
	ow, opv := o8, o8
	if e.cg.zmm {
		k.useZMM()
		fma16 := e.declare("llvm.fmuladd.v16f32", v16f, v16f, v16f, v16f)
		ow = attnVecOps{lanes: 16, vt: v16f,
			load: func(t types.Type, p, i value.Value) value.Value {
				l := b().NewLoad(v16f, b().NewBitCast(gep(t, p, i), types.NewPointer(v16f)))
				l.Align = 4
				return l
			},
			store: func(x value.Value, t types.Type, p, i value.Value) {
				s := b().NewStore(x, b().NewBitCast(gep(t, p, i), types.NewPointer(v16f)))
				s.Align = 4
			},
			splat: k.splat16,
			fma:   func(x, y, z value.Value) value.Value { return b().NewCall(fma16, x, y, z) }}
		if dvArr%16 == 0 {
			opv = ow
		}
	}
	vmax := func(x, y value.Value) value.Value {
		return k.sel(b().NewFCmp(enum.FPredOGT, x, y), x, y)
	}
	// hreduce folds the 8 lanes of x in a fixed order.
	hreduce := func(x value.Value, f func(a, c value.Value) value.Value) value.Value {
		r := b().NewExtractElement(x, constant.NewInt(types.I32, 0))
		var acc value.Value = r
		for l := int64(1); l < 8; l++ {
			acc = f(acc, b().NewExtractElement(x, constant.NewInt(types.I32, l)))
		}
		return acc
	}
	fc := func(x float64) value.Value { return cfloat(f32t, x) }
	maxI := func(a, c value.Value) value.Value { return k.sel(k.icmp(enum.IPredSGT, a, c), a, c) }
	clampI := func(x value.Value, lo, hi int64) value.Value { return k.minI(maxI(x, ci64(lo)), ci64(hi)) }
	pminA, pmaxA := k.acc(i64), k.acc(i64)
	sacc, vacc := make([]accumulator, 8), make([]accumulator, 8)
	for i := range sacc {
		sacc[i], vacc[i] = k.acc(ow.vt), k.acc(opv.vt)
	}

	k.loop(k.lo, k.hi, func(r value.Value) {
		blk := b().NewSRem(r, ci64(nqb))
		bhk := b().NewSDiv(r, ci64(nqb))
		bi := b().NewSDiv(bhk, ci64(int64(Hkv)))
		hk := b().NewSRem(bhk, ci64(int64(Hkv)))
		rho0 := b().NewMul(blk, ci64(qb))
		nq := k.minI(ci64(qb), b().NewSub(ci64(rows), rho0))
		initRow := func(ii, h value.Value) {
			var m0, l0 value.Value = fc(math.Inf(-1)), fc(0)
			if sinks != nil && h != nil {
				m0, l0 = k.convert(k.elemAt(sinks, []value.Value{h}), sinks.Type.DType, ir.Float32), fc(1)
			}
			b().NewStore(m0, gep(rowT, mArr, ii))
			b().NewStore(l0, gep(rowT, lArr, ii))
			b().NewStore(cint(i8, 0), gep(seenT, seenArr, ii))
			k.loop(ci64(0), ci64(dvArr/8), func(c value.Value) {
				vstore(constant.NewZeroInitializer(attnV8), accT, accArr, b().NewAdd(b().NewMul(ii, ci64(dvArr)), b().NewMul(c, ci64(8))))
			})
		}
		pminA.set(ci64(math.MaxInt64))
		pmaxA.set(ci64(math.MinInt64))
		// Row state: positions, running max/sum, seen flags, accumulators.
		k.loop(ci64(0), nq, func(ii value.Value) {
			rho := b().NewAdd(rho0, ii)
			h := b().NewAdd(b().NewMul(hk, ci64(int64(group))), b().NewSDiv(rho, ci64(int64(Tq))))
			i := b().NewSRem(rho, ci64(int64(Tq)))
			b().NewStore(h, gep(posT, hArr, ii))
			b().NewStore(i, gep(posT, iArr, ii))
			var p value.Value
			switch {
			case pos == nil:
				p = b().NewAdd(i, ci64(int64(Tk-Tq)))
			case pos.Type.Shape.Rank() == 2:
				p = k.toI64(k.elemAt(pos, []value.Value{bi, i}), pos.Type.DType)
			default:
				p = k.toI64(k.elemAt(pos, []value.Value{i}), pos.Type.DType)
			}
			b().NewStore(p, gep(posT, posArr, ii))
			pminA.set(k.minI(pminA.get(), p))
			pmaxA.set(maxI(pmaxA.get(), p))
			initRow(ii, h)
		})
		initRow(ci64(qb), nil)
		// The key range any row of the block can see.
		var jLo, jHi value.Value = ci64(0), ci64(int64(Tk))
		if at.Causal {
			jHi = clampI(b().NewAdd(pmaxA.get(), ci64(1)), 0, int64(Tk))
		}
		if at.Window > 0 {
			pmin := maxI(pminA.get(), ci64(math.MinInt64/2))
			jLo = clampI(b().NewSub(pmin, ci64(int64(at.Window-1))), 0, int64(Tk))
		}
		if at.SymmetricWindow { // keys j <= pmax + Window - 1
			pmax := k.minI(pmaxA.get(), ci64(math.MaxInt64/2))
			jHi = k.minI(jHi, clampI(b().NewAdd(pmax, ci64(int64(at.Window))), 0, int64(Tk)))
		}
		tLo := b().NewSDiv(jLo, ci64(bk64))
		tHi := b().NewSDiv(b().NewAdd(jHi, ci64(bk64-1)), ci64(bk64))
		k.loop(tLo, tHi, func(tile value.Value) {
			j0 := b().NewMul(tile, ci64(bk64))
			bk := k.minI(ci64(bk64), b().NewSub(ci64(int64(Tk)), j0))
			// Convert the tile: K transposed (zero past its end), V
			// padded to whole vectors, the padding mask.
			k.loop(ci64(0), ci64(bk64), func(jj value.Value) {
				j := b().NewAdd(j0, jj)
				in := k.icmp(enum.IPredSLT, jj, bk)
				jc := k.sel(in, j, ci64(0))
				k.loop(ci64(0), ci64(int64(D)), func(dd value.Value) {
					x := k.convert(k.elemAt(kk, []value.Value{bi, hk, jc, dd}), kk.Type.DType, ir.Float32)
					b().NewStore(k.sel(in, x, fc(0)), gep(ktT, ktArr, b().NewAdd(b().NewMul(dd, ci64(bk64)), jj)))
				})
				var ok value.Value = in
				if mask != nil {
					ok = b().NewAnd(ok, k.elemAt(mask, []value.Value{bi, jc}))
				}
				b().NewStore(b().NewZExt(ok, i8), gep(kmT, kmArr, jj))
			})
			// float32 V rows of whole vectors are read in place.
			vAt := func(off value.Value) value.Value { return opv.load(vpT, vpArr, off) }
			if directV {
				vb := k.basePtr(vv)
				tileOff := b().NewMul(b().NewAdd(b().NewMul(bhk, ci64(int64(Tk))), j0), ci64(int64(Dv)))
				vAt = func(off value.Value) value.Value {
					p := b().NewGetElementPtr(f32t, vb, b().NewAdd(tileOff, off))
					l := b().NewLoad(opv.vt, b().NewBitCast(p, types.NewPointer(opv.vt)))
					l.Align = 4
					return l
				}
			}
			if !directV {
				k.loop(ci64(0), bk, func(jj value.Value) {
					j := b().NewAdd(j0, jj)
					row := b().NewMul(jj, ci64(dvArr))
					k.loop(ci64(0), ci64(int64(Dv)), func(dd value.Value) {
						x := k.convert(k.elemAt(vv, []value.Value{bi, hk, j, dd}), vv.Type.DType, ir.Float32)
						b().NewStore(x, gep(vpT, vpArr, b().NewAdd(row, dd)))
					})
					k.loop(ci64(int64(Dv)), ci64(dvArr), func(dd value.Value) {
						b().NewStore(fc(0), gep(vpT, vpArr, b().NewAdd(row, dd)))
					})
				})
			}
			// Rows in pairs (the last of an odd count with the spare row).
			npairs := b().NewSDiv(b().NewAdd(nq, ci64(1)), ci64(2))
			k.loop(ci64(0), npairs, func(pi value.Value) {
				ii0 := b().NewMul(pi, ci64(2))
				ii1 := b().NewAdd(ii0, ci64(1))
				has1 := k.icmp(enum.IPredSLT, ii1, nq)
				src1 := k.sel(has1, ii1, ii0)
				ld := func(a, ii value.Value) value.Value { return b().NewLoad(i64, gep(posT, a, ii)) }
				e.attnPairTile(k, at, attnRowRefs{q: q, bi: bi, j0: j0, bk: bk,
					h:  [2]value.Value{ld(hArr, ii0), ld(hArr, src1)},
					i:  [2]value.Value{ld(iArr, ii0), ld(iArr, src1)},
					ii: [2]value.Value{ii0, k.sel(has1, ii1, ci64(qb))},
					p:  [2]value.Value{b().NewLoad(i64, gep(posT, posArr, ii0)), b().NewLoad(i64, gep(posT, posArr, src1))},
					D:  int64(D), Dv: int64(Dv), dvArr: dvArr},
					attnTileBufs{sT, sArr, ktT, ktArr, vAt, kmT, kmArr, accT, accArr, rowT, mArr, lArr, seenT, seenArr},
					attnTileOps{o8: attnVecOps{lanes: 8, vt: attnV8, load: vload, store: vstore, splat: splat, fma: fma, max: vmax, hreduce: hreduce},
						score: ow, pv: opv}, sacc, vacc)
			})
		})
		// Normalise and store the block's rows.
		k.loop(ci64(0), nq, func(ii value.Value) {
			seen := k.icmp(enum.IPredNE, b().NewLoad(i8, gep(seenT, seenArr, ii)), cint(i8, 0))
			l := b().NewLoad(f32t, gep(rowT, lArr, ii))
			h := b().NewLoad(i64, gep(posT, hArr, ii))
			i := b().NewLoad(i64, gep(posT, iArr, ii))
			base := k.attnOutBase(v, bi, h, i)
			k.loop(ci64(0), ci64(int64(Dv)), func(dd value.Value) {
				a := b().NewLoad(f32t, gep(accT, accArr, b().NewAdd(b().NewMul(ii, ci64(dvArr)), dd)))
				o := k.sel(seen, b().NewFDiv(a, l), fc(0))
				k.store(d, out, b().NewAdd(base, dd), k.convert(o, ir.Float32, d))
			})
		})
	})
	k.finish(tasks, qb*int64(Tk*(D+Dv)), true)
}

// attnRowRefs locates one query row of a tiled-attention task.
type attnRowRefs struct {
	q            *ir.Value
	bi, j0, bk   value.Value
	h, i, ii     [2]value.Value // query head; query index; state row (spare: qb)
	p            [2]value.Value // positions
	D, Dv, dvArr int64
}

// attnTileBufs are the tiled kernel's stack buffers (type, pointer pairs).
type attnTileBufs struct {
	sT    types.Type
	s     value.Value
	ktT   types.Type
	kt    value.Value
	vAt   func(off value.Value) value.Value // a vector of the V tile (row stride dvArr)
	kmT   types.Type
	km    value.Value
	accT  types.Type
	acc   value.Value
	rowT  types.Type
	m, l  value.Value
	seenT types.Type
	seen  value.Value
}

// attnVecOps are the vector helpers of the tiled kernel on vectors of
// lanes floats (type vt); max and hreduce are set for 8 lanes only.
type attnVecOps struct {
	lanes   int64
	vt      types.Type
	load    func(t types.Type, p, i value.Value) value.Value
	store   func(x value.Value, t types.Type, p, i value.Value)
	splat   func(x value.Value) value.Value
	fma     func(x, y, z value.Value) value.Value
	max     func(x, y value.Value) value.Value
	hreduce func(x value.Value, f func(a, c value.Value) value.Value) value.Value
}

// attnTileOps are the vector widths of attnPairTile's phases: the
// softmax on 8 lanes, the score and value products on 8 or 16.
type attnTileOps struct{ o8, score, pv attnVecOps }

// attnPairTile runs two query rows against one converted key tile (scores
// row r at t.s[r*attnBK:]): scores 2 rows x 32 keys at a time (8 vector
// accumulators, each K load feeding two FMAs), per row the scale, softcap,
// visibility, tile maximum and online-softmax update (a row without a
// visible key in the tile keeps its state: weights 0, rescale 1), then the
// weighted values 2 rows x 32 columns at a time. Each row's arithmetic is
// the same whichever row it is paired with.
func (e *emitter) attnPairTile(k *kernel, at *ir.AttentionAttrs, r attnRowRefs, t attnTileBufs, ops attnTileOps, acc, vacc []accumulator) {
	const bk64 = int64(attnBK)
	o, sw := ops.o8, ops.score
	fc := func(x float64) value.Value { return cfloat(f32t, x) }
	gep := func(tt types.Type, p, i value.Value) value.Value { return k.b.NewGetElementPtr(tt, p, ci64(0), i) }
	// Pairs of which neither row can see the tile skip it.
	live := func(p value.Value) value.Value {
		var l value.Value = cint(i1, 1)
		if at.Causal {
			l = k.icmp(enum.IPredSLE, r.j0, p)
		}
		if at.Window > 0 {
			last := k.b.NewAdd(r.j0, ci64(bk64-1))
			l = k.b.NewAnd(l, k.icmp(enum.IPredSLT, k.b.NewSub(p, last), ci64(int64(at.Window))))
		}
		if at.SymmetricWindow { // the tile's first key within the window after p
			l = k.b.NewAnd(l, k.icmp(enum.IPredSLT, k.b.NewSub(r.j0, p), ci64(int64(at.Window))))
		}
		return l
	}
	body, done := k.f.NewBlock(""), k.f.NewBlock("")
	k.b.NewCondBr(k.b.NewOr(live(r.p[0]), live(r.p[1])), body, done)
	k.b = body
	per := 4 * sw.lanes // keys per pass: 4 vectors a row
	for half := int64(0); half < bk64/per; half++ {
		for _, a := range acc {
			a.set(constant.NewZeroInitializer(sw.vt))
		}
		k.loop(ci64(0), ci64(r.D), func(dd value.Value) {
			var xs [2]value.Value
			for row := range 2 {
				x := k.convert(k.elemAt(r.q, []value.Value{r.bi, r.h[row], r.i[row], dd}), r.q.Type.DType, ir.Float32)
				xs[row] = sw.splat(x)
			}
			kt := k.b.NewAdd(k.b.NewMul(dd, ci64(bk64)), ci64(half*per))
			for u := range int64(4) {
				y := sw.load(t.ktT, t.kt, k.b.NewAdd(kt, ci64(u*sw.lanes)))
				for row := range 2 {
					a := acc[int64(row)*4+u]
					a.set(sw.fma(xs[row], y, a.get()))
				}
			}
		})
		for row := range int64(2) {
			for u := range int64(4) {
				sw.store(acc[row*4+u].get(), t.sT, t.s, ci64(row*bk64+half*per+u*sw.lanes))
			}
		}
	}
	var cs [2]value.Value
	for row := range 2 {
		sOff := int64(row) * bk64
		p := r.p[row]
		// Scale, softcap and visibility, one score at a time (the loop
		// vectorizer widens it).
		k.loop(ci64(0), ci64(bk64), func(jj value.Value) {
			j := k.b.NewAdd(r.j0, jj)
			sp := gep(t.sT, t.s, k.b.NewAdd(jj, ci64(sOff)))
			var s value.Value = k.b.NewFMul(k.b.NewLoad(f32t, sp), fc(at.Scale))
			if at.SoftCap > 0 {
				s = k.b.NewFMul(fc(at.SoftCap), k.tanh32(k.b.NewFDiv(s, fc(at.SoftCap))))
			}
			vis := k.icmp(enum.IPredNE, k.b.NewLoad(i8, gep(t.kmT, t.km, jj)), cint(i8, 0))
			if at.Causal {
				vis = k.b.NewAnd(vis, k.icmp(enum.IPredSLE, j, p))
			}
			if at.Window > 0 {
				vis = k.b.NewAnd(vis, k.icmp(enum.IPredSLT, k.b.NewSub(p, j), ci64(int64(at.Window))))
			}
			if at.SymmetricWindow {
				vis = k.b.NewAnd(vis, k.icmp(enum.IPredSLT, k.b.NewSub(j, p), ci64(int64(at.Window))))
			}
			k.b.NewStore(k.sel(vis, s, fc(math.Inf(-1))), sp)
		})
		vm := o.load(t.sT, t.s, ci64(sOff))
		for c := int64(1); c < bk64/8; c++ {
			vm = o.max(o.load(t.sT, t.s, ci64(sOff+c*8)), vm)
		}
		bm := o.hreduce(vm, func(a, c value.Value) value.Value { return o.max(c, a) })
		cA := k.acc(f32t)
		cA.set(fc(1))
		anyB, noneB, next := k.f.NewBlock(""), k.f.NewBlock(""), k.f.NewBlock("")
		k.b.NewCondBr(k.b.NewFCmp(enum.FPredOGT, bm, fc(math.Inf(-1))), anyB, noneB)
		k.b = anyB
		ii := r.ii[row]
		k.b.NewStore(cint(i8, 1), gep(t.seenT, t.seen, ii))
		mP, lP := gep(t.rowT, t.m, ii), gep(t.rowT, t.l, ii)
		m := k.b.NewLoad(f32t, mP)
		mNew := k.sel(k.b.NewFCmp(enum.FPredOGT, bm, m), bm, m)
		c := k.exp32(k.b.NewFSub(m, mNew))
		cA.set(c)
		k.b.NewStore(mNew, mP)
		k.loop(ci64(0), ci64(bk64), func(jj value.Value) {
			sp := gep(t.sT, t.s, k.b.NewAdd(jj, ci64(sOff)))
			k.b.NewStore(k.exp32(k.b.NewFSub(k.b.NewLoad(f32t, sp), mNew)), sp)
		})
		vs := o.load(t.sT, t.s, ci64(sOff))
		for cc := int64(1); cc < bk64/8; cc++ {
			vs = k.b.NewFAdd(vs, o.load(t.sT, t.s, ci64(sOff+cc*8)))
		}
		ls := o.hreduce(vs, func(a, c value.Value) value.Value { return k.b.NewFAdd(a, c) })
		k.b.NewStore(k.b.NewFAdd(k.b.NewFMul(k.b.NewLoad(f32t, lP), c), ls), lP)
		k.b.NewBr(next)
		k.b = noneB
		for cc := int64(0); cc < bk64/8; cc++ {
			o.store(constant.NewZeroInitializer(attnV8), t.sT, t.s, ci64(sOff+cc*8))
		}
		k.b.NewBr(next)
		k.b = next
		cs[row] = cA.get()
	}
	// The accumulators, 2 rows x 4 vectors at a time in registers:
	// rescale, then add p_j * v_j over the tile's keys.
	pv := ops.pv // its lanes divide dvArr
	for c0 := int64(0); c0 < r.dvArr; c0 += 4 * pv.lanes {
		n := min(4, (r.dvArr-c0)/pv.lanes)
		var base, csv [2]value.Value
		for row := range 2 {
			csv[row] = pv.splat(cs[row])
			base[row] = k.b.NewAdd(k.b.NewMul(r.ii[row], ci64(r.dvArr)), ci64(c0))
			for u := range n {
				vacc[int64(row)*4+u].set(k.b.NewFMul(pv.load(t.accT, t.acc, k.b.NewAdd(base[row], ci64(u*pv.lanes))), csv[row]))
			}
		}
		k.loop(ci64(0), r.bk, func(jj value.Value) {
			var ps [2]value.Value
			for row := range 2 {
				ps[row] = pv.splat(k.b.NewLoad(f32t, gep(t.sT, t.s, k.b.NewAdd(jj, ci64(int64(row)*bk64)))))
			}
			vrow := k.b.NewAdd(k.b.NewMul(jj, ci64(r.dvArr)), ci64(c0))
			for u := range n {
				y := t.vAt(k.b.NewAdd(vrow, ci64(u*pv.lanes)))
				for row := range 2 {
					a := vacc[int64(row)*4+u]
					a.set(pv.fma(ps[row], y, a.get()))
				}
			}
		})
		for row := range 2 {
			for u := range n {
				pv.store(vacc[int64(row)*4+u].get(), t.accT, t.acc, k.b.NewAdd(base[row], ci64(u*pv.lanes)))
			}
		}
	}
	k.b.NewBr(done)
	k.b = done
}
