package passes

import (
	"fmt"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func init() {
	decompositions[ir.OpAllReduce] = decomposeCollective
	decompositions[ir.OpAllGather] = decomposeCollective
	decompositions[ir.OpReduceScatter] = decomposeCollective
}

// decomposeCollective serves the backends that run one device (llvm, xla,
// cuda today): a collective over a group of one device is the identity
// (a sum, max, min, concatenation or split of one operand), so the
// expansion is its operand; over a larger group the program needs a mesh
// of devices, and the expansion fails with an error naming the op, so no
// backend silently runs a sharded program as if it were whole. interp
// declares the collectives and runs them itself (package mesh).
func decomposeCollective(_ *frontend.Graph, v *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
	size, _ := v.Attrs.(ir.CollectiveAttrs).Replicas()
	if size != 1 {
		panic(fmt.Errorf("%s over a replica group of %d devices: this backend runs one device; run the program on a mesh (package mesh, docs/distributed.md)", v.Op, size))
	}
	return args[0]
}
