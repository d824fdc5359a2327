package cuda

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// Code generation follows the shared plans (docs/design-notes.md): the
// fusion plan (passes.Fuse with fusionRules) says which values are stored
// and which are computed inside the kernel that reads them, and the buffer
// plan (passes.PlanBuffers) where each stored value lives. Every stored
// value — or row group — becomes one kernel (or one cuBLASLt GEMM); a
// kernel computes its elements with elem, which loads stored operands and
// recomputes inline ones from theirs. Kernels whose text is identical
// (the layers of a model) are emitted once and launched with different
// buffers.

// blockSize is the threads per block of every kernel.
const blockSize = 256

// maxGrid bounds the blocks of a launch; kernels loop over the rest.
const maxGrid = 1 << 16

// inlineOp reports ops a kernel can compute element by element inside its
// consumer (passes.FusionRules.Inline).
func inlineOp(op ir.Op) bool {
	if op.Has(ir.FlagElementwise) {
		return true
	}
	switch op {
	case ir.OpBroadcastInDim, ir.OpTranspose, ir.OpReshape, ir.OpSlice, ir.OpIota, ir.OpConstant:
		return true
	}
	return false
}

// rereadsOperands: consumers that read each operand element many times
// get stored operands.
func rereadsOperands(op ir.Op) bool {
	switch op {
	case ir.OpBroadcastInDim, ir.OpDotGeneral, ir.OpConv, ir.OpScatterAdd, ir.OpAttention, ir.OpQuantMatmul, ir.OpQuantMatmulCodebook:
		return true
	}
	return false
}

// fusionRules are what this backend's generator fuses: elementwise chains
// and layout ops into their consumer's loop, and trailing-axis reductions
// with what follows them into row groups (one block per row), and the
// elementwise DAG after a GEMM of f into its epilogue where the GEMM's only
// user adds a bias (see gen.dot: cuBLASLt adds it). Other epilogues would
// be a kernel of their own, no better than leaving the DAG to the kernel
// that reads it (which may be a row group that recomputes it).
func fusionRules(f *ir.Func) passes.FusionRules {
	users := map[*ir.Value][]*ir.Value{}
	for _, v := range f.Values {
		for _, a := range v.Args {
			users[a] = append(users[a], v)
		}
	}
	return passes.FusionRules{
		Inline:          inlineOp,
		RereadsOperands: rereadsOperands,
		Epilogue: func(v *ir.Value) bool {
			p := planGemm(v)
			return p != nil && len(users[v]) == 1 && biasOf(v, users[v][0], p) != nil
		},
		RowReduce: func(v *ir.Value) bool { return v.Op == ir.OpReduce },
	}
}

// gen generates the program of one function.
type gen struct {
	f      *ir.Func
	plan   *passes.FusionPlan
	bp     *passes.BufferPlan
	consts map[*ir.Value]int
	prog   *program
	bodies map[string]string // kernel text (with a placeholder name) -> name
	src    strings.Builder
}

// generate lowers f (checked, after the pipeline) to a program.
func generate(f *ir.Func) (prog *program, err error) {
	plan, err := passes.Fuse(f, fusionRules(f))
	if err != nil {
		return nil, err
	}
	bp, err := passes.PlanBuffers(f, plan, passes.BufferRules{})
	if err != nil {
		return nil, err
	}
	g := &gen{f: f, plan: plan, bp: bp, consts: map[*ir.Value]int{}, bodies: map[string]string{},
		prog: &program{name: f.Name, sig: backends.SignatureOf(f), wsBytes: bp.WorkspaceBytes, inPlace: bp.InPlace}}
	g.src.WriteString(prelude)
	for _, v := range f.Values {
		if bp.Place(v).Home == passes.HomeConstant {
			g.consts[v] = len(g.prog.consts)
			g.prog.consts = append(g.prog.consts, v.Attrs.(*ir.ConstantAttrs).Data)
		}
	}
	for vi, v := range f.Values {
		if grp := plan.GroupOf[v]; grp != nil {
			if grp.Members[0] == v {
				if err := g.value(v, func() error { return g.rowGroup(grp) }); err != nil {
					return nil, err
				}
			}
			continue
		}
		pl := bp.Place(v)
		if !pl.Buffered() || v.Op == ir.OpParameter || v.Type.Shape.NumElements() == 0 || pl.Writer != nil {
			continue
		}
		if err := g.value(v, func() error { return g.emitValue(v, vi) }); err != nil {
			return nil, err
		}
	}
	for i, r := range f.Results {
		if bp.DirectResults[i] || r.Type.Shape.NumElements() == 0 {
			continue
		}
		out := bufRef{kind: bufResult, index: i}
		if err := g.value(r, func() error { return g.elementwise(r, out, fmt.Sprintf("copy to result %d", i), true) }); err != nil {
			return nil, err
		}
	}
	// Kernel temporaries (scatter-add accumulators) were added to the
	// plan as they were emitted: lay the workspace out again, then give
	// every workspace reference its byte offset.
	bp.Layout()
	g.prog.wsBytes = bp.WorkspaceBytes
	for i := range g.prog.steps {
		s := &g.prog.steps[i]
		for _, r := range append([]*bufRef{&s.lhs, &s.rhs, &s.out, &s.bias}, ptrsOf(s.args)...) {
			if r.kind == bufWorkspace {
				r.offset = bp.Slots[r.index].Offset
			}
		}
	}
	g.prog.source = g.src.String()
	return g.prog, nil
}

func ptrsOf(rs []bufRef) []*bufRef {
	out := make([]*bufRef, len(rs))
	for i := range rs {
		out[i] = &rs[i]
	}
	return out
}

// value runs emit for v, turning a panic (an internal error) into an
// error naming the value and its source position.
func (g *gen) value(v *ir.Value, emit func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error lowering %%%d = %s %s at %s: %v", v.ID, v.Op, v.Type, v.Pos, r)
		}
	}()
	if err := emit(); err != nil {
		return fmt.Errorf("%%%d = %s %s at %s: %w", v.ID, v.Op, v.Type, v.Pos, err)
	}
	return nil
}

// storedArgs is the memory of each of v's operands (the at'th value of
// the function), for a kernel that reads them by address: an operand
// without memory of its own (a splat constant, a value computed inline)
// is first stored to scratch by an elementwise kernel.
func (g *gen) storedArgs(v *ir.Value, at int, what string) ([]bufRef, error) {
	refs := make([]bufRef, len(v.Args))
	for i, x := range v.Args {
		r, ok := g.refOf(x)
		if !ok {
			r = bufRef{kind: bufWorkspace, index: g.bp.AddScratch(at, max(1, x.Type.Shape.NumElements()*x.Type.DType.Size()))}
			if err := g.elementwise(x, r, fmt.Sprintf("%%%d stored for %s", x.ID, what), true); err != nil {
				return nil, err
			}
		}
		refs[i] = r
	}
	return refs, nil
}

// refOf is the memory of v when it has some: its buffer, a reshape's
// source, or its constant data.
func (g *gen) refOf(v *ir.Value) (bufRef, bool) {
	pl := g.bp.Place(v)
	switch pl.Home {
	case passes.HomeParam:
		return bufRef{kind: bufParam, index: pl.Index}, true
	case passes.HomeResult:
		return bufRef{kind: bufResult, index: pl.Index}, true
	case passes.HomeWorkspace:
		return bufRef{kind: bufWorkspace, index: pl.Index}, true
	case passes.HomeConstant:
		return bufRef{kind: bufConst, index: g.consts[v]}, true
	case passes.HomeView:
		return g.refOf(pl.Of)
	}
	return bufRef{}, false
}

// emitValue generates the kernel (or GEMM) of a stored value, the at'th
// of the function.
func (g *gen) emitValue(v *ir.Value, at int) error {
	out, _ := g.refOf(v)
	what := fmt.Sprintf("%%%d = %s %s", v.ID, v.Op, v.Type)
	switch v.Op {
	case ir.OpReduce:
		return g.reduce(v, out, what)
	case ir.OpArgMax, ir.OpArgMin:
		return g.argReduce(v, out, what)
	case ir.OpDotGeneral:
		return g.dot(v, at, out, what)
	case ir.OpConv:
		return g.conv(v, out, what)
	case ir.OpScatterAdd:
		return g.scatterAdd(v, at, out, what)
	case ir.OpAttention:
		return g.attention(v, at, out, what)
	case ir.OpQuantMatmul, ir.OpQuantMatmulCodebook:
		return g.quantMatmul(v, at, out, what)
	}
	if _, ok := g.inPlaceUpdate(v); ok {
		return g.updateInPlace(v, out, what)
	}
	if !inlineOp(v.Op) && indexedEmitters[v.Op] == nil {
		return fmt.Errorf("op %s is not supported by the cuda backend", v.Op)
	}
	return g.elementwise(v, out, what, false)
}

// kernel is one CUDA kernel under construction.
type kernel struct {
	g      *gen
	op     string // names the kernel (k<n>_<op>)
	params []kparam
	byRef  map[bufRef]int
	lines  []string
	indent string
	ntmp   int
	// rowVals holds the current row's value of each reduction of a row
	// group computed so far (elem returns it for any index).
	rowVals map[*ir.Value]string
	// flats maps a multi-index (of a shape) that unravel produced back to
	// the flat index it came from, so that loads at that index do not
	// recompute it (flatKey).
	flats map[string]string
}

func flatKey(idx []string, s ir.Shape) string { return s.String() + ":" + strings.Join(idx, ",") }

// setFlat records that idx in s is the flat index flat. Only an index
// that names a variable is recorded: the variables are in scope exactly
// where flat is, while an all-literal index (a scalar, dims of size 1)
// would match loads elsewhere, where flat is not in scope — and ravel
// makes it a literal anyway.
func (k *kernel) setFlat(idx []string, s ir.Shape, flat string) {
	for _, x := range idx {
		if x != "0LL" {
			k.flats[flatKey(idx, s)] = flat
			return
		}
	}
}

// flatIndex is the row-major flat index of idx in s: the expression idx
// was unravelled from, if any, else computed from idx.
func (k *kernel) flatIndex(idx []string, s ir.Shape) string {
	if f, ok := k.flats[flatKey(idx, s)]; ok {
		return f
	}
	return ravel(idx, s)
}

type kparam struct {
	ref    bufRef
	dtype  ir.DType
	output bool
}

func (g *gen) newKernel(op string) *kernel {
	return &kernel{g: g, op: op, byRef: map[bufRef]int{}, indent: "  ", flats: map[string]string{}}
}

// param returns the name of the kernel parameter for memory r holding
// dtype d, adding it on first use.
func (k *kernel) param(r bufRef, d ir.DType, output bool) string {
	if i, ok := k.byRef[r]; ok {
		if output {
			k.params[i].output = true
		}
		return fmt.Sprintf("p%d", i)
	}
	k.byRef[r] = len(k.params)
	k.params = append(k.params, kparam{ref: r, dtype: d, output: output})
	return fmt.Sprintf("p%d", len(k.params)-1)
}

// line appends a statement at the current indentation.
func (k *kernel) line(format string, args ...any) {
	k.lines = append(k.lines, k.indent+fmt.Sprintf(format, args...))
}

// open and close a brace block.
func (k *kernel) open(format string, args ...any) {
	k.line(format+" {", args...)
	k.indent += "  "
}

func (k *kernel) close() {
	k.indent = k.indent[2:]
	k.line("}")
}

// tmp binds expr (of C type t) to a new constant temporary.
func (k *kernel) tmp(t, expr string) string {
	k.ntmp++
	name := fmt.Sprintf("t%d", k.ntmp)
	k.line("const %s %s = %s;", t, name, expr)
	return name
}

// finish emits the kernel (once per distinct text) and appends its launch.
func (k *kernel) finish(what string, grid int) {
	g := k.g
	var sig []string
	for i, p := range k.params {
		c := "const "
		if p.output {
			c = ""
		}
		sig = append(sig, fmt.Sprintf("%s%s* __restrict__ p%d", c, stype(p.dtype), i))
	}
	body := "extern \"C\" __global__ void __launch_bounds__(" + fmt.Sprint(blockSize) + ") KERNEL(" + strings.Join(sig, ", ") + ") {\n" +
		strings.Join(k.lines, "\n") + "\n}\n"
	name, ok := g.bodies[body]
	if !ok {
		name = fmt.Sprintf("k%d_%s", len(g.prog.kernels), k.op)
		g.bodies[body] = name
		g.prog.kernels = append(g.prog.kernels, name)
		g.src.WriteString("\n// " + what + "\n" + strings.Replace(body, "KERNEL", name, 1))
	}
	args := make([]bufRef, len(k.params))
	for i, p := range k.params {
		args[i] = p.ref
	}
	g.prog.steps = append(g.prog.steps, step{kind: stepKernel, what: what, kernel: name, grid: max(1, min(grid, maxGrid)), block: blockSize, args: args})
}

// gridFor is the number of blocks for n independent elements.
func gridFor(n int) int { return (n + blockSize - 1) / blockSize }

// unravel binds the multi-index of flat index i (an expression) in shape
// s to temporaries; dims of size 1 are the literal 0.
func (k *kernel) unravel(i string, s ir.Shape) []string {
	idx := make([]string, len(s))
	st := s.Strides()
	for d := range s {
		switch {
		case s[d] == 1:
			idx[d] = "0LL"
		case st[d] == 1 && d == 0:
			idx[d] = i
		case d == 0:
			idx[d] = k.tmp("long long", fmt.Sprintf("%s / %dLL", i, st[d]))
		case st[d] == 1:
			idx[d] = k.tmp("long long", fmt.Sprintf("%s %% %dLL", i, s[d]))
		default:
			idx[d] = k.tmp("long long", fmt.Sprintf("(%s / %dLL) %% %dLL", i, st[d], s[d]))
		}
	}
	k.setFlat(idx, s, i)
	return idx
}

// ravel is the flat index expression of idx in shape s.
func ravel(idx []string, s ir.Shape) string {
	st := s.Strides()
	var terms []string
	for d := range s {
		if s[d] == 1 || idx[d] == "0LL" {
			continue
		}
		if st[d] == 1 {
			terms = append(terms, idx[d])
		} else {
			terms = append(terms, fmt.Sprintf("%s * %dLL", idx[d], st[d]))
		}
	}
	if len(terms) == 0 {
		return "0LL"
	}
	return strings.Join(terms, " + ")
}

// gridLoop opens the grid-stride loop over n elements with index name i.
func (k *kernel) gridLoop(i string, n int) {
	k.open("for (long long %s = (long long)blockIdx.x * blockDim.x + threadIdx.x; %s < %dLL; %s += (long long)gridDim.x * blockDim.x)", i, i, n, i)
}

// elementwise emits the kernel storing every element of v into out:
// computed from v's operands (own), or, for copy, read as any consumer
// reads v (elem: a result that is a parameter, a constant or a view).
func (g *gen) elementwise(v *ir.Value, out bufRef, what string, copy bool) error {
	k := g.newKernel(v.Op.String())
	n := v.Type.Shape.NumElements()
	o := k.param(out, v.Type.DType, true)
	k.gridLoop("i", n)
	var x string
	var err error
	if copy {
		x, err = k.elemFlat(v, "i")
	} else {
		x, err = k.own(v, k.unravel("i", v.Type.Shape))
	}
	if err != nil {
		return err
	}
	k.line("%s[i] = %s;", o, storeExpr(v.Type.DType, x))
	k.close()
	k.finish(what, gridFor(n))
	return nil
}

// own is the element of v at idx as v's own kernel computes it: from its
// operands (exprAt), rounded, whatever v's place.
func (k *kernel) own(v *ir.Value, idx []string) (string, error) {
	x, err := k.exprAt(v, idx)
	if err != nil {
		return "", err
	}
	return k.tmp(ctype(v.Type.DType), k.round(v.Type.DType, x)), nil
}

// round rounds a float compute expression to d.
func (k *kernel) round(d ir.DType, x string) string { return roundExpr(d, x) }

// elem is the element of v at idx in v's compute type, rounded to v's
// dtype: a row group's reduction of the current row, a splat immediate,
// a load from v's memory, or computed from v's operands (exprAt).
func (k *kernel) elem(v *ir.Value, idx []string) (string, error) {
	if r, ok := k.rowVals[v]; ok {
		return r, nil
	}
	pl := k.g.bp.Place(v)
	if pl.Home == passes.HomeSplat {
		return elemLit(v.Type.DType, v.Attrs.(*ir.ConstantAttrs).Data, 0), nil
	}
	if ref, ok := k.g.refOf(v); ok {
		p := k.param(ref, v.Type.DType, false)
		return k.tmp(ctype(v.Type.DType), loadExpr(v.Type.DType, fmt.Sprintf("%s[%s]", p, k.flatIndex(idx, v.Type.Shape)))), nil
	}
	x, err := k.exprAt(v, idx)
	if err != nil {
		return "", err
	}
	return k.tmp(ctype(v.Type.DType), k.round(v.Type.DType, x)), nil
}

// exprAt computes element idx of an inline-able op from its operands,
// unrounded (compute type).
func (k *kernel) exprAt(v *ir.Value, idx []string) (string, error) {
	if e, ok := elemEmitters[v.Op]; ok {
		return e(k, v, idx)
	}
	if e, ok := indexedEmitters[v.Op]; ok {
		return e(k, v, idx)
	}
	if !v.Op.Has(ir.FlagElementwise) {
		return "", fmt.Errorf("op %s cannot be computed elementwise", v.Op)
	}
	a := v.Args[0]
	x, err := k.elem(a, idx)
	if err != nil {
		return "", err
	}
	if len(v.Args) == 1 {
		return unary(v.Op, a.Type.DType, x)
	}
	y, err := k.elem(v.Args[1], idx)
	if err != nil {
		return "", err
	}
	return binary(v.Op, a.Type.DType, x, y)
}

// sortedAxes returns a sorted copy.
func sortedAxes(ax []int) []int {
	s := append([]int{}, ax...)
	sort.Ints(s)
	return s
}
