package xla

import (
	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
)

// capabilities: every primitive op of the table and every dtype. The
// composites (softmax, norms, activations, attention, rng) go through
// passes/decompose: XLA fuses the expansions itself.
func capabilities() backends.Capabilities {
	c := backends.Capabilities{Ops: map[ir.Op]bool{}, DTypes: map[ir.DType]bool{}, WideChunks: true}
	for _, op := range ir.AllOps() {
		if !op.Has(ir.FlagComposite) {
			c.Ops[op] = true
		}
	}
	for _, d := range ir.AllDTypes() {
		c.DTypes[d] = true
	}
	return c
}
