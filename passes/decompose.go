package passes

import (
	"fmt"
	"sort"

	"github.com/kiln-ml/kiln/ir"
)

// decomposer expands one composite value into primitives emitted through b
// and returns the value that replaces it. It may panic with a buildError
// (any emit that fails); Decompose turns that into an error.
type decomposer func(b *builder, v *ir.Value) *ir.Value

// decompositions maps every composite op to its expansion. The files
// decompose_*.go fill it in their init functions; TestEveryCompositeHasDecomposition
// fails when an op of the table flagged Composite is missing.
var decompositions = map[ir.Op]decomposer{}

// HasDecomposition reports whether Decompose can expand op.
func HasDecomposition(op ir.Op) bool { _, ok := decompositions[op]; return ok }

// Decomposable lists the ops Decompose can expand, in table order.
func Decomposable() []ir.Op {
	out := make([]ir.Op, 0, len(decompositions))
	for op := range decompositions {
		out = append(out, op)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// Decompose returns the pass that expands exactly the composite ops (those
// flagged ir.FlagComposite) for which keep returns false into primitive
// ops; a nil keep expands every composite. Primitive ops are never touched,
// and the expansions emit primitives only, so after the pass no composite
// op that keep rejects remains. Emitted values carry the position of the
// composite they replace; the replacement result keeps its name.
//
// Numerics: for f16 and bf16 operands every expansion computes in float32
// and rounds once at the end (as PyTorch's kernels do with their opmath
// type), except where Hugging Face rounds in between (RMSNorm applies the
// weight in the input dtype; Attention multiplies probabilities by V in the
// input dtype with float32 accumulation).
func Decompose(keep func(ir.Op) bool) func(*ir.Func) error {
	return func(f *ir.Func) error {
		return f.Rewrite(func(e *ir.Emitter, v *ir.Value) (nv *ir.Value, err error) {
			if !v.Op.Has(ir.FlagComposite) || (keep != nil && keep(v.Op)) {
				return nil, nil
			}
			d, ok := decompositions[v.Op]
			if !ok {
				return nil, fmt.Errorf("no decomposition for composite op %s (%s at %s)", v.Op, v, v.Pos)
			}
			defer func() {
				if r := recover(); r != nil {
					be, ok := r.(buildError)
					if !ok {
						panic(r)
					}
					nv, err = nil, fmt.Errorf("decomposing %s: %w", v.LongString(), be.err)
				}
			}()
			nv = d(&builder{e: e}, v)
			if !nv.Type.Equal(v.Type) {
				return nil, fmt.Errorf("decomposition of %s gave type %s, want %s", v.Op, nv.Type, v.Type)
			}
			if nv.Name == "" {
				nv.Name = v.Name
			}
			return nv, nil
		})
	}
}
