package xla

import (
	"testing"

	"github.com/kiln-ml/kiln/ir"
)

// TestGroupTablesCoverTheOpTable: lowerValue dispatches the elementwise
// groups (derived from the op table by the generator) to unaryOps and
// binaryOps as a whole, so each table must hold exactly its group's ops. A
// new table op of a group without a StableHLO entry fails here.
func TestGroupTablesCoverTheOpTable(t *testing.T) {
	for _, tc := range []struct {
		group ir.OpGroup
		table map[ir.Op]bool
	}{
		{ir.GroupElementwiseUnary, keys(unaryOps)},
		{ir.GroupElementwiseBinary, keys(binaryOps)},
	} {
		inGroup := map[ir.Op]bool{}
		for _, op := range tc.group.Ops() {
			inGroup[op] = true
			if !tc.table[op] {
				t.Errorf("%s (group %s) has no StableHLO lowering", op, tc.group)
			}
		}
		for op := range tc.table {
			if !inGroup[op] {
				t.Errorf("%s has a %s lowering but the op table puts it in group %s", op, tc.group, op.Group())
			}
		}
	}
}

func keys[V any](m map[ir.Op]V) map[ir.Op]bool {
	out := make(map[ir.Op]bool, len(m))
	for op := range m {
		out[op] = true
	}
	return out
}
