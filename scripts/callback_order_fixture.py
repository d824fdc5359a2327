#!/usr/bin/env python3
"""Writes testdata/callbacks/: the order in which HF's Trainer fires callback events.

Usage: python3 scripts/callback_order_fixture.py OUT_DIR [case ...]

For every case it trains a tiny random Llama (CPU, float32) with a recording
TrainerCallback and writes OUT_DIR/<case>.json:

  {"transformers": version, "args": {TrainingArguments fields}, "rows": N,
   "stop": null or {"event": name, "step": global_step, "flag": "training"|"epoch"},
   "events": ["on_init_end 0", "on_train_begin 0", ..., "on_log 2 loss", ...]}

Each event is "<event> <state.global_step>", on_log with the kind of entry
("loss": a training log, "eval": an evaluation's, "train": the train-end one).
"stop" asks the recorder to set control.should_training_stop (or
should_epoch_stop) the first time it sees that event at that step, as
train/callback_stop_test.go's callback does. The cases and the recorder match
train/callback_test.go (callbackOrderCases, recorder) and
train/callback_stop_test.go; train/callback_fixture_test.go replays each file
in kiln, evaluating the same rows with kiln's evaluation loop, and compares
every event, on_prediction_step included.

The training rows are N rows of 4 tokens (labels = input_ids); the evaluation
set, when eval_strategy is set, is the same rows.
"""
import json
import os
import shutil
import sys
import tempfile

import torch
import transformers
from transformers import LlamaConfig, LlamaForCausalLM, Trainer, TrainerCallback, TrainingArguments

torch.use_deterministic_algorithms(True)
OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)
only = set(sys.argv[2:])

EPOCHS2 = {"per_device_train_batch_size": 1, "num_train_epochs": 2, "logging_steps": 1, "save_strategy": "no",
           "learning_rate": 1e-3}
# name: (TrainingArguments fields, rows, stop)
CASES = {
    "accum2_short_last_2epochs": ({"per_device_train_batch_size": 1, "gradient_accumulation_steps": 2,
                                   "num_train_epochs": 2, "logging_steps": 2, "save_strategy": "no",
                                   "learning_rate": 1e-3}, 5, None),
    "max_steps_mid_epoch": ({"per_device_train_batch_size": 2, "max_steps": 3, "logging_steps": 2,
                             "logging_first_step": True, "save_strategy": "no", "learning_rate": 1e-3}, 8, None),
    "eval_save_steps_log_epoch": ({"per_device_train_batch_size": 1, "num_train_epochs": 2,
                                   "logging_strategy": "epoch", "eval_strategy": "steps", "eval_steps": 2,
                                   "save_strategy": "steps", "save_steps": 3, "learning_rate": 1e-3}, 3, None),
    "stop_training_step_end": (EPOCHS2, 4, {"event": "on_step_end", "step": 2, "flag": "training"}),
    "stop_epoch_step_end": (EPOCHS2, 4, {"event": "on_step_end", "step": 1, "flag": "epoch"}),
    "stop_training_step_begin": (EPOCHS2, 4, {"event": "on_step_begin", "step": 3, "flag": "training"}),
    "stop_training_substep": ({"per_device_train_batch_size": 1, "gradient_accumulation_steps": 2, "max_steps": 4,
                               "save_strategy": "no"}, 4, {"event": "on_substep_end", "step": 0, "flag": "training"}),
}

EVENTS = ["on_init_end", "on_train_begin", "on_train_end", "on_epoch_begin", "on_epoch_end", "on_step_begin",
          "on_pre_optimizer_step", "on_optimizer_step", "on_substep_end", "on_step_end", "on_evaluate",
          "on_predict", "on_save", "on_log", "on_prediction_step"]


class Recorder(TrainerCallback):
    def __init__(self, stop):
        self.events = []
        self.stop = stop
        self.fired = False


def make_event(name):
    def handler(self, args, state, control, **kwargs):
        e = f"{name} {state.global_step}"
        if name == "on_log":
            logs = kwargs.get("logs") or {}
            kind = ("train" if "train_runtime" in logs else "eval" if "eval_loss" in logs
                    else "loss" if "loss" in logs else "other")
            e += " " + kind
        self.events.append(e)
        s = self.stop
        if s and not self.fired and s["event"] == name and s["step"] == state.global_step:
            self.fired = True
            if s["flag"] == "epoch":
                control.should_epoch_stop = True
            else:
                control.should_training_stop = True
        return control
    return handler


for _name in EVENTS:
    setattr(Recorder, _name, make_event(_name))


def llama():
    torch.manual_seed(1)
    return LlamaForCausalLM(LlamaConfig(
        vocab_size=96, hidden_size=32, intermediate_size=48, num_hidden_layers=2, num_attention_heads=4,
        num_key_value_heads=2, max_position_embeddings=64, tie_word_embeddings=False, attention_dropout=0.0,
        bos_token_id=1, eos_token_id=2, pad_token_id=0))


class Rows(torch.utils.data.Dataset):
    def __init__(self, n):
        self.rows = []
        for i in range(n):
            ids = [3 + (i * 37 + j * 11) % 90 for j in range(4)]
            self.rows.append({"input_ids": ids, "attention_mask": [1] * 4, "labels": list(ids)})

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, i):
        return {k: torch.tensor(v) for k, v in self.rows[i].items()}


for name, (args, rows, stop) in CASES.items():
    if only and name not in only:
        continue
    run_dir = tempfile.mkdtemp(prefix="kiln-callbacks-")
    try:
        rec = Recorder(stop)
        ta = TrainingArguments(output_dir=run_dir, use_cpu=True, report_to="none", disable_tqdm=True,
                               dataloader_num_workers=0, **args)
        data = Rows(rows)
        eval_data = data if args.get("eval_strategy", "no") != "no" else None
        trainer = Trainer(model=llama(), args=ta, train_dataset=data, eval_dataset=eval_data, callbacks=[rec])
        trainer.train()
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)
    doc = {"transformers": transformers.__version__, "args": args, "rows": rows, "stop": stop,
           "events": rec.events}
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    print(name, len(rec.events), "events", flush=True)
