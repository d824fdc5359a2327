#!/usr/bin/env bash
# BenchmarkQuantDecodeLayer (issue #20's CPU decode criterion): f32 GEMV
# against 4-bit quant_matmul over the Linears of Llama-3.2-1B-shaped layers,
# with the read bandwidth measured in the same process. Runs it with all
# threads, then with one (which adds the CPU-time figures cpu-ms/layer and
# cpu-%read-bw), COUNT runs each, and prints the CPU line and load.
#
#   scripts/bench-cpu-quant-decode.sh [COUNT] > bench/results/<date>-cpu-quant-decode-layer-vN.txt
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-3}
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(git rev-parse --short HEAD) $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) CPUs, load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# command: go test ./backends/llvm -run X -bench QuantDecodeLayer -benchtime 10x -count=$count   (then with KILN_THREADS=1)"
go test ./backends/llvm -run X -bench QuantDecodeLayer -benchtime 10x -count="$count" | grep -E '^(cpu|Benchmark)'
echo "--- KILN_THREADS=1 (load: $(cut -d' ' -f1-3 /proc/loadavg))"
KILN_THREADS=1 go test ./backends/llvm -run X -bench QuantDecodeLayer -benchtime 10x -count="$count" | grep -E '^(cpu|Benchmark)'
