#!/usr/bin/env python3
"""Checks `kiln quantize` (bitsandbytes at load, issue #20) against a torch
re-implementation of bitsandbytes' quantizers, on the GPU machine.

The GPU machine has torch and transformers but not bitsandbytes, so this
script recomputes, from the float checkpoint and bitsandbytes' kernels'
definitions (written here in torch, from csrc/kernels.cu and
functional.py), every tensor kiln saved, and compares them bit for bit:

  * LLM.int8(): weight cast to float16, SCB = row absmax (float32), codes
    torch.round(w * (127 / SCB)) (bitsandbytes' torch kernel), weight_format 0;
  * 4-bit: weight in the quant_state dtype, blocks of 64, absmax, codes by
    dQuantizeNF4 / dQuantizeFP4's comparison trees on x * (1 / absmax),
    two a byte high nibble first, the odd tail padded with the code of 0;
  * double quantization: create_dynamic_map(), dQuantize's binary search
    on (absmax - offset) * (1 / nested_absmax) per 256 block (the offset is
    kiln's stored nested_offset; it must be within 2 ulps of torch's
    absmax.mean(), whose CUDA/CPU summation order kiln does not copy);
  * the quant_state JSON bytes and quant_map tables, and config.json's
    quantization_config against transformers' BitsAndBytesConfig.to_dict().

Then it dequantizes the saved tensors as bitsandbytes does, runs
transformers' float model on them, and checks kiln's logits on the saved
checkpoint within 1e-3.

Run from the repository root (needs go, torch, transformers):
    python3 scripts/bnb_roundtrip_check.py
Optional: --float DIR (default testdata/models/llama-tiny), --keep DIR.
Exit status 0 and "ALL OK" when every case matches.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch

CASES = [
    ("int8", ["--load-in-8bit"]),
    ("nf4", ["--load-in-4bit", "--bnb-4bit-quant-type", "nf4"]),
    ("fp4", ["--load-in-4bit", "--bnb-4bit-quant-type", "fp4"]),
    ("nf4-dq", ["--load-in-4bit", "--bnb-4bit-quant-type", "nf4", "--bnb-4bit-use-double-quant"]),
    ("fp4-dq-bf16", ["--load-in-4bit", "--bnb-4bit-quant-type", "fp4", "--bnb-4bit-use-double-quant",
                     "--bnb-weight-dtype", "bfloat16", "--bnb-4bit-compute-dtype", "bfloat16"]),
]
IDS = [1, 415, 5565, 302, 263]

NF4 = [-1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453, -0.28444138169288635,
       -0.18477343022823334, -0.09105003625154495, 0.0, 0.07958029955625534, 0.16093020141124725,
       0.24611230194568634, 0.33791524171829224, 0.44070982933044434, 0.5626170039176941,
       0.7229568362236023, 1.0]
# dQuantizeNF4's tree pivots, ascending: the code is the count of pivots x is above.
NF4_PIVOTS = [-0.8480964004993439, -0.6106329262256622, -0.4599952697753906, -0.33967943489551544,
              -0.23460740596055984, -0.13791173323988914, -0.045525018125772476, 0.03979014977812767,
              0.1202552504837513, 0.2035212516784668, 0.2920137718319893, 0.3893125355243683,
              0.5016634166240692, 0.6427869200706482, 0.8614784181118011]
DT = {"float16": torch.float16, "bfloat16": torch.bfloat16, "float32": torch.float32}

# ------------------------------------------------------------------ files

ST = {"F32": (np.float32, None), "F16": (np.float16, None), "BF16": (np.int16, torch.bfloat16),
      "I8": (np.int8, None), "U8": (np.uint8, None), "I32": (np.int32, None), "I64": (np.int64, None)}


def read_safetensors(path):
    with open(path, "rb") as f:
        buf = f.read()
    n = int.from_bytes(buf[:8], "little")
    header = json.loads(buf[8:8 + n])
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        a, b = info["data_offsets"]
        npdt, view = ST[info["dtype"]]
        arr = np.frombuffer(buf[8 + n + a:8 + n + b], dtype=npdt).reshape(info["shape"]).copy()
        t = torch.from_numpy(arr)
        out[name] = t.view(view) if view is not None else t
    return out


def read_checkpoint(d):
    idx = os.path.join(d, "model.safetensors.index.json")
    files = sorted(set(json.load(open(idx))["weight_map"].values())) if os.path.exists(idx) else ["model.safetensors"]
    out = {}
    for f in files:
        out.update(read_safetensors(os.path.join(d, f)))
    return out

# ------------------------------------------------------------------ bitsandbytes, from its kernels


def fp4_code():
    # As bitsandbytes' get_4bit_type("fp4"): entry 8 is the int -0, so +0.0.
    v = torch.tensor([0, 0.0625, 8.0, 12.0, 4.0, 6.0, 2.0, 3.0, -0, -0.0625, -8.0, -12.0, -4.0, -6.0, -2.0, -3.0])
    return v / v.abs().max()


def quantize_nf4(x):
    piv = torch.tensor(NF4_PIVOTS, dtype=torch.float32)
    return (x[:, None] > piv[None, :]).sum(-1)  # NaN: 0


def quantize_fp4(x):
    sign = torch.where(x < 0, 8, 0)
    a = x.abs()
    hi = torch.where(a > 0.583333, torch.where(a > 0.8333333, 3, 2), torch.where(a > 0.4166667, 5, 4))
    mid = torch.where(a > 0.20833333, 7, 6)
    lo = torch.where(a > 0.00260417, 1, 0)
    mag = torch.where(a > 0.29166667, hi, torch.where(a > 0.0859375, mid, lo))
    return mag + sign


def create_dynamic_map():
    data = []
    for i in range(7):
        b = torch.linspace(0.1, 1, 2 ** i + 1, dtype=torch.float32)
        means = (b[:-1] + b[1:]) / 2.0
        data += ((10 ** (-6 + i)) * means).tolist()
        data += (-(10 ** (-6 + i)) * means).tolist()
    data += [0, 1.0]
    data.sort()
    return torch.tensor(data, dtype=torch.float32)


def quantize_dynamic(code, x):
    """dQuantize<0> of kernels.cu, vectorised: binary search from 127, then the midpoint rule."""
    n = x.numel()
    pivot = torch.full((n,), 127, dtype=torch.long)
    upper_p = torch.full((n,), 255, dtype=torch.long)
    lower_p = torch.zeros(n, dtype=torch.long)
    lower = torch.full((n,), -1.0)
    upper = torch.full((n,), 1.0)
    val = code[pivot]
    i = 64
    while i > 0:
        gt = x > val
        lower_p = torch.where(gt, pivot, lower_p)
        lower = torch.where(gt, val, lower)
        upper_p = torch.where(gt, upper_p, pivot)
        upper = torch.where(gt, upper, val)
        pivot = torch.where(gt, pivot + i, pivot - i)
        val = code[pivot]
        i >>= 1
    upper = torch.where(upper_p == 255, code[255], upper)
    lower = torch.where(lower_p == 0, code[0], lower)
    gt = x > val
    up_mid = (upper + val) * 0.5
    lo_mid = (lower + val) * 0.5
    return torch.where(gt, torch.where(x > up_mid, upper_p, pivot), torch.where(x < lo_mid, lower_p, pivot))


def blockwise_absmax(v, bs):
    nb = (v.numel() + bs - 1) // bs
    p = torch.zeros(nb * bs, dtype=torch.float32)
    p[:v.numel()] = v
    return p.view(nb, bs).abs().amax(1), p


def ref_int8(W):
    w = W.to(torch.float16)
    scb = w.abs().amax(1).float()
    q = torch.round(w * (127.0 / scb[:, None])).nan_to_num(0).to(torch.int8)
    return q, scb


def ref_4bit(W, quant_type, dtype, stored_offset=None):
    v = W.to(dtype).float().reshape(-1)
    n = v.numel()
    absmax, padded = blockwise_absmax(v, 64)
    x = (padded.view(-1, 64) * (1.0 / absmax)[:, None]).reshape(-1)
    codes = (quantize_nf4 if quant_type == "nf4" else quantize_fp4)(x)[: n + (n % 2)]
    packed = ((codes[0::2] << 4) | codes[1::2]).to(torch.uint8).view(-1, 1)
    out = {"weight": packed, "absmax": absmax}
    if stored_offset is not None:
        mean = absmax.mean()
        ulp = float(np.spacing(np.float32(mean.item())))
        assert abs(stored_offset - mean.item()) <= 2 * ulp, f"nested_offset {stored_offset} vs torch mean {mean.item()}"
        off = torch.tensor(stored_offset, dtype=torch.float32)
        centred = absmax - off
        nabs, p2 = blockwise_absmax(centred, 256)
        x2 = (p2.view(-1, 256) * (1.0 / nabs)[:, None]).reshape(-1)[: centred.numel()]
        out["absmax"] = quantize_dynamic(create_dynamic_map(), x2).to(torch.uint8)
        out["nested_absmax"] = nabs
    return out


def dequant_4bit(t, prefix, state):
    dtype = DT[state["dtype"]]
    code = torch.tensor(NF4) if state["quant_type"] == "nf4" else fp4_code()
    am = t[prefix + ".weight.absmax"]
    if "nested_offset" in state:
        qm, na = t[prefix + ".weight.nested_quant_map"], t[prefix + ".weight.nested_absmax"]
        am = qm[am.long()] * na.repeat_interleave(256)[: am.numel()] + torch.tensor(state["nested_offset"], dtype=torch.float32)
    b = t[prefix + ".weight"].reshape(-1).long()
    n = state["shape"][0] * state["shape"][1]
    codes = torch.stack([b >> 4, b & 15], -1).reshape(-1)[:n]
    return (code[codes] * am.repeat_interleave(64)[:n]).to(dtype).float().reshape(state["shape"])


def same(name, got, want):
    if got.dtype != want.dtype or tuple(got.shape) != tuple(want.shape):
        raise AssertionError(f"{name}: {got.dtype}{list(got.shape)}, reference {want.dtype}{list(want.shape)}")
    g, w = got.contiguous().view(-1), want.contiguous().view(-1)
    if g.dtype.is_floating_point:
        g, w = g.view(torch.int32), w.view(torch.int32)
    bad = (g != w).nonzero()
    if bad.numel():
        i = bad[0].item()
        raise AssertionError(f"{name}: {bad.numel()} of {g.numel()} differ; first at {i}: {got.view(-1)[i]} vs {want.view(-1)[i]}")

# ------------------------------------------------------------------ one case


def check_case(name, flags, float_dir, kiln, work):
    out = os.path.join(work, name)
    subprocess.run([kiln, "quantize", "--model", float_dir, "--out", out] + flags, check=True)
    logits_file = os.path.join(work, name + ".logits.safetensors")
    subprocess.run([kiln, "forward", "--model", out, "--backend", "interp", "--ids", ",".join(map(str, IDS)),
                    "--out", logits_file], check=True)
    base = read_checkpoint(float_dir)
    q = read_checkpoint(out)
    cfg = json.load(open(os.path.join(out, "config.json")))["quantization_config"]
    # quantization_config against transformers' own serialisation.
    want_cfg = {"quant_method": "bitsandbytes", "_load_in_8bit": cfg["load_in_8bit"], "_load_in_4bit": cfg["load_in_4bit"],
                "llm_int8_threshold": 6.0, "llm_int8_skip_modules": None, "llm_int8_enable_fp32_cpu_offload": False,
                "llm_int8_has_fp16_weight": False, "bnb_4bit_quant_type": cfg["bnb_4bit_quant_type"],
                "bnb_4bit_use_double_quant": cfg["bnb_4bit_use_double_quant"],
                "bnb_4bit_compute_dtype": cfg["bnb_4bit_compute_dtype"], "bnb_4bit_quant_storage": "uint8",
                "load_in_4bit": cfg["load_in_4bit"], "load_in_8bit": cfg["load_in_8bit"]}
    try:  # older transformers check bitsandbytes' version in post_init: then the dict above stands
        from transformers import BitsAndBytesConfig
        want_cfg = BitsAndBytesConfig(load_in_8bit=cfg["load_in_8bit"], load_in_4bit=cfg["load_in_4bit"],
                                      bnb_4bit_quant_type=cfg["bnb_4bit_quant_type"],
                                      bnb_4bit_use_double_quant=cfg["bnb_4bit_use_double_quant"],
                                      bnb_4bit_compute_dtype=DT[cfg["bnb_4bit_compute_dtype"]]).to_dict()
        want_cfg = json.loads(json.dumps(want_cfg, default=str))
    except Exception as e:  # noqa: BLE001
        print(f"{name}: note: BitsAndBytesConfig unavailable ({e!r}); comparing with its to_dict written out")
    assert cfg == want_cfg, f"quantization_config {cfg}\n transformers {want_cfg}"
    modules = sorted({k[: -len(".SCB")] for k in q if k.endswith(".SCB")} |
                     {k.split(".weight.quant_state.")[0] for k in q if ".weight.quant_state." in k})
    assert modules, "no quantized module"
    deq = {}
    for m in modules:
        W = base[m + ".weight"].float()
        if cfg["load_in_8bit"]:
            rq, rs = ref_int8(W)
            same(m + ".weight", q[m + ".weight"], rq)
            same(m + ".SCB", q[m + ".SCB"], rs)
            assert q[m + ".weight_format"].item() == 0
            deq[m + ".weight"] = q[m + ".weight"].float() * q[m + ".SCB"][:, None] * 7.874015718698502e-3
            continue
        key = [k for k in q if k.startswith(m + ".weight.quant_state.bitsandbytes__")][0]
        raw = bytes(q[key].tolist())
        state = json.loads(raw)
        order = ["quant_type", "blocksize", "dtype", "shape", "nested_blocksize", "nested_dtype", "nested_offset"]
        want_state = {k: state[k] for k in order if k in state}
        want_state["shape"] = list(W.shape)
        assert raw == json.dumps(want_state).encode(), f"{key}: {raw} vs {json.dumps(want_state)}"
        ref = ref_4bit(W, state["quant_type"], DT[state["dtype"]], state.get("nested_offset"))
        same(m + ".weight", q[m + ".weight"], ref["weight"])
        same(m + ".weight.absmax", q[m + ".weight.absmax"], ref["absmax"])
        code = torch.tensor(NF4) if state["quant_type"] == "nf4" else fp4_code()
        same(m + ".weight.quant_map", q[m + ".weight.quant_map"], code)
        if "nested_offset" in state:
            same(m + ".weight.nested_absmax", q[m + ".weight.nested_absmax"], ref["nested_absmax"])
            same(m + ".weight.nested_quant_map", q[m + ".weight.nested_quant_map"], create_dynamic_map())
        deq[m + ".weight"] = dequant_4bit(q, m, state)
    # transformers' float model on the dequantized weights against kiln's logits.
    from transformers import AutoConfig, AutoModelForCausalLM
    config = AutoConfig.from_pretrained(float_dir)
    model = AutoModelForCausalLM.from_config(config).float().eval()
    sd = {k: v.float() for k, v in base.items()}
    sd.update(deq)
    missing, unexpected = model.load_state_dict(sd, strict=False)
    assert not unexpected, unexpected
    with torch.no_grad():
        ref_logits = model(torch.tensor([IDS])).logits.float()
    got = read_safetensors(logits_file)["logits"].float()
    diff = (got.reshape(ref_logits.shape) - ref_logits).abs().max().item()
    assert diff <= 1e-3, f"logits differ from transformers' on the dequantized weights by {diff}"
    print(f"{name}: OK ({len(modules)} modules bit-exact, logits within {diff:.2e})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--float", default="testdata/models/llama-tiny")
    ap.add_argument("--keep", default="")
    ap.add_argument("--kiln", default="", help="a kiln binary built elsewhere (the GPU machine has no Go toolchain); "
                    "else go build ./cmd/kiln")
    args = ap.parse_args()
    work = args.keep or tempfile.mkdtemp(prefix="bnb-roundtrip-")
    os.makedirs(work, exist_ok=True)
    kiln = os.path.abspath(args.kiln) if args.kiln else os.path.join(work, "kiln")
    if not args.kiln:
        subprocess.run(["go", "build", "-o", kiln, "./cmd/kiln"], check=True)
    failed = 0
    for name, flags in CASES:
        try:
            check_case(name, flags, args.float, kiln, work)
        except AssertionError as e:
            failed += 1
            print(f"{name}: FAIL: {e}")
    print("ALL OK" if not failed else f"{failed} case(s) failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
