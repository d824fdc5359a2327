package ir

import (
	"strings"
	"testing"
)

func TestBuildPrintCheck(t *testing.T) {
	f := NewFunc("block")
	x := f.Param("x", T(Float32, 2, 3))
	b := f.Param("bias", T(Float32, 3))
	bb, err := f.Emit(OpBroadcastInDim, &BroadcastAttrs{Shape: Shape{2, 3}, Dims: []int{1}}, Pos{"m.go", 3}, b)
	if err != nil {
		t.Fatal(err)
	}
	s, err := f.Emit(OpAdd, nil, Pos{}, x, bb)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := f.Constant(T(BFloat16, 2), []byte{0x80, 0x3f, 0xc0, 0xff}, Pos{})
	_ = c
	f.SetResults([]*Value{s}, []string{"out"})
	if err := Check(f); err != nil {
		t.Fatal(err)
	}
	got := f.String()
	for _, want := range []string{
		`%0 = parameter : f32[2,3] "x"`,
		`%2 = broadcast_in_dim %1 {shape=[2,3], dims=[1]} : f32[2,3] @"m.go":3`,
		`%3 = add %0, %2 : f32[2,3]`,
		`%4 = constant {value=[1, nan]} : bf16[2]`,
		`return %3 "out"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}

func TestEmitRejectsBadOperands(t *testing.T) {
	f := NewFunc("bad")
	x := f.Param("x", T(Float32, 2, 3))
	y := f.Param("y", T(Float32, 3, 2))
	if _, err := f.Emit(OpAdd, nil, Pos{"m.go", 9}, x, y); err == nil || !strings.Contains(err.Error(), "m.go:9") || !strings.Contains(err.Error(), "f32[3,2]") {
		t.Fatalf("want error naming position and shapes, got %v", err)
	}
	if _, err := f.Emit(OpTranspose, &SliceAttrs{}, Pos{}, x); err == nil {
		t.Fatal("wrong attrs type accepted")
	}
	if _, err := f.Emit(OpExp, nil, Pos{}, x, y); err == nil {
		t.Fatal("wrong arity accepted")
	}
	if len(f.Values) != 2 {
		t.Fatalf("failed emits appended values: %d", len(f.Values))
	}
}

func TestCheckFindsBrokenFuncs(t *testing.T) {
	f := NewFunc("broken")
	x := f.Param("x", T(Float32, 4))
	e, _ := f.Emit(OpExp, nil, Pos{}, x)
	f.SetResults([]*Value{e}, nil)
	e.Type = T(Float32, 5)
	if err := Check(f); err == nil || !strings.Contains(err.Error(), "shape rule gives f32[4]") {
		t.Fatalf("type mismatch not found: %v", err)
	}
	e.Type = T(Float32, 4)
	f.Values[0], f.Values[1] = f.Values[1], f.Values[0]
	if err := Check(f); err == nil || !strings.Contains(err.Error(), "not defined before use") {
		t.Fatalf("order violation not found: %v", err)
	}
}

func TestRewriteReplacesUses(t *testing.T) {
	f := NewFunc("rw")
	x := f.Param("x", T(Float32, 4))
	e, _ := f.Emit(OpExp, nil, Pos{}, x)
	n, _ := f.Emit(OpNeg, nil, Pos{}, e)
	f.SetResults([]*Value{n, e}, nil)
	err := f.Rewrite(func(em *Emitter, v *Value) (*Value, error) {
		if v.Op == OpExp {
			return em.Emit(OpTanh, nil, Pos{}, v.Args[0])
		}
		return nil, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := Check(f); err != nil {
		t.Fatal(err)
	}
	if f.Results[1].Op != OpTanh || f.Results[0].Args[0].Op != OpTanh {
		t.Fatalf("uses not replaced:\n%s", f)
	}
}

func TestSnakeNamesUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, op := range AllOps() {
		n := op.String()
		if seen[n] {
			t.Errorf("duplicate op name %s", n)
		}
		seen[n] = true
		if got, ok := OpByName(n); !ok || got != op {
			t.Errorf("OpByName(%s) = %v", n, got)
		}
	}
}

func TestNarrowRoundingIsNotDoubleRounded(t *testing.T) {
	// 1 + 2^-8 + 2^-30 lies just above the bf16 tie between 1 and 1+2^-7:
	// rounding through float32 first would land on the tie and round to
	// even (1); the correct bf16 result is 1+2^-7.
	x := 1 + 1.0/256 + 1.0/(1<<30)
	buf := make([]byte, 2)
	PutElementFloat(BFloat16, buf, 0, x)
	if got := ElementFloat(BFloat16, buf, 0); got != 1+1.0/128 {
		t.Fatalf("bf16(%v) = %v, want %v", x, got, 1+1.0/128)
	}
	// f16 has 10 mantissa bits: the tie between 1 and 1+2^-10 is 1+2^-11.
	x = 1 + 1.0/2048 + 1.0/(1<<40)
	PutElementFloat(Float16, buf, 0, x)
	if got := ElementFloat(Float16, buf, 0); got != 1+1.0/1024 {
		t.Fatalf("f16(%v) = %v, want %v", x, got, 1+1.0/1024)
	}
}

func TestCloneSharesNothing(t *testing.T) {
	f := NewFunc("c")
	x := f.Param("x", T(Float32, 2, 3))
	r, _ := f.Emit(OpReduce, &ReduceAttrs{Kind: ReduceSum, Axes: []int{1}}, Pos{"m.go", 1}, x)
	f.SetResults([]*Value{r}, []string{"s"})
	g := f.Clone()
	if err := Check(g); err != nil {
		t.Fatal(err)
	}
	if g.String() != f.String() {
		t.Fatalf("clone prints differently:\n%s\n%s", g, f)
	}
	g.Values[1].Attrs.(*ReduceAttrs).Axes[0] = 0
	g.Values[1].Type.Shape[0] = 7
	g.Params[0].Name = "y"
	if f.String() != "func @c {\n  %0 = parameter : f32[2,3] \"x\"\n  %1 = reduce %0 {kind=sum, axes=[1]} : f32[2] @\"m.go\":1\n  return %1 \"s\"\n}\n" {
		t.Fatalf("editing the clone changed the original:\n%s", f)
	}
	if v, err := g.Emit(OpNeg, nil, Pos{}, g.Values[0]); err != nil || v.ID != 2 {
		t.Fatalf("emit on clone: %v id %v", err, v)
	}
}
