#!/bin/bash
# Issue #20's GPU acceptance: 4-bit decode through XLA (docs/quant.md, "XLA"). The GPU machine has no
# Go toolchain: build here and carry .scratch/gpu:
#
#   go build -ldflags="-s -w" -o .scratch/gpu/benchgpu ./bench/gpu/cmd/benchgpu
#   go test -c -ldflags="-s -w" -o .scratch/gpu/xla.test ./backends/xla
#   xz -T2 -f .scratch/gpu/benchgpu .scratch/gpu/xla.test
#
# Usage on the GPU machine: scripts/gpu-quant-bench.sh [MODELS]   (MODELS default llama-8b; llama-1b
# for a quick run). STEPS selects (default "tests bench"):
#   tests  xla.test: the quant_matmul / quant_matmul_codebook conformance cases and TestQuantRowsDevice
#          (decode cases against interp on the device; eight 14336x4096 one-token projections timed:
#          bf16's dot_general, 4-bit with f16/bf16/f32 scales and f16 with the reduction split in 4,
#          each in GB/s of the bytes it reads), with XLA's optimised HLO dumped: quant_hlo.txt lists
#          the fusions of each stacked program (stack_bf16, stack_q4_*: a kInput reduce fusion whose
#          parameters are the u8 weights means the packed bytes are read once and no float weight is
#          materialised) and the reduce instructions inside them (their shapes and dimensions);
#   bench  benchgpu -models MODELS -quant gptq4 -hf bench/gpu/hf_baseline.py: kiln bf16, kiln GPTQ
#          4-bit (group 128, packed kernels) and HF bf16 eager and static+compile in one run:
#          quant_bench.json (the report; results "<model>-decode-gptq4" against kiln-bf16, target 2,
#          and hf-best, target 1.5), quant_bench.log (progress and the table).
# Outputs under $OUT: quant_tests.txt, quant_hlo.txt, quant_bench.json, quant_bench.log.
set -u
cd "$(dirname "$0")/.."
MODELS=${1:-llama-8b}
STEPS=${STEPS:-tests bench}
OUT=${OUT:-/tmp/kiln-gpu-out}; mkdir -p "$OUT"
PY=python3; [ -x /opt/torch/.venv/bin/python3 ] && PY=/opt/torch/.venv/bin/python3
export GOPJRT_CUDA_CHECKS=0 PYTHONUNBUFFERED=1
for f in .scratch/gpu/benchgpu.xz .scratch/gpu/xla.test.xz; do [ -f $f ] && xz -dkf $f; done
want() { case " $STEPS " in *" $1 "*) return 0;; esac; return 1; }

if want tests; then
  rm -rf /tmp/xqd
  (cd backends/xla && XLA_FLAGS="--xla_dump_to=/tmp/xqd --xla_dump_hlo_as_text" timeout 200 ../../.scratch/gpu/xla.test -test.v \
    -test.run 'TestConformance/ops/quant_matmul|TestQuantRows' > "$OUT/quant_tests.txt" 2>&1; echo "xla.test rc=$?")
  grep -E '^\s*(--- FAIL|ok|FAIL|PASS)|projections' "$OUT/quant_tests.txt" | head -40
  grep -c -- '--- PASS' "$OUT/quant_tests.txt"
  # The stacked 4-bit program's optimised HLO: its fusions and what they read.
  : > "$OUT/quant_hlo.txt"
  for g in $(ls /tmp/xqd/*stack*after_optimizations.txt 2>/dev/null); do
    # ENTRY's instructions: the fusions (kind=kInput: a reduction) and the types they read.
    { echo "== $g"; sed -n '/^ENTRY/,/^}/p' "$g" | grep -E 'fusion\(|custom-call\(|dot\(' | cut -c1-400
      echo "-- reduces"; grep -E ' reduce\(' "$g" | sort -u | cut -c1-300 | head -6; } >> "$OUT/quant_hlo.txt"
  done
  [ -s "$OUT/quant_hlo.txt" ] || echo "no optimised HLO of the stack programs in /tmp/xqd" > "$OUT/quant_hlo.txt"
  head -60 "$OUT/quant_hlo.txt"
fi

if want bench; then
  timeout 540 .scratch/gpu/benchgpu -models "$MODELS" -quant gptq4 -hf bench/gpu/hf_baseline.py -python "$PY" \
    > "$OUT/quant_bench.json" 2> "$OUT/quant_bench.log"; echo "benchgpu rc=$?"
  grep -v "^[IW][0-9]\{4\} \|ptxas" "$OUT/quant_bench.log" | tail -40
fi
