package frontend_test

import (
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// TestWrapEmitterDecomposes uses the frontend inside ir.Func.Rewrite, as
// a pass decomposition would: softmax becomes primitives that keep the
// model position of the softmax they replace.
func TestWrapEmitterDecomposes(t *testing.T) {
	f, err := frontend.Build("sm", func(g *frontend.Graph) error {
		x := g.Param("x", ir.Float32, 2, 5)
		g.Return(frontend.Out("p", x.Softmax(-1)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	smPos := f.Results[0].Pos
	if !smPos.IsKnown() {
		t.Fatal("softmax has no position")
	}
	err = f.Rewrite(func(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		if v.Op != ir.OpSoftmax {
			return nil, nil
		}
		var out *ir.Value
		g := frontend.Wrap(e, nil)
		err := g.Do(func(g *frontend.Graph) error {
			x := g.Lift(v.Args[0])
			ax := v.Attrs.(*ir.AxisAttrs).Axis
			ex := x.Sub(x.ReduceMaxKeep(ax)).Exp()
			out = ex.Div(ex.SumKeep(ax)).Value()
			return nil
		})
		return out, err
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := ir.Check(f); err != nil {
		t.Fatal(err)
	}
	if countOps(f, ir.OpSoftmax) != 0 || f.Results[0].Op != ir.OpDiv {
		t.Fatalf("softmax not replaced:\n%s", f)
	}
	for _, v := range f.Values[1:] {
		if v.Pos != smPos {
			t.Errorf("%s %s at %s, want the softmax position %s", v, v.Op, v.Pos, smPos)
		}
	}
	// Parameters cannot be added in the middle of a rewrite.
	err = f.Rewrite(func(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		return nil, frontend.Wrap(e, e.Func()).Do(func(g *frontend.Graph) error {
			g.Param("new", ir.Float32, 1)
			return nil
		})
	})
	if err == nil || !strings.Contains(err.Error(), "rewriting") {
		t.Errorf("param during rewrite: %v", err)
	}
	// A misuse inside a pass is reported at the pass's line, not the
	// (inherited) model position.
	err = f.Rewrite(func(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		if v.Op != ir.OpDiv {
			return nil, nil
		}
		return nil, frontend.Wrap(e, e.Func()).Do(func(g *frontend.Graph) error {
			x := g.Lift(v)
			x.Add(x.Reshape(10))
			return nil
		})
	})
	if err == nil || !strings.Contains(err.Error(), "frontend/wrap_test.go:") || !strings.Contains(err.Error(), "f32[10]") {
		t.Errorf("misuse during rewrite: %v", err)
	}
}
