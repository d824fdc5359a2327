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
	claim := e.declare("kiln_claim_once", i32, types.NewPointer(i32))
	done := e.declare("kiln_claim_done", types.Void, types.NewPointer(i32))
	threads := int64(max(e.threads, 1))
	k.loop(k.lo, k.hi, func(task value.Value) {
		b := k.b
		bi := b.NewSDiv(task, ci64(pGroups))
		gi := b.NewSRem(task, ci64(pGroups))
		_, ob, _ := k.batchOffsets(p, bi)
		pLo := b.NewMul(gi, ci64(pg))
		pHi := k.minI(b.NewAdd(pLo, ci64(pg)), ci64(panels))
		tid := k.b.NewSExt(k.b.NewCall(e.declare("kiln_thread_index", i32)), i64)
		scratch := k.b.NewMul(tid, ci64(pg*kc*nr))
		start := k.b.NewSRem(k.b.NewSDiv(k.b.NewMul(tid, ci64(mBlocks)), ci64(threads)), ci64(mBlocks))
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
		k.streamKBlocks(p, zmm, B, ob, PA, P, C, bi, scratch, pLo, pHi, mBlocks, panels, kc, start, prepA)
		k.epilogue(v, p, bi, ci64(0), ci64(int64(p.M)), k.b.NewMul(pLo, ci64(nr)), k.b.NewMul(pHi, ci64(nr)))
	})
	k.finish(nb*pGroups, int64(p.M)*pg*kp, true)
}

// packFlags is the i32 array of the streamed GEMM's pack flags, at float
// index at of the packed-A scratch PA.
func (k *kernel) packFlags(PA value.Value, at int64) value.Value {
	return k.b.NewBitCast(k.b.NewGetElementPtr(f32t, PA, ci64(at)), types.NewPointer(i32))
}
