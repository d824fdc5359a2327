package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/kiln-ml/kiln/hub"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/peft"
)

func init() {
	root := &cobra.Command{
		Use:   "adapter",
		Short: "Work with PEFT LoRA adapters (merge)",
	}
	var o struct {
		model, adapter, out, dtype string
	}
	merge := &cobra.Command{
		Use:   "merge",
		Short: "Merge a PEFT LoRA adapter into its base model and write a Hugging Face checkpoint",
		Long: `merge folds the LoRA adapter in --adapter into the base model in --model (W += scaling·B·A, as
PEFT's merge_and_unload) and writes --out: model.safetensors with every base tensor under its
Hugging Face name, plus the base's config and tokenizer files. Tensors keep their stored dtype
(a 16-bit base is rounded as PEFT rounds it) unless --dtype float32.`,
		Example: `  kiln adapter merge --model testdata/models/llama-tiny --adapter testdata/models/llama-tiny-lora --out merged`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			return runAdapterMerge(ctx, o.model, o.adapter, o.out, o.dtype)
		},
	}
	f := merge.Flags()
	f.StringVar(&o.model, "model", "", "base model directory or Hub repo id (required)")
	f.StringVar(&o.adapter, "adapter", "", "adapter directory or Hub repo id (required)")
	f.StringVar(&o.out, "out", "", "output directory (required)")
	f.StringVar(&o.dtype, "dtype", "", `"float32" to merge and write in float32 (default: the stored dtypes)`)
	for _, n := range []string{"model", "adapter", "out"} {
		_ = merge.MarkFlagRequired(n)
	}
	root.AddCommand(merge)
	addCommand(root)
}

func runAdapterMerge(ctx context.Context, model, adapter, out, dtype string) error {
	var dt ir.DType
	switch dtype {
	case "":
	case "float32":
		dt = ir.Float32
	default:
		return fmt.Errorf("--dtype %q: want float32 or nothing", dtype)
	}
	base, err := hub.ResolveModelPath(ctx, model, hubOptions())
	if err != nil {
		return err
	}
	adir, err := hub.ResolveModelPath(ctx, adapter, hubOptions())
	if err != nil {
		return fmt.Errorf("adapter: %w", err)
	}
	a, err := peft.Load(adir)
	if err != nil {
		return err
	}
	return peft.MergeCheckpoint(base, a, out, dt)
}
