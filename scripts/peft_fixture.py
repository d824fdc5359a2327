#!/usr/bin/env python3
"""Writes testdata/peft/: adapters made with Python's peft and the logits that
transformers + peft compute with them, replayed by peft/replay_test.go
(TestPEFTFixtures, skipped while testdata/peft does not exist).

Usage (repository root, on the GPU machine where transformers and peft are
installed; it runs on the CPU in float32):
    python3 scripts/peft_fixture.py [OUT_DIR]      # default testdata/peft

For every case it writes OUT_DIR/<case>/:
  <adapter>/adapter_config.json, <adapter>/adapter_model.safetensors
                   each adapter the case loads, as save_pretrained writes it
  base/            (cases with random_biases) the base model used, save_pretrained
  reference.json   {"case", "base" (a testdata/models directory), "base_dir"
                    ("base" when the case saved its own base, else null), "input_ids",
                    "adapters" (loaded in this order under these names),
                    "peft_version", "transformers_version", "torch_version",
                    "steps": [...]}
Steps, replayed in order on one Runner / one PeftModel:
  {"op": "set", "adapter": A}            set_adapter(A)           / Runner.SetActive
  {"op": "merge"} / {"op": "unmerge"}    merge_adapter / unmerge_adapter
  {"op": "disable"} / {"op": "enable"}   disable_adapter_layers / enable_adapter_layers
  {"op": "weighted", "name", "adapters", "weights", "combination_type"}
                                         add_weighted_adapter     / peft.AddWeighted + LoadAdapter
  {"op": "check", "what", "logits": {"shape", "first256", "top16_ids",
                                     "top16_values", "logsumexp"}}
Adapters are created with init_lora_weights=False (B is not zero, so every
update matters); DoRA magnitudes are scaled by 1 + 0.2*N(0, 1) after creation
so that DoRA is not plain LoRA.

Cases with "dtype": "bfloat16" load the base as from_pretrained(dtype=torch.bfloat16)
does (PEFT then keeps the adapter weights float32: autocast_adapter_dtype; the script
checks that they are, and that the saved LoRA tensors are float32); the replay runs a
bf16 Runner. Cases with "head_copy" hold a modules_to_save copy of the LM head of a
model that ties it to the input embeddings, perturbed so that it differs from them
(the script checks that the embeddings stay the base's).
"""
import json
import os
import sys

import peft
import torch
import transformers
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM

torch.use_deterministic_algorithms(True)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join("testdata", "peft")
MODELS = os.path.join("testdata", "models")
INPUT_IDS = [1, 450, 4996, 17354, 1701, 3, 29871, 99, 2, 777]


def summary(logits):
    """The fields of peft/fixture_test.go's logitsRef for logits (T, V)."""
    logits = logits.double()
    top = torch.topk(logits, 16, dim=-1)
    return {
        "shape": list(logits.shape),
        "first256": logits[:, :256].tolist(),
        "top16_ids": top.indices.tolist(),
        "top16_values": top.values.tolist(),
        "logsumexp": torch.logsumexp(logits, dim=-1).tolist(),
    }


def base_model(name, dtype=torch.float32):
    m = AutoModelForCausalLM.from_pretrained(os.path.join(MODELS, name), dtype=dtype)
    return m.eval()


def perturb_head_copy(model, adapter, seed):
    """Adds 0.05*N(0, 1) to the modules_to_save copy of lm_head; checks that
    the copy is untied from the input embeddings, which stay as they were."""
    emb = model.get_input_embeddings().weight
    before = emb.detach().clone()
    copy = model.base_model.model.lm_head.modules_to_save[adapter].weight
    assert copy.data_ptr() != emb.data_ptr(), "the lm_head copy shares the embeddings' storage"
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        copy.add_((0.05 * torch.randn(copy.shape, generator=g)).to(copy.dtype))
    assert torch.equal(emb, before), "perturbing the lm_head copy changed the embeddings"


def lora(**kw):
    kw.setdefault("r", 4)
    kw.setdefault("lora_alpha", 8)
    return LoraConfig(lora_dropout=0.0, init_lora_weights=False, **kw)


def perturb_magnitudes(model, adapter, seed):
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for mod in model.modules():
            mv = getattr(mod, "lora_magnitude_vector", None)
            if mv is not None and adapter in mv:
                w = mv[adapter].weight
                w.mul_(1 + 0.2 * torch.randn(w.shape, generator=g, dtype=w.dtype))


def make_case(name, base, adapters, steps, random_biases=False, dtype="float32", head_copy=False):
    """adapters: [(adapter_name, LoraConfig, seed)]; steps as in the doc.
    random_biases: draw every Linear/Conv1D bias from N(0, 0.1^2) (the tiny
    fixtures' biases are zero) and save that base model as <case>/base.
    dtype: the base's dtype ("float32" or "bfloat16").
    head_copy: the configs save lm_head (tied): perturb each adapter's copy."""
    model = base_model(base, getattr(torch, dtype))
    out = os.path.join(OUT, name)
    os.makedirs(out, exist_ok=True)
    base_dir = None
    if random_biases:
        g = torch.Generator().manual_seed(99)
        with torch.no_grad():
            for n, p in model.named_parameters():
                if n.endswith(".bias") and ".ln_" not in n:
                    p.copy_(0.1 * torch.randn(p.shape, generator=g))
        base_dir = "base"
        model.save_pretrained(os.path.join(out, base_dir))
    pm = None
    for i, (an, cfg, seed) in enumerate(adapters):
        torch.manual_seed(seed)
        if pm is None:
            pm = get_peft_model(model, cfg, adapter_name=an)
        else:
            pm.add_adapter(an, cfg)
        if cfg.use_dora:
            perturb_magnitudes(pm, an, seed + 1000)
        if head_copy:
            perturb_head_copy(pm, an, seed + 2000)
    pm.eval()
    if dtype != "float32":
        for n, p in pm.named_parameters():
            if ".lora_" in n:
                assert p.dtype == torch.float32, f"{n} is {p.dtype} on a {dtype} base: autocast_adapter_dtype?"
    pm.save_pretrained(out, selected_adapters=[a for a, _, _ in adapters])
    if dtype != "float32":
        from safetensors.torch import load_file
        for an, _, _ in adapters:
            d = out if an == "default" else os.path.join(out, an)
            for k, v in load_file(os.path.join(d, "adapter_model.safetensors")).items():
                if ".lora_" in k:
                    assert v.dtype == torch.float32, f"saved {k} is {v.dtype}"
    # Ids beyond a small vocabulary (qwen3-tiny has 1000) wrap into it; the reference records the ids used.
    input_ids = [i % model.config.get_text_config().vocab_size for i in INPUT_IDS]
    ids = torch.tensor([input_ids])
    done = []
    for st in steps:
        op = st["op"]
        if op == "set":
            pm.set_adapter(st["adapter"])
        elif op == "merge":
            pm.merge_adapter()
        elif op == "unmerge":
            pm.unmerge_adapter()
        elif op == "disable":
            pm.base_model.disable_adapter_layers()
        elif op == "enable":
            pm.base_model.enable_adapter_layers()
        elif op == "weighted":
            pm.add_weighted_adapter(st["adapters"], st["weights"], st["name"],
                                    combination_type=st["combination_type"])
        elif op == "check":
            with torch.no_grad():
                st = dict(st, logits=summary(pm(input_ids=ids).logits[0]))
        else:
            raise ValueError(op)
        done.append(st)
    ref = {
        "case": name, "base": base, "base_dir": base_dir, "dtype": dtype, "input_ids": input_ids,
        "adapters": [a for a, _, _ in adapters],
        "peft_version": peft.__version__, "transformers_version": transformers.__version__,
        "torch_version": torch.__version__, "steps": done,
    }
    with open(os.path.join(out, "reference.json"), "w") as f:
        json.dump(ref, f)
    print("wrote", out)


def check(what):
    return {"op": "check", "what": what}


ROUND_TRIP = [check("unmerged"), {"op": "merge"}, check("merged"), {"op": "unmerge"}, check("unmerged again"),
              {"op": "disable"}, check("disabled: the base"), {"op": "enable"}, check("enabled again")]

GPT2_ALL = ["c_attn", "c_proj", "c_fc"]
LLAMA_ALL = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]

# Conv1D (fan_in_fan_out) with rsLoRA and a rank pattern on gpt2-tiny.
make_case("gpt2-conv1d-rslora", "gpt2-tiny",
          [("a", lora(target_modules=GPT2_ALL, fan_in_fan_out=True, use_rslora=True,
                      rank_pattern={"c_fc": 8}, alpha_pattern={"c_fc": 4}), 1)],
          [{"op": "set", "adapter": "a"}] + ROUND_TRIP)
# DoRA on Linear (llama-tiny) and on Conv1D with biases (gpt2-tiny).
make_case("llama-dora", "llama-tiny", [("a", lora(target_modules=LLAMA_ALL, use_dora=True), 2)],
          [{"op": "set", "adapter": "a"}] + ROUND_TRIP)
make_case("gpt2-dora", "gpt2-tiny",
          [("a", lora(target_modules=GPT2_ALL, fan_in_fan_out=True, use_dora=True), 3)],
          [{"op": "set", "adapter": "a"}] + ROUND_TRIP, random_biases=True)
# Several adapters on one model, switching, disabling, add_weighted_adapter.
make_case("llama-multi", "llama-tiny",
          [("a", lora(target_modules=["q_proj", "v_proj", "down_proj"]), 4),
           ("b", lora(target_modules=["v_proj", "o_proj"], lora_alpha=16), 5),
           ("c", lora(target_modules=["q_proj", "v_proj"], r=2, lora_alpha=4, use_rslora=True), 6)],
          [{"op": "set", "adapter": "a"}, check("a"),
           {"op": "set", "adapter": "b"}, check("b"),
           {"op": "disable"}, check("disabled"), {"op": "enable"}, check("b enabled again"),
           {"op": "set", "adapter": "c"}, check("c"),
           {"op": "set", "adapter": "a"}, check("a again"),
           {"op": "weighted", "name": "lin", "adapters": ["a", "b"], "weights": [0.7, -0.4],
            "combination_type": "linear"},
           {"op": "set", "adapter": "lin"}, check("linear a, b"),
           {"op": "weighted", "name": "cat", "adapters": ["a", "b", "c"], "weights": [0.5, 1.2, -0.8],
            "combination_type": "cat"},
           {"op": "set", "adapter": "cat"}, check("cat a, b, c"),
           {"op": "merge"}, check("cat merged"), {"op": "unmerge"},
           {"op": "set", "adapter": "b"}, check("b after the weighted ones")])
# A bf16 base with float32 adapters (PEFT's autocast_adapter_dtype), unmerged, LoRA and DoRA.
BASE_ONLY = [check("unmerged"), {"op": "disable"}, check("disabled: the base"), {"op": "enable"}, check("enabled again")]
make_case("llama-bf16", "llama-tiny", [("a", lora(target_modules=LLAMA_ALL), 7)],
          [{"op": "set", "adapter": "a"}] + BASE_ONLY, dtype="bfloat16")
make_case("llama-dora-bf16", "llama-tiny", [("a", lora(target_modules=["q_proj", "v_proj"], use_dora=True), 8)],
          [{"op": "set", "adapter": "a"}] + BASE_ONLY, dtype="bfloat16")
# A modules_to_save copy of a tied LM head (qwen3-tiny, gpt2-tiny: tie_word_embeddings): the head
# reads the copy, the input embeddings stay the base's; float32, and bf16 on gpt2's Conv1D.
make_case("qwen3-tied-head", "qwen3-tiny",
          [("a", lora(target_modules=["q_proj", "v_proj"], modules_to_save=["lm_head"]), 9)],
          [{"op": "set", "adapter": "a"}] + BASE_ONLY, head_copy=True)
make_case("gpt2-tied-head-bf16", "gpt2-tiny",
          [("a", lora(target_modules=["c_attn"], fan_in_fan_out=True, modules_to_save=["lm_head"]), 10)],
          [{"op": "set", "adapter": "a"}] + BASE_ONLY, dtype="bfloat16", head_copy=True)
