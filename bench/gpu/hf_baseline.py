"""Hugging Face baseline for kiln's GPU suite (bench/gpu): random-weight bf16 models
of the suite's named shapes on one GPU. Usage:

    python3 hf_baseline.py MODEL PREFILL PROMPT NEW

Prints one JSON object: prefill tokens/s (1 x PREFILL forward), and for decode at
batch 1 (PROMPT tokens, NEW greedy tokens) eager with the dynamic cache and the
static cache with torch.compile: decode tok/s = (NEW-1)/(total - ttft), ttft."""
import json, sys, time, traceback
import torch
import transformers
from transformers import GPT2Config, GPT2LMHeadModel, LlamaConfig, LlamaForCausalLM

LLAMA = {
    "llama-1b": dict(hidden_size=2048, intermediate_size=8192, num_hidden_layers=16,
                     num_attention_heads=32, num_key_value_heads=8, head_dim=64, tie_word_embeddings=True),
    "llama-8b": dict(hidden_size=4096, intermediate_size=14336, num_hidden_layers=32,
                     num_attention_heads=32, num_key_value_heads=8, head_dim=128, tie_word_embeddings=False),
}


def build(name):
    if name in LLAMA:
        cfg = LlamaConfig(vocab_size=128256, max_position_embeddings=4096, rope_theta=500000.0,
                          rms_norm_eps=1e-5, hidden_act="silu", **LLAMA[name])
        cls = LlamaForCausalLM
    elif name == "mixtral-4l":
        from transformers import MixtralConfig, MixtralForCausalLM
        cfg = MixtralConfig(vocab_size=32000, hidden_size=4096, intermediate_size=14336, num_hidden_layers=4,
                            num_attention_heads=32, num_key_value_heads=8, head_dim=128, hidden_act="silu",
                            rms_norm_eps=1e-5, max_position_embeddings=4096, rope_theta=1000000.0,
                            tie_word_embeddings=False, num_local_experts=8, num_experts_per_tok=2)
        cls = MixtralForCausalLM
    elif name == "gpt2-124m":
        cfg = GPT2Config(vocab_size=50257, n_embd=768, n_layer=12, n_head=12, n_positions=2048,
                         activation_function="gelu_new")
        cls = GPT2LMHeadModel
    else:
        raise SystemExit(f"unknown model {name}")
    torch.manual_seed(0)
    torch.set_default_dtype(torch.bfloat16)
    with torch.device("cuda"):
        m = cls(cfg)
    torch.set_default_dtype(torch.float32)
    return m.eval(), cfg


def main():
    name, prefill, prompt_len, new = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    m, cfg = build(name)
    res = {"model": name, "torch": torch.__version__, "transformers": transformers.__version__,
           "gpu": torch.cuda.get_device_name(0), "params": sum(p.numel() for p in m.parameters())}
    prompt = torch.randint(0, cfg.vocab_size, (1, prompt_len), device="cuda")

    def gen(n, **kw):
        torch.cuda.synchronize()
        t = time.perf_counter()
        m.generate(prompt, max_new_tokens=n, min_new_tokens=n, do_sample=False, **kw)
        torch.cuda.synchronize()
        return time.perf_counter() - t

    def decode(**kw):
        gen(new, **kw)  # warm up (and compile)
        total = gen(new, **kw)
        ttft = min(gen(1, **kw) for _ in range(3))
        return {"decode_tok_s": (new - 1) / (total - ttft), "ttft_s": ttft, "total_s": total}

    with torch.no_grad():
        x = torch.randint(0, cfg.vocab_size, (1, prefill), device="cuda")
        for _ in range(2):
            m(x)
        torch.cuda.synchronize()
        t = time.perf_counter()
        for _ in range(5):
            m(x)
        torch.cuda.synchronize()
        res["prefill_tok_s"] = 5 * prefill / (time.perf_counter() - t)
        res["eager"] = decode()
        res["peak_mem_mib"] = torch.cuda.max_memory_reserved() / 2**20
        try:
            t = time.perf_counter()
            gen(new, cache_implementation="static")
            res["compile_warmup_s"] = time.perf_counter() - t
            res["static_compile"] = decode(cache_implementation="static")
        except Exception:
            res["static_compile_error"] = traceback.format_exc()[-1500:]
    print(json.dumps(res))


if __name__ == "__main__":
    main()
