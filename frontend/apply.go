package frontend

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
)

// Apply is the glue for code that builds IR with the frontend outside a
// model's Build: pass decompositions today, gradient rules next. It wraps
// sink in a Graph (see Wrap; over the ir.Emitter of Func.Rewrite, every
// value it emits takes the position of the value being rewritten), lifts
// operands as Tensors of that Graph and runs fn on them, so fn reads like
// model code:
//
//	frontend.Apply(e, v.Args, func(g *frontend.Graph, args []*frontend.Tensor) *frontend.Tensor {
//		x := args[0]
//		return x.Mul(x.Sigmoid())
//	})
//
// It returns the IR value of the Tensor fn returns. Apply never panics: a
// frontend *Error (a misuse, reported at the line of fn that made it), any
// other panic inside fn (a *PanicError) and a nil result come back as the
// error, with nothing known about the values fn emitted before failing.
func Apply(sink Sink, operands []*ir.Value, fn func(g *Graph, args []*Tensor) *Tensor) (*ir.Value, error) {
	g := Wrap(sink, nil)
	var out *Tensor
	err := g.Do(func(g *Graph) error {
		args := make([]*Tensor, len(operands))
		for i, v := range operands {
			args[i] = g.Lift(v)
		}
		out = fn(g, args)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if out == nil {
		return nil, fmt.Errorf("frontend.Apply: the function returned no tensor")
	}
	if out.g != g {
		return nil, fmt.Errorf("frontend.Apply: the returned tensor %s belongs to another graph", out)
	}
	return out.v, nil
}
