package ir

import (
	"slices"
	"strings"
	"testing"
)

func TestCollectiveShapeRules(t *testing.T) {
	f32 := T(Float32, 4, 6)
	for _, c := range []struct {
		op    Op
		attrs any
		arg   Type
		want  Type
		err   string
	}{
		{OpAllReduce, &AllReduceAttrs{Kind: ReduceMin, GroupSize: 2, Groups: []int{1, 0}}, f32, f32, ""},
		{OpAllReduce, &AllReduceAttrs{Kind: ReduceProd, GroupSize: 2}, f32, Type{}, "sum, max or min"},
		{OpAllReduce, &AllReduceAttrs{GroupSize: 2}, T(Bool, 3), Type{}, "bool"},
		{OpAllReduce, &AllReduceAttrs{GroupSize: 0}, f32, Type{}, "group_size 0"},
		{OpAllReduce, &AllReduceAttrs{GroupSize: 2, Groups: []int{0, 1, 2}}, f32, Type{}, "not a multiple"},
		{OpAllReduce, &AllReduceAttrs{GroupSize: 2, Groups: []int{0, 0}}, f32, Type{}, "device 0 twice"},
		{OpAllReduce, &AllReduceAttrs{GroupSize: 1, Groups: []int{-1}}, f32, Type{}, "negative"},
		{OpAllGather, &ShardAttrs{Axis: 1, GroupSize: 3}, f32, T(Float32, 4, 18), ""},
		{OpAllGather, &ShardAttrs{Axis: 0, GroupSize: 2}, T(Bool, 2), T(Bool, 4), ""},
		{OpAllGather, &ShardAttrs{Axis: 2, GroupSize: 2}, f32, Type{}, "axis 2 out of range"},
		{OpReduceScatter, &ShardAttrs{Axis: 1, GroupSize: 3}, f32, T(Float32, 4, 2), ""},
		{OpReduceScatter, &ShardAttrs{Axis: 0, GroupSize: 3}, f32, Type{}, "does not split"},
	} {
		got, err := c.op.Info().shape([]Type{c.arg}, c.attrs)
		switch {
		case c.err == "" && err != nil:
			t.Errorf("%s %+v on %s: %v", c.op, c.attrs, c.arg, err)
		case c.err == "" && !got.Equal(c.want):
			t.Errorf("%s %+v on %s = %s, want %s", c.op, c.attrs, c.arg, got, c.want)
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("%s %+v on %s: err = %v, want %q", c.op, c.attrs, c.arg, err, c.err)
		}
	}
}

func TestReplicaGroup(t *testing.T) {
	for _, c := range []struct {
		attrs     CollectiveAttrs
		device, n int
		members   []int
		rank      int
		err       string
	}{
		{&AllReduceAttrs{GroupSize: 2}, 3, 4, []int{2, 3}, 1, ""},
		{&ShardAttrs{GroupSize: 2, Groups: []int{0, 2, 1, 3}}, 3, 4, []int{1, 3}, 1, ""},
		{&ShardAttrs{GroupSize: 2, Groups: []int{0, 2, 1, 3}}, 2, 4, []int{0, 2}, 1, ""},
		{&AllReduceAttrs{GroupSize: 1}, 0, 1, []int{0}, 0, ""},
		{&AllReduceAttrs{GroupSize: 2}, 0, 3, nil, 0, "3 devices do not split into groups of 2"},
		{&AllReduceAttrs{GroupSize: 2, Groups: []int{0, 1}}, 0, 4, nil, 0, "groups name 2 devices, the mesh has 4"},
		{&AllReduceAttrs{GroupSize: 2, Groups: []int{0, 5}}, 0, 2, nil, 0, "out of range"},
		{&AllReduceAttrs{GroupSize: 1}, 2, 2, nil, 0, "device 2 out of range"},
	} {
		m, r, err := ReplicaGroup(c.attrs, c.device, c.n)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%+v device %d of %d: err = %v, want %q", c.attrs, c.device, c.n, err, c.err)
			}
			continue
		}
		if err != nil || !slices.Equal(m, c.members) || r != c.rank {
			t.Errorf("%+v device %d of %d = %v rank %d (%v), want %v rank %d", c.attrs, c.device, c.n, m, r, err, c.members, c.rank)
		}
	}
}
