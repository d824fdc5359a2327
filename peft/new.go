package peft

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// defaultTargets is PEFT's TRANSFORMERS_MODELS_TO_LORA_TARGET_MODULES_MAPPING
// for the model types kiln trains: the target_modules a LoraConfig without
// them gets from get_peft_model.
var defaultTargets = map[string][]string{
	"llama": {"q_proj", "v_proj"}, "mistral": {"q_proj", "v_proj"}, "qwen2": {"q_proj", "v_proj"},
	"qwen3": {"q_proj", "v_proj"}, "gpt2": {"c_attn"}, "bert": {"query", "value"},
	"gemma2": {"q_proj", "v_proj"}, "gemma3_text": {"q_proj", "v_proj"}, "gpt_neox": {"query_key_value"},
	"phi3": {"qkv_proj", "o_proj", "gate_up_proj", "down_proj"},
}

// ParseTrainingConfig parses a LoraConfig for a new adapter (kiln train
// --peft): ParseConfig's rules, plus PEFT's defaults for a model of
// modelType (config.json's model_type) when target_modules is missing.
// Errors name file and the field.
func ParseTrainingConfig(data []byte, file, modelType string) (*Config, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if raw == nil {
		return nil, fmt.Errorf("%s: not a JSON object", file)
	}
	if m, ok := raw["target_modules"]; !ok || isNull(m) {
		def, ok := defaultTargets[modelType]
		if !ok {
			return nil, fmt.Errorf("%s: target_modules is missing and PEFT has no default for model_type %q: list the modules", file, modelType)
		}
		raw["target_modules"], _ = json.Marshal(def)
		data, _ = json.Marshal(raw)
	}
	return ParseConfig(data, file)
}

// Base is what NewAdapter reads of the base model: the names of its
// parameters (Hugging Face names, from a program build) and their values
// (in any float dtype). DoRA magnitudes need the targeted modules'
// weights and modules_to_save copies their modules' parameters; a config
// with neither reads nothing (the zero Base will do).
//
// DType is the base's compute dtype (Invalid: float32). On a bfloat16 or
// float16 base the new adapter's values are those PEFT gives it there:
// LoRA weights drawn in float32, rounded to the base's dtype (PEFT's
// update_layer moves them to the base layer's dtype) and kept as float32
// (autocast_adapter_dtype upcasts them again); DoRA magnitudes computed
// from the rounded weights and rounded the same way. The tensors stay
// float32.
type Base struct {
	Params []string
	Tensor func(name string) (*tensor.Tensor, error)
	DType  ir.DType
}

// roundThrough rounds every value of v to half-precision dtype dt (to
// nearest, ties to even) and back; other dtypes leave v as it is.
func roundThrough(v []float32, dt ir.DType) {
	switch dt {
	case ir.BFloat16:
		for i, x := range v {
			v[i] = tensor.BFloat16ToFloat32(tensor.Float32ToBFloat16(x))
		}
	case ir.Float16:
		for i, x := range v {
			v[i] = tensor.Float16ToFloat32(tensor.Float32ToFloat16(x))
		}
	}
}

// NewAdapter creates a fresh adapter of cfg on modules (the layers of the
// base model cfg targets, as a program build reports them to
// nn.Adapters), initialised as PEFT's LoraLayer.reset_lora_parameters
// does for init_lora_weights:
//
//   - true: lora_A by kaiming_uniform_(a=sqrt(5)), i.e. uniform in
//     ±1/sqrt(in features); lora_B zeros (the adapter starts as the base);
//   - "gaussian": lora_A normal with std 1/r; lora_B zeros;
//   - false: both as a fresh nn.Linear (uniform in ±1/sqrt(fan_in): in
//     features for A, r for B), so the adapter changes the model at once.
//
// With use_dora, each module's lora_magnitude_vector is DoRAMagnitude of
// its base weight (base.Tensor(<module>.weight)) and the new A, B, as
// PEFT's DoraLinearLayer.update_layer computes it. modules_to_save copies
// (ModulesToSaveWrapper) start as the base's parameters: every parameter
// of base.Params under a module whose name ends with an entry of
// modules_to_save (PEFT's str.endswith rule) is copied under
// base_model.model.<parameter>; entries matching nothing are ignored, as
// PEFT ignores them.
//
// The values come from kiln's generator (Go's PCG seeded by seed and the
// tensor's key): reproducible for a seed, independent of the module order,
// but not torch's stream, so no seed gives PEFT's numbers. The LoRA
// tensors are float32, named by PEFT's keys. name identifies the adapter
// in errors. The other init_lora_weights strings are refused.
func NewAdapter(name string, cfg *Config, modules []nn.Module, seed int64, base Base) (*Adapter, error) {
	switch cfg.Init {
	case "true", "false", "gaussian":
	default:
		return nil, fmt.Errorf("adapter %s: init_lora_weights %q: kiln initialises new adapters with true, \"gaussian\" or false only", name, cfg.Init)
	}
	if len(modules) == 0 {
		return nil, fmt.Errorf("adapter %s: target_modules %s match no module of the model", name, describeTargets(cfg))
	}
	if (cfg.UseDoRA || len(cfg.ModulesToSave) > 0) && base.Tensor == nil {
		return nil, fmt.Errorf("adapter %s: use_dora and modules_to_save need the base model's weights (peft.Base.Tensor is nil)", name)
	}
	a := &Adapter{Dir: name, Config: cfg, tensors: map[string]*tensor.Tensor{}}
	for _, m := range modules {
		r, _ := cfg.RankAlpha(m.Path)
		ka, kb := KeyPrefix+m.Path+".lora_A.weight", KeyPrefix+m.Path+".lora_B.weight"
		if _, dup := a.tensors[ka]; dup {
			continue
		}
		av := make([]float32, r*m.In)
		bv := make([]float32, m.Out*r)
		switch cfg.Init {
		case "true":
			uniform(av, 1/math.Sqrt(float64(m.In)), seed, ka)
		case "gaussian":
			normal(av, 1/float64(r), seed, ka)
		case "false":
			uniform(av, 1/math.Sqrt(float64(m.In)), seed, ka)
			uniform(bv, 1/math.Sqrt(float64(r)), seed, kb)
		}
		roundThrough(av, base.DType)
		roundThrough(bv, base.DType)
		ta, err := tensor.FromFloat32(ir.Shape{r, m.In}, av)
		if err != nil {
			return nil, err
		}
		tb, err := tensor.FromFloat32(ir.Shape{m.Out, r}, bv)
		if err != nil {
			return nil, err
		}
		a.tensors[ka], a.tensors[kb] = ta, tb
		a.names = append(a.names, ka, kb)
		if cfg.UseDoRA {
			w, err := base.Tensor(m.Path + ".weight")
			if err != nil {
				return nil, fmt.Errorf("adapter %s: DoRA magnitude of %s: %w", name, m.Path, err)
			}
			mag, err := DoRAMagnitude(w, ta, tb, cfg.Scaling(m.Path), m.FanInFanOut)
			if err != nil {
				return nil, fmt.Errorf("adapter %s: DoRA magnitude of %s: %w", name, m.Path, err)
			}
			if base.DType == ir.BFloat16 || base.DType == ir.Float16 {
				mv := mag.Float32s()
				roundThrough(mv, base.DType)
				if mag, err = tensor.FromFloat32(mag.Shape, mv); err != nil {
					return nil, err
				}
			}
			km := KeyPrefix + m.Path + "." + magnitudePart
			a.tensors[km] = mag
			a.names = append(a.names, km)
		}
	}
	for _, p := range base.Params {
		if !savedModule(p, cfg.ModulesToSave) {
			continue
		}
		if _, lora := a.tensors[KeyPrefix+p]; lora {
			continue
		}
		t, err := base.Tensor(p)
		if err != nil {
			return nil, fmt.Errorf("adapter %s: modules_to_save copy of %s: %w", name, p, err)
		}
		if t, err = t.Convert(ir.Float32); err != nil {
			return nil, fmt.Errorf("adapter %s: modules_to_save copy of %s: %w", name, p, err)
		}
		a.tensors[KeyPrefix+p] = t
		a.names = append(a.names, KeyPrefix+p)
	}
	sort.Strings(a.names)
	if err := a.check(name); err != nil {
		return nil, err
	}
	return a, nil
}

// savedModule reports whether parameter p (<module>.<leaf>) belongs to a
// module that modules_to_save wraps: one of its enclosing modules' names
// ends with an entry (PEFT's _set_trainable: key.endswith(target_key)).
func savedModule(p string, entries []string) bool {
	for i := len(p) - 1; i > 0; i-- {
		if p[i] != '.' {
			continue
		}
		mod := p[:i]
		for _, e := range entries {
			if e != "" && strings.HasSuffix(mod, e) {
				return true
			}
		}
	}
	return false
}

func describeTargets(cfg *Config) string {
	return (&Adapter{Config: cfg}).TargetModules()
}

// rng is the generator of one tensor: PCG seeded by (seed, FNV-1a of key).
func rng(seed int64, key string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(key))
	return rand.New(rand.NewPCG(uint64(seed), h.Sum64()))
}

// uniform fills v with U(-bound, bound) in float64, rounded to float32.
func uniform(v []float32, bound float64, seed int64, key string) {
	g := rng(seed, key)
	for i := range v {
		v[i] = float32((2*g.Float64() - 1) * bound)
	}
}

// normal fills v with N(0, std²).
func normal(v []float32, std float64, seed int64, key string) {
	g := rng(seed, key)
	for i := range v {
		v[i] = float32(g.NormFloat64() * std)
	}
}

// WithTensors returns a copy of a holding tensors (by key) instead of its
// own: the trained values of a training run. Every key of a must be
// given, of its shape.
func (a *Adapter) WithTensors(tensors map[string]*tensor.Tensor) (*Adapter, error) {
	out := &Adapter{Dir: a.Dir, Config: a.Config, tensors: map[string]*tensor.Tensor{}, names: a.Names()}
	for _, n := range a.names {
		t, ok := tensors[n]
		if !ok || t == nil {
			return nil, fmt.Errorf("adapter %s: no value for %s", a.Dir, n)
		}
		if !t.Shape.Equal(a.tensors[n].Shape) {
			return nil, fmt.Errorf("adapter %s: %s is %v, want %v", a.Dir, n, t.Shape, a.tensors[n].Shape)
		}
		out.tensors[n] = t
	}
	return out, nil
}
