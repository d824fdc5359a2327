package passes_test

import (
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

func TestStandardSatisfiesOrder(t *testing.T) {
	if err := passes.Check(passes.Standard(nil, interpEval)); err != nil {
		t.Fatal(err)
	}
}

// TestCheckRejectsEveryMisorder swaps the two passes of every constraint
// in a pipeline of exactly those two and requires Check to name both
// passes and quote the constraint's reason; in the right order the same
// pipeline passes.
func TestCheckRejectsEveryMisorder(t *testing.T) {
	nop := func(*ir.Func) error { return nil }
	for _, c := range passes.Order {
		if c.Reason == "" || c.Before == c.After {
			t.Errorf("constraint %+v: empty reason or a pass ordered against itself", c)
		}
		good := passes.Pipeline{Name: "p", Passes: []passes.Pass{{Name: c.Before, Run: nop}, {Name: c.After, Run: nop}}}
		if err := passes.Check(good); err != nil {
			t.Errorf("%s before %s rejected: %v", c.Before, c.After, err)
		}
		bad := passes.Pipeline{Name: "p", Passes: []passes.Pass{{Name: c.After, Run: nop}, {Name: c.Before, Run: nop}}}
		err := passes.Check(bad)
		if err == nil {
			t.Errorf("%s after %s accepted", c.Before, c.After)
			continue
		}
		for _, want := range []string{"pipeline p", c.Before + " (at 1) must run before " + c.After + " (at 0)", c.Reason} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not contain %q", err, want)
			}
		}
	}
}

// TestCheckMisorderedStandard moves deadcode to the front of the standard
// pipeline: the first violated constraint (decompose before deadcode in
// table order) is reported with its reason.
func TestCheckMisorderedStandard(t *testing.T) {
	p := passes.Standard(nil, interpEval)
	n := len(p.Passes)
	p.Passes = append([]passes.Pass{p.Passes[n-1]}, p.Passes[:n-1]...)
	err := passes.Check(p)
	if err == nil || !strings.Contains(err.Error(), "decompose (at 2) must run before deadcode (at 0)") ||
		!strings.Contains(err.Error(), "Func.Rewrite does not delete them") {
		t.Fatalf("got %v", err)
	}
}

func TestCheckMalformedPipelines(t *testing.T) {
	nop := func(*ir.Func) error { return nil }
	cases := []struct {
		passes []passes.Pass
		want   string
	}{
		{[]passes.Pass{{Name: "", Run: nop}}, "pass 0 has no name"},
		{[]passes.Pass{{Name: "a", Run: nil}}, "pass a has no Run function"},
		{[]passes.Pass{{Name: "a", Run: nop}, {Name: "a", Run: nop}}, "pass a appears twice (at 0 and 1)"},
		{[]passes.Pass{{Name: "all", Run: nop}}, `may not be named "all"`},
		{[]passes.Pass{{Name: "a,b", Run: nop}}, "contains a comma"},
	}
	for _, c := range cases {
		err := passes.Check(passes.Pipeline{Name: "p", Passes: c.passes})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: got %v, want %q", c.passes, err, c.want)
		}
	}
	// Passes the table does not name are free to go anywhere.
	if err := passes.Check(passes.Pipeline{Name: "p", Passes: []passes.Pass{{Name: "x", Run: nop}, {Name: "deadcode", Run: nop}, {Name: "y", Run: nop}}}); err != nil {
		t.Errorf("unconstrained passes rejected: %v", err)
	}
}
