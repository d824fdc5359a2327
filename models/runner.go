package models

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/session"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// Runner compiles a Model's programs on a backend and runs them with the
// weights of a checkpoint. It is the inference side of package session:
// programs are built and compiled once per Spec; each weight is read from
// the checkpoint, converted to the compute dtype and uploaded once as a
// session buffer named by its parameter, then shared by every program
// (tied weights are one buffer under two names). A Runner never updates
// its weights. It is safe for concurrent use.
type Runner struct {
	model Model
	dtype ir.DType
	ckpt  *weights.Checkpoint
	sess  *session.Session[any] // keys: Spec for the Runner's programs

	mu       sync.Mutex          // guards weight binding below
	strict   bool                // unused checkpoint tensors are an error
	bySource map[string]string   // checkpoint tensor -> parameter whose buffer holds it
	used     map[string]bool     // checkpoint tensors bound so far
	adapter  *recorder           // applied unmerged (SetAdapter), nil for none
	merged   *recorder           // merged into the weights (MergeAdapter)
	seenBy   map[string]*seenSet // adapted modules by adapter Structure
	// untied holds the parameters that exist only as an adapter's
	// modules_to_save copy (the untied head of a tied model): no
	// checkpoint tensor of their own, so they are dropped, not reloaded,
	// when the adapter goes.
	untied   map[string]ir.Type
	adapters adapterSet // adapters loaded by name, the active one, disabled (adapterset.go)
	// quantized marks the Linear layers built with quant_matmul over
	// kiln-packed weights (SetQuantized); nil: none.
	quantized map[string]nn.QuantSpec
}

// CompileOptions are passed to the backend for every program.
type CompileOptions = backends.CompileOptions

// Program is one compiled Spec: its function, executable and signature.
type Program = session.Program

// NewRunner prepares m to run on b in compute dtype dt (float32 is the
// CPU default) with the weights of ckpt. The Runner does not own ckpt.
func NewRunner(m Model, ckpt *weights.Checkpoint, b backends.Backend, dt ir.DType, opts CompileOptions) (*Runner, error) {
	if !dt.IsFloat() {
		return nil, fmt.Errorf("compute dtype %s is not a float type", dt)
	}
	if err := b.Available(); err != nil {
		return nil, fmt.Errorf("backend %s: %w", b.Name(), err)
	}
	return &Runner{model: m, dtype: dt, ckpt: ckpt, sess: session.New[any](b, opts),
		bySource: map[string]string{}, used: map[string]bool{}, seenBy: map[string]*seenSet{}, untied: map[string]ir.Type{}}, nil
}

// Model returns the model.
func (r *Runner) Model() Model { return r.model }

// Backend returns the backend programs run on.
func (r *Runner) Backend() backends.Backend { return r.sess.Backend() }

// Session is the session holding the Runner's programs (keyed by Spec)
// and weight buffers (named by parameter). Code that runs its own programs
// over the same weights shares it, keying them by its own types (a
// Trainer's step updates the weights in place with Call.Updates).
func (r *Runner) Session() *session.Session[any] { return r.sess }

// DType is the compute dtype.
func (r *Runner) DType() ir.DType { return r.dtype }

// Compiles counts backend compilations in the Runner's session so far: one
// per distinct Spec, plus any program others compiled in Session().
func (r *Runner) Compiles() int { return r.sess.Stats().Compiles }

// Program returns the compiled program for spec, building it, uploading
// the weights it needs and compiling it on first use. A cancelled ctx is
// reported as ctx.Err() before building and before compiling.
func (r *Runner) Program(ctx context.Context, spec Spec) (*Program, error) {
	if err := checkLabels(r.model, spec); err != nil {
		return nil, err
	}
	if err := checkStage(r.model, spec); err != nil {
		return nil, err
	}
	key := programKey{Spec: spec, Adapter: r.adapterKey()}
	return r.sess.Program(ctx, key, func(context.Context) (*ir.Func, error) {
		name := fmt.Sprintf("%s_%s", sanitize(r.model.Arch()), spec)
		r.mu.Lock()
		ad, q := r.adapter, r.quantized
		r.mu.Unlock()
		if _, n := r.shardAxis(""); n > 1 && (ad != nil || q != nil) {
			return nil, fmt.Errorf("building %s: adapters and quantized kernels on a model sharded over %d devices are not implemented", name, n)
		}
		f, err := frontend.Build(name, func(g *frontend.Graph) error {
			if ad != nil {
				nn.WithAdapters(g, ad)
			}
			if q != nil {
				nn.WithQuantized(g, q)
			}
			return r.model.Build(g, spec, r.dtype)
		})
		if err != nil {
			return nil, fmt.Errorf("building %s: %w", name, err)
		}
		r.mu.Lock()
		defer r.mu.Unlock()
		if r.adapter != ad {
			return nil, fmt.Errorf("building %s: the adapter changed while the program was built", name)
		}
		if err := r.bindWeightsLocked(f); err != nil {
			return nil, err
		}
		if r.strict {
			if unused := r.unusedLocked(); len(unused) > 0 {
				return nil, fmt.Errorf("checkpoint %s has tensors %s does not use: %s", r.ckpt.Path(), r.model.Arch(), strings.Join(unused, ", "))
			}
		}
		return f, nil
	})
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

// BindWeights uploads, as session buffers named by parameter, every
// weight parameter of f (a function built from the Runner's model) that is
// not in the session yet, exactly as Program does for its own programs:
// read from the checkpoint, converted to the parameter's dtype, tied
// parameters sharing one buffer. It is the hook for code that builds its
// own programs over the Runner's weights (a training step) without
// compiling the model's forward program. Errors name the checkpoint and
// the missing or mis-shaped tensors.
func (r *Runner) BindWeights(f *ir.Func) error {
	if f == nil {
		return fmt.Errorf("bind weights: nil function")
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.bindWeightsLocked(f)
}

// bindWeightsLocked uploads every weight parameter of f not uploaded yet.
// It reports all missing and mis-shaped weights at once, naming the
// checkpoint and the tensors.
func (r *Runner) bindWeightsLocked(f *ir.Func) error {
	var missing, bad []string
	loraParams := map[string]string{} // adapter parameter -> shape
	var loraNames, overrides map[string]string
	if r.adapter != nil {
		loraNames = map[string]string{}
		for _, m := range r.adapter.modules() {
			for _, p := range m.lora.Params() {
				loraNames[p] = m.module.Path
			}
		}
		overrides = r.adapter.Overrides()
	}
	for _, p := range f.Params {
		if IsInputName(p.Name) {
			continue
		}
		if _, ok := loraNames[p.Name]; ok {
			loraParams[p.Name] = fmt.Sprint(p.Type.Shape)
			continue
		}
		if r.sess.Has(p.Name) {
			continue
		}
		if key, ok := overrides[p.Name]; ok {
			// modules_to_save: the adapter's trained copy is uploaded
			// under the parameter; the checkpoint's is read back when
			// the adapter is removed.
			if err := r.bindOverrideLocked(p.Name, p.Type, key); err != nil {
				return err
			}
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
			if ok, err := r.bindStackedLocked(p.Name, p.Type); err != nil {
				bad = append(bad, err.Error())
				continue
			} else if ok {
				continue
			}
			missing = append(missing, p.Name)
			continue
		}
		if holder, ok := r.bySource[src]; ok {
			// Tied parameters share one uploaded buffer.
			if err := r.sess.Tie(p.Name, holder); err != nil {
				return err
			}
			continue
		}
		info, _ := r.ckpt.Info(src)
		if axis, n := r.shardAxis(p.Name); axis >= 0 {
			if msg, err := r.bindShardLocked(p.Name, p.Type, src, info.Shape, axis, n); err != nil {
				return err
			} else if msg != "" {
				bad = append(bad, msg)
			}
			continue
		}
		if !info.Shape.Equal(p.Type.Shape) {
			bad = append(bad, fmt.Sprintf("%s is %s, the model needs %s", src, info.Shape, p.Type.Shape))
			continue
		}
		// A tensor stored in the compute dtype is uploaded from the
		// checkpoint's view (Upload copies), not from a converted copy:
		// the weights are then never held three times while loading.
		// Its mapped pages are dropped once copied, so that the process
		// does not keep the file resident beside the uploaded buffers.
		var t *tensor.Tensor
		var err error
		if info.DType == p.Type.DType {
			t, err = r.ckpt.Tensor(src)
		} else {
			t, err = r.ckpt.TensorAs(src, p.Type.DType)
		}
		if err != nil {
			return fmt.Errorf("checkpoint %s: tensor %s: %w", r.ckpt.Path(), src, err)
		}
		if err := r.sess.Upload(p.Name, t); err != nil {
			return fmt.Errorf("checkpoint %s: tensor %s: %w", r.ckpt.Path(), src, err)
		}
		r.ckpt.DropPages(t)
		r.bySource[src] = p.Name
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
	return r.bindAdapterLocked(loraParams)
}

// WeightSources maps each checkpoint tensor the Runner has uploaded to the
// session buffer name holding it: the parameter it was first bound to
// (names tied to that buffer share it). A trainer that saves its updated
// buffers under their checkpoint names reads it.
func (r *Runner) WeightSources() map[string]string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make(map[string]string, len(r.bySource))
	for src, p := range r.bySource {
		out[src] = p
	}
	return out
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
// SetQuantized makes the programs built from now on run the Linear layers
// named in specs (module names, "model.layers.0.mlp.down_proj") with
// quant_matmul over their kiln-packed weights (<module>.kiln_qweight,
// .kiln_scales, .kiln_zeros, as quant.DequantizeKiln shows them) instead of
// a float <module>.weight. Call it before the first program is built.
func (r *Runner) SetQuantized(specs map[string]nn.QuantSpec) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.quantized = specs
}

// Quantized returns the specs SetQuantized gave (nil: none), keyed by
// module name; callers must not modify it.
func (r *Runner) Quantized() map[string]nn.QuantSpec {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.quantized
}

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
// afterwards. Outputs are returned by name; the caller frees them.
func (r *Runner) RunBuffers(ctx context.Context, spec Spec, inputs map[string]backends.Buffer, donate []string) (map[string]backends.Buffer, error) {
	p, err := r.Program(ctx, spec)
	if err != nil {
		return nil, err
	}
	out, err := r.sess.Run(ctx, p, session.Call{Inputs: inputs, Donate: donate})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", r.model.Arch(), err)
	}
	return out, nil
}

// Forward uploads host inputs, runs spec's program and downloads every
// output. Missing attention_mask defaults to ones, position_ids to HF's
// rule (cumsum(mask) - 1, clamped at 0) and token_type_ids to zeros.
// Given labels, the program is spec's with Labels set (HF computes the
// loss whenever labels are passed); they are converted to the program's
// label dtype, and float inputs (an ImageModel's pixel_values, an
// encoder's input_features) to the compute dtype.
func (r *Runner) Forward(ctx context.Context, spec Spec, inputs map[string]*tensor.Tensor) (map[string]*tensor.Tensor, error) {
	if _, ok := inputs[InputLabels]; ok {
		spec.Labels = true
	}
	full, err := CompleteInputs(r.model, spec, inputs)
	if err != nil {
		return nil, err
	}
	p, err := r.Program(ctx, spec)
	if err != nil {
		return nil, err
	}
	bufs := map[string]backends.Buffer{}
	defer func() {
		for _, b := range bufs {
			b.Free()
		}
	}()
	for i, n := range p.Signature.ParamNames {
		if !IsInputName(n) {
			continue
		}
		t, ok := full[n]
		if !ok {
			return nil, fmt.Errorf("%s: input %q is required", r.model.Arch(), n)
		}
		if want := p.Signature.Params[i].DType; t.DType != want && (n == InputLabels || t.DType.IsFloat()) {
			if t, err = t.Convert(want); err != nil {
				return nil, fmt.Errorf("input %s: %w", n, err)
			}
		}
		b, err := r.uploadInput(n, t, p.Signature.Params[i])
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", n, err)
		}
		bufs[n] = b
	}
	res, err := r.RunBuffers(ctx, spec, bufs, nil)
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

// Close frees the uploaded weights and forgets compiled programs; later
// calls fail with session.ErrClosed.
func (r *Runner) Close() error { return r.sess.Close() }
