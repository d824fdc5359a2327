package ir

import (
	"errors"
	"fmt"
)

// Collectives (AllReduce, AllGather, ReduceScatter) are SPMD ops: every
// device of a mesh runs the same Func on its own arguments, and a
// collective exchanges its operand with the other devices of this
// device's replica group. The groups are static attrs, so that a shape
// rule can use the group size:
//
//   - GroupSize (>= 1) is the number of devices in every group;
//   - Groups, when not empty, lists the device ids group after group
//     (group k is Groups[k*GroupSize : (k+1)*GroupSize], its members in
//     rank order); it must name every device of the mesh exactly once.
//     Empty Groups means consecutive groups: group k is devices
//     k*GroupSize ... (k+1)*GroupSize-1, which requires the device count
//     to be a multiple of GroupSize.
//
// On a mesh of shape (dp, tp) with devices numbered row-major, the tp
// axis is GroupSize tp with no Groups, the dp axis is GroupSize dp with
// Groups [0, tp, 2tp, ..., 1, tp+1, ...] (package mesh builds them from
// axis names).

// AllReduceAttrs: Kind (sum, max or min) over the replica group.
type AllReduceAttrs struct {
	Kind      ReduceKind `attr:"kind"`
	GroupSize int        `attr:"group_size"`
	Groups    []int      `attr:"groups"`
}

// ShardAttrs describes AllGather (concatenate the members' operands along
// Axis, in rank order) and ReduceScatter (sum them, then member of rank r
// keeps block r of GroupSize equal blocks along Axis).
type ShardAttrs struct {
	Axis      int   `attr:"axis"`
	GroupSize int   `attr:"group_size"`
	Groups    []int `attr:"groups"`
}

// Replicas returns the group size and the flattened groups (nil: consecutive).
func (a *AllReduceAttrs) Replicas() (size int, groups []int) { return a.GroupSize, a.Groups }

// Replicas returns the group size and the flattened groups (nil: consecutive).
func (a *ShardAttrs) Replicas() (size int, groups []int) { return a.GroupSize, a.Groups }

// CollectiveAttrs is implemented by the attrs of every collective op.
type CollectiveAttrs interface {
	Replicas() (size int, groups []int)
}

// IsCollective reports whether op exchanges data between devices.
func (op Op) IsCollective() bool {
	return op == OpAllReduce || op == OpAllGather || op == OpReduceScatter
}

// checkReplicas validates the static part of a replica-group description.
func checkReplicas(size int, groups []int) error {
	if size < 1 {
		return fmt.Errorf("group_size %d must be >= 1", size)
	}
	if len(groups) == 0 {
		return nil
	}
	if len(groups)%size != 0 {
		return fmt.Errorf("groups has %d device ids, not a multiple of group_size %d", len(groups), size)
	}
	seen := make(map[int]bool, len(groups))
	for i, d := range groups {
		if d < 0 {
			return fmt.Errorf("groups[%d] = %d is negative", i, d)
		}
		if seen[d] {
			return fmt.Errorf("groups names device %d twice", d)
		}
		seen[d] = true
	}
	return nil
}

// ReplicaGroup returns the members (device ids in rank order) of the
// replica group of device on a mesh of n devices, and device's rank in
// it, for attrs whose static part already passed the shape rule. It
// fails when the groups do not partition devices 0..n-1.
func ReplicaGroup(a CollectiveAttrs, device, n int) (members []int, rank int, err error) {
	size, groups := a.Replicas()
	if err := checkReplicas(size, groups); err != nil {
		return nil, 0, err
	}
	if device < 0 || device >= n {
		return nil, 0, fmt.Errorf("device %d out of range [0,%d)", device, n)
	}
	if len(groups) == 0 {
		if n%size != 0 {
			return nil, 0, fmt.Errorf("%d devices do not split into groups of %d", n, size)
		}
		start := device / size * size
		members = make([]int, size)
		for i := range members {
			members[i] = start + i
		}
		return members, device - start, nil
	}
	if len(groups) != n {
		return nil, 0, fmt.Errorf("groups name %d devices, the mesh has %d", len(groups), n)
	}
	// Every id is checked before device's group is looked up, so that all
	// devices of a mesh reject the same bad groups alike.
	at := -1
	for i, d := range groups {
		if d >= n {
			return nil, 0, fmt.Errorf("groups[%d] = %d out of range for %d devices", i, d, n)
		}
		if d == device {
			at = i
		}
	}
	// at >= 0: groups holds n distinct ids in [0, n), device among them.
	start := at / size * size
	return append([]int(nil), groups[start:start+size]...), at - start, nil
}

func shapeAllReduce(args []Type, attrs any) (Type, error) {
	a := attrs.(*AllReduceAttrs)
	if a.Kind != ReduceSum && a.Kind != ReduceMax && a.Kind != ReduceMin {
		return Type{}, fmt.Errorf("kind %s: all_reduce takes sum, max or min", a.Kind)
	}
	if args[0].DType == Bool {
		return Type{}, errors.New("bool operand")
	}
	return args[0], checkReplicas(a.GroupSize, a.Groups)
}

func shapeAllGather(args []Type, attrs any) (Type, error) {
	a := attrs.(*ShardAttrs)
	if err := checkShard(args[0], a); err != nil {
		return Type{}, err
	}
	out := args[0].Shape.Clone()
	out[a.Axis] *= a.GroupSize
	return Type{args[0].DType, out}, nil
}

func shapeReduceScatter(args []Type, attrs any) (Type, error) {
	a := attrs.(*ShardAttrs)
	if err := checkShard(args[0], a); err != nil {
		return Type{}, err
	}
	if args[0].DType == Bool {
		return Type{}, errors.New("bool operand")
	}
	out := args[0].Shape.Clone()
	if out[a.Axis]%a.GroupSize != 0 {
		return Type{}, fmt.Errorf("axis %d of size %d does not split into group_size %d blocks", a.Axis, out[a.Axis], a.GroupSize)
	}
	out[a.Axis] /= a.GroupSize
	return Type{args[0].DType, out}, nil
}

func checkShard(x Type, a *ShardAttrs) error {
	if err := checkReplicas(a.GroupSize, a.Groups); err != nil {
		return err
	}
	if a.Axis < 0 || a.Axis >= x.Shape.Rank() {
		return fmt.Errorf("axis %d out of range for rank %d", a.Axis, x.Shape.Rank())
	}
	return nil
}
