package frontend_test

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func TestBroadcastShapes(t *testing.T) {
	tests := []struct {
		in      []ir.Shape
		want    ir.Shape
		wantErr bool
	}{
		{[]ir.Shape{{2, 3}, {2, 3}}, ir.Shape{2, 3}, false},
		{[]ir.Shape{{2, 3}, {3}}, ir.Shape{2, 3}, false},
		{[]ir.Shape{{2, 1}, {1, 3}}, ir.Shape{2, 3}, false},
		{[]ir.Shape{{4, 1, 5}, {3, 1}}, ir.Shape{4, 3, 5}, false},
		{[]ir.Shape{{}, {2, 3}}, ir.Shape{2, 3}, false},
		{[]ir.Shape{{}, {}}, ir.Shape{}, false},
		{[]ir.Shape{{0, 3}, {1, 3}}, ir.Shape{0, 3}, false},
		{[]ir.Shape{{1}, {0}}, ir.Shape{0}, false},
		{[]ir.Shape{{2, 1, 1}, {1, 3, 1}, {4}}, ir.Shape{2, 3, 4}, false},
		{[]ir.Shape{{2, 3}, {4}}, nil, true},
		{[]ir.Shape{{2, 3}, {3, 3}}, nil, true},
		{[]ir.Shape{{0}, {2}}, nil, true},
	}
	for _, tc := range tests {
		got, err := frontend.BroadcastShapes(tc.in...)
		if tc.wantErr {
			if err == nil {
				t.Errorf("BroadcastShapes(%v) = %v, want an error", tc.in, got)
			}
			continue
		}
		if err != nil || !got.Equal(tc.want) {
			t.Errorf("BroadcastShapes(%v) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

// TestBinaryBroadcasting checks the result type and the inserted
// broadcast_in_dim ops of broadcasting binary ops.
func TestBinaryBroadcasting(t *testing.T) {
	tests := []struct {
		a, b       ir.Shape
		want       ir.Shape
		broadcasts int // broadcast_in_dim values emitted
	}{
		{ir.Shape{2, 3}, ir.Shape{2, 3}, ir.Shape{2, 3}, 0},
		{ir.Shape{2, 3}, ir.Shape{3}, ir.Shape{2, 3}, 1},
		{ir.Shape{3}, ir.Shape{2, 3}, ir.Shape{2, 3}, 1},
		{ir.Shape{2, 1}, ir.Shape{1, 3}, ir.Shape{2, 3}, 2},
		{ir.Shape{}, ir.Shape{4, 5}, ir.Shape{4, 5}, 1},
		{ir.Shape{5, 1, 7}, ir.Shape{6, 1}, ir.Shape{5, 6, 7}, 2},
	}
	for _, tc := range tests {
		f, err := frontend.Build("bcast", func(g *frontend.Graph) error {
			x := g.Param("a", ir.Float32, tc.a...)
			y := g.Param("b", ir.Float32, tc.b...)
			g.Return(frontend.Out("sum", x.Add(y)), frontend.Out("lt", x.Lt(y)))
			return nil
		})
		if err != nil {
			t.Fatalf("%v + %v: %v", tc.a, tc.b, err)
		}
		if got := f.Results[0].Type; !got.Equal(ir.Type{DType: ir.Float32, Shape: tc.want}) {
			t.Errorf("%v + %v: type %s, want f32%v", tc.a, tc.b, got, tc.want)
		}
		if got := f.Results[1].Type; !got.Equal(ir.Type{DType: ir.Bool, Shape: tc.want}) {
			t.Errorf("%v < %v: type %s, want bool%v", tc.a, tc.b, got, tc.want)
		}
		// Each comparison re-broadcasts; count those of the add only.
		if n := countOps(f, ir.OpBroadcastInDim); n != 2*tc.broadcasts {
			t.Errorf("%v + %v: %d broadcast_in_dim, want %d", tc.a, tc.b, n, 2*tc.broadcasts)
		}
	}
}

func countOps(f *ir.Func, op ir.Op) int {
	n := 0
	for _, v := range f.Values {
		if v.Op == op {
			n++
		}
	}
	return n
}

// line returns the caller's line number, so tests can assert positions.
func line() int {
	_, _, l, _ := runtime.Caller(1)
	return l
}

func TestShapeErrorNamesModelLineAndShapes(t *testing.T) {
	var want int
	_, err := frontend.Build("bad", func(g *frontend.Graph) error {
		x := g.Param("x", ir.Float32, 2, 3)
		w := g.Param("w", ir.Float32, 4, 5)
		want = line() + 1
		y := x.MatMul(w) // the deliberate mistake
		g.Return(frontend.Out("y", y))
		return nil
	})
	if err == nil {
		t.Fatal("shape mistake was not reported")
	}
	var fe *frontend.Error
	if !errors.As(err, &fe) {
		t.Fatalf("error %T %v, want *frontend.Error", err, err)
	}
	msg := err.Error()
	for _, s := range []string{fmt.Sprintf("frontend/frontend_test.go:%d", want), "f32[2,3]", "f32[4,5]", "matmul"} {
		if !strings.Contains(msg, s) {
			t.Errorf("error %q does not mention %q", msg, s)
		}
	}
}

// addHelper is model code one level below the test: the error must name
// the line in addHelper, the innermost frame outside the frontend.
func addHelper(x, y *frontend.Tensor) *frontend.Tensor {
	return x.Add(y)
}

var addHelperLine = line() - 3

func TestShapeErrorInsideHelper(t *testing.T) {
	_, err := frontend.Build("bad", func(g *frontend.Graph) error {
		x := g.Param("x", ir.Float32, 2, 3)
		g.Return(frontend.Out("y", addHelper(x.Reshape(3, 2), x)))
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "f32[3,2]") || !strings.Contains(err.Error(), "f32[2,3]") {
		t.Fatalf("error %v, want both shapes", err)
	}
	if want := fmt.Sprintf("frontend/frontend_test.go:%d:", addHelperLine); !strings.Contains(err.Error(), want) {
		t.Errorf("error %v does not name %s", err, want)
	}
}

func TestOtherPanicsBecomeErrors(t *testing.T) {
	var want int
	_, err := frontend.Build("nilderef", func(g *frontend.Graph) error {
		var x *frontend.Tensor
		want = line() + 1
		_ = x.Rank() // nil dereference inside a frontend method
		return nil
	})
	var pe *frontend.PanicError
	if !errors.As(err, &pe) {
		t.Fatalf("error %T %v, want *frontend.PanicError", err, err)
	}
	if got := pe.Pos.String(); got != fmt.Sprintf("frontend/frontend_test.go:%d", want) {
		t.Errorf("panic position %s, want line %d of frontend_test.go", got, want)
	}
	if pe.Stack == "" {
		t.Error("no stack recorded")
	}
}

func TestBuildErrors(t *testing.T) {
	if _, err := frontend.Build("noreturn", func(g *frontend.Graph) error {
		g.Param("x", ir.Float32, 2)
		return nil
	}); err == nil || !strings.Contains(err.Error(), "Return") {
		t.Errorf("missing Return: got %v", err)
	}
	sentinel := errors.New("model says no")
	if _, err := frontend.Build("fails", func(g *frontend.Graph) error { return sentinel }); !errors.Is(err, sentinel) {
		t.Errorf("model error not passed through: %v", err)
	}
	if _, err := frontend.Build("dup", func(g *frontend.Graph) error {
		g.Param("x", ir.Float32, 2)
		g.Param("x", ir.Float32, 3)
		return nil
	}); err == nil || !strings.Contains(err.Error(), `"x"`) || !strings.Contains(err.Error(), "f32[3]") {
		t.Errorf("conflicting parameter redeclaration: got %v", err)
	}
	if _, err := frontend.Build("dupout", func(g *frontend.Graph) error {
		x := g.Param("x", ir.Float32, 2)
		g.Return(frontend.Out("a", x), frontend.Out("a", x))
		return nil
	}); err == nil || !strings.Contains(err.Error(), "duplicate result") {
		t.Errorf("duplicate result names: got %v", err)
	}
	if _, err := frontend.Build("mix", func(g *frontend.Graph) error {
		x := g.Param("x", ir.Float32, 2)
		y := g.Param("y", ir.Int32, 2)
		g.Return(frontend.Out("a", x.Add(y)))
		return nil
	}); err == nil || !strings.Contains(err.Error(), "i32[2]") {
		t.Errorf("dtype mismatch: got %v", err)
	}
	other := frontend.New("other")
	o := other.Param("o", ir.Float32, 2)
	if _, err := frontend.Build("foreign", func(g *frontend.Graph) error {
		x := g.Param("x", ir.Float32, 3, 2)
		g.Return(frontend.Out("a", x.Add(o)))
		return nil
	}); err == nil || !strings.Contains(err.Error(), "another graph") {
		t.Errorf("operand of another graph: got %v", err)
	}
	if n := len(other.Func().Values); n != 1 {
		t.Errorf("the failed build added %d values to the other graph", n-1)
	}
}

func TestPositionsAndParams(t *testing.T) {
	var want int
	f, err := frontend.Build("pos", func(g *frontend.Graph) error {
		x := g.Param("model.embed.weight", ir.BFloat16, 4, 8)
		again := g.Param("model.embed.weight", ir.BFloat16, 4, 8)
		if again.Value() != x.Value() {
			return errors.New("redeclared parameter is a new value")
		}
		want = line() + 1
		y := x.Exp().Named("e")
		g.ReturnMap(map[string]*frontend.Tensor{"z": y, "a": x})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Params) != 1 || f.Params[0].Name != "model.embed.weight" {
		t.Fatalf("params %v", f.Params)
	}
	if f.ResultNames[0] != "a" || f.ResultNames[1] != "z" {
		t.Errorf("ReturnMap order %v, want sorted", f.ResultNames)
	}
	e := f.Results[1]
	if e.Op != ir.OpExp || e.Name != "e" {
		t.Fatalf("result %s %q", e.Op, e.Name)
	}
	if got := e.Pos.String(); got != fmt.Sprintf("frontend/frontend_test.go:%d", want) {
		t.Errorf("pos %s, want frontend_test.go:%d", got, want)
	}
}

func TestConstants(t *testing.T) {
	f, err := frontend.Build("consts", func(g *frontend.Graph) error {
		g.Return(
			frontend.Out("f", g.ConstFloats(ir.BFloat16, []int{3}, []float64{1, -2.5, 1e30})),
			frontend.Out("i", g.ConstInts(ir.Int8, []int{2}, []int64{-128, 127})),
			frontend.Out("b", g.ConstBools([]int{2}, []bool{true, false})),
			frontend.Out("s", g.ConstScalar(ir.Int32, -7)),
			frontend.Out("big", g.ConstScalarInt(ir.Int64, 1<<62+1)),
		)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	data := func(i int) []byte { return f.Results[i].Attrs.(*ir.ConstantAttrs).Data }
	if v := ir.ElementFloat(ir.BFloat16, data(0), 1); v != -2.5 {
		t.Errorf("bf16 element %v", v)
	}
	if v := ir.ElementInt(ir.Int8, data(1), 0); v != -128 {
		t.Errorf("i8 element %v", v)
	}
	if data(2)[0] != 1 || data(2)[1] != 0 {
		t.Errorf("bool data %v", data(2))
	}
	if v := ir.ElementInt(ir.Int32, data(3), 0); v != -7 || f.Results[3].Type.Shape.Rank() != 0 {
		t.Errorf("scalar %v %s", v, f.Results[3].Type)
	}
	if v := ir.ElementInt(ir.Int64, data(4), 0); v != 1<<62+1 {
		t.Errorf("int64 %v", v)
	}
	bad := []func(g *frontend.Graph){
		func(g *frontend.Graph) { g.ConstScalar(ir.Int8, 200) },
		func(g *frontend.Graph) { g.ConstScalar(ir.Int32, 1.5) },
		func(g *frontend.Graph) { g.ConstScalar(ir.Bool, 2) },
		func(g *frontend.Graph) { g.ConstInts(ir.Uint8, []int{1}, []int64{-1}) },
		func(g *frontend.Graph) { g.ConstFloats(ir.Float32, []int{2, 2}, []float64{1, 2, 3}) },
		func(g *frontend.Graph) { g.ConstFloats(ir.Invalid, nil, []float64{1}) },
		func(g *frontend.Graph) { g.Param("x", ir.Int32, 2).MulScalar(0.5) },
		func(g *frontend.Graph) { g.Iota(ir.Int32, 2, 3, 4) },
	}
	for i, fn := range bad {
		if _, err := frontend.Build("bad", func(g *frontend.Graph) error { fn(g); return nil }); err == nil {
			t.Errorf("bad constant %d accepted", i)
		}
	}
}
