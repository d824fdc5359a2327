#!/bin/bash
# Run on the GPU machine (it has torch/transformers; no Go toolchain): generates the HF
# reference fixtures #14's parity tests replay, then runs the train tests on xla and the
# GPU training benchmark. Build the binaries here first and carry .scratch/gpu:
#
#   go test -c -ldflags="-s -w" -o .scratch/gpu/train.test ./train
#   go build -ldflags="-s -w" -o .scratch/gpu/benchgpu ./bench/gpu/cmd/benchgpu
#   xz -T2 .scratch/gpu/train.test .scratch/gpu/benchgpu
#
# Usage: scripts/gpu-train-check.sh [fixtures|trainer15|lora|lorabench|bench|profile|hostprof|cupti|all]
#   fixtures:  writes the fixtures and runs the train tests against them (xla included);
#   trainer15: issue #15's fixtures (HF's callback order, the Trainer cases with eval/save
#              strategies and gradient checkpointing, the collators): trainer15.tar.xz,
#              trainer15_tests.txt;
#   lora:      issue #16's fixtures (scripts/peft_fixture.py, scripts/lora_train_fixture.py):
#              lora.tar.xz (unpack at the repo root: testdata/peft, testdata/lora_train), lora_tests.txt;
#   bench:     the GPU training benchmark (kiln xla vs the HF Trainer step);
#   lorabench: issue #16's LoRA fine-tuning benchmark (benchgpu -lora llama-1b: r 16, all linear
#              layers, bf16 autocast, 4 x 1024) against HF + PEFT (bench/gpu/hf_lora_baseline.py,
#              eager and torch.compile, each in its own process): lora_bench.json, lora_bench.log.
#              Needs only .scratch/gpu/benchgpu.xz. LORA_REMAT=N adds -remat N (HF:
#              gradient_checkpointing); LORA_BASE=float32 holds both sides' frozen base in float32
#              instead of bf16 (the default: float32 adapters over a bf16 base, as HF + PEFT users
#              load it); LORA_HF_BASE overrides the HF side's alone; LORA_BATCH=B sets the batch
#              (default 4);
#   profile:   kiln alone, XLA's optimised HLO dumped (xla_dump.tar.xz, for
#              scripts/xla_roofline.py), then with every block and every 2nd block
#              checkpointed (remat_1.json, remat_2.json: #15's trade-off table);
#   hostprof:  kiln alone: a Go CPU profile of the timed steps, an nsys trace summarised as CSV, XLA's
#              optimised HLO and buffer assignment (hostprof.tar.xz: where the time between steps goes);
#   cupti:     one profiled step of kiln and of HF torch.compile, every kernel timed by CUPTI
#              (bench/gpu/cupti/kiln_cupti.c injected; cupti_kiln.txt, cupti_hf.txt summaries).
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
have_bins() { [ -f .scratch/gpu/benchgpu.xz ] && xz -dkf .scratch/gpu/benchgpu.xz && { [ ! -f .scratch/gpu/train.test.xz ] || xz -dkf .scratch/gpu/train.test.xz; }; }
# NOTEST=1: record fixtures only (the replay tests run on the CPU at home).
tests_wanted() { [ "${NOTEST:-0}" != 1 ] && have_bins; }

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

if [ "$PHASE" = trainer15 ] || [ "$PHASE" = all ]; then
  FX=/tmp/kiln-fx15; rm -rf $FX; mkdir -p $FX
  timeout 120 $PY scripts/callback_order_fixture.py $FX/callbacks 2>&1 | grep -v -i warn | tail -10
  echo "callback_order_fixture rc=${PIPESTATUS[0]}"
  timeout 180 $PY scripts/trainer_fixture.py $FX/trainer gpt2_gradckpt_eval_steps_save bert_cls_gradckpt_epochs_best \
    llama_gradckpt_accum_eval 2>&1 | grep -v -i warn | tail -10
  echo "trainer_fixture rc=${PIPESTATUS[0]}"
  timeout 60 $PY scripts/collator_fixture.py $FX/collators 2>&1 | tail -5; echo "collator_fixture rc=$?"
  rm -rf testdata/callbacks testdata/collators && cp -r $FX/callbacks testdata/callbacks && cp -r $FX/collators testdata/collators
  for c in $FX/trainer/*/; do rm -rf testdata/trainer/$(basename $c); cp -r $c testdata/trainer/; done
  tar cJf "$OUT/trainer15.tar.xz" testdata/callbacks testdata/collators \
    $(cd $FX/trainer && ls -d */ | sed 's|^|testdata/trainer/|; s|/$||') 2>&1 | tail -3
  if tests_wanted; then
    (cd train && timeout 300 ../.scratch/gpu/train.test -test.v -test.run 'CallbackOrderMatchesHF|CollatorsMatchHF|TrainerMatchesHF' > "$OUT/trainer15_tests.txt" 2>&1; echo "tests rc=$?")
    grep -E '^(\s*--- FAIL|ok|FAIL|PASS)' "$OUT/trainer15_tests.txt" | head -60
    grep -c -- '--- PASS' "$OUT/trainer15_tests.txt"
  fi
fi

if [ "$PHASE" = profile ] || [ "$PHASE" = all ]; then
  have_bins || { echo "no .scratch/gpu binaries"; exit 1; }
  rm -rf /tmp/xd
  XLA_FLAGS="--xla_dump_to=/tmp/xd --xla_dump_hlo_as_text" timeout 200 .scratch/gpu/benchgpu -train gpt2-124m > "$OUT/profile_bench.json" 2> "$OUT/profile_bench.log"
  echo "profile bench rc=$?"; tail -3 "$OUT/profile_bench.log"
  big=$(ls -S /tmp/xd/*after_optimizations.txt 2>/dev/null | head -1)
  [ -n "$big" ] && (cd /tmp/xd && tar cJf "$OUT/xla_dump.tar.xz" $(basename "$big") $(ls -S *after_optimizations-buffer-assignment.txt 2>/dev/null | head -1))
  timeout 150 .scratch/gpu/benchgpu -train gpt2-124m -mask > "$OUT/mask.json" 2> "$OUT/mask.log"
  echo "with a mask rc=$?"; tail -2 "$OUT/mask.log"
  for n in 1 2; do
    timeout 150 .scratch/gpu/benchgpu -train gpt2-124m -remat $n > "$OUT/remat_$n.json" 2> "$OUT/remat_$n.log"
    echo "remat $n rc=$?"; tail -2 "$OUT/remat_$n.log"
  done
fi

if [ "$PHASE" = lora ]; then
  rm -rf testdata/peft testdata/lora_train
  timeout 180 $PY scripts/peft_fixture.py testdata/peft 2>&1 | grep -v -i warn | tail -10; echo "peft_fixture rc=${PIPESTATUS[0]}"
  timeout 240 $PY scripts/lora_train_fixture.py testdata/lora_train 2>&1 | grep -v -i warn | tail -10; echo "lora_train_fixture rc=${PIPESTATUS[0]}"
  tar cJf "$OUT/lora.tar.xz" testdata/peft testdata/lora_train 2>&1 | tail -3
  if tests_wanted; then
    (cd train && timeout 200 ../.scratch/gpu/train.test -test.v -test.run 'LoRATrainingMatchesHFPEFT' > "$OUT/lora_tests.txt" 2>&1; echo "train tests rc=$?")
    grep -E '^(\s*--- |ok|FAIL|PASS)' "$OUT/lora_tests.txt" | head -30
  fi
fi

if [ "$PHASE" = lorabench ]; then
  [ -f .scratch/gpu/benchgpu.xz ] && xz -dkf .scratch/gpu/benchgpu.xz
  [ -x .scratch/gpu/benchgpu ] || { echo "no .scratch/gpu/benchgpu(.xz)"; exit 1; }
  $PY -c 'import torch, transformers, peft; print("torch", torch.__version__, "transformers", transformers.__version__, "peft", peft.__version__)'
  timeout 560 .scratch/gpu/benchgpu -lora llama-1b -lora-hf bench/gpu/hf_lora_baseline.py -python "$PY" \
    -batch "${LORA_BATCH:-4}" -lora-base "${LORA_BASE:-bfloat16}" ${LORA_HF_BASE:+-lora-hf-base "$LORA_HF_BASE"} ${LORA_REMAT:+-remat "$LORA_REMAT"} \
    > "$OUT/lora_bench.json" 2> "$OUT/lora_bench.log"
  echo "lora bench rc=$?"; grep -v -i warn "$OUT/lora_bench.log" | tail -20; cat "$OUT/lora_bench.json"
fi

if [ "$PHASE" = hostprof ]; then
  # Where the host spends the time between steps: a Go CPU profile of the timed steps, an
  # Nsight Systems trace (CUDA API, memcpys) summarised as CSV, and XLA's optimised HLO with its
  # buffer assignment (peak memory), all in one file: hostprof.tar.xz.
  have_bins || { echo "no .scratch/gpu binaries"; exit 1; }
  H=/tmp/hostprof; rm -rf $H /tmp/xd; mkdir -p $H
  XLA_FLAGS="--xla_dump_to=/tmp/xd --xla_dump_hlo_as_text" timeout 150 .scratch/gpu/benchgpu -train gpt2-124m \
    -host-profile $H/host.pprof > $H/bench.json 2> $H/bench.log
  echo "host-profiled bench rc=$?"; tail -2 $H/bench.log
  big=$(ls -S /tmp/xd/*after_optimizations.txt 2>/dev/null | head -1)
  [ -n "$big" ] && cp "$big" $(ls -S /tmp/xd/*after_optimizations-buffer-assignment.txt /tmp/xd/*memory-usage-report* 2>/dev/null | head -3) $H/
  # HOSTPROF_LITE=1: the profile and the dump only (no command-buffer A/B, no nsys).
  if [ -n "${HOSTPROF_LITE:-}" ]; then ls -la $H; tar cJf "$OUT/hostprof.tar.xz" -C /tmp hostprof; exit 0; fi
  # XLA's command buffers (CUDA graphs) re-recorded when argument addresses change: A/B them.
  XLA_FLAGS=--xla_gpu_enable_command_buffer= timeout 120 .scratch/gpu/benchgpu -train gpt2-124m > $H/nocmdbuf.json 2> $H/nocmdbuf.log
  echo "no command buffers rc=$?"; tail -1 $H/nocmdbuf.log
  NSYS=$(command -v nsys || ls /usr/local/cuda/bin/nsys /opt/nvidia/nsight-systems/*/bin/nsys /usr/local/cuda/nsight-systems*/bin/nsys 2>/dev/null | head -1)
  if [ -n "$NSYS" ]; then
    timeout 200 $NSYS profile -o $H/k --force-overwrite true --trace=cuda,osrt --sample=none --cpuctxsw=none \
      .scratch/gpu/benchgpu -train gpt2-124m > $H/nsys_bench.json 2> $H/nsys.log
    echo "nsys rc=$?"
    timeout 120 $NSYS stats --report cuda_api_sum,cuda_gpu_mem_time_sum,cuda_gpu_mem_size_sum,osrt_sum,cuda_gpu_kern_sum \
      --format csv --output $H/st $H/k.nsys-rep > $H/nsys_stats.log 2>&1; echo "nsys stats rc=$?"
    timeout 120 $NSYS stats --report cuda_api_trace,cuda_gpu_trace --format csv --output $H/tr $H/k.nsys-rep >> $H/nsys_stats.log 2>&1
    rm -f $H/k.nsys-rep $H/k.sqlite
  else
    echo "no nsys"
  fi
  ls -la $H; tar cJf "$OUT/hostprof.tar.xz" -C /tmp hostprof; ls -la "$OUT"
fi

if [ "$PHASE" = cupti ]; then
  have_bins || { echo "no .scratch/gpu binaries"; exit 1; }
  CU=/usr/local/cuda; LIB=$(dirname "$(ls $CU/extras/CUPTI/lib64/libcupti.so* $CU/lib64/libcupti.so* 2>/dev/null | head -1)")
  INC="-I$CU/include -I$CU/extras/CUPTI/include"
  for v in 11 10 9 8; do
    gcc -O2 -shared -fPIC -DKREC=CUpti_ActivityKernel$v $INC bench/gpu/cupti/kiln_cupti.c -L"$LIB" -lcupti \
      -L$CU/lib64/stubs -lcuda -Wl,-rpath,"$LIB" -o /tmp/libkiln_cupti.so 2>/tmp/cupti_cc.log && { echo "cupti lib: Kernel$v, $LIB"; break; }
  done
  [ -f /tmp/libkiln_cupti.so ] || { tail -5 /tmp/cupti_cc.log; exit 1; }
  rm -f /tmp/cupti_k.* /tmp/cupti_h.*
  KILN_CUDA_PROFILE_STEP=1 CUDA_INJECTION64_PATH=/tmp/libkiln_cupti.so KILN_CUPTI_OUT=/tmp/cupti_k \
    timeout 200 .scratch/gpu/benchgpu -train gpt2-124m > "$OUT/cupti_bench.json" 2> "$OUT/cupti_bench.log"
  echo "kiln profiled rc=$?"; tail -2 "$OUT/cupti_bench.log"
  KILN_CUDA_PROFILE_STEP=1 CUDA_INJECTION64_PATH=/tmp/libkiln_cupti.so KILN_CUPTI_OUT=/tmp/cupti_h \
    timeout 240 $PY bench/gpu/hf_train_baseline.py 16 1024 > "$OUT/cupti_hf.json" 2> "$OUT/cupti_hf.log"
  echo "hf profiled rc=$?"; cat "$OUT/cupti_hf.json"
  for w in k h; do
    f=$(ls -S /tmp/cupti_$w.* 2>/dev/null | head -1); [ -n "$f" ] || continue
    cp "$f" "$OUT/cupti_$w.tsv"; $PY scripts/cupti_summary.py "$f" 60 > "$OUT/cupti_$w.txt"; head -30 "$OUT/cupti_$w.txt"
  done
fi

if [ "$PHASE" = bench ] || [ "$PHASE" = all ]; then
  have_bins || { echo "no .scratch/gpu binaries"; exit 1; }
  # DUMP=1: XLA's optimised HLO of kiln's programs as well (xla_dump.tar.xz).
  [ "${DUMP:-0}" = 1 ] && rm -rf /tmp/xd && export XLA_FLAGS="--xla_dump_to=/tmp/xd --xla_dump_hlo_as_text"
  timeout 400 .scratch/gpu/benchgpu -train gpt2-124m -train-hf bench/gpu/hf_train_baseline.py > "$OUT/train_bench.json" 2> "$OUT/train_bench.log"
  echo "bench rc=$?"; tail -20 "$OUT/train_bench.log"; cat "$OUT/train_bench.json"
  unset XLA_FLAGS
  big=$(ls -S /tmp/xd/*after_optimizations.txt 2>/dev/null | head -1)
  [ -n "$big" ] && (cd /tmp/xd && tar cJf "$OUT/xla_dump.tar.xz" $(basename "$big") $(ls -S *after_optimizations-buffer-assignment.txt 2>/dev/null | head -1))
fi
