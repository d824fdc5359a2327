package frontend_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// siluFunc builds f(x) = silu(x) with a known model position.
func siluFunc(t *testing.T) *ir.Func {
	t.Helper()
	f, err := frontend.Build("silu", func(g *frontend.Graph) error {
		x := g.Param("x", ir.Float32, 2, 3)
		g.Return(frontend.Out("y", x.Silu()))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestApplyInRewrite expands silu with Apply as a decomposition does: the
// operands arrive as tensors, the result replaces the value and every
// emitted value has the silu's model position.
func TestApplyInRewrite(t *testing.T) {
	f := siluFunc(t)
	pos := f.Results[0].Pos
	err := f.Rewrite(func(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		if v.Op != ir.OpSilu {
			return nil, nil
		}
		return frontend.Apply(e, v.Args, func(g *frontend.Graph, args []*frontend.Tensor) *frontend.Tensor {
			if len(args) != 1 || args[0].Value() != v.Args[0] {
				t.Errorf("args = %v, want the operand %s", args, v.Args[0])
			}
			return args[0].Mul(args[0].Sigmoid())
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := ir.Check(f); err != nil {
		t.Fatal(err)
	}
	if countOps(f, ir.OpSilu) != 0 || f.Results[0].Op != ir.OpMul || countOps(f, ir.OpSigmoid) != 1 {
		t.Fatalf("silu not expanded:\n%s", f)
	}
	for _, v := range f.Values[1:] {
		if v.Pos != pos {
			t.Errorf("%s = %s at %s, want the silu's position %s", v, v.Op, v.Pos, pos)
		}
	}
}

// TestApplyOnFunc appends to a function directly (how a gradient rule
// adds values after the forward pass).
func TestApplyOnFunc(t *testing.T) {
	f := siluFunc(t)
	n := len(f.Values)
	y, err := frontend.Apply(f, []*ir.Value{f.Params[0], f.Results[0]}, func(g *frontend.Graph, args []*frontend.Tensor) *frontend.Tensor {
		return args[0].Add(args[1])
	})
	if err != nil {
		t.Fatal(err)
	}
	if y.Op != ir.OpAdd || len(f.Values) != n+1 || f.Values[n] != y {
		t.Fatalf("got %s, values:\n%s", y.LongString(), f)
	}
	if !strings.HasSuffix(y.Pos.File, "apply_test.go") {
		t.Errorf("position %s, want this test's line", y.Pos)
	}
}

// TestApplyErrors: misuse, other panics, a nil or foreign result are
// returned, never panicked, and a rewrite that fails leaves f unchanged.
func TestApplyErrors(t *testing.T) {
	other := frontend.New("other").Param("z", ir.Float32, 1)
	tests := []struct {
		name string
		fn   func(g *frontend.Graph, args []*frontend.Tensor) *frontend.Tensor
		want []string
		as   any
	}{
		{"shape mistake", func(g *frontend.Graph, args []*frontend.Tensor) *frontend.Tensor {
			return args[0].Add(args[0].Reshape(6))
		}, []string{"apply_test.go:", "add", "f32[2,3]", "f32[6]"}, new(*frontend.Error)},
		{"other panic", func(g *frontend.Graph, args []*frontend.Tensor) *frontend.Tensor {
			var m map[string]int
			m["x"]++
			return args[0]
		}, []string{"panic", "nil map"}, new(*frontend.PanicError)},
		{"nil result", func(g *frontend.Graph, args []*frontend.Tensor) *frontend.Tensor { return nil }, []string{"no tensor"}, nil},
		{"foreign result", func(g *frontend.Graph, args []*frontend.Tensor) *frontend.Tensor { return other }, []string{"another graph"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := siluFunc(t)
			before := f.String()
			err := f.Rewrite(func(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
				if v.Op != ir.OpSilu {
					return nil, nil
				}
				return frontend.Apply(e, v.Args, tc.fn)
			})
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if tc.as != nil && !errors.As(err, tc.as) {
				t.Errorf("error %T is not %T", err, tc.as)
			}
			if f.String() != before {
				t.Errorf("failed rewrite changed f:\n%s", f)
			}
		})
	}
}
