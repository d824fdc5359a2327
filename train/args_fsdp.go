package train

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// fsdpOptions are transformers' FSDPOption values (trainer_utils.py) and
// what kiln does with each: "" builds it, anything else is the reason it
// is refused.
var fsdpOptions = map[string]string{
	"full_shard": "",
	"no_shard":   "",
	// auto_wrap chooses FSDP's wrapping units (transformer layers);
	// kiln shards every trained tensor on its own, which gives the same
	// numbers whatever the units.
	"auto_wrap":          "",
	"shard_grad_op":      "ZeRO-2 (parameters gathered once and kept for the backward) is not built; full_shard or no_shard train the same numbers",
	"hybrid_shard":       "hybrid sharding needs a (replicate, shard) mesh over several hosts, which is not built",
	"hybrid_shard_zero2": "hybrid sharding needs a (replicate, shard) mesh over several hosts, which is not built",
	"offload":            "CPU offload of parameters is not built (the virtual devices are the CPU already)",
}

// fsdpConfigKeys are the fsdp_config keys (an "fsdp_" prefix is dropped,
// as transformers does) kiln accepts, each with the only JSON value kiln
// can honour ("" any value: it changes when or how a real FSDP moves
// data, not the numbers).
var fsdpConfigKeys = map[string]string{
	"min_num_params":                "",
	"transformer_layer_cls_to_wrap": "",
	"backward_prefetch":             "",
	"forward_prefetch":              "",
	"limit_all_gathers":             "",
	"use_orig_params":               "",
	"sync_module_states":            "",
	"cpu_ram_efficient_loading":     "",
	"version":                       "",
	"state_dict_type":               `"FULL_STATE_DICT"`,
	"reshard_after_forward":         "true",
	"activation_checkpointing":      "false",
	"offload_params":                "false",
	"xla":                           "false",
}

// ShardMode returns the sharded-training mode the fsdp and fsdp_config
// fields ask for: full_shard's ShardFull, else ShardNone (no_shard, or no
// fsdp: plain data parallelism on several devices). Errors name the
// option or key kiln does not build.
func (a *TrainingArguments) ShardMode() (ShardMode, error) {
	mode, full, none := ShardNone, false, false
	for _, o := range strings.Fields(a.FSDP) {
		why, ok := fsdpOptions[o]
		if !ok {
			known := make([]string, 0, len(fsdpOptions))
			for k := range fsdpOptions {
				known = append(known, k)
			}
			sort.Strings(known)
			return 0, fmt.Errorf("field \"fsdp\": unknown option %q (transformers' options: %s)", o, strings.Join(known, ", "))
		}
		if why != "" {
			return 0, fmt.Errorf("field \"fsdp\": %q: %s", o, why)
		}
		switch o {
		case "full_shard":
			full, mode = true, ShardFull
		case "no_shard":
			none = true
		}
	}
	if full && none {
		return 0, fmt.Errorf("field \"fsdp\": %q names both full_shard and no_shard", a.FSDP)
	}
	keys := make([]string, 0, len(a.FSDPConfig))
	for k := range a.FSDPConfig {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		key := strings.TrimPrefix(k, "fsdp_")
		want, ok := fsdpConfigKeys[key]
		if !ok {
			return 0, fmt.Errorf("field \"fsdp_config\": key %q is not one kiln honours", k)
		}
		if want == "" {
			continue
		}
		got, err := json.Marshal(a.FSDPConfig[k])
		if err != nil {
			return 0, fmt.Errorf("field \"fsdp_config\": key %q: %w", k, err)
		}
		if string(got) != want && !(want == `"FULL_STATE_DICT"` && string(got) == `"full_state_dict"`) {
			return 0, fmt.Errorf("field \"fsdp_config\": %q is %s; kiln builds %s only", k, got, want)
		}
	}
	return mode, nil
}

// fsdpValue is the fsdp field from its JSON value: a string of
// space-separated options or a list of them (transformers takes both).
func fsdpValue(val any) (string, error) {
	switch x := val.(type) {
	case nil:
		return "", nil
	case bool:
		if !x {
			return "", nil // transformers 4.x wrote false for "off"
		}
	case string:
		return x, nil
	case []any:
		var parts []string
		for i, e := range x {
			s, ok := e.(string)
			if !ok {
				return "", fmt.Errorf("item %d is %s, want an option name", i, jsonKind(e))
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, " "), nil
	}
	return "", fmt.Errorf("want a string or a list of option names, got %s", jsonKind(val))
}
