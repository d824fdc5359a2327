package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	_ "github.com/kiln-ml/kiln/backends/cuda" // registers "cuda" (--backend cuda)
	_ "github.com/kiln-ml/kiln/backends/xla"  // registers "xla" for the gpu suite
	"github.com/kiln-ml/kiln/bench/cpu"
	"github.com/kiln-ml/kiln/bench/gpu"
	"github.com/spf13/cobra"
)

func init() {
	var suite, workloads, gpuModels, hfScript, resultsDir, gpuBackend string
	var asJSON, small bool
	var minTime time.Duration
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Run a benchmark suite and print kiln's figures next to its peers and the machine's limits",
		Long: `bench runs a benchmark suite in this process and prints one line per workload
(or, with --json, the report {"suite", "machine", "results": [...]}).

The cpu suite measures the machine's FMA peak (widest FMA the CPU has) and read
bandwidth, SGEMM against OpenBLAS, BLIS and oneDNN, a GPT-2-124M-shaped model
(prefill and decode), a BERT-base-shaped encoder, a ViT-B/16 classifier (224x224)
and a Whisper-base encoder (30 s) against ONNX Runtime (with the image and audio
preprocessing that feeds them timed beside), the
compile time of a GPT-2 decode step and a GPT-2-124M-shaped training step
(AdamW, 4 x 128 tokens: GFLOP/s as 6 x params x tokens against the FMA peak,
forward / backward / optimizer shares, cold and cached compile) and LoRA training
of that model (lora-train: peak RSS by phase against the base weights + 15%, plain
and checkpointed, 4 x 128 and 1 x 128 tokens, full fine-tuning's beside it), on the
llvm backend. lora-train-llama (only when named in --workloads: it writes a 4.6 GiB
checkpoint and runs for minutes) measures the same for a Llama-3.2-1B-shaped base
(r 16 on q/k/v/o/gate/up/down_proj, 1 x 128 and 4 x 128 tokens, LoRA only). The peers install on
request (bash scripts/setup-bench.sh); a missing one is skipped with a note that
says how to install it. A figure above its limit marks the limit broken.

The gpu suite builds random-weight bf16 models (llama-1b, llama-8b, gpt2-124m),
measures prefill at 2048 tokens, decode at batch 1 (prompt 128, 256 new tokens),
time to first token, compile time and peak device memory on the xla backend
(--backend cuda: kiln's own CUDA backend), runs
the Hugging Face baseline (eager and static cache + torch.compile) for the same
shapes on the same GPU, and saves the report to bench/results/<date>-<gpu>.json.
Run one model per process for exact peak-memory figures (bench/gpu/run_gpu.sh).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch suite {
			case "cpu":
			case "gpu":
				var ms []string
				if gpuModels != "" {
					ms = strings.Split(gpuModels, ",")
				}
				rep, err := gpu.RunGPUSuite(cmd.Context(), gpu.Options{Models: ms, Backend: gpuBackend, HFScript: hfScript, Log: os.Stderr})
				if err != nil {
					return err
				}
				if resultsDir != "" {
					path, err := gpu.Save(rep, resultsDir, ms)
					if err != nil {
						return err
					}
					fmt.Fprintln(os.Stderr, "kiln: results saved to", path)
				}
				if asJSON {
					return rep.WriteJSON(os.Stdout)
				}
				return rep.WriteTable(os.Stdout)
			default:
				return fmt.Errorf("--suite: unknown suite %q (cpu or gpu)", suite)
			}
			var wl []string
			if workloads != "" {
				wl = strings.Split(workloads, ",")
			}
			rep, err := cpu.Run(cmd.Context(), cpu.Options{Log: os.Stderr, Workloads: wl, MinTime: minTime, Small: small})
			if err != nil {
				return err
			}
			if asJSON {
				return rep.WriteJSON(os.Stdout)
			}
			return rep.WriteTable(os.Stdout)
		},
	}
	cmd.Flags().StringVar(&suite, "suite", "cpu", "benchmark suite: cpu or gpu")
	cmd.Flags().StringVar(&gpuModels, "models", "", "gpu suite: comma-separated models (default llama-1b,llama-8b,gpt2-124m)")
	cmd.Flags().StringVar(&gpuBackend, "backend", "xla", "gpu suite: the kiln backend measured, xla or cuda")
	cmd.Flags().StringVar(&hfScript, "hf-script", "bench/gpu/hf_baseline.py", "gpu suite: the Hugging Face baseline script (\"\" skips the peers)")
	cmd.Flags().StringVar(&resultsDir, "results", "bench/results", "gpu suite: directory the report is saved in (\"\" to not save)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	cmd.Flags().StringVar(&workloads, "workloads", "", "comma-separated subset: sgemm,gpt2,bert,compile,train,lora-train,lora-train-llama,vit,whisper (default all but lora-train-llama)")
	cmd.Flags().DurationVar(&minTime, "min-time", time.Second, "minimum measuring time per figure")
	cmd.Flags().BoolVar(&small, "small", false, "tiny shapes (checks the harness; not the issue's workloads)")
	addCommand(cmd)
}
