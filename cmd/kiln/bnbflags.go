package main

import (
	"fmt"

	"github.com/spf13/pflag"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/quant"
)

// bnbFlags are the BitsAndBytesConfig flags forward, generate, run and
// quantize share: quantize a float checkpoint at load (docs/quant.md,
// "Quantize at load").
type bnbFlags struct {
	in8, in4, double                  bool
	quantType, computeDType, weightDT string
	skip                              []string
	fs                                *pflag.FlagSet
}

func (b *bnbFlags) register(f *pflag.FlagSet) {
	b.fs = f
	f.BoolVar(&b.in8, "load-in-8bit", false, "quantize the float checkpoint's Linears at load with LLM.int8() (BitsAndBytesConfig load_in_8bit)")
	f.BoolVar(&b.in4, "load-in-4bit", false, "quantize the float checkpoint's Linears at load to 4 bits (BitsAndBytesConfig load_in_4bit; blocks of 64)")
	f.StringVar(&b.quantType, "bnb-4bit-quant-type", "fp4", "4-bit data type: nf4 or fp4 (bnb_4bit_quant_type)")
	f.BoolVar(&b.double, "bnb-4bit-use-double-quant", false, "quantize the 4-bit block scales again (bnb_4bit_use_double_quant)")
	f.StringVar(&b.computeDType, "bnb-4bit-compute-dtype", "float32", "bnb_4bit_compute_dtype (float32, float16, bfloat16), recorded in quantization_config: the dtype 4-bit Linears kept packed (train --peft, --quantized-kernels) multiply in; dequantized ones compute in --dtype")
	f.StringVar(&b.weightDT, "bnb-weight-dtype", "float16", "dtype the float weights are loaded in before 4-bit quantization (transformers' torch_dtype; the quant_state dtype): float16, bfloat16 or float32")
	f.StringSliceVar(&b.skip, "llm-int8-skip-modules", nil, "modules kept float (llm_int8_skip_modules; default: lm_head)")
}

// options returns the BitsAndBytesConfig the flags ask for, nil when
// neither --load-in-8bit nor --load-in-4bit is given (then the other
// flags are refused by name).
func (b *bnbFlags) options() (*quant.BnBOptions, error) {
	if !b.in8 && !b.in4 {
		for _, n := range []string{"bnb-4bit-quant-type", "bnb-4bit-use-double-quant", "bnb-4bit-compute-dtype", "bnb-weight-dtype", "llm-int8-skip-modules"} {
			if b.fs != nil && b.fs.Changed(n) {
				return nil, fmt.Errorf("--%s needs --load-in-4bit or --load-in-8bit", n)
			}
		}
		return nil, nil
	}
	if b.in8 && b.fs != nil {
		for _, n := range []string{"bnb-4bit-quant-type", "bnb-4bit-use-double-quant", "bnb-weight-dtype"} {
			if b.fs.Changed(n) {
				return nil, fmt.Errorf("--%s applies to --load-in-4bit, not --load-in-8bit", n)
			}
		}
	}
	dt := map[string]ir.DType{"float16": ir.Float16, "bfloat16": ir.BFloat16, "float32": ir.Float32}[b.weightDT]
	if dt == ir.Invalid {
		return nil, fmt.Errorf("--bnb-weight-dtype %q: want float16, bfloat16 or float32", b.weightDT)
	}
	o := &quant.BnBOptions{LoadIn8bit: b.in8, LoadIn4bit: b.in4, QuantType: b.quantType, DoubleQuant: b.double,
		ComputeDType: b.computeDType, WeightDType: dt, SkipModules: b.skip}
	if err := o.Check(); err != nil {
		return nil, err
	}
	return o, nil
}
