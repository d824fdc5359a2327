package interp_test

import (
	"fmt"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// TestGroupsAreImplemented runs every op of the elementwise groups (which
// the generator derives from the op table, and eval dispatches as a whole)
// on every dtype its shape rule accepts: a table op that the group brings
// to eval without an implementation in unary or binary fails here.
func TestGroupsAreImplemented(t *testing.T) {
	for _, g := range []ir.OpGroup{ir.GroupElementwiseUnary, ir.GroupElementwiseBinary} {
		if len(g.Ops()) == 0 {
			t.Errorf("group %s is empty", g)
		}
		for _, op := range g.Ops() {
			n := op.Info().MinArgs
			accepted := 0
			for _, d := range ir.AllDTypes() {
				f := ir.NewFunc(op.String())
				args := make([]*ir.Value, n)
				ins := make([]*tensor.Tensor, n)
				for i := range args {
					args[i] = f.Param(fmt.Sprintf("x%d", i), ir.T(d, 2))
					x, err := tensor.FromFloat64(d, ir.Shape{2}, []float64{1, 0})
					if err != nil {
						t.Fatal(err)
					}
					ins[i] = x
				}
				v, err := f.Emit(op, nil, ir.Pos{}, args...)
				if err != nil {
					continue // the op table rejects d
				}
				accepted++
				f.SetResults([]*ir.Value{v}, nil)
				if _, err := interp.Eval(f, ins...); err != nil {
					t.Errorf("%s (group %s) on %s: %v", op, g, d, err)
				}
			}
			if accepted == 0 {
				t.Errorf("%s: the op table accepts no dtype; extend the probe", op)
			}
		}
	}
}
