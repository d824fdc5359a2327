package train

import (
	"context"
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/session"
	"github.com/kiln-ml/kiln/tensor"
)

// OptimParam is a trained parameter: a float32 session buffer of this name and
// type, and whether it is in the weight-decay group.
type OptimParam struct {
	Name  string
	Type  ir.Type
	Decay bool
}

// GradName is the name of a parameter's gradient input in an update
// program.
func GradName(param string) string { return "grad." + param }

// StateName is the session buffer of a parameter's optimizer state.
func StateName(param, suffix string) string { return param + "." + suffix }

// GradNormResult is the update program's result holding the pre-clip
// global gradient norm (when clipping is on).
const GradNormResult = "grad_norm"

// Optimizer applies optimizer steps to parameters held in a session: the
// parameters and their state stay session buffers, and one compiled
// program (per session key) clips the gradients and updates all of them
// in place, with donation. It is not safe for concurrent use.
type Optimizer[K comparable] struct {
	sess        *session.Session[K]
	key         K
	cfg         OptimizerConfig
	params      []OptimParam
	maxGradNorm float64
	step        int
}

// NewOptimizer checks cfg and that every parameter is a float32 session
// buffer of its type, and creates the zero state buffers
// (StateName(param, suffix)) that do not exist yet. maxGradNorm > 0 clips
// by global norm first; 0 turns clipping off. key is the session key of
// the update program; it must be used for nothing else.
func NewOptimizer[K comparable](s *session.Session[K], key K, cfg OptimizerConfig, params []OptimParam, maxGradNorm float64) (*Optimizer[K], error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if maxGradNorm < 0 || math.IsNaN(maxGradNorm) || math.IsInf(maxGradNorm, 0) {
		return nil, fmt.Errorf("optimizer: max_grad_norm = %v, want a finite value >= 0", maxGradNorm)
	}
	if len(params) == 0 {
		return nil, fmt.Errorf("optimizer %s: no parameters", cfg.Rule)
	}
	seen := map[string]bool{}
	for _, p := range params {
		if seen[p.Name] {
			return nil, fmt.Errorf("optimizer %s: parameter %q listed twice", cfg.Rule, p.Name)
		}
		seen[p.Name] = true
		if p.Type.DType != ir.Float32 {
			return nil, fmt.Errorf("optimizer %s: parameter %q is %s, want float32 master weights", cfg.Rule, p.Name, p.Type)
		}
		buf, err := s.Buffer(p.Name)
		if err != nil {
			return nil, fmt.Errorf("optimizer %s: parameter %q: %w", cfg.Rule, p.Name, err)
		}
		if !buf.Type().Equal(p.Type) {
			return nil, fmt.Errorf("optimizer %s: parameter %q is %s in the session, declared %s", cfg.Rule, p.Name, buf.Type(), p.Type)
		}
	}
	for _, p := range params {
		for _, sp := range cfg.States(p.Type) {
			name := StateName(p.Name, sp.Suffix)
			if s.Has(name) {
				continue
			}
			z, err := tensor.New(sp.Type.DType, sp.Type.Shape)
			if err != nil {
				return nil, fmt.Errorf("optimizer state %s: %w", name, err)
			}
			if err := s.Upload(name, z); err != nil {
				return nil, fmt.Errorf("optimizer state %s: %w", name, err)
			}
		}
	}
	return &Optimizer[K]{sess: s, key: key, cfg: cfg, params: params, maxGradNorm: maxGradNorm}, nil
}

// Steps returns how many steps have been applied.
func (o *Optimizer[K]) Steps() int { return o.step }

// Build returns the update program: parameters, states, gradients
// (GradName) and the per-step scalars are its parameters; it returns each
// new parameter and state under "<buffer>.new" and, with clipping,
// GradNormResult.
func (o *Optimizer[K]) Build() (*ir.Func, error) {
	return frontend.Build("optimizer_"+o.cfg.Rule.String(), func(g *frontend.Graph) error {
		scalars := map[string]*frontend.Tensor{}
		for _, n := range o.cfg.ScalarNames() {
			scalars[n] = g.Param(n, ir.Float32)
		}
		ps := make([]*frontend.Tensor, len(o.params))
		grads := make([]*frontend.Tensor, len(o.params))
		for i, p := range o.params {
			ps[i] = g.Param(p.Name, ir.Float32, p.Type.Shape...)
			grads[i] = g.Param(GradName(p.Name), ir.Float32, p.Type.Shape...)
		}
		var outs []frontend.Output
		if o.maxGradNorm > 0 {
			norm, clipped, err := ClipByGlobalNorm(grads, o.maxGradNorm)
			if err != nil {
				return err
			}
			grads = clipped
			outs = append(outs, frontend.Out(GradNormResult, norm))
		}
		ups, err := emitUpdates(g, o.cfg, o.params, func(i int) *frontend.Tensor { return ps[i] }, grads, scalars)
		if err != nil {
			return err
		}
		outs = append(outs, ups...)
		g.Return(outs...)
		return nil
	})
}

// emitUpdates declares the optimizer state of every parameter in g and
// emits its update rule, returning the new parameter and state values
// under "<buffer>.new". param(i) is the value of params[i]; it is called
// after that parameter's state is declared, so the update program and the
// train step declare their parameters in the same order.
func emitUpdates(g *frontend.Graph, cfg OptimizerConfig, params []OptimParam, param func(i int) *frontend.Tensor, grads []*frontend.Tensor, scalars map[string]*frontend.Tensor) ([]frontend.Output, error) {
	var outs []frontend.Output
	for i, p := range params {
		specs := cfg.States(p.Type)
		state := make([]*frontend.Tensor, len(specs))
		for j, sp := range specs {
			state[j] = g.Param(StateName(p.Name, sp.Suffix), ir.Float32, sp.Type.Shape...)
		}
		np, ns, err := cfg.Emit(ParamUpdate{Param: param(i), Grad: grads[i], State: state, Decay: p.Decay}, scalars)
		if err != nil {
			return nil, fmt.Errorf("parameter %s: %w", p.Name, err)
		}
		outs = append(outs, frontend.Out(p.Name+".new", np))
		for j, sp := range specs {
			outs = append(outs, frontend.Out(StateName(p.Name, sp.Suffix)+".new", ns[j]))
		}
	}
	return outs, nil
}

// Step applies one optimizer step at learning rate lr with the
// (accumulated) gradients, one float32 buffer per parameter keyed by the
// parameter's name. Parameters and state are replaced in place; the
// gradient buffers are donated (invalid afterwards). It returns the
// pre-clip global norm buffer (a float32 scalar the caller downloads when
// it logs) or nil without clipping. The program is compiled on the first
// step only.
func (o *Optimizer[K]) Step(ctx context.Context, grads map[string]backends.Buffer, lr float64) (backends.Buffer, error) {
	step := o.step + 1
	vals, err := o.cfg.Scalars(step, lr)
	if err != nil {
		return nil, err
	}
	if len(grads) != len(o.params) {
		return nil, fmt.Errorf("optimizer step %d: %d gradients for %d parameters", step, len(grads), len(o.params))
	}
	prog, err := o.sess.Program(ctx, o.key, func(context.Context) (*ir.Func, error) { return o.Build() })
	if err != nil {
		return nil, fmt.Errorf("optimizer step %d: %w", step, err)
	}
	inputs := map[string]backends.Buffer{}
	var uploaded []backends.Buffer
	defer func() {
		for _, b := range uploaded {
			b.Free()
		}
	}()
	for name, v := range vals {
		t, err := tensor.ScalarFloat64(ir.Float32, float64(v))
		if err != nil {
			return nil, err
		}
		b, err := o.sess.Backend().Upload(t)
		if err != nil {
			return nil, fmt.Errorf("optimizer step %d: uploading %s: %w", step, name, err)
		}
		uploaded = append(uploaded, b)
		inputs[name] = b
	}
	updates := map[string]string{}
	var donate []string
	for _, p := range o.params {
		gb, ok := grads[p.Name]
		if !ok {
			return nil, fmt.Errorf("optimizer step %d: no gradient for parameter %q", step, p.Name)
		}
		inputs[GradName(p.Name)] = gb
		donate = append(donate, GradName(p.Name))
		updates[p.Name+".new"] = p.Name
		for _, sp := range o.cfg.States(p.Type) {
			n := StateName(p.Name, sp.Suffix)
			updates[n+".new"] = n
		}
	}
	out, err := o.sess.Run(ctx, prog, session.Call{Inputs: inputs, Donate: donate, Updates: updates})
	if err != nil {
		return nil, fmt.Errorf("optimizer step %d: %w", step, err)
	}
	o.step = step
	return out[GradNormResult], nil
}
