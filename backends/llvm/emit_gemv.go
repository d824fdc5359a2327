package llvm

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
)

// GEMV-shaped products (few rows of A): the nt dot-product kernel and the
// split-k kernel for row-major B. See emit_gemm.go for the plans.

// emitGemmNT: tasks are (batch, row m, group of cols columns). Each
// column is a dot product over k of a row of A and a row of B (contiguous
// in k), accumulated in unroll independent 8-lane partial sums (k-steps
// round robin), which are added in a fixed order and reduced horizontally:
// the same instruction sequence for every element, whatever the split.
func (e *emitter) emitGemmNT(v *ir.Value, p *gemmPlan) {
	const cols, unroll = gemvNTCols, gemvNTUnroll
	k := e.newKernel()
	A, B, C := k.gemmPtr(v.Args[0]), k.gemmPtr(v.Args[1]), k.basePtr(v)
	groups := int64((p.N + cols - 1) / cols)
	nb := int64(p.batch.NumElements())
	step := int64(8 * unroll)
	kv := int64(p.K) / step * step // the unrolled loop's k range
	k8 := int64(p.K / 8 * 8)
	red := e.declare("llvm.vector.reduce.fadd.v8f32", f32t, f32t, v8f)
	k.loop(k.lo, k.hi, func(task value.Value) {
		b := k.b
		g := b.NewSRem(task, ci64(groups))
		rest := b.NewSDiv(task, ci64(groups))
		m := b.NewSRem(rest, ci64(int64(p.M)))
		bi := b.NewSDiv(rest, ci64(int64(p.M)))
		oa, ob, oc := k.batchOffsets(p, bi)
		aRow := k.b.NewAdd(oa, k.b.NewMul(m, ci64(int64(p.sAm))))
		n0 := k.b.NewMul(g, ci64(int64(cols)))
		// Columns past N are clamped to N-1 (computed, not stored).
		bRows := make([]value.Value, cols)
		for c := 0; c < cols; c++ {
			var n value.Value = k.b.NewAdd(n0, ci64(int64(c)))
			n = k.sel(k.icmp(enum.IPredSLT, n, ci64(int64(p.N))), n, ci64(int64(p.N-1)))
			bRows[c] = k.b.NewAdd(ob, k.b.NewMul(n, ci64(int64(p.sBn))))
		}
		// run takes k from lo to hi in steps of 8*u over the first u
		// partial sums of each column.
		accs := make([][]value.Value, cols)
		for c := range accs {
			accs[c] = make([]value.Value, unroll)
			for j := range accs[c] {
				accs[c][j] = constant.NewZeroInitializer(v8f)
			}
		}
		run := func(lo, hi int64, u int) {
			if hi <= lo {
				return
			}
			init := make([]value.Value, 0, cols*u)
			for c := range accs {
				init = append(init, accs[c][:u]...)
			}
			out := k.accLoop(ci64(lo), ci64(hi), int64(8*u), init, func(kk value.Value, cur []value.Value) []value.Value {
				next := make([]value.Value, len(cur))
				for j := 0; j < u; j++ {
					off := k.b.NewAdd(kk, ci64(int64(8*j)))
					av := k.vload(A, k.b.NewAdd(aRow, off), nil)
					for c := 0; c < cols; c++ {
						bv := k.vload(B, k.b.NewAdd(bRows[c], off), nil)
						next[c*u+j] = k.fma8(av, bv, cur[c*u+j])
					}
				}
				return next
			})
			for c := range accs {
				copy(accs[c][:u], out[c*u:(c+1)*u])
			}
		}
		run(0, kv, unroll)
		run(kv, k8, 1)
		sums := make([]value.Value, cols)
		for c := range sums {
			acc := accs[c][0]
			if k8 < int64(p.K) {
				mask := k.laneMask(ci64(int64(p.K) - k8))
				ta := k.vload(A, k.b.NewAdd(aRow, ci64(k8)), mask)
				tb := k.vload(B, k.b.NewAdd(bRows[c], ci64(k8)), mask)
				acc = k.fma8(ta, tb, acc)
			}
			for j := 1; j < unroll; j++ {
				acc = k.b.NewFAdd(acc, accs[c][j])
			}
			sums[c] = k.b.NewCall(red, cfloat(f32t, 0), acc)
		}
		cRow := k.b.NewAdd(oc, k.b.NewMul(m, ci64(int64(p.N))))
		for c := 0; c < cols; c++ {
			n := k.b.NewAdd(n0, ci64(int64(c)))
			if (p.N%cols) == 0 || c == 0 {
				k.b.NewStore(sums[c], k.b.NewGetElementPtr(f32t, C, k.b.NewAdd(cRow, n)))
				continue
			}
			in := k.icmp(enum.IPredSLT, n, ci64(int64(p.N)))
			st, done := k.f.NewBlock(""), k.f.NewBlock("")
			k.b.NewCondBr(in, st, done)
			k.b = st
			k.b.NewStore(sums[c], k.b.NewGetElementPtr(f32t, C, k.b.NewAdd(cRow, n)))
			k.b.NewBr(done)
			k.b = done
		}
		k.epilogue(v, p, bi, m, k.b.NewAdd(m, ci64(1)), n0, k.b.NewAdd(n0, ci64(int64(cols))))
	})
	k.finish(nb*int64(p.M)*groups, int64(cols*p.K), true)
}

// gemvNTCols and gemvNTUnroll are the nt kernel's columns per task and
// partial sums per column: one column at a time with four partial sums reads B strictly in
// order (rows of B are contiguous and consecutive), which the hardware
// prefetchers follow best. GPT-2's 50257x768 LM head, three alternating
// runs: 33-38 GB/s, against 30-31 for 4 columns x 1, 2x2, 2x4 and 4x2 (the
// streaming-read probe read 31-34 GB/s in the same runs).
const gemvNTCols, gemvNTUnroll = 1, 4

// gemvChunks is the number of k chunks of the split-k GEMV.
const gemvChunks = 16

// emitGemvSplitK computes few-row products with row-major B (decode) as
// fixed k chunks: each task streams one contiguous block of rows of B
// (kc x N) once, accumulating partial rows for every row of A in a
// workspace; a second kernel sums the chunks in chunk order. The split is
// fixed at compile time, so results do not depend on the thread count.
func (e *emitter) emitGemvSplitK(v *ir.Value, p *gemmPlan) {
	nb := int64(p.batch.NumElements())
	kc := int64((p.K + gemvChunks - 1) / gemvChunks)
	chunks := (int64(p.K) + kc - 1) / kc
	M, N := int64(p.M), int64(p.N)
	part := e.newWS(int(4 * nb * chunks * M * N))
	k := e.newKernel()
	A, B := k.gemmPtr(v.Args[0]), k.gemmPtr(v.Args[1])
	P := k.slotPtr(part, f32t)
	fma := e.declare("llvm.fmuladd.f32", f32t, f32t, f32t, f32t)
	k.loop(k.lo, k.hi, func(task value.Value) {
		bi := k.b.NewSDiv(task, ci64(chunks))
		c := k.b.NewSRem(task, ci64(chunks))
		oa, ob, _ := k.batchOffsets(p, bi)
		k0 := k.b.NewMul(c, ci64(kc))
		k1 := k.minI(k.b.NewAdd(k0, ci64(kc)), ci64(int64(p.K)))
		pBase := k.b.NewMul(task, ci64(M*N))
		k.loop(ci64(0), ci64(M*N), func(i value.Value) {
			k.b.NewStore(cfloat(f32t, 0), k.b.NewGetElementPtr(f32t, P, k.b.NewAdd(pBase, i)))
		})
		k.loop(k0, k1, func(kk value.Value) {
			bRow := k.b.NewAdd(ob, k.b.NewMul(kk, ci64(int64(p.sBk))))
			for m := int64(0); m < M; m++ {
				a := k.ldf(A, k.b.NewAdd(oa, k.b.NewAdd(ci64(m*int64(p.sAm)), k.b.NewMul(kk, ci64(int64(p.sAk))))))
				pRow := k.b.NewAdd(pBase, ci64(m*N))
				k.loop(ci64(0), ci64(N), func(n value.Value) {
					pp := k.b.NewGetElementPtr(f32t, P, k.b.NewAdd(pRow, n))
					x := k.ldf(B, k.b.NewAdd(bRow, n))
					k.b.NewStore(k.b.NewCall(fma, a, x, k.b.NewLoad(f32t, pp)), pp)
				})
			}
		})
	})
	k.finish(nb*chunks, M*N*kc, true)
	// Sum the chunks in order.
	k = e.newKernel()
	P = k.slotPtr(part, f32t)
	C := k.basePtr(v)
	k.loop(k.lo, k.hi, func(row value.Value) { // row = batch*M + m
		bi := k.b.NewSDiv(row, ci64(M))
		m := k.b.NewSRem(row, ci64(M))
		base := k.b.NewAdd(k.b.NewMul(k.b.NewMul(bi, ci64(chunks)), ci64(M*N)), k.b.NewMul(m, ci64(N)))
		cRow := k.b.NewMul(row, ci64(N))
		k.loop(ci64(0), ci64(N), func(n value.Value) {
			var s value.Value = k.b.NewLoad(f32t, k.b.NewGetElementPtr(f32t, P, k.b.NewAdd(base, n)))
			for c := int64(1); c < chunks; c++ {
				off := k.b.NewAdd(base, k.b.NewAdd(ci64(c*M*N), n))
				s = k.b.NewFAdd(s, k.b.NewLoad(f32t, k.b.NewGetElementPtr(f32t, P, off)))
			}
			k.b.NewStore(s, k.b.NewGetElementPtr(f32t, C, k.b.NewAdd(cRow, n)))
		})
		k.epilogue(v, p, bi, m, k.b.NewAdd(m, ci64(1)), ci64(0), ci64(N))
	})
	k.finish(nb*M, N*chunks, true)
}
