package passes

import (
	"fmt"
	"strconv"

	"github.com/kiln-ml/kiln/ir"
)

// Remat is gradient checkpointing: for a function whose leading
// p.ForwardResults results are the forward and whose other values are its
// backward (autodiff.Grad's output), it keeps only the layer boundaries
// the policy chooses among the forward values the backward reads, and
// recomputes the others in the backward from those boundaries (see the
// comment at the top of remat.go for the boundaries, the segments and the
// barriers). Guarantees:
//   - every result is computed by the same ops on the same values as
//     before: the numbers are unchanged, bit for bit on a deterministic
//     backend, dropout masks included (RNG is counter-based);
//   - the forward values the backward reads are then the chosen
//     boundaries, the tail's values (after the last block) and values in
//     no segment read outside a recomputed group;
//   - the function is left unchanged when the plan recomputes nothing (a
//     Budget the function already fits).
//
// Errors name the function: no or non-contiguous boundary marks, a bad
// policy, a budget below what recomputing every block saves.
func Remat(p RematPolicy) func(*ir.Func) error {
	return func(f *ir.Func) error {
		in, err := analyse(f, p)
		if err != nil {
			return err
		}
		pl, err := in.plan(f, p)
		if err != nil {
			return err
		}
		if len(pl.Groups) == 0 {
			return nil
		}
		if err := in.apply(f, pl.Groups); err != nil {
			return fmt.Errorf("remat: func %s: %w", f.Name, err)
		}
		return DeadCode(f)
	}
}

// rematGroup is one recomputed group while the backward is rewritten.
type rematGroup struct {
	RematGroup
	clones map[*ir.Value]*ir.Value // forward value -> its recomputation
}

func (in *rematInfo) apply(f *ir.Func, groups []RematGroup) error {
	of := make([]*rematGroup, len(in.segSize)) // block -> its group
	for _, g := range groups {
		rg := &rematGroup{RematGroup: g, clones: map[*ir.Value]*ir.Value{}}
		for i := g.Start; i < g.End; i++ {
			of[i] = rg
		}
	}
	cur := -1 // the block whose backward is being emitted
	type undo struct {
		v    *ir.Value
		args []*ir.Value
	}
	var undos []undo
	err := f.Rewrite(func(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		if in.fwd[v] {
			return nil, nil
		}
		cur = in.block(v, cur)
		var args []*ir.Value
		for j, a := range v.Args {
			if !in.saved[a] {
				continue
			}
			s := in.seg[a]
			if s < 0 {
				s = cur // a mask or key: recomputed with the block reading it
			}
			if s < 0 || s >= len(of) {
				continue // the tail's, or read outside any block's backward
			}
			g := of[s]
			// The group's boundary itself is read through the group's
			// barrier too: a backward op reading the boundary directly
			// (a norm's gradient recomputing its statistics from its
			// input) would otherwise, once decomposed, be merged by CSE
			// with the forward's copy of the same expression, which then
			// stays live from the forward to this block's backward.
			if g == nil {
				continue
			}
			c, err := in.recompute(e, g, a)
			if err != nil {
				return nil, err
			}
			if args == nil {
				args = append([]*ir.Value(nil), v.Args...)
			}
			args[j] = c
		}
		if args != nil {
			undos = append(undos, undo{v, v.Args})
			v.Args = args
		}
		return nil, nil
	})
	if err != nil {
		for _, u := range undos {
			u.v.Args = u.args
		}
	}
	return err
}

// recompute returns the recomputation of forward value v in group g,
// emitting what is missing (operands first, so order is topological).
func (in *rematInfo) recompute(e *ir.Emitter, g *rematGroup, v *ir.Value) (*ir.Value, error) {
	if c, ok := g.clones[v]; ok {
		return c, nil
	}
	var c *ir.Value
	var err error
	switch s := in.seg[v]; {
	case v == in.bounds[g.Start] || v.Op == ir.OpParameter && !isWeight(v):
		c, err = e.Emit(ir.OpReshape, &ir.ReshapeAttrs{Shape: v.Type.Shape.Clone()}, v.Pos, v)
		if err == nil {
			c.Name = barrierPrefix + strconv.Itoa(g.Start)
		}
	case isSource(v), s >= 0 && (s < g.Start || s >= g.End):
		c = v // weights and constants; values before the group are kept (models have none)
	default:
		args := make([]*ir.Value, len(v.Args))
		for i, a := range v.Args {
			if args[i], err = in.recompute(e, g, a); err != nil {
				return nil, err
			}
		}
		if c, err = e.Emit(v.Op, ir.CloneAttrs(v.Attrs), v.Pos, args...); err == nil && !c.Type.Equal(v.Type) {
			err = fmt.Errorf("recomputing %s gave type %s, want %s", v.LongString(), c.Type, v.Type)
		}
	}
	if err != nil {
		return nil, err
	}
	g.clones[v] = c
	return c, nil
}

// isWeight reports whether parameter p is read by the recomputation
// directly: float tensors (weights) are, since a barrier would copy them;
// integer inputs and scalars (ids, masks, the dropout seed) pass a barrier
// so that what is computed from them alone is recomputed too.
func isWeight(p *ir.Value) bool { return p.Type.DType.IsFloat() && p.Type.Shape.Rank() > 0 }
