package llvm

import (
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// packABlock copies rows [mb*48, mb*48+48) of batch bi = task / mBlocks of
// A into 8 micro-panels of K x 6 floats (rows past M are zeros) at
// PA[task*48*K ...], in the order that reads each row of A contiguously.
// Where A is float32 with contiguous k, a micro-panel whose six rows all
// exist is transposed 8 k-steps at a time in vector registers (f16/bf16
// A is widened as it is loaded).
func (k *kernel) packABlock(p *gemmPlan, A, PA, task value.Value, mBlocks int64) {
	k.packABlockAt(p, A, PA, task, mBlocks, k.b.NewMul(task, ci64(gemmMB*int64(p.K))))
}

// packABlockAt is packABlock with the block's packed copy at PA[base...].
func (k *kernel) packABlockAt(p *gemmPlan, A, PA, task value.Value, mBlocks int64, base value.Value) {
	bi := k.b.NewSDiv(task, ci64(mBlocks))
	mb := k.b.NewSRem(task, ci64(mBlocks))
	oa, _, _ := k.batchOffsets(p, bi)
	if _, half := k.half[A]; !half && p.sAm == 1 && p.sAk != 1 {
		k.packAColumns(p, A, PA, oa, base, mb)
		return
	}
	if p.sAk != 1 || p.K < 8 {
		k.packARows(p, A, PA, oa, base, mb, ci64(0), ci64(gemmMB))
		return
	}
	k8 := int64(p.K) / 8 * 8
	k.loop(ci64(0), ci64(gemmMB/gemmMR), func(u value.Value) {
		rr0 := k.b.NewMul(u, ci64(gemmMR))
		m0 := k.b.NewAdd(k.b.NewMul(mb, ci64(gemmMB)), rr0)
		fullRows := k.icmp(enum.IPredSLE, k.b.NewAdd(m0, ci64(gemmMR)), ci64(int64(p.M)))
		vec, scalar, join := k.f.NewBlock(""), k.f.NewBlock(""), k.f.NewBlock("")
		k.b.NewCondBr(fullRows, vec, scalar)
		k.b = vec
		dst0 := k.b.NewAdd(base, k.b.NewMul(u, ci64(int64(p.K)*gemmMR)))
		src := make([]value.Value, gemmMR)
		for r := range src {
			src[r] = k.b.NewAdd(oa, k.b.NewMul(k.b.NewAdd(m0, ci64(int64(r))), ci64(int64(p.sAm))))
		}
		k.loopStep(ci64(0), ci64(k8), 8, func(kk value.Value) {
			rows := make([]value.Value, gemmMR)
			for r := range rows {
				rows[r] = k.vload(A, k.b.NewAdd(src[r], kk), nil)
			}
			k.storeTransposed(rows, PA, k.b.NewAdd(dst0, k.b.NewMul(kk, ci64(gemmMR))), gemmMR)
		})
		if k8 < int64(p.K) {
			k.packARows(p, A, PA, oa, base, mb, rr0, k.b.NewAdd(rr0, ci64(gemmMR)), ci64(k8))
		}
		k.b.NewBr(join)
		k.b = scalar
		k.packARows(p, A, PA, oa, base, mb, rr0, k.b.NewAdd(rr0, ci64(gemmMR)))
		k.b.NewBr(join)
		k.b = join
	})
}

// packAColumns is packABlock for A with contiguous m (a transposed
// operand: an LM head's dlogits stored (V, R)): a block whose 48 rows all
// exist copies, for each k, the 6 floats of each micro-panel at once;
// the last, partial block goes element by element.
func (k *kernel) packAColumns(p *gemmPlan, A, PA, oa, base, mb value.Value) {
	m0 := k.b.NewMul(mb, ci64(gemmMB))
	full := k.icmp(enum.IPredSLE, k.b.NewAdd(m0, ci64(gemmMB)), ci64(int64(p.M)))
	vec, scalar, join := k.f.NewBlock(""), k.f.NewBlock(""), k.f.NewBlock("")
	k.b.NewCondBr(full, vec, scalar)
	k.b = vec
	v6 := types.NewVector(gemmMR, f32t)
	k.loop(ci64(0), ci64(int64(p.K)), func(kk value.Value) {
		src := k.b.NewAdd(oa, k.b.NewAdd(k.b.NewMul(kk, ci64(int64(p.sAk))), m0))
		dst := k.b.NewAdd(base, k.b.NewMul(kk, ci64(gemmMR)))
		for u := int64(0); u < gemmMB/gemmMR; u++ {
			at := k.b.NewGetElementPtr(f32t, A, k.b.NewAdd(src, ci64(u*gemmMR)))
			ld := k.b.NewLoad(v6, k.b.NewBitCast(at, types.NewPointer(v6)))
			ld.Align = 4
			to := k.b.NewGetElementPtr(f32t, PA, k.b.NewAdd(dst, ci64(u*gemmMR*int64(p.K))))
			st := k.b.NewStore(ld, k.b.NewBitCast(to, types.NewPointer(v6)))
			st.Align = 4
		}
	})
	k.b.NewBr(join)
	k.b = scalar
	k.packARows(p, A, PA, oa, base, mb, ci64(0), ci64(gemmMB))
	k.b.NewBr(join)
	k.b = join
}

// packARows is packABlock's element-by-element copy of block rows
// [rrLo, rrHi), from k = kFrom (default 0) on.
func (k *kernel) packARows(p *gemmPlan, A, PA, oa, base, mb, rrLo, rrHi value.Value, kFrom ...value.Value) {
	ka := int64(p.K) * gemmMR
	k0 := value.Value(ci64(0))
	if len(kFrom) > 0 {
		k0 = kFrom[0]
	}
	k.loop(rrLo, rrHi, func(rr value.Value) {
		m := k.b.NewAdd(k.b.NewMul(mb, ci64(gemmMB)), rr)
		in := k.icmp(enum.IPredSLT, m, ci64(int64(p.M)))
		mc := k.sel(in, m, ci64(0))
		u := k.b.NewSDiv(rr, ci64(gemmMR))
		r := k.b.NewSRem(rr, ci64(gemmMR))
		dst0 := k.b.NewAdd(base, k.b.NewAdd(k.b.NewMul(u, ci64(ka)), r))
		src0 := k.b.NewAdd(oa, k.b.NewMul(mc, ci64(int64(p.sAm))))
		k.loop(k0, ci64(int64(p.K)), func(kk value.Value) {
			x := k.ldf(A, k.b.NewAdd(src0, k.b.NewMul(kk, ci64(int64(p.sAk)))))
			x2 := k.sel(in, x, cfloat(f32t, 0))
			k.b.NewStore(x2, k.b.NewGetElementPtr(f32t, PA, k.b.NewAdd(dst0, k.b.NewMul(kk, ci64(gemmMR)))))
		})
	})
}

// transpose8x8 returns the 8 columns of the 8x8 block whose rows are
// given, with the classic three stages of two-operand shuffles (unpack
// pairs of rows, shuffle pairs of pairs, swap 128-bit halves), which the
// backend lowers to one instruction each.
func (k *kernel) transpose8x8(r []value.Value) []value.Value {
	m := func(xs ...int64) *constant.Vector {
		el := make([]constant.Constant, len(xs))
		for i, x := range xs {
			el[i] = ci32(x)
		}
		return constant.NewVector(v8i32, el...)
	}
	sh := func(a, b value.Value, mask *constant.Vector) value.Value { return k.b.NewShuffleVector(a, b, mask) }
	unLo, unHi := m(0, 8, 1, 9, 4, 12, 5, 13), m(2, 10, 3, 11, 6, 14, 7, 15)
	pLo, pHi := m(0, 1, 8, 9, 4, 5, 12, 13), m(2, 3, 10, 11, 6, 7, 14, 15)
	hLo, hHi := m(0, 1, 2, 3, 8, 9, 10, 11), m(4, 5, 6, 7, 12, 13, 14, 15)
	t := make([]value.Value, 8)
	for i := 0; i < 8; i += 2 {
		t[i], t[i+1] = sh(r[i], r[i+1], unLo), sh(r[i], r[i+1], unHi)
	}
	s := make([]value.Value, 8)
	for h := 0; h < 8; h += 4 { // rows 0-3, then 4-7
		s[h], s[h+1] = sh(t[h], t[h+2], pLo), sh(t[h], t[h+2], pHi)
		s[h+2], s[h+3] = sh(t[h+1], t[h+3], pLo), sh(t[h+1], t[h+3], pHi)
	}
	out := make([]value.Value, 8)
	for j := 0; j < 4; j++ {
		out[j], out[j+4] = sh(s[j], s[j+4], hLo), sh(s[j], s[j+4], hHi)
	}
	return out
}

// storeTransposed stores R <8 x float> rows (row r holds k-steps 0..7)
// transposed: P[at + j*stride + r] = rows[r][j]. With stride == R that is
// one contiguous store of 8R floats, otherwise 8 stores of R floats.
func (k *kernel) storeTransposed(rows []value.Value, P, at value.Value, stride int64) {
	idx := func(n int, f func(i int) int) *constant.Vector {
		el := make([]constant.Constant, n)
		for i := range el {
			el[i] = ci32(int64(f(i)))
		}
		return constant.NewVector(types.NewVector(uint64(n), types.I32), el...)
	}
	// Concatenate the rows into one vector of 8R lanes (row r at 8r),
	// padding to a power of two so that each shuffle's operands match.
	vs := append([]value.Value{}, rows...)
	width := 8
	for len(vs) > 1 {
		if len(vs)%2 == 1 {
			vs = append(vs, constant.NewUndef(types.NewVector(uint64(width), f32t)))
		}
		var next []value.Value
		for i := 0; i < len(vs); i += 2 {
			next = append(next, k.b.NewShuffleVector(vs[i], vs[i+1], idx(2*width, func(i int) int { return i })))
		}
		vs, width = next, 2*width
	}
	R := len(rows)
	if R == 8 && stride != 8 {
		for j, col := range k.transpose8x8(rows) {
			at := k.b.NewGetElementPtr(f32t, P, k.b.NewAdd(at, ci64(int64(j)*stride)))
			st := k.b.NewStore(col, k.b.NewBitCast(at, types.NewPointer(v8f)))
			st.Align = 4
		}
		return
	}
	ptr := func(off int64, n int) value.Value {
		return k.b.NewBitCast(k.b.NewGetElementPtr(f32t, P, k.b.NewAdd(at, ci64(off))), types.NewPointer(types.NewVector(uint64(n), f32t)))
	}
	if stride == int64(R) {
		out := k.b.NewShuffleVector(vs[0], constant.NewUndef(types.NewVector(uint64(width), f32t)), idx(8*R, func(i int) int { return (i%R)*8 + i/R }))
		st := k.b.NewStore(out, ptr(0, 8*R))
		st.Align = 4
		return
	}
	for j := 0; j < 8; j++ {
		out := k.b.NewShuffleVector(vs[0], constant.NewUndef(types.NewVector(uint64(width), f32t)), idx(R, func(r int) int { return r*8 + j }))
		st := k.b.NewStore(out, ptr(int64(j)*stride, R))
		st.Align = 4
	}
}

// microPacked computes the 6x16 block C[m0:m0+6, n0:n0+16] from packed
// operands, A at PA[a0 + k*6 + r] and B at P[b0 + k*16 + j], with the 12
// accumulators in registers (phis of the k loop). (Software prefetch of
// the packed streams measured no gain: the hardware prefetchers follow
// them.) Rows at or past mLimit and lanes outside masks
// are not stored. The k steps are those of kr (see kRange). Each element of C is one chain of fused multiply-adds
// in k order, whatever the task split.
func (k *kernel) microPacked(p *gemmPlan, kr *kRange, PA, a0, P, b0, C, oc, m0, n0 value.Value, masks []value.Value, mLimit value.Value) {
	const mr, nv = gemmMR, gemmNV
	pa := k.b.NewGetElementPtr(f32t, PA, a0)
	pb := k.b.NewGetElementPtr(f32t, P, b0)
	init := k.initAccs(p, kr, mr, nv, v8f, C, oc, m0, n0, mLimit, masks)
	accs := k.accLoop(ci64(0), kr.n, 1, init, func(kk value.Value, accs []value.Value) []value.Value {
		bOff := k.b.NewMul(kk, ci64(gemmNR))
		aOff := k.b.NewMul(kk, ci64(gemmMR))
		bv := make([]value.Value, nv)
		for j := range bv {
			bv[j] = k.vload(pb, k.b.NewAdd(bOff, ci64(int64(8*j))), nil)
		}
		next := make([]value.Value, len(accs))
		for r := 0; r < mr; r++ {
			av := k.splat8(k.b.NewLoad(f32t, k.b.NewGetElementPtr(f32t, pa, k.b.NewAdd(aOff, ci64(int64(r))))))
			for j := 0; j < nv; j++ {
				next[r*nv+j] = k.fma8(av, bv[j], accs[r*nv+j])
			}
		}
		return next
	})
	k.storeRows(p, mr, oc, m0, n0, mLimit, func(r int, cOff value.Value) {
		for j := 0; j < nv; j++ {
			k.vstore(accs[r*nv+j], C, k.b.NewAdd(cOff, ci64(int64(8*j))), masks[j])
		}
	})
}
