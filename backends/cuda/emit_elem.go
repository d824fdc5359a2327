package cuda

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
)

// elemEmitter computes element idx of v (an op inlineOp accepts that is
// not plain unary/binary arithmetic) from v's operands, unrounded.
type elemEmitter func(k *kernel, v *ir.Value, idx []string) (string, error)

// elemEmitters: sources, layout ops, select, convert and compare.
// Guarantee (TestEmitterCoverage): every op inlineOp accepts has an entry
// here or, for unary and binary elementwise ops, in the arithmetic tables.
var elemEmitters map[ir.Op]elemEmitter

// init fills elemEmitters: they reach exprAt through elem, a cycle a
// package-level initializer may not have.
func init() {
	elemEmitters = map[ir.Op]elemEmitter{
		ir.OpConstant:       constantElem,
		ir.OpIota:           iotaElem,
		ir.OpBroadcastInDim: broadcastElem,
		ir.OpTranspose:      transposeElem,
		ir.OpReshape:        reshapeElem,
		ir.OpSlice:          sliceElem,
		ir.OpSelect:         selectElem,
		ir.OpConvert:        convertElem,
		ir.OpCompare:        compareElem,
	}
}

// constantElem: inlined constants are splats (others are stored).
func constantElem(_ *kernel, v *ir.Value, _ []string) (string, error) {
	return elemLit(v.Type.DType, v.Attrs.(*ir.ConstantAttrs).Data, 0), nil
}

func iotaElem(_ *kernel, v *ir.Value, idx []string) (string, error) {
	return convertExpr(idx[v.Attrs.(*ir.IotaAttrs).Dim], ir.Int64, v.Type.DType), nil
}

func broadcastElem(k *kernel, v *ir.Value, idx []string) (string, error) {
	a := v.Args[0]
	dims := v.Attrs.(*ir.BroadcastAttrs).Dims
	ai := make([]string, len(dims))
	for i, d := range dims {
		if a.Type.Shape[i] == 1 {
			ai[i] = "0LL"
		} else {
			ai[i] = idx[d]
		}
	}
	return k.elem(a, ai)
}

func transposeElem(k *kernel, v *ir.Value, idx []string) (string, error) {
	perm := v.Attrs.(*ir.TransposeAttrs).Perm
	ai := make([]string, len(perm))
	for i, p := range perm {
		ai[p] = idx[i]
	}
	return k.elem(v.Args[0], ai)
}

func reshapeElem(k *kernel, v *ir.Value, idx []string) (string, error) {
	return k.elemFlat(v.Args[0], k.flatIndex(idx, v.Type.Shape))
}

// elemFlat is elem with a row-major flat index: a load needs no
// multi-index, a computed value unravels it.
func (k *kernel) elemFlat(v *ir.Value, flat string) (string, error) {
	if _, ok := k.rowVals[v]; !ok {
		if ref, ok := k.g.refOf(v); ok {
			p := k.param(ref, v.Type.DType, false)
			return k.tmp(ctype(v.Type.DType), loadExpr(v.Type.DType, fmt.Sprintf("%s[%s]", p, flat))), nil
		}
	}
	return k.elem(v, k.unravel(k.tmp("long long", flat), v.Type.Shape))
}

func sliceElem(k *kernel, v *ir.Value, idx []string) (string, error) {
	a := v.Attrs.(*ir.SliceAttrs)
	ai := make([]string, len(idx))
	for i, x := range idx {
		switch {
		case a.Stride[i] != 1 && a.Start[i] != 0:
			x = fmt.Sprintf("(%s * %dLL + %dLL)", x, a.Stride[i], a.Start[i])
		case a.Stride[i] != 1:
			x = fmt.Sprintf("(%s * %dLL)", x, a.Stride[i])
		case a.Start[i] != 0:
			x = fmt.Sprintf("(%s + %dLL)", x, a.Start[i])
		}
		ai[i] = x
	}
	return k.elem(v.Args[0], ai)
}

func selectElem(k *kernel, v *ir.Value, idx []string) (string, error) {
	p, err := k.elem(v.Args[0], idx)
	if err != nil {
		return "", err
	}
	x, err := k.elem(v.Args[1], idx)
	if err != nil {
		return "", err
	}
	y, err := k.elem(v.Args[2], idx)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("(%s ? %s : %s)", p, x, y), nil
}

func convertElem(k *kernel, v *ir.Value, idx []string) (string, error) {
	a := v.Args[0]
	x, err := k.elem(a, idx)
	if err != nil {
		return "", err
	}
	return convertExpr(x, a.Type.DType, v.Type.DType), nil
}

func compareElem(k *kernel, v *ir.Value, idx []string) (string, error) {
	a := v.Args[0]
	x, err := k.elem(a, idx)
	if err != nil {
		return "", err
	}
	y, err := k.elem(v.Args[1], idx)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("(%s %s %s)", x, compareOps[v.Attrs.(*ir.CompareAttrs).Dir], y), nil
}
