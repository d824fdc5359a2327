#!/usr/bin/env python3
"""Time the Hugging Face `tokenizers` library on the shared corpus.

Usage: hf_bench.py DIR [--names llama2,llama3,...] [--min-time 2]

DIR holds corpus_shared.json and one sub-directory per tokenizer with a
tokenizer.json (the layout bench/tokenizers/prepare.sh creates). Prints one
JSON object in the same shape as `kbench` (bench/tokenizers/main.go):

  {"library": "hf-tokenizers", "version": ..., "corpus_bytes": N, "texts": T,
   "results": {"llama3": {"single_mb_s": x, "batch_mb_s": y, "tokens": n}, ...}}

single_mb_s: one thread, Tokenizer.encode() on each text in turn (what a
caller does per request; includes the Python call per text).
serial_batch_mb_s: encode_batch() over the whole corpus with the Rust
thread pool limited to one thread (RAYON_NUM_THREADS=1 and
TOKENIZERS_PARALLELISM=false, in a child process): the Rust library's
single-thread speed without per-text Python calls.
batch_mb_s: encode_batch() over the whole corpus with the library's own
thread pool (all cores). MB = 1e6 bytes of UTF-8
input. Each figure is the best of repeated runs lasting at least
--min-time seconds, after one warm-up run (which fills the BPE caches, as
in kiln's benchmark).
"""
import argparse
import json
import os
import platform
import subprocess
import sys
import time


def best_rate(fn, nbytes, min_time):
    fn()  # warm-up
    best = float("inf")
    start = time.perf_counter()
    runs = 0
    while runs < 3 or time.perf_counter() - start < min_time:
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
        runs += 1
    return nbytes / best / 1e6


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--names", default="llama2,llama3,qwen3,gpt2,bert")
    ap.add_argument("--min-time", type=float, default=2.0)
    ap.add_argument("--serial-batch-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()

    import tokenizers
    from tokenizers import Tokenizer

    with open(os.path.join(args.dir, "corpus_shared.json"), encoding="utf-8") as f:
        corpus = json.load(f)
    nbytes = sum(len(s.encode("utf-8")) for s in corpus)
    out = {
        "library": "hf-tokenizers",
        "version": tokenizers.__version__,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "corpus_bytes": nbytes,
        "texts": len(corpus),
        "results": {},
    }
    if args.serial_batch_only:
        for name in args.names.split(","):
            tok = Tokenizer.from_file(os.path.join(args.dir, name, "tokenizer.json"))
            rate = best_rate(lambda: tok.encode_batch(corpus), nbytes, args.min_time)
            out["results"][name] = {"serial_batch_mb_s": round(rate, 3)}
        json.dump(out, sys.stdout)
        return

    serial = {}
    try:
        env = dict(os.environ, RAYON_NUM_THREADS="1", RAYON_RS_NUM_CPUS="1", TOKENIZERS_PARALLELISM="false")
        child = subprocess.run([sys.executable, __file__, args.dir, "--names", args.names,
                                "--min-time", str(args.min_time), "--serial-batch-only"],
                               env=env, capture_output=True, text=True, check=True)
        serial = json.loads(child.stdout)["results"]
    except Exception as e:  # report the rest even if this mode fails
        print("serial batch run failed:", e, file=sys.stderr)

    for name in args.names.split(","):
        tok = Tokenizer.from_file(os.path.join(args.dir, name, "tokenizer.json"))

        def single():
            for s in corpus:
                tok.encode(s)

        def batch():
            tok.encode_batch(corpus)

        ntok = sum(len(e.ids) for e in tok.encode_batch(corpus))
        out["results"][name] = {
            "single_mb_s": round(best_rate(single, nbytes, args.min_time), 3),
            "serial_batch_mb_s": serial.get(name, {}).get("serial_batch_mb_s"),
            "batch_mb_s": round(best_rate(batch, nbytes, args.min_time), 3),
            "tokens": ntok,
        }
        print(name, out["results"][name], file=sys.stderr)
    json.dump(out, sys.stdout)
    print()


if __name__ == "__main__":
    main()
