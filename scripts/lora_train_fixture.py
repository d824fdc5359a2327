#!/usr/bin/env python3
"""Writes testdata/lora_train/: HF Trainer + PEFT LoRA runs that kiln must reproduce.

Usage: python3 scripts/lora_train_fixture.py OUT_DIR [CASE ...]

A variant of scripts/trainer_fixture.py (same tiny models, rows and Trainer setup) for issue #16's
"LoRA training against HF Trainer + PEFT". For every case it writes, under OUT_DIR/<case>/:
  model/                 the frozen base checkpoint (save_pretrained, float32)
  initial_adapter/       the adapter before training (PeftModel.save_pretrained), so that kiln
                         starts from the same weights and initialisation randomness plays no part
  data.jsonl             pre-tokenized rows: input_ids, attention_mask, labels
  training_args.json     the TrainingArguments fields the case sets (kiln reads exactly this file)
  expected/trainer_state.json          trainer.save_state() after trainer.train()
  expected/adapter_config.json         trainer.save_model(): the trained adapter as PEFT saves it
  expected/adapter_model.safetensors
  expected/checkpoint-N/trainer_state.json   for the cases that save
  base_dtype             (the cases of BF16_BASE) "bfloat16": the base is held in bf16, as
                         from_pretrained(torch_dtype=torch.bfloat16) holds it, and model/ is saved
                         in bf16; PEFT keeps the adapter float32 (autocast_adapter_dtype); the
                         replay runs a bf16 Runner with the bf16 tolerances
Each optimizer step covers the whole data set, so the Trainer's shuffling cannot change a step's
gradient. Dropout is off everywhere (the models' and lora_dropout: kiln's masks are not torch's).
Runs on the CPU in float32 (bf16 where a case says so) with deterministic algorithms.
train/lora_fixture_test.go replays it.

It also writes OUT_DIR/versions.txt (peft, transformers, torch).
"""
import json
import os
import shutil
import sys

import peft
import torch
import transformers
from peft import LoraConfig, PeftModel, get_peft_model
from transformers import GPT2Config, GPT2LMHeadModel, LlamaConfig, LlamaForCausalLM, Trainer, TrainingArguments

torch.use_deterministic_algorithms(True)
OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)

VOCAB = 96
T = 12
ROWS = 8


def llama(seed):
    torch.manual_seed(seed)
    return LlamaForCausalLM(LlamaConfig(
        vocab_size=VOCAB, hidden_size=32, intermediate_size=48, num_hidden_layers=2, num_attention_heads=4,
        num_key_value_heads=2, max_position_embeddings=64, tie_word_embeddings=False, attention_dropout=0.0,
        bos_token_id=1, eos_token_id=2, pad_token_id=0))


def gpt2(seed):
    torch.manual_seed(seed)
    return GPT2LMHeadModel(GPT2Config(
        vocab_size=VOCAB, n_embd=32, n_layer=2, n_head=4, n_positions=64, resid_pdrop=0.0, embd_pdrop=0.0,
        attn_pdrop=0.0, bos_token_id=1, eos_token_id=2, pad_token_id=0))


def lm_rows(seed):
    """Causal-LM rows, right-padded to T: labels = input_ids, -100 on padding."""
    g = torch.Generator().manual_seed(seed)
    rows = []
    for i in range(ROWS):
        n = T - (i % 3) * 2
        ids = torch.randint(3, VOCAB, (n,), generator=g).tolist()
        pad = T - n
        rows.append({"input_ids": ids + [0] * pad, "attention_mask": [1] * n + [0] * pad,
                     "labels": ids + [-100] * pad})
    return rows


BASE = {"logging_steps": 1, "seed": 42, "max_grad_norm": 1.0}
# (model, rows, LoraConfig kwargs, TrainingArguments fields). init_lora_weights=False makes lora_B
# non-zero from the start, so that lora_A has a gradient at step 1.
CASES = {
    "llama_qv_adamw_linear": (lambda: llama(1), lambda: lm_rows(11), dict(
        r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"], init_lora_weights=False), dict(
        learning_rate=1e-2, lr_scheduler_type="linear", warmup_steps=1, weight_decay=0.01, max_steps=6,
        per_device_train_batch_size=8, optim="adamw_torch")),
    "llama_all_linear_rslora_accum": (lambda: llama(2), lambda: lm_rows(12), dict(
        r=8, lora_alpha=16, target_modules="all-linear", use_rslora=True), dict(
        learning_rate=5e-3, lr_scheduler_type="cosine", max_steps=5, per_device_train_batch_size=4,
        gradient_accumulation_steps=2, optim="adamw_torch_fused")),
    "gpt2_conv1d_fan_in_fan_out_save": (lambda: gpt2(3), lambda: lm_rows(13), dict(
        r=4, lora_alpha=16, target_modules=["c_attn", "c_proj"], fan_in_fan_out=True, init_lora_weights=False), dict(
        learning_rate=1e-2, lr_scheduler_type="constant_with_warmup", warmup_steps=2, max_steps=6,
        per_device_train_batch_size=8, optim="adamw_torch", save_strategy="steps", save_steps=3)),
    "llama_regex_pattern_sgd": (lambda: llama(4), lambda: lm_rows(14), dict(
        r=4, lora_alpha=4, target_modules=r".*\.(q_proj|down_proj)", rank_pattern={"down_proj": 2},
        alpha_pattern={"down_proj": 8}, init_lora_weights="gaussian"), dict(
        learning_rate=5e-2, lr_scheduler_type="linear", max_steps=4, per_device_train_batch_size=8, optim="sgd")),
    # A bf16 base with float32 adapters (issue #16's usual setup): with bf16 autocast (the
    # adapter's matmuls in bf16), and without (the update in float32 over the bf16 base).
    "llama_bf16_base_autocast": (lambda: llama(5), lambda: lm_rows(15), dict(
        r=4, lora_alpha=8, target_modules=["q_proj", "v_proj", "down_proj"], init_lora_weights=False), dict(
        learning_rate=1e-2, lr_scheduler_type="linear", max_steps=5, per_device_train_batch_size=8,
        weight_decay=0.01, optim="adamw_torch", bf16=True)),
    "llama_bf16_base_no_autocast": (lambda: llama(6), lambda: lm_rows(16), dict(
        r=4, lora_alpha=8, target_modules="all-linear", init_lora_weights=False), dict(
        learning_rate=1e-2, lr_scheduler_type="constant", max_steps=5, per_device_train_batch_size=8,
        optim="adamw_torch")),
}
BF16_BASE = {"llama_bf16_base_autocast", "llama_bf16_base_no_autocast"}


def write_rows(path, rows):
    with open(path, "w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")


class Rows(torch.utils.data.Dataset):
    def __init__(self, rows):
        self.rows = rows

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, i):
        return dict(self.rows[i])


only = set(sys.argv[2:])
for name, (make_model, make_rows, lora, args) in CASES.items():
    if only and name not in only:
        continue
    d = os.path.join(OUT, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(os.path.join(d, "expected"))
    base = make_model()
    if name in BF16_BASE:
        base = base.to(torch.bfloat16)
        with open(os.path.join(d, "base_dtype"), "w") as f:
            f.write("bfloat16\n")
    base.save_pretrained(os.path.join(d, "model"))
    torch.manual_seed(100)
    model = get_peft_model(base, LoraConfig(task_type="CAUSAL_LM", lora_dropout=0.0, bias="none", **lora))
    if name in BF16_BASE:
        for n, p in model.named_parameters():
            want = torch.float32 if p.requires_grad else torch.bfloat16
            assert p.dtype == want, f"{name}: {n} is {p.dtype}, want {want}"
    model.save_pretrained(os.path.join(d, "initial_adapter"))
    rows = make_rows()
    write_rows(os.path.join(d, "data.jsonl"), rows)
    targs = dict(BASE, **args)
    with open(os.path.join(d, "training_args.json"), "w") as f:
        json.dump(targs, f, indent=1)
    run_dir = os.path.join(d, "run")
    extra = {} if "save_strategy" in targs else {"save_strategy": "no"}
    ta = TrainingArguments(output_dir=run_dir, use_cpu=True, report_to="none", disable_tqdm=True,
                           dataloader_num_workers=0, remove_unused_columns=False, **extra, **targs)
    trainer = Trainer(model=model, args=ta, train_dataset=Rows(rows))
    trainer.train()
    trainer.save_state()
    trainer.save_model(os.path.join(d, "expected"))
    shutil.copy(os.path.join(run_dir, "trainer_state.json"), os.path.join(d, "expected", "trainer_state.json"))
    for ck in sorted(os.listdir(run_dir)):
        if ck.startswith("checkpoint-"):
            os.makedirs(os.path.join(d, "expected", ck))
            for f in ("trainer_state.json", "adapter_model.safetensors"):
                shutil.copy(os.path.join(run_dir, ck, f), os.path.join(d, "expected", ck, f))
    shutil.rmtree(run_dir)
    for junk in ("training_args.bin", "README.md"):
        p = os.path.join(d, "expected", junk)
        if os.path.exists(p):
            os.remove(p)
    for junk in ("README.md",):
        p = os.path.join(d, "initial_adapter", junk)
        if os.path.exists(p):
            os.remove(p)
    # The saved adapter must load back through peft (the format kiln writes too).
    PeftModel.from_pretrained(make_model(), os.path.join(d, "expected"))
    if name in BF16_BASE:
        from safetensors.torch import load_file
        for k, v in load_file(os.path.join(d, "expected", "adapter_model.safetensors")).items():
            assert v.dtype == torch.float32, f"{name}: saved {k} is {v.dtype}"
    print(name, [(e.get("loss"), e.get("grad_norm"), e.get("learning_rate")) for e in trainer.state.log_history][:3],
          flush=True)

with open(os.path.join(OUT, "versions.txt"), "w") as f:
    f.write(f"peft {peft.__version__} transformers {transformers.__version__} torch {torch.__version__}\n")
