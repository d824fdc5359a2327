package main

import (
	"errors"
	"fmt"

	"github.com/spf13/pflag"
)

// errTPDecodersOnly refuses --tp on the image, audio and encoder-decoder paths.
var errTPDecodersOnly = errors.New("--tp shards decoders of the Llama layout (llama, mistral, qwen2, qwen3) only: not image, audio or encoder-decoder models")

// tpFlag declares --tp on a command that loads a decoder.
func tpFlag(f *pflag.FlagSet, p *int) {
	f.IntVar(p, "tp", 1, "tensor-parallel degree: shard the model by its base_model_tp_plan over N virtual CPU devices (--backend interp or llvm on each; GPUs need the XLA/NCCL lowering, not built)")
}

// tpNote is what the summary line adds for a tensor-parallel run.
func tpNote(tp int) string {
	if tp <= 1 {
		return ""
	}
	return fmt.Sprintf(", tensor-parallel over %d virtual devices", tp)
}
