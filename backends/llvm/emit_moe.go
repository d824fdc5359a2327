package llvm

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
)

// nativeExpertMatmul reports the expert_matmul values the backend runs with
// its own kernels: float32, bfloat16 or float16 operands and weights in the
// (E, Cout, Cin) layout. With no more routed rows than experts (decode)
// emitExpertMatmul gives each (row, column) its own task; with more
// (prefill, training) emitExpertMatmulGrouped gives each (expert, block of
// columns) a task that runs every row routed to the expert over the
// block's weight rows while they are in cache. Either way only the routed
// products are computed and the weights are read in place. Transposed
// weights (the gradient's dx) and float64 are decomposed.
func nativeExpertMatmul(v *ir.Value) bool {
	if v.Op != ir.OpExpertMatmul || v.Attrs.(*ir.ExpertMatmulAttrs).TransposeW {
		return false
	}
	switch v.Type.DType {
	case ir.Float32, ir.BFloat16, ir.Float16:
	default:
		return false
	}
	return v.Type.Shape[0]*v.Type.Shape[1] > 0
}

// decomposeExpertMatmul expands the expert_matmul values the kernel does
// not take (see nativeExpertMatmul); every other composite is left to the
// standard pipeline.
func decomposeExpertMatmul(f *ir.Func) error {
	return passes.DecomposeValues(func(v *ir.Value) bool {
		return v.Op != ir.OpExpertMatmul || nativeExpertMatmul(v)
	})(f)
}

// emitExpertMatmul emits expert_matmul: with more routed rows than experts
// the grouped kernel (emitExpertMatmulGrouped), else the decode kernel,
// whose tasks are (routed row r, output column o); each is the dot product over Cin of the row's
// input x[n, k or 0] and row o of its expert's weight matrix
// w[clamp(idx[r])], read in place from the stacked weights, in the nt GEMV
// kernel's four 8-lane partial sums (half-precision operands widened as
// they are loaded, float32 accumulation, one rounding at the store).
func (e *emitter) emitExpertMatmul(v *ir.Value) {
	if v.Type.Shape[0]*v.Type.Shape[1] > v.Args[1].Type.Shape[0] {
		e.emitExpertMatmulGrouped(v)
		return
	}
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
		bRow := k.b.NewMul(k.b.NewAdd(k.b.NewMul(ex, ci64(cout)), o), ci64(cin))
		k.store(d, C, k.b.NewAdd(k.b.NewMul(r, ci64(cout)), o), k.emitRowDot(A, B, aRow, bRow, cin))
	})
	k.finish(rows*cout, cin, true)
}

// groupedCols is the number of weight rows (output columns) per task of
// the grouped kernel: 16 rows of Mixtral's 4096-wide experts are 256 KiB
// of float32, which stay in L2 while every row routed to the expert
// passes over them.
const groupedCols = 16

// emitExpertMatmulGrouped is the prefill kernel of expert_matmul: tasks are
// (expert e, block of groupedCols output columns); each walks the routed
// rows, and for each row routed to e computes the block's dot products
// (emitRowDot) and stores them. Each expert's weights are read from memory
// about once, and only routed products are computed.
func (e *emitter) emitExpertMatmulGrouped(v *ir.Value) {
	x, w, idx := v.Args[0], v.Args[1], v.Args[2]
	s, cin := int64(x.Type.Shape[1]), int64(x.Type.Shape[2])
	kr := int64(idx.Type.Shape[1])
	experts := int64(w.Type.Shape[0])
	rows, cout := int64(v.Type.Shape[0]*v.Type.Shape[1]), int64(v.Type.Shape[2])
	groups := (cout + groupedCols - 1) / groupedCols
	d := v.Type.DType
	k := e.newKernel()
	A, B, C := k.basePtr(x), k.basePtr(w), k.basePtr(v)
	if d != ir.Float32 {
		k.half[A], k.half[B] = d, d
	}
	k.loop(k.lo, k.hi, func(task value.Value) {
		ex := k.b.NewSDiv(task, ci64(groups))
		o0 := k.b.NewMul(k.b.NewSRem(task, ci64(groups)), ci64(groupedCols))
		o1 := k.minI(k.b.NewAdd(o0, ci64(groupedCols)), ci64(cout))
		k.loop(ci64(0), ci64(rows), func(r value.Value) {
			re := k.clamp(k.toI64(k.loadFlat(idx, r), idx.Type.DType), 0, experts-1)
			hit, next := k.f.NewBlock(""), k.f.NewBlock("")
			k.b.NewCondBr(k.icmp(enum.IPredEQ, re, ex), hit, next)
			k.b = hit
			xr := r
			if s == 1 {
				xr = k.b.NewSDiv(r, ci64(kr))
			}
			aRow := k.b.NewMul(xr, ci64(cin))
			k.loop(o0, o1, func(o value.Value) {
				bRow := k.b.NewMul(k.b.NewAdd(k.b.NewMul(ex, ci64(cout)), o), ci64(cin))
				k.store(d, C, k.b.NewAdd(k.b.NewMul(r, ci64(cout)), o), k.emitRowDot(A, B, aRow, bRow, cin))
			})
			k.b.NewBr(next)
			k.b = next
		})
	})
	k.finish(experts*groups, rows*groupedCols*cin/max(experts, 1), true)
}

// emitRowDot returns the float32 dot product of the n elements at A+aRow
// and B+bRow: four 8-lane partial sums over the unrolled range, one over
// the 8-aligned rest, a masked tail, then a horizontal sum (the nt GEMV's
// order).
func (k *kernel) emitRowDot(A, B, aRow, bRow value.Value, n int64) value.Value {
	const unroll = gemvNTUnroll
	step := int64(8 * unroll)
	kv, k8 := n/step*step, n/8*8
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
	if k8 < n {
		mask := k.laneMask(ci64(n - k8))
		acc = k.fma8(k.vload(A, k.b.NewAdd(aRow, ci64(k8)), mask), k.vload(B, k.b.NewAdd(bRow, ci64(k8)), mask), acc)
	}
	for j := 1; j < unroll; j++ {
		acc = k.b.NewFAdd(acc, accs[j])
	}
	red := k.e.declare("llvm.vector.reduce.fadd.v8f32", f32t, f32t, v8f)
	return k.b.NewCall(red, cfloat(f32t, 0), acc)
}
