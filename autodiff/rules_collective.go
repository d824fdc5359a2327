package autodiff

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// Gradients of the collectives. An SPMD program is differentiated as the
// sum over the devices of each device's result (JAX's pmap convention):
// the cotangent of a device's operand gathers what every member's result
// sent back. So each rule is the collective's transpose over the same
// replica groups: all_reduce-sum's is all_reduce-sum, all_gather's is
// reduce_scatter and reduce_scatter's is all_gather. A loss that every
// device computes whole (replicated) is therefore counted once per
// device: divide it by the group size, and all_reduce the gradients of
// replicated parameters (docs/distributed.md, "Autodiff").
func init() {
	rules[ir.OpAllReduce] = allReduceGrad
	rules[ir.OpAllGather] = func(c *Context) []*frontend.Tensor {
		a := c.V.Attrs.(*ir.ShardAttrs)
		return grads(c.DOut.ReduceScatter(a.Axis, frontend.Replicas{Size: a.GroupSize, Groups: a.Groups}))
	}
	rules[ir.OpReduceScatter] = func(c *Context) []*frontend.Tensor {
		a := c.V.Attrs.(*ir.ShardAttrs)
		return grads(c.DOut.AllGather(a.Axis, frontend.Replicas{Size: a.GroupSize, Groups: a.Groups}))
	}
}

// allReduceGrad: sum sends every member the sum of the members'
// cotangents; max and min send it to the members whose operand equals the
// result, split evenly among ties (as reduce's max and min do).
func allReduceGrad(c *Context) []*frontend.Tensor {
	a := c.V.Attrs.(*ir.AllReduceAttrs)
	r := frontend.Replicas{Size: a.GroupSize, Groups: a.Groups}
	total := c.DOut.AllReduce(ir.ReduceSum, r)
	if a.Kind == ir.ReduceSum {
		return grads(total)
	}
	x := c.Arg(0)
	hit := frontend.Where(x.Eq(c.OutG()), x.FullLike(1), x.FullLike(0))
	return grads(total.Mul(hit).Div(hit.AllReduce(ir.ReduceSum, r)))
}
