package backendtest

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// compTol widens the tolerance of composite ops in the narrow float types,
// where a backend may compute the decomposition's steps in that type.
func compTol(d ir.DType) float64 {
	switch d {
	case ir.BFloat16:
		return 4e-2
	case ir.Float16:
		return 6e-3
	}
	return 0
}

// lanes calls fn with the flat offsets of every lane along axis.
func lanes(shape ir.Shape, axis int, fn func(offs []int)) {
	outer := append(ir.Shape{}, shape...)
	outer[axis] = 1
	forEach(outer, func(idx []int) {
		offs := make([]int, shape[axis])
		j := append([]int(nil), idx...)
		for k := range offs {
			j[axis] = k
			offs[k] = offset(shape, j)
		}
		fn(offs)
	})
}

// softmaxRef computes softmax (or log-softmax) through the log-sum-exp:
// lse = m + log(sum exp(x - m)); softmax = exp(x - lse).
func softmaxRef(x *tensor.Tensor, axis int, logForm bool) *tensor.Tensor {
	xs := x.Float64s()
	out := make([]float64, len(xs))
	lanes(x.Shape, axis, func(offs []int) {
		m := math.Inf(-1)
		for _, o := range offs {
			if math.IsNaN(xs[o]) || xs[o] > m {
				m = xs[o]
			}
			if math.IsNaN(m) {
				break
			}
		}
		var s float64
		for _, o := range offs {
			s += math.Exp(xs[o] - m)
		}
		lse := m + math.Log(s)
		for _, o := range offs {
			if logForm {
				out[o] = (xs[o] - m) - math.Log(s)
			} else {
				out[o] = math.Exp(xs[o] - lse)
			}
		}
	})
	return tf(x.DType, x.Shape, out...)
}

// normRef is LayerNorm (with Welford's mean and variance) or, when bias
// is nil and rms is set, Hugging Face's RMSNorm: the normalized value is
// rounded to x's dtype before the weight multiplies it.
func normRef(x, w, b *tensor.Tensor, eps float64, rms bool) *tensor.Tensor {
	xs, ws := x.Float64s(), w.Float64s()
	var bs []float64
	if b != nil {
		bs = b.Float64s()
	}
	n := len(ws)
	out := make([]float64, len(xs))
	for r := 0; n > 0 && r < len(xs)/n; r++ {
		row := xs[r*n : (r+1)*n]
		if rms {
			var ss float64
			for _, v := range row {
				ss += v * v
			}
			scale := 1 / math.Sqrt(ss/float64(n)+eps)
			for j, v := range row {
				normed := tf(x.DType, nil, v*scale).Float64s()[0]
				out[r*n+j] = normed * ws[j]
			}
			continue
		}
		var mean, m2 float64
		for k, v := range row {
			d := v - mean
			mean += d / float64(k+1)
			m2 += d * (v - mean)
		}
		sd := math.Sqrt(m2/float64(n) + eps)
		for j, v := range row {
			out[r*n+j] = (v-mean)/sd*ws[j] + bs[j]
		}
	}
	return tf(x.DType, x.Shape, out...)
}

var activationInputs = []float64{0, negZ, 1, -1, 0.5, -0.5, 2, -2, 3.5, -3.5, 6, -6, 10, -10, 1e-3, 40, -40, nan}

func compositeCases() []opCase {
	var cs []opCase
	for _, logForm := range []bool{false, true} {
		op := ir.OpSoftmax
		if logForm {
			op = ir.OpLogSoftmax
		}
		logForm := logForm
		smx := func(name string, x *tensor.Tensor, axis int) opCase {
			return simple(name, op, &ir.AxisAttrs{Axis: axis}, x).withTol(compTol(x.DType)).
				withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor { return softmaxRef(in[0], axis, logForm) }))
		}
		cs = append(cs,
			smx("rows_odd_f32", seqT(ir.Float32, sh(7, 13), 3, 0.1), 1),
			smx("cols_odd_f32", seqT(ir.Float32, sh(7, 13), 3, 0.2), 0),
			smx("rank3_middle_f64", seqT(ir.Float64, sh(2, 5, 3), 4, 0.3), 1),
			smx("bf16", seqT(ir.BFloat16, sh(4, 9), 3, 0.4), 1),
			smx("f16", seqT(ir.Float16, sh(3, 6), 3, 0.5), 1),
			smx("masked_and_large_f32", tf(ir.Float32, sh(3, 3), 1000, 1001, -inf, -inf, -inf, -inf, 0, 1, nan), 1),
			smx("single_f32", tf(ir.Float32, sh(1), 5), 0),
			smx("empty_lane_f32", tf(ir.Float32, sh(3, 0)), 1),
			smx("empty_batch_f32", tf(ir.Float32, sh(0, 4)), 1),
		)
	}
	e1, e2, e3 := math.Exp(1), math.Exp(2), math.Exp(3)
	s := e1 + e2 + e3
	cs = append(cs,
		simple("literal", ir.OpSoftmax, &ir.AxisAttrs{Axis: 0}, tf(ir.Float64, sh(3), 1, 2, 3)).expect(tf(ir.Float64, sh(3), e1/s, e2/s, e3/s)),
		simple("literal", ir.OpLogSoftmax, &ir.AxisAttrs{Axis: 0}, tf(ir.Float64, sh(3), 1, 2, 3)).
			expect(tf(ir.Float64, sh(3), 1-math.Log(s), 2-math.Log(s), 3-math.Log(s))),
		simple("uniform_literal", ir.OpSoftmax, &ir.AxisAttrs{Axis: 1}, tf(ir.Float32, sh(1, 4), 7, 7, 7, 7)).expect(tf(ir.Float32, sh(1, 4), 0.25, 0.25, 0.25, 0.25)),
	)
	ln := func(name string, x, w, b *tensor.Tensor, eps float64) opCase {
		return simple(name, ir.OpLayerNorm, &ir.NormAttrs{Eps: eps}, x, w, b).withTol(compTol(x.DType)).
			withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor { return normRef(in[0], in[1], in[2], eps, false) }))
	}
	cs = append(cs,
		simple("literal", ir.OpLayerNorm, &ir.NormAttrs{Eps: 0}, tf(ir.Float64, sh(2), 1, 3), tf(ir.Float64, sh(2), 2, 2), tf(ir.Float64, sh(2), 0, 1)).
			expect(tf(ir.Float64, sh(2), -2, 3)),
		ln("odd_f32", seqT(ir.Float32, sh(3, 7), 2, 0.1), seqT(ir.Float32, sh(7), 1, 0.2), seqT(ir.Float32, sh(7), 1, 0.3), 1e-5),
		ln("weight_rank2_f64", seqT(ir.Float64, sh(4, 2, 3), 2, 0.4), seqT(ir.Float64, sh(2, 3), 1, 0.5), seqT(ir.Float64, sh(2, 3), 1, 0.6), 1e-6),
		ln("bf16", seqT(ir.BFloat16, sh(2, 16), 2, 0.7), seqT(ir.BFloat16, sh(16), 1, 0.8), seqT(ir.BFloat16, sh(16), 1, 0.9), 1e-5),
		ln("f16_offset_rows", tf(ir.Float16, sh(2, 4), 100, 101, 102, 103, -5, -5, -5, -5), tf(ir.Float16, sh(4), 1, 1, 1, 1), tf(ir.Float16, sh(4), 0, 0, 0, 0.5), 1e-5),
		ln("empty_rows_f32", tf(ir.Float32, sh(0, 4)), seqT(ir.Float32, sh(4), 1, 1), seqT(ir.Float32, sh(4), 1, 1.1), 1e-5),
	)
	rn := func(name string, x, w *tensor.Tensor, eps float64) opCase {
		return simple(name, ir.OpRMSNorm, &ir.NormAttrs{Eps: eps}, x, w).withTol(compTol(x.DType)).
			withRef(refOne(func(in []*tensor.Tensor) *tensor.Tensor { return normRef(in[0], in[1], nil, eps, true) }))
	}
	cs = append(cs,
		simple("literal", ir.OpRMSNorm, &ir.NormAttrs{Eps: 0}, tf(ir.Float64, sh(2), 3, 4), tf(ir.Float64, sh(2), 1, 2)).
			expect(tf(ir.Float64, sh(2), 3/math.Sqrt(12.5), 8/math.Sqrt(12.5))),
		rn("odd_f32", seqT(ir.Float32, sh(3, 7), 2, 0.1), seqT(ir.Float32, sh(7), 1, 0.2), 1e-6),
		rn("bf16_hf_rounding", seqT(ir.BFloat16, sh(2, 16), 2, 0.3), seqT(ir.BFloat16, sh(16), 1.5, 0.4), 1e-6),
		rn("f16", seqT(ir.Float16, sh(3, 8), 2, 0.5), seqT(ir.Float16, sh(8), 1, 0.6), 1e-5),
		rn("weight_rank2_f64", seqT(ir.Float64, sh(2, 2, 3), 2, 0.7), seqT(ir.Float64, sh(2, 3), 1, 0.8), 1e-6),
		rn("zero_row_f32", tf(ir.Float32, sh(1, 3), 0, 0, 0), tf(ir.Float32, sh(3), 1, 2, 3), 1e-6),
	)
	geluRef := func(approx ir.GeluApprox) func(xs ...float64) float64 {
		return func(xs ...float64) float64 {
			x := xs[0]
			if approx == ir.GeluExact {
				return 0.5 * x * math.Erfc(-x/math.Sqrt2)
			}
			return 0.5 * x * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(x+0.044715*x*x*x)))
		}
	}
	for _, approx := range []ir.GeluApprox{ir.GeluExact, ir.GeluTanh} {
		for _, d := range floats {
			cs = append(cs, simple(approx.String()+"_specials_"+d.String(), ir.OpGelu, &ir.GeluAttrs{Approx: approx},
				tf(d, sh(len(activationInputs)), activationInputs...)).withRef(mapFloat(d, geluRef(approx))).withTol(compTol(d)))
		}
		cs = append(cs, simple(approx.String()+"_odd_f32", ir.OpGelu, &ir.GeluAttrs{Approx: approx}, seqT(ir.Float32, sh(7, 13), 4, 0.3)).
			withRef(mapFloat(ir.Float32, geluRef(approx))))
	}
	cs = append(cs,
		simple("exact_literal", ir.OpGelu, &ir.GeluAttrs{Approx: ir.GeluExact}, tf(ir.Float64, sh(3), 1, 0, -1)).
			expect(tf(ir.Float64, sh(3), 0.8413447460685429, 0, -0.15865525393145707)),
		simple("tanh_literal", ir.OpGelu, &ir.GeluAttrs{Approx: ir.GeluTanh}, tf(ir.Float64, sh(1), 1)).
			expect(tf(ir.Float64, sh(1), 0.5*(1+math.Tanh(math.Sqrt(2/math.Pi)*1.044715)))),
		simple("empty_f32", ir.OpGelu, &ir.GeluAttrs{}, tf(ir.Float32, sh(0))).expect(tf(ir.Float32, sh(0))),
	)
	siluRef := func(xs ...float64) float64 { return xs[0] / (1 + math.Exp(-xs[0])) }
	for _, d := range floats {
		cs = append(cs, simple("specials_"+d.String(), ir.OpSilu, nil, tf(d, sh(len(activationInputs)), activationInputs...)).
			withRef(mapFloat(d, siluRef)).withTol(compTol(d)))
	}
	cs = append(cs,
		simple("odd_f32", ir.OpSilu, nil, seqT(ir.Float32, sh(7, 13), 4, 0.6)).withRef(mapFloat(ir.Float32, siluRef)),
		simple("literal", ir.OpSilu, nil, tf(ir.Float64, sh(2), 1, 0)).expect(tf(ir.Float64, sh(2), 1/(1+math.Exp(-1)), 0)),
		simple("scalar_f32", ir.OpSilu, nil, tf(ir.Float32, nil, -2)).withRef(mapFloat(ir.Float32, siluRef)),
	)
	return cs
}
