package train

import (
	"context"
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
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
	// accumulation, float32 losses and norms. On a bf16 Runner (a frozen
	// bf16 base under float32 adapter weights) the base's matmuls are bf16
	// anyway and the adapter's run in bf16 too, as torch's autocast runs
	// PEFT's lora_A and lora_B.
	BF16 bool
	// Loss is how the micro-batch losses are normalised; the zero value
	// is the HF Trainer's (see LossNorm).
	Loss LossNorm
	// NoDropout builds the step in evaluation mode: no dropout, whatever
	// the config's probabilities. By default the step trains as the HF
	// Trainer does (model.train(): models.Spec.Dropout), which makes each
	// step's loss depend on the dropout noise; set NoDropout to compare a
	// run step for step with a reference recorded without dropout.
	NoDropout bool
	// Seed seeds the dropout masks (TrainingArguments.seed in the
	// Trainer): micro-batch j of optimizer step n uses the program seed
	// DropoutSeed(Seed, n, j), so a run (or one resumed at SetSteps) is
	// reproducible, while every micro-batch draws fresh masks. kiln's
	// generator is not torch's: no Seed reproduces torch's masks.
	// It seeds the NEFTune noise too.
	Seed int64
	// NEFTuneAlpha > 0 adds NEFTune noise to the input embeddings in the
	// step's forward (TrainingArguments.neftune_noise_alpha;
	// models.Spec.NEFTuneAlpha says where and how much), drawn like the
	// dropout masks from DropoutSeed(Seed, n, j), so every micro-batch
	// draws fresh noise and a run is reproducible. It is training-mode
	// noise: with NoDropout it is an error. 0 builds the step without it.
	NEFTuneAlpha float64
	// Remat, when set, is gradient checkpointing
	// (TrainingArguments.gradient_checkpointing; RematPolicy): the step's
	// program is passes.Remat(*Remat) of the differentiated model, so the
	// forward keeps only the policy's layer boundaries and the backward
	// recomputes the rest. The numbers are those of the step without it
	// (the same ops on the same values; dropout masks included); memory
	// goes down and time up. nil keeps every activation.
	Remat *passes.RematPolicy
	// Trainable, when set, says which weight parameters (by name) train;
	// the others are frozen: they take no gradient (autodiff never
	// differentiates with respect to them), no optimizer state, no
	// weight-decay group, no update, and may be of any dtype. LoRA
	// training sets it to the adapter's weights (Runner.SetAdapter): the
	// base stays bit for bit as it was. nil trains every weight.
	Trainable func(param string) bool
	// Shard, when set, spreads the step over the devices of a mesh axis
	// (data parallelism or FSDP full_shard; ShardConfig says how and what
	// is guaranteed). spec.Batch is then the global batch. nil runs on the
	// Runner's backend as one device.
	Shard *ShardConfig
}

// StepResult holds one step's logged values: as float32 scalar buffers on
// the backend (the caller frees them) and as the host values Run already
// read to check them (LossValue, GradNormValue), so a caller that logs
// needs no second download.
type StepResult struct {
	// Loss is the sum over the step's micro-batches of the loss each
	// contributes to the gradient (normalised as StepConfig.Loss says): the
	// HF Trainer's tr_loss increment of one optimizer step.
	Loss backends.Buffer
	// GradNorm is the pre-clip global L2 norm of the (accumulated)
	// gradients (what the HF Trainer logs as grad_norm), computed with or
	// without clipping.
	GradNorm backends.Buffer
	// LossValue and GradNormValue are Loss and GradNorm as Run downloaded
	// them (finite: Run returns an error otherwise).
	LossValue, GradNormValue float64
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

// InputLossDivisor is the step program's float32 scalar input that every
// micro-batch's loss is divided by before it is differentiated: the
// micro-batch count where the HF Trainer divides by
// current_gradient_accumulation_steps, else 1.
const InputLossDivisor = "loss_divisor"

// AccumName is the session buffer accumulating a parameter's gradient
// over the micro-batches of one step (Accumulation > 1).
func AccumName(param string) string { return "grad_accum/" + param }

// AccumLoss is the session buffer accumulating the micro-batch losses of
// one step (Accumulation > 1).
const AccumLoss = "grad_accum:loss"

// progKind is one of a Step's programs.
type progKind int

const (
	progFused      progKind = iota // one micro-batch: gradients, clip, update
	progAccumulate                 // add the micro-batch's gradients and loss to the accumulators
	progApply                      // the last micro-batch: accumulators + its gradients, clip, update, reset
	progOptimizer                  // the key of the Optimizer NewStep creates (its program is never built)
)

// stepKey is the session key of a Step's program: unique per Step.
type stepKey struct {
	s    *Step
	kind progKind
}

// Step is one compiled training step of a Runner's model for one Spec:
// the forward pass with labels, the loss, the gradient of every weight
// (package autodiff), global-norm clipping and the optimizer update. The
// weights are the Runner's session buffers; the optimizer state is created
// beside them (StateName); every step replaces both in place through
// Call.Updates (donated), so they never leave the backend.
//
// With Accumulation 1 this is ONE program. With Accumulation k > 1 there
// are two: "accumulate" runs the micro-batches but the last, adding each
// one's gradients and loss into float32 session buffers (AccumName,
// AccumLoss) in place; "apply" runs the last, adds the accumulators to its
// gradients, clips, updates and resets the accumulators to zero. No
// gradient leaves the backend. The programs are compiled by NewStep; Run
// never compiles.
//
// Tied weights (two parameter names of one session buffer) are trained as
// one parameter under the first-declared name: one gradient (the sum of
// both uses), one optimizer state, one update.
//
// A step whose loss or gradient norm is NaN or infinite changes neither
// the weights nor the optimizer state (the programs select the old
// values); Run reports it as an error naming the step. A Step is not safe
// for concurrent use.
type Step struct {
	sess     *session.Session[any]
	spec     models.Spec
	cfg      StepConfig
	accum    int
	plan     lossPlan
	params   []OptimParam
	inputs   []*ir.Value // the micro-batch inputs (models.IsInputName but num_items and the dropout seed)
	dropout  bool        // the programs take models.InputDropoutSeed (dropout or NEFTune noise)
	fused    *session.Program
	accProg  *session.Program
	apply    *session.Program
	step     int
	ran      bool // a Run succeeded (releaseFreeMemory after the first)
	tiedFrom map[string]string
	frozen   []OptimParam // weights StepConfig.Trainable leaves out, in program order
	bf16Base bool         // the Runner's weights are bfloat16 (a frozen base under float32 adapters)
	shard    *shardPlan   // StepConfig.Shard resolved; nil: one device
}

// notMasterError explains why parameter p of a step on a runner of dtype
// dt cannot train: kiln trains float32 master weights only.
func notMasterError(spec models.Spec, p *ir.Value, dt ir.DType, adapter bool) error {
	if !adapter {
		return fmt.Errorf("train step %s: parameter %s is %s: full fine-tuning trains float32 master weights, and the runner's dtype is %s; load the model in float32 to train every weight, or train a LoRA adapter (float32 adapter weights over the frozen %s base)", spec, p.Name, p.Type, dt, dt)
	}
	return fmt.Errorf("train step %s: trainable parameter %s is %s (the runner's dtype %s; a modules_to_save copy keeps the base's dtype, as PEFT's ModulesToSaveWrapper does), and kiln trains float32 parameters only; load the base in float32 to train it", spec, p.Name, p.Type, dt)
}

// NewStep builds and compiles the training step of r's model for spec
// (spec.Labels must be set: the loss is the model's; NewStep sets
// spec.NumItems itself as cfg.Loss asks). Every float parameter of the
// model that is not an input is trained (or those cfg.Trainable names);
// they must be float32 master weights. Full training therefore needs a
// float32 Runner; on a bfloat16/float16 Runner a LoRA adapter trains
// (its weights are float32, nn.AdapterDType) over the frozen half-
// precision base, which the step reads in its own dtype (no float32
// copy). The weights are
// uploaded to r's session if they are not there yet, and the optimizer
// state and gradient accumulators are created as zeros where they do not
// exist yet (Steps of one Runner share them by name). Errors name the
// spec, the parameter or the option at fault.
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
	if a := cfg.NEFTuneAlpha; math.IsNaN(a) || math.IsInf(a, 0) || a < 0 {
		return nil, fmt.Errorf("train step %s: neftune_noise_alpha = %v, want a finite value >= 0", spec, a)
	}
	if cfg.NEFTuneAlpha > 0 && cfg.NoDropout {
		return nil, fmt.Errorf("train step %s: neftune_noise_alpha = %v with NoDropout: NEFTune noise is applied in training mode only, which NoDropout turns off", spec, cfg.NEFTuneAlpha)
	}
	if cfg.Accumulation < 0 {
		return nil, fmt.Errorf("train step %s: gradient_accumulation_steps = %d, want >= 1", spec, cfg.Accumulation)
	}
	m := r.Model()
	plan, err := planLoss(m, cfg.Loss)
	if err != nil {
		return nil, fmt.Errorf("train step %s: %w", spec, err)
	}
	spec.NumItems = plan.numItems
	spec.Dropout = !cfg.NoDropout
	spec.NEFTuneAlpha = cfg.NEFTuneAlpha
	var sp *shardPlan
	local := spec // one device's
	if cfg.Shard != nil {
		if sp, err = newShardPlan(r, spec, plan, cfg.Shard); err != nil {
			return nil, fmt.Errorf("train step %s: %w", spec, err)
		}
		local.Batch /= sp.n
	}
	// The Runner's adapter (SetAdapter), if any, is part of the model.
	f, err := frontend.Build("train_"+m.Arch(), func(g *frontend.Graph) error { return r.BuildGraph(g, local) })
	if err != nil {
		return nil, fmt.Errorf("train step %s: building the model: %w", spec, err)
	}
	if cfg.BF16 {
		// torch.autocast(bfloat16) over the forward: the parameters stay
		// float32 (master weights), so the gradients autodiff returns for
		// them are float32 and so is the optimizer's arithmetic.
		if err := passes.Autocast(f, ir.BFloat16); err != nil {
			return nil, fmt.Errorf("train step %s: bf16 autocast: %w", spec, err)
		}
	}
	if err := r.BindWeights(f); err != nil {
		return nil, fmt.Errorf("train step %s: %w", spec, err)
	}
	s := &Step{sess: r.Session(), spec: spec, cfg: cfg, accum: max(cfg.Accumulation, 1), plan: plan,
		bf16Base: r.DType() == ir.BFloat16, shard: sp}
	if s.tiedFrom, err = mergeTied(f, s.sess.Buffer); err != nil {
		return nil, fmt.Errorf("train step %s: %w", spec, err)
	}
	if cfg.Trainable != nil {
		// One buffer trains or not as a whole: a trainable parameter tied
		// to a frozen one (a modules_to_save copy of a module whose
		// weight is tied to the embeddings) would train both or neither.
		for p, holder := range s.tiedFrom {
			if cfg.Trainable(p) != cfg.Trainable(holder) {
				return nil, fmt.Errorf("train step %s: parameters %s and %s are one tied buffer but only one of them is trainable (modules_to_save of a tied module is not supported)", spec, p, holder)
			}
		}
	}
	if err := divideLoss(f); err != nil {
		return nil, fmt.Errorf("train step %s: %w", spec, err)
	}
	decay := cfg.Decay
	if decay == nil {
		decay = func(name string) bool { return Decays(name, nil) }
	}
	var wrt []string
	for _, p := range f.Params {
		if models.IsInputName(p.Name) {
			switch p.Name {
			case models.InputNumItems:
			case models.InputDropoutSeed:
				s.dropout = true
			default:
				if sp != nil && (p.Type.Shape.Rank() == 0 || p.Type.Shape[0] != local.Batch) {
					return nil, fmt.Errorf("train step %s: input %s is %s, whose dim 0 is not the batch: it cannot be split over devices", spec, p.Name, p.Type)
				}
				s.inputs = append(s.inputs, p)
			}
			continue
		}
		if p.Name == InputLossDivisor {
			continue
		}
		if cfg.Trainable != nil && !cfg.Trainable(p.Name) {
			s.frozen = append(s.frozen, OptimParam{Name: p.Name, Type: p.Type})
			continue
		}
		if p.Type.DType != ir.Float32 {
			return nil, notMasterError(spec, p, r.DType(), cfg.Trainable != nil)
		}
		wrt = append(wrt, p.Name)
		s.params = append(s.params, OptimParam{Name: p.Name, Type: p.Type, Decay: decay(p.Name)})
	}
	if len(s.params) == 0 {
		return nil, fmt.Errorf("train step %s: no parameter is trainable (StepConfig.Trainable leaves out all %d weights)", spec, len(s.frozen))
	}
	if sp != nil && sp.mode == ShardFull {
		if err := sp.shardParams(f, s.params, cfg.Optimizer); err != nil {
			return nil, fmt.Errorf("train step %s: %w", spec, err)
		}
		if err := s.shardBuffers(); err != nil {
			return nil, fmt.Errorf("train step %s: %w", spec, err)
		}
	}
	// NewOptimizer checks the configuration and the parameters' buffers
	// and creates the zero state; its own update program is never built.
	if _, err := NewOptimizer(s.sess, any(stepKey{s, progOptimizer}), cfg.Optimizer, s.params, cfg.MaxGradNorm); err != nil {
		return nil, fmt.Errorf("train step %s: %w", spec, err)
	}
	kinds := []progKind{progFused}
	if s.accum > 1 {
		kinds = []progKind{progAccumulate, progApply}
		if err := s.zeroAccumulators(false); err != nil {
			return nil, fmt.Errorf("train step %s: %w", spec, err)
		}
	}
	for _, kind := range kinds {
		p, err := s.sess.Program(ctx, stepKey{s, kind}, func(context.Context) (*ir.Func, error) { return s.build(f, wrt, kind) })
		if err != nil {
			return nil, fmt.Errorf("train step %s: %w", spec, err)
		}
		switch kind {
		case progFused:
			s.fused = p
		case progAccumulate:
			s.accProg = p
		case progApply:
			s.apply = p
		}
	}
	releaseFreeMemory() // the compile's garbage (LowerGCPercent's regime only)
	return s, nil
}

// zeroAccumulators creates the gradient and loss accumulators as zeros;
// with reset it replaces existing ones (after a failed run), else it keeps
// them.
func (s *Step) zeroAccumulators(reset bool) error {
	bufs := []struct {
		name string
		t    ir.Type
	}{{AccumLoss, ir.Type{DType: ir.Float32}}}
	for _, p := range s.params {
		bufs = append(bufs, struct {
			name string
			t    ir.Type
		}{AccumName(p.Name), p.Type})
	}
	for _, b := range bufs {
		if s.sess.Has(b.name) {
			if !reset {
				continue
			}
			if err := s.sess.Delete(b.name); err != nil {
				return fmt.Errorf("gradient accumulator %s: %w", b.name, err)
			}
		}
		z, err := tensor.New(b.t.DType, b.t.Shape)
		if err != nil {
			return fmt.Errorf("gradient accumulator %s: %w", b.name, err)
		}
		if err := s.sess.Upload(b.name, z); err != nil {
			return fmt.Errorf("gradient accumulator %s: %w", b.name, err)
		}
	}
	return nil
}

// Steps returns how many steps have been applied.
func (s *Step) Steps() int { return s.step }

// SetSteps sets how many optimizer steps have been applied to the weights
// and optimizer state this Step updates. Several Steps of one Runner (one
// per batch shape) share those buffers by name, so the optimizer's step
// count (Adam's bias correction) must be the run's, whichever Step applies
// the next update: a Trainer sets it before each Run. n < 0 is an error.
func (s *Step) SetSteps(n int) error {
	if n < 0 {
		return fmt.Errorf("train step: SetSteps(%d): the step count is >= 0", n)
	}
	s.step = n
	return nil
}

// Params lists the trained parameters in program order, with their whole
// types (ShardTypes has full_shard's per-device blocks). A tied name (see
// Tied) is not listed: its buffer is trained under the name it is tied to.
func (s *Step) Params() []OptimParam {
	out := append([]OptimParam(nil), s.params...)
	for i, p := range out {
		out[i].Type = s.wholeType(p)
	}
	return out
}

// Frozen lists the weights StepConfig.Trainable leaves out (the base of
// a LoRA step), in program order; nil when every weight trains.
func (s *Step) Frozen() []OptimParam { return append([]OptimParam(nil), s.frozen...) }

// Tied maps each parameter name the model declares that shares a session
// buffer with an earlier one to that trained name (GPT-2's lm_head.weight
// -> transformer.wte.weight when both names are bound); nil when none.
func (s *Step) Tied() map[string]string {
	if len(s.tiedFrom) == 0 {
		return nil
	}
	out := make(map[string]string, len(s.tiedFrom))
	for k, v := range s.tiedFrom {
		out[k] = v
	}
	return out
}

// InputNames lists, in program order, the host tensors every micro-batch
// given to Run must hold (labels included). num_items_in_batch and the
// loss divisor are computed by Run and are not among them.
func (s *Step) InputNames() []string {
	out := make([]string, len(s.inputs))
	for i, p := range s.inputs {
		out[i] = p.Name
	}
	return out
}

// InputType returns the exact type Run wants for input name (the global
// batch's, under StepConfig.Shard).
func (s *Step) InputType(name string) (ir.Type, bool) {
	for _, p := range s.inputs {
		if p.Name == name {
			return s.inputType(p), true
		}
	}
	return ir.Type{}, false
}

// inputType is the host type of input p: its parameter type, with the
// global batch when the step is sharded.
func (s *Step) inputType(p *ir.Value) ir.Type {
	t := ir.Type{DType: p.Type.DType, Shape: p.Type.Shape.Clone()}
	if s.shard != nil {
		t.Shape[0] *= s.shard.n
	}
	return t
}

// Dropout reports whether the step's programs draw random numbers from a
// seed (each micro-batch's DropoutSeed): StepConfig.NoDropout is false and
// some dropout probability of the model's config is above 0, or
// StepConfig.NEFTuneAlpha is.
func (s *Step) Dropout() bool { return s.dropout }

// DropoutSeed is the seed of the dropout masks of micro-batch micro
// (0-based) of optimizer step step (1-based) of a run seeded with seed:
// splitmix64(seed ^ splitmix64(step*2^20 + micro)) as an int64, a
// well-mixed function of all three (a program's sites then derive their
// keys from it, see nn.Dropout).
func DropoutSeed(seed int64, step, micro int) int64 {
	return int64(splitmix64(uint64(seed) ^ splitmix64(uint64(step)<<20+uint64(micro))))
}

// splitmix64 is Steele et al.'s SplitMix64 output function of x.
func splitmix64(x uint64) uint64 {
	z := x + 0x9E3779B97F4A7C15
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// Accumulation is the most micro-batches one Run takes.
func (s *Step) Accumulation() int { return s.accum }
