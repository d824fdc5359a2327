package autodiff

import (
	"sort"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// Context is what a gradient rule sees of one forward value V: its
// operands (Args, in their forward dtypes), its result (Out) and the
// cotangent of its result (DOut, in GradType of V's dtype), all Tensors of
// the graph G that the backward pass is appended to.
type Context struct {
	G    *frontend.Graph
	V    *ir.Value
	Args []*frontend.Tensor
	Out  *frontend.Tensor
	DOut *frontend.Tensor
	Opts Options // Grad's options
}

// Arg returns operand i converted to the gradient dtype of its own dtype
// (float32 for half precision), the dtype rules compute in.
func (c *Context) Arg(i int) *frontend.Tensor {
	return c.Args[i].AsType(GradType(c.Args[i].DType()))
}

// OutG returns the forward result converted to its gradient dtype.
func (c *Context) OutG() *frontend.Tensor { return c.Out.AsType(GradType(c.Out.DType())) }

// Rule returns, for each operand of c.V, the cotangent contribution of c.V
// to it (nil where none flows, as to integer operands). A slice shorter
// than the operand list means nil for the rest. Results are converted to
// the operand's gradient dtype by the caller; their shape must be the
// operand's. Rules are written like model code: a shape mistake panics
// inside the frontend and Grad reports it as an error naming c.V.
type Rule func(c *Context) []*frontend.Tensor

// rules maps each differentiable op to its gradient rule; the files
// rules_*.go fill it in their init functions. Composite ops absent here
// are differentiated through their decomposition.
var rules = map[ir.Op]Rule{}

// HasRule reports whether op has a gradient rule of its own (composites
// without one are differentiated through their decomposition).
func HasRule(op ir.Op) bool { _, ok := rules[op]; return ok }

// RuleOps lists the ops with a gradient rule, in table order.
func RuleOps() []ir.Op {
	out := make([]ir.Op, 0, len(rules))
	for op := range rules {
		out = append(out, op)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// grads is shorthand for a rule's result.
func grads(ts ...*frontend.Tensor) []*frontend.Tensor { return ts }
