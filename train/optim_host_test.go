package train

import (
	"math"
)

// A host re-implementation of the update rules in float32, following
// torch's (and transformers') operation order with no float64 anywhere
// except where Python computes in float64 (the per-step scalars, which it
// takes from OptimizerConfig.Scalars). It is what the compiled updates are checked
// against.

type hostParam struct {
	shape []int
	p     []float32
	state [][]float32
	decay bool
}

func sqrt32(x float32) float32  { return float32(math.Sqrt(float64(x))) }
func rsqrt32(x float32) float32 { return 1 / sqrt32(x) }

func hostLerp(s, e, w float32) float32 {
	if float32(math.Abs(float64(w))) < 0.5 {
		d := e - s
		return s + float32(w*d)
	}
	d := e - s
	return e - float32(d*(1-w))
}

func hostAdam(c OptimizerConfig, hp *hostParam, grad []float32, sc map[string]float32) {
	m, v := hp.state[0], hp.state[1]
	for i := range hp.p {
		p, g := hp.p[i], grad[i]
		if hp.decay && c.WeightDecay != 0 {
			if c.Rule == RuleAdamW {
				p = p * sc[ScalarDecay]
			} else {
				g = g + float32(float32(c.WeightDecay)*p)
			}
		}
		m[i] = hostLerp(m[i], g, float32(1-c.Beta1))
		v[i] = float32(v[i]*float32(c.Beta2)) + float32(float32(float32(1-c.Beta2)*g)*g)
		denom := sqrt32(v[i])/sc[ScalarBiasCorrection2Sqrt] + float32(c.Epsilon)
		hp.p[i] = p + float32(m[i]*sc[ScalarNegStepSize])/denom
	}
}

func hostSGD(c OptimizerConfig, hp *hostParam, grad []float32, sc map[string]float32) {
	for i := range hp.p {
		p, g := hp.p[i], grad[i]
		if hp.decay && c.WeightDecay != 0 {
			g = g + float32(float32(c.WeightDecay)*p)
		}
		if c.Momentum != 0 {
			buf := float32(hp.state[0][i]*sc[ScalarMomentum]) + float32(g*sc[ScalarGradWeight])
			hp.state[0][i] = buf
			if c.Nesterov {
				g = g + float32(float32(c.Momentum)*buf)
			} else {
				g = buf
			}
		}
		hp.p[i] = p + float32(g*sc[ScalarNegLR])
	}
}

func hostRMS(x []float32) float32 {
	var s float32
	for _, v := range x {
		s += float32(v * v)
	}
	return sqrt32(s) / float32(math.Sqrt(float64(len(x))))
}

// hostAdafactor handles parameters of rank 1 and 2.
func hostAdafactor(c OptimizerConfig, hp *hostParam, grad []float32, sc map[string]float32) {
	n := len(hp.p)
	st := hp.state
	var expAvg []float32
	if c.HasAdafactorBeta1 {
		expAvg, st = st[0], st[1:]
	}
	lr := sc[ScalarLR]
	if c.ScaleParameter {
		if r := hostRMS(hp.p); r > float32(c.AdafactorEps2) {
			lr = r * sc[ScalarLR]
		} else {
			lr = sc[ScalarEps2LR]
		}
	}
	b2, om := sc[ScalarBeta2t], sc[ScalarOneMinusBeta2t]
	upd := make([]float32, n)
	for i, g := range grad {
		upd[i] = float32(g*g) + float32(c.AdafactorEps1)
	}
	if len(hp.shape) == 2 {
		R, C := hp.shape[0], hp.shape[1]
		row, col := st[0], st[1]
		for r := 0; r < R; r++ {
			var s float32
			for k := 0; k < C; k++ {
				s += upd[r*C+k]
			}
			row[r] = float32(row[r]*b2) + float32(s/float32(C)*om)
		}
		for k := 0; k < C; k++ {
			var s float32
			for r := 0; r < R; r++ {
				s += upd[r*C+k]
			}
			col[k] = float32(col[k]*b2) + float32(s/float32(R)*om)
		}
		var rs float32
		for _, v := range row {
			rs += v
		}
		rmean := rs / float32(R)
		for r := 0; r < R; r++ {
			rf := rsqrt32(row[r] / rmean)
			for k := 0; k < C; k++ {
				upd[r*C+k] = float32(rf*rsqrt32(col[k])) * grad[r*C+k]
			}
		}
	} else {
		v := st[0]
		for i := range v {
			v[i] = float32(v[i]*b2) + float32(upd[i]*om)
			upd[i] = rsqrt32(v[i]) * grad[i]
		}
	}
	div := float32(math.Max(float64(hostRMS(upd)/float32(c.ClipThreshold)), 1))
	for i := range upd {
		upd[i] = float32(upd[i]/div) * lr
	}
	if c.HasAdafactorBeta1 {
		for i := range upd {
			expAvg[i] = float32(expAvg[i]*float32(c.AdafactorBeta1)) + float32(upd[i]*float32(1-c.AdafactorBeta1))
			upd[i] = expAvg[i]
		}
	}
	if hp.decay && c.WeightDecay != 0 {
		alpha := sc[ScalarNegDecayLR]
		if c.ScaleParameter {
			alpha = lr * float32(-c.WeightDecay)
		}
		for i := range hp.p {
			hp.p[i] = hp.p[i] + float32(hp.p[i]*alpha)
		}
	}
	for i := range hp.p {
		hp.p[i] -= upd[i]
	}
}

// hostClip scales grads in place as torch's clip_grad_norm_ and returns
// the pre-clip norm.
func hostClip(grads [][]float32, maxNorm float64) float32 {
	var total float32
	for _, g := range grads {
		var s float32
		for _, v := range g {
			s += float32(v * v)
		}
		n := sqrt32(s)
		total += float32(n * n)
	}
	norm := sqrt32(total)
	coef := float32(maxNorm) / (norm + float32(1e-6))
	if coef > 1 {
		coef = 1
	}
	for _, g := range grads {
		for i := range g {
			g[i] *= coef
		}
	}
	return norm
}

func hostStep(c OptimizerConfig, hp *hostParam, grad []float32, sc map[string]float32) {
	switch c.Rule {
	case RuleAdam, RuleAdamW:
		hostAdam(c, hp, grad, sc)
	case RuleSGD:
		hostSGD(c, hp, grad, sc)
	case RuleAdafactor:
		hostAdafactor(c, hp, grad, sc)
	}
}
