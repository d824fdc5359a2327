package passes

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kiln-ml/kiln/ir"
)

// Gradient checkpointing (rematerialisation) of a differentiated function.
//
// Layer boundaries. A model marks the hidden state entering its block i
// by naming that value BoundaryName(i), and the output of its last block
// (the input of what follows the blocks: final norm, head, loss)
// BoundaryName(L) for L blocks (models' markBoundary does both). The name
// is the only annotation: it survives ir.Func.Clone, autocast, autodiff
// (which keeps the forward's values) and the text format, and a function
// without marks is an error of Remat rather than a silent no-op.
//
// Segments. Every forward value belongs to segment s, the largest
// boundary index among the boundaries it depends on (a boundary is in its
// own segment); values that depend on no boundary (embeddings, masks,
// positions, RNG keys and masks) are in no segment. Segments 0..L-1 are
// the blocks; segment L is the tail.
//
// Recomputation. The policy groups consecutive blocks [start, end) to be
// recomputed from boundary start. A forward value of a group that the
// backward reads is not kept: the pass clones the forward computation
// that produced it from the group's boundary (and the parameters) into
// the backward, just before its first reader, and points the backward's
// reads at the clones. Values in no segment (dropout masks, attention
// masks, constant broadcasts) are recomputed with the group whose
// backward reads them, and kept where a block outside any group reads
// them. The
// clones are the same ops with the same attributes on the same values, so
// every number is unchanged: RNG ops are counter-based (the result is a
// function of the key), so a recomputed dropout mask is the kept one.
// Forward copies whose only readers were in the backward become dead and
// are removed; the others die at their last forward use.
//
// Barriers. A group's clones read its boundary (and non-weight inputs:
// integer tensors and scalars such as the dropout seed) through a
// barrier: an identity reshape named with the prefix "remat.barrier.".
// CSE never merges a barrier and Simplify never rewrites a barrier or a
// user of one, so the standard pipeline cannot fold the recomputation
// back into the forward. (XLA runs its own CSE: there the barrier would
// have to be lowered to stablehlo.optimization_barrier, which the xla
// backend does not do yet.) Clones reading only weights and constants may
// merge with the forward's; they are weight-shaped, not activations.

// BoundaryPrefix starts the name of a value marked as a layer boundary.
const BoundaryPrefix = "remat.boundary."

// barrierPrefix starts the name of a recomputation barrier.
const barrierPrefix = "remat.barrier."

// BoundaryName is the name a model gives the hidden state entering its
// block i (i = number of blocks: the last block's output).
func BoundaryName(i int) string { return BoundaryPrefix + strconv.Itoa(i) }

// BoundaryIndex returns i when v is marked BoundaryName(i).
func BoundaryIndex(v *ir.Value) (int, bool) {
	if v == nil || v.Op == ir.OpParameter || !strings.HasPrefix(v.Name, BoundaryPrefix) {
		return 0, false
	}
	i, err := strconv.Atoi(v.Name[len(BoundaryPrefix):])
	if err != nil || i < 0 {
		return 0, false
	}
	return i, true
}

// IsRematBarrier reports whether v is a recomputation barrier that CSE and
// Simplify must leave alone.
func IsRematBarrier(v *ir.Value) bool {
	return v.Op == ir.OpReshape && strings.HasPrefix(v.Name, barrierPrefix)
}

// RematPolicy chooses what Remat keeps. The zero value checkpoints every
// layer (torch's checkpoint around each block, HF's
// gradient_checkpointing=True). At most one of EveryNLayers > 1, Span > 1
// and Budget > 0 may be set.
type RematPolicy struct {
	// EveryNLayers > 1 checkpoints blocks 0, n, 2n, ... (each recomputed
	// from its own input) and lets the others keep their activations:
	// transformers' gradient_checkpointing_kwargs every_n_layers, which
	// gives memory back for speed. 0 and 1 checkpoint every block.
	EveryNLayers int
	// Span > 1 keeps only boundaries 0, Span, 2*Span, ... and recomputes
	// Span blocks at a time from each: fewer boundaries saved, the same
	// recomputation as every layer, a larger transient (one span's
	// activations) in the backward.
	Span int
	// Budget > 0: the bytes of forward values the backward may read
	// (RematPlan.RematBytes). Blocks are checkpointed one at a time, from
	// the first, until the estimate fits; a function that fits without
	// recomputation is left as it is, and one that does not fit even with
	// every block checkpointed is an error naming the minimum.
	Budget int64
	// ForwardResults is how many of the function's leading results the
	// forward computes (autodiff.Grad puts the function's own results
	// before the gradients); 0 means 1. Their ancestors are the forward;
	// every other value is the backward.
	ForwardResults int
}

// RematGroup is a run of blocks [Start, End) recomputed together from
// boundary Start.
type RematGroup struct{ Start, End int }

// RematPlan is what Remat does to a function.
type RematPlan struct {
	Layers int          // blocks: boundaries 0..Layers are marked
	Groups []RematGroup // the recomputed blocks, in order (none: unchanged)
	// SavedBytes estimates the forward values the backward reads (the
	// saved set) without recomputation: the sum of their sizes.
	SavedBytes int64
	// RematBytes estimates the same with the plan: what stays saved, plus
	// the largest group's recomputed values (live while its backward runs).
	RematBytes int64
}

// rematInfo is the analysis of a differentiated function.
type rematInfo struct {
	fwd     map[*ir.Value]bool
	seg     map[*ir.Value]int // forward values; -1: in no segment
	ctx     map[*ir.Value]int // saved values in no segment: the block whose backward reads them first (-1: none)
	bounds  []*ir.Value       // bounds[i] is marked BoundaryName(i)
	saved   map[*ir.Value]bool
	order   []*ir.Value // saved values in first-read order
	segSize []int64     // saved bytes of blocks 0..L-1 without their boundary
}

// Saved returns the values of f that the forward (the ancestors of f's
// first nres results) computes and the rest of f reads, parameters and
// constants excluded, in the order of their first reader: the activations
// kept for the backward.
func Saved(f *ir.Func, nres int) []*ir.Value {
	fwd := forwardSet(f, nres)
	seen := map[*ir.Value]bool{}
	var out []*ir.Value
	for _, v := range f.Values {
		if fwd[v] {
			continue
		}
		for _, a := range v.Args {
			if fwd[a] && !seen[a] && !isSource(a) {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	return out
}

func isSource(v *ir.Value) bool { return v.Op.Info().Flags&ir.FlagSource != 0 }

func forwardSet(f *ir.Func, nres int) map[*ir.Value]bool {
	fwd := map[*ir.Value]bool{}
	stack := append([]*ir.Value(nil), f.Results[:min(nres, len(f.Results))]...)
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if fwd[v] {
			continue
		}
		fwd[v] = true
		stack = append(stack, v.Args...)
	}
	return fwd
}

func analyse(f *ir.Func, p RematPolicy) (*rematInfo, error) {
	switch {
	case p.EveryNLayers < 0:
		return nil, fmt.Errorf("remat: func %s: policy EveryNLayers = %d, want >= 0", f.Name, p.EveryNLayers)
	case p.Span < 0:
		return nil, fmt.Errorf("remat: func %s: policy Span = %d, want >= 0", f.Name, p.Span)
	case p.Budget < 0:
		return nil, fmt.Errorf("remat: func %s: policy Budget = %d bytes, want >= 0", f.Name, p.Budget)
	case btoi(p.EveryNLayers > 1)+btoi(p.Span > 1)+btoi(p.Budget > 0) > 1:
		return nil, fmt.Errorf("remat: func %s: policy sets more than one of EveryNLayers = %d, Span = %d, Budget = %d", f.Name, p.EveryNLayers, p.Span, p.Budget)
	}
	nres := max(p.ForwardResults, 1)
	if nres > len(f.Results) {
		return nil, fmt.Errorf("remat: func %s: policy ForwardResults = %d, but the function returns %d results", f.Name, nres, len(f.Results))
	}
	in := &rematInfo{fwd: forwardSet(f, nres), seg: map[*ir.Value]int{}, ctx: map[*ir.Value]int{}, saved: map[*ir.Value]bool{}}
	byIndex := map[int]*ir.Value{}
	last := -1
	for _, v := range f.Values {
		if !in.fwd[v] {
			continue
		}
		s := -1
		for _, a := range v.Args {
			s = max(s, in.seg[a])
		}
		if i, ok := BoundaryIndex(v); ok {
			if prev := byIndex[i]; prev != nil {
				return nil, fmt.Errorf("remat: func %s: %s and %s are both marked %q", f.Name, prev, v, v.Name)
			}
			if i < s {
				return nil, fmt.Errorf("remat: func %s: boundary %d (%s at %s) depends on boundary %d: boundaries must be marked in block order", f.Name, i, v, v.Pos, s)
			}
			byIndex[i], s, last = v, i, max(last, i)
		}
		in.seg[v] = s
	}
	if last < 1 {
		return nil, fmt.Errorf("remat: func %s: no layer boundaries: a model marks the input of each block i with passes.BoundaryName(i) and the last block's output with BoundaryName(layers) (found %d marked forward values)", f.Name, len(byIndex))
	}
	in.bounds = make([]*ir.Value, last+1)
	for i := range in.bounds {
		if in.bounds[i] = byIndex[i]; in.bounds[i] == nil {
			return nil, fmt.Errorf("remat: func %s: boundaries 0..%d are marked but %d is not", f.Name, last, i)
		}
	}
	in.segSize = make([]int64, last)
	for _, v := range Saved(f, nres) {
		in.saved[v] = true
		in.order = append(in.order, v)
	}
	// The block whose backward is being read, as apply tracks it.
	cur := -1
	for _, v := range f.Values {
		if in.fwd[v] {
			continue
		}
		cur = in.block(v, cur)
		for _, a := range v.Args {
			if _, ok := in.ctx[a]; !ok && in.saved[a] && in.seg[a] < 0 {
				in.ctx[a] = cur
			}
		}
	}
	for _, v := range in.order {
		if s := in.blockOf(v); s >= 0 && v != in.bounds[s] {
			in.segSize[s] += int64(v.Type.Bytes())
		}
	}
	return in, nil
}

// block returns the block whose backward backward value v belongs to: that
// of the first saved operand in a block, else cur (the previous value's).
func (in *rematInfo) block(v *ir.Value, cur int) int {
	for _, a := range v.Args {
		if s := in.seg[a]; in.saved[a] && s >= 0 && s < len(in.segSize) {
			return s
		}
	}
	return cur
}

// blockOf is the block saved value v is recomputed with if its block is
// (its segment, or for values in no segment the block whose backward reads
// it first), or -1 (the tail, or no block).
func (in *rematInfo) blockOf(v *ir.Value) int {
	s := in.seg[v]
	if s < 0 {
		s = in.ctx[v]
	}
	if s >= len(in.segSize) {
		return -1
	}
	return s
}

// PlanRemat returns what Remat(p) would do to f, without changing f.
func PlanRemat(f *ir.Func, p RematPolicy) (RematPlan, error) {
	in, err := analyse(f, p)
	if err != nil {
		return RematPlan{}, err
	}
	return in.plan(f, p)
}

// estimate is the saved bytes when blocks are recomputed as groups says:
// the saved values outside the groups (values in no segment counted as
// kept), the groups' start boundaries, and the largest group's recomputed
// saved values.
func (in *rematInfo) estimate(groups []RematGroup) int64 {
	start := make([]int, len(in.segSize)) // the group's start boundary, -1: not recomputed
	for i := range start {
		start[i] = -1
	}
	var total, peak int64
	for _, g := range groups {
		var sz int64
		for i := g.Start; i < g.End; i++ {
			start[i] = g.Start
			sz += in.segSize[i]
			if i > g.Start && in.saved[in.bounds[i]] {
				sz += int64(in.bounds[i].Type.Bytes())
			}
		}
		peak = max(peak, sz)
		if !in.saved[in.bounds[g.Start]] {
			total += int64(in.bounds[g.Start].Type.Bytes())
		}
	}
	for _, v := range in.order {
		if s := in.blockOf(v); s >= 0 && start[s] >= 0 && v != in.bounds[start[s]] {
			continue // recomputed
		}
		total += int64(v.Type.Bytes())
	}
	return total + peak
}

func (in *rematInfo) plan(f *ir.Func, p RematPolicy) (RematPlan, error) {
	layers := len(in.segSize)
	pl := RematPlan{Layers: layers, SavedBytes: in.estimate(nil)}
	if p.Budget > 0 {
		if pl.SavedBytes <= p.Budget {
			pl.RematBytes = pl.SavedBytes
			return pl, nil
		}
		var groups []RematGroup
		for m := 0; m < layers; m++ {
			groups = append(groups, RematGroup{m, m + 1})
			if est := in.estimate(groups); est <= p.Budget || m == layers-1 {
				if est > p.Budget {
					return pl, fmt.Errorf("remat: func %s: budget %d bytes: recomputing every block still saves %d bytes", f.Name, p.Budget, est)
				}
				pl.Groups, pl.RematBytes = groups, est
				return pl, nil
			}
		}
	}
	if p.Span > 1 {
		for s := 0; s < layers; s += p.Span {
			pl.Groups = append(pl.Groups, RematGroup{s, min(s+p.Span, layers)})
		}
	} else {
		for s := 0; s < layers; s += max(p.EveryNLayers, 1) {
			pl.Groups = append(pl.Groups, RematGroup{s, s + 1})
		}
	}
	pl.RematBytes = in.estimate(pl.Groups)
	return pl, nil
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
