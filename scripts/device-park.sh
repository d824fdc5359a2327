#!/bin/bash
# The device tool copies the working tree and refuses one over 64 MiB; kiln's test data is larger.
# park: move test data the GPU-machine scripts do not read to ../kiln-parked (outside the tree);
# unpark: move it back. The fixture scripts read only the KEEP models (peft_fixture.py: gpt2-tiny,
# llama-tiny, qwen3-tiny; collator/encoders fixtures: bert-tiny-mlm, bert-tiny-ner, distilbert-tiny-qa;
# asr_fixture.py: whisper-tiny; the tokenizer folders modernbert and qwen3).
# Always unpark after the device call: git status shows the parked files as deleted until then.
set -eu
cd "$(dirname "$0")/.."
P=../kiln-parked
KEEP="gpt2-tiny llama-tiny qwen3-tiny whisper-tiny bert-tiny-mlm bert-tiny-ner distilbert-tiny-qa llama-tiny-lora"
list() {
  for d in testdata/models/*/; do d=${d%/}; case " $KEEP " in *" $(basename $d) "*) ;; *) echo $d;; esac; done
  # tokenizer/testdata: all but the folders encoders_fixture.py (modernbert) and
  # chat_template_fixture.py (qwen3) read.
  ls -d testdata/peft testdata/lora_train testdata/trainer processors/*/testdata \
    backends/*/testdata models/testdata 2>/dev/null || true
  # encoders_fixture.py modernbert reads corpus_shared.json.gz; chat_template_fixture.py --check
  # reads chat_templates_families.json (session 17's call lost both to parking).
  for d in tokenizer/testdata/*; do case $(basename $d) in modernbert|qwen3|corpus_shared.json.gz|chat_templates_families.json) ;; *) echo $d;; esac; done
  # EXTRA_PARK: more paths a given call does not read, to make room for what it carries (session 17
  # parked bert-tiny-mlm bert-tiny-ner distilbert-tiny-qa llama-tiny-lora hub/testdata weights/testdata
  # testdata/quant pipeline/testdata tokenizer/chattemplate/testdata to carry ~29 MiB of binaries).
  for d in ${EXTRA_PARK:-}; do echo $d; done
}
case ${1:-} in
park) mkdir -p $P; for d in $(list); do [ -e "$d" ] || continue; mkdir -p "$P/$(dirname $d)"; mv "$d" "$P/$d"; echo "$d" >> $P/parked; done ;;
unpark) [ -f $P/parked ] || exit 0; while read -r d; do mkdir -p "$(dirname $d)"; mv "$P/$d" "$d"; done < $P/parked; rm -rf $P ;;
*) echo "usage: $0 park|unpark"; exit 2 ;;
esac
git ls-files -z | xargs -0 stat -c %s 2>/dev/null | awk '{s+=$1} END {printf "%.1f MiB of tracked files present\n", s/1048576}'
