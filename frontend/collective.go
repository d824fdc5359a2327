package frontend

import "github.com/kiln-ml/kiln/ir"

// Replicas names the replica groups of a collective (ir.AllReduceAttrs
// documents the encoding): Size devices per group, and Groups, the device
// ids group after group, or nil for consecutive groups.
type Replicas struct {
	Size   int
	Groups []int
}

// AllReduce combines t elementwise over the devices of this device's
// replica group with kind (ir.ReduceSum, ir.ReduceMax or ir.ReduceMin);
// every member gets the same result, of t's type.
func (t *Tensor) AllReduce(kind ir.ReduceKind, r Replicas) *Tensor {
	return t.g.emit(ir.OpAllReduce, &ir.AllReduceAttrs{Kind: kind, GroupSize: r.Size, Groups: cloneInts(r.Groups)}, t)
}

// AllGather concatenates the members' t along axis (negative counts from
// the end) in rank order: the result's axis is r.Size times t's.
func (t *Tensor) AllGather(axis int, r Replicas) *Tensor {
	axis = t.axis("all_gather", axis)
	return t.g.emit(ir.OpAllGather, &ir.ShardAttrs{Axis: axis, GroupSize: r.Size, Groups: cloneInts(r.Groups)}, t)
}

// ReduceScatter sums the members' t and keeps this member's block of
// r.Size equal blocks along axis (negative counts from the end).
func (t *Tensor) ReduceScatter(axis int, r Replicas) *Tensor {
	axis = t.axis("reduce_scatter", axis)
	return t.g.emit(ir.OpReduceScatter, &ir.ShardAttrs{Axis: axis, GroupSize: r.Size, Groups: cloneInts(r.Groups)}, t)
}

func cloneInts(s []int) []int {
	if len(s) == 0 {
		return nil
	}
	return append([]int(nil), s...)
}
