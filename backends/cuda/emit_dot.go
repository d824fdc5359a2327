package cuda

import (
	"fmt"
	"slices"

	"github.com/kiln-ml/kiln/ir"
)

// gemmPlan is a DotGeneral that cuBLASLt runs as a (strided-batched)
// row-major GEMM: out (batch, M, N) = lhs (batch, M, K) · rhs (batch, K, N),
// where lhs may be stored (batch, K, M) (lhsTrans) and rhs (batch, N, K)
// (rhsTrans).
type gemmPlan struct {
	batch, M, N, K     int
	lhsTrans, rhsTrans bool
	lhsType, rhsType   ir.DType
	outType            ir.DType
}

func (p *gemmPlan) String() string {
	t := func(b bool) string {
		if b {
			return "T"
		}
		return "N"
	}
	return fmt.Sprintf("%s%s batch=%d M=%d N=%d K=%d %s,%s->%s", t(p.lhsTrans), t(p.rhsTrans), p.batch, p.M, p.N, p.K, p.lhsType, p.rhsType, p.outType)
}

// gemmDTypes reports the operand/result dtypes cuBLASLt runs with float32
// accumulation: f32·f32->f32, and f16 or bf16 operands with a result of
// their dtype or f32.
func gemmDTypes(l, r, out ir.DType) bool {
	if l != r {
		return false
	}
	switch l {
	case ir.Float32:
		return out == ir.Float32
	case ir.Float16, ir.BFloat16:
		return out == l || out == ir.Float32
	}
	return false
}

// planGemm returns the GEMM of a dot whose operands are, after leading
// batch dimensions in order, one group of free and one group of contracted
// dimensions (in either order, each contiguous and in order), or nil.
func planGemm(v *ir.Value) *gemmPlan {
	a := v.Attrs.(*ir.DotAttrs)
	l, r := v.Args[0].Type, v.Args[1].Type
	if !gemmDTypes(l.DType, r.DType, a.Out) || len(a.LhsContract) == 0 {
		return nil
	}
	nb := len(a.LhsBatch)
	for i := 0; i < nb; i++ {
		if a.LhsBatch[i] != i || a.RhsBatch[i] != i {
			return nil
		}
	}
	// side reports the layout of one operand: whether its contracted dims
	// come first (trans for lhs, not for rhs), and the sizes.
	side := func(s ir.Shape, contract []int) (contractFirst bool, free, k int, ok bool) {
		rank := len(s)
		nc := len(contract)
		nf := rank - nb - nc
		ascending := func(start int) bool {
			for i, c := range contract {
				if c != start+i {
					return false
				}
			}
			return true
		}
		switch {
		case ascending(rank - nc): // (batch, free, contract)
			contractFirst = false
		case ascending(nb): // (batch, contract, free)
			contractFirst = true
		default:
			return false, 0, 0, false
		}
		k = 1
		for _, c := range contract {
			k *= s[c]
		}
		free = 1
		if contractFirst {
			free = ir.Shape(s[nb+nc:]).NumElements()
		} else {
			free = ir.Shape(s[nb : nb+nf]).NumElements()
		}
		return contractFirst, free, k, true
	}
	lcf, m, k, ok1 := side(l.Shape, a.LhsContract)
	rcf, n, k2, ok2 := side(r.Shape, a.RhsContract)
	if !ok1 || !ok2 || k != k2 || m == 0 || n == 0 || k == 0 {
		return nil
	}
	// The contracted dims pair up in order on both sides.
	for i := range a.LhsContract {
		if l.Shape[a.LhsContract[i]] != r.Shape[a.RhsContract[i]] {
			return nil
		}
	}
	batch := ir.Shape(l.Shape[:nb]).NumElements()
	if batch == 0 {
		return nil
	}
	return &gemmPlan{batch: batch, M: m, N: n, K: k, lhsTrans: lcf, rhsTrans: !rcf, lhsType: l.DType, rhsType: r.DType, outType: a.Out}
}

// dot emits a DotGeneral: when planGemm accepts it and both operands are
// in memory, the GEMV kernel for M <= maxGemvRows (emit_gemv.go) or a
// cuBLASLt GEMM; else the naive kernel.
//
// A GEMM with an epilogue (the fusion plan's elementwise DAG after it, up
// to its exit w) computes it right after the product: cuBLASLt's bias
// epilogue when the DAG is exactly w = d + broadcast(bias) along N (no
// kernel of its own), else one elementwise kernel that reads the product
// from d's buffer — which is w's own buffer when their dtypes match (the
// buffer plan's shared GEMM buffer), so each thread reads and overwrites
// the same element.
func (g *gen) dot(v *ir.Value, at int, out bufRef, what string) error {
	w := g.plan.Epilogue[v]
	if p := planGemm(v); p != nil {
		lhs, okl := g.refOf(v.Args[0])
		rhs, okr := g.refOf(v.Args[1])
		if okl && okr && useGemv(p) {
			bias, hasBias := g.biasEpilogue(v, w, p)
			if hasBias {
				what = fmt.Sprintf("%s with bias epilogue %%%d = %s %s", what, w.ID, w.Op, w.Type)
			}
			g.gemv(v, at, p, lhs, rhs, out, bias, hasBias, what)
			if hasBias {
				return nil
			}
			return g.epilogue(w)
		}
		if okl && okr {
			st := step{kind: stepGemm, what: what, gemm: p, lhs: lhs, rhs: rhs, out: out}
			if bias, ok := g.biasEpilogue(v, w, p); ok {
				st.bias, st.hasBias = bias, true
				st.what = fmt.Sprintf("%s with bias epilogue %%%d = %s %s", what, w.ID, w.Op, w.Type)
				g.prog.steps = append(g.prog.steps, st)
				return nil
			}
			g.prog.steps = append(g.prog.steps, st)
			return g.epilogue(w)
		}
	}
	if err := g.dotNaive(v, out, what); err != nil {
		return err
	}
	return g.epilogue(w)
}

// epilogue emits the kernel of epilogue exit w (nothing for nil).
func (g *gen) epilogue(w *ir.Value) error {
	if w == nil {
		return nil
	}
	out, ok := g.refOf(w)
	if !ok {
		return fmt.Errorf("epilogue exit %%%d has no buffer", w.ID)
	}
	return g.elementwise(w, out, fmt.Sprintf("%%%d = %s %s (epilogue of %%%d)", w.ID, w.Op, w.Type, g.plan.EpilogueOf[w].ID), false)
}

// biasOf returns b when w = d + broadcast(b) (either order), b a vector
// of d's dtype along d's last dimension, which is all of GEMM p's N: what
// cuBLASLt's bias epilogue computes. Otherwise nil.
func biasOf(d, w *ir.Value, p *gemmPlan) *ir.Value {
	if w == nil || w.Op != ir.OpAdd || w.Type.DType != d.Type.DType {
		return nil
	}
	var bc *ir.Value
	switch {
	case w.Args[0] == d:
		bc = w.Args[1]
	case w.Args[1] == d:
		bc = w.Args[0]
	default:
		return nil
	}
	if bc.Op != ir.OpBroadcastInDim {
		return nil
	}
	b := bc.Args[0]
	dims := bc.Attrs.(*ir.BroadcastAttrs).Dims
	last := len(d.Type.Shape) - 1
	if last < 0 || len(b.Type.Shape) != 1 || len(dims) != 1 || dims[0] != last || b.Type.Shape[0] != p.N ||
		d.Type.Shape[last] != p.N || b.Type.DType != d.Type.DType {
		return nil
	}
	return b
}

// biasEpilogue reports whether epilogue exit w of GEMM d is exactly a
// bias add (biasOf) of a bias in memory, and returns that memory.
func (g *gen) biasEpilogue(d, w *ir.Value, p *gemmPlan) (bufRef, bool) {
	b := biasOf(d, w, p)
	if b == nil {
		return bufRef{}, false
	}
	return g.refOf(b)
}

// dotNaive computes each output element by one thread, accumulating the
// contraction in double (floats) or wrapping long long (integers) and
// rounding once to the result dtype (interp's semantics).
func (g *gen) dotNaive(v *ir.Value, out bufRef, what string) error {
	a := v.Attrs.(*ir.DotAttrs)
	lhs, rhs := v.Args[0], v.Args[1]
	k := g.newKernel("dot")
	o := k.param(out, v.Type.DType, true)
	n := v.Type.Shape.NumElements()
	k.gridLoop("i", n)
	oidx := k.unravel("i", v.Type.Shape)
	var cshape ir.Shape
	for _, c := range a.LhsContract {
		cshape = append(cshape, lhs.Type.Shape[c])
	}
	float := lhs.Type.DType.IsFloat() || rhs.Type.DType.IsFloat() || a.Out.IsFloat()
	acc := "long long"
	if float {
		acc = "double"
	}
	k.line("%s acc = 0;", acc)
	k.open("for (long long c = 0; c < %dLL; ++c)", cshape.NumElements())
	cidx := k.unravel("c", cshape)
	nb := len(a.LhsBatch)
	// operand multi-index: batch dims from the output's leading dims,
	// contracted dims from c, free dims from the output in order.
	operandIdx := func(s ir.Shape, batch, contract []int, freeStart int) []string {
		idx := make([]string, len(s))
		f := freeStart
		for d := range s {
			if i := slices.Index(batch, d); i >= 0 {
				idx[d] = oidx[i]
			} else if i := slices.Index(contract, d); i >= 0 {
				idx[d] = cidx[i]
			} else {
				idx[d] = oidx[f]
				f++
			}
		}
		return idx
	}
	lfree := len(lhs.Type.Shape) - nb - len(a.LhsContract)
	x, err := k.elem(lhs, operandIdx(lhs.Type.Shape, a.LhsBatch, a.LhsContract, nb))
	if err != nil {
		return err
	}
	y, err := k.elem(rhs, operandIdx(rhs.Type.Shape, a.RhsBatch, a.RhsContract, nb+lfree))
	if err != nil {
		return err
	}
	if float {
		k.line("acc += (double)%s * (double)%s;", x, y)
	} else {
		k.line("acc = (long long)((unsigned long long)acc + (unsigned long long)(long long)%s * (unsigned long long)(long long)%s);", x, y)
	}
	k.close()
	from := ir.Int64
	if float {
		from = ir.Float64
	}
	r := roundExpr(a.Out, convertExpr("acc", from, a.Out))
	k.line("%s[i] = %s;", o, storeExpr(a.Out, r))
	k.close()
	k.finish(what, gridFor(n))
	return nil
}
