// Package cpu is kiln's CPU benchmark suite (`kiln bench --suite cpu`):
// in one run on this machine it measures the machine's own limits (fp32
// FMA peak, streaming read bandwidth), SGEMM against OpenBLAS, a
// GPT-2-124M-shaped model (prefill of 128 tokens, decode at batch 1), a
// BERT-base-shaped encoder (batch 1, sequence 128) and compile times, all
// on the llvm backend, and reports them as JSON ratios.
package cpu

import "github.com/kiln-ml/kiln/bench"

// Report and Result are the JSON shape every kiln bench suite shares.
type (
	Report = bench.Report
	Result = bench.Result
)
