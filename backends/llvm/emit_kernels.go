package llvm

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
	lir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// Kernels of the materialized values. Each emitX builds the kernels that
// write v into its buffer (out) and registers their calls in kiln_main.

// emitMap writes elemwise-computable v: out[idx] = exprAt(v, idx).
func (e *emitter) emitMap(v *ir.Value) {
	k := e.newKernel()
	out := k.basePtr(v)
	sh := v.Type.Shape
	k.nest(sh, func(idx []value.Value) {
		k.store(v.Type.DType, out, k.ravel(idx, sh), k.exprAt(v, idx))
	})
	k.finish(outer(sh), inner(sh), true)
}

// emitCopy writes the elements of src into env slot s (a result).
func (e *emitter) emitCopy(src *ir.Value, s int) {
	k := e.newKernel()
	d := src.Type.DType
	out := k.slotPtr(s, stype(d))
	sh := src.Type.Shape
	k.nest(sh, func(idx []value.Value) {
		k.store(d, out, k.ravel(idx, sh), k.elemAt(src, idx))
	})
	k.finish(outer(sh), inner(sh), true)
}

func outer(s ir.Shape) int64 {
	if len(s) == 0 {
		return 1
	}
	return int64(s[0])
}

func inner(s ir.Shape) int64 {
	if len(s) == 0 {
		return 1
	}
	return int64(s[1:].NumElements())
}

// accumulator is a mutable scalar in a stack slot (promoted by mem2reg).
type accumulator struct {
	k *kernel
	p value.Value
	t types.Type
}

func (k *kernel) acc(t types.Type) accumulator {
	return accumulator{k, k.entry.NewAlloca(t), t}
}
func (a accumulator) get() value.Value  { return a.k.b.NewLoad(a.t, a.p) }
func (a accumulator) set(x value.Value) { a.k.b.NewStore(x, a.p) }

// reduceAccType is the accumulation type: float64 for floats (as interp),
// the dtype's own width for integers (wrap-around is the same), i1 for bool.
func reduceAccType(d ir.DType) types.Type {
	if d.IsFloat() {
		return f64t
	}
	return ctype(d)
}

func (e *emitter) emitReduce(v *ir.Value) {
	if e.emitReduceColumns(v) {
		return
	}
	k := e.newKernel()
	out := k.basePtr(v)
	rsh := v.Type.Shape
	k.nest(rsh, func(oidx []value.Value) {
		k.store(v.Type.DType, out, k.ravel(oidx, rsh), k.reduceAt(v, oidx))
	})
	x := v.Args[0]
	k.finish(outer(rsh), inner(rsh)*int64(x.Type.Shape.NumElements()/max(rsh.NumElements(), 1)), true)
}

// reduceAt computes element oidx of reduction v (its compute value,
// unrounded for f16/bf16): one loop over the reduced axes, accumulating
// floats in float64.
func (k *kernel) reduceAt(v *ir.Value, oidx []value.Value) value.Value {
	a := v.Attrs.(*ir.ReduceAttrs)
	x := v.Args[0]
	d := x.Type.DType
	reduced := map[int]bool{}
	var rshape ir.Shape
	for _, ax := range a.Axes {
		reduced[ax] = true
		rshape = append(rshape, x.Type.Shape[ax])
	}
	at, id, combine := k.reduceOp(v)
	ac := k.acc(at)
	ac.set(id)
	k.fullNest(rshape, func(ridx []value.Value) {
		xi := make([]value.Value, x.Type.Shape.Rank())
		o, r := 0, 0
		for dd := range xi {
			if reduced[dd] {
				xi[dd] = ridx[r]
				r++
			} else {
				xi[dd] = oidx[o]
				o++
			}
		}
		ac.set(combine(ac.get(), k.elemAt(x, xi)))
	})
	r := ac.get()
	if d.IsFloat() {
		r = k.convert(r, ir.Float64, d)
	}
	return r
}

// reduceOp returns reduction v's accumulation type, identity and step:
// combine(acc, x) folds element x (in the operand's dtype; floats are
// widened to float64) into acc.
func (k *kernel) reduceOp(v *ir.Value) (at types.Type, id value.Value, combine func(cur, x value.Value) value.Value) {
	d := v.Args[0].Type.DType
	kind := v.Attrs.(*ir.ReduceAttrs).Kind
	at = reduceAccType(d)
	if d == ir.Bool { // sum = or = max, prod = and = min
		if kind == ir.ReduceSum {
			kind = ir.ReduceMax
		} else if kind == ir.ReduceProd {
			kind = ir.ReduceMin
		}
	}
	switch {
	case d.IsFloat():
		id = cfloat(at, [...]float64{0, math.Inf(-1), math.Inf(1), 1}[kind])
	case d == ir.Bool:
		id = cint(i1, [...]int64{0, 0, 1, 1}[kind])
	default:
		bits := at.(*types.IntType).BitSize
		lo, hi := int64(-1)<<(bits-1), int64(1)<<(bits-1)-1
		if bits == 64 {
			lo, hi = math.MinInt64, math.MaxInt64
		}
		if d == ir.Uint8 {
			lo, hi = 0, -1 // 255 as i8
		}
		id = cint(at, [...]int64{0, lo, hi, 1}[kind])
	}
	combine = func(cur, val value.Value) value.Value {
		if d.IsFloat() {
			val = k.convert(val, d, ir.Float64)
		}
		switch {
		case d.IsFloat() && kind == ir.ReduceSum:
			// float64 accumulation, reassociable so the loop
			// vectorizes (fixed code, so the same result every run).
			add := k.b.NewFAdd(cur, val)
			add.FastMathFlags = []enum.FastMathFlag{enum.FastMathFlagReassoc}
			return add
		case d.IsFloat() && kind == ir.ReduceProd:
			return k.b.NewFMul(cur, val)
		case d.IsFloat():
			return k.fminmax(kind == ir.ReduceMax, cur, val)
		case kind == ir.ReduceSum:
			return k.b.NewAdd(cur, val)
		case kind == ir.ReduceProd:
			return k.b.NewMul(cur, val)
		default:
			return k.binary([...]ir.Op{0, ir.OpMax, ir.OpMin}[kind], d, cur, val)
		}
	}
	return at, id, combine
}

func (e *emitter) emitArg(v *ir.Value) {
	a := v.Attrs.(*ir.ArgAttrs)
	x := v.Args[0]
	d := x.Type.DType
	k := e.newKernel()
	out := k.basePtr(v)
	rsh := v.Type.Shape
	n := x.Type.Shape[a.Axis]
	isMax := v.Op == ir.OpArgMax
	best := k.acc(i64)
	bestV := k.acc(ctype(d))
	k.nest(rsh, func(oidx []value.Value) {
		xi := make([]value.Value, x.Type.Shape.Rank())
		for dd := range xi {
			switch {
			case dd < a.Axis:
				xi[dd] = oidx[dd]
			case dd > a.Axis:
				xi[dd] = oidx[dd-1]
			}
		}
		best.set(ci64(0))
		if n > 0 {
			xi[a.Axis] = ci64(0)
			bestV.set(k.elemAt(x, xi))
			k.loop(ci64(1), ci64(int64(n)), func(j value.Value) {
				xi[a.Axis] = j
				val := k.elemAt(x, xi)
				b := bestV.get()
				var better value.Value
				if d.IsFloat() {
					p := enum.FPredOGT
					if !isMax {
						p = enum.FPredOLT
					}
					// b not NaN and (val NaN or val beats b)
					bOK := k.b.NewFCmp(enum.FPredORD, b, b)
					vNaN := k.b.NewFCmp(enum.FPredUNO, val, val)
					better = k.b.NewAnd(bOK, k.b.NewOr(vNaN, k.b.NewFCmp(p, val, b)))
				} else {
					better = k.icmp(argPred(isMax, unsignedInt(d)), val, b)
				}
				best.set(k.sel(better, j, best.get()))
				bestV.set(k.sel(better, val, b))
			})
		}
		r := k.convert(best.get(), ir.Int64, v.Type.DType)
		k.store(v.Type.DType, out, k.ravel(oidx, rsh), r)
	})
	k.finish(outer(rsh), inner(rsh)*int64(n), true)
}

func argPred(isMax, uns bool) enum.IPred {
	switch {
	case isMax && uns:
		return enum.IPredUGT
	case isMax:
		return enum.IPredSGT
	case uns:
		return enum.IPredULT
	}
	return enum.IPredSLT
}

// emitDotNaive: result[batch ++ lhsFree ++ rhsFree] = sum over contracting
// indices, accumulated in float64 (floats) or int64 (integers).
func (e *emitter) emitDotNaive(v *ir.Value) {
	a := v.Attrs.(*ir.DotAttrs)
	l, r := v.Args[0], v.Args[1]
	lf, rf := a.FreeDims(l.Type.Shape.Rank(), r.Type.Shape.Rank())
	cshape := make(ir.Shape, len(a.LhsContract))
	for i, dd := range a.LhsContract {
		cshape[i] = l.Type.Shape[dd]
	}
	k := e.newKernel()
	out := k.basePtr(v)
	rsh := v.Type.Shape
	isFloat := l.Type.DType.IsFloat()
	at := types.Type(i64)
	if isFloat {
		at = f64t
	}
	ac := k.acc(at)
	nb := len(a.LhsBatch)
	k.nest(rsh, func(oi []value.Value) {
		li := make([]value.Value, l.Type.Shape.Rank())
		ri := make([]value.Value, r.Type.Shape.Rank())
		for i := 0; i < nb; i++ {
			li[a.LhsBatch[i]] = oi[i]
			ri[a.RhsBatch[i]] = oi[i]
		}
		for i, dd := range lf {
			li[dd] = oi[nb+i]
		}
		for i, dd := range rf {
			ri[dd] = oi[nb+len(lf)+i]
		}
		if isFloat {
			ac.set(cfloat(f64t, 0))
		} else {
			ac.set(ci64(0))
		}
		k.fullNest(cshape, func(c []value.Value) {
			for i := range c {
				li[a.LhsContract[i]] = c[i]
				ri[a.RhsContract[i]] = c[i]
			}
			x, y := k.elemAt(l, li), k.elemAt(r, ri)
			if isFloat {
				x, y = k.convert(x, l.Type.DType, ir.Float64), k.convert(y, r.Type.DType, ir.Float64)
				ac.set(k.b.NewFAdd(ac.get(), k.b.NewFMul(x, y)))
			} else {
				x, y = k.toI64(x, l.Type.DType), k.toI64(y, r.Type.DType)
				ac.set(k.b.NewAdd(ac.get(), k.b.NewMul(x, y)))
			}
		})
		res := ac.get()
		if isFloat {
			res = k.convert(res, ir.Float64, a.Out)
		} else {
			res = k.convert(res, ir.Int64, a.Out)
		}
		k.store(a.Out, out, k.ravel(oi, rsh), res)
	})
	k.finish(outer(rsh), inner(rsh)*int64(cshape.NumElements()), true)
}

// emitConv is direct N-d cross-correlation accumulated in float64.
func (e *emitter) emitConv(v *ir.Value) {
	a := v.Attrs.(*ir.ConvAttrs)
	x, w := v.Args[0], v.Args[1]
	nsp := x.Type.Shape.Rank() - 2
	cg := w.Type.Shape[1]
	og := w.Type.Shape[0] / a.Groups
	kwin := w.Type.Shape[2:]
	k := e.newKernel()
	out := k.basePtr(v)
	rsh := v.Type.Shape
	ac := k.acc(f64t)
	k.nest(rsh, func(oi []value.Value) {
		ac.set(cfloat(f64t, 0))
		g := k.b.NewSDiv(oi[1], ci64(int64(og)))
		cbase := k.b.NewMul(g, ci64(int64(cg)))
		k.loop(ci64(0), ci64(int64(cg)), func(c value.Value) {
			k.fullNest(kwin, func(ki []value.Value) {
				xi := make([]value.Value, x.Type.Shape.Rank())
				xi[0] = oi[0]
				xi[1] = k.b.NewAdd(cbase, c)
				var ok value.Value = cint(i1, 1)
				for dd := 0; dd < nsp; dd++ {
					var p value.Value = k.b.NewAdd(k.b.NewMul(oi[2+dd], ci64(int64(a.Strides[dd]))), k.b.NewMul(ki[dd], ci64(int64(a.Dilation[dd]))))
					p = k.b.NewSub(p, ci64(int64(a.PadLow[dd])))
					in := k.b.NewAnd(k.icmp(enum.IPredSGE, p, ci64(0)), k.icmp(enum.IPredSLT, p, ci64(int64(x.Type.Shape[2+dd]))))
					ok = k.b.NewAnd(ok, in)
					xi[2+dd] = k.sel(in, p, ci64(0))
				}
				wi := append([]value.Value{oi[1], c}, ki...)
				xv := k.convert(k.elemAt(x, xi), x.Type.DType, ir.Float64)
				wv := k.convert(k.elemAt(w, wi), w.Type.DType, ir.Float64)
				prod := k.sel(ok, k.b.NewFMul(xv, wv), cfloat(f64t, 0))
				ac.set(k.b.NewFAdd(ac.get(), prod))
			})
		})
		k.store(v.Type.DType, out, k.ravel(oi, rsh), k.convert(ac.get(), ir.Float64, v.Type.DType))
	})
	k.finish(outer(rsh), inner(rsh)*int64(cg*kwin.NumElements()), true)
}

// gatherPos computes, for result (or update) index ri, the operand index
// and the raw index j read from indices.
func (k *kernel) gatherIndex(op, idx *ir.Value, a *ir.GatherAttrs, ri []value.Value) (oi []value.Value, j value.Value) {
	mid := idx.Type.Shape.Rank() - a.BatchDims
	ii := make([]value.Value, idx.Type.Shape.Rank())
	for dd := 0; dd < a.BatchDims; dd++ {
		ii[dd] = ri[dd]
	}
	for dd := 0; dd < mid; dd++ {
		ii[a.BatchDims+dd] = ri[a.Axis+dd]
	}
	j = k.toI64(k.elemAt(idx, ii), idx.Type.DType)
	oi = make([]value.Value, op.Type.Shape.Rank())
	for dd := 0; dd < a.Axis; dd++ {
		oi[dd] = ri[dd]
	}
	for dd := a.Axis + 1; dd < len(oi); dd++ {
		oi[dd] = ri[dd-1+mid]
	}
	return oi, j
}

func (e *emitter) emitGather(v *ir.Value) {
	a := v.Attrs.(*ir.GatherAttrs)
	op, idx := v.Args[0], v.Args[1]
	k := e.newKernel()
	out := k.basePtr(v)
	rsh := v.Type.Shape
	n := op.Type.Shape[a.Axis]
	d := v.Type.DType
	k.nest(rsh, func(ri []value.Value) {
		var x value.Value
		if n == 0 {
			x = zeroOf(d)
		} else {
			oi, j := k.gatherIndex(op, idx, a, ri)
			j = k.clamp(j, 0, int64(n-1))
			oi[a.Axis] = j
			x = k.elemAt(op, oi)
		}
		k.store(d, out, k.ravel(ri, rsh), x)
	})
	k.finish(outer(rsh), inner(rsh), true)
}

func zeroOf(d ir.DType) value.Value {
	t := ctype(d)
	if d.IsFloat() {
		return cfloat(t, 0)
	}
	return cint(t, 0)
}

func (k *kernel) clamp(x value.Value, lo, hi int64) value.Value {
	x = k.sel(k.icmp(enum.IPredSLT, x, ci64(lo)), ci64(lo), x)
	return k.sel(k.icmp(enum.IPredSGT, x, ci64(hi)), ci64(hi), x)
}

// emitScatterAdd: out = operand, then (serially, in update order) out[pos]
// += updates[r] for in-range indices. Floats accumulate in float64 at the
// positions the updates touch (workspace slot tmp, as large as the
// result, of which only those positions are written and read) and round
// once; every other element is the operand's, copied. An embedding's
// gradient (512 rows scattered into 50257 x 768) then costs one pass over
// the result, not three over a float64 copy of it.
func (e *emitter) emitScatterAdd(v *ir.Value, tmp int) {
	a := v.Attrs.(*ir.GatherAttrs)
	op, idx, up := v.Args[0], v.Args[1], v.Args[2]
	d := v.Type.DType
	sh := v.Type.Shape
	at, ad := ctype(d), d
	if d.IsFloat() {
		at, ad = f64t, ir.Float64
	}
	// 1: out = operand.
	k := e.newKernel()
	out := k.basePtr(v)
	k.nest(sh, func(i []value.Value) {
		k.store(d, out, k.ravel(i, sh), k.elemAt(op, i))
	})
	k.finish(outer(sh), inner(sh), true)
	// 2: serial accumulation; for floats, three passes over the updates:
	// the float64 accumulators of the touched positions start from the
	// operand, the updates add in order, each position is rounded.
	k = e.newKernel()
	out = k.basePtr(v)
	accP := out
	if d.IsFloat() {
		accP = k.slotPtr(tmp, f64t)
	}
	n := op.Type.Shape[a.Axis]
	ush := up.Type.Shape
	touched := func(body func(ri []value.Value, pos value.Value)) {
		k.fullNest(ush, func(ri []value.Value) {
			oi, j := k.gatherIndex(op, idx, a, ri)
			in := k.b.NewAnd(k.icmp(enum.IPredSGE, j, ci64(0)), k.icmp(enum.IPredSLT, j, ci64(int64(n))))
			then := k.f.NewBlock("")
			done := k.f.NewBlock("")
			k.b.NewCondBr(in, then, done)
			k.b = then
			oi[a.Axis] = j
			body(ri, k.ravel(oi, sh))
			k.b.NewBr(done)
			k.b = done
		})
	}
	if d.IsFloat() {
		touched(func(_ []value.Value, pos value.Value) {
			x := k.convert(k.loadFlat(v, pos), d, ad)
			k.b.NewStore(x, k.b.NewGetElementPtr(at, accP, pos))
		})
	}
	touched(func(ri []value.Value, pos value.Value) {
		g := k.b.NewGetElementPtr(at, accP, pos)
		cur := k.b.NewLoad(at, g)
		u := k.convert(k.elemAt(up, ri), d, ad)
		var nv value.Value
		switch {
		case d.IsFloat():
			nv = k.b.NewFAdd(cur, u)
		case d == ir.Bool:
			nv = k.b.NewOr(k.b.NewICmp(enum.IPredNE, cur, cint(i8, 0)), u)
		default:
			nv = k.b.NewAdd(cur, u)
		}
		if d == ir.Bool {
			nv = k.b.NewZExt(nv, i8)
		}
		k.b.NewStore(nv, g)
	})
	if d.IsFloat() {
		touched(func(_ []value.Value, pos value.Value) {
			x := k.b.NewLoad(f64t, k.b.NewGetElementPtr(f64t, accP, pos))
			k.store(d, out, pos, k.convert(x, ir.Float64, d))
		})
	}
	k.finish(1, 1, false)
}

// starts reads the start operands and clamps each to [0, size-window].
func (k *kernel) starts(ops []*ir.Value, size, window ir.Shape) []value.Value {
	st := make([]value.Value, len(ops))
	for d, s := range ops {
		x := k.toI64(k.elemAt(s, nil), s.Type.DType)
		st[d] = k.clamp(x, 0, int64(size[d]-window[d]))
	}
	return st
}

func (e *emitter) emitDynamicSlice(v *ir.Value) {
	x := v.Args[0]
	k := e.newKernel()
	out := k.basePtr(v)
	sh := v.Type.Shape
	begin := k.starts(v.Args[1:], x.Type.Shape, sh)
	k.nest(sh, func(i []value.Value) {
		xi := make([]value.Value, len(i))
		for d := range i {
			xi[d] = k.b.NewAdd(begin[d], i[d])
		}
		k.store(v.Type.DType, out, k.ravel(i, sh), k.elemAt(x, xi))
	})
	k.finish(outer(sh), inner(sh), true)
}

func (e *emitter) emitDynamicUpdateSlice(v *ir.Value) {
	x, up := v.Args[0], v.Args[1]
	sh := v.Type.Shape
	d := v.Type.DType
	k := e.newKernel()
	out := k.basePtr(v)
	if materialized(e.info[x]) {
		// Updating a donated buffer in place: result and operand are the
		// same memory, and there is nothing to copy.
		same := k.icmp(enum.IPredEQ, k.b.NewPtrToInt(k.basePtr(x), i64), k.b.NewPtrToInt(out, i64))
		copyB, skip := k.f.NewBlock(""), k.f.NewBlock("")
		k.b.NewCondBr(same, skip, copyB)
		skip.NewRet(nil)
		k.b = copyB
	}
	k.nest(sh, func(i []value.Value) {
		k.store(d, out, k.ravel(i, sh), k.elemAt(x, i))
	})
	k.finish(outer(sh), inner(sh), true)
	k = e.newKernel()
	out = k.basePtr(v)
	ush := up.Type.Shape
	begin := k.starts(v.Args[2:], x.Type.Shape, ush)
	k.nest(ush, func(i []value.Value) {
		oi := make([]value.Value, len(i))
		for dd := range i {
			oi[dd] = k.b.NewAdd(begin[dd], i[dd])
		}
		k.store(d, out, k.ravel(oi, sh), k.elemAt(up, i))
	})
	k.finish(outer(ush), inner(ush), true)
}

func (e *emitter) emitConcat(v *ir.Value) {
	axis := v.Attrs.(*ir.ConcatAttrs).Axis
	sh := v.Type.Shape
	off := 0
	for _, x := range v.Args {
		xs := x.Type.Shape
		if xs.NumElements() == 0 {
			off += xs[axis]
			continue
		}
		k := e.newKernel()
		out := k.basePtr(v)
		o := off
		k.nest(xs, func(i []value.Value) {
			oi := append([]value.Value(nil), i...)
			if o != 0 {
				oi[axis] = k.b.NewAdd(i[axis], ci64(int64(o)))
			}
			k.store(v.Type.DType, out, k.ravel(oi, sh), k.elemAt(x, i))
		})
		k.finish(outer(xs), inner(xs), true)
		off += xs[axis]
	}
}

func (e *emitter) emitPad(v *ir.Value) {
	a := v.Attrs.(*ir.PadAttrs)
	x, pv := v.Args[0], v.Args[1]
	sh := v.Type.Shape
	d := v.Type.DType
	k := e.newKernel()
	out := k.basePtr(v)
	padV := k.elemAt(pv, nil)
	k.nest(sh, func(i []value.Value) {
		var inside value.Value = cint(i1, 1)
		xi := make([]value.Value, len(i))
		for dd := range i {
			q := k.b.NewSub(i[dd], ci64(int64(a.Low[dd])))
			step := int64(a.Interior[dd] + 1)
			var qq value.Value = q
			c := k.icmp(enum.IPredSGE, q, ci64(0))
			if step != 1 {
				c = k.b.NewAnd(c, k.icmp(enum.IPredEQ, k.b.NewSRem(q, ci64(step)), ci64(0)))
				qq = k.b.NewSDiv(q, ci64(step))
			}
			c = k.b.NewAnd(c, k.icmp(enum.IPredSLT, qq, ci64(int64(x.Type.Shape[dd]))))
			inside = k.b.NewAnd(inside, c)
			xi[dd] = qq
		}
		flat := k.ravel(i, sh)
		if x.Type.Shape.NumElements() == 0 {
			k.store(d, out, flat, padV)
			return
		}
		then := k.f.NewBlock("")
		join := k.f.NewBlock("")
		pre := k.b
		k.b.NewCondBr(inside, then, join)
		k.b = then
		xv := k.elemAt(x, xi)
		thenEnd := k.b
		k.b.NewBr(join)
		k.b = join
		val := join.NewPhi(lir.NewIncoming(xv, thenEnd), lir.NewIncoming(padV, pre))
		k.store(d, out, flat, val)
	})
	k.finish(outer(sh), inner(sh), true)
}
