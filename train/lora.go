package train

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/tensor"
)

// NewLoRA creates a fresh adapter of cfg for r's model (kiln train
// --peft): the modules cfg targets are found by building the model's
// program (PEFT's matching rules on the Hugging Face module names), and
// the weights are initialised by peft.NewAdapter with seed
// (TrainingArguments.seed). name identifies the adapter in errors (the
// config file). The caller applies it with r.SetAdapter, after which a
// Trainer over r trains it.
func NewLoRA(r *models.Runner, cfg *peft.Config, name string, seed int64) (*peft.Adapter, error) {
	probe := &moduleProbe{cfg: cfg}
	m := r.Model()
	f, err := frontend.Build("lora_probe_"+m.Arch(), func(g *frontend.Graph) error {
		nn.WithAdapters(g, probe)
		return m.Build(g, models.Spec{Batch: 1, Seq: 1}, r.DType())
	})
	if err != nil {
		return nil, fmt.Errorf("adapter %s: building %s to find its modules: %w", name, m.Arch(), err)
	}
	if q := r.Quantized(); cfg.UseDoRA && len(q) > 0 {
		for _, m := range probe.modules {
			if _, ok := q[m.Path]; ok {
				return nil, fmt.Errorf("adapter %s: use_dora on %s, a Linear kept packed (quantized base): DoRA's magnitude needs the base weight's row norms, which the packed path does not compute; train it over the dequantized base (kiln train --dequantize-base)", name, m.Path)
			}
		}
	}
	base := peft.Base{DType: r.DType()}
	if cfg.UseDoRA || len(cfg.ModulesToSave) > 0 {
		// DoRA's magnitudes and the modules_to_save copies start from the
		// base weights: bind them (training binds them anyway) and read
		// them back in the compute dtype.
		if err := r.BindWeights(f); err != nil {
			return nil, fmt.Errorf("adapter %s: %w", name, err)
		}
		for _, p := range f.Params {
			if !models.IsInputName(p.Name) {
				base.Params = append(base.Params, p.Name)
			}
		}
		download := r.Session().Download
		base.Tensor = download
		if shared := tiedHeadSource(m, cfg); shared != "" {
			// PEFT's ModulesToSaveWrapper deep-copies lm_head, whose
			// weight is the embedding's: an untied copy that starts as
			// the embedding. The adapter's programs then declare
			// lm_head.weight of their own (nn.Scope.Replaced).
			base.Params = append(base.Params, tiedHead)
			base.Tensor = func(n string) (*tensor.Tensor, error) {
				if n == tiedHead {
					n = shared
				}
				return download(n)
			}
		}
	}
	return peft.NewAdapter(name, cfg, probe.modules, seed, base)
}

// tiedHead is the parameter of a causal LM's head.
const tiedHead = "lm_head.weight"

// tiedHeadSource returns, when cfg's modules_to_save wraps the LM head
// ("lm_head" ends with an entry: PEFT's endswith rule) of a causal LM
// that ties its head to the input embeddings, the parameter the head
// shares (by the model's weight aliases); "" otherwise, where a
// modules_to_save entry for the head matches nothing, as in PEFT.
func tiedHeadSource(m models.Model, cfg *peft.Config) string {
	if m.Task() != models.TaskCausalLM || !m.Config().Common().Tied() {
		return ""
	}
	saved := false
	for _, e := range cfg.ModulesToSave {
		saved = saved || (e != "" && strings.HasSuffix("lm_head", e))
	}
	if !saved {
		return ""
	}
	al := m.WeightAliases()
	if names := al[tiedHead]; len(names) > 0 {
		return names[0]
	}
	for p, names := range al {
		for _, n := range names {
			if n == tiedHead {
				return p
			}
		}
	}
	return ""
}

// moduleProbe records the modules a config targets, adapting none.
type moduleProbe struct {
	cfg     *peft.Config
	modules []nn.Module
}

func (p *moduleProbe) LoRA(m nn.Module) *nn.LoRA {
	if p.cfg.Targets(m.Path) {
		p.modules = append(p.modules, m)
	}
	return nil
}

// loraAdapter is the adapter the Trainer trains (the Runner's, set with
// SetAdapter), or nil for full training. Only a peft.Adapter (which
// knows how to save itself in PEFT's format) is trainable: its LoRA
// weights, DoRA magnitudes and modules_to_save copies.
func loraAdapter(r *models.Runner) (*peft.Adapter, error) {
	a := r.Adapter()
	if a == nil {
		return nil, nil
	}
	pa, ok := a.(*peft.Adapter)
	if !ok {
		return nil, fmt.Errorf("trainer: the runner's adapter %s is a %T; only a peft.Adapter can be trained and saved", a.Name(), a)
	}
	if r.MergedAdapter() != nil {
		return nil, fmt.Errorf("trainer: adapter %s is merged into the weights; unmerge it before training", r.MergedAdapter().Name())
	}
	return pa, nil
}

// trainableOf is StepConfig.Trainable for adapter a: its LoRA weights
// and DoRA magnitudes (parameters named by their keys) and the model
// parameters its modules_to_save copies replace (PEFT's
// ModulesToSaveWrapper trains the copy; the Runner holds it under the
// model parameter's name).
func trainableOf(a *peft.Adapter) func(string) bool {
	overrides := a.Overrides()
	return func(name string) bool {
		if _, ok := overrides[name]; ok {
			return true
		}
		_, ok := a.Tensor(name)
		return ok
	}
}

// sessionName is the session buffer holding adapter key k: the model
// parameter for a modules_to_save copy, k itself otherwise.
func sessionName(a *peft.Adapter, k string) string {
	for p, key := range a.Overrides() {
		if key == k {
			return p
		}
	}
	return k
}

// stageAdapter writes the trained adapter into stage as PEFT's
// save_pretrained does (adapter_config.json, adapter_model.safetensors
// with PEFT's keys, float32 values from the session) and returns the
// files' names.
func (t *Trainer) stageAdapter(stage string) ([]string, error) {
	vals := map[string]*tensor.Tensor{}
	for _, n := range t.adapter.Names() {
		x, err := t.weight(sessionName(t.adapter, n))
		if err != nil {
			return nil, fmt.Errorf("save adapter: parameter %s: %w", n, err)
		}
		vals[n] = x
	}
	trained, err := t.adapter.WithTensors(vals)
	if err != nil {
		return nil, fmt.Errorf("save adapter: %w", err)
	}
	base := t.opts.BaseModelName
	if base == "" {
		base = t.opts.ModelDir
	}
	return trained.Save(stage, base)
}

// readAdapterParams reads the step's trained parameters (the adapter's
// LoRA weights, DoRA magnitudes and modules_to_save copies) from dir's adapter_model.safetensors, by PEFT's keys.
func (t *Trainer) readAdapterParams(dir string, step *Step, field string) (map[string]*tensor.Tensor, error) {
	path := filepath.Join(dir, peft.WeightsFile)
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("%s: %s: %w (a LoRA run resumes from checkpoints of LoRA runs)", field, dir, err)
	}
	a, err := peft.Load(dir)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", field, err)
	}
	if got, want := a.Structure(), t.adapter.Structure(); got != want {
		return nil, fmt.Errorf("%s: %s holds an adapter of another configuration than the one trained (%s)", field, dir, peft.ConfigFile)
	}
	out := map[string]*tensor.Tensor{}
	overrides := a.Overrides()
	for _, p := range step.Params() {
		key := p.Name
		if k, ok := overrides[p.Name]; ok {
			key = k // a modules_to_save copy
		}
		x, ok := a.Tensor(key)
		if !ok {
			return nil, fmt.Errorf("%s: %s has no tensor %s", field, path, key)
		}
		if !x.Shape.Equal(p.Type.Shape) {
			return nil, fmt.Errorf("%s: %s: tensor %s is %v, the adapter's is %v", field, path, p.Name, x.Shape, p.Type.Shape)
		}
		if x, err = x.Convert(ir.Float32); err != nil {
			return nil, fmt.Errorf("%s: %s: tensor %s: %w", field, path, p.Name, err)
		}
		out[p.Name] = x
	}
	return out, nil
}
