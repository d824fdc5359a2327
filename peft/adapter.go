package peft

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// KeyPrefix starts every key PEFT saves for a LoRA model
// (base_model.model.<module>.lora_A.weight; the adapter name is stripped).
const KeyPrefix = "base_model.model."

// Adapter is a loaded LoRA adapter: its config and its tensors, by the
// keys PEFT saved them under. It implements nn.Adapters and the
// models.Adapter a Runner takes. It is immutable once loaded.
type Adapter struct {
	Dir     string
	Config  *Config
	tensors map[string]*tensor.Tensor
	names   []string
}

// ConfigFile and the weight files PEFT writes, in the order they are tried.
const ConfigFile = "adapter_config.json"

var weightFiles = []string{"adapter_model.safetensors", "adapter_model.bin"}

// Load reads the adapter in dir: adapter_config.json and
// adapter_model.safetensors (else adapter_model.bin). Every tensor must be
// a lora_A / lora_B weight or a modules_to_save copy; errors name the
// file and the tensor.
func Load(dir string) (*Adapter, error) {
	cfgPath := filepath.Join(dir, ConfigFile)
	data, err := os.ReadFile(cfgPath)
	if err != nil {
		return nil, fmt.Errorf("adapter %s: %w", dir, err)
	}
	cfg, err := ParseConfig(data, cfgPath)
	if err != nil {
		return nil, err
	}
	file := ""
	for _, n := range weightFiles {
		if fi, err := os.Stat(filepath.Join(dir, n)); err == nil && !fi.IsDir() {
			file = filepath.Join(dir, n)
			break
		}
	}
	if file == "" {
		return nil, fmt.Errorf("adapter %s: no weights (looked for %s)", dir, strings.Join(weightFiles, ", "))
	}
	ck, err := weights.Open(file)
	if err != nil {
		return nil, fmt.Errorf("adapter %s: %w", dir, err)
	}
	defer ck.Close()
	ts := map[string]*tensor.Tensor{}
	for _, n := range ck.Names() {
		if !strings.HasPrefix(n, KeyPrefix) {
			return nil, fmt.Errorf("adapter %s: tensor %s: not a PEFT key (want %s<module>...)", file, n, KeyPrefix)
		}
		t, err := ck.Tensor(n)
		if err != nil {
			return nil, fmt.Errorf("adapter %s: tensor %s: %w", file, n, err)
		}
		// PEFT saves DoRA's magnitude as <module>.lora_magnitude_vector;
		// a state dict taken without its renaming has a ".weight" leaf.
		key := strings.TrimSuffix(n, "."+magnitudePart+".weight")
		if key != n {
			key += "." + magnitudePart
		}
		if _, dup := ts[key]; dup {
			return nil, fmt.Errorf("adapter %s: tensor %s is saved twice (as %s and %s.weight)", file, key, key, key)
		}
		ts[key] = t.Clone() // the file is closed on return
	}
	return newAdapter(dir, file, cfg, ts)
}

// New makes an adapter from a config and tensors keyed as PEFT saves them
// (base_model.model.<module>.lora_A.weight, .lora_B.weight,
// .lora_magnitude_vector, modules_to_save copies), with the checks Load
// makes. name identifies it in errors (Load uses the directory). The
// tensors are used as given, not copied: the caller must not change them.
func New(name string, cfg *Config, tensors map[string]*tensor.Tensor) (*Adapter, error) {
	if cfg == nil {
		return nil, fmt.Errorf("adapter %s: nil config", name)
	}
	return newAdapter(name, name, cfg, tensors)
}

func newAdapter(dir, file string, cfg *Config, ts map[string]*tensor.Tensor) (*Adapter, error) {
	a := &Adapter{Dir: dir, Config: cfg, tensors: map[string]*tensor.Tensor{}}
	for n, t := range ts {
		if !strings.HasPrefix(n, KeyPrefix) {
			return nil, fmt.Errorf("adapter %s: tensor %s: not a PEFT key (want %s<module>...)", file, n, KeyPrefix)
		}
		if !t.DType.IsFloat() {
			return nil, fmt.Errorf("adapter %s: tensor %s is %s, not a float", file, n, t.DType)
		}
		a.tensors[n] = t
		a.names = append(a.names, n)
	}
	sort.Strings(a.names)
	if err := a.check(file); err != nil {
		return nil, err
	}
	return a, nil
}

// check verifies that LoRA weights come in (A, B) pairs of matrices with
// the config's rank.
func (a *Adapter) check(file string) error {
	for _, n := range a.names {
		mod, part, ok := splitLoRAKey(n)
		if !ok {
			continue
		}
		t := a.tensors[n]
		if part == magnitudePart {
			if !a.Config.UseDoRA {
				return fmt.Errorf("adapter %s: has DoRA magnitude %s but %s does not set use_dora", file, n, ConfigFile)
			}
			b, ok := a.tensors[KeyPrefix+mod+".lora_B.weight"]
			if !ok {
				return fmt.Errorf("adapter %s: %s has no %s", file, n, KeyPrefix+mod+".lora_B.weight")
			}
			if len(t.Shape) != 1 || t.Shape[0] != b.Shape[0] {
				return fmt.Errorf("adapter %s: tensor %s has shape %v, want [%d] (lora_B's rows)", file, n, t.Shape, b.Shape[0])
			}
			continue
		}
		if part == "lora_A" && a.Config.UseDoRA {
			if _, ok := a.tensors[KeyPrefix+mod+"."+magnitudePart]; !ok {
				return fmt.Errorf("adapter %s: %s sets use_dora but module %s has no %s", file, ConfigFile, mod, KeyPrefix+mod+"."+magnitudePart)
			}
		}
		if len(t.Shape) != 2 {
			return fmt.Errorf("adapter %s: tensor %s has shape %v, want a matrix", file, n, t.Shape)
		}
		other := KeyPrefix + mod + ".lora_B.weight"
		if part == "lora_B" {
			other = KeyPrefix + mod + ".lora_A.weight"
		}
		if _, ok := a.tensors[other]; !ok {
			return fmt.Errorf("adapter %s: %s has no %s", file, n, other)
		}
		r, _ := a.Config.RankAlpha(mod)
		if got := rankOf(part, t); got != r {
			return fmt.Errorf("adapter %s: %s has rank %d but %s gives module %s rank %d", file, n, got, ConfigFile, mod, r)
		}
	}
	return nil
}

func rankOf(part string, t *tensor.Tensor) int {
	if part == "lora_A" {
		return t.Shape[0]
	}
	return t.Shape[1]
}

// magnitudePart is the leaf PEFT saves DoRA's magnitude vector under.
const magnitudePart = "lora_magnitude_vector"

// splitLoRAKey splits base_model.model.<module>.lora_{A,B}.weight and
// base_model.model.<module>.lora_magnitude_vector.
func splitLoRAKey(n string) (module, part string, ok bool) {
	rest, found := strings.CutPrefix(n, KeyPrefix)
	if !found {
		return "", "", false
	}
	if m, found := strings.CutSuffix(rest, "."+magnitudePart); found {
		return m, magnitudePart, true
	}
	for _, p := range []string{"lora_A", "lora_B"} {
		if m, found := strings.CutSuffix(rest, "."+p+".weight"); found {
			return m, p, true
		}
	}
	return "", "", false
}

// Name identifies the adapter in errors (its directory).
func (a *Adapter) Name() string { return a.Dir }

// Names lists the adapter's tensor keys, sorted.
func (a *Adapter) Names() []string { return append([]string(nil), a.names...) }

// Tensor returns the tensor saved under key.
func (a *Adapter) Tensor(key string) (*tensor.Tensor, bool) {
	t, ok := a.tensors[key]
	return t, ok
}

// LoRAModules lists the modules the adapter holds LoRA weights for, sorted.
func (a *Adapter) LoRAModules() []string {
	var out []string
	for _, n := range a.names {
		if m, part, ok := splitLoRAKey(n); ok && part == "lora_A" {
			out = append(out, m)
		}
	}
	return out
}

// Overrides maps each model parameter that modules_to_save replaces to
// the adapter key holding its trained copy (PEFT saves the copy of
// <module>.<leaf> as base_model.model.<module>.<leaf>).
func (a *Adapter) Overrides() map[string]string {
	out := map[string]string{}
	for _, n := range a.names {
		if _, _, ok := splitLoRAKey(n); ok {
			continue
		}
		out[strings.TrimPrefix(n, KeyPrefix)] = n
	}
	return out
}

// LoRA implements nn.Adapters with PEFT's matching rules (Config.Targets)
// and per-module rank and scaling. Parameters are named by PEFT's keys.
func (a *Adapter) LoRA(m nn.Module) *nn.LoRA {
	if !a.Config.Targets(m.Path) {
		return nil
	}
	r, _ := a.Config.RankAlpha(m.Path)
	l := &nn.LoRA{
		A: KeyPrefix + m.Path + ".lora_A.weight", B: KeyPrefix + m.Path + ".lora_B.weight",
		Rank: r, Scaling: a.Config.Scaling(m.Path), Dropout: a.Config.Dropout,
	}
	if a.Config.UseDoRA {
		l.Magnitude = KeyPrefix + m.Path + "." + magnitudePart
	}
	return l
}

// MergeDoRA is the models.DoRAMerger hook: MergeDoRA of this package.
func (a *Adapter) MergeDoRA(w, A, B, magnitude *tensor.Tensor, scaling float64, fanInFanOut bool) (*tensor.Tensor, error) {
	return MergeDoRA(w, A, B, magnitude, scaling, fanInFanOut)
}

// Structure is the part of the config that shapes the program (which
// modules are adapted, their ranks and scalings): adapters of equal
// Structure run on the same compiled programs with other buffers.
func (a *Adapter) Structure() string {
	c := *a.Config
	c.Dropout, c.BaseModel, c.ModulesToSave, c.Init = 0, "", nil, ""
	b, _ := json.Marshal(c)
	// The parameters its modules_to_save copies replace: a model may
	// declare a replaced parameter that it otherwise shares (a tied LM
	// head gets its own lm_head.weight, nn.Scope.Replaced), so they are
	// part of the program.
	var replaced []string
	for p := range a.Overrides() {
		replaced = append(replaced, p)
	}
	if len(replaced) == 0 {
		return string(b)
	}
	sort.Strings(replaced)
	return string(b) + " replaces " + strings.Join(replaced, ",")
}

// TargetModules describes target_modules for errors ("[q_proj v_proj]",
// the regex, or all-linear).
func (a *Adapter) TargetModules() string {
	switch {
	case a.Config.AllLinear:
		return "all-linear"
	case a.Config.TargetRegex != "":
		return fmt.Sprintf("%q", a.Config.TargetRegex)
	}
	return fmt.Sprint(a.Config.TargetNames)
}
