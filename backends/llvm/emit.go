package llvm

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	lir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// Code generation. Every value of the (decomposed, simplified) function is
// either materialized in a buffer (a parameter, a result, a workspace slot,
// a constant global, or an alias of another buffer for reshapes) or inlined
// into its single consumer: elemAt(v, idx) yields the element of v at a
// multi-index, loading it from v's buffer or computing it from v's
// operands. A materialized value is produced by one or more kernels, each
// an LLVM function k(env, lo, hi) computing the slice [lo, hi) of its
// outermost loop; kiln_main(env) calls them in order, directly or through
// the runtime's kiln_parallel_for. env holds one pointer per slot.
//
// Compute types: f32, f16 and bf16 compute in float (f16/bf16 are stored as
// i16 and rounded to their dtype wherever a value of that dtype is
// produced), f64 in double; integers in their own width (u8 as i8 with
// unsigned division, comparison, extension); bool as i1 (stored as i8).

var (
	i1, i8, i16, i32, i64 = types.I1, types.I8, types.I16, types.I32, types.I64
	f32t, f64t            = types.Float, types.Double
	i8p                   = types.NewPointer(types.I8)
	i8pp                  = types.NewPointer(i8p)
	kernelType            = types.NewFunc(types.Void, i8pp, i64, i64)
)

type storage uint8

const (
	stInline   storage = iota // computed in its consumer
	stSlot                    // env slot (parameter, result or workspace)
	stGlobal                  // constant global
	stAlias                   // reshape sharing another value's memory
	stSplat                   // constant with one repeated element: an immediate
	stWiden                   // f16/bf16 -> f32 Convert read by a GEMM from its source (alias)
	stRowLocal                // a row group's reduction kept in a register for one row
)

type vinfo struct {
	st    storage
	slot  int
	glob  *lir.Global
	alias *ir.Value
	splat value.Value // stSplat: the element in compute type
}

// ctype is the compute type of a dtype.
func ctype(d ir.DType) types.Type {
	switch d {
	case ir.Float32, ir.Float16, ir.BFloat16:
		return f32t
	case ir.Float64:
		return f64t
	case ir.Bool:
		return i1
	case ir.Int8, ir.Uint8:
		return i8
	case ir.Int16:
		return i16
	case ir.Int32:
		return i32
	}
	return i64
}

// stype is the storage type of a dtype.
func stype(d ir.DType) types.Type {
	switch d {
	case ir.Float16, ir.BFloat16:
		return i16
	case ir.Bool:
		return i8
	}
	return ctype(d)
}

func isHalf(d ir.DType) bool { return d == ir.Float16 || d == ir.BFloat16 }

// unsignedInt reports whether integer compute uses unsigned semantics.
func unsignedInt(d ir.DType) bool { return d == ir.Uint8 || d == ir.Bool }

func ci64(x int64) *constant.Int { return constant.NewInt(i64, x) }

func cint(t types.Type, x int64) *constant.Int {
	it := t.(*types.IntType)
	if it.BitSize == 1 {
		x &= 1
	}
	return constant.NewInt(it, x)
}

// cfloat is a float constant of compute type t (exactly representable).
func cfloat(t types.Type, x float64) *constant.Float {
	if t.Equal(f32t) {
		x = float64(float32(x))
	}
	c := constant.NewFloat(t.(*types.FloatType), x)
	return c
}

// emitter builds one LLVM module from one function.
// codegen holds the code-generation switches of Options that change the
// generated kernels.
type codegen struct {
	naiveDot bool // dots as the naive loop (Options.NaiveDot)
	prefetch bool // the streamed GEMM prefetches B's next panels (not Options.NoPrefetch)
	zmm      bool // the blocked GEMM uses the AVX-512 block
	// sharedPack: the GEMMs share two whole-run packing buffers
	// (Options.SharedPackScratch) instead of sizing their own.
	sharedPack bool
	prepack    bool // blocked GEMMs on a weight parameter read its packed copy when Run passes one (not Options.NoPrepack)
	// gemmGroups runs consecutive streamed GEMMs of one A as one job
	// (not Options.NoGemmGroups).
	gemmGroups bool
}

func codegenOptions(o *Options) codegen {
	return codegen{
		naiveDot:   o.NaiveDot,
		prefetch:   !o.NoPrefetch,
		prepack:    !o.NoPrepack,
		gemmGroups: !o.NoGemmGroups,
		// A KILN_CPU override names the target: keep its vector width.
		zmm:        !o.NoAVX512 && o.CPU == "" && hostHasAVX512(),
		sharedPack: o.SharedPackScratch,
	}
}

type emitter struct {
	cg        codegen
	m         *lir.Module
	f         *ir.Func
	info      map[*ir.Value]*vinfo
	decls     map[string]*lir.Func
	main      *lir.Func
	mainB     *lir.Block
	mainEnv   value.Value
	pfor      *lir.Func
	nk        int
	kernels   map[string]*lir.Func
	nkUnique  int
	work      int64    // total loop iterations of all kernel calls
	profSlot  int      // env slot of the cycle counters, -1 when not profiling
	profNames []string // per kernel call: the value it computes
	cur       string   // the value being lowered
	pack      int      // env slot of the current GEMM's packed-B scratch, -1: none
	packA     int      // env slot of its packed-A scratch, -1: none
	// shared and sharedBytes are the whole-run packed-B and packed-A
	// buffers and their sizes with codegen.sharedPack.
	shared, sharedBytes [2]int
	newWS               func(bytes int) int
	threads             int                     // pool threads: sizes per-thread scratch (Go side only)
	epi                 map[*ir.Value]*ir.Value // GEMM -> the elementwise value its kernels also compute
	// mergedHeads maps an Attention value whose result only feeds the
	// head merge (transpose to (B, Tq, Hq, Dv) and reshape to
	// (B, Tq, Hq*Dv)) to that reshape: the kernel writes the merged layout
	// into the reshape's buffer, and the merge is never copied.
	mergedHeads map[*ir.Value]*ir.Value
	// prepacked maps a blocked GEMM whose B is a parameter to the env
	// slot of that parameter's packed copy (gemm_prepack.go).
	prepacked map[*ir.Value]int
	// streamGroups maps the first of a group of sibling streamed GEMMs
	// to the group, emitted as one job; grouped marks the others
	// (planStreamGroups).
	streamGroups map[*ir.Value][]*ir.Value
	grouped      map[*ir.Value]bool
}

// declare returns the external function name, declaring it once.
func (e *emitter) declare(name string, ret types.Type, params ...types.Type) *lir.Func {
	if f, ok := e.decls[name]; ok {
		return f
	}
	ps := make([]*lir.Param, len(params))
	for i, p := range params {
		ps[i] = lir.NewParam("", p)
	}
	f := e.m.NewFunc(name, ret, ps...)
	e.decls[name] = f
	return f
}

// kernel is one LLVM function k(args, lo, hi) under construction. args is
// the kernel's own array of buffer pointers, filled by kiln_main at the
// call; kernels that differ only in the buffers they touch are therefore
// identical functions and are emitted once (the layers of a model share
// their kernels).
type kernel struct {
	e      *emitter
	f      *lir.Func
	entry  *lir.Block
	first  *lir.Block
	b      *lir.Block
	env    value.Value
	lo, hi value.Value
	ptrs   map[any]value.Value
	half   map[value.Value]ir.DType // GEMM operand pointers holding f16/bf16
	args   []any                    // per argument: env slot (int) or *lir.Global
	// rowVals holds values bound for the element or row being computed:
	// inside a row-group kernel the current row's value of each reduction
	// of the group computed so far, inside a GEMM epilogue the product.
	rowVals map[*ir.Value]value.Value
}

func (e *emitter) newKernel() *kernel {
	e.nk++
	env, lo, hi := lir.NewParam("args", i8pp), lir.NewParam("lo", i64), lir.NewParam("hi", i64)
	f := e.m.NewFunc(fmt.Sprintf("k%d", e.nk), types.Void, env, lo, hi)
	f.Linkage = enum.LinkageInternal
	f.FuncAttrs = append(f.FuncAttrs, enum.FuncAttrNoUnwind, enum.FuncAttrNoInline)
	k := &kernel{e: e, f: f, env: env, lo: lo, hi: hi, ptrs: map[any]value.Value{}, half: map[value.Value]ir.DType{}}
	k.entry = f.NewBlock("entry")
	k.first = f.NewBlock("")
	k.b = k.first
	return k
}

// finish terminates the kernel, replaces it by an identical earlier one if
// any, and calls it from kiln_main over n outer iterations, in parallel
// when the work (n * inner) is large enough.
func (k *kernel) finish(n int64, inner int64, parallel bool) {
	k.entry.NewBr(k.first)
	k.b.NewRet(nil)
	e := k.e
	fn := k.f
	name := fn.Name()
	fn.SetName("kernel")
	if err := fn.AssignIDs(); err != nil {
		panic(err)
	}
	text := fn.LLString()
	fn.SetName(name)
	if prev, ok := e.kernels[text]; ok {
		for i, g := range e.m.Funcs {
			if g == fn {
				e.m.Funcs = append(e.m.Funcs[:i], e.m.Funcs[i+1:]...)
				break
			}
		}
		fn = prev
	} else {
		e.kernels[text] = fn
		e.nkUnique++
	}
	if n <= 0 {
		return
	}
	e.work += n * max(inner, 1)
	mb := e.mainB
	var argv value.Value = constant.NewNull(i8pp)
	if len(k.args) > 0 {
		arr := types.NewArray(uint64(len(k.args)), i8p)
		a := mb.NewAlloca(arr)
		for i, ref := range k.args {
			var p value.Value
			switch r := ref.(type) {
			case int:
				p = mb.NewLoad(i8p, mb.NewGetElementPtr(i8p, e.mainEnv, ci64(int64(r))))
			case *lir.Global:
				p = constant.NewBitCast(r, i8p)
			}
			mb.NewStore(p, mb.NewGetElementPtr(arr, a, ci64(0), ci64(int64(i))))
		}
		argv = mb.NewGetElementPtr(arr, a, ci64(0), ci64(0))
	}
	var t0 value.Value
	rc := e.declare("llvm.readcyclecounter", i64)
	if e.profSlot >= 0 {
		t0 = mb.NewCall(rc)
	}
	if parallel && n > 1 && n*max(inner, 1) >= 1<<14 {
		// Pieces of at least ~4K inner iterations, so that claiming one
		// costs little next to running it.
		grain := max(1, (1<<12)/max(inner, 1))
		mb.NewCall(e.pfor, fn, argv, ci64(n), ci64(grain))
	} else {
		mb.NewCall(fn, argv, ci64(0), ci64(n))
	}
	if e.profSlot >= 0 {
		t1 := mb.NewCall(rc)
		raw := mb.NewLoad(i8p, mb.NewGetElementPtr(i8p, e.mainEnv, ci64(int64(e.profSlot))))
		cp := mb.NewGetElementPtr(i64, mb.NewBitCast(raw, types.NewPointer(i64)), ci64(int64(len(e.profNames))))
		mb.NewStore(mb.NewAdd(mb.NewLoad(i64, cp), mb.NewSub(t1, t0)), cp)
		e.profNames = append(e.profNames, e.cur)
	}
}

// argPtr returns the kernel's pointer to buffer ref (an env slot or a
// global) with element type t, loaded once in the entry block.
func (k *kernel) argPtr(ref any, t types.Type) value.Value {
	key := [2]any{ref, t.LLString()}
	if p, ok := k.ptrs[key]; ok {
		return p
	}
	idx := -1
	for i, r := range k.args {
		if r == ref {
			idx = i
		}
	}
	if idx < 0 {
		idx = len(k.args)
		k.args = append(k.args, ref)
	}
	gp := k.entry.NewGetElementPtr(i8p, k.env, ci64(int64(idx)))
	raw := k.entry.NewLoad(i8p, gp)
	p := k.entry.NewBitCast(raw, types.NewPointer(t))
	k.ptrs[key] = p
	return p
}

// basePtr returns a typed pointer to the storage of materialized v.
func (k *kernel) basePtr(v *ir.Value) value.Value {
	in := k.e.info[v]
	if in.st == stAlias {
		return k.basePtr(in.alias)
	}
	t := stype(v.Type.DType)
	switch in.st {
	case stSlot:
		return k.argPtr(in.slot, t)
	case stGlobal:
		return k.argPtr(in.glob, t)
	}
	panic(fmt.Sprintf("llvm: value %%%d has no memory", v.ID))
}

// slotPtr returns a pointer to env slot s with element type t.
func (k *kernel) slotPtr(s int, t types.Type) value.Value { return k.argPtr(s, t) }

// loop emits for i := lo; i < hi; i++ { body(i) }.
func (k *kernel) loop(lo, hi value.Value, body func(i value.Value)) { k.loopStep(lo, hi, 1, body) }

// nest loops over shape; the outermost dim runs over [lo, hi) of the
// kernel (rank 0: one iteration when lo < hi).
func (k *kernel) nest(shape ir.Shape, body func(idx []value.Value)) {
	idx := make([]value.Value, len(shape))
	if len(shape) == 0 {
		k.loop(k.lo, k.hi, func(value.Value) { body(idx) })
		return
	}
	var rec func(d int)
	rec = func(d int) {
		if d == len(shape) {
			body(idx)
			return
		}
		lo, hi := value.Value(ci64(0)), value.Value(ci64(int64(shape[d])))
		if d == 0 {
			lo, hi = k.lo, k.hi
		}
		k.loop(lo, hi, func(i value.Value) {
			idx[d] = i
			rec(d + 1)
		})
	}
	rec(0)
}

// fullNest loops over every index of shape (not split by lo/hi).
func (k *kernel) fullNest(shape ir.Shape, body func(idx []value.Value)) {
	idx := make([]value.Value, len(shape))
	var rec func(d int)
	rec = func(d int) {
		if d == len(shape) {
			body(idx)
			return
		}
		k.loop(ci64(0), ci64(int64(shape[d])), func(i value.Value) {
			idx[d] = i
			rec(d + 1)
		})
	}
	rec(0)
}

// ravel is the row-major flat offset of idx in shape.
func (k *kernel) ravel(idx []value.Value, shape ir.Shape) value.Value {
	var off value.Value = ci64(0)
	st := shape.Strides()
	first := true
	for d, x := range idx {
		if shape[d] == 1 {
			continue
		}
		var t value.Value = x
		if st[d] != 1 {
			t = k.b.NewMul(x, ci64(int64(st[d])))
		}
		if first {
			off, first = t, false
		} else {
			off = k.b.NewAdd(off, t)
		}
	}
	return off
}

// unravel splits a flat offset into a multi-index of shape.
func (k *kernel) unravel(flat value.Value, shape ir.Shape) []value.Value {
	idx := make([]value.Value, len(shape))
	st := shape.Strides()
	for d := range shape {
		switch {
		case shape[d] == 1:
			idx[d] = ci64(0)
		case d == 0:
			idx[d] = k.b.NewSDiv(flat, ci64(int64(st[d])))
		default:
			r := k.b.NewSRem(flat, ci64(int64(st[d-1])))
			if st[d] == 1 {
				idx[d] = r
			} else {
				idx[d] = k.b.NewSDiv(r, ci64(int64(st[d])))
			}
		}
	}
	return idx
}

// load reads element flat of materialized v, widened to compute type.
func (k *kernel) loadFlat(v *ir.Value, flat value.Value) value.Value {
	st := stype(v.Type.DType)
	p := k.b.NewGetElementPtr(st, k.basePtr(v), flat)
	return k.widen(v.Type.DType, k.b.NewLoad(st, p))
}

// store writes x (compute type of d) at element flat of pointer p.
func (k *kernel) store(d ir.DType, p value.Value, flat, x value.Value) {
	st := stype(d)
	g := k.b.NewGetElementPtr(st, p, flat)
	k.b.NewStore(k.narrow(d, x), g)
}

// widen converts a stored element to compute type.
func (k *kernel) widen(d ir.DType, x value.Value) value.Value {
	switch d {
	case ir.Bool:
		return k.b.NewICmp(enum.IPredNE, x, cint(i8, 0))
	case ir.BFloat16:
		w := k.b.NewShl(k.b.NewZExt(x, i32), cint(i32, 16))
		return k.b.NewBitCast(w, f32t)
	case ir.Float16:
		return k.f16ToF32(x)
	}
	return x
}

// narrow converts a compute value to the storage of d (rounding to nearest
// even for f16/bf16).
func (k *kernel) narrow(d ir.DType, x value.Value) value.Value {
	switch d {
	case ir.Bool:
		return k.b.NewZExt(x, i8)
	case ir.BFloat16:
		return k.f32ToBF16(x)
	case ir.Float16:
		return k.f32ToF16(x)
	}
	return x
}

// round rounds a float compute value to dtype d (identity unless f16/bf16).
func (k *kernel) round(d ir.DType, x value.Value) value.Value {
	if isHalf(d) {
		return k.widen(d, k.narrow(d, x))
	}
	return x
}

func (k *kernel) sel(c, a, b value.Value) value.Value { return k.b.NewSelect(c, a, b) }

func (k *kernel) icmp(p enum.IPred, a, b value.Value) value.Value { return k.b.NewICmp(p, a, b) }

func (k *kernel) f16ToF32(h value.Value) value.Value {
	b := k.b
	x := b.NewZExt(h, i32)
	sign := b.NewShl(b.NewAnd(x, cint(i32, 0x8000)), cint(i32, 16))
	exp := b.NewAnd(b.NewLShr(x, cint(i32, 10)), cint(i32, 31))
	man := b.NewAnd(x, cint(i32, 0x3ff))
	normal := b.NewOr(b.NewShl(b.NewAdd(exp, cint(i32, 112)), cint(i32, 23)), b.NewShl(man, cint(i32, 13)))
	infnan := b.NewOr(cint(i32, 0x7f800000), b.NewShl(man, cint(i32, 13)))
	sub := b.NewBitCast(b.NewFMul(b.NewUIToFP(man, f32t), cfloat(f32t, 1.0/(1<<24))), i32)
	mag := k.sel(k.icmp(enum.IPredEQ, exp, cint(i32, 0)), sub, k.sel(k.icmp(enum.IPredEQ, exp, cint(i32, 31)), infnan, normal))
	return b.NewBitCast(b.NewOr(mag, sign), f32t)
}

func (k *kernel) f32ToF16(f value.Value) value.Value {
	b := k.b
	x := b.NewBitCast(f, i32)
	sign := b.NewAnd(b.NewLShr(x, cint(i32, 16)), cint(i32, 0x8000))
	a := b.NewAnd(x, cint(i32, 0x7fffffff))
	nan := b.NewOr(cint(i32, 0x7e00), b.NewAnd(b.NewLShr(a, cint(i32, 13)), cint(i32, 0x3ff)))
	big := k.sel(k.icmp(enum.IPredUGT, a, cint(i32, 0x7f800000)), nan, cint(i32, 0x7c00))
	lsb := b.NewAnd(b.NewLShr(a, cint(i32, 13)), cint(i32, 1))
	norm := b.NewLShr(b.NewAdd(b.NewAdd(b.NewSub(a, cint(i32, 0x38000000)), cint(i32, 0xfff)), lsb), cint(i32, 13))
	af := b.NewBitCast(a, f32t)
	subn := b.NewSub(b.NewBitCast(b.NewFAdd(af, cfloat(f32t, 0.5)), i32), cint(i32, 0x3f000000))
	r := k.sel(k.icmp(enum.IPredUGE, a, cint(i32, 0x477ff000)), big,
		k.sel(k.icmp(enum.IPredUGE, a, cint(i32, 0x38800000)), norm, subn))
	return b.NewTrunc(b.NewOr(r, sign), i16)
}

func (k *kernel) f32ToBF16(f value.Value) value.Value {
	b := k.b
	x := b.NewBitCast(f, i32)
	a := b.NewAnd(x, cint(i32, 0x7fffffff))
	nan := b.NewOr(b.NewLShr(x, cint(i32, 16)), cint(i32, 0x40))
	lsb := b.NewAnd(b.NewLShr(x, cint(i32, 16)), cint(i32, 1))
	rn := b.NewLShr(b.NewAdd(b.NewAdd(x, cint(i32, 0x7fff)), lsb), cint(i32, 16))
	r := k.sel(k.icmp(enum.IPredUGT, a, cint(i32, 0x7f800000)), nan, rn)
	return b.NewTrunc(r, i16)
}

// f64ToF32Odd converts double to float rounding to odd (see
// ir.PutElementFloat): a later RNE to f16/bf16 is then correctly rounded.
func (k *kernel) f64ToF32Odd(x value.Value) value.Value {
	b := k.b
	t := b.NewFPTrunc(x, f32t)
	back := b.NewFPExt(t, f64t)
	exact := b.NewFCmp(enum.FPredUEQ, back, x) // NaN counts as exact
	tb := b.NewBitCast(t, i32)
	fabs := k.e.declare("llvm.fabs.f64", f64t, f64t)
	bigger := b.NewFCmp(enum.FPredOGT, b.NewCall(fabs, back), b.NewCall(fabs, x))
	tz := k.sel(bigger, b.NewSub(tb, cint(i32, 1)), tb)
	odd := b.NewBitCast(b.NewOr(tz, cint(i32, 1)), f32t)
	return k.sel(exact, t, odd)
}

// constElem is element 0 of a constant's data as a compute-type constant.
func constElem(d ir.DType, data []byte) value.Value {
	t := ctype(d)
	switch {
	case d.IsFloat():
		return cfloat(t, ir.ElementFloat(d, data, 0))
	case d == ir.Bool:
		return constant.NewBool(data[0] != 0)
	}
	return cint(t, ir.ElementInt(d, data, 0))
}
