package cuda

import (
	"fmt"
	"strings"

	"github.com/kiln-ml/kiln/ir"
)

// Convolution and scatter-add: correct, simple kernels (one thread per
// output element; atomics for the scatter), for coverage of the op table
// until models need faster ones.

// conv emits N-d cross-correlation in PyTorch layout (interp's conv):
// one thread per output element, the window summed in double.
func (g *gen) conv(v *ir.Value, out bufRef, what string) error {
	a := v.Attrs.(*ir.ConvAttrs)
	x, w := v.Args[0], v.Args[1]
	nsp := len(x.Type.Shape) - 2
	cg := w.Type.Shape[1]
	og := w.Type.Shape[0] / a.Groups
	win := ir.Shape(w.Type.Shape[2:])
	k := g.newKernel("conv")
	o := k.param(out, v.Type.DType, true)
	n := v.Type.Shape.NumElements()
	k.gridLoop("i", n)
	oi := k.unravel("i", v.Type.Shape)
	grp := k.tmp("long long", fmt.Sprintf("%s / %dLL", oi[1], og))
	k.line("double acc = 0;")
	k.open("for (long long c = 0; c < %dLL; ++c)", cg)
	k.open("for (long long q = 0; q < %dLL; ++q)", win.NumElements())
	ki := k.unravel("q", win)
	xi := []string{oi[0], fmt.Sprintf("(%s * %dLL + c)", grp, cg)}
	var in []string
	for d := 0; d < nsp; d++ {
		p := k.tmp("long long", fmt.Sprintf("%s * %dLL + %s * %dLL - %dLL", oi[2+d], a.Strides[d], ki[d], a.Dilation[d], a.PadLow[d]))
		in = append(in, fmt.Sprintf("%s >= 0 && %s < %dLL", p, p, x.Type.Shape[2+d]))
		xi = append(xi, p)
	}
	if len(in) > 0 {
		k.line("if (!(%s)) continue;", strings.Join(in, " && "))
	}
	xv, err := k.elem(x, xi)
	if err != nil {
		return err
	}
	wv, err := k.elem(w, append([]string{oi[1], "c"}, ki...))
	if err != nil {
		return err
	}
	k.line("acc += (double)%s * (double)%s;", xv, wv)
	k.close()
	k.close()
	k.line("%s[i] = %s;", o, storeExpr(v.Type.DType, roundExpr(v.Type.DType, convertExpr("acc", ir.Float64, v.Type.DType))))
	k.close()
	k.finish(what, gridFor(n))
	return nil
}

// scatterAdd emits ScatterAdd (interp's semantics: the operand plus the
// updates added where Gather would read, out-of-range indices skipped;
// floats accumulated in double and rounded once, integers wrapping, bool
// as or) as three kernels over a scratch accumulator of 8 bytes per
// element: copy the operand in, add every update atomically, convert out.
// The order of the atomic float additions varies from run to run.
func (g *gen) scatterAdd(v *ir.Value, at int, out bufRef, what string) error {
	a := v.Attrs.(*ir.GatherAttrs)
	op, ind, up := v.Args[0], v.Args[1], v.Args[2]
	d := v.Type.DType
	accD, accT := ir.Float64, "double"
	if !d.IsFloat() {
		accD, accT = ir.Int64, "long long"
	}
	n := v.Type.Shape.NumElements()
	scratch := bufRef{kind: bufWorkspace, index: g.bp.AddScratch(at, 8*n)}

	// 1: scratch = operand.
	k := g.newKernel("scatter_init")
	s := k.param(scratch, accD, true)
	k.gridLoop("i", n)
	x, err := k.elemFlat(op, "i")
	if err != nil {
		return err
	}
	k.line("%s[i] = (%s)%s;", s, accT, x)
	k.close()
	k.finish(what+" (init)", gridFor(n))

	// 2: scratch[pos(r)] += updates[r].
	k = g.newKernel("scatter_add")
	s = k.param(scratch, accD, true)
	nu := up.Type.Shape.NumElements()
	k.gridLoop("r", nu)
	ri := k.unravel("r", up.Type.Shape)
	mid := len(ind.Type.Shape) - a.BatchDims
	j, err := k.elem(ind, append(append([]string{}, ri[:a.BatchDims]...), ri[a.Axis:a.Axis+mid]...))
	if err != nil {
		return err
	}
	k.line("if (%s < 0 || %s >= %d) continue;", j, j, op.Type.Shape[a.Axis])
	pos := append(append(append([]string{}, ri[:a.Axis]...), "(long long)"+j), ri[a.Axis+mid:]...)
	u, err := k.elem(up, ri)
	if err != nil {
		return err
	}
	flat := ravel(pos, op.Type.Shape)
	switch {
	case d.IsFloat():
		k.line("atomicAdd(&%s[%s], (double)%s);", s, flat, u)
	case d == ir.Bool:
		k.line("if (%s) atomicOr((unsigned long long*)&%s[%s], 1ULL);", u, s, flat)
	default:
		k.line("atomicAdd((unsigned long long*)&%s[%s], (unsigned long long)(long long)%s);", s, flat, u)
	}
	k.close()
	k.finish(what+" (add)", gridFor(nu))

	// 3: out = scratch, rounded once.
	k = g.newKernel("scatter_out")
	o := k.param(out, d, true)
	s = k.param(scratch, accD, false)
	k.gridLoop("i", n)
	k.line("%s[i] = %s;", o, storeExpr(d, roundExpr(d, convertExpr(s+"[i]", accD, d))))
	k.close()
	k.finish(what+" (out)", gridFor(n))
	return nil
}
