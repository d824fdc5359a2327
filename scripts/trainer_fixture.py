#!/usr/bin/env python3
"""Writes testdata/trainer/: HF Trainer runs that `kiln train` must reproduce.

Usage: python3 scripts/trainer_fixture.py OUT_DIR

For every case it writes, under OUT_DIR/<case>/:
  model/              the starting checkpoint (save_pretrained, float32)
  data.jsonl          pre-tokenized rows: input_ids, attention_mask, labels
                      (+ token_type_ids for BERT)
  training_args.json  the TrainingArguments fields the case sets (kiln reads
                      exactly this file)
  expected/trainer_state.json   trainer.save_state() after trainer.train()
  expected/model.safetensors    trainer.save_model(): the final weights
  expected/config.json
  eval.jsonl          the eval_dataset, for the cases of EVAL (#15: eval and
                      save strategies, gradient checkpointing)
  expected/checkpoint-N/trainer_state.json   for the cases that save: every
                      checkpoint HF kept at the end (after save_total_limit)
Each optimizer step covers the whole data set (per_device_train_batch_size x
gradient_accumulation_steps >= rows), so the Trainer's shuffling cannot change
a step's gradient. Dropout is off in every model. Runs on the CPU in float32
with deterministic algorithms, as the shared fixtures do.

It also writes OUT_DIR/hf_sources.txt: the source of the Trainer methods whose
arithmetic kiln copies (read by people, not by tests).
"""
import inspect
import json
import os
import shutil
import sys

import torch
import transformers
from transformers import (BertConfig, BertForSequenceClassification, GPT2Config, GPT2LMHeadModel,
                          LlamaConfig, LlamaForCausalLM, Trainer, TrainingArguments)

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


def bert(seed, num_labels, problem_type=None):
    torch.manual_seed(seed)
    cfg = BertConfig(vocab_size=VOCAB, hidden_size=32, intermediate_size=48, num_hidden_layers=2,
                     num_attention_heads=4, max_position_embeddings=64, hidden_dropout_prob=0.0,
                     attention_probs_dropout_prob=0.0, num_labels=num_labels, pad_token_id=0)
    if problem_type:
        cfg.problem_type = problem_type
    return BertForSequenceClassification(cfg)


def lm_rows(seed):
    """Causal-LM rows, right-padded to T: labels = input_ids, -100 on padding."""
    g = torch.Generator().manual_seed(seed)
    rows = []
    for i in range(ROWS):
        n = T - (i % 3) * 2  # lengths 12, 10, 8
        ids = torch.randint(3, VOCAB, (n,), generator=g).tolist()
        pad = T - n
        rows.append({"input_ids": ids + [0] * pad, "attention_mask": [1] * n + [0] * pad,
                     "labels": ids + [-100] * pad})
    return rows


def cls_rows(seed, kind, num_labels):
    g = torch.Generator().manual_seed(seed)
    rows = []
    for i in range(ROWS):
        n = T - (i % 2) * 3
        ids = [1] + torch.randint(3, VOCAB, (n - 2,), generator=g).tolist() + [2]
        pad = T - n
        row = {"input_ids": ids + [0] * pad, "attention_mask": [1] * n + [0] * pad,
               "token_type_ids": [0] * T}
        if kind == "single":
            row["labels"] = int(torch.randint(0, num_labels, (1,), generator=g))
        elif kind == "regression":
            row["labels"] = round(float(torch.randn(1, generator=g)), 4)
        else:  # multi-label
            row["labels"] = [float(v) for v in torch.randint(0, 2, (num_labels,), generator=g)]
        rows.append(row)
    return rows


BASE = {"logging_steps": 1, "seed": 42, "max_grad_norm": 1.0}
CASES = {
    "llama_adamw_linear": (lambda: llama(1), lambda: lm_rows(11), dict(
        learning_rate=3e-3, lr_scheduler_type="linear", warmup_steps=2, weight_decay=0.01, max_steps=6,
        per_device_train_batch_size=8, optim="adamw_torch")),
    "llama_accum_cosine_fused": (lambda: llama(1), lambda: lm_rows(11), dict(
        learning_rate=2e-3, lr_scheduler_type="cosine", warmup_steps=0.2, weight_decay=0.1, max_steps=5,
        per_device_train_batch_size=4, gradient_accumulation_steps=2, optim="adamw_torch_fused",
        adam_beta2=0.95)),
    "llama_sgd_poly_epochs": (lambda: llama(2), lambda: lm_rows(12), dict(
        learning_rate=5e-2, lr_scheduler_type="polynomial", num_train_epochs=4, warmup_steps=1,
        per_device_train_batch_size=8, optim="sgd", max_grad_norm=0.5)),
    "gpt2_adamw_cosine_restarts": (lambda: gpt2(3), lambda: lm_rows(13), dict(
        learning_rate=2e-3, lr_scheduler_type="cosine_with_restarts", lr_scheduler_kwargs={"num_cycles": 2},
        warmup_steps=1, weight_decay=0.05, max_steps=6, per_device_train_batch_size=8, optim="adamw_torch")),
    # Adafactor runs on Llama: GPT-2's key bias has a gradient that is zero in exact arithmetic,
    # Adafactor scales its rounding noise to full-size updates and its RMS clip spreads them
    # over the tensor, so no two correct GPT-2 runs agree (train/trainer_fixture_test.go).
    "llama_adafactor_constant_warmup": (lambda: llama(3), lambda: lm_rows(14), dict(
        learning_rate=1e-2, lr_scheduler_type="constant_with_warmup", warmup_steps=2, max_steps=5,
        per_device_train_batch_size=8, optim="adafactor")),
    "gpt2_accum4_wsd_noclip": (lambda: gpt2(4), lambda: lm_rows(15), dict(
        learning_rate=3e-3, lr_scheduler_type="warmup_stable_decay",
        lr_scheduler_kwargs={"num_decay_steps": 2}, warmup_steps=1, max_steps=5, per_device_train_batch_size=2,
        gradient_accumulation_steps=4, optim="adamw_torch", max_grad_norm=0.0)),
    "bert_cls_adamw_linear": (lambda: bert(5, 3), lambda: cls_rows(16, "single", 3), dict(
        learning_rate=5e-3, lr_scheduler_type="linear", weight_decay=0.01, max_steps=6,
        per_device_train_batch_size=8, optim="adamw_torch")),
    "bert_cls_accum_inverse_sqrt_sgd": (lambda: bert(5, 3), lambda: cls_rows(17, "single", 3), dict(
        learning_rate=5e-2, lr_scheduler_type="inverse_sqrt", warmup_steps=2, max_steps=5,
        per_device_train_batch_size=4, gradient_accumulation_steps=2, optim="sgd")),
    "bert_regression_cosine_min_lr": (lambda: bert(6, 1), lambda: cls_rows(18, "regression", 1), dict(
        learning_rate=4e-3, lr_scheduler_type="cosine_with_min_lr", lr_scheduler_kwargs={"min_lr": 1e-4},
        max_steps=5, per_device_train_batch_size=8, optim="adamw_torch_fused", weight_decay=0.01)),
    "bert_multilabel_constant": (lambda: bert(7, 4, "multi_label_classification"),
                                 lambda: cls_rows(19, "multi", 4), dict(
        learning_rate=3e-3, lr_scheduler_type="constant", max_steps=4, per_device_train_batch_size=8,
        optim="adamw_torch")),
    "llama_bf16_adamw": (lambda: llama(8), lambda: lm_rows(20), dict(
        learning_rate=3e-3, lr_scheduler_type="linear", max_steps=4, per_device_train_batch_size=8,
        optim="adamw_torch", bf16=True)),
    "gpt2_bf16_accum": (lambda: gpt2(9), lambda: lm_rows(21), dict(
        learning_rate=3e-3, lr_scheduler_type="cosine", max_steps=4, per_device_train_batch_size=4,
        gradient_accumulation_steps=2, optim="adamw_torch", bf16=True)),
    # Issue #15: parity with gradient checkpointing and with eval and save strategies on.
    "gpt2_gradckpt_eval_steps_save": (lambda: gpt2(10), lambda: lm_rows(22), dict(
        learning_rate=2e-3, lr_scheduler_type="linear", warmup_steps=1, weight_decay=0.01, max_steps=6,
        per_device_train_batch_size=8, per_device_eval_batch_size=4, optim="adamw_torch",
        gradient_checkpointing=True, eval_strategy="steps", eval_steps=2, save_strategy="steps", save_steps=2,
        save_total_limit=2)),
    "bert_cls_gradckpt_epochs_best": (lambda: bert(11, 3), lambda: cls_rows(24, "single", 3), dict(
        learning_rate=3e-2, lr_scheduler_type="constant", num_train_epochs=4, per_device_train_batch_size=8,
        optim="adamw_torch", gradient_checkpointing=True, eval_strategy="epoch", save_strategy="epoch",
        load_best_model_at_end=True, metric_for_best_model="eval_loss", save_total_limit=1)),
    "llama_gradckpt_accum_eval": (lambda: llama(12), lambda: lm_rows(26), dict(
        learning_rate=3e-3, lr_scheduler_type="cosine", max_steps=5, per_device_train_batch_size=4,
        gradient_accumulation_steps=2, logging_steps=2, optim="adamw_torch", gradient_checkpointing=True,
        eval_strategy="steps", eval_steps=3, per_device_eval_batch_size=3)),
}

# The eval_dataset of the cases that evaluate.
EVAL = {
    "gpt2_gradckpt_eval_steps_save": lambda: lm_rows(23)[:6],
    "bert_cls_gradckpt_epochs_best": lambda: cls_rows(25, "single", 3),
    "llama_gradckpt_accum_eval": lambda: lm_rows(27)[:7],
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


only = set(sys.argv[2:])
for name, (make_model, make_rows, args) in CASES.items():
    if only and name not in only:
        continue
    d = os.path.join(OUT, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(os.path.join(d, "expected"))
    model = make_model()
    model.save_pretrained(os.path.join(d, "model"))
    rows = make_rows()
    write_rows(os.path.join(d, "data.jsonl"), rows)
    eval_rows = None
    if name in EVAL:
        eval_rows = EVAL[name]()
        write_rows(os.path.join(d, "eval.jsonl"), eval_rows)
    targs = dict(BASE, **args)
    with open(os.path.join(d, "training_args.json"), "w") as f:
        json.dump(targs, f, indent=1)
    run_dir = os.path.join(d, "run")
    extra = {} if "save_strategy" in targs else {"save_strategy": "no"}
    ta = TrainingArguments(output_dir=run_dir, use_cpu=True, report_to="none", disable_tqdm=True,
                           dataloader_num_workers=0, **extra, **targs)
    trainer = Trainer(model=model, args=ta, train_dataset=Rows(rows),
                      eval_dataset=Rows(eval_rows) if eval_rows is not None else None)
    trainer.train()
    trainer.save_state()
    trainer.save_model(os.path.join(d, "expected"))
    shutil.copy(os.path.join(run_dir, "trainer_state.json"), os.path.join(d, "expected", "trainer_state.json"))
    for ck in sorted(os.listdir(run_dir)):
        if ck.startswith("checkpoint-"):
            os.makedirs(os.path.join(d, "expected", ck))
            shutil.copy(os.path.join(run_dir, ck, "trainer_state.json"),
                        os.path.join(d, "expected", ck, "trainer_state.json"))
    shutil.rmtree(run_dir)
    for junk in ("training_args.bin", "generation_config.json"):
        p = os.path.join(d, "expected", junk)
        if os.path.exists(p):
            os.remove(p)
    print(name, "accepts_loss_kwargs:", trainer.model_accepts_loss_kwargs,
          [(e.get("loss"), e.get("grad_norm"), e.get("learning_rate")) for e in trainer.state.log_history][:3],
          flush=True)

with open(os.path.join(OUT, "hf_sources.txt"), "w") as f:
    f.write(f"transformers {transformers.__version__} torch {torch.__version__}\n")
    for obj in (Trainer.training_step, Trainer.compute_loss, Trainer.get_batch_samples,
                Trainer._maybe_log_save_evaluate, Trainer._inner_training_loop, Trainer.log,
                Trainer.save_model, Trainer._save, Trainer.get_decay_parameter_names):
        try:
            f.write("\n#### " + obj.__qualname__ + "\n" + inspect.getsource(obj))
        except Exception as e:  # noqa: BLE001
            f.write(f"\n#### {obj}: {e}\n")
    import transformers.loss.loss_utils as lu
    f.write("\n#### loss_utils\n" + inspect.getsource(lu))
