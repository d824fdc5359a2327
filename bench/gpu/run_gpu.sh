#!/bin/sh
# Runs kiln's GPU suite on this machine: each model in its own process (so
# peak device memory is measured alone), the Hugging Face baseline
# (hf_baseline.py) for the same shapes right after it on the same GPU, and
# merges everything into bench/results/<date>-<gpu>.json; prints the
# kiln/HF table of each model.
#
#   bench/gpu/run_gpu.sh [BENCHGPU_BINARY] [MODELS...]
#
# BENCHGPU_BINARY defaults to `go run ./bench/gpu/cmd/benchgpu` (needs Go
# and cgo); MODELS default to llama-1b gpt2-124m llama-8b.
set -u
bin=${1:-}
[ $# -gt 0 ] && shift
models=${*:-llama-1b gpt2-124m llama-8b}
dir=$(dirname "$0")
export GOPJRT_CUDA_CHECKS=${GOPJRT_CUDA_CHECKS:-0} PYTHONUNBUFFERED=1
rc=0
for m in $models; do
	echo "== $m" >&2
	if [ -n "$bin" ]; then
		"$bin" -models "$m" -hf "$dir/hf_baseline.py" -out "$dir/../results" >/dev/null || rc=1
	else
		go run ./bench/gpu/cmd/benchgpu -models "$m" -hf "$dir/hf_baseline.py" -out "$dir/../results" >/dev/null || rc=1
	fi
done
exit $rc
