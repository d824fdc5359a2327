package llvm

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// emitAttention is a fused attention kernel (flash-style online softmax):
// one task per (batch, query head, query) row walks the visible keys once,
// keeping the running maximum m, the running denominator l and the
// weighted sum of values in registers/stack, rescaling them when m grows.
// Query head h reads key/value head h / (Hq/Hkv) directly (GQA without
// copies). Masking follows AttentionAttrs (padding mask, causal, window,
// positions), softcap applies cap*tanh(s/cap), a sink logit starts the row
// at m = sink, l = 1; a row with no visible key is zeros. Compute is in
// float (f32, f16, bf16 — rounded once at the end) or double (f64).
func (e *emitter) emitAttention(v *ir.Value) {
	at, q, kk, vv, mask, pos, sinks := attnOperands(v)
	B, Hq, Tq, D := q.Type.Shape[0], q.Type.Shape[1], q.Type.Shape[2], q.Type.Shape[3]
	Hkv, Tk, Dv := kk.Type.Shape[1], kk.Type.Shape[2], vv.Type.Shape[3]
	group := Hq / Hkv
	d := v.Type.DType
	ct := ctype(d)
	rows := int64(B * Hq * Tq)

	k := e.newKernel()
	out := k.basePtr(v)
	acc := k.entry.NewAlloca(types.NewArray(uint64(max(Dv, 1)), ct))
	accAt := func(i value.Value) value.Value {
		return k.b.NewGetElementPtr(types.NewArray(uint64(max(Dv, 1)), ct), acc, ci64(0), i)
	}
	mA, lA, seenA, dotA, bmA := k.acc(ct), k.acc(ct), k.acc(i1), k.acc(ct), k.acc(ct)
	sArr := types.NewArray(attnBK, ct)
	sc := k.entry.NewAlloca(sArr)
	sAt := func(j value.Value) value.Value { return k.b.NewGetElementPtr(sArr, sc, ci64(0), j) }
	exp := func(x value.Value) value.Value {
		if ct.Equal(f32t) {
			return k.exp32(x)
		}
		return k.fcall("exp", false, x)
	}
	fc := func(x float64) value.Value { return cfloat(ct, x) }
	k.loop(k.lo, k.hi, func(r value.Value) {
		b := k.b
		bi := b.NewSDiv(r, ci64(int64(Hq*Tq)))
		h := b.NewSRem(b.NewSDiv(r, ci64(int64(Tq))), ci64(int64(Hq)))
		i := b.NewSRem(r, ci64(int64(Tq)))
		hk := b.NewSDiv(h, ci64(int64(group)))
		var p value.Value
		switch {
		case pos == nil:
			p = b.NewAdd(i, ci64(int64(Tk-Tq)))
		case pos.Type.Shape.Rank() == 2:
			p = k.toI64(k.elemAt(pos, []value.Value{bi, i}), pos.Type.DType)
		default:
			p = k.toI64(k.elemAt(pos, []value.Value{i}), pos.Type.DType)
		}
		if sinks != nil {
			mA.set(k.convert(k.elemAt(sinks, []value.Value{h}), sinks.Type.DType, dtypeOf(ct)))
			lA.set(fc(1))
		} else {
			mA.set(fc(math.Inf(-1)))
			lA.set(fc(0))
		}
		seenA.set(cint(i1, 0))
		k.loop(ci64(0), ci64(int64(Dv)), func(dd value.Value) { k.b.NewStore(fc(0), accAt(dd)) })
		// Keys in blocks of attnBK: scores (minus infinity where not
		// visible), one rescale of the running sums per block, then the
		// weighted values.
		nBlocks := int64((Tk + attnBK - 1) / attnBK)
		k.loop(ci64(0), ci64(nBlocks), func(jb value.Value) {
			j0 := k.b.NewMul(jb, ci64(attnBK))
			bk := k.minI(ci64(attnBK), k.b.NewSub(ci64(int64(Tk)), j0))
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
				if at.SymmetricWindow {
					vis = k.b.NewAnd(vis, k.icmp(enum.IPredSLT, k.b.NewSub(j, p), ci64(int64(at.Window))))
				}
				body, skip := k.f.NewBlock(""), k.f.NewBlock("")
				k.b.NewStore(fc(math.Inf(-1)), sAt(jj))
				k.b.NewCondBr(vis, body, skip)
				k.b = body
				dotA.set(fc(0))
				k.loop(ci64(0), ci64(int64(D)), func(dd value.Value) {
					x := k.convert(k.elemAt(q, []value.Value{bi, h, i, dd}), q.Type.DType, dtypeOf(ct))
					y := k.convert(k.elemAt(kk, []value.Value{bi, hk, j, dd}), kk.Type.DType, dtypeOf(ct))
					// reassoc lets the vectorizer split the sum into lanes
					// (the same code, so the same result, on every run).
					sum := k.b.NewFAdd(dotA.get(), k.b.NewFMul(x, y))
					sum.FastMathFlags = []enum.FastMathFlag{enum.FastMathFlagReassoc}
					dotA.set(sum)
				})
				var sc value.Value = k.b.NewFMul(dotA.get(), fc(at.Scale))
				if at.SoftCap > 0 {
					t := k.b.NewFDiv(sc, fc(at.SoftCap))
					sc = k.b.NewFMul(fc(at.SoftCap), k.unary(ir.OpTanh, dtypeOf(ct), t))
				}
				k.b.NewStore(sc, sAt(jj))
				seenA.set(cint(i1, 1))
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
			m := mA.get()
			mNew := k.sel(k.b.NewFCmp(enum.FPredOGT, bm, m), bm, m)
			c := exp(k.b.NewFSub(m, mNew))
			mA.set(mNew)
			lA.set(k.b.NewFMul(lA.get(), c))
			k.loop(ci64(0), ci64(int64(Dv)), func(dd value.Value) {
				ap := accAt(dd)
				k.b.NewStore(k.b.NewFMul(k.b.NewLoad(ct, ap), c), ap)
			})
			k.loop(ci64(0), bk, func(jj value.Value) {
				pj := exp(k.b.NewFSub(k.b.NewLoad(ct, sAt(jj)), mNew))
				k.b.NewStore(pj, sAt(jj))
				lA.set(k.b.NewFAdd(lA.get(), pj))
			})
			k.loop(ci64(0), bk, func(jj value.Value) {
				j := k.b.NewAdd(jj, j0)
				pj := k.b.NewLoad(ct, sAt(jj))
				k.loop(ci64(0), ci64(int64(Dv)), func(dd value.Value) {
					y := k.convert(k.elemAt(vv, []value.Value{bi, hk, j, dd}), vv.Type.DType, dtypeOf(ct))
					ap := accAt(dd)
					k.b.NewStore(k.b.NewFAdd(k.b.NewLoad(ct, ap), k.b.NewFMul(pj, y)), ap)
				})
			})
			k.b.NewBr(none)
			k.b = none
		})
		seen := seenA.get()
		l := lA.get()
		base := k.attnOutBase(v, bi, h, i)
		k.loop(ci64(0), ci64(int64(Dv)), func(dd value.Value) {
			a := k.b.NewLoad(ct, accAt(dd))
			o := k.sel(seen, k.b.NewFDiv(a, l), fc(0))
			k.store(d, out, k.b.NewAdd(base, dd), k.convert(o, dtypeOf(ct), d))
		})
	})
	k.finish(rows, int64(Tk*(D+Dv)), true)
}

// attnBK is the key block of the attention kernel.
const attnBK = 64

// dtypeOf is the dtype whose compute type is the float type t.
func dtypeOf(t types.Type) ir.DType {
	if t.Equal(f64t) {
		return ir.Float64
	}
	return ir.Float32
}

// attnOutBase is the element offset of output row (bi, h, i) of attention
// v: (B, Hq, Tq, Dv) order, or (B, Tq, Hq, Dv) when v writes its merged
// heads (emitter.mergedHeads).
func (k *kernel) attnOutBase(v *ir.Value, bi, h, i value.Value) value.Value {
	sh := v.Type.Shape // (B, Hq, Tq, Dv)
	Hq, Tq, Dv := int64(sh[1]), int64(sh[2]), int64(sh[3])
	b := k.b
	if k.e.mergedHeads[v] != nil {
		row := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(bi, ci64(Tq)), i), ci64(Hq)), h)
		return b.NewMul(row, ci64(Dv))
	}
	row := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(bi, ci64(Hq)), h), ci64(Tq)), i)
	return b.NewMul(row, ci64(Dv))
}
