package passes

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/ir"
)

// Fusion decides which values of a function a loop-generating backend
// computes together, so that chains of elementwise, broadcast and
// reduction ops cost one pass over memory instead of one per op. It is an
// analysis: the function is not changed, and the plan it returns names,
// for every value, whether the backend stores it or computes it inside
// the loop of the value that reads it. Keeping the graph as it is (rather
// than rewriting groups into fusion ops with nested bodies) leaves dumps,
// the verifier and every other backend untouched; the plan prints as text
// (Plan.String) for golden tests and KILN_DUMP_FUSION.
//
// Three kinds of group, decided in this order:
//
//  1. Row groups. A reduction over the trailing axes of its operand
//     (softmax's max and sum, layernorm's mean and variance) starts a
//     group; values downstream of it that read group members only
//     "row-consistently" — elementwise ops of the operand's shape or of the
//     reduced shape, broadcasts of the reduced shape back along the
//     trailing axes, and further trailing reductions of the same shape —
//     join it. The backend computes a group row by row: each reduction is
//     one sweep over the row, members are recomputed where they are read,
//     and only the members read outside the group are stored. A decomposed
//     softmax or layernorm is then one kernel that reads its input row
//     from memory once. A value joins only if every operand from outside
//     the group is available before the group's first member, so the group
//     can run as one kernel at that point (this also keeps it convex).
//  2. GEMM epilogues. After a GEMM the backend can run (Rules.Epilogue),
//     the elementwise values of the GEMM's shape that depend on it form a
//     DAG (bias, activation, residual, dtype conversion; GELU reads its
//     input twice); the latest value whose ancestors in that DAG are used
//     only inside it is the epilogue's exit, stored (in the GEMM's buffer
//     when the dtypes match) and computed by the GEMM's kernels on each
//     finished tile.
//  3. Loop fusion. Every other inline-able value (Rules.Inline) with one
//     user that reads its operands element by element (not
//     Rules.RereadsOperands) is computed inside that user's loop; so is a
//     view of a stored value whose user reads views (Rules.ReadsViews).
type FusionRules struct {
	// Inline reports ops the backend can compute element by element inside
	// a consumer's loop (elementwise, broadcast, transpose, slice, iota,
	// reshape...).
	Inline func(op ir.Op) bool
	// RereadsOperands reports consumers whose operands must be stored
	// (GEMMs, convolutions, gathers: they read each element many times).
	RereadsOperands func(op ir.Op) bool
	// ReadsViews reports, among the RereadsOperands consumers, those that
	// address their operands by index (not through a pointer and
	// strides), so that a view of a stored value — a transpose, reshape,
	// slice or broadcast of it, or a chain of them — can be read in place
	// instead of being copied first (attention reading the heads of a
	// projection's output). nil: none.
	ReadsViews func(op ir.Op) bool
	// Epilogue reports GEMM values whose kernels can compute an epilogue.
	Epilogue func(v *ir.Value) bool
	// RowReduce reports reductions a row-group kernel can compute; nil
	// disables row groups.
	RowReduce func(v *ir.Value) bool
	// MaxRow bounds a row group's row length (elements); 0 means 1<<16.
	MaxRow int
}

// Role is what the backend does with a value.
type Role uint8

const (
	// Store: the value gets its own buffer and is written by its own kernel
	// (or by its row group or GEMM kernel).
	Store Role = iota
	// Inline: computed inside the loop of each value that reads it, never
	// stored.
	Inline
	// RowLocal: a row group's reduction that no one outside the group
	// reads; it lives in a register for the duration of one row.
	RowLocal
)

func (r Role) String() string { return [...]string{"store", "inline", "row-local"}[r] }

// RowGroup is one row kernel: Members in program order (the first is a
// reduction, where the kernel runs), over rows of Full's trailing
// RowAxes; Outer is Full with those axes removed.
type RowGroup struct {
	Full, Outer ir.Shape
	RowAxes     []int
	Members     []*ir.Value
	// Outputs are the members read outside the group (or returned): the
	// kernel stores them.
	Outputs []*ir.Value
}

// FusionPlan is the result of Fuse.
type FusionPlan struct {
	Roles map[*ir.Value]Role
	// Epilogue maps a GEMM to its epilogue's exit value; EpilogueOf is the
	// inverse.
	Epilogue, EpilogueOf map[*ir.Value]*ir.Value
	Groups               []*RowGroup
	// GroupOf maps each row-group member to its group.
	GroupOf map[*ir.Value]*RowGroup
}

// RoleOf is the role of v (Store for values the plan does not know).
func (p *FusionPlan) RoleOf(v *ir.Value) Role { return p.Roles[v] }

// Fuse plans the fusion of f under rules. f must be checked; it is not
// modified.
func Fuse(f *ir.Func, rules FusionRules) (*FusionPlan, error) {
	if rules.Inline == nil || rules.RereadsOperands == nil {
		return nil, fmt.Errorf("passes: fuse %s: FusionRules.Inline and RereadsOperands are required", f.Name)
	}
	if rules.MaxRow == 0 {
		rules.MaxRow = 1 << 16
	}
	fz := &fuser{f: f, r: rules, pos: map[*ir.Value]int{}, users: map[*ir.Value][]*ir.Value{}, isResult: map[*ir.Value]bool{},
		plan: &FusionPlan{Roles: map[*ir.Value]Role{}, Epilogue: map[*ir.Value]*ir.Value{}, EpilogueOf: map[*ir.Value]*ir.Value{}, GroupOf: map[*ir.Value]*RowGroup{}}}
	for i, v := range f.Values {
		fz.pos[v] = i
		for _, a := range v.Args {
			fz.users[a] = append(fz.users[a], v)
		}
	}
	for _, r := range f.Results {
		fz.isResult[r] = true
	}
	fz.constants()
	fz.rowGroups()
	fz.epilogues()
	for _, v := range f.Values {
		if _, done := fz.plan.Roles[v]; done {
			continue
		}
		if fz.willInline(v) {
			fz.plan.Roles[v] = Inline
		} else {
			fz.plan.Roles[v] = Store
		}
	}
	return fz.plan, nil
}

type fuser struct {
	f        *ir.Func
	r        FusionRules
	pos      map[*ir.Value]int
	users    map[*ir.Value][]*ir.Value
	isResult map[*ir.Value]bool
	plan     *FusionPlan
}

// constants marks Inline the inline-able values that cost (almost)
// nothing to recompute: those computed from constants and iotas alone (a
// broadcast scalar, an index ramp), and views of parameters (a broadcast,
// reshape, transpose, slice or dtype conversion of a weight). Every
// consumer can compute them itself, whatever their number of users, so
// they never keep a group or an epilogue waiting and never cost a pass
// over memory. Values a consumer re-reads (a GEMM operand) or that are
// returned stay stored.
func (fz *fuser) constants() {
	constLike := map[*ir.Value]bool{}
	view := map[*ir.Value]bool{}
	for _, v := range fz.f.Values {
		switch {
		case v.Op == ir.OpConstant:
			constLike[v] = true
			continue
		case v.Op == ir.OpParameter:
			view[v] = true
			continue
		case !fz.r.Inline(v.Op):
			continue
		}
		c, w := true, true
		for _, a := range v.Args {
			c = c && constLike[a]
			w = w && (view[a] || constLike[a])
		}
		switch v.Op {
		case ir.OpBroadcastInDim, ir.OpReshape, ir.OpTranspose, ir.OpSlice, ir.OpConvert:
		default:
			w = false
		}
		if !c && !w {
			continue
		}
		constLike[v], view[v] = c, w
		if fz.isResult[v] {
			continue
		}
		inline := true
		for _, u := range fz.users[v] {
			// A broadcast re-reads its operand by index, which is as
			// cheap as reading these values' sources.
			if fz.r.RereadsOperands(u.Op) && u.Op != ir.OpBroadcastInDim {
				inline = false
			}
		}
		if inline {
			fz.plan.Roles[v] = Inline
		}
	}
}

// willInline is loop fusion's rule (3) for a value no group claimed.
func (fz *fuser) willInline(x *ir.Value) bool {
	if _, claimed := fz.plan.GroupOf[x]; claimed {
		return fz.plan.Roles[x] == Inline
	}
	if r, ok := fz.plan.Roles[x]; ok { // epilogue exits are Store
		return r == Inline
	}
	if !fz.r.Inline(x.Op) || x.Op == ir.OpConstant || fz.isResult[x] || len(fz.users[x]) == 0 {
		return false
	}
	if len(fz.users[x]) > 1 {
		return fz.recomputeFree(x)
	}
	u := fz.users[x][0]
	return !fz.r.RereadsOperands(u.Op) || (fz.r.ReadsViews != nil && fz.r.ReadsViews(u.Op) && fz.isView(x))
}

// recomputeFree reports whether x, read by several users, is computed in
// each of them instead of stored: every user reads it element by element
// and computing it reads no more memory than loading it would. That holds
// for a broadcast of a scalar (an optimizer's clip coefficient, shared by
// the parameters of one shape) or of a stored array (rotary tables, K/V
// heads broadcast to the query heads: each reader loads the smaller
// operand by index), and for cheap arithmetic on one stored
// array and such free values (the clipped gradient g * coef that the
// moment updates both read): storing either costs a pass over memory
// that each reader then repeats.
func (fz *fuser) recomputeFree(x *ir.Value) bool {
	for _, u := range fz.users[x] {
		if fz.r.RereadsOperands(u.Op) {
			return false
		}
	}
	if x.Op == ir.OpBroadcastInDim {
		// A scalar's, or a stored array's (a norm's per-row statistic):
		// each user loads the smaller operand by index.
		a := x.Args[0]
		return a.Type.Shape.NumElements() <= 1 || fz.plan.Roles[a] == Store && a.Op != ir.OpParameter
	}
	switch x.Op { // cheap arithmetic (not exp, tanh...: recomputed they cost more than a load)
	case ir.OpAdd, ir.OpSub, ir.OpMul, ir.OpNeg, ir.OpMax, ir.OpMin, ir.OpConvert:
	default:
		return false
	}
	arrays := 0
	for _, a := range x.Args {
		switch {
		case a.Type.Shape.NumElements() <= 1, a.Op == ir.OpConstant:
		case a.Op == ir.OpParameter || !fz.willInline(a):
			arrays++
		case a.Op == ir.OpBroadcastInDim && a.Args[0].Type.Shape.NumElements() <= 1:
			// a broadcast scalar, computed inline
		default:
			return false
		}
	}
	return arrays <= 1
}

// isView reports whether x only re-indexes a stored value: a transpose,
// reshape, slice or broadcast of a parameter, a constant, a stored value,
// or of such a view.
func (fz *fuser) isView(x *ir.Value) bool {
	switch x.Op {
	case ir.OpTranspose, ir.OpReshape, ir.OpSlice, ir.OpBroadcastInDim:
	default:
		return false
	}
	a := x.Args[0]
	switch {
	case a.Op == ir.OpParameter || a.Op == ir.OpConstant:
		return true
	case fz.plan.GroupOf[a] != nil:
		return fz.plan.Roles[a] == Store
	}
	if r, ok := fz.plan.Roles[a]; ok {
		if r == Store {
			return true
		}
		return r == Inline && fz.isView(a)
	}
	return !fz.willInline(a) || fz.isView(a)
}

// readyBefore reports whether x can be computed at position at: it is
// earlier, a source, or an inline value whose operands are.
func (fz *fuser) readyBefore(x *ir.Value, at int) bool {
	if fz.pos[x] < at || x.Op == ir.OpParameter || x.Op == ir.OpConstant {
		return true
	}
	if g := fz.plan.GroupOf[x]; g != nil || !fz.willInline(x) {
		return false
	}
	for _, a := range x.Args {
		if !fz.readyBefore(a, at) {
			return false
		}
	}
	return true
}

// rowKey returns the row structure of a reduction a row group can start
// with: its operand's shape and the trailing axes it reduces.
func (fz *fuser) rowKey(v *ir.Value) (full ir.Shape, axes []int, ok bool) {
	if v.Op != ir.OpReduce || fz.r.RowReduce == nil || !fz.r.RowReduce(v) {
		return nil, nil, false
	}
	a := v.Attrs.(*ir.ReduceAttrs)
	full = v.Args[0].Type.Shape
	axes = append([]int{}, a.Axes...)
	sort.Ints(axes)
	n := len(full)
	if len(axes) == 0 || len(axes) == n {
		return nil, nil, false // nothing to reduce, or no rows to split
	}
	for i, ax := range axes {
		if ax != n-len(axes)+i {
			return nil, nil, false
		}
	}
	if full[n-len(axes):].NumElements() > fz.r.MaxRow || full[:n-len(axes)].NumElements() == 0 {
		return nil, nil, false
	}
	return full, axes, true
}

// rowConsistent reports whether v reads its operand a (a member of g)
// at the same row it computes: elementwise of the full or outer shape, a
// broadcast of the outer shape along the row axes, or a reduction of g's
// row structure.
func rowConsistent(g *RowGroup, v, a *ir.Value) bool {
	switch {
	case v.Op == ir.OpReduce:
		ax := append([]int{}, v.Attrs.(*ir.ReduceAttrs).Axes...)
		sort.Ints(ax)
		return a.Type.Shape.Equal(g.Full) && slices.Equal(ax, g.RowAxes)
	case v.Op == ir.OpBroadcastInDim:
		dims := v.Attrs.(*ir.BroadcastAttrs).Dims
		if !a.Type.Shape.Equal(g.Outer) || !v.Type.Shape.Equal(g.Full) {
			return false
		}
		for i, d := range dims {
			if d != i {
				return false
			}
		}
		return true
	case v.Op.Has(ir.FlagElementwise):
		return (v.Type.Shape.Equal(g.Full) && a.Type.Shape.Equal(g.Full)) || (v.Type.Shape.Equal(g.Outer) && a.Type.Shape.Equal(g.Outer))
	}
	return false
}

func (fz *fuser) rowGroups() {
	pl := fz.plan
	for _, v := range fz.f.Values {
		if pl.GroupOf[v] != nil {
			continue
		}
		// The groups v reads; v may join only one, and only if every
		// operand is a member of it or ready when it starts.
		var g *RowGroup
		for _, a := range v.Args {
			if ag := pl.GroupOf[a]; ag != nil {
				if g != nil && g != ag {
					g = nil
					break
				}
				g = ag
			}
		}
		if g != nil && fz.canJoin(g, v) {
			g.Members = append(g.Members, v)
			pl.GroupOf[v] = g
			continue
		}
		if full, axes, ok := fz.rowKey(v); ok {
			n := len(full) - len(axes)
			ng := &RowGroup{Full: full, Outer: full[:n], RowAxes: axes, Members: []*ir.Value{v}}
			pl.GroupOf[v] = ng
			pl.Groups = append(pl.Groups, ng)
		}
	}
	// Keep groups that do more than one reduction's work (a lone
	// reduction with nothing after it is an ordinary reduce kernel), then
	// settle roles: members read outside (or returned) are stored.
	var kept []*RowGroup
	for _, g := range pl.Groups {
		if len(g.Members) == 1 {
			delete(pl.GroupOf, g.Members[0])
			continue
		}
		kept = append(kept, g)
		for _, m := range g.Members {
			out := fz.isResult[m]
			for _, u := range fz.users[m] {
				if pl.GroupOf[u] != g {
					out = true
				}
			}
			switch {
			case out && fz.rowBroadcast(g, m):
				// Read outside as a broadcast of a per-row value (a
				// norm's rsqrt, which its backward reads too): the
				// row value is stored and each reader broadcasts it.
				if a := m.Args[0]; pl.Roles[a] != Store {
					g.Outputs = append(g.Outputs, a)
					pl.Roles[a] = Store
				}
				pl.Roles[m] = Inline
			case out:
				g.Outputs = append(g.Outputs, m)
				pl.Roles[m] = Store
			case m.Op == ir.OpReduce:
				pl.Roles[m] = RowLocal
			default:
				pl.Roles[m] = Inline
			}
		}
		slices.SortStableFunc(g.Outputs, func(a, b *ir.Value) int { return fz.pos[a] - fz.pos[b] })
	}
	pl.Groups = kept
}

// rowBroadcast reports whether group member m, read outside g, is better
// computed by its readers than stored: a broadcast of another member of
// g's reduced shape (one value per row), not returned, whose readers all
// read it element by element. Storing the row value instead costs one
// value per row, not one per element.
func (fz *fuser) rowBroadcast(g *RowGroup, m *ir.Value) bool {
	if m.Op != ir.OpBroadcastInDim || fz.isResult[m] {
		return false
	}
	a := m.Args[0]
	if fz.plan.GroupOf[a] != g || a.Type.Shape.NumElements() >= m.Type.Shape.NumElements() {
		return false
	}
	for _, u := range fz.users[m] {
		if fz.r.RereadsOperands(u.Op) {
			return false
		}
	}
	return true
}

// canJoin reports whether v can be computed in g's kernel.
func (fz *fuser) canJoin(g *RowGroup, v *ir.Value) bool {
	if v.Op == ir.OpReduce {
		if full, axes, ok := fz.rowKey(v); !ok || !full.Equal(g.Full) || !slices.Equal(axes, g.RowAxes) {
			return false
		}
	} else if !v.Op.Has(ir.FlagElementwise) && v.Op != ir.OpBroadcastInDim {
		return false
	}
	start := fz.pos[g.Members[0]]
	for _, a := range v.Args {
		if fz.plan.GroupOf[a] == g {
			if !rowConsistent(g, v, a) {
				return false
			}
			continue
		}
		if !fz.readyBefore(a, start) {
			return false
		}
	}
	return true
}

func (fz *fuser) epilogues() {
	pl := fz.plan
	for _, d := range fz.f.Values {
		if d.Op != ir.OpDotGeneral || fz.r.Epilogue == nil || fz.isResult[d] || pl.GroupOf[d] != nil || !fz.r.Epilogue(d) {
			continue
		}
		if w, dag := fz.epilogueOf(d); w != nil {
			pl.Epilogue[d], pl.EpilogueOf[w] = w, d
			for m := range dag {
				if m != d && m != w {
					pl.Roles[m] = Inline
				}
			}
			pl.Roles[w] = Store
		}
	}
}

// epilogueOf returns the exit of d's epilogue and the DAG it computes
// (d included), or nil.
func (fz *fuser) epilogueOf(d *ir.Value) (*ir.Value, map[*ir.Value]bool) {
	at := fz.pos[d]
	in := map[*ir.Value]bool{d: true}
	var order []*ir.Value
	// Visit the users of members in program order (a DAG member's
	// operands come before it), never the whole function.
	var next []*ir.Value
	seen := map[*ir.Value]bool{}
	push := func(x *ir.Value) {
		for _, u := range fz.users[x] {
			if !seen[u] {
				seen[u] = true
				next = append(next, u)
			}
		}
	}
	push(d)
	for len(next) > 0 {
		sort.Slice(next, func(i, j int) bool { return fz.pos[next[i]] < fz.pos[next[j]] })
		u := next[0]
		next = next[1:]
		if !u.Op.Has(ir.FlagElementwise) || !fz.r.Inline(u.Op) || !u.Type.Shape.Equal(d.Type.Shape) || fz.plan.GroupOf[u] != nil || fz.plan.EpilogueOf[u] != nil {
			continue
		}
		if _, claimed := fz.plan.Roles[u]; claimed {
			continue
		}
		reads, ok := false, true
		for _, a := range u.Args {
			if in[a] {
				reads = true
			} else if !fz.readyBefore(a, at) {
				ok = false
			}
		}
		if reads && ok {
			in[u] = true
			order = append(order, u)
			push(u)
		}
	}
	// The latest exit whose DAG is closed: every member but the exit is
	// read only by members and is not returned. (The exit may have any
	// dtype: a conversion to the activations' dtype ends many epilogues.)
	for i := len(order) - 1; i >= 0; i-- {
		w := order[i]
		dag := map[*ir.Value]bool{}
		var mark func(x *ir.Value)
		mark = func(x *ir.Value) {
			if !in[x] || dag[x] {
				return
			}
			dag[x] = true
			for _, a := range x.Args {
				mark(a)
			}
		}
		mark(w)
		closed := dag[d]
		for m := range dag {
			if m == w {
				continue
			}
			if fz.isResult[m] {
				closed = false
			}
			for _, u := range fz.users[m] {
				if !dag[u] {
					closed = false
				}
			}
		}
		if closed {
			return w, dag
		}
	}
	return nil, nil
}

// String prints the plan: one line per row group and per epilogue, in
// program order, naming values by their IR ids.
func (p *FusionPlan) String() string {
	id := func(v *ir.Value) string { return fmt.Sprintf("%%%d", v.ID) }
	ids := func(vs []*ir.Value) string {
		s := make([]string, len(vs))
		for i, v := range vs {
			s[i] = id(v)
		}
		return strings.Join(s, " ")
	}
	var lines []string
	for _, g := range p.Groups {
		lines = append(lines, fmt.Sprintf("row %v over axes %v: %s; stores %s", g.Full, g.RowAxes, ids(g.Members), ids(g.Outputs)))
	}
	var ds []*ir.Value
	for d := range p.Epilogue {
		ds = append(ds, d)
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i].ID < ds[j].ID })
	for _, d := range ds {
		lines = append(lines, fmt.Sprintf("gemm %s: epilogue ends at %s", id(d), id(p.Epilogue[d])))
	}
	return strings.Join(lines, "\n")
}
