// Package cpu is kiln's CPU benchmark suite (`kiln bench --suite cpu`):
// in one run on this machine it measures the machine's own limits (fp32
// FMA peak with the widest FMA the CPU has, streaming read bandwidth),
// SGEMM against OpenBLAS, BLIS and oneDNN, a GPT-2-124M-shaped model
// (prefill of 128 tokens, decode at batch 1), a BERT-base-shaped encoder
// (batch 1, sequence 128), a ViT-B/16 classifier (batch 1, 224x224) and a
// Whisper-base encoder (30 s) against ONNX Runtime (with their image and
// audio preprocessing timed beside), compile times and a
// GPT-2-124M-shaped AdamW training step (4 x 128 tokens, counted as
// 6 x params x tokens FLOPs, with its forward / backward / optimizer
// shares), all on the llvm backend, and reports them as JSON ratios. Every GFLOP/s figure
// is also a fraction of the FMA peak, which it cannot exceed: a fraction
// above 1 is reported as a broken limit. The peers are optional
// (scripts/setup-bench.sh installs them); a missing one is reported
// without a value, with the command that installs it.
package cpu

import "github.com/kiln-ml/kiln/bench"

// Report and Result are the JSON shape every kiln bench suite shares.
type (
	Report = bench.Report
	Result = bench.Result
)
