package passes

import (
	"testing"

	"github.com/kiln-ml/kiln/ir"
)

func attentionFunc(t *testing.T) *ir.Func {
	t.Helper()
	f := ir.NewFunc("attn")
	q := f.Param("q", ir.T(ir.Float32, 2, 4, 3, 8))
	k := f.Param("k", ir.T(ir.Float32, 2, 2, 5, 8))
	v := f.Param("v", ir.T(ir.Float32, 2, 2, 5, 8))
	m := f.Param("mask", ir.T(ir.Bool, 2, 5))
	sm, _ := f.Emit(ir.OpSoftmax, &ir.AxisAttrs{Axis: 3}, ir.Pos{}, q)
	a, err := f.Emit(ir.OpAttention, &ir.AttentionAttrs{Scale: 0.35, Causal: true, Window: 3, HasMask: true}, ir.Pos{}, sm, k, v, m)
	if err != nil {
		t.Fatal(err)
	}
	f.SetResults([]*ir.Value{a}, []string{"out"})
	return f
}

func count(f *ir.Func, op ir.Op) int {
	n := 0
	for _, v := range f.Values {
		if v.Op == op {
			n++
		}
	}
	return n
}

// TestAttnMaskKeepsFusedAttention: a backend that declares Attention gets
// it untouched; one that does not gets primitives only, and attnmask
// touches nothing but Attention.
func TestAttnMaskKeepsFusedAttention(t *testing.T) {
	f := attentionFunc(t)
	if err := AttnMask(func(op ir.Op) bool { return op == ir.OpAttention })(f); err != nil {
		t.Fatal(err)
	}
	if count(f, ir.OpAttention) != 1 {
		t.Fatalf("fused attention was lowered:\n%s", f)
	}
	if err := AttnMask(nil)(f); err != nil {
		t.Fatal(err)
	}
	if err := ir.Check(f); err != nil {
		t.Fatal(err)
	}
	if count(f, ir.OpAttention) != 0 || count(f, ir.OpSoftmax) != 1 || count(f, ir.OpDotGeneral) != 2 {
		t.Fatalf("want attention lowered to two dots and softmax left alone:\n%s", f)
	}
}

func TestStandardRunsAttnMaskFirst(t *testing.T) {
	names := Standard(nil, nil).Names()
	if len(names) < 2 || names[0] != "attnmask" || names[1] != "decompose" {
		t.Fatalf("pipeline order %v", names)
	}
}
