package llvm

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// emitGemmStreamed is the blocked GEMM for gemmStreamMinRows to
// gemmStreamRows rows (a prefill, an encoder: ViT-B/16 at 197 tokens,
// BERT at 128): each task packs one group of B panels (a pair, unless K is
// blocked) into its thread's scratch, where it stays in L2, and runs it
// down all the rows — B is read once from memory and never written back.
// A long K is cut into blocks (streamKBlocks), so that the packed panels
// stay in L2 whatever K.
//
// With a packed copy of B (a weight parameter, gemm_prepack.go) the tasks
// read its panels in place and pack nothing but A.
//
// The whole GEMM is one parallel job: each 48-row block of A is packed
// (into the shared packed-A scratch) by the first task that needs it,
// which claims it through a per-block flag (kiln_claim_once); a task
// finding the block being packed by another thread waits for it. A
// thread's first task starts at a row block of its own (thread t of T at
// block t*mBlocks/T, wrapping around), so that the threads pack different
// blocks at the start instead of waiting on one another. A separate pack
// job cost a second pool barrier and left a thread idle on its last,
// whole 48-row pack task. The flags are reset by a sequential kernel (a
// store per block) before the job.
//
// The last streamTail(...) panel groups are split into
// gemmTailParts tasks of consecutive row blocks each (each packs the
// group's B panels for itself), so that the pool's last claims — single
// tasks under its guided schedule — are a fraction of a group's work
// (46 us for a pair of panels at K = 768, 190 us at K = 3072, 197 rows)
// and the threads finish closer together.
//
// Every element of C is computed by the same micro kernel, with the same
// chain of fused multiply-adds, whichever thread packs which block and in
// whatever order a task visits the row blocks: results do not depend on
// the thread count.
func (e *emitter) emitGemmStreamed(v *ir.Value, p *gemmPlan) {
	nr := int64(gemmNR)
	panels := int64((p.N + gemmNR - 1) / gemmNR)
	nb := int64(p.batch.NumElements())
	kp := int64(p.K) * nr
	mBlocks := int64((p.M + gemmMB - 1) / gemmMB)
	aBlocks := nb * mBlocks
	flagsAt := aBlocks * gemmMB * int64(p.K) // the flags follow packed A
	e.packABytes = max(e.packABytes, 4*int(flagsAt+aBlocks))
	// 1: reset the pack flags.
	k := e.newKernel()
	flags := k.packFlags(k.slotPtr(e.packA, f32t), flagsAt)
	k.loop(k.lo, k.hi, func(i value.Value) {
		k.b.NewStore(ci32(0), k.b.NewGetElementPtr(i32, flags, i))
	})
	k.finish(aBlocks, 1, false)
	// 2: pack A on demand and compute.
	k = e.newKernel()
	C := k.basePtr(v)
	P := k.slotPtr(e.packSlot(), f32t)
	PA := k.slotPtr(e.packA, f32t)
	A, B := k.gemmPtr(v.Args[0]), k.gemmPtr(v.Args[1])
	flags = k.packFlags(PA, flagsAt)
	zmm := e.cg.zmm
	if zmm {
		k.useZMM()
	}
	kc := int64(kBlock(p.K))
	pg := streamGroup(panels, int64(p.K), kc, int64(e.threads))
	pGroups := (panels + pg - 1) / pg
	groups := nb * pGroups
	tail, parts := streamTail(groups, mBlocks, int64(e.threads))
	whole := groups - tail // tasks [0, whole) are whole groups
	partBlocks := (mBlocks + parts - 1) / parts
	claim := e.declare("kiln_claim_once", i32, types.NewPointer(i32))
	done := e.declare("kiln_claim_done", types.Void, types.NewPointer(i32))
	threads := int64(max(e.threads, 1))
	k.loop(k.lo, k.hi, func(task value.Value) {
		b := k.b
		isWhole := k.icmp(enum.IPredSLT, task, ci64(whole))
		u := b.NewSub(task, ci64(whole))
		group := k.sel(isWhole, task, b.NewAdd(ci64(whole), b.NewSDiv(u, ci64(parts))))
		mbLo := k.sel(isWhole, ci64(0), b.NewMul(b.NewSRem(u, ci64(parts)), ci64(partBlocks)))
		mbHi := k.sel(isWhole, ci64(mBlocks), k.minI(b.NewAdd(mbLo, ci64(partBlocks)), ci64(mBlocks)))
		mbN := b.NewSub(mbHi, mbLo)
		bi := b.NewSDiv(group, ci64(pGroups))
		gi := b.NewSRem(group, ci64(pGroups))
		_, ob, _ := k.batchOffsets(p, bi)
		pLo := b.NewMul(gi, ci64(pg))
		pHi := k.minI(b.NewAdd(pLo, ci64(pg)), ci64(panels))
		tid := k.b.NewSExt(k.b.NewCall(e.declare("kiln_thread_index", i32)), i64)
		scratch := k.b.NewMul(tid, ci64(pg*kc*nr))
		start := k.b.NewSRem(k.b.NewSDiv(k.b.NewMul(tid, mbN), ci64(threads)), mbN)
		prepA := func(mb value.Value) {
			blk := k.b.NewAdd(k.b.NewMul(bi, ci64(mBlocks)), mb)
			fp := k.b.NewGetElementPtr(i32, flags, blk)
			mine := k.icmp(enum.IPredNE, k.b.NewCall(claim, fp), ci32(0))
			pack, join := k.f.NewBlock(""), k.f.NewBlock("")
			k.b.NewCondBr(mine, pack, join)
			k.b = pack
			k.packABlock(p, A, PA, blk, mBlocks)
			k.b.NewCall(done, fp)
			k.b.NewBr(join)
			k.b = join
		}
		run := func(pre value.Value) {
			k.streamKBlocks(p, zmm, B, ob, PA, P, C, bi, scratch, pLo, pHi, mBlocks, panels, kc, mbLo, mbN, start, prepA, pre)
		}
		if pre, isPre := k.prepackPtr(v); pre != nil {
			k.ifElse(isPre, func() { run(pre) }, func() { run(nil) })
		} else {
			run(nil)
		}
		mHi := k.minI(k.b.NewMul(mbHi, ci64(gemmMB)), ci64(int64(p.M)))
		k.epilogue(v, p, bi, k.b.NewMul(mbLo, ci64(gemmMB)), mHi, k.b.NewMul(pLo, ci64(nr)), k.b.NewMul(pHi, ci64(nr)))
	})
	k.finish(whole+tail*parts, int64(p.M)*pg*kp/parts, true)
}

// gemmTailParts is the number of row-block ranges each of the streamed
// GEMM's last panel groups is split into (a variable so that tests can
// split finer).
var gemmTailParts int64 = 2

// streamTail returns how many of the streamed GEMM's groups (the last
// ones) are split, and into how many parts: two groups per thread (the
// pool's last claims take single tasks from about 2 per thread
// remaining), in at most mBlocks parts; none with one thread.
func streamTail(groups, mBlocks, threads int64) (tail, parts int64) {
	parts = min(gemmTailParts, mBlocks)
	if threads < 2 || parts < 2 {
		return 0, 1
	}
	return min(groups, 2*threads), parts
}

// packFlags is the i32 array of the streamed GEMM's pack flags, at float
// index at of the packed-A scratch PA.
func (k *kernel) packFlags(PA value.Value, at int64) value.Value {
	return k.b.NewBitCast(k.b.NewGetElementPtr(f32t, PA, ci64(at)), types.NewPointer(i32))
}
