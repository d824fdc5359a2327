#!/bin/bash
# One device call that does several things at once (session 16): the fixture scripts in two background
# streams on the GPU machine's CPUs while benchgpu runs (GPT-2 step under the BFC and cuda_async allocators,
# remat 1/2, the LoRA step), each step guarded by $SECONDS (GPU_STOP, ALL_STOP) so the call ends inside its
# limit; outputs bundled into a few files under $OUT (the device tool returns few, none over ~10 MB).
# Needs .scratch/gpu/benchgpu.xz (carry .scratch/gpu); park the tree first (scripts/device-park.sh).
set -u
P=python3; [ -x /opt/torch/.venv/bin/python3 ] && P=/opt/torch/.venv/bin/python3
export GOPJRT_CUDA_CHECKS=0 PYTHONUNBUFFERED=1 KILN_XLA_MEMORY_STATS=1
B=/tmp/b16; rm -rf $B; mkdir -p $B
xz -dkf .scratch/gpu/benchgpu.xz
# fixtures first (python only), in the background on the CPUs
T=/tmp/kfx; rm -rf $T; mkdir -p $T; FXO=/tmp/fxo; rm -rf $FXO; mkdir -p $FXO
( timeout 150 $P scripts/families_fixture.py $T/fam mixtral-tiny qwen2-moe-tiny qwen3-moe-tiny > $B/moe.log 2>&1; echo "moe rc=$?" >> $B/fx.txt
  (cd $T/fam && tar cJf $FXO/fx_moe.tar.xz mixtral-tiny qwen2-moe-tiny qwen3-moe-tiny) 2>>$B/fx.txt
  timeout 150 $P scripts/encoders_fixture.py modernbert tokenizer > $B/mbert.log 2>&1; echo "mbert rc=$?" >> $B/fx.txt
  tar cJf $FXO/fx_mbert.tar.xz $(ls -d testdata/models/encoders/modernbert-tiny-* tokenizer/testdata/modernbert/expected_shared.json.gz 2>/dev/null) 2>>$B/fx.txt
  timeout 120 $P scripts/llava_fixture.py $T/lv > $B/llava.log 2>&1; echo "llava rc=$?" >> $B/fx.txt
  tar cJf $FXO/fx_llava.tar.xz -C $T/lv llava-tiny 2>>$B/fx.txt
  timeout 150 $P scripts/asr_fixture.py > $B/asr.log 2>&1; echo "asr rc=$?" >> $B/fx.txt
  tar cJf $FXO/fx_asr.tar.xz testdata/asr/audio70.wav testdata/asr/reference.json 2>>$B/fx.txt
  echo fixtures-A-done >> $B/fx.txt ) &
FXA=$!
( timeout 100 $P scripts/dora_fixture.py testdata/dora_train > $B/dora.log 2>&1; echo "dora rc=$?" >> $B/fx.txt
  tar cJf $FXO/fx_dora.tar.xz testdata/dora_train 2>>$B/fx.txt
  timeout 150 $P scripts/peft_fixture.py /tmp/peft > $B/peft.log 2>&1; echo "peft rc=$?" >> $B/fx.txt
  tar cJf $FXO/fx_peft.tar.xz -C /tmp peft/qwen3-tied-head peft/gpt2-tied-head-bf16 2>>$B/fx.txt
  timeout 100 $P scripts/seq2seq_fixture.py --out testdata/models > $B/seq2seq.log 2>&1; echo "seq2seq rc=$?" >> $B/fx.txt
  tar cJf $FXO/fx_seq2seq.tar.xz $(ls -d testdata/models/bart-tiny testdata/models/mbart-tiny testdata/models/t5-v11-tiny 2>/dev/null) 2>>$B/fx.txt
  timeout 120 $P scripts/quant_fixture.py /tmp/quant > $B/quant.log 2>&1; echo "quant rc=$?" >> $B/fx.txt
  tar cJf $FXO/fx_quant.tar.xz -C /tmp quant 2>>$B/fx.txt
  timeout 60 $P scripts/chat_template_fixture.py --check > $B/chat.log 2>&1; echo "chat rc=$?" >> $B/fx.txt
  echo fixtures-B-done >> $B/fx.txt ) &
FXB=$!
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
[ $SECONDS -gt ${GPU_STOP:-420} ] || { timeout 100 .scratch/gpu/benchgpu -train gpt2-124m > $B/gpt2_bfc.json 2> $B/gpt2_bfc.log; echo "gpt2 bfc rc=$?"; grep -v "^I1207\|^W1207\|ptxas\|^$" $B/gpt2_bfc.log | tail -3; }
[ $SECONDS -gt ${GPU_STOP:-420} ] || { KILN_XLA_ALLOCATOR=cuda_async timeout 100 .scratch/gpu/benchgpu -train gpt2-124m > $B/gpt2_async.json 2> $B/gpt2_async.log; echo "gpt2 async rc=$?"; grep -v "^I1207\|^W1207\|ptxas\|^$" $B/gpt2_async.log | tail -3; }
for n in 1 2; do
  [ $SECONDS -gt ${GPU_STOP:-420} ] && break
  timeout 100 .scratch/gpu/benchgpu -train gpt2-124m -remat $n > $B/remat_$n.json 2> $B/remat_$n.log; echo "remat $n rc=$?"; grep -v "^I1207\|^W1207\|ptxas\|^$" $B/remat_$n.log | tail -2
done
[ $SECONDS -gt ${GPU_STOP:-420} ] || { KILN_XLA_ALLOCATOR=cuda_async timeout 120 .scratch/gpu/benchgpu -lora llama-1b -batch 4 -lora-base bfloat16 > $B/lora_async.json 2> $B/lora_async.log; echo "lora async rc=$?"; grep -v "^I1207\|^W1207\|ptxas\|^$" $B/lora_async.log | tail -3; }
[ $SECONDS -gt ${GPU_STOP:-420} ] || { timeout 120 .scratch/gpu/benchgpu -lora llama-1b -batch 4 -lora-base bfloat16 > $B/lora_bfc.json 2> $B/lora_bfc.log; echo "lora bfc rc=$?"; grep -v "^I1207\|^W1207\|ptxas\|^$" $B/lora_bfc.log | tail -3; }
while { kill -0 $FXA || kill -0 $FXB; } 2>/dev/null && [ $SECONDS -lt ${ALL_STOP:-515} ]; do sleep 5; done; pkill -P $FXA 2>/dev/null; pkill -P $FXB 2>/dev/null; cat $B/fx.txt; for f in llava mbert dora seq2seq moe peft asr quant chat; do echo "== $f"; grep -v -i warn $B/$f.log | tail -4; done
tar cJf $OUT/bench16.tar.xz -C /tmp b16
ls -la $FXO
(cd $FXO && tar cf $OUT/fx1.tar $(ls fx_moe* fx_mbert* 2>/dev/null); tar cf $OUT/fx2.tar $(ls fx_llava* fx_asr* 2>/dev/null); tar cf $OUT/fx3.tar $(ls fx_dora* fx_peft* fx_seq2seq* fx_quant* 2>/dev/null))
ls -la $OUT
