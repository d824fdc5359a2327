#!/bin/sh
# Run kiln and HF tokenizers on the same machine, one after the other, and
# print both JSON reports plus the kiln/HF ratios. Run from the repository
# root after prepare.sh (the GPU machine has python3 with `tokenizers`).
set -eu
dir=.scratch/tokbench
nproc 2>/dev/null || true
lscpu 2>/dev/null | grep -i "model name" || true
python3 bench/tokenizers/hf_bench.py "$dir" > .scratch/hf.json
.scratch/kbench "$dir" > .scratch/kiln.json
cat .scratch/hf.json .scratch/kiln.json
python3 - <<'PY'
import json
hf = json.load(open(".scratch/hf.json"))
kl = json.load(open(".scratch/kiln.json"))
print("tokenizer  kiln_single  hf_single  ratio  hf_serial_batch  ratio | kiln_batch  hf_batch  ratio | tokens kiln/hf")
for n, h in hf["results"].items():
    k = kl["results"][n]
    sb = h.get("serial_batch_mb_s") or float("nan")
    print(f"{n:9s} {k['single_mb_s']:11.2f} {h['single_mb_s']:10.2f} {k['single_mb_s']/h['single_mb_s']:6.2f}"
          f" {sb:16.2f} {k['single_mb_s']/sb:6.2f} |"
          f" {k['batch_mb_s']:10.2f} {h['batch_mb_s']:9.2f} {k['batch_mb_s']/h['batch_mb_s']:6.2f} | {k['tokens']}/{h['tokens']}")
PY
