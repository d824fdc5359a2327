package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/kiln-ml/kiln/bench/cpu"
	"github.com/spf13/cobra"
)

func init() {
	var suite, workloads string
	var asJSON, small bool
	var minTime time.Duration
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Run a benchmark suite and print kiln's figures next to its peers and the machine's limits",
		Long: `bench runs a benchmark suite in this process and prints one line per workload
(or, with --json, the report {"suite", "machine", "results": [...]}).

The cpu suite measures the machine's FMA peak and read bandwidth, SGEMM against
OpenBLAS, a GPT-2-124M-shaped model (prefill and decode), a BERT-base-shaped
encoder and the compile time of a GPT-2 decode step, on the llvm backend.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if suite != "cpu" {
				return fmt.Errorf("unknown suite %q (this command runs --suite cpu; the GPU suite is bench/gpu/cmd/benchgpu)", suite)
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
	cmd.Flags().StringVar(&suite, "suite", "cpu", "benchmark suite (cpu)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	cmd.Flags().StringVar(&workloads, "workloads", "", "comma-separated subset: sgemm,gpt2,bert,compile (default all)")
	cmd.Flags().DurationVar(&minTime, "min-time", time.Second, "minimum measuring time per figure")
	cmd.Flags().BoolVar(&small, "small", false, "tiny shapes (checks the harness; not the issue's workloads)")
	addCommand(cmd)
}
