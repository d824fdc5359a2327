package llvm

import (
	"fmt"
	"sort"

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
}

// optThreshold is the work below which a module is compiled by llc alone:
// opt's loop optimizations cannot pay for themselves on tiny programs
// (conformance tests compile hundreds of them).
var optThreshold int64 = 1 << 15

// wsSlot is one workspace buffer: its byte offset and size, and the
// positions (in the function's values) of its definition and last use;
// slots whose lifetimes do not overlap share memory.
type wsSlot struct{ off, size, def, last int }

// layoutWS assigns offsets (first fit among the buffers live at each
// definition, 64-byte aligned) and returns the workspace size.
func layoutWS(ws []wsSlot) int {
	order := make([]int, len(ws))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return ws[order[a]].def < ws[order[b]].def })
	var placed []int
	total := 0
	for _, i := range order {
		s := &ws[i]
		size := (s.size + 63) &^ 63
		var live []int
		for _, j := range placed {
			if ws[j].last >= s.def && ws[j].size > 0 {
				live = append(live, j)
			}
		}
		sort.Slice(live, func(a, b int) bool { return ws[live[a]].off < ws[live[b]].off })
		off := 0
		for _, j := range live {
			if off+size <= ws[j].off {
				break
			}
			off = max(off, ws[j].off+((ws[j].size+63)&^63))
		}
		s.off = off
		total = max(total, off+size)
		placed = append(placed, i)
	}
	return total
}

// kernelOps are materialized by a dedicated kernel.
func noInlineConsumer(op ir.Op) bool {
	switch op {
	case ir.OpBroadcastInDim, ir.OpDotGeneral, ir.OpConv, ir.OpGather, ir.OpScatterAdd,
		ir.OpDynamicUpdateSlice, ir.OpAttention:
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

// generate lowers a checked, decomposed function to an LLVM module,
// following the fusion plan (which values are stored, which are computed
// inside their consumers' loops, GEMM epilogues and row groups).
func generate(f *ir.Func, plan *passes.FusionPlan, triple string, profile bool, cg codegen) (mod *module, err error) {
	defer func() {
		if r := recover(); r != nil {
			mod, err = nil, fmt.Errorf("llvm: internal error generating code: %v", r)
		}
	}()
	e := &emitter{
		m:       lir.NewModule(),
		f:       f,
		info:    map[*ir.Value]*vinfo{},
		users:   map[*ir.Value][]*ir.Value{},
		decls:   map[string]*lir.Func{},
		kernels: map[string]*lir.Func{},
	}
	e.m.TargetTriple = triple
	e.cg = cg
	e.profSlot = -1
	e.threads = max(rtMaxThreads, 1)
	mod = &module{nparams: len(f.Params), nres: len(f.Results)}
	isResult := map[*ir.Value]bool{}
	for _, r := range f.Results {
		isResult[r] = true
	}
	for _, v := range f.Values {
		for _, a := range v.Args {
			e.users[a] = append(e.users[a], v)
		}
	}
	pos := map[*ir.Value]int{}
	for i, v := range f.Values {
		pos[v] = i
	}
	e.epi = plan.Epilogue
	fusedInto := plan.EpilogueOf // w -> d
	e.mergedHeads = map[*ir.Value]*ir.Value{}
	mergedInto := map[*ir.Value]*ir.Value{} // reshape -> attention
	// mergeOf returns the reshape of Attention v's head merge when v's
	// result feeds nothing else: transpose (0,2,1,3), then reshape to
	// (B, Tq, Hq*Dv), computed only to be stored.
	mergeOf := func(v *ir.Value) *ir.Value {
		if v.Op != ir.OpAttention || isResult[v] || len(e.users[v]) != 1 {
			return nil
		}
		t := e.users[v][0]
		if t.Op != ir.OpTranspose || isResult[t] || len(e.users[t]) != 1 || plan.RoleOf(t) != passes.Inline {
			return nil
		}
		for i, p := range t.Attrs.(*ir.TransposeAttrs).Perm {
			if p != [4]int{0, 2, 1, 3}[i] {
				return nil
			}
		}
		r := e.users[t][0]
		sh := v.Type.Shape
		if r.Op != ir.OpReshape || plan.RoleOf(r) != passes.Store || !r.Type.Shape.Equal(ir.Shape{sh[0], sh[2], sh[1] * sh[3]}) {
			return nil
		}
		return r
	}
	paramIdx := map[*ir.Value]int{}
	for i, p := range f.Params {
		paramIdx[p] = i
	}
	nextSlot := len(f.Params) + len(f.Results)
	curIdx := 0 // position of the value being planned or emitted
	newWS := func(bytes int) int {
		mod.ws = append(mod.ws, wsSlot{size: bytes, def: curIdx, last: curIdx})
		s := nextSlot
		nextSlot++
		return s
	}
	e.newWS, e.pack = newWS, -1
	if profile {
		// The cycle counters: an env slot like a workspace buffer (so
		// buffers added while emitting keep env index = workspace index);
		// Run points it at the executable's counters.
		e.profSlot = newWS(0)
		mod.profSlot = e.profSlot
	}
	resultSlot := map[*ir.Value]int{}
	resultIndex := func(v *ir.Value) int {
		for i, r := range f.Results {
			if r == v {
				return i
			}
		}
		return -1
	}
	// slotFor is the buffer of w, written by another value's kernel at
	// the current position: w's result slot, or a new workspace slot.
	slotFor := func(w *ir.Value) int {
		if i := resultIndex(w); i >= 0 {
			return len(f.Params) + i
		}
		return newWS(w.Type.Bytes())
	}
	// shareSlot gives v the buffer of d, whose kernel writes v.
	shareSlot := func(v, d *ir.Value) {
		e.info[v].slot = e.info[d].slot
		if i := resultIndex(v); i >= 0 {
			resultSlot[v] = i
		}
	}
	ng := 0
	for vi, v := range f.Values {
		curIdx = vi
		in := &vinfo{}
		e.info[v] = in
		switch {
		case v.Op == ir.OpParameter:
			in.st, in.slot = stSlot, paramIdx[v]
			continue
		case v.Op == ir.OpConstant:
			data := v.Attrs.(*ir.ConstantAttrs).Data
			if isSplat(v.Type.DType, data) && len(data) > 0 {
				in.st, in.splat = stSplat, constElem(v.Type.DType, data)
			} else if len(data) == 0 {
				in.st = stSplat
				in.splat = zeroOf(v.Type.DType)
			} else {
				ng++
				g := e.m.NewGlobalDef(fmt.Sprintf("c%d", ng), constantBytes(data))
				g.Immutable = true
				g.Linkage = enum.LinkagePrivate
				g.Align = 64
				in.st, in.glob = stGlobal, g
			}
			continue
		case v.Op == ir.OpConvert && isHalf(v.Args[0].Type.DType) && v.Type.DType == ir.Float32 && !isResult[v] &&
			len(e.users[v]) == 1 && e.users[v][0].Op == ir.OpDotGeneral && materialized(e.info[v.Args[0]]):
			// bf16/f16 weights feeding a GEMM are converted as they are read.
			in.st, in.alias = stWiden, v.Args[0]
			continue
		case v.Op == ir.OpReshape && !isResult[v] && materialized(e.info[v.Args[0]]):
			in.st, in.alias = stAlias, v.Args[0]
			continue
		case plan.RoleOf(v) == passes.Inline:
			in.st = stInline
			continue
		case plan.RoleOf(v) == passes.RowLocal:
			in.st = stRowLocal
			continue
		}
		if g := plan.GroupOf[v]; g != nil {
			// Written by its row group's kernel, which runs at the
			// group's first member: the buffer is live from there.
			curIdx = pos[g.Members[0]]
		}
		in.st = stSlot
		if d := mergedInto[v]; d != nil {
			// Written by attention d in the merged layout.
			shareSlot(v, d)
			continue
		}
		if r := mergeOf(v); r != nil {
			e.mergedHeads[v], mergedInto[r] = r, v
			in.slot = slotFor(r)
			continue
		}
		if d := fusedInto[v]; d != nil && v.Type.DType == d.Type.DType {
			// Computed by d's GEMM kernels, in d's buffer.
			shareSlot(v, d)
			continue
		} else if d != nil {
			// Another dtype (a conversion ends the epilogue): its own
			// buffer, written when d's kernels run.
			curIdx = pos[d]
		}
		if v.Op == ir.OpDotGeneral {
			if w := plan.Epilogue[v]; w != nil && w.Type.DType == v.Type.DType {
				in.slot = slotFor(w)
				continue
			}
		}
		if isResult[v] {
			for i, r := range f.Results {
				if r == v {
					in.slot = len(f.Params) + i
					resultSlot[v] = i
					break
				}
			}
		} else {
			in.slot = newWS(v.Type.Bytes())
		}
	}

	// Lifetimes: a workspace value lives until the last kernel that reads
	// it, directly, through inlined consumers or through reshape aliases.
	nfirst := len(f.Params) + len(f.Results)
	var touch func(at int, x *ir.Value)
	touch = func(at int, x *ir.Value) {
		in := e.info[x]
		switch in.st {
		case stAlias, stWiden:
			touch(at, in.alias)
		case stInline, stRowLocal:
			for _, a := range x.Args {
				touch(at, a)
			}
		case stSlot:
			if in.slot >= nfirst {
				w := &mod.ws[in.slot-nfirst]
				w.last = max(w.last, at)
			}
		}
	}
	for vi, v := range f.Values {
		if e.info[v].st == stSlot {
			for _, a := range v.Args {
				touch(vi, a)
			}
		}
	}
	for _, r := range f.Results {
		touch(len(f.Values), r)
	}
	curIdx = 0
	e.pack = newWS(0)  // GEMM packing scratch for B, sized at the end
	e.packA = newWS(0) // and for A
	mod.ws[e.pack-nfirst].last = len(f.Values)
	mod.ws[e.packA-nfirst].last = len(f.Values)
	// kiln_main(env)
	e.pfor = e.m.NewFunc("kiln_parallel_for", types.Void, lir.NewParam("", types.NewPointer(kernelType)), lir.NewParam("", i8pp), lir.NewParam("", i64), lir.NewParam("", i64))
	env := lir.NewParam("env", i8pp)
	e.main = e.m.NewFunc("kiln_main", types.Void, env)
	e.mainEnv = env
	e.mainB = e.main.NewBlock("entry")
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
		if e.info[v].st != stSlot || v.Op == ir.OpParameter || v.Type.Shape.NumElements() == 0 || fusedInto[v] != nil || mergedInto[v] != nil {
			continue
		}
		curIdx = vi
		e.cur = fmt.Sprintf("%%%d = %s %s", v.ID, v.Op, v.Type)
		if v.Op == ir.OpDotGeneral {
			e.cur += " " + dotKind(v)
		}
		if err := e.emitValue(v, newWS); err != nil {
			return nil, err
		}
	}
	for i, r := range f.Results {
		if s, ok := resultSlot[r]; ok && s == i {
			continue
		}
		if r.Type.Shape.NumElements() == 0 {
			continue
		}
		e.cur = fmt.Sprintf("copy to result %d", i)
		e.emitCopy(r, len(f.Params)+i)
	}
	e.mainB.NewRet(nil)
	{
		i := e.pack - len(f.Params) - len(f.Results)
		mod.ws[i].size = e.packBytes
		mod.ws[e.packA-len(f.Params)-len(f.Results)].size = e.packABytes
		mod.wsBytes = layoutWS(mod.ws)
	}
	mod.text = []byte(e.m.String())
	mod.kernels = e.nkUnique
	mod.work = e.work
	mod.profNames = e.profNames
	mod.inplace = map[int]int{}
	for j, r := range f.Results {
		if r.Op != ir.OpDynamicUpdateSlice || resultSlot[r] != j {
			continue
		}
		if p := r.Args[0]; p.Op == ir.OpParameter && len(e.users[p]) == 1 && !isResult[p] {
			mod.inplace[j] = paramIdx[p]
		}
	}
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
	case ir.OpAttention:
		if attnUseTiled(v) {
			e.emitAttentionTiled(v)
		} else {
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
		if !op.Has(ir.FlagComposite) || op == ir.OpAttention {
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
