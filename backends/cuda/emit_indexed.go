package cuda

import (
	"fmt"
	"strings"

	"github.com/kiln-ml/kiln/ir"
)

// Indexed ops: values whose element idx is read from an operand position
// computed at run time or piecewise (dynamic slices, gathers, concat,
// pad). They are stored — each is an elementwise kernel over its result —
// and their operands may be computed inside it.

// indexedEmitters: element idx of each indexed op, unrounded.
var indexedEmitters map[ir.Op]elemEmitter

func init() {
	indexedEmitters = map[ir.Op]elemEmitter{
		ir.OpDynamicSlice:       dynamicSliceElem,
		ir.OpDynamicUpdateSlice: dynamicUpdateSliceElem,
		ir.OpConcat:             concatElem,
		ir.OpPad:                padElem,
		ir.OpGather:             gatherElem,
	}
}

// startIdx is the clamped start offset along dim of a window of size w in
// a dimension of size n, from the integer scalar s.
func (k *kernel) startIdx(s *ir.Value, n, w int) (string, error) {
	x, err := k.elem(s, nil)
	if err != nil {
		return "", err
	}
	return k.tmp("long long", fmt.Sprintf("min(max((long long)%s, 0LL), %dLL)", x, n-w)), nil
}

func dynamicSliceElem(k *kernel, v *ir.Value, idx []string) (string, error) {
	a := v.Args[0]
	ai := make([]string, len(idx))
	for d := range idx {
		s, err := k.startIdx(v.Args[1+d], a.Type.Shape[d], v.Type.Shape[d])
		if err != nil {
			return "", err
		}
		ai[d] = fmt.Sprintf("(%s + %s)", s, idx[d])
	}
	return k.elem(a, ai)
}

// choose emits r = cond ? then() : otherwise(), each side's statements
// inside its branch, and returns r (compute type of d).
func (k *kernel) choose(d ir.DType, conds []string, sides []func() (string, error)) (string, error) {
	k.ntmp++
	r := fmt.Sprintf("t%d", k.ntmp)
	k.line("%s %s;", ctype(d), r)
	for i, side := range sides {
		switch {
		case i == 0:
			k.open("if (%s)", conds[0])
		case i < len(conds):
			k.indent = k.indent[2:]
			k.line("} else if (%s) {", conds[i])
			k.indent += "  "
		default:
			k.indent = k.indent[2:]
			k.line("} else {")
			k.indent += "  "
		}
		x, err := side()
		if err != nil {
			return "", err
		}
		k.line("%s = %s;", r, x)
	}
	k.close()
	return r, nil
}

func dynamicUpdateSliceElem(k *kernel, v *ir.Value, idx []string) (string, error) {
	a, up := v.Args[0], v.Args[1]
	ui := make([]string, len(idx))
	var in []string
	for d := range idx {
		s, err := k.startIdx(v.Args[2+d], a.Type.Shape[d], up.Type.Shape[d])
		if err != nil {
			return "", err
		}
		ui[d] = k.tmp("long long", fmt.Sprintf("%s - %s", idx[d], s))
		in = append(in, fmt.Sprintf("%s >= 0 && %s < %dLL", ui[d], ui[d], up.Type.Shape[d]))
	}
	if len(in) == 0 {
		in = []string{"true"}
	}
	return k.choose(v.Type.DType, []string{strings.Join(in, " && ")}, []func() (string, error){
		func() (string, error) { return k.elem(up, ui) },
		func() (string, error) { return k.elem(a, idx) },
	})
}

func concatElem(k *kernel, v *ir.Value, idx []string) (string, error) {
	axis := v.Attrs.(*ir.ConcatAttrs).Axis
	var conds []string
	var sides []func() (string, error)
	off := 0
	for i, x := range v.Args {
		x, lo := x, off
		off += x.Type.Shape[axis]
		if i < len(v.Args)-1 {
			conds = append(conds, fmt.Sprintf("%s < %dLL", idx[axis], off))
		}
		sides = append(sides, func() (string, error) {
			xi := append([]string{}, idx...)
			if lo != 0 {
				xi[axis] = fmt.Sprintf("(%s - %dLL)", idx[axis], lo)
			}
			return k.elem(x, xi)
		})
	}
	if len(sides) == 1 {
		return sides[0]()
	}
	return k.choose(v.Type.DType, conds, sides)
}

func padElem(k *kernel, v *ir.Value, idx []string) (string, error) {
	a := v.Attrs.(*ir.PadAttrs)
	x := v.Args[0]
	xi := make([]string, len(idx))
	var in []string
	for d := range idx {
		step := a.Interior[d] + 1
		q := k.tmp("long long", fmt.Sprintf("%s - (%dLL)", idx[d], a.Low[d]))
		if step == 1 {
			xi[d] = q
			in = append(in, fmt.Sprintf("%s >= 0 && %s < %dLL", q, q, x.Type.Shape[d]))
		} else {
			xi[d] = fmt.Sprintf("(%s / %dLL)", q, step)
			in = append(in, fmt.Sprintf("%s >= 0 && %s %% %dLL == 0 && %s / %dLL < %dLL", q, q, step, q, step, x.Type.Shape[d]))
		}
	}
	if len(in) == 0 {
		in = []string{"true"}
	}
	return k.choose(v.Type.DType, []string{strings.Join(in, " && ")}, []func() (string, error){
		func() (string, error) { return k.elem(x, xi) },
		func() (string, error) { return k.elem(v.Args[1], nil) },
	})
}

// gatherElem follows tf.gather (interp's gatherWalk): for a result index
// r = pre ++ mid ++ post, j = indices[pre[:batch_dims] ++ mid] clamped
// into the axis, and the element is operand[pre ++ [j] ++ post]; an empty
// axis gives zeros.
func gatherElem(k *kernel, v *ir.Value, idx []string) (string, error) {
	a := v.Attrs.(*ir.GatherAttrs)
	op, ind := v.Args[0], v.Args[1]
	n := op.Type.Shape[a.Axis]
	if n == 0 {
		return zeroOf(v.Type.DType), nil
	}
	mid := len(ind.Type.Shape) - a.BatchDims
	ii := append(append([]string{}, idx[:a.BatchDims]...), idx[a.Axis:a.Axis+mid]...)
	j, err := k.elem(ind, ii)
	if err != nil {
		return "", err
	}
	jc := k.tmp("long long", fmt.Sprintf("min(max((long long)%s, 0LL), %dLL)", j, n-1))
	oi := append(append(append([]string{}, idx[:a.Axis]...), jc), idx[a.Axis+mid:]...)
	return k.elem(op, oi)
}
