package train

import (
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// ParamUpdate is one parameter's part of an optimizer step, as frontend tensors
// of the graph being built.
type ParamUpdate struct {
	Param *frontend.Tensor   // float32
	Grad  *frontend.Tensor   // float32, the parameter's shape
	State []*frontend.Tensor // in OptimizerConfig.States order
	// Decay says whether the parameter is in the weight-decay group.
	Decay bool
}

// Emit appends the update of u to u.Param's graph and returns the new
// parameter and the new state (in OptimizerConfig.States order). scalars holds the
// scalar float32 tensors named by c.ScalarNames (usually parameters of the
// program, fed from Scalars each step).
//
// The arithmetic is torch's single-tensor implementation, operation by
// operation in float32 (transformers' for Adafactor); scalars torch takes
// from Python floats enter rounded to float32 (constants of the graph for
// hyper-parameters, scalars inputs for what changes per step). Where torch's
// CPU kernels fuse a multiply-add (lerp, add with alpha) kiln rounds twice,
// as torch's scalar code path does: the two differ by at most an ulp.
func (c OptimizerConfig) Emit(u ParamUpdate, scalars map[string]*frontend.Tensor) (*frontend.Tensor, []*frontend.Tensor, error) {
	if u.Param == nil || u.Grad == nil {
		return nil, nil, fmt.Errorf("optimizer %s: update without a parameter or gradient", c.Rule)
	}
	if u.Param.DType() != ir.Float32 || !u.Grad.Type().Equal(u.Param.Type()) {
		return nil, nil, fmt.Errorf("optimizer %s: parameter %s and gradient %s: want float32 tensors of one shape", c.Rule, u.Param.Type(), u.Grad.Type())
	}
	specs := c.States(u.Param.Type())
	if len(u.State) != len(specs) {
		return nil, nil, fmt.Errorf("optimizer %s: %d state tensors, want %d", c.Rule, len(u.State), len(specs))
	}
	for i, sp := range specs {
		if u.State[i] == nil || !u.State[i].Type().Equal(sp.Type) {
			return nil, nil, fmt.Errorf("optimizer %s: state %s is %v, want %s", c.Rule, sp.Suffix, u.State[i], sp.Type)
		}
	}
	for _, n := range c.ScalarNames() {
		if t := scalars[n]; t == nil || t.DType() != ir.Float32 || t.Rank() != 0 {
			return nil, nil, fmt.Errorf("optimizer %s: scalar input %s missing or not a float32 scalar", c.Rule, n)
		}
	}
	switch c.Rule {
	case RuleAdamW, RuleAdam:
		p, m, v := c.emitAdam(u, scalars)
		return p, []*frontend.Tensor{m, v}, nil
	case RuleSGD:
		return c.emitSGD(u, scalars)
	case RuleAdafactor:
		return c.emitAdafactor(u, scalars)
	}
	return nil, nil, fmt.Errorf("optimizer: unknown rule %d", int(c.Rule))
}

// f32 rounds a Python float to the float32 torch's kernels use for it.
func roundF32(v float64) float64 { return float64(float32(v)) }

// addScaled returns a + alpha*b (torch's a.add(b, alpha=alpha)).
func addScaled(a, b *frontend.Tensor, alpha float64) *frontend.Tensor {
	if alpha == 1 {
		return a.Add(b)
	}
	return a.Add(b.MulScalar(alpha))
}

// lerp returns torch's self.lerp(end, w) for a Python-float weight:
// self + w*(end-self) when |w| < 0.5, else end - (end-self)*(1-w), the
// float32 1-w computed in float32.
func lerp(self, end *frontend.Tensor, w float64) *frontend.Tensor {
	w = roundF32(w)
	diff := end.Sub(self)
	if math.Abs(w) < 0.5 {
		return self.Add(diff.MulScalar(w))
	}
	return end.Sub(diff.MulScalar(float64(float32(1) - float32(w))))
}

// emitAdam is torch's _single_tensor_adam (decoupled weight decay for
// AdamW, amsgrad off, maximize off).
func (c OptimizerConfig) emitAdam(u ParamUpdate, sc map[string]*frontend.Tensor) (p, m, v *frontend.Tensor) {
	p, grad := u.Param, u.Grad
	if u.Decay && c.WeightDecay != 0 {
		if c.Rule == RuleAdamW {
			p = p.Mul(sc[ScalarDecay]) // param.mul_(1 - lr*wd)
		} else {
			grad = addScaled(grad, p, c.WeightDecay) // grad.add(param, alpha=wd)
		}
	}
	m = lerp(u.State[0], grad, 1-c.Beta1)
	// exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1-beta2)
	v = u.State[1].MulScalar(c.Beta2).Add(grad.MulScalar(1 - c.Beta2).Mul(grad))
	// denom = (exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(eps)
	denom := v.Sqrt().Div(sc[ScalarBiasCorrection2Sqrt]).AddScalar(c.Epsilon)
	// param.addcdiv_(exp_avg, denom, value=-step_size)
	p = p.Add(m.Mul(sc[ScalarNegStepSize]).Div(denom))
	return p, m, v
}

// emitSGD is torch's _single_tensor_sgd (maximize off).
func (c OptimizerConfig) emitSGD(u ParamUpdate, sc map[string]*frontend.Tensor) (*frontend.Tensor, []*frontend.Tensor, error) {
	p, grad := u.Param, u.Grad
	if u.Decay && c.WeightDecay != 0 {
		grad = addScaled(grad, p, c.WeightDecay)
	}
	var state []*frontend.Tensor
	if c.Momentum != 0 {
		// buf = grad at step 1, else buf.mul_(momentum).add_(grad, alpha=1-dampening)
		buf := u.State[0].Mul(sc[ScalarMomentum]).Add(grad.Mul(sc[ScalarGradWeight]))
		state = []*frontend.Tensor{buf}
		if c.Nesterov {
			grad = addScaled(grad, buf, c.Momentum)
		} else {
			grad = buf
		}
	}
	return p.Add(grad.Mul(sc[ScalarNegLR])), state, nil
}

// rms is transformers' Adafactor._rms: tensor.norm(2) / numel**0.5.
func rms(t *frontend.Tensor) *frontend.Tensor {
	n := 1
	for _, d := range t.Shape() {
		n *= d
	}
	return t.Mul(t).Sum().Sqrt().DivScalar(math.Sqrt(float64(n)))
}

// meanLast is torch's mean over axis (a sum divided by the count).
func meanAxis(t *frontend.Tensor, axis int, keep bool) *frontend.Tensor {
	n := t.Dim(axis)
	if keep {
		return t.SumKeep(axis).DivScalar(float64(n))
	}
	return t.Sum(axis).DivScalar(float64(n))
}

// emitAdafactor is transformers.optimization.Adafactor.step for one
// float32 parameter.
func (c OptimizerConfig) emitAdafactor(u ParamUpdate, sc map[string]*frontend.Tensor) (*frontend.Tensor, []*frontend.Tensor, error) {
	p, grad := u.Param, u.Grad
	st := u.State
	var expAvg *frontend.Tensor
	if c.HasAdafactorBeta1 {
		expAvg, st = st[0], st[1:]
	}
	// lr = param_scale * rel_step_sz; with scale_parameter param_scale is
	// max(eps[1], RMS(p)): the RMS tensor when larger (a float32 product),
	// else the Python float eps[1] (a float64 product, rounded once).
	lr := sc[ScalarLR]
	if c.ScaleParameter {
		r := rms(p)
		lr = frontend.Where(r.Gt(r.Scalar(c.AdafactorEps2)), r.Mul(sc[ScalarLR]), sc[ScalarEps2LR])
	}
	beta2t, oneMinus := sc[ScalarBeta2t], sc[ScalarOneMinusBeta2t]
	upd := grad.Mul(grad).AddScalar(c.AdafactorEps1)
	var newState []*frontend.Tensor
	if rank := p.Rank(); rank >= 2 {
		row := st[0].Mul(beta2t).Add(meanAxis(upd, -1, false).Mul(oneMinus))
		col := st[1].Mul(beta2t).Add(meanAxis(upd, -2, false).Mul(oneMinus))
		newState = []*frontend.Tensor{row, col}
		// _approx_sq_grad: rsqrt(row / row.mean(-1, keepdim)).unsqueeze(-1)
		// times rsqrt(col.unsqueeze(-2)).
		rFactor := row.Div(meanAxis(row, -1, true)).Rsqrt().Unsqueeze(-1)
		cFactor := col.Unsqueeze(-2).Rsqrt()
		upd = rFactor.Mul(cFactor).Mul(grad)
	} else {
		v := st[0].Mul(beta2t).Add(upd.Mul(oneMinus))
		newState = []*frontend.Tensor{v}
		upd = v.Rsqrt().Mul(grad)
	}
	// update.div_((rms(update) / clip_threshold).clamp_(min=1.0)); update.mul_(lr)
	upd = upd.Div(rms(upd).DivScalar(c.ClipThreshold).MaxScalar(1)).Mul(lr)
	if c.HasAdafactorBeta1 {
		expAvg = expAvg.MulScalar(c.AdafactorBeta1).Add(upd.MulScalar(1 - c.AdafactorBeta1))
		upd = expAvg
		newState = append([]*frontend.Tensor{expAvg}, newState...)
	}
	if u.Decay && c.WeightDecay != 0 {
		// p.add_(p, alpha=-wd*lr)
		alpha := sc[ScalarNegDecayLR]
		if c.ScaleParameter {
			alpha = lr.MulScalar(-c.WeightDecay)
		}
		p = p.Add(p.Mul(alpha))
	}
	return p.Sub(upd), newState, nil
}
