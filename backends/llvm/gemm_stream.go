package llvm

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
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
	e.emitGemmStreamedGroup([]*ir.Value{v}, []*gemmPlan{p})
}

// emitGemmStreamedGroup is emitGemmStreamed for one or more dots of the
// same A (sibling dots: a layer's Q, K and V projections of one input,
// planStreamGroups) as one parallel job: A is packed once, on demand, for all
// of them, and the tasks of the dots follow one another (dot j's panel
// groups, then dot j+1's), the last dot's last groups split as one dot's
// would be. Each dot keeps its own B, C and epilogue; every element is
// computed as in a job of its own, so results are bit-identical to the
// dots run one by one.
func (e *emitter) emitGemmStreamedGroup(vs []*ir.Value, ps []*gemmPlan) {
	nr := int64(gemmNR)
	p0 := ps[0]
	nb := int64(p0.batch.NumElements())
	mBlocks := int64((p0.M + gemmMB - 1) / gemmMB)
	aBlocks := nb * mBlocks
	flagsAt := aBlocks * gemmMB * int64(p0.K) // the flags follow packed A
	e.packA = e.gemmScratch(true, 4*int(flagsAt+aBlocks))
	// 1: reset the pack flags.
	k := e.newKernel()
	flags := k.packFlags(k.slotPtr(e.packASlot(), f32t), flagsAt)
	k.loop(k.lo, k.hi, func(i value.Value) {
		k.b.NewStore(ci32(0), k.b.NewGetElementPtr(i32, flags, i))
	})
	k.finish(aBlocks, 1, false)
	// 2: pack A on demand and compute.
	k = e.newKernel()
	P := k.slotPtr(e.packSlot(), f32t)
	PA := k.slotPtr(e.packASlot(), f32t)
	A := k.gemmPtr(vs[0].Args[0])
	flags = k.packFlags(PA, flagsAt)
	zmm := e.cg.zmm
	if zmm {
		k.useZMM()
	}
	claim := e.declare("kiln_claim_once", i32, types.NewPointer(i32))
	done := e.declare("kiln_claim_done", types.Void, types.NewPointer(i32))
	threads := int64(max(e.threads, 1))
	// Task ranges: dot j's tasks are [first[j], first[j+1]).
	type dotTasks struct {
		panels, pg, pGroups, whole, parts, partBlocks, kc int64
	}
	var first []int64
	var dts []dotTasks
	total := int64(0)
	for j, p := range ps {
		panels := int64((p.N + gemmNR - 1) / gemmNR)
		kc := int64(kBlock(p.K))
		pg := streamGroup(panels, int64(p.K), kc, threads)
		pGroups := (panels + pg - 1) / pg
		groups := nb * pGroups
		tail, parts := int64(0), int64(1)
		if j == len(ps)-1 {
			tail, parts = streamTail(groups, mBlocks, threads)
		}
		d := dotTasks{panels: panels, pg: pg, pGroups: pGroups, whole: groups - tail, parts: parts,
			partBlocks: (mBlocks + parts - 1) / parts, kc: kc}
		first = append(first, total)
		dts = append(dts, d)
		total += d.whole + tail*parts
	}
	k.loop(k.lo, k.hi, func(task value.Value) {
		var body func(j int)
		body = func(j int) {
			if j < len(ps)-1 {
				k.ifElse(k.icmp(enum.IPredSLT, task, ci64(first[j+1])), func() {
					e.streamTask(k, vs[j], ps[j], task, first[j], dts[j].panels, dts[j].pg, dts[j].pGroups, dts[j].whole, dts[j].parts, dts[j].partBlocks, dts[j].kc, mBlocks, threads, zmm, A, P, PA, flags, claim, done)
				}, func() { body(j + 1) })
				return
			}
			e.streamTask(k, vs[j], ps[j], task, first[j], dts[j].panels, dts[j].pg, dts[j].pGroups, dts[j].whole, dts[j].parts, dts[j].partBlocks, dts[j].kc, mBlocks, threads, zmm, A, P, PA, flags, claim, done)
		}
		body(0)
	})
	last := dts[len(dts)-1]
	k.finish(total, int64(p0.M)*last.pg*int64(p0.K)*nr/last.parts, true)
}

// streamTask emits the body of one task of a streamed GEMM v (its tasks
// numbered from first on): a panel group down all the row blocks, or
// down one range of them for the split tail groups.
func (e *emitter) streamTask(k *kernel, v *ir.Value, p *gemmPlan, task value.Value, first, panels, pg, pGroups, whole, parts, partBlocks, kc, mBlocks, threads int64, zmm bool, A, P, PA, flags value.Value, claim, done value.Value) {
	nr := int64(gemmNR)
	b := k.b
	task = b.NewSub(task, ci64(first))
	C := k.basePtr(v)
	B := k.gemmPtr(v.Args[1])
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
	pre, isPre := k.prepackPtr(v)
	k.streamKBlocks(p, zmm, B, ob, PA, P, C, bi, scratch, pLo, pHi, mBlocks, panels, kc, mbLo, mbN, start, prepA, pre, isPre)
	mHi := k.minI(k.b.NewMul(mbHi, ci64(gemmMB)), ci64(int64(p.M)))
	k.epilogue(v, p, bi, k.b.NewMul(mbLo, ci64(gemmMB)), mHi, k.b.NewMul(pLo, ci64(nr)), k.b.NewMul(pHi, ci64(nr)))
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

// streamable returns the plan of dot v when emitGemm streams it with K
// in one block and no batch: what a group of sibling dots may hold.
func (e *emitter) streamable(v *ir.Value) *gemmPlan {
	if v.Op != ir.OpDotGeneral || e.cg.naiveDot {
		return nil
	}
	p := planGemm(v)
	if p == nil || !p.pack || p.M < gemmStreamMinRows || p.M > gemmStreamRows || kBlock(p.K) != p.K || p.batch.NumElements() != 1 {
		return nil
	}
	return p
}

// planStreamGroups finds sibling dots among the kernels of the function,
// in the order they are emitted (order): runs of consecutive streamed
// GEMMs with the same A (the same value, read alike) — a layer's Q, K and
// V projections of one normalized input. Each run of two or more becomes
// one job (emitGemmStreamedGroup) emitted at its first dot; the others
// are skipped. Their buffers are then written at the first dot's
// position, so their workspace slots' lives are extended back to it
// (before Layout), and no value alive in between shares their memory.
// Since nothing else runs between the dots, every input of a later dot
// and of its epilogue is ready at the first, unless it reads an earlier
// sibling's product (readsSiblings: then the group ends before it).
func (e *emitter) planStreamGroups(order []*ir.Value, pos map[*ir.Value]int, bp *passes.BufferPlan) {
	e.streamGroups = map[*ir.Value][]*ir.Value{}
	e.grouped = map[*ir.Value]bool{}
	if !e.cg.gemmGroups {
		return
	}
	same := func(a, b *gemmPlan, va, vb *ir.Value) bool {
		return va.Args[0] == vb.Args[0] && a.M == b.M && a.K == b.K && a.sAm == b.sAm && a.sAk == b.sAk
	}
	for i := 0; i < len(order); {
		p0 := e.streamable(order[i])
		j := i + 1
		for p0 != nil && j < len(order) {
			p := e.streamable(order[j])
			if p == nil || !same(p0, p, order[i], order[j]) || e.readsSiblings(order[j], order[i:j], pos) {
				break
			}
			j++
		}
		if j-i >= 2 {
			g := order[i:j:j]
			e.streamGroups[g[0]] = g
			for _, v := range g[1:] {
				e.grouped[v] = true
				for _, x := range []*ir.Value{v, e.epi[v]} {
					if x == nil {
						continue
					}
					pl := bp.Place(x)
					for pl.Home == passes.HomeView && pl.Of != nil {
						pl = bp.Place(pl.Of)
					}
					if pl.Home == passes.HomeWorkspace {
						s := &bp.Slots[pl.Index]
						s.Def = min(s.Def, pos[g[0]])
					}
				}
			}
		}
		i = max(j, i+1)
	}
}

// readsSiblings reports whether dot v's B or its epilogue reads, directly
// or through values computed on the way (views, inline elementwise ops),
// the product or epilogue exit of one of the earlier dots sibs: those are
// written by the same job, concurrently, when v joins their group.
func (e *emitter) readsSiblings(v *ir.Value, sibs []*ir.Value, pos map[*ir.Value]int) bool {
	earlier := map[*ir.Value]bool{}
	for _, s := range sibs {
		earlier[s] = true
		if w := e.epi[s]; w != nil {
			earlier[w] = true
		}
	}
	from := pos[sibs[0]]
	seen := map[*ir.Value]bool{v: true}
	var reads func(x *ir.Value) bool
	reads = func(x *ir.Value) bool {
		if x == nil || seen[x] {
			return false
		}
		seen[x] = true
		if earlier[x] {
			return true
		}
		if pos[x] < from {
			return false // computed before the group
		}
		for _, a := range x.Args {
			if reads(a) {
				return true
			}
		}
		return false
	}
	return reads(v.Args[1]) || reads(e.epi[v])
}
