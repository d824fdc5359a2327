#!/usr/bin/env python3
"""Writes testdata/dora_train/: HF Trainer + PEFT runs of DoRA and modules_to_save that kiln must reproduce.

Usage: python3 scripts/dora_fixture.py OUT_DIR [CASE ...]      (OUT_DIR: testdata/dora_train)

The same layout as scripts/lora_train_fixture.py (issue #16), for the adapters that script does not
train: DoRA (use_dora: lora_magnitude_vector trains, PEFT detaches the weight norm) on Linear and
on GPT-2's Conv1D with non-zero biases, and modules_to_save copies (a BERT classifier with
task_type SEQ_CLS, which PEFT extends to ["classifier", "score"]; a Llama lm_head with DoRA).
For every case, under OUT_DIR/<case>/:
  model/                 the frozen base checkpoint (save_pretrained, float32)
  initial_adapter/       the adapter before training (PeftModel.save_pretrained): kiln starts there
  data.jsonl             pre-tokenized rows
  training_args.json     the TrainingArguments fields the case sets
  expected/trainer_state.json, adapter_config.json, adapter_model.safetensors   after training
  expected/checkpoint-N/trainer_state.json, adapter_model.safetensors          for cases that save
Each step covers the whole data set; dropout is off (the models' and lora_dropout). CPU, float32,
deterministic algorithms. train/lora_fixture_test.go (TestDoRATrainingMatchesHFPEFT) replays it.
It also checks, before training, that the saved keys are the ones kiln reads
(base_model.model.<module>.lora_magnitude_vector, base_model.model.<module>.<leaf> for copies),
and writes OUT_DIR/versions.txt.
"""
import json
import os
import shutil
import sys

import peft
import safetensors.torch
import torch
import transformers
from peft import LoraConfig, PeftModel, get_peft_model
from transformers import (BertConfig, BertForSequenceClassification, GPT2Config, GPT2LMHeadModel, LlamaConfig,
                          LlamaForCausalLM, Trainer, TrainingArguments)

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


def gpt2_biased(seed):
    """GPT-2 with random biases (its init zeroes them), so DoRA's base - bias path matters."""
    torch.manual_seed(seed)
    m = GPT2LMHeadModel(GPT2Config(
        vocab_size=VOCAB, n_embd=32, n_layer=2, n_head=4, n_positions=64, resid_pdrop=0.0, embd_pdrop=0.0,
        attn_pdrop=0.0, bos_token_id=1, eos_token_id=2, pad_token_id=0))
    with torch.no_grad():
        for n, p in m.named_parameters():
            if n.endswith(".bias"):
                p.normal_(0.0, 0.1)
    return m


def bert(seed, num_labels):
    torch.manual_seed(seed)
    return BertForSequenceClassification(BertConfig(
        vocab_size=VOCAB, hidden_size=32, intermediate_size=48, num_hidden_layers=2, num_attention_heads=4,
        max_position_embeddings=64, hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0,
        num_labels=num_labels, pad_token_id=0))


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


def cls_rows(seed, num_labels):
    g = torch.Generator().manual_seed(seed)
    rows = []
    for i in range(ROWS):
        n = T - (i % 2) * 3
        ids = [1] + torch.randint(3, VOCAB, (n - 2,), generator=g).tolist() + [2]
        pad = T - n
        rows.append({"input_ids": ids + [0] * pad, "attention_mask": [1] * n + [0] * pad,
                     "token_type_ids": [0] * T, "labels": int(torch.randint(0, num_labels, (1,), generator=g))})
    return rows


BASE = {"logging_steps": 1, "seed": 42, "max_grad_norm": 1.0}
# (model, rows, LoraConfig kwargs, TrainingArguments fields). init_lora_weights=False makes lora_B
# non-zero, so lora_A has a gradient at step 1 and DoRA's norm differs from the base weight's.
CASES = {
    "llama_dora_qv_adamw": (lambda: llama(1), lambda: lm_rows(11), dict(
        task_type="CAUSAL_LM", r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"], use_dora=True,
        init_lora_weights=False), dict(
        learning_rate=1e-2, lr_scheduler_type="linear", warmup_steps=1, weight_decay=0.01, max_steps=5,
        per_device_train_batch_size=8, optim="adamw_torch")),
    "gpt2_dora_conv1d_bias_save": (lambda: gpt2_biased(3), lambda: lm_rows(13), dict(
        task_type="CAUSAL_LM", r=4, lora_alpha=16, target_modules=["c_attn", "c_fc"], fan_in_fan_out=True,
        use_dora=True, use_rslora=True, init_lora_weights=False), dict(
        learning_rate=1e-2, lr_scheduler_type="constant", max_steps=6, per_device_train_batch_size=8,
        optim="adamw_torch", save_strategy="steps", save_steps=3)),
    "bert_cls_modules_to_save": (lambda: bert(5, 3), lambda: cls_rows(16, 3), dict(
        task_type="SEQ_CLS", r=4, lora_alpha=8, target_modules=["query", "value"],
        modules_to_save=["classifier"]), dict(
        learning_rate=2e-2, lr_scheduler_type="linear", weight_decay=0.01, max_steps=5,
        per_device_train_batch_size=8, optim="adamw_torch")),
    "llama_dora_lm_head_modules_to_save": (lambda: llama(2), lambda: lm_rows(12), dict(
        task_type="CAUSAL_LM", r=4, lora_alpha=8, target_modules=["q_proj"], use_dora=True,
        modules_to_save=["lm_head"]), dict(
        learning_rate=5e-3, lr_scheduler_type="cosine", max_steps=4, per_device_train_batch_size=4,
        gradient_accumulation_steps=2, optim="adamw_torch")),
}


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


def check_keys(path, lora):
    """The saved keys kiln reads: magnitudes without '.weight', copies without 'modules_to_save.<adapter>'."""
    keys = list(safetensors.torch.load_file(path).keys())
    bad = [k for k in keys if not k.startswith("base_model.model.") or ".default" in k or "modules_to_save" in k]
    if lora.get("use_dora") and not any(k.endswith(".lora_magnitude_vector") for k in keys):
        bad.append("no <module>.lora_magnitude_vector")
    # PEFT adds "classifier" and "score" to a SEQ_CLS config's modules_to_save and copies those the
    # model has: at least one listed module must be saved, the others may not exist (BERT has no score).
    mods = lora.get("modules_to_save") or []
    if mods and not any(k.startswith(f"base_model.model.{m}.") for m in mods for k in keys):
        bad.append(f"none of {mods} saved as base_model.model.<module>.<leaf>")
    if bad:
        raise SystemExit(f"{path}: unexpected keys {bad} in {keys}")


only = set(sys.argv[2:])
for name, (make_model, make_rows, lora, args) in CASES.items():
    if only and name not in only:
        continue
    d = os.path.join(OUT, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(os.path.join(d, "expected"))
    base = make_model()
    base.save_pretrained(os.path.join(d, "model"))
    torch.manual_seed(100)
    model = get_peft_model(base, LoraConfig(lora_dropout=0.0, bias="none", **lora))
    model.save_pretrained(os.path.join(d, "initial_adapter"))
    check_keys(os.path.join(d, "initial_adapter", "adapter_model.safetensors"), lora)
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
    check_keys(os.path.join(d, "expected", "adapter_model.safetensors"), lora)
    shutil.copy(os.path.join(run_dir, "trainer_state.json"), os.path.join(d, "expected", "trainer_state.json"))
    for ck in sorted(os.listdir(run_dir)):
        if ck.startswith("checkpoint-"):
            os.makedirs(os.path.join(d, "expected", ck))
            for f in ("trainer_state.json", "adapter_model.safetensors"):
                shutil.copy(os.path.join(run_dir, ck, f), os.path.join(d, "expected", ck, f))
    shutil.rmtree(run_dir)
    for sub, junk in (("expected", "training_args.bin"), ("expected", "README.md"), ("initial_adapter", "README.md")):
        p = os.path.join(d, sub, junk)
        if os.path.exists(p):
            os.remove(p)
    # The saved adapter must load back through peft (the format kiln writes too).
    PeftModel.from_pretrained(make_model(), os.path.join(d, "expected"))
    print(name, [(e.get("loss"), e.get("grad_norm"), e.get("learning_rate")) for e in trainer.state.log_history][:3],
          flush=True)

with open(os.path.join(OUT, "versions.txt"), "w") as f:
    f.write(f"peft {peft.__version__} transformers {transformers.__version__} torch {torch.__version__}\n")
