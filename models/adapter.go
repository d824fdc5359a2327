package models

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Adapter is what a Runner needs of a loaded adapter (peft.Adapter is
// one): which modules it adapts (nn.Adapters, parameters named by its
// tensor keys), its tensors, and a Structure string that is equal for
// adapters that compile to the same programs.
type Adapter interface {
	nn.Adapters
	Name() string
	Structure() string
	Names() []string
	Tensor(key string) (*tensor.Tensor, bool)
	// Overrides maps model parameters the adapter replaces outright
	// (PEFT's modules_to_save) to the tensor keys holding them.
	Overrides() map[string]string
}

// MergeFunc merges a low-rank update into a base weight (peft.Delta then
// peft.MergeWeight); the Runner takes it as an argument so that package
// models does not depend on package peft.
type MergeFunc func(w, a, b *tensor.Tensor, scaling float64, fanInFanOut bool) (*tensor.Tensor, error)

// DoRAMerger is implemented by adapters with DoRA modules (peft.Adapter):
// MergeAdapter merges a module that has a magnitude vector with
// MergeDoRA (the magnitude rescales each output row of
// w + scaling·B·A) instead of the MergeFunc.
type DoRAMerger interface {
	MergeDoRA(w, a, b, magnitude *tensor.Tensor, scaling float64, fanInFanOut bool) (*tensor.Tensor, error)
}

// programKey keys the Runner's programs: the Spec and the structure of
// the adapter applied unmerged ("" for none).
type programKey struct {
	Spec
	Adapter string
}

// recorder remembers the modules an adapter adapted while programs were
// built, for merging and for the unused-weights check.
type recorder struct {
	Adapter
	*seenSet
}

// seenSet is shared by the recorders of one Structure: a program compiled
// for an earlier adapter of that structure adapted the same modules.
type seenSet struct {
	mu   sync.Mutex
	seen map[string]adapted
}

type adapted struct {
	module nn.Module
	lora   nn.LoRA
}

func (r *recorder) LoRA(m nn.Module) *nn.LoRA {
	l := r.Adapter.LoRA(m)
	if l != nil {
		r.mu.Lock()
		r.seen[m.Path] = adapted{m, *l}
		r.mu.Unlock()
	}
	return l
}

func (r *recorder) modules() []adapted {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]adapted, 0, len(r.seen))
	for _, a := range r.seen {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].module.Path < out[j].module.Path })
	return out
}

// SetAdapter applies a (nil: none) unmerged to every later run, as the
// active adapter without a name (adapters loaded by name stay loaded; see
// LoadAdapter and SetActive). An adapter of the same Structure as one
// used before runs on the programs already compiled: its weights replace
// the previous adapter's buffers. A merged adapter must be unmerged
// first; while adapters are disabled (DisableAdapter) a is recorded and
// applies on EnableAdapter. Not safe to call while runs are in flight.
func (r *Runner) SetAdapter(a Adapter) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.merged != nil {
		return fmt.Errorf("adapter %s is merged into the weights; unmerge it before setting another", r.merged.Name())
	}
	return r.activateLocked("", a)
}

func (r *Runner) setAdapterLocked(a Adapter) error {
	var old Adapter
	if r.adapter != nil {
		old = r.adapter.Adapter
	}
	// Buffers of the previous adapter: replaced by the new one's tensor
	// of the same name and type, else dropped (rebound when a program
	// needs them).
	if old != nil {
		for _, n := range old.Names() {
			if !r.sess.Has(n) {
				continue
			}
			if a != nil {
				if t, ok := a.Tensor(n); ok {
					if tt, err := t.Convert(nn.AdapterDType(r.dtype)); err == nil && r.sess.Replace(n, tt) == nil {
						continue
					}
				}
			}
			if err := r.sess.Delete(n); err != nil {
				return err
			}
		}
	}
	if err := r.swapOverrides(old, a); err != nil {
		return err
	}
	r.adapter = nil
	if a == nil {
		return nil
	}
	st := a.Structure()
	if r.seenBy[st] == nil {
		r.seenBy[st] = &seenSet{seen: map[string]adapted{}}
	}
	r.adapter = &recorder{Adapter: a, seenSet: r.seenBy[st]}
	// Programs compiled for this structure are reused without binding:
	// upload (and check) now the weights they need that the swap above
	// did not replace (an adapter of another structure ran in between).
	if err := r.bindSeenLocked(); err != nil {
		r.adapter = nil
		for _, n := range a.Names() {
			if r.sess.Has(n) {
				r.sess.Delete(n)
			}
		}
		if e := r.swapOverrides(a, nil); e != nil {
			return fmt.Errorf("%w (and restoring the base: %v)", err, e)
		}
		return err
	}
	return nil
}

// bindSeenLocked binds the adapter's weights for the modules programs of
// its structure already adapted (nothing when none was compiled yet).
func (r *Runner) bindSeenLocked() error {
	mods := r.adapter.modules()
	if len(mods) == 0 {
		return nil
	}
	params := map[string]string{}
	for _, m := range mods {
		l := m.lora
		params[l.A] = fmt.Sprint(ir.Shape{l.Rank, m.module.In})
		params[l.B] = fmt.Sprint(ir.Shape{m.module.Out, l.Rank})
		if l.Magnitude != "" {
			params[l.Magnitude] = fmt.Sprint(ir.Shape{m.module.Out})
		}
	}
	return r.bindAdapterLocked(params)
}

// swapOverrides restores the checkpoint's values of old's
// modules_to_save parameters and uploads a's, for buffers already bound.
func (r *Runner) swapOverrides(old, a Adapter) error {
	if old != nil {
		for p := range old.Overrides() {
			if !r.sess.Has(p) {
				continue
			}
			if typ, ok := r.untied[p]; ok {
				if err := r.restoreUntied(p, typ); err != nil {
					return err
				}
				continue
			}
			if err := r.reloadLocked(p); err != nil {
				return err
			}
		}
	}
	if a != nil {
		for p, key := range a.Overrides() {
			if typ, ok := r.untied[p]; ok && !r.sess.Has(p) {
				// Programs compiled for an adapter of this structure read
				// the copy; nothing else rebinds it.
				t, _ := a.Tensor(key)
				if err := r.bindUntied(p, typ, t, a.Name()+": "+key); err != nil {
					return err
				}
				continue
			}
			if !r.sess.Has(p) {
				continue
			}
			t, _ := a.Tensor(key)
			if err := r.replaceFrom(p, t, a.Name()+": "+key); err != nil {
				return err
			}
		}
	}
	return nil
}

// restoreUntied gives untied parameter p (of type typ) back to the base
// when its adapter goes: the checkpoint's value under one of p's aliases
// that no other parameter holds (a checkpoint that stores a tied pair
// under the other name), else no buffer at all (the head of a tied model,
// which the base programs do not declare).
func (r *Runner) restoreUntied(p string, typ ir.Type) error {
	for _, c := range r.candidates(p) {
		if _, ok := r.ckpt.Info(c); !ok {
			continue
		}
		if holder, ok := r.bySource[c]; ok && holder != p {
			continue
		}
		t, err := r.ckpt.TensorAs(c, typ.DType)
		if err != nil {
			return fmt.Errorf("checkpoint %s: tensor %s: %w", r.ckpt.Path(), c, err)
		}
		return r.sess.Replace(p, t)
	}
	return r.sess.Delete(p)
}

// bindUntied uploads t as untied parameter p of type typ.
func (r *Runner) bindUntied(p string, typ ir.Type, t *tensor.Tensor, what string) error {
	if !t.Shape.Equal(typ.Shape) {
		return fmt.Errorf("%s is %v, the model's %s is %v", what, t.Shape, p, typ.Shape)
	}
	tt, err := t.Convert(typ.DType)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return r.sess.Upload(p, tt)
}

func (r *Runner) replaceFrom(p string, t *tensor.Tensor, what string) error {
	b, err := r.sess.Buffer(p)
	if err != nil {
		return err
	}
	want := b.Type()
	if !t.Shape.Equal(want.Shape) {
		return fmt.Errorf("%s is %v, the model's %s is %v", what, t.Shape, p, want.Shape)
	}
	tt, err := t.Convert(want.DType)
	if err != nil {
		return err
	}
	return r.sess.Replace(p, tt)
}

// reloadLocked re-reads parameter p from the checkpoint into its buffer.
func (r *Runner) reloadLocked(p string) error {
	for src, holder := range r.bySource {
		if holder != p {
			continue
		}
		b, err := r.sess.Buffer(p)
		if err != nil {
			return err
		}
		t, err := r.ckpt.TensorAs(src, b.Type().DType)
		if err != nil {
			return fmt.Errorf("checkpoint %s: tensor %s: %w", r.ckpt.Path(), src, err)
		}
		return r.sess.Replace(p, t)
	}
	return fmt.Errorf("parameter %s was not read from the checkpoint", p)
}

// Adapter returns the adapter applied unmerged, or nil.
func (r *Runner) Adapter() Adapter {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.adapter == nil {
		return nil
	}
	return r.adapter.Adapter
}

// UntiedCopy reports whether parameter p, which an adapter's
// modules_to_save copy replaces, has no weight of its own in the base
// model: there p is another parameter's buffer (the LM head of a tied
// model, which the copy unties). It is false for a copy of a weight of
// its own and for a parameter no adapter has replaced; the answer is
// known once a program of the adapter declaring p has been bound
// (BindWeights), and stays after the adapter is removed.
func (r *Runner) UntiedCopy(p string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	_, ok := r.untied[p]
	return ok
}

// adapterKey is the structure of the adapter programs are built with.
func (r *Runner) adapterKey() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.adapter == nil {
		return ""
	}
	return r.adapter.Structure()
}

// bindAdapterLocked uploads the adapter's weights for the parameters of
// a program built with it, and checks that the program used every LoRA
// weight the adapter holds. Errors name the adapter and the module.
func (r *Runner) bindAdapterLocked(params map[string]string) error {
	a := r.adapter
	if a == nil {
		return nil
	}
	var missing, bad []string
	for p, shape := range params {
		t, ok := a.Tensor(p)
		if !ok {
			missing = append(missing, p)
			continue
		}
		if got := fmt.Sprint(t.Shape); got != shape {
			bad = append(bad, fmt.Sprintf("%s is %s, the model needs %s", p, got, shape))
			continue
		}
		if r.sess.Has(p) {
			continue
		}
		// float32 on a half-precision base, whatever the file holds, as
		// PEFT upcasts loaded adapter weights (nn.AdapterDType).
		tt, err := t.Convert(nn.AdapterDType(r.dtype))
		if err != nil {
			return fmt.Errorf("adapter %s: tensor %s: %w", a.Name(), p, err)
		}
		if err := r.sess.Upload(p, tt); err != nil {
			return fmt.Errorf("adapter %s: tensor %s: %w", a.Name(), p, err)
		}
	}
	var unused []string
	overrides := map[string]bool{}
	for _, k := range a.Overrides() {
		overrides[k] = true
	}
	for _, n := range a.Names() {
		if _, ok := params[n]; !ok && !overrides[n] {
			unused = append(unused, n)
		}
	}
	sort.Strings(missing)
	sort.Strings(bad)
	var parts []string
	if len(bad) > 0 {
		parts = append(parts, "wrong shapes (an adapter for another base model?): "+strings.Join(bad, "; "))
	}
	if len(missing) > 0 {
		parts = append(parts, "modules its config targets but it has no weights for: "+strings.Join(missing, ", "))
	}
	if len(unused) > 0 {
		parts = append(parts, fmt.Sprintf("weights for modules %s does not have or the config does not target: %s", r.model.Arch(), strings.Join(unused, ", ")))
	}
	if len(params) == 0 && len(parts) == 0 {
		what := "its target modules"
		if d, ok := a.Adapter.(interface{ TargetModules() string }); ok {
			what = "its target modules " + d.TargetModules()
		}
		parts = append(parts, what+" match no module of "+r.model.Arch())
	}
	if len(parts) > 0 {
		return fmt.Errorf("adapter %s does not fit %s: %s", a.Name(), r.model.Arch(), strings.Join(parts, "; "))
	}
	return nil
}

// bindOverrideLocked uploads the adapter's copy of parameter p (of type
// typ in the program), recording p's checkpoint source so that removing
// the adapter reloads it. A parameter with no checkpoint tensor of its own
// (its name's tensor is absent, or is the buffer of another parameter:
// the untied head of a tied model, nn.Scope.Replaced) is recorded as
// untied instead: removing the adapter drops its buffer (restoreUntied).
func (r *Runner) bindOverrideLocked(p string, typ ir.Type, key string) error {
	t, _ := r.adapter.Tensor(key)
	if !t.Shape.Equal(typ.Shape) {
		return fmt.Errorf("adapter %s: %s is %v, the model's %s is %v", r.adapter.Name(), key, t.Shape, p, typ.Shape)
	}
	src := ""
	for _, c := range r.ownCandidates(p) {
		if _, ok := r.ckpt.Info(c); !ok {
			continue
		}
		if holder, ok := r.bySource[c]; ok && holder != p {
			continue // another parameter's buffer (a tied weight)
		}
		src = c
		break
	}
	tt, err := t.Convert(typ.DType)
	if err != nil {
		return fmt.Errorf("adapter %s: tensor %s: %w", r.adapter.Name(), key, err)
	}
	if err := r.sess.Upload(p, tt); err != nil {
		return err
	}
	if src == "" {
		r.untied[p] = typ
		return nil
	}
	r.bySource[src] = p
	r.used[src] = true
	return nil
}

// ownCandidates lists the checkpoint names that may hold parameter p
// itself: p, and p without the base model's prefix. Unlike candidates it
// leaves out the model's aliases, which name another parameter's tensor
// (a tied weight).
func (r *Runner) ownCandidates(p string) []string {
	out := []string{p}
	if i := strings.IndexByte(p, '.'); i > 0 {
		out = append(out, p[i+1:])
	}
	return out
}

// BuildGraph builds the Runner's model for spec on g with the adapter set
// by SetAdapter attached (nn.WithAdapters) and the quantized Linears of
// SetQuantized kept packed (nn.WithQuantized), exactly as the Runner builds
// its own programs, so that BindWeights then binds the adapter's weights
// too. Code that builds its own programs over the Runner's model (a
// training step) calls it instead of Model().Build.
func (r *Runner) BuildGraph(g *frontend.Graph, spec Spec) error {
	r.mu.Lock()
	ad, q := r.adapter, r.quantized
	r.mu.Unlock()
	if ad != nil {
		nn.WithAdapters(g, ad)
	}
	if q != nil {
		// Packed quantized Linears (SetQuantized) stay packed in training
		// programs too: the frozen base of QLoRA.
		nn.WithQuantized(g, q)
	}
	return r.model.Build(g, spec, r.dtype)
}
