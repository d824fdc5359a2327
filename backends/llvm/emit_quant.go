package llvm

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// quantMaxRows is the most rows of x (the product of its leading dims)
// that the quant_matmul GEMV kernel takes; larger inputs (prefill) are
// decomposed into a dequantized weight and the GEMM kernels.
const quantMaxRows = 8

// nativeQuantMatmul reports the quant_matmul values the backend runs with
// its own kernel (emitQuantMatmul): float32 x with 1..quantMaxRows rows,
// a non-empty result, and for 8 bits a group size that is a multiple of
// the kernel's 16-byte step. The rest are decomposed
// (decomposeQuantMatmul).
//
// quant_matmul_codebook runs natively only with AVX-512 (zmm): its
// weights come from the per-group 16-entry table, which the 16-lane
// vpermps looks up; without it the op is decomposed.
func nativeQuantMatmul(v *ir.Value, zmm bool) bool {
	if v.Args[0].Type.DType != ir.Float32 {
		return false
	}
	switch v.Op {
	case ir.OpQuantMatmul:
		if a := v.Attrs.(*ir.QuantMatmulAttrs); a.Bits == 8 && a.GroupSize%16 != 0 {
			return false
		}
	case ir.OpQuantMatmulCodebook:
		if !zmm {
			return false
		}
	default:
		return false
	}
	x := v.Args[0].Type.Shape
	k := x[len(x)-1]
	rows := x.NumElements() / max(k, 1)
	return k > 0 && rows >= 1 && rows <= quantMaxRows && v.Type.Shape.NumElements() > 0
}

// decomposeQuantMatmul expands the quant_matmul and quant_matmul_codebook
// values the kernel does not take (see nativeQuantMatmul); zmm is whether
// the code will use AVX-512.
func decomposeQuantMatmul(f *ir.Func, zmm bool) error {
	return passes.DecomposeValues(func(v *ir.Value) bool {
		return (v.Op != ir.OpQuantMatmul && v.Op != ir.OpQuantMatmulCodebook) || nativeQuantMatmul(v, zmm)
	})(f)
}

// quantKernelArgs are the kernel's view of quant_matmul and
// quant_matmul_codebook: the 4-bit codebook op is the affine one's
// kernel with each group's table built as round_to(rdt, code * absmax)
// instead of round_to(rdt, scale * (i - zero)) (zeros nil, code set).
type quantKernelArgs struct {
	x, q, s, z, code *ir.Value
	bits, gs         int64
	rdt              ir.DType // the dtype each weight is rounded to
}

func quantArgs(v *ir.Value) quantKernelArgs {
	if a, ok := v.Attrs.(*ir.QuantMatmulCodebookAttrs); ok {
		return quantKernelArgs{x: v.Args[0], q: v.Args[1], s: v.Args[2], code: v.Args[3], bits: 4, gs: int64(a.GroupSize), rdt: a.DType}
	}
	a := v.Attrs.(*ir.QuantMatmulAttrs)
	return quantKernelArgs{x: v.Args[0], q: v.Args[1], s: v.Args[2], z: v.Args[3], bits: int64(a.Bits), gs: int64(a.GroupSize), rdt: v.Args[2].Type.DType}
}

var (
	v16i8 = types.NewVector(16, types.I8)
	v16i1 = types.NewVector(16, types.I1)
)

// quantRowsPerTask is how many weight rows (outputs) one task of the GEMV
// computes together, sharing each load of x and the loop overhead: 8 on
// AVX-512 (on the Llama-1B-shaped 4-bit decode, one thread, CPU time: 8
// rows 1.74-1.83 ms per layer against 2.15 for 4), 2 on AVX2, fewer with
// more rows of x or when the task's float32 scales and zeros (8 bytes per
// row and group) would not fit quantScaleBufBytes, and a divisor of N so
// that every task is full.
func quantRowsPerTask(n, m, groups int64, zmm bool) int64 {
	r := int64(2)
	if zmm {
		r = 8
	}
	r = max(1, r/m)
	for r > 1 && r*groups*8 > quantScaleBufBytes {
		r--
	}
	for n%r != 0 {
		r--
	}
	return r
}

// quantScaleBufBytes bounds the stack buffer of a task's scales and zeros
// as float32; beyond it (more than 1024 groups in a row) each group
// converts its own.
const quantScaleBufBytes = 8 << 10

// quantPrefetchBytes is how far ahead of the block being read, in packed
// bytes of the same row, each group's software prefetch reaches (into
// L1). Without it the 4-bit decode ran 5-15% slower (one thread,
// Llama-1B-shaped layer); 256 B and 2 KiB, and prefetching into L2, were
// within the noise of 1 KiB.
const quantPrefetchBytes = 1024

// quantAccSets is how many independent sets of accumulators the inner
// loop rotates through (U consecutive blocks go to U sets), so that the
// chain of fused multiply-adds into one register does not bound the loop:
// 2 where the group holds an even number of blocks and the registers
// allow it (R*M*U*W accumulators, W = weight vectors per block), else 1.
func quantAccSets(gs, step, r, m, w int64) int64 {
	if gs%(2*step) == 0 && r*m*2*w <= 16 {
		return 2
	}
	return 1
}

// emitQuantMatmul is the decode kernel of quant_matmul (f32 x of M <=
// quantMaxRows rows, N outputs, K inputs). Tasks are blocks of R weight
// rows (quantRowsPerTask). A task converts its rows' scales and zeros to
// float32 into a stack buffer (quantScaleBufBytes), so that each group
// broadcasts them from memory, then streams its rows' packed bytes once,
// in order, prefetching quantPrefetchBytes ahead in each row, and
// multiplies the weights into 16-lane float32 partial sums, added at the
// end in a fixed order (pairwise over the output's partial sums, then the
// lanes by halving, halvingSum16).
//
// The weights are the op's exactly: round_to(scales' dtype, scale * (q -
// zero)) in float32. With 4 bits on AVX-512 they are looked up: at the
// start of each group the 16 possible weights of each row, scale * (i -
// zero) for i = 0..15, are computed and rounded once into a register, and
// each nibble selects its weight with one vpermps (which reads the low 4
// bits of each 32-bit index lane). Otherwise each weight is converted and
// computed in the vector. Two loops stream the bytes:
//
//   - wide (4 bits on AVX-512, one row of x, groups of a multiple of 128):
//     64 bytes (128 inputs) of a row at a time as 16 dword lanes of 8
//     nibbles, nibble t brought to the low bits by a shift of 4t, against
//     x permuted once per call into the matching order
//     (emitQuantPermuteX); no widening shuffle (quantWideStep);
//   - otherwise 16 bytes at a time (4 bits: 32 inputs, the low nibbles
//     being inputs 0..15 of the block and the high ones 16..31, each byte
//     widened to a 32-bit lane; 8 bits: 16 inputs), block b of a group
//     going to accumulator set b mod U (quantAccSets).
//
// Which loop runs, and so the order of the sums, depends on the op's
// shapes and attributes and on whether the CPU has AVX-512 (an AVX2
// machine rounds the sums of the wide case in the other order); never on
// the split across threads.
func (e *emitter) emitQuantMatmul(v *ir.Value) {
	a := quantArgs(v)
	x, q, s, z := a.x, a.q, a.s, a.z
	codebook := a.code != nil
	K := int64(x.Type.Shape[x.Type.Shape.Rank()-1])
	N := int64(q.Type.Shape[0])
	M := int64(x.Type.Shape.NumElements()) / K
	gs := a.gs
	G := K / gs
	sdt := a.rdt
	rowBytes := K * a.bits / 8
	R := quantRowsPerTask(N, M, G, e.cg.zmm)
	useBuf := R*G*8 <= quantScaleBufBytes
	table := e.cg.zmm && a.bits == 4
	if codebook && !table {
		panic("llvm: quant_matmul_codebook needs AVX-512's table lookup; nativeQuantMatmul should have decomposed it")
	}
	step, W := int64(32), int64(2) // inputs per 16-byte block, weight vectors per block
	if a.bits == 8 {
		step, W = 16, 1
	}
	U := quantAccSets(gs, step, R, M, W)
	// wide: the 4-bit AVX-512 decode reads 64 packed bytes (128 inputs)
	// of a row at once as 16 dword lanes of 8 nibbles; x is first
	// permuted into that order (emitQuantPermuteX).
	wide := table && M == 1 && gs%quantWideInputs == 0
	var xpSlot int
	if wide {
		xpSlot = e.emitQuantPermuteX(x, K)
		U = quantWideAccSets(R)
	}
	k := e.newKernel()
	if e.cg.zmm {
		k.useZMM()
	}
	X, Q, C := k.basePtr(x), k.basePtr(q), k.basePtr(v)
	var codeVec value.Value // codebook: the 16 code values, one vector
	if codebook {
		p := k.b.NewBitCast(k.basePtr(a.code), types.NewPointer(v16f))
		ld := k.b.NewLoad(v16f, p)
		ld.Align = 4
		codeVec = ld
	}
	var XP value.Value
	if wide {
		XP = k.slotPtr(xpSlot, f32t)
	}
	loadX := func(off value.Value) value.Value {
		p := k.b.NewBitCast(k.b.NewGetElementPtr(f32t, X, off), types.NewPointer(v16f))
		ld := k.b.NewLoad(v16f, p)
		ld.Align = 4
		return ld
	}
	loadQ := func(off value.Value) value.Value {
		p := k.b.NewBitCast(k.b.NewGetElementPtr(types.I8, Q, off), types.NewPointer(v16i8))
		ld := k.b.NewLoad(v16i8, p)
		ld.Align = 1
		return ld
	}
	fma := e.declare("llvm.fmuladd.v16f32", v16f, v16f, v16f, v16f)
	perm := e.declare("llvm.x86.avx512.permvar.sf.512", v16f, v16f, v16i32)
	var pfn value.Value
	if e.cg.prefetch {
		pfn = e.declare("llvm.prefetch.p0i8", types.Void, i8p, i32, i32, i32)
	}
	// weights: round_to(sdt, scale * (q - zero)) for a <16 x float> q.
	weights := func(qf, sv, zv value.Value) value.Value {
		return k.roundVec16(sdt, k.b.NewFMul(sv, k.b.NewFSub(qf, zv)))
	}
	// The task's scales and zeros as float32, R*G of each.
	var sf, zf value.Value
	if useBuf {
		sf = k.entry.NewAlloca(types.NewArray(uint64(R*G), f32t))
		zf = k.entry.NewAlloca(types.NewArray(uint64(R*G), f32t))
	}
	at := func(buf value.Value, i value.Value) value.Value {
		return k.b.NewGetElementPtr(types.NewArray(uint64(R*G), f32t), buf, ci64(0), i)
	}
	k.loop(k.lo, k.hi, func(task value.Value) {
		n0 := k.b.NewMul(task, ci64(R))
		if useBuf {
			k.loop(ci64(0), ci64(R*G), func(i value.Value) {
				flat := k.b.NewAdd(k.b.NewMul(n0, ci64(G)), i)
				k.b.NewStore(k.loadScalarF32(s, flat), at(sf, i))
				if !codebook {
					k.b.NewStore(k.loadScalarF32(z, flat), at(zf, i))
				}
			})
		}
		qRow := make([]value.Value, R)
		for r := int64(0); r < R; r++ {
			qRow[r] = k.b.NewMul(k.b.NewAdd(n0, ci64(r)), ci64(rowBytes))
		}
		acc := func(m, r, u, j int64) int64 { return ((m*R+r)*U+u)*W + j }
		nacc := M * R * U * W
		if wide { // accs[r*U + u]
			acc = func(m, r, u, j int64) int64 { return r*U + u }
			nacc = R * U
		}
		accs := zeros(int(nacc), constant.NewZeroInitializer(v16f))
		accs = k.accLoop(ci64(0), ci64(G), 1, accs, func(g value.Value, cur []value.Value) []value.Value {
			k0 := k.b.NewMul(g, ci64(gs))
			sv, zv, tab := make([]value.Value, R), make([]value.Value, R), make([]value.Value, R)
			for r := int64(0); r < R; r++ {
				if useBuf {
					i := k.b.NewAdd(ci64(r*G), g)
					sv[r] = k.splat16(k.b.NewLoad(f32t, at(sf, i)))
					if !codebook {
						zv[r] = k.splat16(k.b.NewLoad(f32t, at(zf, i)))
					}
				} else {
					flat := k.b.NewAdd(k.b.NewMul(k.b.NewAdd(n0, ci64(r)), ci64(G)), g)
					sv[r] = k.splat16(k.loadScalarF32(s, flat))
					if !codebook {
						zv[r] = k.splat16(k.loadScalarF32(z, flat))
					}
				}
				switch {
				case codebook:
					tab[r] = k.roundVec16(sdt, k.b.NewFMul(codeVec, sv[r]))
				case table:
					tab[r] = weights(iota16(), sv[r], zv[r])
				}
				if pfn != nil {
					off := k.b.NewAdd(qRow[r], k.b.NewAdd(k.b.NewUDiv(k.b.NewMul(k0, ci64(a.bits)), ci64(8)), ci64(quantPrefetchBytes)))
					k.b.NewCall(pfn, k.b.NewGetElementPtr(types.I8, Q, off), ci32(0), ci32(3), ci32(1))
				}
			}
			if wide {
				return k.accLoop(k0, k.b.NewAdd(k0, ci64(gs)), quantWideInputs, cur, func(kk value.Value, cur []value.Value) []value.Value {
					return k.quantWideStep(XP, Q, kk, qRow, tab, perm, fma, cur, U)
				})
			}
			return k.accLoop(k0, k.b.NewAdd(k0, ci64(gs)), U*step, cur, func(kk value.Value, cur []value.Value) []value.Value {
				next := append([]value.Value(nil), cur...)
				for u := int64(0); u < U; u++ {
					ku := k.b.NewAdd(kk, ci64(u*step))
					xs := make([][]value.Value, M) // per m: the block's x vectors
					for m := int64(0); m < M; m++ {
						xo := k.b.NewAdd(ku, ci64(m*K))
						xs[m] = []value.Value{loadX(xo)}
						if a.bits == 4 {
							xs[m] = append(xs[m], loadX(k.b.NewAdd(xo, ci64(16))))
						}
					}
					var byteOff value.Value = ku
					if a.bits == 4 {
						byteOff = k.b.NewLShr(ku, ci64(1))
					}
					for r := int64(0); r < R; r++ {
						raw := loadQ(k.b.NewAdd(qRow[r], byteOff))
						var ws []value.Value
						switch {
						case table:
							d := k.b.NewZExt(raw, v16i32)
							ws = []value.Value{k.b.NewCall(perm, tab[r], d), k.b.NewCall(perm, tab[r], k.b.NewLShr(d, splatI32x16(4)))}
						case a.bits == 4:
							lo := k.b.NewUIToFP(k.b.NewAnd(raw, splatI8x16(15)), v16f)
							hi := k.b.NewUIToFP(k.b.NewLShr(raw, splatI8x16(4)), v16f)
							ws = []value.Value{weights(lo, sv[r], zv[r]), weights(hi, sv[r], zv[r])}
						default:
							ws = []value.Value{weights(k.b.NewUIToFP(raw, v16f), sv[r], zv[r])}
						}
						for m := int64(0); m < M; m++ {
							for j, w := range ws {
								i := acc(m, r, u, int64(j))
								next[i] = k.b.NewCall(fma, xs[m][j], w, next[i])
							}
						}
					}
				}
				return next
			})
		})
		for m := int64(0); m < M; m++ {
			for r := int64(0); r < R; r++ {
				parts := accs[acc(m, r, 0, 0) : acc(m, r, U-1, W-1)+1]
				sum := k.halvingSum16(k.pairwiseFAdd(parts))
				k.b.NewStore(sum, k.b.NewGetElementPtr(f32t, C, k.b.NewAdd(ci64(m*N), k.b.NewAdd(n0, ci64(r)))))
			}
		}
	})
	k.finish(N/R, R*M*K, true)
}

// halvingSum16 sums the 16 lanes of v by halving: lanes i and i+8, then
// i and i+4, i+2, i+1 (four vector adds and shuffles, where an ordered
// reduction is a chain of 16 scalar adds at the end of every task).
func (k *kernel) halvingSum16(v value.Value) value.Value {
	for w := int64(8); w >= 1; w /= 2 {
		idx := make([]constant.Constant, 16)
		for i := range idx {
			idx[i] = ci32((int64(i) + w) % 16)
		}
		hi := k.b.NewShuffleVector(v, v, constant.NewVector(types.NewVector(16, types.I32), idx...))
		v = k.b.NewFAdd(v, hi)
	}
	return k.b.NewExtractElement(v, ci64(0))
}

// pairwiseFAdd adds vectors pairwise ((v0+v1)+(v2+v3), ...), a fixed
// order.
func (k *kernel) pairwiseFAdd(vs []value.Value) value.Value {
	for len(vs) > 1 {
		var next []value.Value
		for i := 0; i+1 < len(vs); i += 2 {
			next = append(next, k.b.NewFAdd(vs[i], vs[i+1]))
		}
		if len(vs)%2 == 1 {
			next = append(next, vs[len(vs)-1])
		}
		vs = next
	}
	return vs[0]
}

var v16i32 = types.NewVector(16, types.I32)

func splatI8x16(c int64) value.Value {
	el := make([]constant.Constant, 16)
	for i := range el {
		el[i] = constant.NewInt(types.I8, c)
	}
	return constant.NewVector(v16i8, el...)
}

func splatI32x16(c int64) value.Value {
	el := make([]constant.Constant, 16)
	for i := range el {
		el[i] = ci32(c)
	}
	return constant.NewVector(v16i32, el...)
}

// iota16 is <0, 1, ..., 15> as floats: the 4-bit integers.
func iota16() value.Value {
	el := make([]constant.Constant, 16)
	for i := range el {
		el[i] = cfloat(f32t, float64(i))
	}
	return constant.NewVector(v16f, el...)
}

// roundVec16 rounds each lane of a <16 x float> to dtype d (f16: through
// <16 x half>; bf16: to nearest even on the bits, NaN lanes not quieted,
// which scale * (q - zero) of finite scales never gives) and widens it
// back; identity for float32.
func (k *kernel) roundVec16(d ir.DType, x value.Value) value.Value {
	switch d {
	case ir.Float16:
		h := types.NewVector(16, types.Half)
		return k.b.NewFPExt(k.b.NewFPTrunc(x, h), v16f)
	case ir.BFloat16:
		bits := k.b.NewBitCast(x, v16i32)
		lsb := k.b.NewAnd(k.b.NewLShr(bits, splatI32x16(16)), splatI32x16(1))
		r := k.b.NewAdd(k.b.NewAdd(bits, splatI32x16(0x7fff)), lsb)
		return k.b.NewBitCast(k.b.NewAnd(r, splatI32x16(-65536)), v16f)
	}
	return x
}

// loadScalarF32 reads element flat of materialized float v as float32;
// f16 through the hardware conversion (fpext half, F16C/AVX-512's
// vcvtph2ps) rather than loadFlat's portable bit manipulation, which is
// the same value but costs a dozen instructions per scale.
func (k *kernel) loadScalarF32(v *ir.Value, flat value.Value) value.Value {
	if v.Type.DType != ir.Float16 {
		return k.loadFlat(v, flat)
	}
	p := k.b.NewBitCast(k.basePtr(v), types.NewPointer(types.Half))
	return k.b.NewFPExt(k.b.NewLoad(types.Half, k.b.NewGetElementPtr(types.Half, p, flat)), f32t)
}

// quantWideInputs is the number of inputs of one wide step: 64 packed
// bytes, one cache line of a row.
const quantWideInputs = 128

// quantWideAccSets is the number of accumulators per row of the wide
// path: with 8 rows per task their 8 chains already hide the latency of
// the fused multiply-add; fewer rows take 2 each.
func quantWideAccSets(r int64) int64 {
	if r >= 8 {
		return 1
	}
	return 2
}

// emitQuantPermuteX emits a serial kernel that copies x (one row of K
// floats, K a multiple of quantWideInputs) into a workspace in the order
// the wide 4-bit step reads its nibbles, and returns the workspace slot.
// Lane i of a 64-byte load is bytes 4i..4i+3 of the row's 128-input run:
// byte 4i+b holds input 32*(i/4) + 4*(i%4) + b in its low nibble and that
// input + 16 in its high nibble (kiln's 4-bit packing). Shifting the
// lanes right by 4t brings nibble t = 2b + hi to the low bits, so
// vector t of the run is xp[t*16 + i] = x[32*(i/4) + 4*(i%4) + t/2 +
// 16*(t%2)].
func (e *emitter) emitQuantPermuteX(x *ir.Value, K int64) int {
	slot := e.newWS(int(4 * K))
	k := e.newKernel()
	if e.cg.zmm {
		k.useZMM()
	}
	X, XP := k.basePtr(x), k.slotPtr(slot, f32t)
	vec := func(base value.Value, off value.Value) value.Value {
		return k.b.NewBitCast(k.b.NewGetElementPtr(f32t, base, off), types.NewPointer(v16f))
	}
	mask := func(f func(i int) int) value.Value {
		el := make([]constant.Constant, 16)
		for i := range el {
			el[i] = ci32(int64(f(i)))
		}
		return constant.NewVector(v16i32, el...)
	}
	k.loop(k.lo, k.hi, func(run value.Value) { // one run of 128 inputs
		j0 := k.b.NewMul(run, ci64(quantWideInputs))
		v := make([]value.Value, 8) // v[j] = x[j0+16j : j0+16j+16]
		for j := range v {
			ld := k.b.NewLoad(v16f, vec(X, k.b.NewAdd(j0, ci64(int64(16*j)))))
			ld.Align = 4
			v[j] = ld
		}
		for t := 0; t < 8; t++ {
			// Lane i comes from v[2*(i/4) + t%2], lane 4*(i%4) + t/2:
			// lanes 0..7 from v[t%2] and v[2+t%2], 8..15 from v[4+t%2]
			// and v[6+t%2].
			lane := func(i int) int { return 4*(i%4) + t/2 + 16*((i/4)%2) }
			lo := k.b.NewShuffleVector(v[t%2], v[2+t%2], mask(lane))
			hi := k.b.NewShuffleVector(v[4+t%2], v[6+t%2], mask(lane))
			out := k.b.NewShuffleVector(lo, hi, mask(func(i int) int { return i + 16*(i/8) })) // lo's lanes 0..7, hi's 8..15
			st := k.b.NewStore(out, vec(XP, k.b.NewAdd(j0, ci64(int64(16*t)))))
			st.Align = 4
		}
	})
	k.finish(K/quantWideInputs, quantWideInputs, false)
	return slot
}

// quantWideStep is one wide step of the 4-bit AVX-512 decode at input kk
// (a multiple of quantWideInputs): the 8 vectors of permuted x, then for
// each row its 64 packed bytes as 16 dword lanes, each nibble t selected
// by a shift of 4t and one vpermps from the row's group table, and
// multiplied into the row's accumulator t mod U (accs[r*U + t%U]).
func (k *kernel) quantWideStep(XP, Q, kk value.Value, qRow, tab []value.Value, perm, fma value.Value, cur []value.Value, U int64) []value.Value {
	next := append([]value.Value(nil), cur...)
	xs := make([]value.Value, 8)
	for t := range xs {
		p := k.b.NewBitCast(k.b.NewGetElementPtr(f32t, XP, k.b.NewAdd(kk, ci64(int64(16*t)))), types.NewPointer(v16f))
		ld := k.b.NewLoad(v16f, p)
		ld.Align = 64
		xs[t] = ld
	}
	byteOff := k.b.NewLShr(kk, ci64(1))
	for r := range qRow {
		p := k.b.NewBitCast(k.b.NewGetElementPtr(types.I8, Q, k.b.NewAdd(qRow[r], byteOff)), types.NewPointer(v16i32))
		ld := k.b.NewLoad(v16i32, p)
		ld.Align = 1
		for t := int64(0); t < 8; t++ {
			var idx value.Value = ld
			if t > 0 {
				idx = k.b.NewLShr(ld, splatI32x16(4*t))
			}
			i := int64(r)*U + t%U
			next[i] = k.b.NewCall(fma, xs[t], k.b.NewCall(perm, tab[r], idx), next[i])
		}
	}
	return next
}
