package llvm

import (
	"os"
	"strings"
	"sync"

	lir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// The blocked GEMM's compute kernel gets a 12x32 register block on
// <16 x float> (AVX-512: 24 of the 32 zmm registers accumulate) where the
// host CPU has AVX-512F, even when llc names the CPU by an older model
// (LLVM 14 calls Zen 4 znver3): the kernel function alone carries the
// target feature. The 12x32 block reads two packed A micro-panels and two
// packed B panels (the same packing as the 6x16 block), so each element
// is still one chain of fused multiply-adds in k order: results are
// bit-identical to the AVX2 kernel and independent of the thread count.
// Options.NoAVX512 (or a CPU override, Options.CPU) keeps AVX2.

var v16f = types.NewVector(16, f32t)

// hostHasAVX512 reports whether the host CPU has AVX-512F (read from
// /proc/cpuinfo once).
var hostHasAVX512 = sync.OnceValue(func() bool {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "flags") {
			for _, f := range strings.Fields(line) {
				if f == "avx512f" {
					return true
				}
			}
			return false
		}
	}
	return false
})

// useZMM marks the kernel's function as compiled with AVX-512F.
func (k *kernel) useZMM() {
	k.f.FuncAttrs = append(k.f.FuncAttrs,
		lir.AttrPair{Key: "target-features", Value: "+avx512f"},
		lir.AttrPair{Key: "min-legal-vector-width", Value: "512"},
		lir.AttrPair{Key: "prefer-vector-width", Value: "512"})
}

func (k *kernel) splat16(x value.Value) value.Value {
	u := k.b.NewInsertElement(constant.NewUndef(v16f), x, ci32(0))
	return k.b.NewShuffleVector(u, constant.NewUndef(v16f), constant.NewZeroInitializer(types.NewVector(16, types.I32)))
}

// micro12x32 computes C[m0:m0+12, n0:n0+32] from the packed micro-panels
// at PA[a0...] and PA[a0+K*6...] (rows m0..m0+5, m0+6..m0+11) and the
// packed full panels at P[b0...] and P[b0+K*16...]. Rows at or past
// mLimit are not stored.
func (k *kernel) micro12x32(p *gemmPlan, kr *kRange, PA, a0, P, b0, C, oc, m0, n0 value.Value, mLimit value.Value) {
	k.micro12x32pf(p, kr, PA, a0, P, b0, C, oc, m0, n0, mLimit, nil)
}

// micro12x32pf is micro12x32 with pf (when not nil) emitting extra
// instructions (prefetches) in each k step. The k steps are those of kr
// (see kRange).
func (k *kernel) micro12x32pf(p *gemmPlan, kr *kRange, PA, a0, P, b0, C, oc, m0, n0 value.Value, mLimit value.Value, pf func(kk value.Value)) {
	k.microZMM(2*gemmMR, p, kr, PA, a0, P, b0, C, oc, m0, n0, mLimit, pf)
}

// micro6x32 computes C[m0:m0+6, n0:n0+32] from the one packed micro-panel
// at PA[a0...] and the packed full panels at P[b0...] and P[b0+K*16...]:
// the odd last micro-panel of a row block (ViT's 197 rows end in one of 5
// rows), which the 6x16 ymm block would take as two passes at the cost of
// a whole 12x32 block. Each element is the same chain of fused
// multiply-adds in k order as in the 6x16 and 12x32 blocks, so results
// are bit-identical to them.
func (k *kernel) micro6x32(p *gemmPlan, kr *kRange, PA, a0, P, b0, C, oc, m0, n0 value.Value, mLimit value.Value) {
	k.microZMM(gemmMR, p, kr, PA, a0, P, b0, C, oc, m0, n0, mLimit, nil)
}

// microZMM is the rows x 32 register block on <16 x float> (rows 6 or 12:
// one or two packed A micro-panels, 2*rows accumulators).
func (k *kernel) microZMM(rows int, p *gemmPlan, kr *kRange, PA, a0, P, b0, C, oc, m0, n0 value.Value, mLimit value.Value, pf func(kk value.Value)) {
	const nv = 2
	ka, kp := int64(p.K)*gemmMR, kr.kp
	pa := k.b.NewGetElementPtr(f32t, PA, a0)
	pb := k.b.NewGetElementPtr(f32t, P, b0)
	fma := k.e.declare("llvm.fmuladd.v16f32", v16f, v16f, v16f, v16f)
	init := k.initAccs(p, kr, rows, nv, v16f, C, oc, m0, n0, mLimit, make([]value.Value, nv))
	accs := k.accLoop(ci64(0), kr.n, 1, init, func(kk value.Value, accs []value.Value) []value.Value {
		bOff := k.b.NewMul(kk, ci64(gemmNR))
		aOff := k.b.NewMul(kk, ci64(gemmMR))
		bv := make([]value.Value, nv)
		for j := range bv {
			at := k.b.NewGetElementPtr(f32t, pb, k.b.NewAdd(bOff, ci64(int64(j)*kp)))
			ld := k.b.NewLoad(v16f, k.b.NewBitCast(at, types.NewPointer(v16f)))
			ld.Align = 4
			bv[j] = ld
		}
		if pf != nil {
			pf(kk)
		}
		next := make([]value.Value, len(accs))
		for r := 0; r < rows; r++ {
			off := k.b.NewAdd(aOff, ci64(int64(r/gemmMR)*ka+int64(r%gemmMR)))
			av := k.splat16(k.b.NewLoad(f32t, k.b.NewGetElementPtr(f32t, pa, off)))
			for j := 0; j < nv; j++ {
				next[r*nv+j] = k.b.NewCall(fma, av, bv[j], accs[r*nv+j])
			}
		}
		return next
	})
	k.storeRows(p, rows, oc, m0, n0, mLimit, func(r int, cOff value.Value) {
		for j := 0; j < nv; j++ {
			at := k.b.NewGetElementPtr(f32t, C, k.b.NewAdd(cOff, ci64(int64(16*j))))
			st := k.b.NewStore(accs[r*nv+j], k.b.NewBitCast(at, types.NewPointer(v16f)))
			st.Align = 4
		}
	})
}
