// Package peft reads adapters saved by Hugging Face's peft library
// (adapter_config.json + adapter_model.safetensors or .bin), decides
// which modules of a model they adapt with PEFT's matching rules, and
// merges them into base weights. The graph side (the unmerged update
// Scaling · B(A(x))) lives in frontend/nn; models.Runner binds the
// adapter's weights.
package peft

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
)

// Config is a LoraConfig (peft 0.21 names). Every field of
// adapter_config.json is either honoured here or refused by ParseConfig
// with an error naming it; fields at their default value are accepted.
type Config struct {
	R           int     // r: the rank
	Alpha       float64 // lora_alpha
	UseRSLoRA   bool    // use_rslora: scaling alpha/sqrt(r) instead of alpha/r
	FanInFanOut bool    // fan_in_fan_out (Conv1D layout; kiln knows it per layer)
	UseDoRA     bool    // use_dora: DoRA, with a magnitude vector per module
	// Targets: TargetRegex (a string target_modules, re.fullmatch on the
	// module name), AllLinear ("all-linear": every Linear/Conv1D but the
	// output head) or TargetNames (exact name or a ".name" suffix).
	TargetNames  []string
	TargetRegex  string
	AllLinear    bool
	ExcludeNames []string // exclude_modules, list form
	ExcludeRegex string   // exclude_modules, string form
	// LayersToTransform (nil: all layers) restricts targets to these layer
	// indices, found with LayersPattern (default PEFT's common names).
	LayersToTransform []int
	LayersPattern     []string
	RankPattern       []Pattern // rank_pattern, in file order
	AlphaPattern      []Pattern // alpha_pattern, in file order
	ModulesToSave     []string  // modules_to_save: fully trained copies
	Dropout           float64   // lora_dropout (training only)
	BaseModel         string    // base_model_name_or_path
	// Init is init_lora_weights as training a fresh adapter reads it:
	// "true" (the default), "false", "gaussian", or another accepted
	// string ("eva", "orthogonal"), which NewAdapter refuses.
	Init string
	// raw holds every field of the file as written, for SavedConfig.
	raw map[string]json.RawMessage
}

// Pattern is one rank_pattern / alpha_pattern entry: a regex key and its value.
type Pattern struct {
	Key   string
	Value float64
}

// commonLayersPattern is PEFT's COMMON_LAYERS_PATTERN.
var commonLayersPattern = []string{"layers", "h", "block", "blocks", "layer"}

// ignored fields carry no meaning for a loaded adapter (bookkeeping, or
// initialisation whose result is the saved weights).
var ignored = map[string]bool{
	"auto_mapping": true, "base_model_name_or_path": true, "revision": true, "task_type": true,
	"inference_mode": true, "peft_version": true, "megatron_core": true, "qalora_group_size": true,
	"eva_config": true, "lora_dropout": true,
}

// ParseConfig parses adapter_config.json (file names it in errors).
func ParseConfig(data []byte, file string) (*Config, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if raw == nil {
		return nil, fmt.Errorf("%s: not a JSON object", file)
	}
	c := &Config{Alpha: 8, R: 8}
	field := func(name string, v any) error {
		m, ok := raw[name]
		if !ok || isNull(m) {
			return nil
		}
		if err := json.Unmarshal(m, v); err != nil {
			return fmt.Errorf("%s: field %s: %v", file, name, err)
		}
		return nil
	}
	var pt string
	if err := field("peft_type", &pt); err != nil {
		return nil, err
	}
	if pt != "" && pt != "LORA" {
		return nil, fmt.Errorf("%s: peft_type %q: only LORA adapters are supported", file, pt)
	}
	var alpha float64 = 8
	for _, f := range []struct {
		name string
		v    any
	}{{"r", &c.R}, {"lora_alpha", &alpha}, {"use_rslora", &c.UseRSLoRA}, {"fan_in_fan_out", &c.FanInFanOut}, {"use_dora", &c.UseDoRA},
		{"lora_dropout", &c.Dropout}, {"modules_to_save", &c.ModulesToSave}, {"base_model_name_or_path", &c.BaseModel}} {
		if err := field(f.name, f.v); err != nil {
			return nil, err
		}
	}
	c.Alpha = alpha
	c.raw = raw
	c.Init = "true"
	if m, ok := raw["init_lora_weights"]; ok && !isNull(m) {
		var b bool
		var str string
		switch {
		case json.Unmarshal(m, &b) == nil:
			c.Init = fmt.Sprint(b)
		case json.Unmarshal(m, &str) == nil:
			c.Init = str
		default:
			return nil, fmt.Errorf("%s: field init_lora_weights: want true, false or a string", file)
		}
	}
	if c.R <= 0 {
		return nil, fmt.Errorf("%s: r = %d: the rank must be positive", file, c.R)
	}
	if math.IsNaN(c.Alpha) || math.IsInf(c.Alpha, 0) {
		return nil, fmt.Errorf("%s: lora_alpha = %v is not finite", file, c.Alpha)
	}
	if c.Dropout < 0 || c.Dropout >= 1 {
		return nil, fmt.Errorf("%s: lora_dropout = %v is not in [0, 1)", file, c.Dropout)
	}
	var err error
	if c.TargetNames, c.TargetRegex, err = names(raw["target_modules"], file, "target_modules"); err != nil {
		return nil, err
	}
	if c.TargetRegex == "all-linear" {
		c.TargetRegex, c.AllLinear = "", true
	}
	if c.TargetNames == nil && c.TargetRegex == "" && !c.AllLinear {
		return nil, fmt.Errorf("%s: target_modules is missing (PEFT's per-model defaults are not applied to a saved adapter)", file)
	}
	if c.ExcludeNames, c.ExcludeRegex, err = names(raw["exclude_modules"], file, "exclude_modules"); err != nil {
		return nil, err
	}
	for _, re := range []string{c.TargetRegex, c.ExcludeRegex} {
		if re != "" {
			if _, err := compileFull(re); err != nil {
				return nil, fmt.Errorf("%s: regex %q: %v", file, re, err)
			}
		}
	}
	if m := raw["layers_to_transform"]; !isNull(m) {
		var one int
		if json.Unmarshal(m, &one) == nil {
			c.LayersToTransform = []int{one}
		} else if err := json.Unmarshal(m, &c.LayersToTransform); err != nil {
			return nil, fmt.Errorf("%s: field layers_to_transform: want an int or a list of ints", file)
		}
		if len(c.LayersToTransform) == 0 {
			c.LayersToTransform = nil
		}
	}
	var one string
	if c.LayersPattern, one, err = names(raw["layers_pattern"], file, "layers_pattern"); err != nil {
		return nil, err
	}
	if one != "" {
		c.LayersPattern = []string{one}
	}
	if c.RankPattern, err = patterns(raw["rank_pattern"], file, "rank_pattern"); err != nil {
		return nil, err
	}
	if c.AlphaPattern, err = patterns(raw["alpha_pattern"], file, "alpha_pattern"); err != nil {
		return nil, err
	}
	for _, p := range c.RankPattern {
		if p.Value <= 0 || p.Value != math.Trunc(p.Value) {
			return nil, fmt.Errorf("%s: rank_pattern[%q] = %v is not a positive integer", file, p.Key, p.Value)
		}
	}
	if err := refuseOthers(raw, file); err != nil {
		return nil, err
	}
	return c, nil
}

// refuseOthers checks the fields kiln does not implement: each must be
// absent or at its default.
func refuseOthers(raw map[string]json.RawMessage, file string) error {
	handled := map[string]bool{"peft_type": true, "r": true, "lora_alpha": true, "use_rslora": true,
		"fan_in_fan_out": true, "modules_to_save": true, "target_modules": true, "exclude_modules": true,
		"layers_to_transform": true, "layers_pattern": true, "rank_pattern": true, "alpha_pattern": true,
		"use_dora": true}
	var bad []string
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := raw[k]
		switch {
		case handled[k] || ignored[k]:
		case k == "bias":
			var b string
			if json.Unmarshal(v, &b) != nil || b != "none" {
				bad = append(bad, fmt.Sprintf("bias = %s (only \"none\" is supported)", compact(v)))
			}
		case k == "init_lora_weights":
			// Initialisation only, unless it rewrote the base weights
			// (PiSSA, OLoRA, CorDA, LoftQ keep a residual base).
			var s string
			if json.Unmarshal(v, &s) == nil && s != "gaussian" && s != "eva" && s != "orthogonal" {
				bad = append(bad, fmt.Sprintf("init_lora_weights = %q (it changes the base weights; convert the adapter with PEFT first)", s))
			}
		case !isDefault(v):
			bad = append(bad, fmt.Sprintf("%s = %s", k, compact(v)))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("%s: unsupported LoraConfig fields: %s", file, strings.Join(bad, "; "))
	}
	return nil
}

func isNull(m json.RawMessage) bool { return len(m) == 0 || string(bytes.TrimSpace(m)) == "null" }

// isDefault reports whether v is null, false, 0, "", {} or [].
func isDefault(v json.RawMessage) bool {
	switch string(bytes.TrimSpace(v)) {
	case "", "null", "false", "0", `""`, "{}", "[]":
		return true
	}
	return false
}

func compact(v json.RawMessage) string {
	var b bytes.Buffer
	if json.Compact(&b, v) != nil {
		return string(v)
	}
	s := b.String()
	if len(s) > 80 {
		s = s[:77] + "..."
	}
	return s
}

// names decodes a field that is a list of strings or one string.
func names(m json.RawMessage, file, field string) (list []string, str string, err error) {
	if isNull(m) {
		return nil, "", nil
	}
	if json.Unmarshal(m, &str) == nil {
		return nil, str, nil
	}
	if err := json.Unmarshal(m, &list); err != nil {
		return nil, "", fmt.Errorf("%s: field %s: want a string or a list of strings", file, field)
	}
	if list == nil {
		list = []string{}
	}
	return list, "", nil
}

// patterns decodes a {regex: number} object keeping the file's key order
// (PEFT takes the first key that matches).
func patterns(m json.RawMessage, file, field string) ([]Pattern, error) {
	if isNull(m) {
		return nil, nil
	}
	dec := json.NewDecoder(bytes.NewReader(m))
	bad := fmt.Errorf("%s: field %s: want an object of numbers", file, field)
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, bad
	}
	var out []Pattern
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, bad
		}
		k, _ := t.(string)
		var v float64
		if err := dec.Decode(&v); err != nil {
			return nil, fmt.Errorf("%s: field %s[%q]: want a number", file, field, k)
		}
		if _, err := compileFull(k); err != nil {
			return nil, fmt.Errorf("%s: field %s: regex %q: %v", file, field, k, err)
		}
		out = append(out, Pattern{Key: k, Value: v})
	}
	return out, nil
}
