package passes

import (
	"fmt"
	"math"
	"sort"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// decomposer expands one composite value v, whose operands arrive as args,
// into primitives built with the frontend on g, and returns the tensor that
// replaces v. It is written like model code: a shape mistake panics inside
// the frontend, and Decompose reports it as an error naming v.
type decomposer func(g *frontend.Graph, v *ir.Value, args []*frontend.Tensor) *frontend.Tensor

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
	return DecomposeValues(keepOp(keep))
}

// keepOp turns a keep-by-op predicate (nil: keep none) into a keep-by-value
// one.
func keepOp(keep func(ir.Op) bool) func(*ir.Value) bool {
	if keep == nil {
		return nil
	}
	return func(v *ir.Value) bool { return keep(v.Op) }
}

// DecomposeValues is Decompose with a predicate on each composite value
// instead of its op: a backend keeps the instances its fused kernels take
// (XLA keeps the attentions cuDNN runs) and has the others expanded.
func DecomposeValues(keep func(*ir.Value) bool) func(*ir.Func) error {
	return func(f *ir.Func) error {
		return f.Rewrite(func(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
			if !v.Op.Has(ir.FlagComposite) || (keep != nil && keep(v)) {
				return nil, nil
			}
			d, ok := decompositions[v.Op]
			if !ok {
				return nil, fmt.Errorf("no decomposition for composite op %s (%s at %s)", v.Op, v, v.Pos)
			}
			return expand(e, v, func(g *frontend.Graph, args []*frontend.Tensor) *frontend.Tensor {
				return d(g, v, args)
			})
		})
	}
}

// expand replaces v, inside a rewrite with emitter e, by the tensor build
// makes from v's operands (see frontend.Apply). The replacement must have
// v's type; it takes v's name when it has none. Errors name v, its
// operands and the model-source line that created it.
func expand(e *ir.Emitter, v *ir.Value, build func(g *frontend.Graph, args []*frontend.Tensor) *frontend.Tensor) (*ir.Value, error) {
	nv, err := frontend.Apply(e, v.Args, build)
	if err != nil {
		return nil, fmt.Errorf("decomposing %s: %w", v.LongString(), err) // LongString names v's position
	}
	if !nv.Type.Equal(v.Type) {
		return nil, fmt.Errorf("decomposition of %s at %s gave type %s, want %s", v.Op, v.Pos, nv.Type, v.Type)
	}
	if nv.Name == "" {
		nv.Name = v.Name
	}
	return nv, nil
}

// computeType is the dtype decompositions compute in: float32 for the
// half-precision types, the dtype itself otherwise.
func computeType(dt ir.DType) ir.DType {
	if dt == ir.Float16 || dt == ir.BFloat16 {
		return ir.Float32
	}
	return dt
}

// LowestFinite is the most negative finite value of a float dtype (HF's
// torch.finfo(dtype).min), used as the score of masked-out keys.
func LowestFinite(dt ir.DType) float64 {
	switch dt {
	case ir.Float16:
		return -65504
	case ir.BFloat16:
		return -3.3895313892515355e38
	case ir.Float32:
		return -math.MaxFloat32
	}
	return -math.MaxFloat64
}
