package models

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// Runner compiles a Model's programs on a backend and runs them with the
// weights of a checkpoint. Programs are built and compiled once per Spec;
// each weight is read from the checkpoint, converted to the compute dtype
// and uploaded once, then shared by every program. A Runner is safe for
// concurrent use.
type Runner struct {
	model   Model
	backend backends.Backend
	dtype   ir.DType
	ckpt    *weights.Checkpoint
	opts    CompileOptions

	strict bool // unused checkpoint tensors are an error

	mu       sync.Mutex
	weights  map[string]backends.Buffer // by parameter name
	bySource map[string]backends.Buffer // by checkpoint tensor name
	used     map[string]bool            // checkpoint tensors bound so far
	programs map[Spec]*Program
	compiles int
}

// CompileOptions are passed to the backend for every program.
type CompileOptions = backends.CompileOptions

// Program is one compiled Spec.
type Program struct {
	Spec      Spec
	Func      *ir.Func
	Exe       backends.Executable
	Signature backends.Signature

	inputs     map[string]int    // per-call input name -> argument index
	weightArgs []backends.Buffer // the weight buffers at their argument indices, nil for inputs
}

// NewRunner prepares m to run on b in compute dtype dt (float32 is the
// CPU default) with the weights of ckpt. The Runner does not own ckpt.
func NewRunner(m Model, ckpt *weights.Checkpoint, b backends.Backend, dt ir.DType, opts CompileOptions) (*Runner, error) {
	if !dt.IsFloat() {
		return nil, fmt.Errorf("compute dtype %s is not a float type", dt)
	}
	if err := b.Available(); err != nil {
		return nil, fmt.Errorf("backend %s: %w", b.Name(), err)
	}
	return &Runner{model: m, backend: b, dtype: dt, ckpt: ckpt, opts: opts,
		weights: map[string]backends.Buffer{}, bySource: map[string]backends.Buffer{}, used: map[string]bool{}, programs: map[Spec]*Program{}}, nil
}

// Model returns the model.
func (r *Runner) Model() Model { return r.model }

// Backend returns the backend programs run on.
func (r *Runner) Backend() backends.Backend { return r.backend }

// DType is the compute dtype.
func (r *Runner) DType() ir.DType { return r.dtype }

// Compiles counts backend compilations so far (one per distinct Spec).
func (r *Runner) Compiles() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.compiles
}

// Program returns the compiled program for spec, building and compiling
// it on first use.
func (r *Runner) Program(spec Spec) (*Program, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.programLocked(spec)
}

func (r *Runner) programLocked(spec Spec) (*Program, error) {
	if p, ok := r.programs[spec]; ok {
		return p, nil
	}
	name := fmt.Sprintf("%s_%s", sanitize(r.model.Arch()), spec)
	f, err := frontend.Build(name, func(g *frontend.Graph) error { return r.model.Build(g, spec, r.dtype) })
	if err != nil {
		return nil, fmt.Errorf("building %s: %w", name, err)
	}
	if err := r.bindWeightsLocked(f); err != nil {
		return nil, err
	}
	if r.strict {
		if unused := r.unusedLocked(); len(unused) > 0 {
			return nil, fmt.Errorf("checkpoint %s has tensors %s does not use: %s", r.ckpt.Path(), r.model.Arch(), strings.Join(unused, ", "))
		}
	}
	exe, err := r.backend.Compile(f, r.opts)
	if err != nil {
		return nil, fmt.Errorf("compiling %s on %s: %w", name, r.backend.Name(), err)
	}
	r.compiles++
	p := &Program{Spec: spec, Func: f, Exe: exe, Signature: exe.Signature(), inputs: map[string]int{}}
	p.weightArgs = make([]backends.Buffer, len(p.Signature.ParamNames))
	for i, n := range p.Signature.ParamNames {
		if IsInputName(n) {
			p.inputs[n] = i
		} else {
			p.weightArgs[i] = r.weights[n]
		}
	}
	r.programs[spec] = p
	return p, nil
}

func sanitize(s string) string {
	if s == "" {
		return "model"
	}
	return strings.Map(func(c rune) rune {
		if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			return c
		}
		return '_'
	}, s)
}

// candidates lists the checkpoint names that may hold parameter p: the
// name itself, the model's aliases, and the name without / with the base
// model's prefix (a LlamaModel checkpoint has no "model." prefix).
func (r *Runner) candidates(p string) []string {
	out := []string{p}
	out = append(out, r.model.WeightAliases()[p]...)
	for _, n := range append([]string(nil), out...) {
		if i := strings.IndexByte(n, '.'); i > 0 {
			out = append(out, n[i+1:])
		}
	}
	return out
}

// bindWeightsLocked uploads every weight parameter of f not uploaded yet.
// It reports all missing and mis-shaped weights at once, naming the
// checkpoint and the tensors.
func (r *Runner) bindWeightsLocked(f *ir.Func) error {
	var missing, bad []string
	for _, p := range f.Params {
		if IsInputName(p.Name) {
			continue
		}
		if _, ok := r.weights[p.Name]; ok {
			continue
		}
		src := ""
		for _, c := range r.candidates(p.Name) {
			if _, ok := r.ckpt.Info(c); ok {
				src = c
				break
			}
		}
		if src == "" {
			missing = append(missing, p.Name)
			continue
		}
		if buf, ok := r.bySource[src]; ok {
			// Tied parameters share one uploaded buffer.
			r.weights[p.Name] = buf
			continue
		}
		info, _ := r.ckpt.Info(src)
		if !info.Shape.Equal(p.Type.Shape) {
			bad = append(bad, fmt.Sprintf("%s is %s, the model needs %s", src, info.Shape, p.Type.Shape))
			continue
		}
		t, err := r.ckpt.TensorAs(src, p.Type.DType)
		if err != nil {
			return fmt.Errorf("checkpoint %s: tensor %s: %w", r.ckpt.Path(), src, err)
		}
		buf, err := r.backend.Upload(t)
		if err != nil {
			return fmt.Errorf("uploading %s: %w", src, err)
		}
		r.weights[p.Name] = buf
		r.bySource[src] = buf
		r.used[src] = true
	}
	if len(missing) > 0 || len(bad) > 0 {
		var parts []string
		if len(missing) > 0 {
			parts = append(parts, "missing weights: "+strings.Join(missing, ", "))
		}
		if len(bad) > 0 {
			parts = append(parts, "wrong shapes: "+strings.Join(bad, "; "))
		}
		return fmt.Errorf("checkpoint %s does not fit %s: %s", r.ckpt.Path(), r.model.Arch(), strings.Join(parts, "; "))
	}
	return nil
}

// UnusedWeights lists the checkpoint tensors no program has bound so far,
// sorted. transformers warns about these (a BertForMaskedLM checkpoint
// loaded as BertModel leaves the cls.* head unused); it is not an error.
func (r *Runner) UnusedWeights() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.unusedLocked()
}

// RejectUnusedWeights makes programs fail to build when the checkpoint
// holds tensors the model does not use (transformers only warns).
func (r *Runner) RejectUnusedWeights(on bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.strict = on
}

func (r *Runner) unusedLocked() []string {
	var out []string
	for _, n := range r.ckpt.Names() {
		if !r.used[n] {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// RunBuffers runs the program for spec with per-call inputs already on the
// backend (by input name; weights are bound automatically). Inputs named
// in donate may be reused for outputs (the KV cache) and are invalid
// afterwards. Outputs are returned by name.
func (r *Runner) RunBuffers(spec Spec, inputs map[string]backends.Buffer, donate []string) (map[string]backends.Buffer, error) {
	p, err := r.Program(spec)
	if err != nil {
		return nil, err
	}
	args := make([]backends.Buffer, len(p.Signature.ParamNames))
	copy(args, p.weightArgs) // weights bound once when the program was built
	var missing []string
	for n, i := range p.inputs {
		if args[i] = inputs[n]; args[i] == nil {
			missing = append(missing, n)
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return nil, fmt.Errorf("%s: missing inputs %s", r.model.Arch(), strings.Join(missing, ", "))
	}
	for n := range inputs {
		if _, ok := p.inputs[n]; !ok {
			return nil, fmt.Errorf("%s: program %s has no input %q", r.model.Arch(), spec, n)
		}
	}
	var donateIdx []int
	for _, d := range donate {
		if i, ok := p.inputs[d]; ok {
			donateIdx = append(donateIdx, i)
		}
	}
	if err := p.Signature.CheckArgs(args); err != nil {
		return nil, fmt.Errorf("%s: %w", r.model.Arch(), err)
	}
	res, err := p.Exe.Run(args, backends.RunOptions{Donate: donateIdx})
	if err != nil {
		return nil, err
	}
	out := make(map[string]backends.Buffer, len(res))
	for i, b := range res {
		out[p.Signature.ResultNames[i]] = b
	}
	return out, nil
}

// Forward uploads host inputs, runs spec's program and downloads every
// output. Missing attention_mask defaults to ones, position_ids to HF's
// rule (cumsum(mask) - 1, clamped at 0) and token_type_ids to zeros.
func (r *Runner) Forward(spec Spec, inputs map[string]*tensor.Tensor) (map[string]*tensor.Tensor, error) {
	full, err := CompleteInputs(r.model, spec, inputs)
	if err != nil {
		return nil, err
	}
	p, err := r.Program(spec)
	if err != nil {
		return nil, err
	}
	bufs := map[string]backends.Buffer{}
	defer func() {
		for _, b := range bufs {
			b.Free()
		}
	}()
	for _, n := range p.Signature.ParamNames {
		if !IsInputName(n) {
			continue
		}
		t, ok := full[n]
		if !ok {
			return nil, fmt.Errorf("%s: input %q is required", r.model.Arch(), n)
		}
		b, err := r.backend.Upload(t)
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", n, err)
		}
		bufs[n] = b
	}
	res, err := r.RunBuffers(spec, bufs, nil)
	if err != nil {
		return nil, err
	}
	out := make(map[string]*tensor.Tensor, len(res))
	var errs []error
	for n, b := range res {
		t, err := b.Download()
		b.Free()
		if err != nil {
			errs = append(errs, fmt.Errorf("output %s: %w", n, err))
			continue
		}
		out[n] = t
	}
	return out, errors.Join(errs...)
}

// Close frees the uploaded weights and forgets compiled programs.
func (r *Runner) Close() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, b := range r.bySource {
		b.Free()
	}
	r.weights = map[string]backends.Buffer{}
	r.bySource = map[string]backends.Buffer{}
	r.used = map[string]bool{}
	r.programs = map[Spec]*Program{}
}
