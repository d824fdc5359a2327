package llvm

import (
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// Blocking along K of the streamed GEMM. A long K (an LM head's input
// gradient: dlogits (R x V) . W (V x C), K = V = 50257) makes a pair of
// packed B panels 6.4 MB and each 12-row block's A micro-panels 2.4 MB:
// neither stays in L2, and every micro kernel call reads both from
// memory. With K cut into blocks of at most gemmKC steps, a task packs
// one block of its panel pair (64 KiB at 512) and runs it down all the
// rows before the next block; the micro kernels of later blocks start
// from the sums stored in C. A float32 sum stored and loaded back is the
// same value, so every element of C is still one chain of fused
// multiply-adds in k order: results are bit-identical to the unblocked
// kernels and independent of the thread count.

// gemmKC bounds a K block; K up to gemmKMax is one block (the layer
// matmuls, K <= 3072, keep their unblocked kernels). Variables so that
// tests can block small matrices.
var (
	gemmKC   = 256
	gemmKMax = 4096
)

// kBlock returns the K block length of the streamed GEMM for K: K itself
// up to gemmKMax, otherwise K split into equal blocks of at most gemmKC
// steps (rounded up to a multiple of 16).
func kBlock(K int) int {
	if K <= gemmKMax {
		return K
	}
	n := (K + gemmKC - 1) / gemmKC
	return ((K+n-1)/n + 15) / 16 * 16
}

// gemmKPG bounds the panels of a streamed GEMM task when K is blocked.
const gemmKPG = 8

// streamGroup returns the panels per task of the streamed GEMM: a pair
// when K is one block; with K blocks, an even number up to gemmKPG that
// leaves at least two tasks per thread: each task reads all of packed A
// once per block, so fewer, wider tasks read A fewer times.
func streamGroup(panels, K, kc, threads int64) int64 {
	if kc >= K {
		return 2
	}
	pg := (panels + 2*threads - 1) / (2 * threads)
	return min(max((pg+1)/2*2, 2), gemmKPG)
}

// kRange is the part of K one call of a packed micro kernel runs: n k
// steps from step k0 (A's micro-panels are read from their step k0; B's
// packed panels hold just these steps, kp floats apart). With acc set
// (an i1), the accumulators start from C's current values (an earlier
// block's sums) instead of zeros.
type kRange struct {
	k0, n value.Value
	kp    int64
	acc   value.Value
	// aAt, when set, is where the row block's packed A starts in PA
	// (packed by its task into the thread's scratch); otherwise its
	// place in the pack kernel's copy of all of A.
	aAt value.Value
}

// fullK is the kRange of all of p's K with B panels packed whole.
func fullK(p *gemmPlan) *kRange {
	return &kRange{k0: ci64(0), n: ci64(int64(p.K)), kp: int64(p.K) * gemmNR}
}

// initAccs returns the initial accumulators of a rows x nv register block
// of vectors of type vt at C's (m0, n0): zeros, or with kr.acc the values
// stored in C (rows at or past mLimit read the last row instead, whose
// sums are never stored; lanes outside masks read 0).
func (k *kernel) initAccs(p *gemmPlan, kr *kRange, rows, nv int, vt *types.VectorType, C, oc, m0, n0, mLimit value.Value, masks []value.Value) []value.Value {
	zero := constant.NewZeroInitializer(vt)
	if kr.acc == nil {
		return zeros(rows*nv, zero)
	}
	width := int64(vt.Len)
	out := make([]value.Value, rows*nv)
	for r := 0; r < rows; r++ {
		m := k.minI(k.b.NewAdd(m0, ci64(int64(r))), k.b.NewSub(mLimit, ci64(1)))
		off := k.b.NewAdd(k.b.NewAdd(oc, k.b.NewMul(m, ci64(int64(p.N)))), n0)
		for j := 0; j < nv; j++ {
			at := k.b.NewAdd(off, ci64(width*int64(j)))
			var x value.Value
			if width == 8 {
				x = k.vload(C, at, masks[j])
			} else {
				ld := k.b.NewLoad(vt, k.b.NewBitCast(k.b.NewGetElementPtr(f32t, C, at), types.NewPointer(vt)))
				ld.Align = 4
				x = ld
			}
			out[r*nv+j] = k.b.NewSelect(kr.acc, x, zero)
		}
	}
	return out
}

// streamKBlocks emits the body of a streamed GEMM task (batch bi, panels
// [pLo, pHi) packed into this thread's scratch from element scratch on)
// with K in blocks of kc: per block, pack the panels' k steps, then run
// them down all mBlocks row blocks. While the first 12-row block of a
// row block and panel pair computes, the pair's next block (after the
// last block, the next task's pair at the same place) is prefetched.
//
// It runs the mbN row blocks from mbLo on, visited from the start-th on,
// wrapping around; before each, prepA(mb) makes sure that its packed A is
// ready.
//
// With pre set (a packed copy's slot; K in one block), where isPre holds
// B's panels are read from the packed copy at pre (panel pi at pi*K*16)
// instead of being packed into the scratch, and the prefetches follow
// that layout: the same code, on selected bases, so the kernel does not
// carry two copies of the micro kernels.
func (k *kernel) streamKBlocks(p *gemmPlan, zmm bool, B, ob, PA, P, C, bi, scratch, pLo, pHi value.Value, mBlocks, panels int64, kc int64, mbLo, mbN, start value.Value, prepA func(mb value.Value), pre, isPre value.Value) {
	nr := int64(gemmNR)
	kcp := kc * nr
	nKB := (int64(p.K) + kc - 1) / kc
	pfB := k.prefetcherB(p, B, ob)
	if nKB > 1 && p.sBn != 1 {
		pfB = nil // the k steps of a block of N x K weights are not one run
	}
	var pfP func(pi, kk value.Value) []value.Value
	Pb := P
	if pre != nil {
		if nKB != 1 {
			panic("llvm: prepacked B with K blocks")
		}
		Pb = k.sel(isPre, pre, P)
		pfP = k.prefetcherPacked(pre, pLo, pHi, panels, kcp)
	}
	// Panel pi's first float in Pb: scratch + (pi-pLo)*kcp, or pi*kcp in
	// the packed copy.
	var colBase value.Value = k.b.NewSub(scratch, k.b.NewMul(pLo, ci64(kcp)))
	if pre != nil {
		colBase = k.sel(isPre, ci64(0), colBase)
	}
	k.loop(ci64(0), ci64(nKB), func(kb value.Value) {
		k0 := k.b.NewMul(kb, ci64(kc))
		k1 := k.minI(k.b.NewAdd(k0, ci64(kc)), ci64(int64(p.K)))
		kr := &kRange{k0: k0, n: k.b.NewSub(k1, k0), kp: kcp}
		if nKB > 1 {
			kr.acc = k.icmp(enum.IPredSGT, kb, ci64(0))
		}
		pack := func() {
			k.loop(pLo, pHi, func(pi value.Value) {
				at := k.b.NewAdd(scratch, k.b.NewMul(k.b.NewSub(pi, pLo), ci64(kcp)))
				k.packPanelK(p, B, ob, k.b.NewMul(pi, ci64(nr)), P, at, k0, k1)
			})
		}
		if pre != nil {
			k.ifElse(isPre, func() {}, pack)
		} else {
			pack()
		}
		bCol := func(pi value.Value) value.Value {
			return k.b.NewAdd(colBase, k.b.NewMul(pi, ci64(kcp)))
		}
		var pf func(pi, kk value.Value)
		if pfB != nil {
			last := k.icmp(enum.IPredEQ, kb, ci64(nKB-1))
			kNext := k.sel(last, ci64(0), k1)
			pf = func(pi, kk value.Value) {
				// The same panels' next block, or after the last
				// block the next group's first.
				next := k.minI(k.b.NewAdd(pHi, k.b.NewSub(pi, pLo)), ci64(max(panels-2, 0)))
				nAt := k.b.NewMul(k.sel(last, next, pi), ci64(nr))
				ptrs := pfB(k.b.NewAdd(kNext, kk), nAt)
				if pfP != nil {
					for i, q := range pfP(pi, kk) {
						ptrs[i] = k.b.NewSelect(isPre, q, ptrs[i])
					}
				}
				k.prefetchL2(ptrs)
			}
		}
		k.loop(ci64(0), mbN, func(j value.Value) {
			mb := k.b.NewAdd(mbLo, k.b.NewSRem(k.b.NewAdd(j, start), mbN))
			prepA(mb)
			k.gemmTile(p, kr, zmm, PA, Pb, C, bi, mb, mBlocks, pLo, pHi, panels, bCol, pf)
		})
	})
}

// prefetchL2 prefetches the cache lines at ptrs (i8*) into L2.
func (k *kernel) prefetchL2(ptrs []value.Value) {
	pfn := k.e.declare("llvm.prefetch.p0i8", types.Void, i8p, i32, i32, i32)
	for _, ptr := range ptrs {
		k.b.NewCall(pfn, ptr, ci32(0), ci32(2), ci32(1))
	}
}

// prefetcherB returns a function that gives the two cache lines of B to
// prefetch into L2 (as i8 pointers): for row-major B the 32 floats of row
// k from column n, for N x K weights 32 floats of the run of the 32 rows
// from row n on, k steps of 32 floats into it. Nil when disabled or when
// B is not float32 with one of those layouts. Offsets past B's last
// element give it.
func (k *kernel) prefetcherB(p *gemmPlan, B, ob value.Value) func(kk, n value.Value) []value.Value {
	if _, half := k.half[B]; half || !k.e.cg.prefetch || !(p.sBk == 1 && p.sBn == p.K || p.sBn == 1) {
		return nil
	}
	limit := int64(p.N-1)*int64(p.sBn) + int64(p.K-1)*int64(p.sBk) // last element of B
	return func(kk, n value.Value) []value.Value {
		var off value.Value
		if p.sBn == 1 {
			off = k.b.NewAdd(k.b.NewMul(kk, ci64(int64(p.sBk))), n)
		} else {
			off = k.b.NewAdd(k.b.NewMul(n, ci64(int64(p.K))), k.b.NewMul(kk, ci64(2*gemmNR)))
		}
		var ptrs []value.Value
		for _, d := range []int64{0, gemmNR} {
			at := k.minI(k.b.NewAdd(off, ci64(d)), ci64(limit))
			ptrs = append(ptrs, k.b.NewBitCast(k.b.NewGetElementPtr(f32t, B, k.b.NewAdd(ob, at)), i8p))
		}
		return ptrs
	}
}
