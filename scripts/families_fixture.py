"""Tiny random models of the decoder families added for issue #21 (Gemma 2, Gemma 3 text,
Gemma 3 multimodal's text path, Phi-3 with longrope, GPT-NeoX parallel and sequential,
and the mixture-of-experts families Mixtral, Qwen2-MoE and Qwen3-MoE),
saved with save_pretrained in float32, each with a reference.json in the decoder layout of
the shared fixtures (../shared/fixtures/README.md): prompts_ids, single_logits, batch_left,
batch_right, greedy (+ margins), beam4, repetition_penalty_1.5, no_repeat_ngram_3, warpers.

Runs where transformers and torch are installed (the GPU machine; CPU is enough):

    python3 scripts/families_fixture.py OUTDIR        # writes OUTDIR/<name>-tiny/...
    python3 scripts/families_fixture.py OUTDIR mixtral-tiny qwen2-moe-tiny   # only those

then copy OUTDIR/* to testdata/models/ (reference.json is written gzipped, as the Go tests
read reference.json or reference.json.gz). The Go replay tests (models: TestFamilyFixtures; generate:
TestFamilyFixtureGeneration) run every directory present and skip the others.
Every family is independent: a failure is printed and the rest goes on.
"""
import gzip, json, os, sys, traceback

import torch
import transformers

OUT = sys.argv[1] if len(sys.argv) > 1 else "families-out"
ONLY = set(sys.argv[2:])  # fixture names to build (empty: all)
os.makedirs(OUT, exist_ok=True)
torch.use_deterministic_algorithms(True)
print("transformers", transformers.__version__, "torch", torch.__version__, flush=True)

VOCAB, PAD, BOS, EOS = 1000, 0, 1, 2


def tolist(t):
    return t.detach().to(torch.float32).cpu().numpy().round(6).tolist()


def logits_ref(lg):
    # Vocabulary 1000: full logits (the fingerprint layout is for > 2000).
    return {"full": tolist(lg)}


def pad_batch(seqs, side):
    n = max(len(s) for s in seqs)
    ids, mask = [], []
    for s in seqs:
        p = n - len(s)
        if side == "left":
            ids.append([PAD] * p + s); mask.append([0] * p + [1] * len(s))
        else:
            ids.append(s + [PAD] * p); mask.append([1] * len(s) + [0] * p)
    return torch.tensor(ids), torch.tensor(mask)


def gen(model, ids, mask, **kw):
    out = model.generate(input_ids=ids, attention_mask=mask, **kw)
    seq = out.sequences if hasattr(out, "sequences") else out
    return seq[:, ids.shape[1]:].tolist()


def greedy_margins(model, ids, mask, steps):
    margins = []
    for _ in range(steps):
        pos = (mask.cumsum(-1) - 1).clamp(min=0)
        lg = model(input_ids=ids, attention_mask=mask, position_ids=pos).logits[:, -1, :]
        top = lg.topk(2, dim=-1).values
        margins.append((top[:, 0] - top[:, 1]).tolist())
        nxt = lg.argmax(-1, keepdim=True)
        ids = torch.cat([ids, nxt], 1); mask = torch.cat([mask, torch.ones_like(nxt)], 1)
    return margins


def decoder_refs(model, d, prompts):
    ref = {"prompts_ids": prompts, "pad_token_id": PAD, "eos_token_id": EOS,
           "transformers": transformers.__version__, "torch": torch.__version__}
    with torch.no_grad():
        ref["single_logits"] = logits_ref(model(input_ids=torch.tensor([prompts[0]])).logits[0])
        for side in ("left", "right"):
            ids, mask = pad_batch(prompts, side)
            pos = (mask.cumsum(-1) - 1).clamp(min=0)
            lg = model(input_ids=ids, attention_mask=mask, position_ids=pos).logits
            ref[f"batch_{side}"] = {"input_ids": ids.tolist(), "attention_mask": mask.tolist(),
                                    "position_ids": pos.tolist(), "logits": logits_ref(lg)}
        ids, mask = pad_batch(prompts, "left")
        common = dict(pad_token_id=PAD, eos_token_id=EOS)
        ref["greedy"] = {"max_new_tokens": 20, "ids": gen(model, ids, mask, max_new_tokens=20, do_sample=False, **common),
                         "margins": greedy_margins(model, ids, mask, 20)}
        ref["beam4"] = {"num_beams": 4, "max_new_tokens": 12, "length_penalty": 1.0, "early_stopping": False,
                        "ids": gen(model, ids, mask, max_new_tokens=12, num_beams=4, do_sample=False,
                                   length_penalty=1.0, early_stopping=False, **common)}
        ref["repetition_penalty_1.5"] = {"ids": gen(model, ids, mask, max_new_tokens=20, do_sample=False,
                                                    repetition_penalty=1.5, **common)}
        ref["no_repeat_ngram_3"] = {"ids": gen(model, ids, mask, max_new_tokens=20, do_sample=False,
                                               no_repeat_ngram_size=3, **common)}
        from transformers.generation.logits_process import (MinPLogitsWarper, TemperatureLogitsWarper,
                                                            TopKLogitsWarper, TopPLogitsWarper)
        lg = model(input_ids=torch.tensor([prompts[0]])).logits[:, -1, :] * 4.0
        kept = lambda t: [i for i, v in enumerate(t[0].tolist()) if v != float("-inf")]
        ref["warpers"] = {"input_logits": tolist(lg[0]), "outputs": {
            "temperature_0.7": tolist(TemperatureLogitsWarper(0.7)(None, lg.clone())[0]),
            "top_k_5_kept": kept(TopKLogitsWarper(5)(None, lg.clone())),
            "top_p_0.9_kept": kept(TopPLogitsWarper(0.9)(None, lg.clone())),
            "min_p_0.05_kept": kept(MinPLogitsWarper(0.05)(None, lg.clone()))}}
    with gzip.open(os.path.join(d, "reference.json.gz"), "wt") as f:
        json.dump(ref, f)


def build(name, make_model, seed):
    """make_model() returns a float32 model in eval mode with eager attention."""
    if ONLY and name not in ONLY:
        return
    print("==", name, flush=True)
    try:
        torch.manual_seed(seed)
        model = make_model().eval()
        d = os.path.join(OUT, name)
        model.save_pretrained(d)
        g = torch.Generator().manual_seed(7)
        # 24 and 13 tokens: longer than every sliding window below, and (Phi-3) past
        # original_max_position_embeddings = 16, so longrope's long factors are exercised.
        prompts = [torch.randint(3, VOCAB, (n,), generator=g).tolist() for n in (24, 13)]
        decoder_refs(model, d, prompts)
        if hasattr(model.config, "num_experts_per_tok"):
            try:
                router_margin(model, prompts)
            except Exception as e:  # informational only
                print("router margin not computed:", e, flush=True)
        print("ok", name, sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d)), "bytes", flush=True)
    except Exception:
        print("FAILED", name, traceback.format_exc(), flush=True)


SMALL = dict(vocab_size=VOCAB, hidden_size=64, intermediate_size=160, num_hidden_layers=3, num_attention_heads=4,
             num_key_value_heads=2, max_position_embeddings=256, bos_token_id=BOS, eos_token_id=EOS, pad_token_id=PAD)


def eager(cfg):
    # Soft-capping needs the eager attention (SDPA cannot cap the scores).
    cfg._attn_implementation = "eager"
    return cfg


def gemma2():
    from transformers import Gemma2Config, Gemma2ForCausalLM
    # Layer 0 and 2 slide (window 8), layer 1 is global. Small soft-caps so that they bind;
    # initializer_range 0.2 so that the scores are large enough for them to matter.
    cfg = Gemma2Config(**SMALL, head_dim=16, query_pre_attn_scalar=24, sliding_window=8,
                       attn_logit_softcapping=1.0, final_logit_softcapping=4.0, initializer_range=0.2)
    return Gemma2ForCausalLM(eager(cfg))


def gemma3_text_config(**over):
    from transformers import Gemma3TextConfig
    kw = dict(SMALL, num_hidden_layers=4, head_dim=16, query_pre_attn_scalar=24, sliding_window=8,
              layer_types=["sliding_attention", "sliding_attention", "full_attention", "sliding_attention"],
              initializer_range=0.2, final_logit_softcapping=None, attn_logit_softcapping=None)
    kw.update(over)
    try:  # transformers 5: one rope object per layer type
        return Gemma3TextConfig(**kw, rope_parameters={
            "full_attention": {"rope_type": "linear", "factor": 2.0, "rope_theta": 1000000.0},
            "sliding_attention": {"rope_type": "default", "rope_theta": 100.0}})
    except TypeError:  # transformers 4
        return Gemma3TextConfig(**kw, rope_theta=1000000.0, rope_local_base_freq=100.0,
                                rope_scaling={"rope_type": "linear", "factor": 2.0})


def gemma3():
    from transformers import Gemma3ForCausalLM
    return Gemma3ForCausalLM(eager(gemma3_text_config()))


def gemma3_mm():
    from transformers import Gemma3Config, Gemma3ForConditionalGeneration
    vision = dict(hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=2,
                  image_size=28, patch_size=14)
    cfg = Gemma3Config(text_config=gemma3_text_config(final_logit_softcapping=6.0).to_dict(), vision_config=vision,
                       mm_tokens_per_image=4, image_token_index=VOCAB - 1, boi_token_index=VOCAB - 3,
                       eoi_token_index=VOCAB - 2, pad_token_id=PAD, eos_token_id=EOS, bos_token_id=BOS)
    return Gemma3ForConditionalGeneration(eager(cfg))


def phi3():
    from transformers import Phi3Config, Phi3ForCausalLM
    # head_dim 16, partial 0.5: 8 rotary dims, 4 factors each. original 16 < max 256:
    # attention factor sqrt(1 + ln 16 / ln 16).
    cfg = Phi3Config(**SMALL, partial_rotary_factor=0.5, original_max_position_embeddings=16, sliding_window=12,
                     rope_scaling={"type": "longrope", "short_factor": [1.0, 1.5, 2.0, 3.0],
                                   "long_factor": [2.0, 4.0, 8.0, 16.0]},
                     initializer_range=0.1, tie_word_embeddings=False)
    return Phi3ForCausalLM(eager(cfg))


def neox(parallel):
    def make():
        from transformers import GPTNeoXConfig, GPTNeoXForCausalLM
        cfg = GPTNeoXConfig(vocab_size=VOCAB, hidden_size=64, intermediate_size=256, num_hidden_layers=2,
                            num_attention_heads=4, rotary_pct=0.25 if parallel else 0.5, rotary_emb_base=10000,
                            max_position_embeddings=256, use_parallel_residual=parallel, initializer_range=0.1,
                            tie_word_embeddings=not parallel, bos_token_id=BOS, eos_token_id=EOS, pad_token_id=PAD)
        return GPTNeoXForCausalLM(eager(cfg))
    return make


def spread_router(model, scale=1.0):
    # Router weights drawn wider than initializer_range: the top-k choice must not sit on a
    # near-tie, where float32 rounding differences could pick another expert.
    experts = getattr(model.config, "num_local_experts", None) or model.config.num_experts
    for name, p in model.named_parameters():
        if name.endswith(".gate.weight") and p.shape[0] == experts:
            with torch.no_grad():
                p.normal_(0.0, scale)
    return model


def router_margin(model, prompts):
    # The smallest gap between the k-th and (k+1)-th router probability over the prompts'
    # tokens and layers (printed: a fixture whose gap is below ~1e-4 should be re-seeded).
    k = model.config.num_experts_per_tok
    with torch.no_grad():
        out = model(input_ids=torch.tensor([prompts[0]]), output_router_logits=True)
    gaps = []
    for lg in out.router_logits:
        p = torch.softmax(lg.float(), -1).sort(-1, descending=True).values
        if p.shape[-1] > k:
            gaps.append((p[:, k - 1] - p[:, k]).min().item())
    print("router top-k margin", min(gaps) if gaps else None, flush=True)


def mixtral():
    from transformers import MixtralConfig, MixtralForCausalLM
    # 4 experts, top-2 (always renormalised); sliding window 8 on every layer.
    cfg = MixtralConfig(**dict(SMALL, intermediate_size=48), num_local_experts=4, num_experts_per_tok=2,
                        sliding_window=8, initializer_range=0.1, tie_word_embeddings=False)
    return spread_router(MixtralForCausalLM(eager(cfg)))


def qwen2_moe():
    from transformers import Qwen2MoeConfig, Qwen2MoeForCausalLM
    # 6 experts, top-3, no renormalisation, a shared expert; layer 1 is dense (mlp_only_layers).
    cfg = Qwen2MoeConfig(**SMALL, moe_intermediate_size=32, shared_expert_intermediate_size=96, num_experts=6,
                         num_experts_per_tok=3, norm_topk_prob=False, decoder_sparse_step=1, mlp_only_layers=[1],
                         initializer_range=0.1, tie_word_embeddings=False)
    return spread_router(Qwen2MoeForCausalLM(eager(cfg)))


def qwen3_moe():
    from transformers import Qwen3MoeConfig, Qwen3MoeForCausalLM
    # 8 experts, top-2 renormalised, q/k norms; every second layer sparse (decoder_sparse_step 2).
    cfg = Qwen3MoeConfig(**SMALL, moe_intermediate_size=32, num_experts=8, num_experts_per_tok=2,
                         norm_topk_prob=True, decoder_sparse_step=2, initializer_range=0.1, tie_word_embeddings=False)
    return spread_router(Qwen3MoeForCausalLM(eager(cfg)))


build("gemma2-tiny", gemma2, 21)
build("gemma3-tiny", gemma3, 22)
build("gemma3-mm-tiny", gemma3_mm, 23)
build("phi3-tiny", phi3, 24)
build("gpt-neox-tiny", neox(True), 25)
build("gpt-neox-seq-tiny", neox(False), 26)
build("mixtral-tiny", mixtral, 27)
build("qwen2-moe-tiny", qwen2_moe, 28)
build("qwen3-moe-tiny", qwen3_moe, 29)
