package autodiff_test

import (
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// pendingRules lists the differentiable ops whose rule is not written yet
// (docs/autodiff.md, "What is left"). Grad reports an error naming the
// value when one of them lies between a parameter and the loss.
var pendingRules = map[ir.Op]string{
	ir.OpConv: "convolution backward (transposed convolution for the input, input-by-cotangent correlation for the kernel)",
}

// TestGradientCoverage: every op of the table has exactly one of a
// gradient rule, a decomposition to differentiate (composites), or a
// reason in the table's gradient column; the pending list holds only ops
// that have none of them.
func TestGradientCoverage(t *testing.T) {
	for _, op := range ir.AllOps() {
		reason := op.Info().NoGrad
		rule := autodiff.HasRule(op)
		decomposed := !rule && op.Has(ir.FlagComposite) && passes.HasDecomposition(op)
		_, pending := pendingRules[op]
		switch {
		case reason != "" && (rule || pending):
			t.Errorf("%s is marked non-differentiable (%q) but has a gradient rule or is pending", op, reason)
		case reason != "":
		case rule || decomposed:
			if pending {
				t.Errorf("%s has a gradient now: remove it from pendingRules", op)
			}
		case !pending:
			t.Errorf("%s has neither a gradient rule nor a reason in the op table's NoGrad column", op)
		}
	}
}
