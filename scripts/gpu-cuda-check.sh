#!/bin/bash
# Run on the GPU machine (no Go toolchain there): the cuda backend's tests — library
# loading, the device smoke tests, then the backendtest conformance suite — from a test
# binary built here and carried under .scratch/gpu:
#
#   go test -c -o .scratch/gpu/cuda.test ./backends/cuda && xz -T2 -f .scratch/gpu/cuda.test
#
# Usage: scripts/gpu-cuda-check.sh [smoke|models|kernels|conformance|all]   (default all)
# Outputs, flat under $OUT (the device tool brings back only files near the top):
#   cuda_env.txt          driver/NVRTC/cuBLASLt found, nvidia-smi
#   cuda_smoke.txt        -test.v of TestRegistered and TestDevice* (TestDeviceGraphReplay: a ~290-launch
#                         decode-shaped program step by step vs through its CUDA graph, median time per run)
#   cuda_models.txt       -test.v of TestModelsMatchInterp on the GPU (five tiny checkpoints' logits
#                         against interp)
#   cuda_kernels.txt      -test.v of TestDeviceKernelsAtModelSizes: the GEMV and fused attention
#                         kernels at Llama-3-8B sizes against interp, and their time per run next to
#                         cuBLASLt / the decomposed attention
#   cuda_conformance.txt  -test.v of TestConformance
#   cuda_summary.txt      per op: passed / skipped (not declared) / failed cases, then the
#                         failing cases with their first error lines
set -u
cd "$(dirname "$0")/.."
PHASE=${1:-all}
OUT=${OUT:-/tmp/kiln-gpu-out}
mkdir -p "$OUT"
BIN=.scratch/gpu/cuda.test
[ -f $BIN.xz ] && xz -dkf $BIN.xz
[ -x $BIN ] || { echo "no $BIN(.xz): build it first (see the top of this script)"; exit 1; }
BIN=$PWD/$BIN
# The module cache of this run (cold on a fresh machine: NVRTC compiles every module once).
export KILN_CUDA_CACHE=${KILN_CUDA_CACHE:-/tmp/kiln-cuda-cache}

{
  nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv 2>&1
  ls -la /usr/local/cuda/lib64/libnvrtc.so* /usr/local/cuda/lib64/libcublasLt.so* 2>&1
  ldconfig -p 2>/dev/null | grep -E 'libcuda.so|libnvrtc|libcublasLt' | head
} > "$OUT/cuda_env.txt"
cat "$OUT/cuda_env.txt"

# The tests read testdata/ relative to the package directory.
cd backends/cuda
if [ "$PHASE" = smoke ] || [ "$PHASE" = all ]; then
  timeout 300 "$BIN" -test.v -test.timeout 280s -test.run 'TestRegistered|TestDevice|TestGolden|TestSearchOrder' \
    -test.skip 'TestDeviceKernelsAtModelSizes' \
    > "$OUT/cuda_smoke.txt" 2>&1
  echo "smoke rc=$?"
  grep -E '^(--- |    --- |ok|FAIL|PASS)|cuda: |device_test|device_graph_test' "$OUT/cuda_smoke.txt" | grep -v 'TestGoldenConformance/' | head -60
fi

if [ "$PHASE" = models ] || [ "$PHASE" = all ]; then
  timeout 300 "$BIN" -test.v -test.short -test.timeout 280s -test.run 'TestModelsMatchInterp/^cuda$' \
    > "$OUT/cuda_models.txt" 2>&1
  echo "models rc=$?"
  grep -E '^\s*--- |max \|' "$OUT/cuda_models.txt" | head -30
fi

if [ "$PHASE" = kernels ] || [ "$PHASE" = all ]; then
  timeout 300 "$BIN" -test.v -test.timeout 280s -test.run 'TestDeviceKernelsAtModelSizes' \
    > "$OUT/cuda_kernels.txt" 2>&1
  echo "kernels rc=$?"
  grep -E '^\s*--- |per run|differs|compiled in' "$OUT/cuda_kernels.txt" | head -40
fi

if [ "$PHASE" = conformance ] || [ "$PHASE" = all ]; then
  start=$(date +%s)
  timeout 540 "$BIN" -test.v -test.timeout 530s -test.run 'TestConformance' > "$OUT/cuda_conformance.txt" 2>&1
  echo "conformance rc=$? in $(( $(date +%s) - start )) s"
  awk '
    /^ +--- (PASS|SKIP|FAIL): TestConformance\/ops\// {
      split($3, p, "/"); op = p[3]; st = $2; sub(":", "", st)
      n[op, st]++; ops[op] = 1; tot[st]++
      if (st == "FAIL") fails[++nf] = $3
    }
    END {
      printf "%-28s %6s %6s %6s\n", "op", "pass", "skip", "fail"
      for (op in ops) printf "%-28s %6d %6d %6d\n", op, n[op, "PASS"], n[op, "SKIP"], n[op, "FAIL"] | "sort"
      close("sort")
      printf "\ntotal: %d passed, %d skipped, %d failed\n", tot["PASS"], tot["SKIP"], tot["FAIL"]
      for (i = 1; i <= nf; i++) print "FAIL " fails[i]
    }' "$OUT/cuda_conformance.txt" > "$OUT/cuda_summary.txt"
  grep -E -A6 '^ +--- FAIL: TestConformance/ops/' "$OUT/cuda_conformance.txt" | head -300 >> "$OUT/cuda_summary.txt"
  grep -E '^ +--- (PASS|FAIL|SKIP): TestConformance/buffers' "$OUT/cuda_conformance.txt" >> "$OUT/cuda_summary.txt"
  head -80 "$OUT/cuda_summary.txt"
fi
