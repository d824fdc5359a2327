package backendtest

import (
	"github.com/kiln-ml/kiln/ir"
)

// collectiveCases: every backend runs a program as one device, where a
// collective over a replica group of one device is the identity (a
// larger group needs a mesh: package mesh runs those on interp, and its
// tests cover them). A backend must accept these, by declaring the ops
// or through their decomposition, and return the operand bit for bit.
func collectiveCases() []opCase {
	x := seqT(ir.Float32, sh(3, 4), 2, 0.1)
	i := ti(ir.Int32, sh(5), -3, 0, 7, 2147483647, -2147483648)
	h := seqT(ir.BFloat16, sh(2, 6), 1, 0.4)
	return []opCase{
		simple("all_reduce_sum_one_device_f32", ir.OpAllReduce, &ir.AllReduceAttrs{Kind: ir.ReduceSum, GroupSize: 1}, x).expect(x),
		simple("all_reduce_max_one_device_i32", ir.OpAllReduce, &ir.AllReduceAttrs{Kind: ir.ReduceMax, GroupSize: 1, Groups: []int{0}}, i).expect(i),
		simple("all_gather_one_device_bf16", ir.OpAllGather, &ir.ShardAttrs{Axis: 1, GroupSize: 1}, h).expect(h),
		simple("reduce_scatter_one_device_f32", ir.OpReduceScatter, &ir.ShardAttrs{Axis: 0, GroupSize: 1}, x).expect(x),
		simple("all_gather_one_device_empty", ir.OpAllGather, &ir.ShardAttrs{Axis: 0, GroupSize: 1}, tf(ir.Float32, sh(0, 3))).expect(tf(ir.Float32, sh(0, 3))),
	}
}
