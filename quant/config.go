// Package quant reads the quantized checkpoints of the Hugging Face
// ecosystem — GPTQ (AutoGPTQ / GPTQModel), AWQ (AutoAWQ's GEMM and GEMV
// packings) and bitsandbytes (LLM.int8() and 4-bit nf4/fp4, with or
// without double quantization) — and dequantizes their packed Linear
// weights to float32 exactly as the reference implementations do.
//
// Part 1 of issue #20: a quantized checkpoint is loaded by dequantizing at
// load time (Dequantize wraps a weights.Checkpoint so that every packed
// Linear shows up as a plain float32 "<module>.weight"); the low-bit IR op
// and kernels are part 2. docs/quant.md describes the formats.
package quant

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Method names, as config.json's quantization_config.quant_method.
const (
	GPTQ         = "gptq"
	AWQ          = "awq"
	BitsAndBytes = "bitsandbytes"
)

// Config is a parsed quantization_config. Exactly one of the method's
// structs is set.
type Config struct {
	Method string
	GPTQ   *GPTQConfig
	AWQ    *AWQConfig
	BNB    *BNBConfig
}

// GPTQConfig is what a GPTQ checkpoint's layout depends on.
type GPTQConfig struct {
	Bits      int  // 2, 3, 4 or 8
	GroupSize int  // input rows per group; -1: one group for all rows
	DescAct   bool // act-order: rows are grouped by g_idx, which must be stored
	Sym       bool // informational: zeros are read from qzeros either way
	// V2 is checkpoint_format "gptq_v2": qzeros hold the zero points
	// themselves. "gptq" (v1, the default) stores zero-1.
	V2 bool
}

// AWQConfig is what an AWQ checkpoint's layout depends on.
type AWQConfig struct {
	Bits      int // 4
	GroupSize int // -1: one group
	// GEMV selects AutoAWQ's GEMV packing (qweight [out, in/8], plain
	// nibble order); otherwise GEMM (qweight [in, out/8], AWQ_ORDER
	// interleave), which the gemm, exllama and ipex versions store.
	GEMV bool
}

// BNBConfig is a bitsandbytes config.
type BNBConfig struct {
	LoadIn8bit bool
	LoadIn4bit bool
	// QuantType is "nf4" or "fp4" (4-bit only).
	QuantType   string
	DoubleQuant bool
	// Threshold is llm_int8_threshold (6.0 by default). It matters to
	// the int8 matmul's outlier split, which part 2's kernels implement;
	// dequantized float weights do not depend on it.
	Threshold float64
	// SkipModules are llm_int8_skip_modules, kept unquantized; which
	// modules are quantized is read from the tensors.
	SkipModules []string
}

// ParseConfigJSON reads the quantization_config of a config.json's bytes
// (file names it in errors). It returns nil, nil when there is none.
// Every field is either honoured or, when kiln cannot honour it, refused
// with an error naming it; quant methods other than gptq, awq and
// bitsandbytes are refused by name.
func ParseConfigJSON(configJSON []byte, file string) (*Config, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(configJSON, &top); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	raw, ok := top["quantization_config"]
	if !ok || string(raw) == "null" {
		return nil, nil
	}
	c, err := ParseQuantizationConfig(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: quantization_config: %w", file, err)
	}
	return c, nil
}

// ParseQuantizationConfig parses the quantization_config object itself.
func ParseQuantizationConfig(raw []byte) (*Config, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		return nil, fmt.Errorf("not a JSON object: %w", err)
	}
	if fields == nil {
		return nil, fmt.Errorf("not a JSON object")
	}
	f := fieldReader{fields: fields, used: map[string]bool{}}
	method := ""
	if _, ok := fields["quant_method"]; ok {
		if err := f.str("quant_method", &method); err != nil {
			return nil, err
		}
	} else if _, ok8 := fields["load_in_8bit"]; ok8 {
		method = BitsAndBytes // configs written before quant_method existed
	} else if _, ok4 := fields["load_in_4bit"]; ok4 {
		method = BitsAndBytes
	} else {
		return nil, fmt.Errorf("quant_method is missing")
	}
	f.used["quant_method"] = true
	c := &Config{Method: strings.ToLower(method)}
	var err error
	switch c.Method {
	case GPTQ:
		c.GPTQ, err = parseGPTQ(&f)
	case AWQ:
		c.AWQ, err = parseAWQ(&f)
	case BitsAndBytes:
		c.BNB, err = parseBNB(&f)
	default:
		return nil, fmt.Errorf("quant_method %q is not supported: kiln reads gptq, awq and bitsandbytes checkpoints", method)
	}
	if err != nil {
		return nil, err
	}
	if err := f.rest(c.Method); err != nil {
		return nil, err
	}
	return c, nil
}

// fieldReader reads typed fields and remembers which were read.
type fieldReader struct {
	fields map[string]json.RawMessage
	used   map[string]bool
}

func (f *fieldReader) has(name string) bool {
	v, ok := f.fields[name]
	return ok && string(v) != "null"
}

// get decodes field name into dst when present and not null.
func (f *fieldReader) get(name string, dst any, what string) error {
	f.used[name] = true
	v, ok := f.fields[name]
	if !ok || string(v) == "null" {
		return nil
	}
	if err := json.Unmarshal(v, dst); err != nil {
		return fmt.Errorf("%s: want %s, got %s", name, what, v)
	}
	return nil
}

func (f *fieldReader) str(name string, dst *string) error   { return f.get(name, dst, "a string") }
func (f *fieldReader) boolean(name string, dst *bool) error { return f.get(name, dst, "true or false") }
func (f *fieldReader) integer(name string, dst *int) error  { return f.get(name, dst, "an integer") }

// ignore marks fields that only steer quantization (calibration data,
// damping), kernel choice or module fusion: they do not change what the
// stored tensors mean, so loading honours them by ignoring them.
func (f *fieldReader) ignore(names ...string) {
	for _, n := range names {
		f.used[n] = true
	}
}

// mustBeEmpty refuses a field whose non-empty value kiln cannot honour.
func (f *fieldReader) mustBeEmpty(name, why string) error {
	f.used[name] = true
	v, ok := f.fields[name]
	if !ok {
		return nil
	}
	switch strings.TrimSpace(string(v)) {
	case "null", "{}", "[]", "false", `""`:
		return nil
	}
	return fmt.Errorf("%s = %s is not supported: %s", name, v, why)
}

// rest refuses every field not read.
func (f *fieldReader) rest(method string) error {
	var unknown []string
	for k := range f.fields {
		if !f.used[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	return fmt.Errorf("unknown %s field(s) %s: kiln refuses fields it does not know how to honour", method, strings.Join(unknown, ", "))
}

func parseGPTQ(f *fieldReader) (*GPTQConfig, error) {
	c := &GPTQConfig{Bits: 4, GroupSize: 128, Sym: true}
	if err := f.integer("bits", &c.Bits); err != nil {
		return nil, err
	}
	switch c.Bits {
	case 2, 3, 4, 8:
	default:
		return nil, fmt.Errorf("bits = %d: GPTQ packs 2, 3, 4 or 8 bits", c.Bits)
	}
	if err := f.integer("group_size", &c.GroupSize); err != nil {
		return nil, err
	}
	if c.GroupSize != -1 && c.GroupSize <= 0 {
		return nil, fmt.Errorf("group_size = %d: want a positive size or -1", c.GroupSize)
	}
	if err := f.boolean("desc_act", &c.DescAct); err != nil {
		return nil, err
	}
	if err := f.boolean("sym", &c.Sym); err != nil {
		return nil, err
	}
	format := "gptq"
	for _, name := range []string{"checkpoint_format", "format"} {
		if f.has(name) {
			if err := f.str(name, &format); err != nil {
				return nil, err
			}
		}
		f.used[name] = true
	}
	switch format {
	case "gptq":
	case "gptq_v2":
		c.V2 = true
	default:
		return nil, fmt.Errorf("checkpoint_format %q is not supported: kiln reads gptq and gptq_v2", format)
	}
	pack := "int32"
	if err := f.str("pack_dtype", &pack); err != nil {
		return nil, err
	}
	if pack != "int32" && pack != "torch.int32" {
		return nil, fmt.Errorf("pack_dtype %q is not supported: kiln reads int32 packing", pack)
	}
	var marlin bool
	if err := f.boolean("is_marlin_format", &marlin); err != nil {
		return nil, err
	}
	if marlin {
		return nil, fmt.Errorf("is_marlin_format = true is not supported: Marlin repacks the tensors")
	}
	if err := f.mustBeEmpty("dynamic", "per-module bits and group sizes are not implemented"); err != nil {
		return nil, err
	}
	if err := f.mustBeEmpty("adapter", "GPTQModel's built-in adapters are not implemented; load a PEFT adapter with --adapter"); err != nil {
		return nil, err
	}
	if err := f.mustBeEmpty("v2", "GPTQ v2 (GPTAQ) calibration checkpoints are not implemented"); err != nil {
		return nil, err
	}
	// Which modules are quantized (lm_head, modules_in_block_to_quantize,
	// block_name_to_quantize) is read from the tensors themselves.
	f.ignore("lm_head", "modules_in_block_to_quantize", "modules_to_not_convert", "block_name_to_quantize", "module_name_preceding_first_block",
		// calibration and quantization-time settings
		"tokenizer", "dataset", "damp_percent", "damp_auto_increment", "true_sequential", "static_groups", "mse",
		"model_seqlen", "batch_size", "pad_token_id", "cache_block_outputs", "max_input_length", "act_group_aware",
		"rotation", "hyb_act", "v2_alpha", "fail_safe", "offload_to_disk", "offload_to_disk_path", "mock_quantization",
		"parallel_packing", "pack_impl", "buffered_fwd", "meta", "quantizer", "model_name_or_path", "model_file_base_name",
		"quant_type", "device", "act_group_aware",
		// kernel choice
		"use_exllama", "exllama_config", "use_cuda_fp16", "disable_exllama", "backend", "use_marlin")
	return c, nil
}

func parseAWQ(f *fieldReader) (*AWQConfig, error) {
	c := &AWQConfig{Bits: 4, GroupSize: 128}
	for _, name := range []string{"bits", "w_bit"} {
		if err := f.integer(name, &c.Bits); err != nil {
			return nil, err
		}
	}
	if c.Bits != 4 {
		return nil, fmt.Errorf("bits = %d: AWQ checkpoints are 4-bit", c.Bits)
	}
	for _, name := range []string{"group_size", "q_group_size"} {
		if err := f.integer(name, &c.GroupSize); err != nil {
			return nil, err
		}
	}
	if c.GroupSize != -1 && c.GroupSize <= 0 {
		return nil, fmt.Errorf("group_size = %d: want a positive size or -1", c.GroupSize)
	}
	zp := true
	if err := f.boolean("zero_point", &zp); err != nil {
		return nil, err
	}
	if !zp {
		return nil, fmt.Errorf("zero_point = false is not supported: AutoAWQ's GEMM and GEMV layouts store zero points")
	}
	version := "gemm"
	if err := f.str("version", &version); err != nil {
		return nil, err
	}
	switch strings.ToLower(version) {
	case "gemm", "exllama", "ipex":
	case "gemv":
		c.GEMV = true
	default:
		return nil, fmt.Errorf("version %q is not supported: kiln reads the gemm (also stored by exllama and ipex) and gemv packings", version)
	}
	backend := "autoawq"
	if err := f.str("backend", &backend); err != nil {
		return nil, err
	}
	if backend != "autoawq" {
		return nil, fmt.Errorf("backend %q is not supported: kiln reads AutoAWQ's packing", backend)
	}
	// modules_to_not_convert: unquantized modules are read from the
	// tensors; the rest only choose kernels or fusion.
	f.ignore("modules_to_not_convert", "do_fuse", "fuse_max_seq_len", "modules_to_fuse", "exllama_config")
	return c, nil
}

func parseBNB(f *fieldReader) (*BNBConfig, error) {
	c := &BNBConfig{QuantType: "fp4", Threshold: 6.0}
	var in8, in4 bool
	for _, name := range []string{"load_in_8bit", "_load_in_8bit"} {
		if err := f.boolean(name, &in8); err != nil {
			return nil, err
		}
		c.LoadIn8bit = c.LoadIn8bit || in8
	}
	for _, name := range []string{"load_in_4bit", "_load_in_4bit"} {
		if err := f.boolean(name, &in4); err != nil {
			return nil, err
		}
		c.LoadIn4bit = c.LoadIn4bit || in4
	}
	if c.LoadIn8bit == c.LoadIn4bit {
		return nil, fmt.Errorf("load_in_8bit = %v and load_in_4bit = %v: exactly one must be true", c.LoadIn8bit, c.LoadIn4bit)
	}
	if err := f.get("llm_int8_threshold", &c.Threshold, "a number"); err != nil {
		return nil, err
	}
	if err := f.get("llm_int8_skip_modules", &c.SkipModules, "a list of module names"); err != nil {
		return nil, err
	}
	if err := f.str("bnb_4bit_quant_type", &c.QuantType); err != nil {
		return nil, err
	}
	if c.QuantType != "nf4" && c.QuantType != "fp4" {
		return nil, fmt.Errorf("bnb_4bit_quant_type %q: want nf4 or fp4", c.QuantType)
	}
	if err := f.boolean("bnb_4bit_use_double_quant", &c.DoubleQuant); err != nil {
		return nil, err
	}
	storage := "uint8"
	if err := f.str("bnb_4bit_quant_storage", &storage); err != nil {
		return nil, err
	}
	if strings.TrimPrefix(storage, "torch.") != "uint8" {
		return nil, fmt.Errorf("bnb_4bit_quant_storage %q is not supported: kiln reads uint8 storage", storage)
	}
	var fp16Weight bool
	if err := f.boolean("llm_int8_has_fp16_weight", &fp16Weight); err != nil {
		return nil, err
	}
	if fp16Weight {
		return nil, fmt.Errorf("llm_int8_has_fp16_weight = true is not supported: such a checkpoint keeps float weights and int8 training state")
	}
	// bnb_4bit_compute_dtype picks the matmul dtype (kiln's --dtype does);
	// CPU offload is a device-placement choice.
	f.ignore("bnb_4bit_compute_dtype", "llm_int8_enable_fp32_cpu_offload")
	return c, nil
}
