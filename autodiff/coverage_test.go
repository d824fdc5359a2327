package autodiff_test

import (
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// TestGradientCoverage: every op of the table has exactly one of a
// gradient rule, a decomposition to differentiate (composites without a
// fused rule), or a reason in the table's gradient column (NoGrad).
func TestGradientCoverage(t *testing.T) {
	for _, op := range ir.AllOps() {
		reason := op.Info().NoGrad
		rule := autodiff.HasRule(op)
		decomposed := op.Has(ir.FlagComposite) && passes.HasDecomposition(op)
		switch {
		case reason != "" && rule:
			t.Errorf("%s is marked non-differentiable (%q) but has a gradient rule", op, reason)
		case reason == "" && !rule && !decomposed:
			t.Errorf("%s has neither a gradient rule nor a reason in the op table's NoGrad column", op)
		}
	}
	for _, op := range autodiff.RuleOps() {
		if op.Info().Name == "" {
			t.Errorf("rule registered for unknown op %d", op)
		}
	}
}
