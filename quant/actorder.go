package quant

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Act-order (desc_act) GPTQ quantizes the input rows of a Linear in order of
// decreasing activation, so g_idx, the group of input i, is not i /
// group_size: a group's inputs are scattered along k. kiln's packing needs
// each group contiguous, so it packs the inputs permuted by actOrderPerm
// (group by group, each group's inputs in their original order) and
// quant_matmul runs on x gathered by the same permutation: x[perm] @
// w[:, perm].T is x @ w.T with the terms summed in another order.

// actOrderPerm returns the stable permutation perm of the len(gidx) inputs
// that sorts them by group: perm[j] is the input at position j, groups in
// increasing order and, within a group, inputs in increasing order. Each
// of the groups must hold len(gidx)/groups inputs (kiln's packing has
// groups of one size), else it is an error naming the group. identity
// reports perm[j] == j for every j (g_idx is i / group_size): then
// nothing needs permuting.
func actOrderPerm(gidx []int, groups int) (perm []int, identity bool, err error) {
	in := len(gidx)
	if groups <= 0 || in%groups != 0 {
		return nil, false, fmt.Errorf("in_features = %d is not a multiple of its %d groups", in, groups)
	}
	gs := in / groups
	count := make([]int, groups)
	for i, g := range gidx {
		if g < 0 || g >= groups {
			return nil, false, fmt.Errorf("g_idx[%d] = %d is outside the %d groups", i, g, groups)
		}
		count[g]++
	}
	for g, c := range count {
		if c != gs {
			return nil, false, fmt.Errorf("act-order group %d holds %d inputs, not %d: kiln's packing needs groups of one size", g, c, gs)
		}
	}
	next := make([]int, groups) // next free position of each group
	for g := range next {
		next[g] = g * gs
	}
	perm = make([]int, in)
	identity = true
	for i, g := range gidx {
		perm[next[g]] = i
		if next[g] != i {
			identity = false
		}
		next[g]++
	}
	return perm, identity, nil
}

// permuteInputs returns u with its inputs reordered by perm: input j of the
// result is input perm[j] of u (its integers and its group), so the
// result's weight is u's with its columns permuted.
func (u *intLinear) permuteInputs(perm []int) *intLinear {
	p := *u
	p.gidx = make([]int, u.in)
	p.q = make([]int32, len(u.q))
	for j, i := range perm {
		p.gidx[j] = u.gidx[i]
	}
	for o := 0; o < u.out; o++ {
		src, dst := u.q[o*u.in:][:u.in], p.q[o*u.in:][:u.in]
		for j, i := range perm {
			dst[j] = src[i]
		}
	}
	return &p
}

// permTensor is perm as an int32 [len(perm)] tensor (the gather indices of
// quant_matmul's x).
func permTensor(perm []int) (*tensor.Tensor, error) {
	v := make([]int64, len(perm))
	for j, i := range perm {
		v[j] = int64(i)
	}
	return tensor.FromInt64(ir.Int32, ir.Shape{len(perm)}, v)
}

// gidxOf reads a GPTQ module's stored g_idx as group numbers, checked
// against its groups.
func (l *gptqLinear) gidxOf(get func(string) (*tensor.Tensor, error)) ([]int, error) {
	_, _, sc, gi := l.names()
	gidx := make([]int, l.in)
	if !l.hasGIdx {
		gs := l.cfg.GroupSize
		if gs == -1 {
			gs = l.in
		}
		for i := range gidx {
			gidx[i] = i / gs
		}
		return gidx, nil
	}
	gT, err := get(gi)
	if err != nil {
		return nil, err
	}
	for i, g := range gT.Int64s() {
		if g < 0 || g >= int64(l.groups) {
			return nil, fmt.Errorf("%s[%d] = %d is outside the %d groups of %s", gi, i, g, l.groups, sc)
		}
		gidx[i] = int(g)
	}
	return gidx, nil
}
