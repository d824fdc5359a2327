package llvm

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// GEMM kernels for float32 DotGeneral. The operands are viewed as a batch
// of matrices: C[b, m, n] = sum_k A[b, m, k] * B[b, k, n], with A and B at
// arbitrary strides (sAm, sAk, sBk, sBn) and per-batch base offsets. Two
// register-blocked kernels on <8 x float> vectors (AVX2/FMA through
// llvm.fmuladd):
//   - nn (sBn == 1): a 6x16 block of C lives in 12 vector registers; each k
//     step loads 16 floats of a row of B and broadcasts 6 elements of A.
//     Tasks are (batch, 16-column panel); edge panels use masked loads.
//   - nt (sBk == 1, sAk == 1): rows of B are contiguous along k (nn.Linear
//     weights): four columns at a time accumulate 8-lane partial dot
//     products over k, summed at the end; a GEMV in decode reads B once.
// Every element of C is computed by the same instruction sequence whatever
// the thread split, so results are deterministic.

const (
	gemmMR = 6
	gemmNV = 2 // vectors of 8 per panel row
	gemmNR = 8 * gemmNV
)

var (
	v8f   = types.NewVector(8, f32t)
	v8i1  = types.NewVector(8, types.I1)
	v8i32 = types.NewVector(8, types.I32)
)

// gemmPlan describes a DotGeneral as a batch of strided matrix products.
type gemmPlan struct {
	batch              ir.Shape
	lBatchSt, rBatchSt []int
	M, N, K            int
	sAm, sAk, sBk, sBn int
	nt                 bool
	pack               bool // nn on a packed copy of B (K x 16 panels)
	mr, nv             int  // nn register block: rows, and vectors of 8 columns
	lfShape, rfShape   ir.Shape
}

// epilogue applies the elementwise chain fused into dot v (if any) to the
// part of C a task just finished: rows [m0, m1) and columns [n0, n1) of
// batch bi. The chain's value w shares C's buffer; each element is read
// (the raw product, through elemAt of the dot) and overwritten in place.
func (k *kernel) epilogue(v *ir.Value, p *gemmPlan, bi, m0, m1, n0, n1 value.Value) {
	w := k.e.epi[v]
	if w == nil {
		return
	}
	n1 = k.minI(n1, ci64(int64(p.N)))
	bIdx := k.unravel(bi, p.batch)
	base := k.b.NewMul(bi, ci64(int64(p.M*p.N)))
	out := k.basePtr(w)
	k.loop(m0, m1, func(m value.Value) {
		mIdx := k.unravel(m, p.lfShape)
		row := k.b.NewAdd(base, k.b.NewMul(m, ci64(int64(p.N))))
		k.loop(n0, n1, func(n value.Value) {
			idx := append(append(append([]value.Value{}, bIdx...), mIdx...), k.unravel(n, p.rfShape)...)
			// The product is read at the very address the exit is stored
			// to (however many times the DAG reads it), so the loop
			// vectorizer sees no overlap to check at run time.
			flat := k.b.NewAdd(row, n)
			k.rowVals = map[*ir.Value]value.Value{v: k.loadFlat(v, flat)}
			k.store(w.Type.DType, out, flat, k.exprAt(w, idx))
			k.rowVals = nil
		})
	})
}

func (p *gemmPlan) nr() int { return 8 * p.nv }

// packPanel copies columns [n0, n0+16) of B (zeros past N) into
// P[at : at+K*16] as K rows of 16 floats. A full panel of row-major B is
// copied a vector at a time; one of B with contiguous k (nn.Linear
// weights, N x K) is transposed 8 k-steps x 8 columns at a time; partial
// panels and other layouts go element by element.
func (k *kernel) packPanel(p *gemmPlan, B, ob, n0, P, at value.Value) {
	k.packPanelK(p, B, ob, n0, P, at, ci64(0), ci64(int64(p.K)))
}

// packPanelK is packPanel for the k-steps [k0, k1) only: row k of the
// panel goes to P[at + (k-k0)*16 ...].
func (k *kernel) packPanelK(p *gemmPlan, B, ob, n0, P, at, k0, k1 value.Value) {
	// at0 is the (possibly negative) index of k = 0's row: the rows'
	// indices at0 + k*16 are those of at + (k-k0)*16.
	at0 := k.b.NewSub(at, k.b.NewMul(k0, ci64(gemmNR)))
	vec := (p.sBn == 1 || (p.sBk == 1 && p.K >= 8)) && p.N >= gemmNR
	if !vec {
		k.packPanelScalar(p, B, ob, n0, P, at0, k0, k1)
		return
	}
	full := k.icmp(enum.IPredSLE, k.b.NewAdd(n0, ci64(gemmNR)), ci64(int64(p.N)))
	vb, sb, join := k.f.NewBlock(""), k.f.NewBlock(""), k.f.NewBlock("")
	k.b.NewCondBr(full, vb, sb)
	k.b = vb
	if p.sBn == 1 {
		k.loop(k0, k1, func(kk value.Value) {
			src := k.b.NewAdd(ob, k.b.NewAdd(k.b.NewMul(kk, ci64(int64(p.sBk))), n0))
			dst := k.b.NewAdd(at0, k.b.NewMul(kk, ci64(gemmNR)))
			for j := int64(0); j < gemmNV; j++ {
				k.vstore(k.vload(B, k.b.NewAdd(src, ci64(8*j)), nil), P, k.b.NewAdd(dst, ci64(8*j)), nil)
			}
		})
	} else {
		k8 := k.b.NewAdd(k0, k.b.NewMul(k.b.NewSDiv(k.b.NewSub(k1, k0), ci64(8)), ci64(8)))
		k.loopStep(k0, k8, 8, func(kk value.Value) {
			for h := int64(0); h < gemmNV; h++ {
				rows := make([]value.Value, 8)
				for r := range rows {
					col := k.b.NewAdd(n0, ci64(8*h+int64(r)))
					rows[r] = k.vload(B, k.b.NewAdd(ob, k.b.NewAdd(k.b.NewMul(col, ci64(int64(p.sBn))), kk)), nil)
				}
				k.storeTransposed(rows, P, k.b.NewAdd(at0, k.b.NewAdd(k.b.NewMul(kk, ci64(gemmNR)), ci64(8*h))), gemmNR)
			}
		})
		k.packPanelScalar(p, B, ob, n0, P, at0, k8, k1)
	}
	k.b.NewBr(join)
	k.b = sb
	k.packPanelScalar(p, B, ob, n0, P, at0, k0, k1)
	k.b.NewBr(join)
	k.b = join
}

// packPanelScalar is packPanel element by element, for k in [k0, k1), row
// k at P[at0 + k*16 ...].
func (k *kernel) packPanelScalar(p *gemmPlan, B, ob, n0, P, at0, k0, k1 value.Value) {
	put := func(kk, j value.Value) {
		n := k.b.NewAdd(n0, j)
		in := k.icmp(enum.IPredSLT, n, ci64(int64(p.N)))
		nc := k.sel(in, n, ci64(0))
		src := k.b.NewAdd(ob, k.b.NewAdd(k.b.NewMul(kk, ci64(int64(p.sBk))), k.b.NewMul(nc, ci64(int64(p.sBn)))))
		x := k.ldf(B, src)
		x2 := k.sel(in, x, cfloat(f32t, 0))
		dst := k.b.NewAdd(at0, k.b.NewAdd(k.b.NewMul(kk, ci64(gemmNR)), j))
		k.b.NewStore(x2, k.b.NewGetElementPtr(f32t, P, dst))
	}
	if p.sBk == 1 {
		k.loop(ci64(0), ci64(gemmNR), func(j value.Value) {
			k.loop(k0, k1, func(kk value.Value) { put(kk, j) })
		})
		return
	}
	k.loop(k0, k1, func(kk value.Value) {
		k.loop(ci64(0), ci64(gemmNR), func(j value.Value) { put(kk, j) })
	})
}

// packSlot returns the env slot of the packing scratch of the GEMM being
// emitted: each GEMM sizes its own packed-B (pack) and packed-A (packA)
// scratch with newWS, workspace slots live only at the GEMM's position,
// so that the buffer plan lays them out beside the values live there
// instead of keeping the largest GEMM's packing buffers for the whole run.
func (e *emitter) packSlot() int {
	if e.pack < 0 {
		panic("GEMM packing scratch used before it was sized")
	}
	return e.pack
}

// gemmScratch returns the env slot of a packing buffer of the given size
// for the GEMM being emitted (packed A when a, else packed B): a new
// workspace slot live at its position only, or with
// codegen.sharedPack the whole-run buffer, grown to the size.
func (e *emitter) gemmScratch(a bool, bytes int) int {
	if !e.cg.sharedPack {
		return e.newWS(bytes)
	}
	i := 0
	if a {
		i = 1
	}
	e.sharedBytes[i] = max(e.sharedBytes[i], bytes)
	return e.shared[i]
}

// packASlot is packSlot's packed-A scratch.
func (e *emitter) packASlot() int {
	if e.packA < 0 {
		panic("GEMM packed-A scratch used before it was sized")
	}
	return e.packA
}

// planGemm returns the plan of v, or nil when the naive kernel must do.
func planGemm(v *ir.Value) *gemmPlan {
	return planGemmTypes(v.Args[0].Type, v.Args[1].Type, v.Attrs.(*ir.DotAttrs))
}

// planGemmTypes is planGemm for a DotGeneral with attrs a on operands of
// types lt and rt.
func planGemmTypes(lt, rt ir.Type, a *ir.DotAttrs) *gemmPlan {
	if lt.DType != ir.Float32 || rt.DType != ir.Float32 || a.Out != ir.Float32 || len(a.LhsContract) == 0 {
		return nil
	}
	lf, rf := a.FreeDims(lt.Shape.Rank(), rt.Shape.Rank())
	ls, rs := lt.Shape.Strides(), rt.Shape.Strides()
	adjacent := func(ds []int) bool {
		for i := 1; i < len(ds); i++ {
			if ds[i] != ds[i-1]+1 {
				return false
			}
		}
		return true
	}
	// Several contracting dims are one k of stride their last one's when
	// they are adjacent and ascending in both operands: row-major strides
	// nest, so k = c0*n1 + c1 addresses both alike. The weight gradients
	// of (B, T, C) activations contract B and T this way.
	if !adjacent(lf) || !adjacent(rf) || !adjacent(a.LhsContract) || !adjacent(a.RhsContract) {
		return nil
	}
	p := &gemmPlan{M: 1, N: 1, K: 1}
	for _, d := range a.LhsContract {
		p.K *= lt.Shape[d]
	}
	for _, d := range lf {
		p.M *= lt.Shape[d]
		p.lfShape = append(p.lfShape, lt.Shape[d])
	}
	for _, d := range rf {
		p.N *= rt.Shape[d]
		p.rfShape = append(p.rfShape, rt.Shape[d])
	}
	if len(lf) > 0 {
		p.sAm = ls[lf[len(lf)-1]]
	}
	if len(rf) > 0 {
		p.sBn = rs[rf[len(rf)-1]]
	}
	p.sAk, p.sBk = ls[a.LhsContract[len(a.LhsContract)-1]], rs[a.RhsContract[len(a.RhsContract)-1]]
	for i := range a.LhsBatch {
		p.batch = append(p.batch, lt.Shape[a.LhsBatch[i]])
		p.lBatchSt = append(p.lBatchSt, ls[a.LhsBatch[i]])
		p.rBatchSt = append(p.rBatchSt, rs[a.RhsBatch[i]])
	}
	switch {
	case p.N == 0 || p.M == 0:
		return nil
	case p.M >= 2*gemmMR && p.N >= 8 && p.K >= 8:
		// Enough rows to reuse a packed panel: pack B whatever its layout.
		p.pack, p.mr, p.nv = true, gemmMR, gemmNV
		return p
	case (p.sBn == 1 || p.N == 1) && p.N >= 8:
		// Few rows (decode): up to 4 rows at a time against 96/mr
		// contiguous columns of B (12 accumulators), so each row of B is
		// read in long runs, once per group of rows.
		p.sBn, p.mr = 1, min(p.M, 4)
		p.nv = 12 / p.mr
		return p
	case p.sBk == 1 && p.sAk == 1 && p.K >= 8:
		p.nt = true
		return p
	}
	return nil
}

// batchOffsets returns the element offsets of batch bi in A, B and C.
func (k *kernel) batchOffsets(p *gemmPlan, bi value.Value) (oa, ob, oc value.Value) {
	idx := k.unravel(bi, p.batch)
	oa, ob = ci64(0), ci64(0)
	for i, x := range idx {
		oa = k.b.NewAdd(oa, k.b.NewMul(x, ci64(int64(p.lBatchSt[i]))))
		ob = k.b.NewAdd(ob, k.b.NewMul(x, ci64(int64(p.rBatchSt[i]))))
	}
	oc = k.b.NewMul(bi, ci64(int64(p.M*p.N)))
	return
}

func (k *kernel) splat8(x value.Value) value.Value {
	u := k.b.NewInsertElement(constant.NewUndef(v8f), x, ci32(0))
	return k.b.NewShuffleVector(u, constant.NewUndef(v8f), constant.NewZeroInitializer(v8i32))
}

func ci32(x int64) *constant.Int { return constant.NewInt(types.I32, x) }

func (k *kernel) splatI32(x int64) value.Value {
	el := make([]constant.Constant, 8)
	for i := range el {
		el[i] = ci32(x)
	}
	return constant.NewVector(v8i32, el...)
}

// vptr is p + off as a <8 x float>*.
func (k *kernel) vptr(p, off value.Value) value.Value {
	return k.b.NewBitCast(k.b.NewGetElementPtr(f32t, p, off), types.NewPointer(v8f))
}

// gemmPtr is the pointer to a GEMM operand's elements: float32, or the
// float16/bfloat16 source of a widening Convert (weights stay in their
// checkpoint dtype and are converted as they are loaded).
func (k *kernel) gemmPtr(v *ir.Value) value.Value {
	in := k.e.info[v]
	if in.st != stWiden {
		return k.basePtr(v)
	}
	p := k.basePtr(in.alias)
	k.half[p] = in.alias.Type.DType
	return p
}

// ldf loads element off of a GEMM operand as a float.
func (k *kernel) ldf(p, off value.Value) value.Value {
	if d, ok := k.half[p]; ok {
		return k.widen(d, k.b.NewLoad(i16, k.b.NewGetElementPtr(i16, p, off)))
	}
	return k.b.NewLoad(f32t, k.b.NewGetElementPtr(f32t, p, off))
}

var v8i16 = types.NewVector(8, types.I16)

// vload loads 8 floats at p+off; with a mask, lanes outside it read 0.
func (k *kernel) vload(p, off, mask value.Value) value.Value {
	if d, ok := k.half[p]; ok {
		vp := k.b.NewBitCast(k.b.NewGetElementPtr(i16, p, off), types.NewPointer(v8i16))
		var raw value.Value
		if mask != nil {
			ml := k.e.declare("llvm.masked.load.v8i16.p0v8i16", v8i16, types.NewPointer(v8i16), types.I32, v8i1, v8i16)
			raw = k.b.NewCall(ml, vp, ci32(2), mask, constant.NewZeroInitializer(v8i16))
		} else {
			ld := k.b.NewLoad(v8i16, vp)
			ld.Align = 2
			raw = ld
		}
		if d == ir.BFloat16 {
			w := k.b.NewZExt(raw, v8i32)
			sh := k.b.NewShl(w, k.splatI32(16))
			return k.b.NewBitCast(sh, v8f)
		}
		return k.b.NewFPExt(k.b.NewBitCast(raw, types.NewVector(8, types.Half)), v8f)
	}
	vp := k.vptr(p, off)
	if mask != nil {
		ml := k.e.declare("llvm.masked.load.v8f32.p0v8f32", v8f, types.NewPointer(v8f), types.I32, v8i1, v8f)
		return k.b.NewCall(ml, vp, ci32(4), mask, constant.NewZeroInitializer(v8f))
	}
	ld := k.b.NewLoad(v8f, vp)
	ld.Align = 4
	return ld
}

func (k *kernel) vstore(x, p, off, mask value.Value) {
	vp := k.vptr(p, off)
	if mask != nil {
		ms := k.e.declare("llvm.masked.store.v8f32.p0v8f32", types.Void, v8f, types.NewPointer(v8f), types.I32, v8i1)
		k.b.NewCall(ms, x, vp, ci32(4), mask)
		return
	}
	st := k.b.NewStore(x, vp)
	st.Align = 4
}

// laneMask is the mask of lanes i with i < rem.
func (k *kernel) laneMask(rem value.Value) value.Value {
	lanes := make([]constant.Constant, 8)
	for i := range lanes {
		lanes[i] = ci32(int64(i))
	}
	r32 := k.b.NewTrunc(rem, types.I32)
	u := k.b.NewInsertElement(constant.NewUndef(v8i32), r32, ci32(0))
	rs := k.b.NewShuffleVector(u, constant.NewUndef(v8i32), constant.NewZeroInitializer(v8i32))
	return k.b.NewICmp(enum.IPredSLT, constant.NewVector(v8i32, lanes...), rs)
}

func (k *kernel) fma8(a, b, c value.Value) value.Value {
	f := k.e.declare("llvm.fmuladd.v8f32", v8f, v8f, v8f, v8f)
	return k.b.NewCall(f, a, b, c)
}

// Blocking of the pre-packed GEMM: a task computes gemmMB rows against a
// group of consecutive packed panels. Two task orders:
//   - packed B up to gemmBigB (it stays in the shared L3): groups of
//     gemmPGSmall panels, the panel group fastest, so a thread's
//     consecutive tasks reuse one 48-row block of A from L2;
//   - larger B (4096x4096x1024: 16 MiB): groups of up to gemmPG panels
//     (1 MiB at K = 1024), the row block fastest, so consecutive tasks
//     reuse one group of B panels from L2 while the 48-row blocks of A
//     stream past it; groups shrink until there are gemmMinTasks tasks,
//     so that the pool's chunks (4 per thread) split the work evenly.
const (
	gemmMB       = 48
	gemmPGSmall  = 8
	gemmPG       = 16
	gemmMinTasks = 64
)

// gemmBigB is the packed-B size above which the blocked GEMM's tasks go
// row block fastest (a variable so that tests can reach that order with
// small matrices).
var gemmBigB = 8 << 20

// panelGroup is the number of panels per task of the blocked GEMM when
// the row block is the fastest task index.
func panelGroup(panels, mBlocks, nb int64) int64 {
	groups := max((panels+gemmPG-1)/gemmPG, (gemmMinTasks+nb*mBlocks-1)/(nb*mBlocks))
	return max((panels+groups-1)/groups, 1)
}

// gemmStreamRows is the row count up to which the blocked GEMM streams B
// (emitGemmBlocked): with few rows each packed panel of B serves only a
// few row blocks, so it is packed by the task that uses it, into that
// thread's scratch, instead of by the pack kernel into one shared buffer.
// Every packed GEMM of gemmStreamMinRows to this many rows streams (with
// fewer rows the packed-nn kernel, which reads A in place, measured
// faster: 48x768x768 in 270-285 us against 315-325). Five row blocks
// (240 rows) cover ViT-B/16's 197 tokens: its 197x768x3072 and
// 197x3072x768 GEMMs streamed made the model 0.88-0.97x ONNX Runtime
// against 0.80-0.88x packed (alternating builds, bench/cpu's vit).
const (
	gemmStreamRows    = 5 * gemmMB
	gemmStreamMinRows = 64
)

// emitGemmBlocked packs A (48-row blocks of K x 6 micro-panels) and B
// (K x 16 panels) and computes C in tasks of 6x16 (or 12x32) register
// blocks. With more than gemmStreamRows rows one parallel kernel packs
// all of A and B, then tasks of (row block, panel group) compute; with
// fewer (an encoder's or a prefill's 128 tokens) B is streamed instead
// (emitGemmStreamed, or emitGemmStreamedGroup for sibling dots). B's
// packing is skipped when Run passes a packed copy of it (a weight
// parameter, gemm_prepack.go): the tasks read that instead.
func (e *emitter) emitGemmBlocked(v *ir.Value, p *gemmPlan) {
	nr := int64(gemmNR)
	panels := int64((p.N + gemmNR - 1) / gemmNR)
	nb := int64(p.batch.NumElements())
	kp := int64(p.K) * nr
	mBlocks := int64((p.M + gemmMB - 1) / gemmMB)
	if p.M <= gemmStreamRows {
		if g := e.streamGroups[v]; len(g) > 1 {
			ps := make([]*gemmPlan, len(g))
			for i, s := range g {
				ps[i] = planGemm(s)
			}
			e.emitGemmStreamedGroup(g, ps)
			return
		}
		e.emitGemmStreamed(v, p)
		return
	}
	rowFast := 4*nb*panels*kp > int64(gemmBigB)
	pg := int64(gemmPGSmall)
	if rowFast {
		pg = panelGroup(panels, mBlocks, nb)
	}
	pGroups := (panels + pg - 1) / pg
	// With one panel group each row block of A serves one task, which
	// packs it into its thread's scratch (where it stays in L2) instead
	// of the pack kernel writing all of A out and the tasks reading it
	// back: 154 MB each way for an LM head's recomputed (V, R) logits.
	aLocal := pGroups == 1
	if aLocal {
		e.packA = e.gemmScratch(true, 4*e.threads*gemmMB*p.K)
	} else {
		e.packA = e.gemmScratch(true, 4*int(nb*mBlocks)*gemmMB*p.K)
	}
	// 1: pack. Tasks [0, nb*mBlocks) pack one 48-row block of A each
	// (rows past M are zeros), the next nb*panels tasks one panel of B
	// each (the larger tasks first, so the pool's last pieces are small).
	k := e.newKernel()
	B, P := k.gemmPtr(v.Args[1]), k.slotPtr(e.packSlot(), f32t)
	A, PA := k.gemmPtr(v.Args[0]), k.slotPtr(e.packASlot(), f32t)
	aTasks := nb * mBlocks
	if aLocal {
		aTasks = 0
	}
	packTasks := nb*panels + aTasks
	k.loop(k.lo, k.hi, func(task value.Value) {
		isA := k.icmp(enum.IPredSLT, task, ci64(aTasks))
		aB, bB, join := k.f.NewBlock(""), k.f.NewBlock(""), k.f.NewBlock("")
		k.b.NewCondBr(isA, aB, bB)
		k.b = aB
		k.packABlock(p, A, PA, task, mBlocks)
		k.b.NewBr(join)
		k.b = bB
		bt := k.b.NewSub(task, ci64(aTasks))
		bi := k.b.NewSDiv(bt, ci64(panels))
		pi := k.b.NewSRem(bt, ci64(panels))
		_, ob, _ := k.batchOffsets(p, bi)
		pack := func() { k.packPanel(p, B, ob, k.b.NewMul(pi, ci64(nr)), P, k.b.NewMul(bt, ci64(kp))) }
		if _, isPre := k.prepackPtr(v); isPre != nil {
			k.ifElse(isPre, func() {}, pack) // B's packed copy serves instead
		} else {
			pack()
		}
		k.b.NewBr(join)
		k.b = join
	})
	k.finish(packTasks, kp, true)
	// 2: compute.
	k = e.newKernel()
	C := k.basePtr(v)
	P = k.slotPtr(e.packSlot(), f32t)
	PA = k.slotPtr(e.packASlot(), f32t)
	zmm := e.cg.zmm
	if zmm {
		k.useZMM()
	}
	if aLocal {
		A = k.gemmPtr(v.Args[0])
	}
	if pre, isPre := k.prepackPtr(v); pre != nil {
		// Read B's packed copy (same layout, nb == 1) when Run passes one.
		P = k.sel(isPre, pre, P)
	}
	k.loop(k.lo, k.hi, func(task value.Value) {
		b := k.b
		bi := b.NewSDiv(task, ci64(mBlocks*pGroups))
		r := b.NewSRem(task, ci64(mBlocks*pGroups))
		gi, mb := value.Value(b.NewSRem(r, ci64(pGroups))), value.Value(b.NewSDiv(r, ci64(pGroups)))
		if rowFast {
			gi, mb = b.NewSDiv(r, ci64(mBlocks)), b.NewSRem(r, ci64(mBlocks))
		}
		pLo := b.NewMul(gi, ci64(pg))
		pHi := k.minI(b.NewAdd(pLo, ci64(pg)), ci64(panels))
		bCol := func(pi value.Value) value.Value {
			return k.b.NewMul(k.b.NewAdd(k.b.NewMul(bi, ci64(panels)), pi), ci64(kp))
		}
		kr := fullK(p)
		if aLocal {
			tid := k.b.NewSExt(k.b.NewCall(e.declare("kiln_thread_index", i32)), i64)
			kr.aAt = k.b.NewMul(tid, ci64(gemmMB*int64(p.K)))
			k.packABlockAt(p, A, PA, k.b.NewAdd(k.b.NewMul(bi, ci64(mBlocks)), mb), mBlocks, kr.aAt)
		}
		mLo, mHi := k.gemmTile(p, kr, zmm, PA, P, C, bi, mb, mBlocks, pLo, pHi, panels, bCol, nil)
		k.epilogue(v, p, bi, mLo, mHi, k.b.NewMul(pLo, ci64(nr)), k.b.NewMul(pHi, ci64(nr)))
	})
	k.finish(nb*mBlocks*pGroups, gemmMB*pg*kp, true)
}

// gemmTile computes rows [mb*48, mb*48+48) (up to M) of batch bi against
// packed panels [pLo, pHi) of B, panel pi at P[bCol(pi) ...], from the
// packed A block, over the k steps of kr; it returns the row range.
func (k *kernel) gemmTile(p *gemmPlan, kr *kRange, zmm bool, PA, P, C, bi, mb value.Value, mBlocks int64, pLo, pHi value.Value, panels int64, bCol func(pi value.Value) value.Value, pf func(pi, kk value.Value)) (mLo, mHi value.Value) {
	nr := int64(gemmNR)
	ka := int64(p.K) * gemmMR // floats per micro-panel of A
	full := p.N % gemmNR
	b := k.b
	_, _, oc := k.batchOffsets(p, bi)
	mLo = b.NewMul(mb, ci64(gemmMB))
	mHi = k.minI(b.NewAdd(mLo, ci64(gemmMB)), ci64(int64(p.M)))
	nU := k.b.NewSDiv(k.b.NewAdd(k.b.NewSub(mHi, mLo), ci64(gemmMR-1)), ci64(gemmMR))
	var aBlock value.Value = k.b.NewMul(k.b.NewAdd(k.b.NewMul(bi, ci64(mBlocks)), mb), ci64(gemmMB*int64(p.K)))
	if kr.aAt != nil {
		aBlock = kr.aAt
	}
	aBlock = k.b.NewAdd(aBlock, k.b.NewMul(kr.k0, ci64(gemmMR)))
	single := value.Value(pLo)
	if zmm {
		// Pairs of full panels take 12x32 blocks (pairs of 6-row
		// micro-panels; an odd last one takes 6x16 blocks).
		pFull := panels
		if full != 0 {
			pFull--
		}
		var span value.Value = k.b.NewSub(k.minI(pHi, ci64(pFull)), pLo)
		span = k.sel(k.icmp(enum.IPredSLT, span, ci64(0)), ci64(0), span)
		single = k.b.NewAdd(pLo, k.b.NewMul(k.b.NewSDiv(span, ci64(2)), ci64(2)))
		nU2 := k.b.NewMul(k.b.NewSDiv(nU, ci64(2)), ci64(2))
		k.loopStep(pLo, single, 2, func(pi value.Value) {
			n0 := k.b.NewMul(pi, ci64(nr))
			bc := bCol(pi)
			first := value.Value(ci64(0))
			if pf != nil {
				// The first 12-row block also prefetches (see pf).
				has, yes, join := k.icmp(enum.IPredSGE, nU2, ci64(2)), k.f.NewBlock(""), k.f.NewBlock("")
				k.b.NewCondBr(has, yes, join)
				k.b = yes
				k.micro12x32pf(p, kr, PA, aBlock, P, bc, C, oc, mLo, n0, ci64(int64(p.M)), func(kk value.Value) { pf(pi, kk) })
				k.b.NewBr(join)
				k.b = join
				first = k.minI(ci64(2), nU2)
			}
			k.loopStep(first, nU2, 2, func(u value.Value) {
				m0 := k.b.NewAdd(mLo, k.b.NewMul(u, ci64(gemmMR)))
				ub := k.b.NewAdd(aBlock, k.b.NewMul(u, ci64(ka)))
				k.micro12x32(p, kr, PA, ub, P, bc, C, oc, m0, n0, ci64(int64(p.M)))
			})
			k.loop(nU2, nU, func(u value.Value) {
				m0 := k.b.NewAdd(mLo, k.b.NewMul(u, ci64(gemmMR)))
				ub := k.b.NewAdd(aBlock, k.b.NewMul(u, ci64(ka)))
				k.micro6x32(p, kr, PA, ub, P, bc, C, oc, m0, n0, ci64(int64(p.M)))
			})
		})
	}
	k.loop(single, pHi, func(pi value.Value) {
		n0 := k.b.NewMul(pi, ci64(nr))
		bc := bCol(pi)
		k.edgePanels(pi, panels, full, gemmNV, func(masks []value.Value) {
			k.loop(ci64(0), nU, func(u value.Value) {
				m0 := k.b.NewAdd(mLo, k.b.NewMul(u, ci64(gemmMR)))
				ub := k.b.NewAdd(aBlock, k.b.NewMul(u, ci64(ka)))
				k.microPacked(p, kr, PA, ub, P, bc, C, oc, m0, n0, masks, ci64(int64(p.M)))
			})
		})
	})
	return mLo, mHi
}

func (k *kernel) minI(a, b value.Value) value.Value {
	return k.sel(k.icmp(enum.IPredSLT, a, b), a, b)
}

// edgePanels runs body with nil masks for full panels and with lane masks
// for the last panel when N is not a multiple of the panel width.
func (k *kernel) edgePanels(pi value.Value, panels int64, full, nv int, body func(masks []value.Value)) {
	if full == 0 {
		body(make([]value.Value, nv))
		return
	}
	isLast := k.icmp(enum.IPredEQ, pi, ci64(panels-1))
	thenB, elseB, join := k.f.NewBlock(""), k.f.NewBlock(""), k.f.NewBlock("")
	k.b.NewCondBr(isLast, thenB, elseB)
	k.b = thenB
	masks := make([]value.Value, nv)
	for j := range masks {
		masks[j] = k.laneMask(ci64(int64(min(max(full-8*j, 0), 8))))
	}
	body(masks)
	k.b.NewBr(join)
	k.b = elseB
	if panels > 1 {
		body(make([]value.Value, nv))
	}
	k.b.NewBr(join)
	k.b = join
}

// streamPackBytes is the packed-B scratch of streamed GEMM v: a panel
// group of kc rows per thread; when v leads a group of sibling dots
// (planStreamGroups), the largest of theirs, since the group's tasks all
// pack into it.
func (e *emitter) streamPackBytes(v *ir.Value, p *gemmPlan) int {
	plans := []*gemmPlan{p}
	if g := e.streamGroups[v]; len(g) > 1 {
		plans = plans[:0]
		for _, s := range g {
			plans = append(plans, planGemm(s))
		}
	}
	threads := max(e.threads, 1)
	n := 0
	for _, q := range plans {
		panels := int64((q.N + gemmNR - 1) / gemmNR)
		kc := int64(kBlock(q.K))
		pg := streamGroup(panels, int64(q.K), kc, int64(threads))
		n = max(n, 4*threads*int(pg*kc)*gemmNR)
	}
	return n
}

// maxPackedB bounds the scratch of the blocked GEMM (all of B packed);
// larger B (an LM head) pack one panel per thread at a time instead.
const maxPackedB = 64 << 20

func (e *emitter) emitGemm(v *ir.Value, p *gemmPlan) {
	e.pack, e.packA = -1, -1 // sized below by the kernels that pack
	panels := (p.N + gemmNR - 1) / gemmNR
	// Streaming B needs only a pair of panels per thread, so it serves any
	// B (an LM head's 154 MB included); packing all of B is bounded.
	stream := p.pack && p.M >= gemmStreamMinRows && p.M <= gemmStreamRows
	if stream || (p.pack && p.M >= 2*gemmMB && 4*p.batch.NumElements()*panels*gemmNR*p.K <= maxPackedB) {
		if stream {
			e.pack = e.gemmScratch(false, e.streamPackBytes(v, p))
		} else {
			e.pack = e.gemmScratch(false, 4*p.batch.NumElements()*panels*gemmNR*p.K)
		}
		e.emitGemmBlocked(v, p)
		return
	}
	if p.pack {
		e.pack = e.gemmScratch(false, 4*e.threads*gemmNR*p.K)
	}
	if !p.pack && !p.nt && p.M <= 4 && p.N >= 64 && p.K >= 64 {
		e.emitGemvSplitK(v, p)
		return
	}
	if p.nt {
		e.emitGemmNT(v, p)
	} else {
		e.emitGemmNN(v, p)
	}
}

// emitGemmNN: tasks are (batch, 16-column panel); each runs 6-row blocks
// then single rows.
func (e *emitter) emitGemmNN(v *ir.Value, p *gemmPlan) {
	k := e.newKernel()
	A, B, C := k.gemmPtr(v.Args[0]), k.gemmPtr(v.Args[1]), k.basePtr(v)
	var P value.Value // packing scratch: one K x 16 panel per task
	if p.pack {
		P = k.slotPtr(e.packSlot(), f32t)
	}
	nr, mr := int64(p.nr()), int64(p.mr)
	panels := int64((p.N + int(nr) - 1) / int(nr))
	nb := int64(p.batch.NumElements())
	full := p.N % int(nr)
	k.loop(k.lo, k.hi, func(task value.Value) {
		bi := k.b.NewSDiv(task, ci64(panels))
		pi := k.b.NewSRem(task, ci64(panels))
		oa, ob, oc := k.batchOffsets(p, bi)
		n0 := k.b.NewMul(pi, ci64(nr))
		body := func(masks []value.Value) {
			src, bCol, bK, loadMasks := B, value.Value(k.b.NewAdd(ob, n0)), int64(p.sBk), masks
			if p.pack {
				src, bK, loadMasks = P, nr, make([]value.Value, p.nv)
				tid := k.b.NewSExt(k.b.NewCall(e.declare("kiln_thread_index", i32)), i64)
				bCol = k.b.NewMul(tid, ci64(int64(p.K)*nr))
				k.packPanel(p, B, ob, n0, P, bCol)
			}
			rows := func(mr int) func(m0 value.Value) {
				return func(m0 value.Value) {
					k.microNN(p, A, src, C, oa, bCol, oc, m0, n0, bK, mr, loadMasks, masks)
				}
			}
			mFull := int64(p.M) / mr * mr
			if mFull > 0 {
				k.loopStep(ci64(0), ci64(mFull), mr, rows(int(mr)))
			}
			if mFull < int64(p.M) {
				k.loop(ci64(mFull), ci64(int64(p.M)), rows(1))
			}
		}
		defer k.epilogue(v, p, bi, ci64(0), ci64(int64(p.M)), n0, k.b.NewAdd(n0, ci64(nr)))
		if full == 0 {
			body(make([]value.Value, p.nv))
			return
		}
		// The last panel is partial: masked loads and stores.
		isLast := k.icmp(enum.IPredEQ, pi, ci64(panels-1))
		thenB, elseB, join := k.f.NewBlock(""), k.f.NewBlock(""), k.f.NewBlock("")
		k.b.NewCondBr(isLast, thenB, elseB)
		k.b = thenB
		masks := make([]value.Value, p.nv)
		for j := range masks {
			rem := int64(full - 8*j)
			if rem > 8 {
				rem = 8
			}
			if rem < 0 {
				rem = 0
			}
			masks[j] = k.laneMask(ci64(rem))
		}
		body(masks)
		k.b.NewBr(join)
		k.b = elseB
		if panels > 1 {
			body(make([]value.Value, p.nv))
		}
		k.b.NewBr(join)
		k.b = join
	})
	k.finish(nb*panels, int64(p.M*p.K)*nr, true)
}

// loopStep is loop with a constant step.
func (k *kernel) loopStep(lo, hi value.Value, step int64, body func(i value.Value)) {
	k.accLoop(lo, hi, step, nil, func(i value.Value, _ []value.Value) []value.Value {
		body(i)
		return nil
	})
}

// microNN computes C[m0:m0+mr, n0:n0+16] with accumulators in registers
// (phis of the k loop).
func (k *kernel) microNN(p *gemmPlan, A, B, C, oa, bCol, oc, m0, n0 value.Value, bK int64, mr int, loadMasks, masks []value.Value) {
	b := k.b
	aRow := make([]value.Value, mr)
	for r := 0; r < mr; r++ {
		m := b.NewAdd(m0, ci64(int64(r)))
		aRow[r] = b.NewAdd(oa, b.NewMul(m, ci64(int64(p.sAm))))
	}
	k.microNNRows(p, A, aRow, int64(p.sAk), B, C, bCol, oc, m0, n0, bK, loadMasks, masks, nil)
}

// microNNRows is microNN with the addresses of A given per row (element
// aRow[r] + k*aK), and, with mLimit set, stores skipped for rows >= mLimit.
func (k *kernel) microNNRows(p *gemmPlan, A value.Value, aRow []value.Value, aK int64, B, C, bCol, oc, m0, n0 value.Value, bK int64, loadMasks, masks []value.Value, mLimit value.Value) {
	mr := len(aRow)
	accs := k.accLoop(ci64(0), ci64(int64(p.K)), 1, zeros(mr*p.nv, constant.NewZeroInitializer(v8f)), func(kk value.Value, accs []value.Value) []value.Value {
		bOff := k.b.NewAdd(bCol, k.b.NewMul(kk, ci64(bK)))
		bv := make([]value.Value, p.nv)
		for j := range bv {
			bv[j] = k.vload(B, k.b.NewAdd(bOff, ci64(int64(8*j))), loadMasks[j])
		}
		aKo := k.b.NewMul(kk, ci64(aK))
		next := make([]value.Value, len(accs))
		for r := 0; r < mr; r++ {
			av := k.splat8(k.ldf(A, k.b.NewAdd(aRow[r], aKo)))
			for j := 0; j < p.nv; j++ {
				next[r*p.nv+j] = k.fma8(av, bv[j], accs[r*p.nv+j])
			}
		}
		return next
	})
	k.storeRows(p, mr, oc, m0, n0, mLimit, func(r int, cOff value.Value) {
		for j := 0; j < p.nv; j++ {
			k.vstore(accs[r*p.nv+j], C, k.b.NewAdd(cOff, ci64(int64(8*j))), masks[j])
		}
	})
}
