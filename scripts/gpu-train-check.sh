#!/bin/bash
# Run on the GPU machine (it has torch/transformers; no Go toolchain): generates the HF
# reference fixtures #14's parity tests replay, then runs the train tests on xla and the
# GPU training benchmark. Build the binaries here first and carry .scratch/gpu:
#
#   go test -c -ldflags="-s -w" -o .scratch/gpu/train.test ./train
#   go build -ldflags="-s -w" -o .scratch/gpu/benchgpu ./bench/gpu/cmd/benchgpu
#   xz -T2 .scratch/gpu/train.test .scratch/gpu/benchgpu
#
# Usage: scripts/gpu-train-check.sh [fixtures|bench|all]
#   fixtures: writes the fixtures and runs the train tests against them (xla included);
#   bench:    the GPU training benchmark (kiln xla vs the HF Trainer step).
# Outputs go under $OUT, flat, since the device tool brings back only files at most two
# folders down: fixtures.tar.xz (unpack at the repo root: testdata/trainer,
# train/testdata/sched_hf.json, testdata/optim/torch_optim.json), train_tests.txt,
# train_bench.json and train_bench.log.
set -u
cd "$(dirname "$0")/.."
PHASE=${1:-all}
OUT=${OUT:-/tmp/kiln-gpu-out}
PY=python3; [ -x /opt/torch/.venv/bin/python3 ] && PY=/opt/torch/.venv/bin/python3
export GOPJRT_CUDA_CHECKS=0 PYTHONUNBUFFERED=1
mkdir -p "$OUT"
have_bins() { [ -f .scratch/gpu/train.test.xz ] && xz -dkf .scratch/gpu/train.test.xz .scratch/gpu/benchgpu.xz; }

if [ "$PHASE" = fixtures ] || [ "$PHASE" = all ]; then
  FX=/tmp/kiln-fx; rm -rf $FX; mkdir -p $FX
  timeout 240 $PY scripts/trainer_fixture.py $FX/trainer 2>&1 | grep -v -i warn | tail -20
  echo "trainer_fixture rc=${PIPESTATUS[0]}"
  timeout 90 $PY train/testdata/gen_sched.py > $FX/sched_hf.json; echo "gen_sched rc=$?"
  timeout 30 $PY scripts/optim_fixture.py $FX/torch_optim.json; echo "optim_fixture rc=$?"
  rm -rf testdata/trainer && cp -r $FX/trainer testdata/trainer && rm -f testdata/trainer/hf_sources.txt
  cp $FX/trainer/hf_sources.txt "$OUT/hf_sources.txt" 2>/dev/null
  [ -s $FX/sched_hf.json ] && cp $FX/sched_hf.json train/testdata/sched_hf.json
  mkdir -p testdata/optim && [ -s $FX/torch_optim.json ] && cp $FX/torch_optim.json testdata/optim/
  tar cJf "$OUT/fixtures.tar.xz" testdata/trainer train/testdata/sched_hf.json testdata/optim/torch_optim.json 2>&1 | tail -3
  ls -la "$OUT"
  if have_bins; then
    (cd train && timeout 200 ../.scratch/gpu/train.test -test.v -test.run 'StepGPT2MatchesTorchAdamW|TrainerMatchesHF|ScheduleMatchesHF|Torch' > "$OUT/train_tests.txt" 2>&1; echo "tests rc=$?")
    grep -E '^(\s*--- |ok|FAIL|PASS)' "$OUT/train_tests.txt" | head -80
  else
    echo "no .scratch/gpu binaries: fixtures only"
  fi
fi

if [ "$PHASE" = bench ] || [ "$PHASE" = all ]; then
  have_bins || { echo "no .scratch/gpu binaries"; exit 1; }
  timeout 400 .scratch/gpu/benchgpu -train gpt2-124m -train-hf bench/gpu/hf_train_baseline.py > "$OUT/train_bench.json" 2> "$OUT/train_bench.log"
  echo "bench rc=$?"; tail -20 "$OUT/train_bench.log"; cat "$OUT/train_bench.json"
fi
