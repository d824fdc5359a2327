#!/bin/sh
# Lay out the benchmark inputs and binary under .scratch/ (git-ignored):
#   .scratch/kbench                     kiln's benchmark binary (linux/amd64)
#   .scratch/tokbench/corpus_shared.json
#   .scratch/tokbench/<name>/tokenizer.json   (uncompressed, for HF)
# Run from the repository root. The inputs come from tokenizer/testdata.
set -eu
out=.scratch/tokbench
mkdir -p "$out"
gunzip -c tokenizer/testdata/corpus_shared.json.gz > "$out/corpus_shared.json"
for n in llama2 llama3 qwen3 gpt2 bert; do
	mkdir -p "$out/$n"
	gunzip -c "tokenizer/testdata/$n/tokenizer.json.gz" > "$out/$n/tokenizer.json"
done
GOOS=linux GOARCH=amd64 CGO_ENABLED=0 go build -o .scratch/kbench ./bench/tokenizers
echo "ready: .scratch/kbench and $out"
