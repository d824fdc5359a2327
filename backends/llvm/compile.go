package llvm

import (
	"fmt"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	lir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
)

// module is the generated LLVM module of one function and the layout of
// its env array.
type module struct {
	text      []byte
	nparams   int
	nres      int
	ws        []wsSlot // workspace slots, env indices nparams+nres...
	wsBytes   int
	kernels   int      // distinct kernel functions
	work      int64    // total loop iterations: small modules skip opt
	profNames []string // per kernel call when profiling (its counter is the last env slot)
	// inplace maps a result index to the parameter it may share memory
	// with when that argument is donated: the result is a
	// dynamic_update_slice of the parameter, its only use.
	inplace map[int]int
	// profSlot is the env slot of the profile counters (profNames != nil).
	profSlot int
	// prepack lists the packed weight layouts the kernels can read, at
	// env slots prepackSlot... (null when Run has no packed copy).
	prepack     []prepackSpec
	prepackSlot int
	// lm is the module text's LLVM IR, kept only until the executable is
	// built (Precompile renames its symbols to merge modules).
	lm *lir.Module
	// bp is the buffer plan the module was generated from, laid out with
	// the kernels' scratch (PlanWorkspace); Compile drops it.
	bp *passes.BufferPlan
}

// optThreshold is the work below which a module is compiled by llc alone:
// opt's loop optimizations cannot pay for themselves on tiny programs
// (conformance tests compile hundreds of them).
var optThreshold int64 = 1 << 15

// wsSlot is one workspace buffer: its byte offset and size, and the
// positions (in the function's values) of its definition and last use
// (passes.Slot, as the buffer plan laid it out).
type wsSlot struct{ off, size, def, last int }

// kernelOps are materialized by a dedicated kernel.
func noInlineConsumer(op ir.Op) bool {
	switch op {
	case ir.OpBroadcastInDim, ir.OpDotGeneral, ir.OpConv, ir.OpGather, ir.OpScatterAdd,
		ir.OpDynamicUpdateSlice, ir.OpAttention, ir.OpExpertMatmul, ir.OpQuantMatmul, ir.OpQuantMatmulCodebook:
		return true
	}
	return false
}

// fusionRules are what this backend's code generator can fuse (see
// passes.Fuse): inline-able ops are computed in their consumer's loop
// (elemAt), GEMMs planned by planGemm run epilogues, and every reduction
// can be a row-group sweep. Options.NoEpilogue and Options.NoRowFusion
// turn the last two off, for comparison.
func fusionRules(o *Options) passes.FusionRules {
	r := passes.FusionRules{
		Inline:          inlineOp,
		RereadsOperands: noInlineConsumer,
		// The attention kernels read q, k, v, the mask and positions by
		// index (elemAt): the head split's transposes are read in place.
		ReadsViews: func(op ir.Op) bool { return op == ir.OpAttention },
		Epilogue:   func(v *ir.Value) bool { return planGemm(v) != nil },
		RowReduce:  func(v *ir.Value) bool { return v.Op == ir.OpReduce },
	}
	if o.NoEpilogue {
		r.Epilogue = nil
	}
	if o.NoRowFusion {
		r.RowReduce = nil
	}
	return r
}

// bufferRules are what this backend tells passes.PlanBuffers: a bf16/f16
// weight converted to float32 for a GEMM is widened as the GEMM packs it
// (never stored). The GEMM kernels' packing buffers are not whole-program
// scratch: each GEMM adds its own, live at its position only (packSlot),
// unless sharedPack asks for two whole-run buffers that all GEMMs share
// (Options.SharedPackScratch), sized once every GEMM is emitted.
func bufferRules(sharedPack bool) passes.BufferRules {
	scratch := 0
	if sharedPack {
		scratch = 2
	}
	return passes.BufferRules{
		Scratch: scratch,
		ReadThrough: func(v, user *ir.Value) bool {
			return v.Op == ir.OpConvert && isHalf(v.Args[0].Type.DType) && v.Type.DType == ir.Float32 && user.Op == ir.OpDotGeneral
		},
	}
}

// generate lowers a checked, decomposed function to an LLVM module,
// following the fusion plan (which values are stored, which are computed
// inside their consumers' loops, GEMM epilogues and row groups) and the
// buffer plan it derives from it (passes.PlanBuffers: where each value
// lives, the workspace layout, results written directly or in place).
//
// env holds the parameters, then the results, then (when profiling) the
// cycle counters, then the workspace slots in the buffer plan's order.
func generate(f *ir.Func, plan *passes.FusionPlan, triple string, profile bool, cg codegen) (mod *module, err error) {
	defer func() {
		if r := recover(); r != nil {
			mod, err = nil, fmt.Errorf("llvm: internal error generating code: %v", r)
		}
	}()
	bp, err := passes.PlanBuffers(f, plan, bufferRules(cg.sharedPack))
	if err != nil {
		return nil, err
	}
	e := &emitter{
		m:       lir.NewModule(),
		f:       f,
		info:    map[*ir.Value]*vinfo{},
		decls:   map[string]*lir.Func{},
		kernels: map[string]*lir.Func{},
	}
	e.m.TargetTriple = triple
	e.cg = cg
	e.profSlot = -1
	e.threads = max(rtMaxThreads, 1)
	mod = &module{nparams: len(f.Params), nres: len(f.Results)}
	wsBase := len(f.Params) + len(f.Results)
	if profile {
		// The cycle counters: an env slot before the workspace's; Run
		// points it at the executable's counters.
		e.profSlot = wsBase
		mod.profSlot = wsBase
		wsBase++
	}
	mod.prepackSlot = wsBase
	mod.prepack = e.planPrepacks(f, wsBase)
	wsBase += len(mod.prepack)
	e.epi = plan.Epilogue
	e.mergedHeads = bp.MergedHeads
	curIdx := 0 // position of the value being emitted
	e.newWS = func(bytes int) int { return wsBase + bp.AddScratch(curIdx, bytes) }
	e.pack, e.packA = -1, -1
	if cg.sharedPack {
		e.shared = [2]int{wsBase + bp.Scratch[0], wsBase + bp.Scratch[1]}
	}
	ng := 0
	for _, v := range f.Values {
		in := &vinfo{}
		e.info[v] = in
		pl := bp.Place(v)
		switch pl.Home {
		case passes.HomeParam:
			in.st, in.slot = stSlot, pl.Index
		case passes.HomeResult:
			in.st, in.slot = stSlot, len(f.Params)+pl.Index
		case passes.HomeWorkspace:
			in.st, in.slot = stSlot, wsBase+pl.Index
		case passes.HomeSplat:
			in.st, in.splat = stSplat, zeroOf(v.Type.DType)
			if data := v.Attrs.(*ir.ConstantAttrs).Data; len(data) > 0 {
				in.splat = constElem(v.Type.DType, data)
			}
		case passes.HomeConstant:
			ng++
			g := e.m.NewGlobalDef(fmt.Sprintf("c%d", ng), constantBytes(v.Attrs.(*ir.ConstantAttrs).Data))
			g.Immutable = true
			g.Linkage = enum.LinkagePrivate
			g.Align = 64
			in.st, in.glob = stGlobal, g
		case passes.HomeView:
			in.st, in.alias = stAlias, pl.Of
		case passes.HomeReadThrough:
			in.st, in.alias = stWiden, pl.Of
		case passes.HomeRow:
			in.st = stRowLocal
		default:
			in.st = stInline
		}
	}
	// kiln_main(env)
	e.pfor = e.m.NewFunc("kiln_parallel_for", types.Void, lir.NewParam("", types.NewPointer(kernelType)), lir.NewParam("", i8pp), lir.NewParam("", i64), lir.NewParam("", i64))
	env := lir.NewParam("env", i8pp)
	e.main = e.m.NewFunc("kiln_main", types.Void, env)
	e.mainEnv = env
	e.mainB = e.main.NewBlock("entry")
	// The kernels in emission order (row groups by their first member),
	// for the sibling GEMM groups.
	var order []*ir.Value
	pos := map[*ir.Value]int{}
	for vi, v := range f.Values {
		pos[v] = vi
		if g := plan.GroupOf[v]; g != nil {
			if g.Members[0] == v {
				order = append(order, v)
			}
			continue
		}
		if e.info[v].st != stSlot || v.Op == ir.OpParameter || v.Type.Shape.NumElements() == 0 || bp.Place(v).Writer != nil {
			continue
		}
		order = append(order, v)
	}
	e.planStreamGroups(order, pos, bp)
	for vi, v := range f.Values {
		if g := plan.GroupOf[v]; g != nil {
			if g.Members[0] == v {
				curIdx = vi
				e.cur = fmt.Sprintf("%%%d = row_group f32%s (%d values to %%%d, %d stored)", v.ID, g.Full, len(g.Members), g.Members[len(g.Members)-1].ID, len(g.Outputs))
				if err := e.emitRowGroup(g); err != nil {
					return nil, err
				}
			}
			continue
		}
		if e.info[v].st != stSlot || v.Op == ir.OpParameter || v.Type.Shape.NumElements() == 0 || bp.Place(v).Writer != nil || e.grouped[v] {
			continue
		}
		curIdx = vi
		e.cur = fmt.Sprintf("%%%d = %s %s", v.ID, v.Op, v.Type)
		if v.Op == ir.OpDotGeneral {
			e.cur += " " + dotKind(v)
			if g := e.streamGroups[v]; len(g) > 1 {
				for _, s := range g[1:] {
					e.cur += fmt.Sprintf(" + %%%d", s.ID)
				}
			}
		}
		if err := e.emitValue(v, e.newWS); err != nil {
			return nil, err
		}
	}
	for i, r := range f.Results {
		if bp.DirectResults[i] || r.Type.Shape.NumElements() == 0 {
			continue
		}
		e.cur = fmt.Sprintf("copy to result %d", i)
		e.emitCopy(r, len(f.Params)+i)
	}
	e.mainB.NewRet(nil)
	if cg.sharedPack {
		bp.Slots[bp.Scratch[0]].Bytes, bp.Slots[bp.Scratch[1]].Bytes = e.sharedBytes[0], e.sharedBytes[1]
	}
	bp.Layout()
	if profile {
		mod.ws = append(mod.ws, wsSlot{}) // the counters: no workspace memory
	}
	for range mod.prepack {
		mod.ws = append(mod.ws, wsSlot{}) // packed weights: set by Run
	}
	for _, s := range bp.Slots {
		mod.ws = append(mod.ws, wsSlot{off: s.Offset, size: s.Bytes, def: s.Def, last: s.Last})
	}
	mod.wsBytes = bp.WorkspaceBytes
	mod.text = []byte(e.m.String())
	mod.lm = e.m
	mod.kernels = e.nkUnique
	mod.work = e.work
	mod.profNames = e.profNames
	mod.inplace = bp.InPlace
	mod.bp = bp
	return mod, nil
}

func materialized(in *vinfo) bool {
	return in.st == stSlot || in.st == stGlobal || in.st == stAlias
}

func (e *emitter) emitValue(v *ir.Value, newWS func(int) int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("llvm: lowering %%%d = %s %s at %s: %v", v.ID, v.Op, v.Type, v.Pos, r)
		}
	}()
	switch v.Op {
	case ir.OpReduce:
		e.emitReduce(v)
	case ir.OpArgMax, ir.OpArgMin:
		e.emitArg(v)
	case ir.OpDotGeneral:
		e.emitDot(v)
	case ir.OpConv:
		e.emitConv(v)
	case ir.OpGather:
		e.emitGather(v)
	case ir.OpScatterAdd:
		tmp := 0
		if v.Type.DType.IsFloat() {
			tmp = newWS(8 * v.Type.Shape.NumElements())
		}
		e.emitScatterAdd(v, tmp)
	case ir.OpDynamicSlice:
		e.emitDynamicSlice(v)
	case ir.OpDynamicUpdateSlice:
		e.emitDynamicUpdateSlice(v)
	case ir.OpConcat:
		e.emitConcat(v)
	case ir.OpPad:
		e.emitPad(v)
	case ir.OpExpertMatmul:
		e.emitExpertMatmul(v)
	case ir.OpQuantMatmul, ir.OpQuantMatmulCodebook:
		e.emitQuantMatmul(v)
	case ir.OpAttention:
		switch {
		case attnUseTiled(v) && e.attnUseRowVec(v):
			e.emitAttentionRowVec(v)
		case attnUseTiled(v):
			e.emitAttentionTiled(v)
		default:
			e.emitAttention(v)
		}
	default:
		if !inlineOp(v.Op) {
			return fmt.Errorf("llvm: op %s is not supported", v.Op)
		}
		e.emitMap(v)
	}
	return nil
}

func dotKind(v *ir.Value) string {
	p := planGemm(v)
	switch {
	case p == nil:
		return "naive"
	case p.nt:
		return fmt.Sprintf("gemm-nt M=%d N=%d K=%d batch=%d", p.M, p.N, p.K, p.batch.NumElements())
	}
	return fmt.Sprintf("gemm-nn M=%d N=%d K=%d batch=%d", p.M, p.N, p.K, p.batch.NumElements())
}

// emitDot chooses the GEMM kernel when it applies, else the naive loop.
func (e *emitter) emitDot(v *ir.Value) {
	if p := planGemm(v); p != nil && !e.cg.naiveDot {
		e.emitGemm(v, p)
		return
	}
	e.emitDotNaive(v)
}

// capabilities: every primitive op, natively; composites are decomposed.
func capabilities() backends.Capabilities {
	c := backends.Capabilities{Ops: map[ir.Op]bool{}, DTypes: map[ir.DType]bool{}}
	for _, op := range ir.AllOps() {
		if !op.Has(ir.FlagComposite) || op == ir.OpAttention || op == ir.OpExpertMatmul || op == ir.OpQuantMatmul || op == ir.OpQuantMatmulCodebook {
			c.Ops[op] = true
		}
	}
	for _, d := range ir.AllDTypes() {
		c.DTypes[d] = true
	}
	return c
}

// attnNativeMaxTq is the largest query count that always takes the per-row
// decode attention kernel (emitAttention); longer (prefill, encoder)
// attention runs the tiled kernel (emitAttentionTiled, see attnUseTiled).
const attnNativeMaxTq = 8

// lower runs the backend's pipeline on a clone of f, plans fusion on the
// result and generates the module.
func lower(f *ir.Func, opts backends.CompileOptions, o *Options, triple string, profile bool) (*ir.Func, *module, error) {
	g, err := backends.RunPipeline(pipeline(func() (*Options, error) { return o, nil }), f, opts)
	if err != nil {
		return nil, nil, fmt.Errorf("llvm: compile %s: %w", funcName(f), err)
	}
	plan, err := passes.Fuse(g, fusionRules(o))
	if err != nil {
		return nil, nil, fmt.Errorf("llvm: compile %s: %w", f.Name, err)
	}
	if o.DumpFusion != nil {
		fmt.Fprintf(o.DumpFusion, "fusion plan of %s:\n%s\n", f.Name, plan)
		if o.DumpFusionIR {
			fmt.Fprintln(o.DumpFusion, g)
		}
	}
	m, err := generate(g, plan, triple, profile, codegenOptions(o))
	if err != nil {
		return nil, nil, fmt.Errorf("llvm: compile %s: %w", f.Name, err)
	}
	return g, m, nil
}

// funcName is f's name for messages ("<nil>" for a nil f).
func funcName(f *ir.Func) string {
	if f == nil {
		return "<nil>"
	}
	return f.Name
}
