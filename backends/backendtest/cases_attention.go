package backendtest

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// attentionRef materialises the additive mask (0 or -inf) of every
// (batch, head, query, key), adds it to the (soft-capped) scaled scores,
// appends the sink logit as an extra column, takes a softmax over the row
// and drops the sink column. Rows whose keys are all masked give zeros.
func attentionRef(in []*tensor.Tensor, a *ir.AttentionAttrs) *tensor.Tensor {
	q, k, v := in[0], in[1], in[2]
	B, Hq, Tq, D := q.Shape[0], q.Shape[1], q.Shape[2], q.Shape[3]
	Hkv, Tk, Dv := k.Shape[1], k.Shape[2], v.Shape[3]
	rest := in[3:]
	var mask, pos, sinks *tensor.Tensor
	if a.HasMask {
		mask, rest = rest[0], rest[1:]
	}
	if a.HasPositions {
		pos, rest = rest[0], rest[1:]
	}
	if a.HasSinks {
		sinks = rest[0]
	}
	out := make([]float64, B*Hq*Tq*Dv)
	for b := 0; b < B; b++ {
		for h := 0; h < Hq; h++ {
			kh := h * Hkv / Hq
			for i := 0; i < Tq; i++ {
				p := int64(Tk - Tq + i)
				if pos != nil && pos.Shape.Rank() == 1 {
					p = getI(pos, i)
				} else if pos != nil {
					p = getI(pos, b, i)
				}
				logits := make([]float64, Tk, Tk+1)
				visible := 0
				for j := 0; j < Tk; j++ {
					bias := 0.0
					if (mask != nil && getI(mask, b, j) == 0) || (a.Causal && int64(j) > p) || (a.Window > 0 && p-int64(j) >= int64(a.Window)) ||
						(a.SymmetricWindow && int64(j)-p >= int64(a.Window)) {
						bias = math.Inf(-1)
					} else {
						visible++
					}
					var s float64
					for d := 0; d < D; d++ {
						s += getF(q, b, h, i, d) * getF(k, b, kh, j, d)
					}
					s *= a.Scale
					if a.SoftCap > 0 {
						s = a.SoftCap * math.Tanh(s/a.SoftCap)
					}
					logits[j] = s + bias
				}
				if visible == 0 {
					continue
				}
				if sinks != nil {
					logits = append(logits, getF(sinks, h))
				}
				m := math.Inf(-1)
				for _, l := range logits {
					m = math.Max(m, l)
				}
				var z float64
				for _, l := range logits {
					z += math.Exp(l - m)
				}
				for j := 0; j < Tk; j++ {
					w := math.Exp(logits[j]-m) / z
					for d := 0; d < Dv; d++ {
						out[((b*Hq+h)*Tq+i)*Dv+d] += w * getF(v, b, kh, j, d)
					}
				}
			}
		}
	}
	return tf(q.DType, sh(B, Hq, Tq, Dv), out...)
}

// attnInputs builds q, k, v (and the flagged extra operands) of dtype d.
type attnShape struct{ B, Hq, Hkv, Tq, Tk, D, Dv int }

func attnCase(name string, d ir.DType, s attnShape, a ir.AttentionAttrs, extra ...*tensor.Tensor) opCase {
	in := []*tensor.Tensor{
		seqT(d, sh(s.B, s.Hq, s.Tq, s.D), 1.5, 0.1),
		seqT(d, sh(s.B, s.Hkv, s.Tk, s.D), 1.5, 0.2),
		seqT(d, sh(s.B, s.Hkv, s.Tk, s.Dv), 2, 0.3),
	}
	in = append(in, extra...)
	attrs := a
	return simple(name, ir.OpAttention, &attrs, in...).withTol(compTol(d)).withGen(smallInts(-1, s.Tk)).
		withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor { return attentionRef(in, &attrs) }))
}

func attentionCases() []opCase {
	f32 := ir.Float32
	sq := attnShape{B: 2, Hq: 2, Hkv: 2, Tq: 3, Tk: 3, D: 4, Dv: 4}
	dec := attnShape{B: 2, Hq: 2, Hkv: 2, Tq: 2, Tk: 5, D: 4, Dv: 4}
	win := attnShape{B: 1, Hq: 2, Hkv: 1, Tq: 5, Tk: 5, D: 3, Dv: 2}
	gqa := attnShape{B: 1, Hq: 4, Hkv: 2, Tq: 3, Tk: 4, D: 4, Dv: 3}
	e, e2 := math.E, math.E*math.E
	one := func(x ...float64) *tensor.Tensor { return tf(f32, sh(1, 1, len(x), 1), x...) }
	return []opCase{
		simple("literal_two_keys", ir.OpAttention, &ir.AttentionAttrs{Scale: 1}, one(1), one(1, 2), one(10, 20)).
			expect(tf(f32, sh(1, 1, 1, 1), (10*e+20*e2)/(e+e2))),
		simple("literal_masked_row_is_zero", ir.OpAttention, &ir.AttentionAttrs{Scale: 1, HasMask: true}, one(1), one(1, 2), one(10, 20), tb(sh(1, 2), false, false)).
			expect(tf(f32, sh(1, 1, 1, 1), 0)),
		simple("literal_sink", ir.OpAttention, &ir.AttentionAttrs{Scale: 1, HasSinks: true}, one(1), one(1), one(10), tf(f32, sh(1), 0)).
			expect(tf(f32, sh(1, 1, 1, 1), 10*e/(e+1))),
		attnCase("plain", f32, sq, ir.AttentionAttrs{Scale: 0.5}),
		attnCase("causal", f32, sq, ir.AttentionAttrs{Scale: 0.5, Causal: true}),
		attnCase("causal_decode_default_positions", f32, dec, ir.AttentionAttrs{Scale: 0.5, Causal: true}),
		attnCase("causal_window", f32, win, ir.AttentionAttrs{Scale: 0.7, Causal: true, Window: 2}),
		attnCase("window_without_causal", f32, win, ir.AttentionAttrs{Scale: 0.7, Window: 2}),
		attnCase("symmetric_window", f32, win, ir.AttentionAttrs{Scale: 0.7, Window: 2, SymmetricWindow: true}),
		attnCase("symmetric_window_mask_positions", f32, dec, ir.AttentionAttrs{Scale: 0.5, Window: 2, SymmetricWindow: true, HasMask: true, HasPositions: true},
			tb(sh(2, 5), true, true, true, false, true, false, true, true, true, true), ti(ir.Int64, sh(2, 2), 0, 3, 4, 1)),
		attnCase("padding_mask_and_empty_row", f32, dec, ir.AttentionAttrs{Scale: 0.5, Causal: true, HasMask: true},
			tb(sh(2, 5), false, true, true, true, true, false, false, false, false, false)),
		attnCase("positions_rank1", f32, attnShape{B: 1, Hq: 1, Hkv: 1, Tq: 3, Tk: 6, D: 2, Dv: 2}, ir.AttentionAttrs{Scale: 1, Causal: true, HasPositions: true},
			ti(ir.Int32, sh(3), 0, 2, 5)),
		attnCase("positions_rank2_window", f32, dec, ir.AttentionAttrs{Scale: 0.5, Causal: true, Window: 3, HasPositions: true},
			ti(ir.Int64, sh(2, 2), 1, 2, 3, 4)),
		attnCase("sinks", f32, sq, ir.AttentionAttrs{Scale: 0.5, Causal: true, HasSinks: true}, tf(f32, sh(2), 0.5, -1)),
		attnCase("softcap", f32, sq, ir.AttentionAttrs{Scale: 3, SoftCap: 2}),
		attnCase("gqa_dv", f32, gqa, ir.AttentionAttrs{Scale: 0.5, Causal: true}),
		attnCase("everything_bf16", ir.BFloat16, gqa, ir.AttentionAttrs{Scale: 0.5, Causal: true, Window: 3, SoftCap: 5, HasMask: true, HasPositions: true, HasSinks: true},
			tb(sh(1, 4), true, true, false, true), ti(ir.Int32, sh(3), 1, 2, 3), tf(ir.BFloat16, sh(4), 0, 1, -1, 2)),
		attnCase("everything_f64", ir.Float64, gqa, ir.AttentionAttrs{Scale: 0.5, Causal: true, Window: 2, SoftCap: 1.5, HasMask: true, HasPositions: true, HasSinks: true},
			tb(sh(1, 4), true, false, true, true), ti(ir.Int64, sh(1, 3), 0, 3, 2), tf(ir.Float64, sh(4), 0.3, -0.2, 1, -3)),
		attnCase("f16", ir.Float16, sq, ir.AttentionAttrs{Scale: 0.5, Causal: true}),
		attnCase("no_queries", f32, attnShape{B: 1, Hq: 1, Hkv: 1, Tq: 0, Tk: 3, D: 2, Dv: 2}, ir.AttentionAttrs{Scale: 1}),
		attnCase("no_keys_zeros", f32, attnShape{B: 1, Hq: 2, Hkv: 1, Tq: 2, Tk: 0, D: 2, Dv: 3}, ir.AttentionAttrs{Scale: 1, HasSinks: true}, tf(f32, sh(2), 1, 2)),
	}
}
