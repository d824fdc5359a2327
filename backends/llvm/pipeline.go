package llvm

import (
	"fmt"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// Pipeline is every pass Compile runs, in order, on a clone of the
// function before generating code (see pipeline). Its passes read b's
// Options when they run (for the default backend: the environment, on
// first use), so building the pipeline reads nothing.
func (b *Backend) Pipeline() passes.Pipeline { return pipeline(b.options) }

// pipeline is the llvm backend's pass pipeline ("llvm"):
//
//	decompose-long-attention  optional; with Options.DecomposeAttention, Attention
//	                          with more than attnNativeMaxTq queries becomes
//	                          GEMMs + softmax loops (otherwise it does nothing)
//	decompose-expert-matmul   expert_matmul values the native kernels do not take
//	                          (nativeExpertMatmul) are expanded into primitives
//	decompose-quant-matmul    likewise the quant_matmul values the GEMV kernel
//	                          does not take (nativeQuantMatmul: prefill, half x,
//	                          quant_matmul_codebook without AVX-512)
//	attnmask ... deadcode     passes.Standard with the backend's capabilities
//	                          (every composite but Attention, ExpertMatmul and
//	                          QuantMatmul is decomposed) and
//	                          constant folding on interp
//	widen-half-dots           optional; f16/bf16 dots become float32 GEMMs whose
//	                          operands are widened as they are packed (does
//	                          nothing with Options.NaiveDot)
//
// The ordering constraints, with their reasons, are rows of passes.Order:
// decompose-long-attention runs before the cleanups of the standard
// pipeline (its expansion leaves constants, reshapes and the replaced
// Attention values for them) and before widen-half-dots (its dots are
// f16/bf16); widen-half-dots runs after decompose (whose expansions emit
// dots too), after constfold (which would fold the widening convert of a
// half constant into a float32 constant twice its size) and after cse
// (which would merge the converts of an operand shared by several dots,
// and the GEMM widens a convert in place only when the dot is its one
// user). widen-half-dots removes what it replaced itself, so nothing has
// to follow it.
//
// passes.Fuse runs after the pipeline but is not one of its passes: it is
// an analysis that returns a plan (what is stored, inlined, fused into a
// GEMM epilogue or a row group) and does not change the function.
// Options.DumpFusion prints the plan.
//
// cfg returns the options the passes read; it is called when they run.
func pipeline(cfg func() (*Options, error)) passes.Pipeline {
	std := passes.Standard(capabilities().HasOp, backends.NewEvaluator(interp.New()))
	ps := []passes.Pass{{Name: "decompose-long-attention", Optional: true, Run: func(f *ir.Func) error {
		o, err := cfg()
		if err != nil || !o.DecomposeAttention {
			return err
		}
		return decomposeLongAttention(f)
	}}}
	// The expert_matmul values the native kernels do not take are
	// expanded before the standard passes, which clean up after them.
	ps = append(ps, passes.Pass{Name: "decompose-expert-matmul", Run: decomposeExpertMatmul})
	ps = append(ps, passes.Pass{Name: "decompose-quant-matmul", Run: func(f *ir.Func) error {
		o, err := cfg()
		if err != nil {
			return err
		}
		return decomposeQuantMatmul(f, !o.NoAVX512 && o.CPU == "" && hostHasAVX512())
	}})
	ps = append(ps, std.Passes...)
	ps = append(ps, passes.Pass{Name: "widen-half-dots", Optional: true, Run: func(f *ir.Func) error {
		o, err := cfg()
		if err != nil || o.NaiveDot {
			return err
		}
		return widenHalfDots(f)
	}})
	return passes.Pipeline{Name: "llvm", Passes: ps}
}

// decomposeLongAttention expands the Attention values with more than
// attnNativeMaxTq queries with passes.Decompose into batched GEMMs and
// softmax loops. The pipeline runs it only with Options.DecomposeAttention
// (for comparison and debugging); otherwise every Attention stays fused.
func decomposeLongAttention(f *ir.Func) error {
	return f.Rewrite(func(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		if v.Op != ir.OpAttention || v.Args[0].Type.Shape[2] <= attnNativeMaxTq {
			return nil, nil
		}
		sub := ir.NewFunc("attention")
		m := map[*ir.Value]*ir.Value{}
		args := make([]*ir.Value, len(v.Args))
		for i, a := range v.Args {
			args[i] = sub.Param(fmt.Sprintf("a%d", i), a.Type)
		}
		r, err := sub.Emit(ir.OpAttention, ir.CloneAttrs(v.Attrs), v.Pos, args...)
		if err != nil {
			return nil, err
		}
		sub.SetResults([]*ir.Value{r}, nil)
		if err := passes.Decompose(nil)(sub); err != nil {
			return nil, err
		}
		for i, p := range sub.Params {
			m[p] = v.Args[i]
		}
		for _, sv := range sub.Values {
			if sv.Op == ir.OpParameter {
				continue
			}
			var nv *ir.Value
			switch sv.Op {
			case ir.OpConstant:
				nv, err = e.Constant(sv.Type, sv.Attrs.(*ir.ConstantAttrs).Data, v.Pos)
			case ir.OpIota:
				nv, err = e.Iota(sv.Type, sv.Attrs.(*ir.IotaAttrs).Dim, v.Pos)
			default:
				as := make([]*ir.Value, len(sv.Args))
				for i, a := range sv.Args {
					as[i] = m[a]
				}
				nv, err = e.Emit(sv.Op, sv.Attrs, v.Pos, as...)
			}
			if err != nil {
				return nil, err
			}
			m[sv] = nv
		}
		return m[sub.Results[0]], nil
	})
}

// widenHalfDots rewrites each DotGeneral on float16/bfloat16 operands or
// with a float16/bfloat16 result, whose float32 version the GEMM kernels
// run, as Convert(DotGeneral(f32(a), f32(b), out=f32)): the half operands
// are then widened as the GEMM packs them (they are read in place) and
// the conversion of the result is the GEMM's epilogue. Numerically this
// is float32 accumulation rounded once to the result dtype, where the
// naive loop accumulated in float64 — the difference is far below one
// half-precision step. When it changed anything it removes the values it
// replaced (passes.DeadCode), so no cleanup pass needs to follow it.
func widenHalfDots(f *ir.Func) error {
	changed := false
	err := f.Rewrite(func(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		if v.Op != ir.OpDotGeneral {
			return nil, nil
		}
		a := v.Attrs.(*ir.DotAttrs)
		l, r := v.Args[0], v.Args[1]
		halfIn := isHalf(l.Type.DType) || isHalf(r.Type.DType)
		if !halfIn && !isHalf(a.Out) {
			return nil, nil
		}
		for _, d := range []ir.DType{l.Type.DType, r.Type.DType, a.Out} {
			if d != ir.Float32 && !isHalf(d) {
				return nil, nil
			}
		}
		widen := func(x *ir.Value) (*ir.Value, error) {
			if x.Type.DType == ir.Float32 {
				return x, nil
			}
			return e.Emit(ir.OpConvert, &ir.ConvertAttrs{To: ir.Float32}, v.Pos, x)
		}
		// Only where the float32 dot takes a GEMM kernel: the naive loop
		// would round twice (float64 -> float32 -> half).
		na := *a
		na.Out = ir.Float32
		if planGemmTypes(ir.Type{DType: ir.Float32, Shape: l.Type.Shape}, ir.Type{DType: ir.Float32, Shape: r.Type.Shape}, &na) == nil {
			return nil, nil
		}
		wl, err := widen(l)
		if err != nil {
			return nil, err
		}
		wr, err := widen(r)
		if err != nil {
			return nil, err
		}
		nattrs := ir.CloneAttrs(v.Attrs).(*ir.DotAttrs)
		nattrs.Out = ir.Float32
		d, err := e.Emit(ir.OpDotGeneral, nattrs, v.Pos, wl, wr)
		if err != nil {
			return nil, err
		}
		changed = true
		if a.Out == ir.Float32 {
			return d, nil
		}
		return e.Emit(ir.OpConvert, &ir.ConvertAttrs{To: a.Out}, v.Pos, d)
	})
	if err != nil || !changed {
		return err
	}
	return passes.DeadCode(f)
}
