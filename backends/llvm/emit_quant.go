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
func nativeQuantMatmul(v *ir.Value) bool {
	if v.Op != ir.OpQuantMatmul || v.Args[0].Type.DType != ir.Float32 {
		return false
	}
	if a := v.Attrs.(*ir.QuantMatmulAttrs); a.Bits == 8 && a.GroupSize%16 != 0 {
		return false
	}
	x := v.Args[0].Type.Shape
	k := x[len(x)-1]
	rows := x.NumElements() / max(k, 1)
	return k > 0 && rows >= 1 && rows <= quantMaxRows && v.Type.Shape.NumElements() > 0
}

// decomposeQuantMatmul expands the quant_matmul values the kernel does not
// take (see nativeQuantMatmul).
func decomposeQuantMatmul(f *ir.Func) error {
	return passes.DecomposeValues(func(v *ir.Value) bool {
		return v.Op != ir.OpQuantMatmul || nativeQuantMatmul(v)
	})(f)
}

var (
	v16i8 = types.NewVector(16, types.I8)
	v16i1 = types.NewVector(16, types.I1)
)

// quantRowsPerTask is how many weight rows (outputs) one task of the GEMV
// computes together, sharing each load of x: 4 on AVX-512 (32 registers),
// 2 on AVX2, fewer with more rows of x, and a divisor of N so that every
// task is full.
func quantRowsPerTask(n, m int64, zmm bool) int64 {
	r := int64(2)
	if zmm {
		r = 4
	}
	r = max(1, r/m)
	for n%r != 0 {
		r--
	}
	return r
}

// emitQuantMatmul is the decode kernel of quant_matmul (f32 x of M <=
// quantMaxRows rows, N outputs, K inputs). Tasks are blocks of R weight
// rows; each streams its rows' packed bytes once, in order, 16 bytes at a
// time (4 bits: 32 inputs, the low nibbles being inputs 0..15 of the block
// and the high ones 16..31; 8 bits: 16 inputs), and multiplies the
// weights into 16-lane float32 partial sums per (row of x, weight row),
// reduced horizontally at the end.
//
// The weights are the op's exactly: round_to(scales' dtype, scale * (q -
// zero)) in float32. With 4 bits on AVX-512 they are looked up: at the
// start of each group the 16 possible weights of each row, scale * (i -
// zero) for i = 0..15, are computed and rounded once into a register, and
// each nibble selects its weight with one vpermps (the byte widened to a
// 32-bit lane; vpermps reads the low 4 bits, so the high nibble needs only
// a shift). Otherwise each weight is converted and computed in the
// vector. Both ways give the same weights and the same chain of fused
// multiply-adds, so results do not depend on the instruction set or on
// the split across threads.
func (e *emitter) emitQuantMatmul(v *ir.Value) {
	a := v.Attrs.(*ir.QuantMatmulAttrs)
	x, q, s, z := v.Args[0], v.Args[1], v.Args[2], v.Args[3]
	K := int64(x.Type.Shape[x.Type.Shape.Rank()-1])
	N := int64(q.Type.Shape[0])
	M := int64(x.Type.Shape.NumElements()) / K
	G := K / int64(a.GroupSize)
	gs := int64(a.GroupSize)
	sdt := s.Type.DType
	rowBytes := K * int64(a.Bits) / 8
	R := quantRowsPerTask(N, M, e.cg.zmm)
	table := e.cg.zmm && a.Bits == 4
	step := int64(32) // inputs per 16-byte block
	if a.Bits == 8 {
		step = 16
	}
	k := e.newKernel()
	if e.cg.zmm {
		k.useZMM()
	}
	X, Q, C := k.basePtr(x), k.basePtr(q), k.basePtr(v)
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
	// weights: round_to(sdt, scale * (q - zero)) for a <16 x float> q.
	weights := func(qf, sv, zv value.Value) value.Value {
		return k.roundVec16(sdt, k.b.NewFMul(sv, k.b.NewFSub(qf, zv)))
	}
	k.loop(k.lo, k.hi, func(task value.Value) {
		n0 := k.b.NewMul(task, ci64(R))
		qRow := make([]value.Value, R)
		for r := int64(0); r < R; r++ {
			qRow[r] = k.b.NewMul(k.b.NewAdd(n0, ci64(r)), ci64(rowBytes))
		}
		accs := make([]value.Value, M*R) // accs[m*R+r]
		for i := range accs {
			accs[i] = constant.NewZeroInitializer(v16f)
		}
		accs = k.accLoop(ci64(0), ci64(G), 1, accs, func(g value.Value, cur []value.Value) []value.Value {
			k0 := k.b.NewMul(g, ci64(gs))
			sv, zv, tab := make([]value.Value, R), make([]value.Value, R), make([]value.Value, R)
			for r := int64(0); r < R; r++ {
				sg := k.b.NewAdd(k.b.NewMul(k.b.NewAdd(n0, ci64(r)), ci64(G)), g)
				sv[r], zv[r] = k.splat16(k.loadScalarF32(s, sg)), k.splat16(k.loadScalarF32(z, sg))
				if table {
					tab[r] = weights(iota16(), sv[r], zv[r])
				}
			}
			return k.accLoop(k0, k.b.NewAdd(k0, ci64(gs)), step, cur, func(kk value.Value, cur []value.Value) []value.Value {
				next := append([]value.Value(nil), cur...)
				xs := make([][]value.Value, M) // per m: the block's x vectors
				for m := int64(0); m < M; m++ {
					xo := k.b.NewAdd(kk, ci64(m*K))
					xs[m] = []value.Value{loadX(xo)}
					if a.Bits == 4 {
						xs[m] = append(xs[m], loadX(k.b.NewAdd(xo, ci64(16))))
					}
				}
				byteOff := kk
				if a.Bits == 4 {
					byteOff = k.b.NewLShr(kk, ci64(1))
				}
				for r := int64(0); r < R; r++ {
					raw := loadQ(k.b.NewAdd(qRow[r], byteOff))
					var ws []value.Value
					switch {
					case table:
						d := k.b.NewZExt(raw, v16i32)
						ws = []value.Value{k.b.NewCall(perm, tab[r], d), k.b.NewCall(perm, tab[r], k.b.NewLShr(d, splatI32x16(4)))}
					case a.Bits == 4:
						lo := k.b.NewUIToFP(k.b.NewAnd(raw, splatI8x16(15)), v16f)
						hi := k.b.NewUIToFP(k.b.NewLShr(raw, splatI8x16(4)), v16f)
						ws = []value.Value{weights(lo, sv[r], zv[r]), weights(hi, sv[r], zv[r])}
					default:
						ws = []value.Value{weights(k.b.NewUIToFP(raw, v16f), sv[r], zv[r])}
					}
					for m := int64(0); m < M; m++ {
						for j, w := range ws {
							next[m*R+r] = k.b.NewCall(fma, xs[m][j], w, next[m*R+r])
						}
					}
				}
				return next
			})
		})
		red := e.declare("llvm.vector.reduce.fadd.v16f32", f32t, f32t, v16f)
		for m := int64(0); m < M; m++ {
			for r := int64(0); r < R; r++ {
				sum := k.b.NewCall(red, cfloat(f32t, 0), accs[m*R+r])
				k.b.NewStore(sum, k.b.NewGetElementPtr(f32t, C, k.b.NewAdd(ci64(m*N), k.b.NewAdd(n0, ci64(r)))))
			}
		}
	})
	k.finish(N/R, R*M*K, true)
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
