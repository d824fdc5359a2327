package quant

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// BnBOptions are transformers' BitsAndBytesConfig for quantizing a float
// checkpoint at load (docs/quant.md, "Quantize at load").
type BnBOptions struct {
	LoadIn8bit, LoadIn4bit bool
	// QuantType is bnb_4bit_quant_type: "nf4" or "fp4" ("" = fp4,
	// transformers' default).
	QuantType string
	// DoubleQuant is bnb_4bit_use_double_quant.
	DoubleQuant bool
	// ComputeDType is bnb_4bit_compute_dtype ("" = float32), recorded in
	// the quantization_config; kiln's compute dtype is its own --dtype.
	ComputeDType string
	// WeightDType is the dtype the float weights are loaded in before
	// quantizing (transformers' torch_dtype; Invalid = float16, the dtype
	// transformers picks for bitsandbytes when none is given), and so the
	// 4-bit quant_state's dtype. LLM.int8() always quantizes from float16.
	WeightDType ir.DType
	// SkipModules is llm_int8_skip_modules: the Linears kept in float.
	// nil: ["lm_head"] (transformers keeps the output head).
	SkipModules []string
	// Blocksize of 4-bit quantization (0 = 64, the only size accepted).
	Blocksize int
}

// Enabled reports whether o asks for quantization.
func (o *BnBOptions) Enabled() bool { return o != nil && (o.LoadIn8bit || o.LoadIn4bit) }

// Check validates o, naming the flag/field at fault, and fills defaults.
func (o *BnBOptions) Check() error {
	if o.LoadIn8bit == o.LoadIn4bit {
		return fmt.Errorf("load_in_8bit (--load-in-8bit) = %v and load_in_4bit (--load-in-4bit) = %v: exactly one must be true", o.LoadIn8bit, o.LoadIn4bit)
	}
	if o.QuantType == "" {
		o.QuantType = "fp4"
	}
	if o.QuantType != "nf4" && o.QuantType != "fp4" {
		return fmt.Errorf("bnb_4bit_quant_type (--bnb-4bit-quant-type) %q: want nf4 or fp4", o.QuantType)
	}
	if o.ComputeDType == "" {
		o.ComputeDType = "float32"
	}
	if _, ok := dtypeNamed(o.ComputeDType); !ok {
		return fmt.Errorf("bnb_4bit_compute_dtype (--bnb-4bit-compute-dtype) %q: want float16, bfloat16 or float32", o.ComputeDType)
	}
	o.ComputeDType = strings.TrimPrefix(o.ComputeDType, "torch.")
	if o.WeightDType == ir.Invalid {
		o.WeightDType = ir.Float16
	}
	if !isFloatDType(o.WeightDType) {
		return fmt.Errorf("weight dtype (--bnb-weight-dtype) %s: want float16, bfloat16 or float32", o.WeightDType)
	}
	if o.Blocksize == 0 {
		o.Blocksize = BnBBlocksize
	}
	if o.Blocksize != BnBBlocksize {
		return fmt.Errorf("blocksize %d: kiln quantizes 4-bit weights in blocks of %d only (bitsandbytes' default, which transformers uses)", o.Blocksize, BnBBlocksize)
	}
	if !o.LoadIn4bit && o.DoubleQuant {
		return fmt.Errorf("bnb_4bit_use_double_quant (--bnb-4bit-use-double-quant) applies to load_in_4bit only")
	}
	return nil
}

// skipList is the modules kept float.
func (o *BnBOptions) skipList() []string {
	if o.SkipModules == nil {
		return []string{"lm_head"}
	}
	return o.SkipModules
}

// Converts reports whether the Linear named module is quantized, by
// transformers' replace_with_bnb_linear rule: it is kept float when its
// own (last) name is in the skip list, or an entry equals its full name,
// or the full name contains an entry followed by ".".
func (o *BnBOptions) Converts(module string) bool {
	last := module[strings.LastIndexByte(module, '.')+1:]
	for _, k := range o.skipList() {
		if k == last || k == module || strings.Contains(module, k+".") {
			return false
		}
	}
	return true
}

// Config is the parsed quantization_config o amounts to (what Dequantize
// reads a checkpoint of o's tensors with).
func (o *BnBOptions) Config() *Config {
	return &Config{Method: BitsAndBytes, BNB: &BNBConfig{LoadIn8bit: o.LoadIn8bit, LoadIn4bit: o.LoadIn4bit,
		QuantType: o.QuantType, DoubleQuant: o.DoubleQuant, Threshold: 6.0, SkipModules: o.SkipModules}}
}

// ConfigJSON is the quantization_config transformers saves for o
// (BitsAndBytesConfig.to_dict), keys sorted as save_pretrained writes them.
func (o *BnBOptions) ConfigJSON() map[string]any {
	var skip any
	if o.SkipModules != nil {
		skip = o.SkipModules
	}
	return map[string]any{
		"quant_method":                     BitsAndBytes,
		"_load_in_8bit":                    o.LoadIn8bit,
		"_load_in_4bit":                    o.LoadIn4bit,
		"load_in_8bit":                     o.LoadIn8bit,
		"load_in_4bit":                     o.LoadIn4bit,
		"llm_int8_threshold":               json.RawMessage("6.0"),
		"llm_int8_skip_modules":            skip,
		"llm_int8_enable_fp32_cpu_offload": false,
		"llm_int8_has_fp16_weight":         false,
		"bnb_4bit_quant_type":              o.QuantType,
		"bnb_4bit_use_double_quant":        o.DoubleQuant,
		"bnb_4bit_compute_dtype":           o.ComputeDType,
		"bnb_4bit_quant_storage":           "uint8",
	}
}

// QuantizeBnB returns a checkpoint that shows ck with each Linear of
// modules (module names, "model.layers.0.mlp.down_proj") that o converts
// replaced by the tensors bitsandbytes' state dict holds for it: for
// LLM.int8() "<module>.weight" int8, ".SCB" and ".weight_format" (0,
// row-major); for 4 bits "<module>.weight" packed and the quant_state
// tensors (QuantizeBnB4). Each module's "<module>.weight" must be a 2-D
// float tensor of ck. The quantization runs now (the quantized tensors
// are small); the returned checkpoint owns ck. It is what a bitsandbytes
// checkpoint saved by transformers holds, so Dequantize(result,
// o.Config()) loads it as such a checkpoint loads.
func QuantizeBnB(ck *weights.Checkpoint, modules []string, o BnBOptions) (*weights.Checkpoint, error) {
	if err := o.Check(); err != nil {
		return nil, err
	}
	var hide []string
	add := map[string]weights.Computed{}
	modules = append([]string(nil), modules...)
	sort.Strings(modules)
	for _, m := range modules {
		if !o.Converts(m) {
			continue
		}
		wn := m + ".weight"
		t, ok := ck.Info(wn)
		if !ok {
			return nil, fmt.Errorf("quant: %s: Linear %s has no %s to quantize", ck.Path(), m, wn)
		}
		if len(t.Shape) != 2 || !isFloatDType(t.DType) {
			return nil, fmt.Errorf("quant: %s: %s is %s%v, want a float [out_features, in_features] Linear weight", ck.Path(), wn, t.DType, t.Shape)
		}
		w, err := ck.Tensor(wn)
		if err != nil {
			return nil, err
		}
		got := map[string]*tensor.Tensor{}
		if o.LoadIn8bit {
			q, scb, err := QuantizeBnB8(w)
			if err != nil {
				return nil, fmt.Errorf("quant: %s: %s: %w", ck.Path(), wn, err)
			}
			f, err := bytesTensor(ir.Shape{}, []byte{0})
			if err != nil {
				return nil, err
			}
			got["weight"], got["SCB"], got["weight_format"] = q, scb, f
		} else {
			b, err := QuantizeBnB4(w, o.QuantType, o.Blocksize, o.DoubleQuant, o.WeightDType)
			if err != nil {
				return nil, fmt.Errorf("quant: %s: %s: %w", ck.Path(), wn, err)
			}
			got = b.Tensors
		}
		hide = append(hide, wn)
		for suffix, t := range got {
			t := t
			add[m+"."+suffix] = weights.Computed{Type: ir.Type{DType: t.DType, Shape: t.Shape.Clone()},
				Load: func() (*tensor.Tensor, error) { return t, nil }}
		}
	}
	if len(add) == 0 {
		return nil, fmt.Errorf("quant: %s: no Linear to quantize (modules %d, skipped by llm_int8_skip_modules %v)", ck.Path(), len(modules), o.skipList())
	}
	return weights.Derive(ck, hide, add)
}
