#!/bin/bash
# One device call that does several things at once: the fixture scripts in a background stream on the GPU
# machine's CPUs while the GPU runs, in order, each step guarded by $SECONDS so that the call ends inside
# the device tool's limit (GPU_STOP: no new GPU step after it; ALL_STOP: stop waiting for the fixtures):
#   lora      issue #16: the LoRA step (benchgpu -lora llama-1b) under each allocator setting of
#             $LORA_VARIANTS ("bfc async cap10240 platform": default BFC, cuda_async, BFC capped at
#             10240 MiB through KILN_XLA_MEMORY_FRACTION, plain cudaMalloc), kiln alone; then HF + PEFT
#             ($LORA_HF_MODES, default eager) beside kiln under $LORA_FINAL (env assignments; "auto":
#             the first capN variant that ran) in one benchgpu run
#   moe       issue #21: MoE decode (benchgpu -models mixtral-4l) against HF eager and static+compile
#   parity    issues #18/#21: the models/generate parity tests on xla (KILN_PARITY_BACKENDS=xla) over
#             the fixtures of .scratch/gpu/$PARITY_ARCHIVES (default fam.tar.xz; unpacked into
#             testdata/models); PARITY_MODELS_RUN / PARITY_GENERATE_RUN are the -test.run patterns
#             (empty: skip that binary)
#   cuda      issue #17: scripts/gpu-cuda-check.sh $CUDA_PHASES (default smoke, models, kernels)
#   cudabench issue #17: kiln bench --suite gpu --backend B for B in $CUDABENCH_BACKENDS (default "cuda
#             xla") on $CUDABENCH_MODELS (default llama-1b); CUDABENCH_HF=bench/gpu/hf_baseline.py adds HF
#   graphs    issue #17: kiln bench --suite gpu --backend cuda --models $CUDABENCH_MODELS (default llama-1b)
#             with KILN_CUDA_GRAPHS=1 and then 0 (CUDA graphs on and off, same machine; the log's "cuda
#             graphs" line has the replays/captures)
#   quant8b   issue #20: benchgpu -backend ${QUANT_BACKEND:-cuda} -models ${QUANT_MODELS:-llama-8b} -quant gptq4
#             with the HF baseline (kiln bf16, kiln GPTQ 4-bit, HF eager and static+compile in one run)
#   encparity issue #21: waits for the fixture stream (FX_SET=encoders), then models.test
#             TestEncoderFixturesParity on xla over the fixtures it wrote (RoBERTa, XLM-R, DistilBERT,
#             BERT-QA, ModernBERT heads)
#   quantchk  issue #20: scripts/bnb_roundtrip_check.py and scripts/qlora_check.py with .scratch/gpu/kiln(.xz)
#             (CPU and torch only: in the background from the start)
# STEPS selects them (default "lora parity cuda"); FIXTURES=0 skips the fixture stream, FX_SET picks its
# scripts (default "mbert chat asr t5 peft"; "encoders" runs every encoder fixture of
# scripts/encoders_fixture.py, which reads bert-tiny-mlm, bert-tiny-ner and distilbert-tiny-qa: do not
# park them for that call).
# Outputs: $OUT/bench.tar.xz (JSON, logs, test output) and $OUT/fx.tar (fixture archives).
# Needs .scratch/gpu/*.xz (carry .scratch/gpu); park the tree first (scripts/device-park.sh).
set -u
P=python3; [ -x /opt/torch/.venv/bin/python3 ] && P=/opt/torch/.venv/bin/python3
export GOPJRT_CUDA_CHECKS=0 PYTHONUNBUFFERED=1 KILN_XLA_MEMORY_STATS=1
OUT=${OUT:-/tmp/kiln-gpu-out}; mkdir -p $OUT
B=/tmp/bout; rm -rf $B; mkdir -p $B
for f in .scratch/gpu/*.xz; do xz -dkf $f; done
STEPS=${STEPS:-lora parity cuda}
VARIANTS=${LORA_VARIANTS:-bfc async cap10240}
want() { case " $STEPS " in *" $1 "*) return 0;; esac; return 1; }
gpu_time() { [ $SECONDS -lt ${GPU_STOP:-420} ]; }
clean() { grep -v "^[IW][0-9]\{4\} \|ptxas\|^$" "$@"; }
FXO=/tmp/fxo; rm -rf $FXO; mkdir -p $FXO
if [ "${FIXTURES:-1}" != 0 ]; then
( T=/tmp/kfx; rm -rf $T; mkdir -p $T
  fx() { case " ${FX_SET:-mbert chat asr t5 peft} " in *" $1 "*) return 0;; esac; return 1; }
  if fx mbert; then
    timeout 150 $P scripts/encoders_fixture.py modernbert tokenizer > $B/mbert.log 2>&1; echo "mbert rc=$?" >> $B/fx.txt
    tar cJf $FXO/fx_mbert.tar.xz $(ls -d testdata/models/encoders/modernbert-tiny-* tokenizer/testdata/modernbert/expected_shared.json.gz 2>/dev/null) 2>>$B/fx.txt
  fi
  if fx encoders; then  # every encoder fixture: RoBERTa, XLM-R, DistilBERT heads, the NER/QA pipeline references, ModernBERT
    timeout 240 $P scripts/encoders_fixture.py > $B/encoders.log 2>&1; echo "encoders rc=$?" >> $B/fx.txt
    tar cJf $FXO/fx_encoders.tar.xz $(ls -d testdata/models/encoders testdata/models/bert-tiny-ner/pipeline_reference.json testdata/models/distilbert-tiny-qa/pipeline_reference.json tokenizer/testdata/modernbert/expected_shared.json.gz 2>/dev/null) 2>>$B/fx.txt
  fi
  if fx chat; then
    timeout 60 $P scripts/chat_template_fixture.py --check > $B/chat.log 2>&1; echo "chat rc=$?" >> $B/fx.txt
  fi
  if fx asr; then
    timeout 150 $P scripts/asr_fixture.py > $B/asr.log 2>&1; echo "asr rc=$?" >> $B/fx.txt
    tar cJf $FXO/fx_asr.tar.xz testdata/asr 2>>$B/fx.txt
  fi
  if fx t5; then
    timeout 100 $P scripts/seq2seq_fixture.py --out $T t5-v11-tiny > $B/seq2seq.log 2>&1; echo "seq2seq rc=$?" >> $B/fx.txt
    tar cJf $FXO/fx_t5.tar.xz -C $T t5-v11-tiny 2>>$B/fx.txt
  fi
  if fx peft; then
    timeout 150 $P scripts/peft_fixture.py /tmp/peft > $B/peft.log 2>&1; echo "peft rc=$?" >> $B/fx.txt
    tar cJf $FXO/fx_peft.tar.xz -C /tmp peft/qwen3-tied-head peft/gpt2-tied-head-bf16 2>>$B/fx.txt
  fi
  echo fixtures-done >> $B/fx.txt ) &
FX=$!
fi
# quantchk runs on the CPUs and torch only: in the background, beside the GPU steps.
if want quantchk && [ -f .scratch/gpu/kiln ]; then
( timeout 200 $P scripts/bnb_roundtrip_check.py --kiln .scratch/gpu/kiln > $B/bnb_check.txt 2>&1; echo "bnb check rc=$?" >> $B/quant.txt
  timeout 200 $P scripts/qlora_check.py --kiln .scratch/gpu/kiln > $B/qlora_check.txt 2>&1; echo "qlora check rc=$?" >> $B/quant.txt ) &
QC=$!
fi
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
TOTAL_MIB=$(nvidia-smi --query-gpu=memory.total --format=csv,noheader,nounits | head -1)
frac() { awk -v m=$1 -v t=$TOTAL_MIB 'BEGIN { printf "%.4f", m / t }'; }  # capN: N MiB as a fraction
if want lora; then
  for v in $VARIANTS; do
    gpu_time || break
    case $v in bfc) e="";; async) e="KILN_XLA_ALLOCATOR=cuda_async";; platform) e="KILN_XLA_ALLOCATOR=platform";;
      cap*) e="KILN_XLA_MEMORY_FRACTION=$(frac ${v#cap})";; *) echo "unknown variant $v"; continue;; esac
    env $e timeout 120 .scratch/gpu/benchgpu -lora llama-1b -batch 4 -lora-base bfloat16 > $B/lora_$v.json 2> $B/lora_$v.log
    echo "lora $v ($e) rc=$?"; clean $B/lora_$v.log | tail -2
    $P -c "import json,sys; k=json.load(open('$B/lora_$v.json'))['kiln']; print(' step_s %.4f tok/s %.0f smi %s MiB' % (k['step_s'], k['tokens_per_s'], k['peak_device_mem_mib']))" 2>/dev/null
  done
  # LORA_FINAL=auto: the first capN variant that ran, else the default allocator.
  if [ "${LORA_FINAL:-}" = auto ]; then
    LORA_FINAL=""
    for v in $VARIANTS; do case $v in cap*) grep -q step_s $B/lora_$v.json 2>/dev/null && { LORA_FINAL="KILN_XLA_MEMORY_FRACTION=$(frac ${v#cap})"; break; };; esac; done
  fi
  if gpu_time && [ -n "${LORA_FINAL+x}" ]; then
    env ${LORA_FINAL} timeout 240 .scratch/gpu/benchgpu -lora llama-1b -batch 4 -lora-base bfloat16 \
      -lora-hf bench/gpu/hf_lora_baseline.py -lora-hf-modes ${LORA_HF_MODES:-eager} -python $P > $B/lora_final.json 2> $B/lora_final.log
    echo "lora final ($LORA_FINAL) rc=$?"; clean $B/lora_final.log | tail -3
    $P -c "import json; d=json.load(open('$B/lora_final.json')); print(json.dumps(d['ratios']))" 2>/dev/null
  fi
fi
if want moe && gpu_time; then
  timeout 300 .scratch/gpu/benchgpu -models mixtral-4l -hf bench/gpu/hf_baseline.py > $B/moe.json 2> $B/moe.log
  echo "moe rc=$?"; clean $B/moe.log | tail -4
fi
if want parity && gpu_time; then
  for a in ${PARITY_ARCHIVES:-fam.tar.xz}; do [ -f .scratch/gpu/$a ] && tar xJf .scratch/gpu/$a; done
  MR=${PARITY_MODELS_RUN-TestFamilyFixtures|TestDecoderParity|TestFamiliesCacheMatchesRecompute|TestCacheMatchesRecompute}
  GR=${PARITY_GENERATE_RUN-TestFamilyFixtureGeneration|TestFixtureParity}
  [ -n "$MR" ] && [ -f .scratch/gpu/models.test ] && (cd models && KILN_PARITY_BACKENDS=xla timeout 240 ../.scratch/gpu/models.test -test.v -test.timeout 230s \
    -test.run "$MR" > $B/parity_models.txt 2>&1; echo "parity models rc=$?")
  [ -n "$GR" ] && [ -f .scratch/gpu/generate.test ] && (cd generate && KILN_PARITY_BACKENDS=xla timeout 240 ../.scratch/gpu/generate.test -test.v -test.timeout 230s \
    -test.run "$GR" > $B/parity_generate.txt 2>&1; echo "parity generate rc=$?")
  grep -E '^\s*--- (FAIL|SKIP)|^(ok|FAIL|PASS)' $B/parity_models.txt $B/parity_generate.txt 2>/dev/null | head -60
  grep -cE '^\s*--- PASS' $B/parity_models.txt $B/parity_generate.txt 2>/dev/null
fi
if want cuda && gpu_time; then
  for ph in ${CUDA_PHASES:-smoke models kernels}; do gpu_time || break; OUT=$B timeout 200 bash scripts/gpu-cuda-check.sh $ph 2>&1 | tail -25; done
fi
if want cudabench && gpu_time && [ -f .scratch/gpu/kiln ]; then
  for be in ${CUDABENCH_BACKENDS:-cuda xla}; do
    gpu_time || break
    timeout 200 .scratch/gpu/kiln bench --suite gpu --backend $be --models ${CUDABENCH_MODELS:-llama-1b} \
      --hf-script "${CUDABENCH_HF:-}" --results "" --json > $B/cudabench_$be.json 2> $B/cudabench_$be.log
    echo "kiln bench --backend $be rc=$?"; clean $B/cudabench_$be.log | tail -6
  done
fi
if want graphs && [ -f .scratch/gpu/kiln ]; then
  for g in 1 0; do
    gpu_time || break
    KILN_CUDA_GRAPHS=$g timeout 200 .scratch/gpu/kiln bench --suite gpu --backend cuda --models ${CUDABENCH_MODELS:-llama-1b} \
      --results "" --json > $B/graphs_g$g.json 2> $B/graphs_g$g.log
    echo "kiln bench cuda KILN_CUDA_GRAPHS=$g rc=$?"; clean $B/graphs_g$g.log | tail -8
  done
fi
if want quant8b && gpu_time && [ -f .scratch/gpu/benchgpu ]; then
  timeout 450 .scratch/gpu/benchgpu -backend ${QUANT_BACKEND:-cuda} -models ${QUANT_MODELS:-llama-8b} -quant gptq4 \
    -hf bench/gpu/hf_baseline.py -python $P > $B/quant8b.json 2> $B/quant8b.log
  echo "quant8b rc=$?"; clean $B/quant8b.log | tail -20
fi
if want encparity && [ -n "${FX:-}" ]; then
  while kill -0 $FX 2>/dev/null && [ $SECONDS -lt ${ALL_STOP:-540} ]; do sleep 3; done
  [ -f .scratch/gpu/models.test ] && (cd models && KILN_PARITY_BACKENDS=xla KILN_XLA_MEMORY_FRACTION=0.3 timeout 120 ../.scratch/gpu/models.test \
    -test.v -test.timeout 110s -test.run 'TestEncoderFixturesParity' > $B/parity_encoders.txt 2>&1; echo "parity encoders rc=$?")
  grep -E '^\s*--- (FAIL|SKIP)|^(ok|FAIL|PASS)' $B/parity_encoders.txt 2>/dev/null | head -30
fi
if [ -n "${QC:-}" ]; then
  while kill -0 $QC 2>/dev/null && [ $SECONDS -lt ${ALL_STOP:-540} ]; do sleep 5; done; pkill -P $QC 2>/dev/null
  cat $B/quant.txt; tail -8 $B/bnb_check.txt $B/qlora_check.txt
fi
if [ -n "${FX:-}" ]; then
  while kill -0 $FX 2>/dev/null && [ $SECONDS -lt ${ALL_STOP:-540} ]; do sleep 5; done; pkill -P $FX 2>/dev/null
  cat $B/fx.txt; for f in mbert encoders chat asr seq2seq peft; do echo "== $f"; grep -v -i warn $B/$f.log 2>/dev/null | tail -4; done
fi
tar cJf $OUT/bench.tar.xz -C /tmp bout
(cd $FXO && tar cf $OUT/fx.tar $(ls) 2>/dev/null)
ls -la $OUT
