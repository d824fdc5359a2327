package passes

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
)

// Buffer planning decides, for every value of a fused function, where a
// loop-generating backend keeps it: in a parameter's or a result's
// memory, in a slot of one workspace shared by the whole run, in another
// value's storage, or nowhere (computed where it is read, or an
// immediate). It is an analysis beside Fuse: the function and the fusion
// plan are not changed, and the backend only emits what the plan says.
//
// The plan owns the decisions that do not depend on the target:
//
//   - Views. A reshape of a value with storage is that storage read with
//     another shape (HomeView), and so is a value a backend's rule says
//     its only user reads through (BufferRules.ReadThrough).
//   - Shared buffers. A GEMM whose epilogue ends in a value of its own
//     dtype writes that value's buffer (the exit is the stored value), and
//     an Attention whose only consumer is its head merge writes its output
//     directly in the merged layout into the buffer of the reshape that
//     ends the merge (MergedHeads): the merge is never copied.
//   - Liveness. A workspace slot lives from the kernel that writes it
//     (a row group's first member, a GEMM whose epilogue writes it) to the
//     last kernel that reads it, directly, through inlined or row-local
//     consumers or through views; results are read at the end.
//   - Layout. Slots whose live ranges do not overlap share memory: each is
//     placed first fit, 64-byte aligned, among the slots live at its
//     definition (Layout).
//   - Results. Every result slot is written in full on every run, either
//     by its value's kernel (DirectResults) or by a copy after the last
//     kernel, so a backend may hand out recycled, uninitialized memory for
//     results. A result that is a dynamic_update_slice of a parameter used
//     nowhere else may share that parameter's memory when the caller
//     donates it (InPlace), and so may an elementwise result that reads
//     the parameter only at the index it writes, after every other read
//     of it (a training step's "w.new" AdamW update: bufplan_inplace.go).

// BufferRules are what a backend tells PlanBuffers about itself; the zero
// value is valid (no read-through values, no program scratch).
type BufferRules struct {
	// ReadThrough reports a value that is never stored because its only
	// user reads it from its operand's storage, transforming elements as
	// it loads them (llvm's GEMM widening a float16 weight to float32 as
	// it packs it). It is asked only about values that are not results,
	// have exactly one user (given) and whose first operand has storage;
	// the value becomes HomeReadThrough of that operand. nil: none.
	ReadThrough func(v, user *ir.Value) bool
	// Scratch is the number of whole-program scratch slots the backend
	// needs (llvm's GEMM packing buffers). They are live for the whole
	// run, are created after every value's slot with size 0, and are
	// listed in BufferPlan.Scratch; the backend sets their Bytes once it
	// knows them and calls Layout again.
	Scratch int
}

// Home is where a value lives.
type Home uint8

const (
	// HomeNone: computed inside the loop of each value that reads it
	// (fusion role Inline); no storage.
	HomeNone Home = iota
	// HomeRow: a row group's reduction kept for the duration of one row
	// (fusion role RowLocal); no storage.
	HomeRow
	// HomeSplat: a constant whose elements are all equal (or that has no
	// data: zeros), used as an immediate; no storage.
	HomeSplat
	// HomeConstant: a constant embedded in the program as data.
	HomeConstant
	// HomeParam: the memory of parameter Index.
	HomeParam
	// HomeResult: the memory of result Index.
	HomeResult
	// HomeWorkspace: workspace slot Index.
	HomeWorkspace
	// HomeView: a reshape of Of, read from Of's storage in place.
	HomeView
	// HomeReadThrough: read from Of's storage by the value's only user,
	// which converts the elements as it loads them (BufferRules.ReadThrough).
	HomeReadThrough
)

func (h Home) String() string {
	return [...]string{"none", "row", "splat", "constant", "param", "result", "ws", "view", "read-through"}[h]
}

// Place is where one value lives. Values with the same buffer home
// (HomeParam, HomeResult, HomeWorkspace) and Index share that memory.
type Place struct {
	Home Home
	// Index is the parameter, result or workspace slot of a buffer home.
	Index int
	// Of is the value whose storage a HomeView or HomeReadThrough value
	// reads.
	Of *ir.Value
	// Writer, when not nil, is the value whose kernel writes this value's
	// buffer (the GEMM of an epilogue exit, the Attention that writes its
	// merged heads into this reshape); the value has no kernel of its own.
	Writer *ir.Value
}

// Buffered reports whether the place is memory of the value's own
// (a parameter, a result or a workspace slot), possibly shared with the
// other values of the same buffer.
func (p Place) Buffered() bool {
	return p.Home == HomeParam || p.Home == HomeResult || p.Home == HomeWorkspace
}

// Slot is one workspace buffer.
type Slot struct {
	// Offset is the slot's byte offset in the workspace (set by Layout,
	// a multiple of 64); Bytes its size.
	Offset, Bytes int
	// Def and Last are the positions in the function's values of the
	// kernel that first writes the slot and of the last kernel that reads
	// it; len(f.Values) means "until the end of the run".
	Def, Last int
	// Value is the value the slot was made for; nil for scratch.
	Value *ir.Value
}

// BufferPlan is the result of PlanBuffers.
type BufferPlan struct {
	// Places holds the place of every value of the function.
	Places map[*ir.Value]Place
	// Slots are the workspace slots in creation order: the values' slots
	// in program order, then the program scratch, then scratch added with
	// AddScratch.
	Slots []Slot
	// WorkspaceBytes is the workspace size after the last Layout.
	WorkspaceBytes int
	// Scratch lists the slots of BufferRules.Scratch.
	Scratch []int
	// MergedHeads maps an Attention (B, Hq, Tq, Dv) whose only consumer
	// is its head merge — a transpose (0,2,1,3) computed inline, then a
	// stored reshape to (B, Tq, Hq*Dv) — to that reshape: the attention
	// writes its rows in the merged layout into the reshape's buffer.
	MergedHeads map[*ir.Value]*ir.Value
	// DirectResults[i] reports that result i's value is written into
	// result slot i by its own kernel; otherwise the backend copies the
	// value there after the last kernel.
	DirectResults []bool
	// InPlace maps a result index to the parameter whose memory it may
	// use when the caller donates that argument; the result is written
	// directly and has the parameter's type, the parameter is not
	// returned, and no parameter serves two results. Either the result is
	// a dynamic_update_slice of the parameter, which has no other use, or
	// the result is elementwise, its kernel reads the parameter only at
	// the index it is writing (through elementwise values of its shape),
	// and every other kernel that reads the parameter runs before it
	// (bufplan_inplace.go).
	InPlace map[int]int

	f *ir.Func
}

// Place returns the place of v (HomeNone for values the plan does not
// know).
func (p *BufferPlan) Place(v *ir.Value) Place { return p.Places[v] }

// AddScratch adds a workspace slot of the given size used only by the
// kernel at position at (a kernel's temporary) and returns its index.
// Call Layout afterwards.
func (p *BufferPlan) AddScratch(at, bytes int) int {
	p.Slots = append(p.Slots, Slot{Bytes: bytes, Def: at, Last: at})
	return len(p.Slots) - 1
}

// PlanBuffers plans the storage of f, fused as fusion says, under rules,
// and lays the workspace out. f must be checked and fusion must be Fuse's
// plan of f; neither is modified.
func PlanBuffers(f *ir.Func, fusion *FusionPlan, rules BufferRules) (*BufferPlan, error) {
	if fusion == nil {
		return nil, fmt.Errorf("passes: plan buffers of %s: no fusion plan", f.Name)
	}
	if rules.Scratch < 0 {
		return nil, fmt.Errorf("passes: plan buffers of %s: BufferRules.Scratch is %d, want >= 0", f.Name, rules.Scratch)
	}
	b := &bufPlanner{f: f, fusion: fusion, rules: rules, pos: map[*ir.Value]int{}, users: map[*ir.Value][]*ir.Value{},
		resultIdx: map[*ir.Value]int{}, mergedInto: map[*ir.Value]*ir.Value{},
		plan: &BufferPlan{Places: map[*ir.Value]Place{}, MergedHeads: map[*ir.Value]*ir.Value{}, InPlace: map[int]int{}, f: f}}
	for i, v := range f.Values {
		b.pos[v] = i
		for _, a := range v.Args {
			b.users[a] = append(b.users[a], v)
		}
	}
	for i, r := range f.Results {
		if _, dup := b.resultIdx[r]; !dup {
			b.resultIdx[r] = i
		}
	}
	for i, v := range f.Values {
		if err := b.place(i, v); err != nil {
			return nil, fmt.Errorf("passes: plan buffers of %s: %%%d = %s: %w", f.Name, v.ID, v.Op, err)
		}
	}
	b.liveness()
	p := b.plan
	for i := 0; i < rules.Scratch; i++ {
		p.Slots = append(p.Slots, Slot{Def: 0, Last: len(f.Values)})
		p.Scratch = append(p.Scratch, len(p.Slots)-1)
	}
	b.results()
	p.Layout()
	return p, nil
}

type bufPlanner struct {
	f          *ir.Func
	fusion     *FusionPlan
	rules      BufferRules
	pos        map[*ir.Value]int
	users      map[*ir.Value][]*ir.Value
	resultIdx  map[*ir.Value]int       // first result index of each returned value
	mergedInto map[*ir.Value]*ir.Value // head-merge reshape -> its attention
	plan       *BufferPlan
}

func (b *bufPlanner) isResult(v *ir.Value) bool { _, ok := b.resultIdx[v]; return ok }

// hasStorage reports whether v (already placed) can be read from memory.
func (b *bufPlanner) hasStorage(v *ir.Value) bool {
	switch b.plan.Places[v].Home {
	case HomeParam, HomeResult, HomeWorkspace, HomeConstant, HomeView:
		return true
	}
	return false
}

// slotFor is the buffer of w, written by a kernel at position def: w's
// result slot or a new workspace slot.
func (b *bufPlanner) slotFor(w *ir.Value, def int) Place {
	if i, ok := b.resultIdx[w]; ok {
		return Place{Home: HomeResult, Index: i}
	}
	b.plan.Slots = append(b.plan.Slots, Slot{Bytes: w.Type.Bytes(), Def: def, Last: def, Value: w})
	return Place{Home: HomeWorkspace, Index: len(b.plan.Slots) - 1}
}

// place decides v's place; every operand of v is placed.
func (b *bufPlanner) place(at int, v *ir.Value) error {
	p := b.plan
	set := func(pl Place) { p.Places[v] = pl }
	switch {
	case v.Op == ir.OpParameter:
		for i, q := range b.f.Params {
			if q == v {
				set(Place{Home: HomeParam, Index: i})
				return nil
			}
		}
		return fmt.Errorf("parameter is not in the function's parameter list")
	case v.Op == ir.OpConstant:
		data := v.Attrs.(*ir.ConstantAttrs).Data
		if IsSplatData(v.Type.DType, data) {
			set(Place{Home: HomeSplat})
		} else {
			set(Place{Home: HomeConstant})
		}
		return nil
	case b.rules.ReadThrough != nil && len(v.Args) > 0 && !b.isResult(v) && len(b.users[v]) == 1 &&
		b.hasStorage(v.Args[0]) && b.rules.ReadThrough(v, b.users[v][0]):
		set(Place{Home: HomeReadThrough, Of: v.Args[0]})
		return nil
	case v.Op == ir.OpReshape && !b.isResult(v) && b.hasStorage(v.Args[0]):
		set(Place{Home: HomeView, Of: v.Args[0]})
		return nil
	case b.fusion.RoleOf(v) == Inline:
		set(Place{Home: HomeNone})
		return nil
	case b.fusion.RoleOf(v) == RowLocal:
		set(Place{Home: HomeRow})
		return nil
	}
	def := at
	if g := b.fusion.GroupOf[v]; g != nil {
		// Written by its row group's kernel, which runs at the group's
		// first member: the buffer is live from there.
		def = b.pos[g.Members[0]]
	}
	if a := b.mergedInto[v]; a != nil {
		// Written by attention a in the merged layout.
		pl := p.Places[a]
		pl.Writer = a
		set(pl)
		return nil
	}
	if r := b.mergeOf(v); r != nil {
		p.MergedHeads[v], b.mergedInto[r] = r, v
		set(b.slotFor(r, def))
		return nil
	}
	if d := b.fusion.EpilogueOf[v]; d != nil {
		if v.Type.DType == d.Type.DType {
			// Computed by d's GEMM kernels, in d's buffer.
			pl := p.Places[d]
			pl.Writer = d
			set(pl)
			return nil
		}
		// Another dtype (a conversion ends the epilogue): its own buffer,
		// written when d's kernels run.
		pl := b.slotFor(v, b.pos[d])
		pl.Writer = d
		set(pl)
		return nil
	}
	if v.Op == ir.OpDotGeneral {
		if w := b.fusion.Epilogue[v]; w != nil && w.Type.DType == v.Type.DType {
			set(b.slotFor(w, def))
			return nil
		}
	}
	set(b.slotFor(v, def))
	return nil
}

// mergeOf returns the reshape of Attention v's head merge when v's result
// feeds nothing else: a transpose (0,2,1,3) computed inline, then a
// stored reshape to (B, Tq, Hq*Dv).
func (b *bufPlanner) mergeOf(v *ir.Value) *ir.Value {
	if v.Op != ir.OpAttention || b.isResult(v) || len(b.users[v]) != 1 || len(v.Type.Shape) != 4 {
		return nil
	}
	t := b.users[v][0]
	if t.Op != ir.OpTranspose || b.isResult(t) || len(b.users[t]) != 1 || b.fusion.RoleOf(t) != Inline {
		return nil
	}
	perm := t.Attrs.(*ir.TransposeAttrs).Perm
	if len(perm) != 4 {
		return nil
	}
	for i, q := range perm {
		if q != [4]int{0, 2, 1, 3}[i] {
			return nil
		}
	}
	r := b.users[t][0]
	sh := v.Type.Shape
	if r.Op != ir.OpReshape || b.fusion.RoleOf(r) != Store || !r.Type.Shape.Equal(ir.Shape{sh[0], sh[2], sh[1] * sh[3]}) {
		return nil
	}
	return r
}

// liveness extends each workspace slot to the last kernel that reads it:
// every buffered value's kernel reads its operands (through values
// without storage of their own, down to storage), and the results are
// read at the end of the run.
func (b *bufPlanner) liveness() {
	p := b.plan
	b.eachStorageRead(func(at int, pl Place) {
		if pl.Home == HomeWorkspace {
			s := &p.Slots[pl.Index]
			s.Last = max(s.Last, at)
		}
	})
}

// eachStorageRead calls visit(at, place) for every read of storage by the
// kernel at index at: each buffered value's kernel reads its operands,
// through views and read-through values down to their storage and through
// values without storage of their own (computed in the reading kernel) to
// their operands; the results are read at the end of the run
// (at = len(f.Values)).
func (b *bufPlanner) eachStorageRead(visit func(at int, pl Place)) {
	p := b.plan
	var touch func(at int, x *ir.Value)
	touch = func(at int, x *ir.Value) {
		pl := p.Places[x]
		switch pl.Home {
		case HomeView, HomeReadThrough:
			touch(at, pl.Of)
		case HomeNone, HomeRow:
			for _, a := range x.Args {
				touch(at, a)
			}
		default:
			visit(at, pl)
		}
	}
	for i, v := range b.f.Values {
		if p.Places[v].Buffered() {
			for _, a := range v.Args {
				touch(i, a)
			}
		}
	}
	for _, r := range b.f.Results {
		touch(len(b.f.Values), r)
	}
}

// results decides which results are written directly and which may be
// updated in place.
func (b *bufPlanner) results() {
	p := b.plan
	p.DirectResults = make([]bool, len(b.f.Results))
	for j, r := range b.f.Results {
		pl := p.Places[r]
		p.DirectResults[j] = pl.Home == HomeResult && pl.Index == j && b.resultIdx[r] == j
	}
	taken := map[int]bool{} // parameters already given to a result
	for j, r := range b.f.Results {
		if r.Op != ir.OpDynamicUpdateSlice || !p.DirectResults[j] {
			continue
		}
		if q := r.Args[0]; q.Op == ir.OpParameter && len(b.users[q]) == 1 && !b.isResult(q) {
			p.InPlace[j] = p.Places[q].Index
			taken[p.InPlace[j]] = true
		}
	}
	b.elementwiseInPlace(taken)
}

// IsSplatData reports whether constant data of dtype d has at most one
// distinct element (all elements equal, one element, or no data at all,
// which stands for zeros).
func IsSplatData(d ir.DType, data []byte) bool {
	es := d.Size()
	if len(data) <= es {
		return true
	}
	for i := es; i < len(data); i += es {
		for j := 0; j < es; j++ {
			if data[i+j] != data[j] {
				return false
			}
		}
	}
	return true
}
