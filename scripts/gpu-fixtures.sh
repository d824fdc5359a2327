#!/bin/bash
# Run on the GPU machine (torch, transformers, peft, torchaudio, PIL there): every fixture script
# whose replay test waits for it, outputs packed per set, $OUT/fx_*.tar.xz (the device
# tool brings back few files, none too large). Unpack at the repo root: each script's output lands where its
# replay test reads it.
# The tree is over the device tool's 64 MiB: run scripts/device-park.sh park before the call, unpark after.
set -u
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp/kiln-gpu-out}; mkdir -p "$OUT"
P=python3; [ -x /opt/torch/.venv/bin/python3 ] && P=/opt/torch/.venv/bin/python3
export PYTHONUNBUFFERED=1 NOTEST=1
T=/tmp/kfx; rm -rf $T; mkdir -p $T
run() { local name=$1 lim=$2; shift 2; timeout $lim "$@" > $T/$name.log 2>&1; echo "$name rc=$?"; grep -v -i warn $T/$name.log | tail -3; }
[ -z "${SKIP_TRAINER15:-}" ] && { timeout 150 bash scripts/gpu-train-check.sh trainer15 2>&1 | tail -6; }
[ -z "${SKIP_LORA:-}" ] && { timeout 150 bash scripts/gpu-train-check.sh lora 2>&1 | tail -6; }
run dora 100 $P scripts/dora_fixture.py testdata/dora_train
run audio 80 $P scripts/audio_fixture.py --out processors/audio/testdata/audio
run image 80 $P scripts/image_fixture.py processors/image/testdata/images
run whisper 80 $P scripts/whisper_fixture.py --out testdata/models/whisper-128-tiny
run families 150 $P scripts/families_fixture.py $T/fam && cp -r $T/fam/* testdata/models/ 2>/dev/null
run siglip 80 $P scripts/siglip_fixture.py $T/sig && cp -r $T/sig/siglip-tiny $T/sig/clip-tiny-48 testdata/models/ 2>/dev/null
run seq2seq 80 $P scripts/seq2seq_fixture.py --out testdata/models
run encoders 120 $P scripts/encoders_fixture.py
run llava 80 $P scripts/llava_fixture.py $T/llava && cp -r $T/llava/llava-tiny testdata/models/ 2>/dev/null
# One archive per fixture set: the device tool refuses a file of ~26 MB (2026-12-07) and
# returns ~10 MB ones; it also returns only a few files, so the sets stay few.
pack() { local name=$1; shift; local have=$(ls -d "$@" 2>/dev/null); [ -n "$have" ] && tar cJf "$OUT/$name.tar.xz" $have; }
pack fx_dora testdata/dora_train
pack fx_media processors/audio/testdata/audio processors/image/testdata/images
pack fx_whisper testdata/models/whisper-128-tiny
pack fx_vision testdata/models/siglip-tiny testdata/models/clip-tiny-48
pack fx_llava testdata/models/llava-tiny
pack fx_encoders testdata/models/encoders testdata/models/bert-tiny-ner/pipeline_reference.json testdata/models/distilbert-tiny-qa/pipeline_reference.json tokenizer/testdata/modernbert/expected_shared.json.gz
pack fx_seq2seq testdata/models/bart-tiny testdata/models/mbart-tiny testdata/models/t5-v11-tiny
pack fx_families $(ls -d $T/fam/* 2>/dev/null | sed "s|$T/fam/|testdata/models/|")
tar cJf "$OUT/fx_logs.tar.xz" -C $T $(cd $T && ls *.log)
ls -la "$OUT"
