#!/usr/bin/env python3
"""Writes testdata/quant/: quantized checkpoints of testdata's llama-tiny in the
GPTQ, AWQ and bitsandbytes formats, the float weights they dequantize to and the
logits transformers computes with those float weights, replayed by
quant/replay_test.go (TestQuantFixtures, skipped while testdata/quant does not
exist).

Usage (repository root, on the GPU machine: it needs torch, numpy, safetensors
and transformers only -- NOT bitsandbytes, gptqmodel/auto-gptq or autoawq; it
runs on the CPU in float32):
    python3 scripts/quant_fixture.py [OUT_DIR]      # default testdata/quant
    python3 scripts/quant_fixture.py --weights-only OUT_DIR
The second form needs only torch and numpy: it writes everything but the
logits (reference.json without "logits"), which the replay test accepts only
with KILN_QUANT_WEIGHTS_ONLY=1 (KILN_QUANT_FIXTURES=OUT_DIR points it there).

The packers and dequantizers below are written from the formats' specifications
(AutoGPTQ's qlinear pack loops incl. 3-bit's cross-word packing, GPTQModel's
v1/v2 zero offset, AutoAWQ's WQLinear_GEMM/GEMV.from_linear and
packing_utils.dequantize_gemm, bitsandbytes' quantize_4bit/dequantize_4bit,
create_dynamic_map and int8_vectorwise_quant/dequant); the weights are
quantized round-to-nearest (the formats do not depend on how the integers were
chosen). Every case checks that unpacking its packed tensors gives back the
integers it packed before anything is written.

For every case it writes OUT_DIR/<case>/:
  config.json          llama-tiny's config.json plus the case's quantization_config
  model.safetensors    the quantized modules' tensors, as save_pretrained writes them
                       (qweight/qzeros/scales/g_idx; weight+SCB; weight + weight.absmax,
                       .quant_map, .nested_absmax, .nested_quant_map and
                       .quant_state.bitsandbytes__<type>). The model's other tensors are
                       llama-tiny's own, unchanged: the replay test adds them from
                       testdata/models/llama-tiny (reference.json "base"), which keeps
                       the fixture small (llama-tiny's 32000x64 embeddings and head).
  dequantized.safetensors  "<module>.weight" [out, in] of each quantized module, in the dtype
                       the reference rounds it to (float16/bfloat16; float32 for LLM.int8()),
                       which holds it exactly: kiln's float32 weight must equal it widened
  reference.json       {"case", "base", "quantized_modules", "input_ids",
                        "logits": {"shape", "first256" (per position, logits[:256]),
                        "top16_ids", "top16_values", "logsumexp" (per position)},
                        "torch_version", "transformers_version"}
The logits are LlamaForCausalLM's (eager attention, float32, CPU) with llama-tiny's
weights and each quantized module's weight replaced by its dequantized float32.
"""
import json
import os
import sys

import numpy as np
import torch

try:
    from safetensors.torch import save_file
except ImportError:  # --weights-only checks on a machine without the safetensors package
    save_file = None

BASE = "testdata/models/llama-tiny"
ATTN = ["self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.o_proj"]
MLP = ["mlp.gate_proj", "mlp.up_proj", "mlp.down_proj"]

CASES = [
    dict(name="gptq-4bit-g16", method="gptq", bits=4, group=16, desc_act=False, sym=False, fmt="gptq"),
    dict(name="gptq-4bit-descact-g32-sym", method="gptq", bits=4, group=32, desc_act=True, sym=True, fmt="gptq"),
    # 3-bit packs 32 rows in 3 words: in/out features must be multiples of 32, so
    # the MLP (176) stays float (modules_in_block_to_quantize).
    dict(name="gptq-3bit-v2-attn", method="gptq", bits=3, group=-1, desc_act=False, sym=False, fmt="gptq_v2", modules=ATTN),
    dict(name="gptq-2bit-g32", method="gptq", bits=2, group=32, desc_act=False, sym=False, fmt="gptq"),
    dict(name="gptq-8bit-v2-g64-descact", method="gptq", bits=8, group=64, desc_act=True, sym=False, fmt="gptq_v2"),
    dict(name="awq-gemm-g16", method="awq", version="gemm", group=16),
    # GEMV takes group sizes 32/64/>=128 dividing in_features: down_proj (in 176) stays float.
    dict(name="awq-gemv-g32", method="awq", version="gemv", group=32, skip=["down_proj"]),
    dict(name="bnb-int8", method="bnb8"),
    dict(name="bnb-nf4", method="bnb4", quant_type="nf4", double=False, dtype=torch.float16),
    dict(name="bnb-fp4-dq", method="bnb4", quant_type="fp4", double=True, dtype=torch.float16),
    dict(name="bnb-nf4-dq-bf16", method="bnb4", quant_type="nf4", double=True, dtype=torch.bfloat16),
]

NF4 = [-1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453, -0.28444138169288635,
       -0.18477343022823334, -0.09105003625154495, 0.0, 0.07958029955625534, 0.16093020141124725,
       0.24611230194568634, 0.33791524171829224, 0.44070982933044434, 0.5626170039176941,
       0.7229568362236023, 1.0]


def fp4_code():
    v = torch.tensor([0, 0.0625, 8.0, 12.0, 4.0, 6.0, 2.0, 3.0, -0.0, -0.0625, -8.0, -12.0, -4.0, -6.0, -2.0, -3.0],
                     dtype=torch.float32)
    return v / v.abs().max()


def dynamic_map():
    """bitsandbytes' create_dynamic_map(signed=True, max_exponent_bits=7, total_bits=8)."""
    data = []
    non_sign_bits, max_exp = 7, 7
    additional = 2 ** (non_sign_bits - max_exp) - 1
    for i in range(max_exp):
        items = int(2 ** (i + non_sign_bits - max_exp) + 1)
        b = torch.linspace(0.1, 1, items, dtype=torch.float32)
        means = (b[:-1] + b[1:]) / 2.0
        data += ((10 ** (-(max_exp - 1) + i)) * means).tolist()
        data += (-(10 ** (-(max_exp - 1) + i)) * means).tolist()
    assert additional == 0
    data += [0, 1.0]
    data += [0] * (256 - len(data))
    data.sort()
    return torch.tensor(data, dtype=torch.float32)


# ---------------------------------------------------------------- GPTQ

def pack_stream_rows(vals, bits):
    """AutoGPTQ's pack loop along axis 0: vals [n, cols] uint -> words [n*bits/32, cols]."""
    vals = vals.astype(np.uint64)
    n, cols = vals.shape
    out = np.zeros((n * bits // 32, cols), dtype=np.uint64)
    i, row = 0, 0
    while row < out.shape[0]:
        if bits in (2, 4, 8):
            for j in range(i, i + 32 // bits):
                out[row] |= vals[j] << np.uint64(bits * (j - i))
            i += 32 // bits
            row += 1
        else:  # 3 bits: 10 values, one split 2+1, 10, one split 1+2, 10
            for j in range(i, i + 10):
                out[row] |= vals[j] << np.uint64(3 * (j - i))
            i += 10
            out[row] |= vals[i] << np.uint64(30)
            row += 1
            out[row] |= (vals[i] >> np.uint64(2)) & np.uint64(1)
            i += 1
            for j in range(i, i + 10):
                out[row] |= vals[j] << np.uint64(3 * (j - i) + 1)
            i += 10
            out[row] |= vals[i] << np.uint64(31)
            row += 1
            out[row] |= (vals[i] >> np.uint64(1)) & np.uint64(3)
            i += 1
            for j in range(i, i + 10):
                out[row] |= vals[j] << np.uint64(3 * (j - i) + 2)
            i += 10
            row += 1
    return (out & np.uint64(0xFFFFFFFF)).astype(np.uint32).view(np.int32)


def unpack_stream_rows(words, bits, n):
    """Reads value k of each column at bits [k*bits, (k+1)*bits) of the column's words."""
    w = words.view(np.uint32).astype(np.uint64)
    out = np.zeros((n, w.shape[1]), dtype=np.int64)
    for k in range(n):
        pos = k * bits
        r, off = pos // 32, pos % 32
        v = w[r] >> np.uint64(off)
        if off + bits > 32:
            v |= w[r + 1] << np.uint64(32 - off)
        out[k] = (v & np.uint64((1 << bits) - 1)).astype(np.int64)
    return out


def gptq_module(W, c, rng):
    """W: float32 [out, in]. Returns (tensors by suffix, dequantized [out, in] float32)."""
    out_f, in_f = W.shape
    bits, maxq = c["bits"], 2 ** c["bits"] - 1
    gs = in_f if c["group"] == -1 else c["group"]
    groups = (in_f + gs - 1) // gs
    if c["desc_act"]:
        perm = rng.permutation(in_f)
        g_idx = np.empty(in_f, dtype=np.int32)
        g_idx[perm] = np.arange(in_f) // gs
    else:
        g_idx = (np.arange(in_f) // gs).astype(np.int32)
    Wt = W.T.numpy().astype(np.float64)  # [in, out]
    scales = np.zeros((groups, out_f), dtype=np.float16)
    zeros = np.zeros((groups, out_f), dtype=np.int64)
    q = np.zeros((in_f, out_f), dtype=np.int64)
    v1 = c["fmt"] == "gptq"
    for g in range(groups):
        rows = np.nonzero(g_idx == g)[0]
        x = Wt[rows]
        lo, hi = np.minimum(x.min(0), 0), np.maximum(x.max(0), 0)
        if c["sym"]:
            amax = np.maximum(-lo, hi)
            s = np.where(amax == 0, 1, 2 * amax / maxq)
            z = np.full(out_f, (maxq + 1) // 2)
        else:
            s = np.where(hi == lo, 1, (hi - lo) / maxq)
            z = np.round(-lo / s)
        s16 = s.astype(np.float16)
        z = np.clip(z, 1 if v1 else 0, maxq)  # v1 stores zero-1: zero point 0 is not representable
        scales[g], zeros[g] = s16, z
        q[rows] = np.clip(np.round(x / s16.astype(np.float64)) + z, 0, maxq)
    qweight = pack_stream_rows(q, bits)
    stored = (zeros - 1 if v1 else zeros) & maxq
    qzeros = pack_stream_rows(stored.T, bits).T.copy()  # packed along output columns
    # Unpack as the reference does and check the integers come back.
    uq = unpack_stream_rows(qweight, bits, in_f)
    uz = unpack_stream_rows(np.ascontiguousarray(qzeros.T), bits, out_f).T + (1 if v1 else 0)
    assert (uq == q).all() and (uz == zeros).all(), "GPTQ pack/unpack mismatch"
    sc = torch.from_numpy(scales)
    gi = torch.from_numpy(g_idx).long()
    deq = sc[gi] * (torch.from_numpy(uq) - torch.from_numpy(uz)[gi]).to(torch.int16)  # int * half -> half
    assert deq.dtype == torch.float16
    tensors = {"qweight": torch.from_numpy(qweight), "qzeros": torch.from_numpy(qzeros),
               "scales": sc, "g_idx": torch.from_numpy(g_idx)}
    return tensors, deq.float().T.contiguous()


# ---------------------------------------------------------------- AWQ

AWQ_ORDER = [0, 2, 4, 6, 1, 3, 5, 7]
AWQ_REVERSE_ORDER = [0, 4, 1, 5, 2, 6, 3, 7]


def awq_quantize(W, gs):
    """W [out, in] -> int q [out, in], zeros [out, groups], fp16 scales [out, groups]."""
    out_f, in_f = W.shape
    x = W.reshape(out_f, in_f // gs, gs).double()
    hi, lo = x.amax(-1), x.amin(-1)
    s = ((hi - lo).clamp(min=1e-5) / 15).half()
    z = torch.clamp(torch.round(-lo / s.double()), 0, 15)
    q = torch.clamp(torch.round(x / s.double()[..., None]) + z[..., None], 0, 15)
    return q.reshape(out_f, in_f).long(), z.long(), s


def awq_gemm_module(W, gs):
    out_f, in_f = W.shape
    q, z, s = awq_quantize(W, gs)
    iw, iz = q.T.contiguous(), z.T.contiguous()  # [in, out], [groups, out]

    def pack(v):
        words = torch.zeros((v.shape[0], v.shape[1] // 8), dtype=torch.int64)
        for col in range(v.shape[1] // 8):
            for i in range(8):
                words[:, col] |= v[:, col * 8 + AWQ_ORDER[i]] << (i * 4)
        return torch.from_numpy(words.numpy().astype(np.uint32).view(np.int32))

    qweight, qzeros = pack(iw), pack(iz)
    scales = s.T.contiguous()  # [groups, out]
    # AutoAWQ's dequantize_gemm: unpack by shifts, reverse the order, (q - z) * scales.
    shifts = torch.arange(0, 32, 4)

    def unpack(words):
        u = torch.bitwise_right_shift(words[:, :, None], shifts[None, None, :]).to(torch.int8)
        u = u.view(u.shape[0], -1)
        order = torch.arange(u.shape[-1]).view(-1, 8)[:, AWQ_REVERSE_ORDER].view(-1)
        return torch.bitwise_and(u[:, order], 15)

    uw, uz = unpack(qweight), unpack(qzeros)
    assert (uw.long() == iw).all() and (uz.long() == iz).all(), "AWQ GEMM pack/unpack mismatch"
    deq = (uw - uz.repeat_interleave(gs, dim=0)) * scales.repeat_interleave(gs, dim=0)
    assert deq.dtype == torch.float16
    return {"qweight": qweight, "qzeros": qzeros, "scales": scales}, deq.float().T.contiguous()


def zeros_width(in_f, gs):
    mult = 1 if gs >= 128 else {64: 2, 32: 4}[gs]
    w = (in_f // gs + 7) // 8
    return (w + mult - 1) // mult * mult


def awq_gemv_module(W, gs):
    out_f, in_f = W.shape
    q, z, s = awq_quantize(W, gs)
    groups = in_f // gs
    zw = zeros_width(in_f, gs)
    qweight = np.zeros((out_f, in_f // 8), dtype=np.uint64)
    qn = q.numpy().astype(np.uint64)
    for col in range(in_f // 8):
        for i in range(8):
            qweight[:, col] |= qn[:, col * 8 + i] << np.uint64(4 * i)
    qzeros = np.zeros((out_f, zw), dtype=np.uint64)
    zn = z.numpy().astype(np.uint64)
    for col in range((groups + 7) // 8):
        for i in range(8):
            if col * 8 + i < groups:
                qzeros[:, col] |= zn[:, col * 8 + i] << np.uint64(4 * i)
    scales = torch.zeros((out_f, zw * 8), dtype=torch.float16)
    scales[:, :groups] = s
    qweight = torch.from_numpy(qweight.astype(np.uint32).view(np.int32))
    qzeros = torch.from_numpy(qzeros.astype(np.uint32).view(np.int32))
    # Unpack: nibble i of word c is element 8c+i.
    uw = torch.stack([(qweight >> (4 * i)) & 15 for i in range(8)], -1).reshape(out_f, in_f)
    uz = torch.stack([(qzeros >> (4 * i)) & 15 for i in range(8)], -1).reshape(out_f, zw * 8)[:, :groups]
    assert (uw.long() == q).all() and (uz.long() == z).all(), "AWQ GEMV pack/unpack mismatch"
    deq = (uw - uz.repeat_interleave(gs, dim=1)).to(torch.int8) * scales[:, :groups].repeat_interleave(gs, dim=1)
    assert deq.dtype == torch.float16
    return {"qweight": qweight, "qzeros": qzeros, "scales": scales}, deq.float()


# ---------------------------------------------------------------- bitsandbytes

def bnb8_module(W):
    scb = W.float().abs().amax(dim=1)
    cb = torch.round(W.float() * (127 / scb[:, None])).to(torch.int8)
    deq = cb * scb.view(-1, 1) * 7.874015718698502e-3  # int8_vectorwise_dequant
    assert deq.dtype == torch.float32
    return {"weight": cb, "SCB": scb}, deq


def blockwise(x, code, blocksize):
    """Nearest-code blockwise quantization (bitsandbytes' quantize_blockwise / quantize_4bit)."""
    n = x.numel()
    nb = (n + blocksize - 1) // blocksize
    absmax = torch.zeros(nb, dtype=torch.float32)
    q = torch.zeros(n, dtype=torch.long)
    for b in range(nb):
        blk = x[b * blocksize:(b + 1) * blocksize]
        am = blk.abs().max().clamp(min=1e-38)
        absmax[b] = am
        q[b * blocksize:(b + 1) * blocksize] = (code[None, :] - (blk / am)[:, None]).abs().argmin(-1)
    return q, absmax


def bnb4_module(W, c):
    dt = c["dtype"]
    w = W.to(dt).float().reshape(-1)
    code = torch.tensor(NF4, dtype=torch.float32) if c["quant_type"] == "nf4" else fp4_code()
    q, absmax = blockwise(w, code, 64)
    n = w.numel()
    qp = torch.cat([q, torch.zeros(n % 2, dtype=torch.long)]).to(torch.uint8)
    packed = ((qp[::2] << 4) | qp[1::2]).unsqueeze(1)
    state = {"quant_type": c["quant_type"], "blocksize": 64, "dtype": str(dt).strip("torch."), "shape": list(W.shape)}
    tensors = {"weight": packed, "weight.quant_map": code}
    if c["double"]:
        offset = absmax.mean()
        code2 = dynamic_map()
        q2, absmax2 = blockwise(absmax - offset, code2, 256)
        tensors["weight.absmax"] = q2.to(torch.uint8)
        tensors["weight.nested_absmax"] = absmax2
        tensors["weight.nested_quant_map"] = code2
        state.update({"nested_blocksize": 256, "nested_dtype": "float32", "nested_offset": offset.item()})
        am = code2[q2] * absmax2.repeat_interleave(256)[: len(q2)]  # dequantize_blockwise, float32
        am = am + offset
    else:
        tensors["weight.absmax"] = absmax
        am = absmax
    # dequantize_4bit: high nibble first, code[q] * absmax in float32, then .to(dtype)
    a = packed.reshape(-1).long()
    codes = torch.stack([a >> 4, a & 15], -1).reshape(-1)[:n]
    assert (codes == q).all(), "4-bit pack/unpack mismatch"
    deq = (code[codes] * am.repeat_interleave(64)[:n]).to(dt).float().reshape(W.shape)
    js = json.dumps(state).encode("utf-8")
    tensors["weight.quant_state.bitsandbytes__" + c["quant_type"]] = torch.tensor(list(js), dtype=torch.uint8)
    return tensors, deq


# ---------------------------------------------------------------- files

ST_DTYPES = {torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16", torch.int32: "I32",
             torch.int64: "I64", torch.int8: "I8", torch.uint8: "U8"}
NP_OF = {"F32": np.float32, "F16": np.float16, "BF16": np.int16, "I32": np.int32, "I64": np.int64,
         "I8": np.int8, "U8": np.uint8}


def raw_bytes(t):
    t = t.contiguous()
    if t.dtype == torch.bfloat16:
        t = t.view(torch.int16)
    return t.numpy().tobytes()


def write_safetensors(tensors, path, metadata=None):
    if save_file is not None:
        save_file(tensors, path, metadata=metadata)
        return
    header, blobs, off = {}, [], 0
    for name in sorted(tensors):
        b = raw_bytes(tensors[name])
        header[name] = {"dtype": ST_DTYPES[tensors[name].dtype], "shape": list(tensors[name].shape),
                        "data_offsets": [off, off + len(b)]}
        blobs.append(b)
        off += len(b)
    if metadata:
        header["__metadata__"] = metadata
    h = json.dumps(header, separators=(",", ":")).encode()
    h += b" " * (-len(h) % 8)
    with open(path, "wb") as f:
        f.write(len(h).to_bytes(8, "little") + h + b"".join(blobs))


def read_base_float32(directory):
    """Every tensor of the (sharded) llama-tiny checkpoint, as float32 torch tensors."""
    with open(os.path.join(directory, "model.safetensors.index.json")) as f:
        files = sorted(set(json.load(f)["weight_map"].values()))
    out = {}
    for fn in files:
        with open(os.path.join(directory, fn), "rb") as f:
            buf = f.read()
        n = int.from_bytes(buf[:8], "little")
        header = json.loads(buf[8:8 + n])
        for name, info in header.items():
            if name == "__metadata__":
                continue
            a, b = info["data_offsets"]
            arr = np.frombuffer(buf[8 + n + a:8 + n + b], dtype=NP_OF[info["dtype"]]).reshape(info["shape"])
            t = torch.from_numpy(arr.copy())
            if info["dtype"] == "BF16":
                t = t.view(torch.bfloat16)
            out[name] = t.float()
    return out


# ---------------------------------------------------------------- driver

def quant_config(c):
    if c["method"] == "gptq":
        qc = {"quant_method": "gptq", "bits": c["bits"], "group_size": c["group"], "desc_act": c["desc_act"],
              "sym": c["sym"], "checkpoint_format": c["fmt"], "damp_percent": 0.01, "true_sequential": True,
              "dataset": None, "tokenizer": None, "use_exllama": False, "model_seqlen": None,
              "block_name_to_quantize": "model.layers", "modules_in_block_to_quantize": None}
        if "modules" in c:
            qc["modules_in_block_to_quantize"] = [c["modules"]]
        return qc
    if c["method"] == "awq":
        return {"quant_method": "awq", "bits": 4, "group_size": c["group"], "zero_point": True,
                "version": c["version"], "backend": "autoawq", "modules_to_not_convert": c.get("skip"),
                "do_fuse": False}
    if c["method"] == "bnb8":
        return {"quant_method": "bitsandbytes", "load_in_8bit": True, "load_in_4bit": False,
                "llm_int8_threshold": 6.0, "llm_int8_skip_modules": None,
                "llm_int8_enable_fp32_cpu_offload": False, "llm_int8_has_fp16_weight": False,
                "bnb_4bit_quant_type": "fp4", "bnb_4bit_use_double_quant": False,
                "bnb_4bit_compute_dtype": "float32", "bnb_4bit_quant_storage": "uint8",
                "_load_in_8bit": True, "_load_in_4bit": False}
    return {"quant_method": "bitsandbytes", "load_in_8bit": False, "load_in_4bit": True,
            "llm_int8_threshold": 6.0, "llm_int8_skip_modules": None,
            "llm_int8_enable_fp32_cpu_offload": False, "llm_int8_has_fp16_weight": False,
            "bnb_4bit_quant_type": c["quant_type"], "bnb_4bit_use_double_quant": c["double"],
            "bnb_4bit_compute_dtype": str(c["dtype"]).strip("torch."), "bnb_4bit_quant_storage": "uint8",
            "_load_in_8bit": False, "_load_in_4bit": True}


def main():
    args = sys.argv[1:]
    weights_only = "--weights-only" in args
    args = [a for a in args if a != "--weights-only"]
    out_dir = args[0] if args else "testdata/quant"
    torch.manual_seed(0)
    with open(os.path.join(BASE, "config.json")) as f:
        base_config = json.load(f)
    base_sd = read_base_float32(BASE)
    base = None
    if not weights_only:
        import transformers
        from transformers import LlamaForCausalLM

        base = LlamaForCausalLM.from_pretrained(BASE, dtype=torch.float32, attn_implementation="eager").eval()
        for k, v in base.state_dict().items():  # the same values, read by transformers
            assert k not in base_sd or torch.equal(base_sd[k], v), k
        base_sd = {k: v.clone() for k, v in base.state_dict().items()}
    ids = torch.randint(3, base_config["vocab_size"], (1, 8), generator=torch.Generator().manual_seed(1))
    for n, c in enumerate(CASES):
        rng = np.random.default_rng(n)
        case_dir = os.path.join(out_dir, c["name"])
        os.makedirs(case_dir, exist_ok=True)
        tensors, deqs = {}, {}
        for layer in range(base_config["num_hidden_layers"]):
            for m in c.get("modules", ATTN + MLP):
                if any(s in m for s in c.get("skip", [])):
                    continue
                prefix = f"model.layers.{layer}.{m}"
                W = base_sd[prefix + ".weight"]
                if c["method"] == "gptq":
                    t, d = gptq_module(W, c, rng)
                elif c["method"] == "awq" and c["version"] == "gemm":
                    t, d = awq_gemm_module(W, c["group"])
                elif c["method"] == "awq":
                    t, d = awq_gemv_module(W, c["group"])
                elif c["method"] == "bnb8":
                    t, d = bnb8_module(W)
                else:
                    t, d = bnb4_module(W, c)
                for k, v in t.items():
                    tensors[f"{prefix}.{k}"] = v.contiguous()
                deqs[prefix + ".weight"] = d.contiguous()
        write_safetensors(tensors, os.path.join(case_dir, "model.safetensors"), metadata={"format": "pt"})
        # Stored in the dtype the reference rounds to (exact, and half the bytes of float32).
        store = {"gptq": torch.float16, "awq": torch.float16, "bnb8": torch.float32}.get(c["method"], c.get("dtype"))
        narrow = {k: v.to(store) for k, v in deqs.items()}
        assert all(torch.equal(narrow[k].float(), deqs[k]) for k in deqs), "dequantized weights not exact in " + str(store)
        write_safetensors(narrow, os.path.join(case_dir, "dequantized.safetensors"))
        conf = dict(base_config)
        conf["quantization_config"] = quant_config(c)
        with open(os.path.join(case_dir, "config.json"), "w") as f:
            json.dump(conf, f, indent=2)
        ref = {"case": c["name"], "base": BASE, "quantized_modules": sorted(k[: -len(".weight")] for k in deqs),
               "input_ids": ids.tolist(), "torch_version": torch.__version__}
        if base is not None:
            sd = dict(base_sd)
            sd.update(deqs)
            base.load_state_dict(sd)  # eager attention, float32; every case loads its full state dict
            with torch.no_grad():
                logits = base(input_ids=ids).logits[0].float()
            top = logits.topk(16, dim=-1)
            ref["logits"] = {"shape": list(logits.shape), "first256": logits[:, :256].tolist(),
                             "top16_ids": top.indices.tolist(), "top16_values": top.values.tolist(),
                             "logsumexp": torch.logsumexp(logits, -1).tolist()}
            ref["transformers_version"] = transformers.__version__
        with open(os.path.join(case_dir, "reference.json"), "w") as f:
            json.dump(ref, f)
        print(f"{c['name']}: {len(deqs)} modules, max |dequantized - float| "
              f"{max((deqs[k] - base_sd[k]).abs().max().item() for k in deqs):.4g}")


if __name__ == "__main__":
    main()
