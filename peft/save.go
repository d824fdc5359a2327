package peft

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/kiln-ml/kiln/tensor"
)

// WeightsFile is the file Save writes the tensors to, as PEFT's
// save_pretrained does with safe_serialization.
const WeightsFile = "adapter_model.safetensors"

// savedDefaults are the LoraConfig fields PEFT's to_dict always writes,
// at their defaults, where the config did not set them.
var savedDefaults = map[string]string{
	"alpha_pattern": "{}", "bias": `"none"`, "exclude_modules": "null", "fan_in_fan_out": "false",
	"init_lora_weights": "true", "layers_pattern": "null", "layers_to_transform": "null",
	"lora_alpha": "8", "lora_dropout": "0.0", "modules_to_save": "null", "r": "8",
	"rank_pattern": "{}", "revision": "null", "task_type": "null", "use_dora": "false",
	"use_rslora": "false",
}

// SavedConfig is adapter_config.json as PEFT's save_pretrained writes the
// adapter's config: every field of the file it came from, PEFT's defaults
// for the main fields it did not set, peft_type "LORA", inference_mode
// true (save_pretrained sets it while saving) and, when baseModel is not
// empty, base_model_name_or_path; keys sorted, indent 2.
func (a *Adapter) SavedConfig(baseModel string) ([]byte, error) {
	out := map[string]json.RawMessage{}
	for k, v := range savedDefaults {
		out[k] = json.RawMessage(v)
	}
	for k, v := range a.Config.raw {
		out[k] = v
	}
	out["peft_type"] = json.RawMessage(`"LORA"`)
	out["inference_mode"] = json.RawMessage("true")
	if baseModel != "" {
		b, _ := json.Marshal(baseModel)
		out["base_model_name_or_path"] = b
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("adapter %s: %s: %w", a.Dir, ConfigFile, err)
	}
	return append(data, '\n'), nil
}

// Save writes the adapter to dir as PEFT's save_pretrained does:
// ConfigFile (SavedConfig) and WeightsFile with every tensor under its
// PEFT key (the adapter name stripped: base_model.model.<module>.lora_A.weight),
// metadata {"format": "pt"}. It returns the names of the files written.
// Load reads the result back.
func (a *Adapter) Save(dir, baseModel string) ([]string, error) {
	cfg, err := a.SavedConfig(baseModel)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, ConfigFile), cfg, 0o644); err != nil {
		return nil, err
	}
	if err := tensor.WriteSafetensorsFile(filepath.Join(dir, WeightsFile), a.tensors, map[string]string{"format": "pt"}); err != nil {
		return nil, fmt.Errorf("adapter %s: %w", a.Dir, err)
	}
	return []string{ConfigFile, WeightsFile}, nil
}
