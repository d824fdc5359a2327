package llvm

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/value"
)

// nativeExpertMatmul reports the expert_matmul values the backend runs with
// its own kernel (emitExpertMatmul): float32, bfloat16 or float16 operands,
// weights in the (E, Cout, Cin) layout, and no more routed rows than
// experts (decode). Each routed row then reads its expert's weights once,
// straight from the stacked parameter: no gathered copy. With more rows
// (prefill, training) the decomposition's dense GEMM over all experts
// reads each expert once for all rows instead, and transposed weights (the
// gradient) are decomposed too.
func nativeExpertMatmul(v *ir.Value) bool {
	if v.Op != ir.OpExpertMatmul || v.Attrs.(*ir.ExpertMatmulAttrs).TransposeW {
		return false
	}
	switch v.Type.DType {
	case ir.Float32, ir.BFloat16, ir.Float16:
	default:
		return false
	}
	rows := v.Type.Shape[0] * v.Type.Shape[1]
	return rows > 0 && rows <= v.Args[1].Type.Shape[0]
}

// decomposeExpertMatmul expands the expert_matmul values the kernel does
// not take (see nativeExpertMatmul); every other composite is left to the
// standard pipeline.
func decomposeExpertMatmul(f *ir.Func) error {
	return passes.DecomposeValues(func(v *ir.Value) bool {
		return v.Op != ir.OpExpertMatmul || nativeExpertMatmul(v)
	})(f)
}

// emitExpertMatmul is the decode kernel of expert_matmul: tasks are (routed
// row r, output column o); each is the dot product over Cin of the row's
// input x[n, k or 0] and row o of its expert's weight matrix
// w[clamp(idx[r])], read in place from the stacked weights, in the nt GEMV
// kernel's four 8-lane partial sums (half-precision operands widened as
// they are loaded, float32 accumulation, one rounding at the store).
func (e *emitter) emitExpertMatmul(v *ir.Value) {
	const unroll = gemvNTUnroll
	x, w, idx := v.Args[0], v.Args[1], v.Args[2]
	s, cin := int64(x.Type.Shape[1]), int64(x.Type.Shape[2])
	kr := int64(idx.Type.Shape[1])
	experts := int64(w.Type.Shape[0])
	rows, cout := int64(v.Type.Shape[0]*v.Type.Shape[1]), int64(v.Type.Shape[2])
	d := v.Type.DType
	k := e.newKernel()
	A, B, C := k.basePtr(x), k.basePtr(w), k.basePtr(v)
	if d != ir.Float32 {
		k.half[A], k.half[B] = d, d
	}
	step := int64(8 * unroll)
	kv := cin / step * step
	k8 := cin / 8 * 8
	red := e.declare("llvm.vector.reduce.fadd.v8f32", f32t, f32t, v8f)
	k.loop(k.lo, k.hi, func(task value.Value) {
		b := k.b
		o := b.NewSRem(task, ci64(cout))
		r := b.NewSDiv(task, ci64(cout))
		xr := r // x has a row per routed row
		if s == 1 {
			xr = b.NewSDiv(r, ci64(kr)) // one row per token
		}
		aRow := b.NewMul(xr, ci64(cin))
		ex := k.clamp(k.toI64(k.loadFlat(idx, r), idx.Type.DType), 0, experts-1)
		bRow := b.NewMul(b.NewAdd(b.NewMul(ex, ci64(cout)), o), ci64(cin))
		accs := make([]value.Value, unroll)
		for j := range accs {
			accs[j] = constant.NewZeroInitializer(v8f)
		}
		run := func(lo, hi int64, u int) {
			if hi <= lo {
				return
			}
			out := k.accLoop(ci64(lo), ci64(hi), int64(8*u), accs[:u], func(kk value.Value, cur []value.Value) []value.Value {
				next := make([]value.Value, u)
				for j := 0; j < u; j++ {
					off := k.b.NewAdd(kk, ci64(int64(8*j)))
					next[j] = k.fma8(k.vload(A, k.b.NewAdd(aRow, off), nil), k.vload(B, k.b.NewAdd(bRow, off), nil), cur[j])
				}
				return next
			})
			copy(accs[:u], out)
		}
		run(0, kv, unroll)
		run(kv, k8, 1)
		acc := accs[0]
		if k8 < cin {
			mask := k.laneMask(ci64(cin - k8))
			acc = k.fma8(k.vload(A, k.b.NewAdd(aRow, ci64(k8)), mask), k.vload(B, k.b.NewAdd(bRow, ci64(k8)), mask), acc)
		}
		for j := 1; j < unroll; j++ {
			acc = k.b.NewFAdd(acc, accs[j])
		}
		sum := k.b.NewCall(red, cfloat(f32t, 0), acc)
		k.store(d, C, k.b.NewAdd(k.b.NewMul(r, ci64(cout)), o), sum)
	})
	k.finish(rows*cout, cin, true)
}
