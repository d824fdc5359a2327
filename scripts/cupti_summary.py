#!/usr/bin/env python3
"""Summarises bench/gpu/cupti/kiln_cupti.c's record of one profiled step.

Usage: python3 scripts/cupti_summary.py KERNELS_TSV [TOP]

Prints the step's span (first kernel start to last kernel end), the summed kernel time, the
idle time between kernels, the time by kernel family (XLA's fusion kinds by name prefix, cuBLAS
GEMMs, cuDNN attention, ...) and the TOP longest kernels. Kernel names of XLA fusions are the
fusion instructions' names in the optimised-HLO dump (scripts/xla_roofline.py reads it).
"""
import collections
import re
import sys

rows = []
for line in open(sys.argv[1]):
    p = line.rstrip("\n").split("\t")
    if p[0] == "K":
        rows.append((int(p[1]), int(p[2]), int(p[3]), p[4]))
top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
if not rows:
    sys.exit("no kernels recorded")
rows.sort()
span = (max(r[1] for r in rows) - rows[0][0]) / 1e6
busy = sum(r[1] - r[0] for r in rows) / 1e6
# busy time with overlaps merged (several streams)
merged, end = 0, 0
for s, e, _, _ in rows:
    if e > end:
        merged += e - max(s, end)
        end = e
print(f"kernels {len(rows)}  span {span:.3f} ms  summed {busy:.3f} ms  covered {merged / 1e6:.3f} ms  "
      f"idle {span - merged / 1e6:.3f} ms  streams {sorted(set(r[2] for r in rows))}")


def family(name):
    n = name.lower()
    if "gemm" in n or "xmma" in n or "cutlass" in n or "sm90" in n and "mma" in n:
        return "gemm"
    if "sdpa" in n or "fmha" in n or "cudnn" in n or "flash" in n:
        return "attention"
    m = re.match(r"([a-z_]+?)_?fusion", n)
    if m:
        return (m.group(1) or "fusion") + "_fusion"
    m = re.match(r"([a-z_]+)", n)
    return m.group(1) if m else n


fam = collections.defaultdict(lambda: [0, 0])
byname = collections.defaultdict(lambda: [0, 0])
for s, e, _, n in rows:
    fam[family(n)][0] += e - s
    fam[family(n)][1] += 1
    byname[n][0] += e - s
    byname[n][1] += 1
print("\nby family (ms, count):")
for k, (t, c) in sorted(fam.items(), key=lambda x: -x[1][0]):
    print(f"  {t / 1e6:8.3f}  {c:5d}  {k}")
print(f"\ntop {top} kernels (ms, count):")
for n, (t, c) in sorted(byname.items(), key=lambda x: -x[1][0])[:top]:
    print(f"  {t / 1e6:8.3f}  {c:4d}  {n[:150]}")
