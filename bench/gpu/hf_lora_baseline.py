"""HF + PEFT LoRA fine-tuning step baseline for kiln's LoRA bench (bench/gpu/lora.go).

Usage: python3 hf_lora_baseline.py [--config config.json] [--batch 4] [--seq 1024]
           [--mode eager|compile] [--base-dtype float32|bfloat16] [--fp32]
           [--gradient-checkpointing] [--warmup 3] [--steps 10] [--lr 2e-4]

The same work as kiln's side (benchgpu -lora): a LlamaForCausalLM of the config's shape
(default Llama-3.2-1B's; benchgpu passes its own config.json) with random weights, sdpa
attention, no dropout, wrapped by peft.get_peft_model(LoraConfig(r=16, lora_alpha=32,
target_modules="all-linear", lora_dropout=0, bias="none")); torch AdamW (fused, weight decay
0.01) over the trainable (adapter) parameters only, clip_grad_norm_ 1, the forward under bf16
autocast, labels = input_ids. The base is bfloat16 by default, as HF + PEFT users load it
(from_pretrained(torch_dtype=torch.bfloat16)) and as kiln's side holds it: the weights are
created in bf16 (never a float32 copy), and PEFT keeps the adapter weights float32
(autocast_adapter_dtype). --base-dtype float32 keeps a float32 base (autocast casts each weight
to bf16 where it is used). --mode compile wraps the model in torch.compile. Warm-up steps, then
timed steps between torch.cuda.synchronize calls.

Memory, in MiB: torch.cuda.max_memory_allocated / max_memory_reserved, and smi_peak_mib,
nvidia-smi's used memory of GPU 0 sampled every 50 ms, its peak above the level measured
before this process touched the GPU (kiln's figure is measured the same way, so both include
their CUDA context and allocator cache). Run one mode per process so each peak is its own.

Prints one JSON object (last line of stdout); on failure {"error": ...} and exit status 1.
"""
import argparse
import json
import subprocess
import sys
import threading
import time

# Llama-3.2-1B's shape (bench/gpu/configs.go "llama-1b"), used without --config.
LLAMA_1B = {
    "vocab_size": 128256, "hidden_size": 2048, "intermediate_size": 8192, "num_hidden_layers": 16,
    "num_attention_heads": 32, "num_key_value_heads": 8, "head_dim": 64, "hidden_act": "silu",
    "rms_norm_eps": 1e-5, "max_position_embeddings": 4096, "rope_theta": 500000.0,
    "tie_word_embeddings": True, "bos_token_id": 128000, "eos_token_id": 128001,
}


def smi_mib():
    try:
        out = subprocess.check_output(
            ["nvidia-smi", "--query-gpu=memory.used", "--format=csv,noheader,nounits", "-i", "0"])
        return float(out.decode().strip())
    except Exception:  # noqa: BLE001 - no nvidia-smi: no smi figure
        return float("nan")


class SmiPeak(threading.Thread):
    """Samples nvidia-smi every 50 ms; peak() is the highest used memory above base."""

    def __init__(self, base):
        super().__init__(daemon=True)
        self.base, self.top, self.done = base, 0.0, threading.Event()

    def run(self):
        while not self.done.wait(0.05):
            v = smi_mib()
            if v == v:  # not NaN
                self.top = max(self.top, v - self.base)

    def peak(self):
        self.done.set()
        self.join()
        return self.top if self.base == self.base else float("nan")


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--config", help="a Hugging Face config.json (default: Llama-3.2-1B's shape)")
    p.add_argument("--batch", type=int, default=4)
    p.add_argument("--seq", type=int, default=1024)
    p.add_argument("--mode", choices=["eager", "compile"], default="eager")
    p.add_argument("--base-dtype", choices=["float32", "bfloat16"], default="bfloat16")
    p.add_argument("--fp32", action="store_true", help="no bf16 autocast")
    p.add_argument("--gradient-checkpointing", action="store_true")
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--steps", type=int, default=10)
    p.add_argument("--lr", type=float, default=2e-4)
    return p.parse_args()


def main(a, res):
    base = smi_mib()  # before torch initialises CUDA
    poll = SmiPeak(base)
    poll.start()
    import torch
    import transformers
    import peft
    from transformers import AutoModelForCausalLM, LlamaConfig
    from peft import LoraConfig, get_peft_model

    res.update(torch=torch.__version__, transformers=transformers.__version__, peft=peft.__version__)
    shape = dict(LLAMA_1B)
    if a.config:
        with open(a.config) as f:
            shape = json.load(f)
    shape = {k: v for k, v in shape.items() if k not in ("model_type", "architectures")}
    cfg = LlamaConfig.from_dict(shape)
    cfg.use_cache = False
    cfg.attention_dropout = 0.0
    torch.manual_seed(0)
    base_dtype = getattr(torch, a.base_dtype)
    # Created in the base dtype (torch's default dtype while the weights
    # are made), so that a bf16 base never exists in float32 on the GPU.
    prev = torch.get_default_dtype()
    torch.set_default_dtype(base_dtype)
    try:
        with torch.device("cuda"):
            m = AutoModelForCausalLM.from_config(cfg, attn_implementation="sdpa")
    finally:
        torch.set_default_dtype(prev)  # PEFT creates its adapters in float32
    m = m.to(base_dtype)  # a no-op unless from_config chose another dtype
    res.update(base_param_dtype=str(next(m.parameters()).dtype).replace("torch.", ""))
    if a.gradient_checkpointing:
        # Non-reentrant: the frozen embeddings' output needs no requires_grad.
        m.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
    m = get_peft_model(m, LoraConfig(r=16, lora_alpha=32, target_modules="all-linear",
                                     lora_dropout=0.0, bias="none", task_type="CAUSAL_LM"))
    m.train()
    trainable = [p for p in m.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(trainable, lr=a.lr, weight_decay=0.01, fused=True)
    f = torch.compile(m) if a.mode == "compile" else m
    x = torch.randint(0, cfg.vocab_size, (a.batch, a.seq), device="cuda")

    def step():
        with torch.autocast("cuda", dtype=torch.bfloat16, enabled=not a.fp32):
            loss = f(input_ids=x, labels=x).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(trainable, 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        return loss

    t0 = time.perf_counter()
    first = step().item()
    for _ in range(a.warmup - 1):
        step()
    torch.cuda.synchronize()
    warm = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(a.steps):
        loss = step()
    torch.cuda.synchronize()
    dt = (time.perf_counter() - t0) / a.steps
    smi = poll.peak()
    n = sum(p.numel() for p in m.parameters())
    nt = sum(p.numel() for p in trainable)
    tokens = a.batch * a.seq
    res.update(
        tokens_per_s=tokens / dt, step_s=dt, warmup_s=warm, params=n - nt, trainable_params=nt,
        # forward + activations' backward of the frozen base (kiln's approx_tflops_4N)
        approx_tflops_4N=4 * (n - nt) * tokens / dt / 1e12,
        first_loss=first, last_loss=loss.item(),
        attn_implementation=getattr(m.config, "_attn_implementation", None),
        adapter_dtype=str(trainable[0].dtype).replace("torch.", ""),
        max_memory_allocated_mib=torch.cuda.max_memory_allocated() / 2**20,
        max_memory_reserved_mib=torch.cuda.max_memory_reserved() / 2**20,
        smi_peak_mib=smi)


def finite(v):
    """v with every NaN or infinity replaced by None (Go's encoding/json rejects NaN)."""
    if isinstance(v, float) and not (v == v and abs(v) != float("inf")):
        return None
    if isinstance(v, dict):
        return {k: finite(x) for k, x in v.items()}
    return v


if __name__ == "__main__":
    args = parse_args()
    out = {"mode": args.mode, "batch": args.batch, "seq": args.seq, "base_dtype": args.base_dtype,
           "bf16_autocast": not args.fp32, "gradient_checkpointing": args.gradient_checkpointing,
           "lora": {"r": 16, "lora_alpha": 32, "target_modules": "all-linear", "lora_dropout": 0}}
    try:
        main(args, out)
    except Exception as e:  # noqa: BLE001 - reported to benchgpu as JSON
        out["error"] = f"{type(e).__name__}: {e}"
        print(json.dumps(finite(out)))
        sys.exit(1)
    print(json.dumps(finite(out)))
