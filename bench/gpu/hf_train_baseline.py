"""HF GPT-2 124M training-step baseline for kiln's train bench (bench/gpu/train.go).

Usage: python3 hf_train_baseline.py [BATCH [SEQ]]   (default 16 1024)

The same work as ../shared/tools/hf_train_baseline.py (random weights, dropout off, bf16 autocast,
AdamW fused, eager and torch.compile), plus peak device memory per mode:
torch.cuda.max_memory_allocated / max_memory_reserved, and nvidia-smi's used memory above the
level before the model was built (what kiln's figure is). Prints one JSON object.
"""
import json, os, subprocess, sys, time, torch
from transformers import GPT2Config, GPT2LMHeadModel

B = int(sys.argv[1]) if len(sys.argv) > 1 else 16
T = int(sys.argv[2]) if len(sys.argv) > 2 else 1024


def smi_mib():
    try:
        out = subprocess.check_output(["nvidia-smi", "--query-gpu=memory.used", "--format=csv,noheader,nounits", "-i", "0"])
        return float(out.decode().strip())
    except Exception:  # noqa: BLE001
        return float("nan")


res = {"batch": B, "seq": T, "torch": torch.__version__}
for mode in ("eager", "compile"):
    torch.cuda.empty_cache()
    torch.cuda.reset_peak_memory_stats()
    base = smi_mib()
    torch.manual_seed(0)
    m = GPT2LMHeadModel(GPT2Config(resid_pdrop=0, embd_pdrop=0, attn_pdrop=0)).cuda().train()
    opt = torch.optim.AdamW(m.parameters(), lr=3e-4, weight_decay=0.01, fused=True)
    f = torch.compile(m) if mode == "compile" else m
    x = torch.randint(0, 50257, (B, T), device="cuda")
    peak_smi = [0.0]

    def step():
        with torch.autocast("cuda", dtype=torch.bfloat16):
            loss = f(input_ids=x, labels=x).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(m.parameters(), 1.0)
        opt.step(); opt.zero_grad(set_to_none=True)
        return loss

    t0 = time.perf_counter()
    for _ in range(3):
        step()
    torch.cuda.synchronize(); warm = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(10):
        step()
    torch.cuda.synchronize(); dt = (time.perf_counter() - t0) / 10
    peak_smi[0] = smi_mib() - base
    if mode == "compile" and os.environ.get("KILN_CUDA_PROFILE_STEP") == "1":
        # One more step between cudaProfilerStart and Stop, as bench/gpu's
        # profiledStep (a profiler started with its capture off records it).
        torch.cuda.synchronize()
        torch.cuda.profiler.start()
        step()
        torch.cuda.synchronize()
        torch.cuda.profiler.stop()
    n = sum(p.numel() for p in m.parameters())
    res[mode] = {"tokens_per_s": B * T / dt, "step_s": dt, "warmup_s": warm, "params": n,
                 "approx_tflops_6N": 6 * n * B * T / dt / 1e12,
                 "max_memory_allocated_mib": torch.cuda.max_memory_allocated() / 2**20,
                 "max_memory_reserved_mib": torch.cuda.max_memory_reserved() / 2**20,
                 "smi_used_after_mib": peak_smi[0]}
    del m, opt, f
    torch.cuda.empty_cache()
print(json.dumps(res))
