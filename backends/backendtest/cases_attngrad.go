package backendtest

import (
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// attnGradRef is AttentionGrad's independent reference: the central finite
// difference, in float64, of Σ attentionRef(q, k, v, ...) ∘ do with respect
// to operand wrt (in: q, k, v, o, do, then the flagged mask and
// positions), rounded to q's dtype. o does not enter: it is only the
// forward's output, which the fused backward reads.
func attnGradRef(in []*tensor.Tensor, a *ir.AttentionGradAttrs) *tensor.Tensor {
	f64 := func(t *tensor.Tensor) *tensor.Tensor {
		vs := make([]float64, t.Shape.NumElements())
		for i := range vs {
			vs[i] = ir.ElementFloat(t.DType, t.Data, i)
		}
		return tf(ir.Float64, t.Shape, vs...)
	}
	fwd := []*tensor.Tensor{f64(in[0]), f64(in[1]), f64(in[2])}
	fwd = append(fwd, in[5:]...)
	do := f64(in[4])
	fa := a.Forward()
	loss := func() float64 {
		o := attentionRef(fwd, fa)
		var s float64
		for i := 0; i < o.Shape.NumElements(); i++ {
			s += ir.ElementFloat(o.DType, o.Data, i) * ir.ElementFloat(do.DType, do.Data, i)
		}
		return s
	}
	shape := fwd[a.Wrt].Shape
	xs := make([]float64, shape.NumElements())
	for i := range xs {
		xs[i] = ir.ElementFloat(ir.Float64, fwd[a.Wrt].Data, i)
	}
	at := func(i int, v float64) float64 {
		old := xs[i]
		xs[i] = v
		fwd[a.Wrt] = tf(ir.Float64, shape, xs...)
		xs[i] = old
		return loss()
	}
	grad := make([]float64, len(xs))
	const h = 1e-6
	for i, v := range xs {
		grad[i] = (at(i, v+h) - at(i, v-h)) / (2 * h)
	}
	return tf(in[0].DType, shape, grad...)
}

// attnGradCase is AttentionGrad with respect to operand wrt of the
// Attention attnCase would build with the same arguments; o is that
// Attention's reference output and do a fixed pattern.
func attnGradCase(name string, d ir.DType, s attnShape, a ir.AttentionAttrs, wrt int, extra ...*tensor.Tensor) opCase {
	qkv := []*tensor.Tensor{
		seqT(d, sh(s.B, s.Hq, s.Tq, s.D), 1.5, 0.1),
		seqT(d, sh(s.B, s.Hkv, s.Tk, s.D), 1.5, 0.2),
		seqT(d, sh(s.B, s.Hkv, s.Tk, s.Dv), 2, 0.3),
	}
	o := attentionRef(append(append([]*tensor.Tensor{}, qkv...), extra...), &a)
	do := seqT(d, o.Shape, 1, 0.7)
	in := append(append(qkv, o, do), extra...)
	attrs := ir.NewAttentionGradAttrs(&a, wrt)
	tol := compTol(d)
	if tol == 0 {
		tol = 1e-5 // the reference's finite differences
	}
	return simple(name, ir.OpAttentionGrad, attrs, in...).withTol(tol).withGen(smallInts(-1, s.Tk)).
		withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor { return attnGradRef(in, attrs) }))
}

func attentionGradCases() []opCase {
	f32 := ir.Float32
	sq := attnShape{B: 2, Hq: 2, Hkv: 2, Tq: 3, Tk: 3, D: 4, Dv: 4}
	dec := attnShape{B: 2, Hq: 2, Hkv: 2, Tq: 2, Tk: 5, D: 4, Dv: 4}
	gqa := attnShape{B: 1, Hq: 4, Hkv: 2, Tq: 3, Tk: 4, D: 4, Dv: 3}
	var cs []opCase
	for wrt, n := range []string{"dq", "dk", "dv"} {
		cs = append(cs,
			attnGradCase("causal_"+n, f32, sq, ir.AttentionAttrs{Scale: 0.5, Causal: true}, wrt),
			attnGradCase("gqa_padding_mask_and_empty_row_"+n, f32, attnShape{B: 2, Hq: 4, Hkv: 2, Tq: 2, Tk: 5, D: 4, Dv: 3},
				ir.AttentionAttrs{Scale: 0.5, Causal: true, HasMask: true}, wrt,
				tb(sh(2, 5), false, false, false, false, true, true, true, true, false, false)),
			attnGradCase("softcap_window_positions_"+n, f32, dec, ir.AttentionAttrs{Scale: 0.7, Causal: true, Window: 3, SoftCap: 2, HasPositions: true}, wrt,
				ti(ir.Int64, sh(2, 2), 3, 4, 2, 4)),
			attnGradCase("symmetric_window_mask_"+n, f32, dec, ir.AttentionAttrs{Scale: 0.7, Window: 2, SymmetricWindow: true, HasMask: true}, wrt,
				tb(sh(2, 5), true, true, false, true, true, true, true, true, true, false)),
			attnGradCase("bf16_gqa_"+n, ir.BFloat16, gqa, ir.AttentionAttrs{Scale: 0.5, Causal: true}, wrt),
			attnGradCase("f64_"+n, ir.Float64, sq, ir.AttentionAttrs{Scale: 0.5}, wrt),
		)
	}
	return cs
}
