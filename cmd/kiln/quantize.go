package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/kiln-ml/kiln/models/auto"
)

func init() {
	var o struct {
		model, out, arch string
		bnb              bnbFlags
	}
	cmd := &cobra.Command{
		Use:   "quantize",
		Short: "Quantize a float checkpoint as BitsAndBytesConfig does and save it in bitsandbytes' format",
		Long: `Quantize quantizes a 16/32-bit checkpoint's Linears as transformers' BitsAndBytesConfig does
(--load-in-8bit: LLM.int8(); --load-in-4bit with --bnb-4bit-quant-type nf4|fp4 and
--bnb-4bit-use-double-quant: blocks of 64) and writes --out DIR as save_pretrained writes a
bitsandbytes model: model.safetensors with each quantized Linear's bitsandbytes tensors (int8
weight + SCB + weight_format; packed 4-bit weight + absmax, quant_map, nested_* and the
quant_state JSON), config.json with quantization_config (BitsAndBytesConfig.to_dict), and the
model directory's other files (tokenizer, generation config). kiln forward/generate/run load DIR
like any bitsandbytes checkpoint, with logits equal to quantizing at load with the same flags.
Every Linear but lm_head (or the --llm-int8-skip-modules list) is quantized. See docs/quant.md.`,
		Example: `  kiln quantize --model testdata/models/llama-tiny --load-in-4bit --bnb-4bit-quant-type nf4 --bnb-4bit-use-double-quant --out llama-tiny-nf4
  kiln generate --model llama-tiny-nf4 --ids "1,415,5565" --max-new-tokens 8`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			bnb, err := o.bnb.options()
			if err != nil {
				return err
			}
			if bnb == nil {
				return fmt.Errorf("quantize needs --load-in-8bit or --load-in-4bit")
			}
			q, err := auto.QuantizeBnB(cmd.Context(), o.model, auto.Options{Arch: o.arch, BnB: bnb, Hub: hubOptions()})
			if err != nil {
				return err
			}
			defer q.Checkpoint.Close()
			if err := q.Save(o.out); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "quantized %d Linears of %s (%s) into %s\n", len(q.Modules), o.model, describeBnB(q.Options.LoadIn8bit, q.Options.QuantType, q.Options.DoubleQuant), o.out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.model, "model", "", "float model directory or Hub repo id (required)")
	f.StringVar(&o.out, "out", "", "directory to write the quantized model to (required)")
	f.StringVar(&o.arch, "arch", "", "architecture class to build (default: config.json's)")
	o.bnb.register(f)
	for _, n := range []string{"model", "out"} {
		_ = cmd.MarkFlagRequired(n)
	}
	addCommand(cmd)
}

func describeBnB(in8 bool, quantType string, double bool) string {
	if in8 {
		return "LLM.int8()"
	}
	if double {
		return quantType + ", double quantization"
	}
	return quantType
}
