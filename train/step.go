package train

import (
	"context"
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/session"
	"github.com/kiln-ml/kiln/tensor"
)

// StepConfig configures a compiled training step.
type StepConfig struct {
	// Optimizer is the update rule and its hyper-parameters.
	Optimizer OptimizerConfig
	// MaxGradNorm > 0 clips the gradients by global norm before the
	// update (TrainingArguments.max_grad_norm); 0 turns clipping off.
	MaxGradNorm float64
	// Decay says whether a parameter (by its Hugging Face name) is in the
	// weight-decay group; nil means the HF Trainer's groups
	// (Decays(name, nil)).
	Decay func(param string) bool
	// Accumulation is gradient_accumulation_steps: the most micro-batches
	// one Run takes (0 means 1).
	Accumulation int
	// BF16 trains with torch.autocast(bfloat16) semantics: float32 master
	// weights and optimizer state, bf16 matmul inputs with float32
	// accumulation, float32 losses and norms.
	BF16 bool
}

// StepResult holds one step's logged values as float32 scalar buffers on
// the backend; the caller downloads them when it logs and frees them.
type StepResult struct {
	// Loss is the model's loss before the update.
	Loss backends.Buffer
	// GradNorm is the pre-clip global L2 norm of the gradients (what the
	// HF Trainer logs as grad_norm), computed with or without clipping.
	GradNorm backends.Buffer
}

// Free releases both buffers.
func (r StepResult) Free() {
	if r.Loss != nil {
		r.Loss.Free()
	}
	if r.GradNorm != nil {
		r.GradNorm.Free()
	}
}

// stepKey is the session key of a Step's program: unique per Step.
type stepKey struct{ s *Step }

// Step is one compiled training step of a Runner's model for one Spec:
// the forward pass with labels, the loss, the gradient of every weight
// (package autodiff), global-norm clipping and the optimizer update, all
// in ONE program. The weights are the Runner's session buffers; the
// optimizer state is created beside them (StateName); every step replaces
// both in place through Call.Updates (donated), so they never leave the
// backend. The program is compiled once, by NewStep; Run never compiles.
// A Step is not safe for concurrent use.
type Step struct {
	sess   *session.Session[any]
	spec   models.Spec
	cfg    StepConfig
	params []OptimParam
	inputs []*ir.Value // the program's per-call inputs (models.IsInputName)
	prog   *session.Program
	step   int
}

// NewStep builds and compiles the training step of r's model for spec
// (spec.Labels must be set: the loss is the model's). Every float
// parameter of the model that is not an input is trained; they must be
// float32 (the Runner's compute dtype float32: master weights). The
// weights are uploaded to r's session if they are not there yet, and the
// optimizer state buffers are created as zeros. Errors name the spec, the
// parameter or the option at fault.
func NewStep(ctx context.Context, r *models.Runner, spec models.Spec, cfg StepConfig) (*Step, error) {
	if r == nil {
		return nil, fmt.Errorf("train step: nil runner")
	}
	if !spec.Labels {
		return nil, fmt.Errorf("train step %s: spec.Labels is false, want the model's loss", spec)
	}
	if math.IsNaN(cfg.MaxGradNorm) || math.IsInf(cfg.MaxGradNorm, 0) || cfg.MaxGradNorm < 0 {
		return nil, fmt.Errorf("train step %s: max_grad_norm = %v, want a finite value >= 0", spec, cfg.MaxGradNorm)
	}
	if cfg.Accumulation > 1 {
		return nil, fmt.Errorf("train step %s: gradient_accumulation_steps = %d is not implemented yet", spec, cfg.Accumulation)
	}
	if cfg.BF16 {
		return nil, fmt.Errorf("train step %s: bf16 mixed precision is not implemented yet", spec)
	}
	m := r.Model()
	f, err := frontend.Build("train_"+m.Arch(), func(g *frontend.Graph) error { return m.Build(g, spec, r.DType()) })
	if err != nil {
		return nil, fmt.Errorf("train step %s: building the model: %w", spec, err)
	}
	if err := r.BindWeights(f); err != nil {
		return nil, fmt.Errorf("train step %s: %w", spec, err)
	}
	decay := cfg.Decay
	if decay == nil {
		decay = func(name string) bool { return Decays(name, nil) }
	}
	s := &Step{sess: r.Session(), spec: spec, cfg: cfg}
	var wrt []string
	for _, p := range f.Params {
		if models.IsInputName(p.Name) {
			s.inputs = append(s.inputs, p)
			continue
		}
		if p.Type.DType != ir.Float32 {
			return nil, fmt.Errorf("train step %s: parameter %s is %s, want float32 master weights (runner dtype %s)", spec, p.Name, p.Type, r.DType())
		}
		wrt = append(wrt, p.Name)
		s.params = append(s.params, OptimParam{Name: p.Name, Type: p.Type, Decay: decay(p.Name)})
	}
	// A tied parameter pair (one buffer under two names, as the Runner
	// binds a checkpoint without lm_head.weight) would be two gradients
	// and two updates of one buffer: refuse it rather than train it wrong.
	holder := map[backends.Buffer]string{}
	for _, p := range s.params {
		buf, err := s.sess.Buffer(p.Name)
		if err != nil {
			return nil, fmt.Errorf("train step %s: parameter %s: %w", spec, p.Name, err)
		}
		if other, ok := holder[buf]; ok {
			return nil, fmt.Errorf("train step %s: parameters %s and %s are one tied buffer; the model must use one parameter for both", spec, other, p.Name)
		}
		holder[buf] = p.Name
	}
	// NewOptimizer checks the configuration and the parameters' buffers
	// and creates the zero state; its own update program is never built.
	if _, err := NewOptimizer(s.sess, any(stepKey{s}), cfg.Optimizer, s.params, cfg.MaxGradNorm); err != nil {
		return nil, fmt.Errorf("train step %s: %w", spec, err)
	}
	s.prog, err = s.sess.Program(ctx, stepKey{s}, func(context.Context) (*ir.Func, error) { return s.build(f, wrt) })
	if err != nil {
		return nil, fmt.Errorf("train step %s: %w", spec, err)
	}
	return s, nil
}

// gradPrefix names the gradient results of the differentiated model.
const gradPrefix = "grad/"

// build differentiates f and appends clipping and the update to the
// gradient function. Results: models.OutputLoss, GradNormResult, then
// "<buffer>.new" for each parameter and state buffer.
func (s *Step) build(f *ir.Func, wrt []string) (*ir.Func, error) {
	gf, err := autodiff.Grad(f, wrt, autodiff.Options{Loss: models.OutputLoss, GradPrefix: gradPrefix})
	if err != nil {
		return nil, err
	}
	results := map[string]*ir.Value{}
	for i, n := range gf.ResultNames {
		results[n] = gf.Results[i]
	}
	gf.Name = "train_step_" + gf.Name
	g := frontend.Wrap(gf, gf)
	err = g.Do(func(g *frontend.Graph) error {
		loss := results[models.OutputLoss]
		if loss == nil {
			return fmt.Errorf("the model returns no %q", models.OutputLoss)
		}
		scalars := map[string]*frontend.Tensor{}
		for _, n := range s.cfg.Optimizer.ScalarNames() {
			scalars[n] = g.Param(n, ir.Float32)
		}
		grads := make([]*frontend.Tensor, len(s.params))
		for i, p := range s.params {
			v := results[gradPrefix+p.Name]
			if v == nil {
				return fmt.Errorf("no gradient for %s", p.Name)
			}
			grads[i] = g.Lift(v)
		}
		var norm *frontend.Tensor
		if s.cfg.MaxGradNorm > 0 {
			if norm, grads, err = ClipByGlobalNorm(grads, s.cfg.MaxGradNorm); err != nil {
				return err
			}
		} else if norm, err = GlobalNorm(grads); err != nil {
			return err
		}
		outs := []frontend.Output{frontend.Out(models.OutputLoss, g.Lift(loss).Convert(ir.Float32)), frontend.Out(GradNormResult, norm)}
		ups, err := emitUpdates(g, s.cfg.Optimizer, s.params, func(i int) *frontend.Tensor {
			return g.Param(s.params[i].Name, ir.Float32, s.params[i].Type.Shape...)
		}, grads, scalars)
		if err != nil {
			return err
		}
		outs = append(outs, ups...)
		g.Return(outs...)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("building the update: %w", err)
	}
	if err := ir.Check(gf); err != nil {
		return nil, fmt.Errorf("building the update: %w", err)
	}
	return gf, nil
}

// Steps returns how many steps have been applied.
func (s *Step) Steps() int { return s.step }

// Params lists the trained parameters in program order.
func (s *Step) Params() []OptimParam { return append([]OptimParam(nil), s.params...) }

// Run applies one optimizer step at learning rate lr over the micro-batches
// of that step (1 to StepConfig.Accumulation of them; fewer than
// Accumulation only for the last step of an epoch, as the HF Trainer does).
// Each micro-batch holds host tensors by input name: every input the
// model's program declares for the spec, of its exact type; labels
// included. It returns the loss before the update (summed over the
// micro-batches as the HF Trainer's tr_loss) and the pre-clip gradient
// norm; weights and optimizer state are updated in place. Nothing is
// compiled. On an error the step count does not advance.
func (s *Step) Run(ctx context.Context, micro []map[string]*tensor.Tensor, lr float64) (StepResult, error) {
	step := s.step + 1
	if len(micro) != 1 {
		return StepResult{}, fmt.Errorf("train step %d: %d micro-batches; gradient accumulation is not implemented yet, want 1", step, len(micro))
	}
	inputs := micro[0]
	vals, err := s.cfg.Optimizer.Scalars(step, lr)
	if err != nil {
		return StepResult{}, fmt.Errorf("train step %d: %w", step, err)
	}
	if len(inputs) != len(s.inputs) {
		return StepResult{}, fmt.Errorf("train step %d: %d inputs, the program for %s takes %d", step, len(inputs), s.spec, len(s.inputs))
	}
	b := s.sess.Backend()
	call := session.Call{Inputs: map[string]backends.Buffer{}, Updates: map[string]string{}}
	defer func() {
		for _, buf := range call.Inputs {
			buf.Free()
		}
	}()
	for _, p := range s.inputs {
		t, ok := inputs[p.Name]
		if !ok {
			return StepResult{}, fmt.Errorf("train step %d: missing input %q", step, p.Name)
		}
		if !t.Type().Equal(p.Type) {
			return StepResult{}, fmt.Errorf("train step %d: input %q is %s, the program for %s takes %s", step, p.Name, t.Type(), s.spec, p.Type)
		}
		buf, err := b.Upload(t)
		if err != nil {
			return StepResult{}, fmt.Errorf("train step %d: uploading %s: %w", step, p.Name, err)
		}
		call.Inputs[p.Name] = buf
	}
	for name, v := range vals {
		t, err := tensor.ScalarFloat64(ir.Float32, float64(v))
		if err != nil {
			return StepResult{}, err
		}
		buf, err := b.Upload(t)
		if err != nil {
			return StepResult{}, fmt.Errorf("train step %d: uploading %s: %w", step, name, err)
		}
		call.Inputs[name] = buf
	}
	for _, p := range s.params {
		call.Updates[p.Name+".new"] = p.Name
		for _, sp := range s.cfg.Optimizer.States(p.Type) {
			n := StateName(p.Name, sp.Suffix)
			call.Updates[n+".new"] = n
		}
	}
	out, err := s.sess.Run(ctx, s.prog, call)
	if err != nil {
		return StepResult{}, fmt.Errorf("train step %d: %w", step, err)
	}
	s.step = step
	return StepResult{Loss: out[models.OutputLoss], GradNorm: out[GradNormResult]}, nil
}
