package passes

import "github.com/kiln-ml/kiln/ir"

// Standard is the pipeline every backend starts from; keep reports the
// composite ops the backend implements natively (its capabilities), which
// decompose leaves alone, and ev computes constfold's results (nil: no
// folding). Backends normally pass an evaluator over the interp reference
// backend (backends.NewEvaluator(interp.New())), so that folding has the
// reference semantics. The order, whose reasons are constraints of the
// Order table (checked by Check), is:
//
//  0. attnmask first: it turns Attention's mask description into the
//     mask the backend wants (left fused for backends that declare
//     Attention, else QK^T + mask + softmax + V in primitives). Required.
//  1. decompose next: the expansions produce the scalar constants,
//     broadcasts, converts and reshapes that the later passes clean up,
//     and no later pass may see a composite the backend cannot run.
//     Required: skipping it would hand the backend ops it lacks.
//  2. constfold before simplify: folding turns constant subtrees (and
//     elementwise ops on broadcast scalars) into constants, which is what
//     simplify's identity rules (x*1, x+(-0), select on a constant
//     predicate) look for.
//  3. simplify before cse: simplify replaces values by their operands and
//     emits merged reshapes/transposes/broadcasts, creating duplicates that
//     cse then merges.
//  4. cse before deadcode: merging leaves the losing duplicates unused.
//  5. deadcode last: every earlier pass leaves replaced or unused values
//     behind (Func.Rewrite does not delete operands of replaced values),
//     and deadcode removes them all in one sweep.
//
// constfold, simplify, cse and deadcode are Optional: the program is
// correct without them.
func Standard(keep func(ir.Op) bool, ev Evaluator) Pipeline {
	return StandardValues(keepOp(keep), ev)
}

// StandardValues is Standard with a predicate on each composite value
// (which instances the backend runs as they are) instead of on its op.
func StandardValues(keep func(*ir.Value) bool, ev Evaluator) Pipeline {
	return Pipeline{
		Name: "standard",
		Passes: []Pass{
			{Name: "attnmask", Run: AttnMaskValues(keep)},
			{Name: "decompose", Run: DecomposeValues(keep)},
			{Name: "constfold", Run: ConstFold(ev), Optional: true},
			{Name: "simplify", Run: Simplify, Optional: true},
			{Name: "cse", Run: CSE, Optional: true},
			{Name: "deadcode", Run: DeadCode, Optional: true},
		},
	}
}

// The standard pass list is fixed in code: a violation of Order is a
// programming error, reported when the package initialises.
func init() {
	if err := Check(Standard(nil, nil)); err != nil {
		panic(err)
	}
}
