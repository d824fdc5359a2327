package passes

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
)

// MaxFoldElements caps constant folding: a value whose folded result would
// hold more elements than this stays an op, so that big constants are not
// materialised in the IR (and in every compiled program).
const MaxFoldElements = 1 << 16

// Evaluator computes the results of a function without parameters, one
// little-endian byte slice per result, with exactly the semantics of the
// reference interpreter. ConstFold goes through it so that folding can never
// disagree with running the op.
type Evaluator interface {
	// Available returns nil when Evaluate can run, or why it cannot.
	Available() error
	// Evaluate runs f (no parameters) and returns the bytes of each result.
	Evaluate(f *ir.Func) ([][]byte, error)
}

// foldFuncName names the one-value functions ConstFold evaluates. ConstFold
// never folds inside a function of this name: an evaluator whose backend's
// Compile runs the standard pipeline (with constfold over that same
// evaluator) would otherwise recurse forever.
const foldFuncName = "kiln.constfold"

// ConstFold returns the constant-folding pass: a value whose operands are
// all constants is replaced by a constant holding its result, computed by
// ev on a one-value function (so folding has exactly the evaluator's
// semantics, NaN and integer wrap-around included). An elementwise value
// whose operands are broadcasts (identical broadcast_in_dim attrs and
// operand shapes) of constants is folded before the broadcast: op(bcast(a),
// bcast(b)) becomes bcast(constant op(a, b)), so scalar arithmetic folds
// without materialising the broadcast. Not folded: results over
// MaxFoldElements elements, broadcast_in_dim itself (a broadcast constant
// is already compact), source ops, RNG (its output is cheaper to generate
// than to store) and SideEffect ops. If ev is unavailable the pass changes
// nothing. Folded constants keep the value's name and position.
func ConstFold(ev Evaluator) func(*ir.Func) error {
	return func(f *ir.Func) error {
		if f.Name == foldFuncName || ev == nil || ev.Available() != nil {
			return nil
		}
		return f.Rewrite(func(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
			return foldValue(e, v, ev)
		})
	}
}

func foldable(v *ir.Value) bool {
	info := v.Op.Info()
	if len(v.Args) == 0 || info.Flags&(ir.FlagSource|ir.FlagSideEffect) != 0 {
		return false
	}
	return v.Op != ir.OpRNG && v.Op != ir.OpBroadcastInDim
}

func foldValue(e *ir.Emitter, v *ir.Value, ev Evaluator) (*ir.Value, error) {
	if !foldable(v) {
		return nil, nil
	}
	allConst := true
	for _, a := range v.Args {
		if a.Op != ir.OpConstant {
			allConst = false
			break
		}
	}
	if allConst {
		if v.Type.Shape.NumElements() > MaxFoldElements {
			return nil, nil
		}
		data, err := evalOne(ev, v.Op, v.Attrs, v.Args)
		if err != nil {
			return nil, fmt.Errorf("folding %s: %w", v.LongString(), err)
		}
		return newConst(e, v, v.Type, data)
	}
	inner, battrs := broadcastOperands(v)
	if inner == nil {
		return nil, nil
	}
	t, err := ir.InferType(v.Op, v.Attrs, inner)
	if err != nil || t.Shape.NumElements() > MaxFoldElements {
		return nil, nil
	}
	data, err := evalOne(ev, v.Op, v.Attrs, inner)
	if err != nil {
		return nil, fmt.Errorf("folding %s: %w", v.LongString(), err)
	}
	c, err := newConst(e, v, t, data)
	if err != nil {
		return nil, err
	}
	c.Name = ""
	b, err := e.Emit(ir.OpBroadcastInDim, &ir.BroadcastAttrs{Shape: battrs.Shape.Clone(), Dims: append([]int(nil), battrs.Dims...)}, v.Pos, c)
	if err != nil {
		return nil, err
	}
	b.Name = v.Name
	return b, nil
}

// broadcastOperands returns the constants under v's operands when v is
// elementwise and every operand is broadcast_in_dim of a constant, all with
// the same attrs and operand shape; otherwise nil.
func broadcastOperands(v *ir.Value) ([]*ir.Value, *ir.BroadcastAttrs) {
	if !v.Op.Has(ir.FlagElementwise) {
		return nil, nil
	}
	var first *ir.BroadcastAttrs
	var shape ir.Shape
	inner := make([]*ir.Value, len(v.Args))
	for i, a := range v.Args {
		if a.Op != ir.OpBroadcastInDim || a.Args[0].Op != ir.OpConstant {
			return nil, nil
		}
		ba := a.Attrs.(*ir.BroadcastAttrs)
		if first == nil {
			first, shape = ba, a.Args[0].Type.Shape
		} else if !ba.Shape.Equal(first.Shape) || !intsEqual(ba.Dims, first.Dims) || !a.Args[0].Type.Shape.Equal(shape) {
			return nil, nil
		}
		inner[i] = a.Args[0]
	}
	return inner, first
}

func newConst(e *ir.Emitter, v *ir.Value, t ir.Type, data []byte) (*ir.Value, error) {
	c, err := e.Constant(t, data, v.Pos)
	if err != nil {
		return nil, err
	}
	c.Name = v.Name
	return c, nil
}

// evalOne evaluates op(args) (args are constants) on a one-value function.
func evalOne(ev Evaluator, op ir.Op, attrs any, args []*ir.Value) ([]byte, error) {
	g := ir.NewFunc(foldFuncName)
	copies := make(map[*ir.Value]*ir.Value, len(args))
	gargs := make([]*ir.Value, len(args))
	for i, a := range args {
		c, ok := copies[a]
		if !ok {
			var err error
			c, err = g.Constant(a.Type, a.Attrs.(*ir.ConstantAttrs).Data, ir.Pos{})
			if err != nil {
				return nil, err
			}
			copies[a] = c
		}
		gargs[i] = c
	}
	r, err := g.Emit(op, attrs, ir.Pos{}, gargs...)
	if err != nil {
		return nil, err
	}
	g.SetResults([]*ir.Value{r}, nil)
	out, err := ev.Evaluate(g)
	if err != nil {
		return nil, err
	}
	if len(out) != 1 || len(out[0]) != r.Type.Bytes() {
		return nil, fmt.Errorf("evaluator returned %d results (first %d bytes), want 1 of %d bytes", len(out), firstLen(out), r.Type.Bytes())
	}
	return out[0], nil
}

func firstLen(b [][]byte) int {
	if len(b) == 0 {
		return -1
	}
	return len(b[0])
}

func intsEqual(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
