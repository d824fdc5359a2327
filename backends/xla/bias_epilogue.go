package xla

import (
	"github.com/gomlx/go-xla/pkg/stablehlo"
	"github.com/kiln-ml/kiln/ir"
)

// A linear layer with a bias under autocast (passes.Autocast's addmm
// pattern) reaches the lowering as
//
//	round(dot(x_half, w_half) -> f32  +  f32(round_half(bias)))  -> half
//
// one rounding, as torch's addmm. Lowered as written, XLA's GEMM writes
// the float32 product (twice the bytes) and a separate fusion adds the
// bias and rounds: GPT-2's training step measured 0.050 s against 0.046 s
// (H100). The lowering therefore emits the pattern as add(dot -> half,
// bias_half) in the half dtype: the GEMM writes half precision. Where XLA
// fuses the bias into cuBLASLt's epilogue that is the same single
// rounding; where it does not (the H100 dump of 2026-12-07 shows no bias
// epilogue), the product is rounded before the add: at most one
// half-precision ulp from torch, on this backend only.

// biasEpilogue is one matched pattern: the dot_general, its add and the
// add's rounding convert, and the bias as the half value under its
// widening convert.
type biasEpilogue struct {
	dot, add, round *ir.Value
	bias            *ir.Value
	biasFirst       bool // the bias is the add's first operand
	half            ir.DType
}

// findBiasEpilogues returns the matched patterns of f, indexed by each of
// their three values. The dot and the add must have no other user (the
// float32 values disappear from the program).
func findBiasEpilogues(f *ir.Func) map[*ir.Value]*biasEpilogue {
	users := ir.UseCounts(f) // a result counts as a use: it is never folded away
	out := map[*ir.Value]*biasEpilogue{}
	for _, c := range f.Values {
		half := c.Type.DType
		if c.Op != ir.OpConvert || (half != ir.BFloat16 && half != ir.Float16) {
			continue
		}
		add := c.Args[0]
		if add.Op != ir.OpAdd || add.Type.DType != ir.Float32 || users[add] != 1 {
			continue
		}
		for i := range 2 {
			d, wide := add.Args[i], add.Args[1-i]
			if d.Op != ir.OpDotGeneral || users[d] != 1 || d.Args[0].Type.DType != half || d.Args[1].Type.DType != half ||
				wide.Op != ir.OpConvert || wide.Args[0].Type.DType != half {
				continue
			}
			e := &biasEpilogue{dot: d, add: add, round: c, bias: wide.Args[0], biasFirst: i == 1, half: half}
			out[d], out[add], out[c] = e, e, e
			break
		}
	}
	return out
}

// lowerBiasEpilogue emits v's part of pattern e; ok is false when v is
// not in a pattern.
func (l *lowerer) lowerBiasEpilogue(v *ir.Value, a []*stablehlo.Value) (out *stablehlo.Value, ok bool, err error) {
	e := l.epilogues[v]
	if e == nil {
		return nil, false, nil
	}
	switch v {
	case e.dot:
		attrs := *v.Attrs.(*ir.DotAttrs)
		attrs.Out = e.half
		out, err = l.dot(a[0], a[1], e.half, &attrs)
	case e.add:
		prod, bias := l.vals[e.dot], l.vals[e.bias]
		if bias, err = l.vectorBias(e, bias); err != nil {
			return nil, true, err
		}
		t := ir.Type{DType: e.half, Shape: v.Type.Shape}
		if e.biasFirst {
			out, err = l.binary(ir.OpAdd, bias, prod, t)
		} else {
			out, err = l.binary(ir.OpAdd, prod, bias, t)
		}
	default: // the rounding: the add is already in the half dtype
		out = l.vals[e.add]
	}
	return out, true, err
}

// vectorBias returns the half-precision bias as a broadcast of a rounded
// vector when it is the rounding of a broadcast vector (a Linear's bias),
// the form XLA's GEMM rewriter recognises as an epilogue bias, else
// lowered as it is.
func (l *lowerer) vectorBias(e *biasEpilogue, lowered *stablehlo.Value) (*stablehlo.Value, error) {
	b := e.bias
	if b.Op != ir.OpConvert || b.Args[0].Op != ir.OpBroadcastInDim {
		return lowered, nil
	}
	bc := b.Args[0]
	vec := bc.Args[0]
	if vec.Type.Shape.Rank() != 1 {
		return lowered, nil
	}
	half, err := l.convert(l.vals[vec], vec.Type.DType, e.half)
	if err != nil {
		return nil, err
	}
	sh, err := shapeOf(ir.Type{DType: e.half, Shape: bc.Type.Shape})
	if err != nil {
		return nil, err
	}
	return stablehlo.BroadcastInDim(half, sh, bc.Attrs.(*ir.BroadcastAttrs).Dims)
}
