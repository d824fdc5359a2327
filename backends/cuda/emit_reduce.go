package cuda

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// Reductions. A reduction is computed by one block per output element:
// the threads stride over the reduced elements, accumulating in double
// (floats) or wrapping long long (integers; bool as 0/1 with sum = or and
// prod = and), then kiln_block_reduce combines the partial results in a
// fixed order and the result is rounded once to the dtype (interp's
// semantics: float64 accumulation, one rounding). Row groups are the same
// sweep once per reduction of the group, over the row of one block.

// accType is the accumulator of a reduction over dtype d.
func accType(d ir.DType) string {
	if d.IsFloat() {
		return "double"
	}
	return "long long"
}

// combiner is the prelude functor of kind over dtype d.
func combiner(kind ir.ReduceKind, d ir.DType) string {
	if d == ir.Bool {
		switch kind {
		case ir.ReduceSum:
			kind = ir.ReduceMax
		case ir.ReduceProd:
			kind = ir.ReduceMin
		}
	}
	float := d.IsFloat()
	switch kind {
	case ir.ReduceSum:
		if float {
			return "kiln_fsum()"
		}
		return "kiln_isum()"
	case ir.ReduceProd:
		if float {
			return "kiln_fprod()"
		}
		return "kiln_iprod()"
	case ir.ReduceMax:
		if float {
			return "kiln_fmaxop()"
		}
		return "kiln_imax()"
	}
	if float {
		return "kiln_fminop()"
	}
	return "kiln_imin()"
}

// identity is the accumulator's start: 0, 1, the dtype's lowest value
// (-inf for floats) for max, its highest for min.
func identity(kind ir.ReduceKind, d ir.DType) string {
	if d.IsFloat() {
		switch kind {
		case ir.ReduceSum:
			return "0.0"
		case ir.ReduceProd:
			return "1.0"
		case ir.ReduceMax:
			return "-__longlong_as_double(0x7ff0000000000000LL)"
		}
		return "__longlong_as_double(0x7ff0000000000000LL)"
	}
	lo, hi := intRange(d)
	if d == ir.Bool {
		lo, hi = 0, 1
		switch kind {
		case ir.ReduceSum:
			kind = ir.ReduceMax
		case ir.ReduceProd:
			kind = ir.ReduceMin
		}
	}
	switch kind {
	case ir.ReduceSum:
		return "0LL"
	case ir.ReduceProd:
		return "1LL"
	case ir.ReduceMax:
		return intLit(ir.Int64, lo)
	}
	return intLit(ir.Int64, hi)
}

// sweep emits the block-wide reduction of m (a Reduce) for the output
// multi-index keep (one entry per kept axis of m's operand) and returns
// the name of the rounded result, in m's compute type, held by every
// thread of the block.
func (k *kernel) sweep(m *ir.Value, keep []string) (string, error) {
	a := m.Args[0]
	attrs := m.Attrs.(*ir.ReduceAttrs)
	reduced := map[int]bool{}
	for _, ax := range attrs.Axes {
		reduced[ax] = true
	}
	var rshape ir.Shape
	for d, n := range a.Type.Shape {
		if reduced[d] {
			rshape = append(rshape, n)
		}
	}
	d := a.Type.DType
	acc := accType(d)
	k.ntmp++
	accName := fmt.Sprintf("acc%d", k.ntmp)
	k.line("%s %s = %s;", acc, accName, identity(attrs.Kind, d))
	k.open("for (long long r = threadIdx.x; r < %dLL; r += blockDim.x)", rshape.NumElements())
	ridx := k.unravel("r", rshape)
	idx := make([]string, len(a.Type.Shape))
	ki, ri := 0, 0
	trailing := true // the reduced axes are the trailing ones
	for dim := range a.Type.Shape {
		if reduced[dim] {
			idx[dim] = ridx[ri]
			ri++
		} else {
			idx[dim] = keep[ki]
			ki++
			trailing = trailing && ri == 0
		}
	}
	if outer, ok := k.flats[flatKey(keep, m.Type.Shape)]; ok && trailing {
		k.setFlat(idx, a.Type.Shape, fmt.Sprintf("(%s * %dLL + r)", outer, rshape.NumElements()))
	}
	x, err := k.elem(a, idx)
	if err != nil {
		return "", err
	}
	k.line("%s = %s(%s, (%s)%s);", accName, combiner(attrs.Kind, d), accName, acc, x)
	k.close()
	res := fmt.Sprintf("(%s)kiln_block_reduce(%s, %s)", ctype(m.Type.DType), accName, combiner(attrs.Kind, d))
	if d == ir.Bool {
		res = "(kiln_block_reduce(" + accName + ", " + combiner(attrs.Kind, d) + ") != 0)"
	}
	if d.IsFloat() {
		res = convertExpr("kiln_block_reduce("+accName+", "+combiner(attrs.Kind, d)+")", ir.Float64, m.Type.DType)
		res = roundExpr(m.Type.DType, res)
	}
	return k.tmp(ctype(m.Type.DType), res), nil
}

// reduce emits a lone reduction: one block per output element.
func (g *gen) reduce(v *ir.Value, out bufRef, what string) error {
	k := g.newKernel("reduce")
	o := k.param(out, v.Type.DType, true)
	n := v.Type.Shape.NumElements()
	k.open("for (long long o = blockIdx.x; o < %dLL; o += gridDim.x)", n)
	keep := k.unravel("o", v.Type.Shape)
	r, err := k.sweep(v, keep)
	if err != nil {
		return err
	}
	k.line("if (threadIdx.x == 0) %s[o] = %s;", o, storeExpr(v.Type.DType, r))
	k.close()
	k.finish(what, n)
	return nil
}

// rowGroup emits a row group of the fusion plan (passes.Fuse) as one
// kernel, one block per row: each reduction is one sweep over the row
// whose result every thread keeps (rowVals) for the members after it;
// each stored member is written, the row-shaped ones by one more sweep.
// Members that are not stored are recomputed where they are read, so the
// row comes from memory once and from cache for the later sweeps.
func (g *gen) rowGroup(grp *passes.RowGroup) error {
	first := grp.Members[0]
	what := fmt.Sprintf("%%%d = row_group %s (%d values to %%%d, %d stored)", first.ID, grp.Full, len(grp.Members), grp.Members[len(grp.Members)-1].ID, len(grp.Outputs))
	k := g.newKernel("rows")
	store := map[*ir.Value]bool{}
	for _, m := range grp.Outputs {
		if _, ok := g.refOf(m); ok && g.bp.Place(m).Writer == nil {
			store[m] = true
		}
	}
	rows := grp.Outer.NumElements()
	rowShape := grp.Full[len(grp.Outer):]
	k.open("for (long long o = blockIdx.x; o < %dLL; o += gridDim.x)", rows)
	oidx := k.unravel("o", grp.Outer)
	k.rowVals = map[*ir.Value]string{}
	for _, m := range grp.Members {
		switch {
		case m.Op == ir.OpReduce:
			r, err := k.sweep(m, oidx)
			if err != nil {
				return err
			}
			k.rowVals[m] = r
			if store[m] {
				out, _ := g.refOf(m)
				k.line("if (threadIdx.x == 0) %s[o] = %s;", k.param(out, m.Type.DType, true), storeExpr(m.Type.DType, r))
			}
		case !store[m]:
		case m.Type.Shape.Equal(grp.Outer):
			out, _ := g.refOf(m)
			p := k.param(out, m.Type.DType, true)
			k.open("if (threadIdx.x == 0)")
			x, err := k.own(m, oidx)
			if err != nil {
				return err
			}
			k.line("%s[o] = %s;", p, storeExpr(m.Type.DType, x))
			k.close()
		default:
			out, _ := g.refOf(m)
			p := k.param(out, m.Type.DType, true)
			k.open("for (long long r = threadIdx.x; r < %dLL; r += blockDim.x)", rowShape.NumElements())
			ridx := k.unravel("r", rowShape)
			idx := append(append([]string{}, oidx...), ridx...)
			k.setFlat(idx, grp.Full, fmt.Sprintf("(o * %dLL + r)", rowShape.NumElements()))
			x, err := k.own(m, idx)
			if err != nil {
				return err
			}
			k.line("%s[o * %dLL + r] = %s;", p, rowShape.NumElements(), storeExpr(m.Type.DType, x))
			k.close()
		}
	}
	k.rowVals = nil
	k.close()
	k.finish(what, rows)
	return nil
}

// argBlockMin is the axis length from which ArgMax/ArgMin give each
// output element a block (argReduceBlock) instead of a thread: a decode
// step's argmax over a 128256-token vocabulary took 4.2 ms on an H100 as
// one thread's walk.
const argBlockMin = blockSize

// argReduce emits ArgMax/ArgMin: one thread per output element walks the
// axis; the first extreme wins ties and the first NaN wins over numbers.
// Long axes with few outputs, or along the contiguous last dim, go to
// argReduceBlock (the same result).
func (g *gen) argReduce(v *ir.Value, out bufRef, what string) error {
	a := v.Args[0]
	attrs := v.Attrs.(*ir.ArgAttrs)
	n := v.Type.Shape.NumElements()
	if l := a.Type.Shape[attrs.Axis]; l >= argBlockMin && (attrs.Axis == a.Type.Shape.Rank()-1 || n <= 1024) {
		return g.argReduceBlock(v, out, what)
	}
	isMax := v.Op == ir.OpArgMax
	k := g.newKernel(v.Op.String())
	o := k.param(out, v.Type.DType, true)
	k.gridLoop("i", n)
	oidx := k.unravel("i", v.Type.Shape)
	d := a.Type.DType
	k.line("long long best = 0;")
	k.line("%s bv = %s;", ctype(d), zeroOf(d))
	k.open("for (long long j = 0; j < %dLL; ++j)", a.Type.Shape[attrs.Axis])
	x, err := k.elem(a, withAxisIndex(oidx, attrs.Axis, "j"))
	if err != nil {
		return err
	}
	cmp := ">"
	if !isMax {
		cmp = "<"
	}
	better := fmt.Sprintf("%s %s bv", x, cmp)
	if d.IsFloat() {
		better = fmt.Sprintf("bv == bv && (%s != %s || %s %s bv)", x, x, x, cmp)
	}
	k.line("if (j == 0 || (%s)) { bv = %s; best = j; }", better, x)
	k.close()
	k.line("%s[i] = %s;", o, storeExpr(v.Type.DType, convertExpr("best", ir.Int64, attrs.Out)))
	k.close()
	k.finish(what, gridFor(n))
	return nil
}

// argReduceBlock emits ArgMax/ArgMin with one block per output element:
// each thread keeps the best of the axis positions threadIdx.x,
// threadIdx.x + blockDim.x, ... (in increasing order, so the serial
// rule holds within a thread), then the block combines the candidates
// by kiln_arg_better (NaN first, lower index on ties): the result is
// argReduce's.
func (g *gen) argReduceBlock(v *ir.Value, out bufRef, what string) error {
	a := v.Args[0]
	attrs := v.Attrs.(*ir.ArgAttrs)
	k := g.newKernel(v.Op.String() + "_block")
	o := k.param(out, v.Type.DType, true)
	n := v.Type.Shape.NumElements()
	isMax := "false"
	if v.Op == ir.OpArgMax {
		isMax = "true"
	}
	d := a.Type.DType
	k.open("for (long long i = blockIdx.x; i < %dLL; i += gridDim.x)", n)
	oidx := k.unravel("i", v.Type.Shape)
	k.line("long long best = -1;")
	k.line("%s bv = %s;", ctype(d), zeroOf(d))
	k.open("for (long long j = threadIdx.x; j < %dLL; j += blockDim.x)", a.Type.Shape[attrs.Axis])
	x, err := k.elem(a, withAxisIndex(oidx, attrs.Axis, "j"))
	if err != nil {
		return err
	}
	xv := k.tmp(ctype(d), x)
	k.line("if (kiln_arg_better(%s, j, bv, best, %s)) { bv = %s; best = j; }", xv, isMax, xv)
	k.close()
	k.line("best = kiln_block_arg(bv, best, %s);", isMax)
	k.line("if (threadIdx.x == 0) %s[i] = %s;", o, storeExpr(v.Type.DType, convertExpr("best", ir.Int64, attrs.Out)))
	k.close()
	k.finish(what, n)
	return nil
}

// withAxisIndex is an ArgMax/ArgMin operand's index: the output's index
// oidx with j inserted at the reduced axis.
func withAxisIndex(oidx []string, axis int, j string) []string {
	idx := make([]string, 0, len(oidx)+1)
	idx = append(idx, oidx[:axis]...)
	idx = append(idx, j)
	return append(idx, oidx[axis:]...)
}

// zeroOf is 0 in d's compute type.
func zeroOf(d ir.DType) string { return elemLit(d, nil, 0) }
