#!/usr/bin/env python3
"""Regenerates sched_hf.json: the learning rate the real HF Trainer logs at
every optimizer step, for TrainingArguments covering every schedule, its
lr_scheduler_kwargs, warmup_steps as a count and as a ratio, the deprecated
warmup_ratio, and step totals from max_steps or from epochs (with
gradient_accumulation_steps and dataloader_drop_last).

Each case trains a one-parameter model with Trainer(logging_steps=1) and
records log_history's learning_rate per step, state.max_steps and
args.get_warmup_steps(max_steps); a case transformers rejects records the
error instead. Run where transformers and torch are installed:
    python3 gen_sched.py > sched_hf.json
The Go tests only read sched_hf.json; they never run Python.
"""
import json
import sys
import tempfile

import torch
import transformers
from torch import nn
from transformers import Trainer, TrainingArguments


class OneParam(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.zeros(1))

    def forward(self, x, labels=None):
        return {"loss": ((self.w - x) ** 2).mean()}


class Rows(torch.utils.data.Dataset):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return {"x": torch.tensor([float(i)])}


# name, TrainingArguments fields kiln parses, number of rows.
CASES = [
    ("linear_warmup", {"lr_scheduler_type": "linear", "learning_rate": 5e-5, "warmup_steps": 3, "max_steps": 20}, 8),
    ("linear_epochs", {"lr_scheduler_type": "linear", "learning_rate": 1e-3, "num_train_epochs": 2.5,
                       "per_device_train_batch_size": 3, "gradient_accumulation_steps": 2}, 10),
    ("linear_drop_last", {"lr_scheduler_type": "linear", "learning_rate": 1e-3, "num_train_epochs": 3,
                          "per_device_train_batch_size": 3, "gradient_accumulation_steps": 2,
                          "dataloader_drop_last": True, "warmup_steps": 1}, 10),
    ("linear_fractional_epochs", {"lr_scheduler_type": "linear", "learning_rate": 2e-4, "num_train_epochs": 1.5,
                                  "per_device_train_batch_size": 2, "gradient_accumulation_steps": 3}, 7),
    ("linear_default_epochs", {}, 20),
    ("linear_warmup_float_ratio", {"lr_scheduler_type": "linear", "learning_rate": 3e-4, "warmup_steps": 0.5,
                                   "max_steps": 13}, 4),
    ("linear_warmup_ratio", {"lr_scheduler_type": "linear", "learning_rate": 3e-4, "warmup_ratio": 0.15,
                             "max_steps": 20}, 4),
    ("cosine_ratio", {"lr_scheduler_type": "cosine", "learning_rate": 1e-4, "warmup_steps": 0.1, "max_steps": 25}, 4),
    ("cosine_cycles", {"lr_scheduler_type": "cosine", "learning_rate": 1e-4, "warmup_steps": 4, "max_steps": 30,
                       "lr_scheduler_kwargs": {"num_cycles": 1.5}}, 4),
    ("cosine_restarts", {"lr_scheduler_type": "cosine_with_restarts", "learning_rate": 1e-4, "warmup_steps": 2,
                         "max_steps": 30, "lr_scheduler_kwargs": {"num_cycles": 3}}, 4),
    ("cosine_restarts_str_kwargs", {"lr_scheduler_type": "cosine_with_restarts", "learning_rate": 1e-4,
                                    "max_steps": 17, "lr_scheduler_kwargs": "{\"num_cycles\": \"2\"}"}, 4),
    ("polynomial_power2", {"lr_scheduler_type": "polynomial", "learning_rate": 1e-3, "warmup_steps": 5,
                           "max_steps": 30, "lr_scheduler_kwargs": {"power": 2.0, "lr_end": 1e-6}}, 4),
    ("polynomial_default", {"lr_scheduler_type": "polynomial", "learning_rate": 1e-4, "max_steps": 10}, 4),
    ("polynomial_lr_below_end", {"lr_scheduler_type": "polynomial", "learning_rate": 1e-8, "max_steps": 10}, 4),
    ("constant", {"lr_scheduler_type": "constant", "learning_rate": 7e-5, "warmup_steps": 3, "max_steps": 6}, 4),
    ("constant_with_warmup", {"lr_scheduler_type": "constant_with_warmup", "learning_rate": 7e-5,
                              "warmup_steps": 4, "max_steps": 10}, 4),
    ("inverse_sqrt", {"lr_scheduler_type": "inverse_sqrt", "learning_rate": 1e-3, "warmup_steps": 5,
                      "max_steps": 30}, 4),
    ("inverse_sqrt_no_warmup", {"lr_scheduler_type": "inverse_sqrt", "learning_rate": 1e-3, "max_steps": 10}, 4),
    ("cosine_min_lr", {"lr_scheduler_type": "cosine_with_min_lr", "learning_rate": 1e-4, "warmup_steps": 3,
                       "max_steps": 20, "lr_scheduler_kwargs": {"min_lr": 1e-6}}, 4),
    ("cosine_min_lr_rate", {"lr_scheduler_type": "cosine_with_min_lr", "learning_rate": 1e-4, "max_steps": 20,
                            "lr_scheduler_kwargs": {"min_lr_rate": 0.1, "num_cycles": 0.75}}, 4),
    ("cosine_warmup_min_lr", {"lr_scheduler_type": "cosine_warmup_with_min_lr", "learning_rate": 1e-4,
                              "warmup_steps": 4, "max_steps": 20, "lr_scheduler_kwargs": {"min_lr_rate": 0.05}}, 4),
    ("cosine_warmup_min_lr_rate", {"lr_scheduler_type": "cosine_warmup_with_min_lr", "learning_rate": 1e-4,
                                   "warmup_steps": 4, "max_steps": 20,
                                   "lr_scheduler_kwargs": {"min_lr": 2e-6, "warmup_lr_rate": 0.2}}, 4),
    ("wsd_default", {"lr_scheduler_type": "warmup_stable_decay", "learning_rate": 1e-3, "warmup_steps": 4,
                     "max_steps": 30, "lr_scheduler_kwargs": {"num_decay_steps": 8}}, 4),
    ("wsd_linear_min", {"lr_scheduler_type": "warmup_stable_decay", "learning_rate": 1e-3, "warmup_steps": 4,
                        "max_steps": 30, "lr_scheduler_kwargs": {"num_decay_steps": 10, "decay_type": "linear",
                                                                 "min_lr_ratio": 0.1}}, 4),
    ("wsd_sqrt_stable", {"lr_scheduler_type": "warmup_stable_decay", "learning_rate": 1e-3, "warmup_steps": 6,
                         "max_steps": 30, "lr_scheduler_kwargs": {"num_decay_steps": 7, "num_stable_steps": 5,
                                                                  "warmup_type": "cosine", "decay_type": "1-sqrt"}}, 4),
    ("wsd_no_decay_steps", {"lr_scheduler_type": "warmup_stable_decay", "learning_rate": 1e-3, "max_steps": 10}, 4),
    ("unknown_scheduler", {"lr_scheduler_type": "cosine_annealing", "max_steps": 10}, 4),
]


def run(args, rows):
    with tempfile.TemporaryDirectory() as out:
        targs = TrainingArguments(output_dir=out, report_to="none", save_strategy="no", logging_steps=1,
                                  use_cpu=True, remove_unused_columns=False, disable_tqdm=True, **args)
        trainer = Trainer(model=OneParam(), args=targs, train_dataset=Rows(rows))
        trainer.train()
        lrs = [e["learning_rate"] for e in trainer.state.log_history if "learning_rate" in e]
        steps = [e["step"] for e in trainer.state.log_history if "learning_rate" in e]
        return {"max_steps": trainer.state.max_steps, "warmup_steps": targs.get_warmup_steps(trainer.state.max_steps),
                "steps": steps, "learning_rate": lrs}


def main():
    transformers.logging.set_verbosity_error()
    out = sys.stdout
    sys.stdout = sys.stderr  # the Trainer prints its log dicts; only the JSON goes to stdout
    cases = []
    for name, args, rows in CASES:
        case = {"name": name, "args": args, "rows": rows}
        try:
            case.update(run(args, rows))
        except Exception as e:  # the error is the expected result
            case["error"] = f"{type(e).__name__}: {e}"
        cases.append(case)
    json.dump({"transformers": transformers.__version__, "torch": torch.__version__, "cases": cases},
              out, indent=1)
    out.write("\n")


if __name__ == "__main__":
    main()
