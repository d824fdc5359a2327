package ir

import "testing"

// TestOpGroups checks the generated groups against their definition: an
// op is in the elementwise unary (binary) group exactly when it is an
// elementwise primitive of one (two) operands without attrs; Ops and
// Group agree, in table order, and Ops returns a copy.
func TestOpGroups(t *testing.T) {
	arity := map[OpGroup]int{GroupElementwiseUnary: 1, GroupElementwiseBinary: 2}
	for _, op := range AllOps() {
		info := op.Info()
		want := GroupNone
		if op.Has(FlagElementwise) && !op.Has(FlagComposite) && info.AttrsType == nil && info.MinArgs == info.MaxArgs {
			for g, n := range arity {
				if info.MinArgs == n {
					want = g
				}
			}
		}
		if op.Group() != want {
			t.Errorf("%s: group %s, want %s", op, op.Group(), want)
		}
	}
	for g := range arity {
		ops := g.Ops()
		if len(ops) == 0 {
			t.Errorf("group %s is empty", g)
		}
		for i, op := range ops {
			if op.Group() != g {
				t.Errorf("%s listed in %s but its group is %s", op, g, op.Group())
			}
			if i > 0 && ops[i-1] >= op {
				t.Errorf("%s: ops not in table order: %v", g, ops)
			}
		}
		ops[0] = OpInvalid
		if g.Ops()[0] == OpInvalid {
			t.Errorf("%s: Ops shares its slice with the caller", g)
		}
	}
	if GroupNone.Ops() != nil || OpGroup(200).Ops() != nil || OpGroup(200).String() != "group(200)" {
		t.Error("GroupNone or an unknown group has ops or a name")
	}
	if GroupElementwiseUnary.String() != "elementwise_unary" || OpAdd.Group() != GroupElementwiseBinary || OpCompare.Group() != GroupNone {
		t.Errorf("names: %s %s %s", GroupElementwiseUnary, OpAdd.Group(), OpCompare.Group())
	}
}
