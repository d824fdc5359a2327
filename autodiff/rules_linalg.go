package autodiff

import (
	"sort"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func init() {
	rules[ir.OpReduce] = reduceGrad
	rules[ir.OpDotGeneral] = func(c *Context) []*frontend.Tensor {
		a := c.V.Attrs.(*ir.DotAttrs)
		lhs, rhs, g := c.Arg(0), c.Arg(1), c.DOut
		outL, outR := GradType(c.Args[0].DType()), GradType(c.Args[1].DType())
		if dt := c.Args[0].DType(); GradType(dt) != dt && c.Args[1].DType() == dt {
			// A half-precision dot (mixed precision, passes.Autocast):
			// its backward dots take half operands too, the cotangent
			// rounded to the operands' dtype, as torch.autocast's
			// backward does (grad_output of a bf16 mm is bf16), so they
			// run on the same low-precision GEMMs as the forward. They
			// still accumulate in, and return, float32
			// (dotOperandGrad's out), one rounding fewer than torch.
			// With HalfCotangents the products return the operands'
			// dtype instead, as torch's do: the cotangents are held in
			// it anyway, and the GEMMs write half the bytes.
			lhs, rhs, g = c.Args[0], c.Args[1], g.AsType(dt)
			if c.Opts.HalfCotangents {
				outL, outR = dt, dt
			}
		}
		return grads(
			dotOperandGrad(g, rhs, lhs.Rank(), a.LhsBatch, a.LhsContract, rhs.Rank(), a.RhsBatch, a.RhsContract, false, outL),
			dotOperandGrad(g, lhs, rhs.Rank(), a.RhsBatch, a.RhsContract, lhs.Rank(), a.LhsBatch, a.LhsContract, true, outR),
		)
	}
}

// reduceGrad: sum broadcasts the cotangent back; max and min send it to
// the elements equal to the result, split evenly among ties (as JAX);
// prod multiplies by the product of the others, y/x (so it is NaN where an
// element is zero).
func reduceGrad(c *Context) []*frontend.Tensor {
	a := c.V.Attrs.(*ir.ReduceAttrs)
	x := c.Arg(0)
	shape := x.Shape()
	back := func(t *frontend.Tensor) *frontend.Tensor { return t.BroadcastReduced(shape, a.Axes...) }
	g := back(c.DOut)
	switch a.Kind {
	case ir.ReduceSum:
		return grads(g)
	case ir.ReduceMax, ir.ReduceMin:
		hit := frontend.Where(x.Eq(back(c.OutG())), x.FullLike(1), x.FullLike(0))
		count := hit
		if len(a.Axes) > 0 {
			count = back(hit.Sum(a.Axes...))
		}
		return grads(g.Mul(hit).Div(count))
	default: // ir.ReduceProd
		return grads(g.Mul(back(c.OutG())).Div(x))
	}
}

// dotOperandGrad is the cotangent of one dot_general operand (called
// "self", of rank selfRank with batch dims selfBatch and contracting dims
// selfContract) given the result's cotangent g and the other operand.
// The result of dot_general is (batch, lhs free, rhs free); selfIsRhs says
// which free block of g is self's; out is the product's dtype. It contracts g's block of the other
// operand's free dims with those dims, then transposes into self's layout;
// where other . g (the operands swapped) is already in self's layout it
// emits that instead, with no transpose.
func dotOperandGrad(g, other *frontend.Tensor, selfRank int, selfBatch, selfContract []int,
	otherRank int, otherBatch, otherContract []int, selfIsRhs bool, out ir.DType) *frontend.Tensor {
	nb := len(selfBatch)
	selfFree := freeDims(selfRank, selfBatch, selfContract)
	otherFree := freeDims(otherRank, otherBatch, otherContract)
	// g's dims: batch [0, nb), then lhs free, then rhs free.
	gOtherFree := make([]int, len(otherFree))
	start := nb + len(selfFree) // self is lhs: other's free dims come after self's
	if selfIsRhs {
		start = nb
	}
	for i := range gOtherFree {
		gOtherFree[i] = start + i
	}
	gBatch := make([]int, nb)
	for i := range gBatch {
		gBatch[i] = i
	}
	// d = g . other has dims: batch, g's self-free dims (self's free dims
	// in order), then other's remaining (contracting) dims in ascending
	// order, each paired with self's contracting dim of the same position.
	src := make([]int, 0, selfRank) // src[k] = self's dim at d's position k
	src = append(src, selfBatch...)
	src = append(src, selfFree...)
	rest := append([]int(nil), otherContract...)
	sort.Ints(rest)
	for _, r := range rest {
		for k, oc := range otherContract {
			if oc == r {
				src = append(src, selfContract[k])
			}
		}
	}
	d := func() *frontend.Tensor {
		return g.DotGeneral(other, frontend.DotDims{LhsBatch: gBatch, RhsBatch: otherBatch, LhsContract: gOtherFree, RhsContract: otherFree, Out: out})
	}
	perm, identity := permOf(src)
	if identity {
		return d()
	}
	// The other operand first gives (batch, self's contracting dims, self's
	// free dims): where that is self's layout (the weight of x @ W, whose
	// gradient is x^T @ g), no transpose is left for the consumers (an
	// optimizer update would read it along strided columns).
	src2 := append([]int(nil), selfBatch...)
	src2 = append(src2, src[nb+len(selfFree):]...)
	src2 = append(src2, selfFree...)
	if _, identity2 := permOf(src2); identity2 {
		return other.DotGeneral(g, frontend.DotDims{LhsBatch: otherBatch, RhsBatch: gBatch, LhsContract: otherFree, RhsContract: gOtherFree, Out: out})
	}
	return d().Transpose(perm...)
}

// permOf inverts src (src[k] = self's dim at position k) into the
// transpose permutation perm (self dim i = position perm[i]) and says
// whether it is the identity.
func permOf(src []int) (perm []int, identity bool) {
	perm = make([]int, len(src))
	for k, s := range src {
		perm[s] = k
	}
	identity = true
	for i, p := range perm {
		identity = identity && i == p
	}
	return perm, identity
}

// freeDims lists the dims of a rank-r operand that are neither batch nor
// contracting, in order.
func freeDims(r int, batch, contract []int) []int {
	used := make([]bool, r)
	for _, d := range batch {
		used[d] = true
	}
	for _, d := range contract {
		used[d] = true
	}
	var out []int
	for d := 0; d < r; d++ {
		if !used[d] {
			out = append(out, d)
		}
	}
	return out
}
