#!/bin/bash
# Run on the GPU machine (it has torch/transformers; no Go toolchain): generates the HF
# reference fixtures #14's parity tests replay, then runs the train tests on xla and the
# GPU training benchmark. Build the binaries here first and carry .scratch/gpu:
#
#   go test -c -ldflags="-s -w" -o .scratch/gpu/train.test ./train
#   go build -ldflags="-s -w" -o .scratch/gpu/benchgpu ./bench/gpu/cmd/benchgpu
#   xz -T2 .scratch/gpu/train.test .scratch/gpu/benchgpu
#
# Outputs go under $OUT (the device tool brings them back): fx/trainer (-> testdata/trainer),
# fx/sched_hf.json (-> train/testdata/sched_hf.json), fx/torch_optim.json
# (-> testdata/optim/torch_optim.json), the test log and the bench JSON.
set -u
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp/kiln-gpu-out}
PY=python3; [ -x /opt/torch/.venv/bin/python3 ] && PY=/opt/torch/.venv/bin/python3
export GOPJRT_CUDA_CHECKS=0 PYTHONUNBUFFERED=1
mkdir -p "$OUT/fx"
timeout 250 $PY scripts/trainer_fixture.py "$OUT/fx/trainer" 2>&1 | grep -v -i warn | tail -16
timeout 90 $PY train/testdata/gen_sched.py > "$OUT/fx/sched_hf.json"
timeout 30 $PY scripts/optim_fixture.py "$OUT/fx/torch_optim.json"
[ -f .scratch/gpu/train.test.xz ] || { echo "no .scratch/gpu binaries: fixtures only"; exit 0; }
xz -dkf .scratch/gpu/train.test.xz .scratch/gpu/benchgpu.xz
rm -rf testdata/trainer && cp -r "$OUT/fx/trainer" testdata/trainer && rm -f testdata/trainer/hf_sources.txt
cp "$OUT/fx/sched_hf.json" train/testdata/sched_hf.json
mkdir -p testdata/optim && cp "$OUT/fx/torch_optim.json" testdata/optim/
(cd train && timeout 200 ../.scratch/gpu/train.test -test.run 'StepGPT2MatchesTorchAdamW|TrainerMatchesHF|ScheduleMatchesHF|Torch' > "$OUT/train_tests.txt" 2>&1; echo "tests rc=$?")
grep -E '^(--- |ok|FAIL)' "$OUT/train_tests.txt" | head -60
timeout 240 .scratch/gpu/benchgpu -train gpt2-124m -train-hf bench/gpu/hf_train_baseline.py > "$OUT/train_bench.json" 2> "$OUT/train_bench.log"
echo "bench rc=$?"; tail -3 "$OUT/train_bench.log"
