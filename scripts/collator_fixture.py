#!/usr/bin/env python3
"""Writes testdata/collators/collators.json: HF's collators and run_clm's packing on fixed rows.

Usage: python3 scripts/collator_fixture.py OUT_DIR

Issue #15 asks for kiln's collators against HF's outputs where no randomness is
involved: DataCollatorWithPadding, DataCollatorForLanguageModeling(mlm=False),
DataCollatorForSeq2Seq (transformers, this machine's version) and the
group_texts packing of transformers' examples/pytorch/language-modeling/run_clm.py
(the examples are not part of the installed package: the function is restated
below as run_clm.py writes it, and applied as datasets' map(batched=True,
batch_size=...) applies it, batch by batch).

Each case records the collator, its arguments, the tokenizer's pad id and
padding side, the input rows and the output as lists. The tokenizer is
testdata/models/bert-tiny-mlm's ([PAD] = 0); the causal-LM case pads with
[SEP] (102), which one row also holds as a real token, as GPT-2 fine-tunes
pad with their eos. train/data_collate_fixture_test.go replays every case.
"""
import json
import os
import sys
from itertools import chain

import transformers
from transformers import (DataCollatorForLanguageModeling, DataCollatorForSeq2Seq, DataCollatorWithPadding,
                          PreTrainedTokenizerFast)

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)
TOK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "testdata", "models", "bert-tiny-mlm",
                   "tokenizer.json")


def tokenizer(side="right", pad="[PAD]"):
    t = PreTrainedTokenizerFast(tokenizer_file=TOK, pad_token=pad, unk_token="[UNK]", cls_token="[CLS]",
                                sep_token="[SEP]", mask_token="[MASK]")
    t.padding_side = side
    return t


def rows(lengths, start=5, types=False, label=None):
    out = []
    for i, n in enumerate(lengths):
        ids = [101] + [start + (i * 13 + j * 7) % 90 for j in range(n - 2)] + [102]
        r = {"input_ids": ids, "attention_mask": [1] * n}
        if types:
            r["token_type_ids"] = [0] * (n // 2) + [1] * (n - n // 2)
        if label == "int":
            r["labels"] = i % 3
        elif label == "seq":
            r["labels"] = [200 + (i * 5 + j) % 50 for j in range(2 + (i * 3) % 5)]
        out.append(r)
    return out


def as_lists(batch):
    return {k: v.tolist() for k, v in batch.items()}


cases = []


def case(name, collator, kind, args, tok, feats):
    cases.append({"name": name, "collator": kind, "args": args, "pad_token_id": tok.pad_token_id,
                  "padding_side": tok.padding_side, "features": feats,
                  "want": as_lists(collator([dict(f) for f in feats]))})


t = tokenizer()
case("padding_longest", DataCollatorWithPadding(t), "padding", {}, t, rows([5, 9, 3], types=True, label="int"))
case("padding_multiple_of_8", DataCollatorWithPadding(t, pad_to_multiple_of=8), "padding",
     {"pad_to_multiple_of": 8}, t, rows([5, 9, 3], label="int"))
case("padding_max_length", DataCollatorWithPadding(t, padding="max_length", max_length=12), "padding",
     {"max_length": 12}, t, rows([5, 11, 4], types=True))
tl = tokenizer("left")
case("padding_left", DataCollatorWithPadding(tl, pad_to_multiple_of=4), "padding", {"pad_to_multiple_of": 4}, tl,
     rows([6, 3, 7], types=True, label="int"))

# Causal LM: padding with [SEP], which also ends every row: HF's labels are -100
# wherever input_ids equals the pad id, the real [SEP] included.
ts = tokenizer(pad="[SEP]")
case("causal_lm_pad_is_sep", DataCollatorForLanguageModeling(ts, mlm=False), "causal_lm", {}, ts, rows([4, 8, 6]))
case("causal_lm_multiple_of_4", DataCollatorForLanguageModeling(t, mlm=False, pad_to_multiple_of=4), "causal_lm",
     {"pad_to_multiple_of": 4}, t, rows([5, 3, 7]))
case("causal_lm_left", DataCollatorForLanguageModeling(tl, mlm=False), "causal_lm", {}, tl, rows([3, 6]))

case("seq2seq", DataCollatorForSeq2Seq(t), "seq2seq", {}, t, rows([5, 8, 4], label="seq"))
case("seq2seq_multiple_of_4", DataCollatorForSeq2Seq(t, pad_to_multiple_of=4), "seq2seq",
     {"pad_to_multiple_of": 4}, t, rows([6, 3, 5, 9], label="seq"))
case("seq2seq_left", DataCollatorForSeq2Seq(tl, label_pad_token_id=-7), "seq2seq", {"label_pad_token_id": -7}, tl,
     rows([5, 7, 4], label="seq"))


def group_texts_run_clm(examples, block_size):
    # As in run_clm.py: concatenate all texts, drop the small remainder, split by chunks of block_size.
    concatenated = {k: list(chain(*examples[k])) for k in examples.keys()}
    total_length = len(concatenated[list(examples.keys())[0]])
    total_length = (total_length // block_size) * block_size
    result = {k: [t[i: i + block_size] for i in range(0, total_length, block_size)] for k, t in concatenated.items()}
    result["labels"] = result["input_ids"].copy()
    return result


def packed(feats, block_size, batch_size):
    out = {}
    for s in range(0, len(feats), batch_size):  # datasets' map(batched=True, batch_size=batch_size)
        chunk = feats[s: s + batch_size]
        cols = {k: [f[k] for f in chunk] for k in chunk[0]}
        for k, v in group_texts_run_clm(cols, block_size).items():
            out.setdefault(k, []).extend(v)
    return out


for name, lengths, block, batch, types in (("group_texts_all", [5, 9, 3, 12, 7, 4], 8, 1000, False),
                                           ("group_texts_batch_3", [5, 9, 3, 12, 7, 4, 6], 6, 3, True),
                                           ("group_texts_block_too_long", [3, 4], 16, 1000, False)):
    feats = rows(lengths, types=types)
    cases.append({"name": name, "collator": "group_texts", "args": {"block_size": block, "batch_size": batch},
                  "features": feats, "want": packed(feats, block, batch)})

with open(os.path.join(OUT, "collators.json"), "w") as f:
    json.dump({"transformers": transformers.__version__, "cases": cases}, f, indent=None)
    f.write("\n")
print(len(cases), "collator cases", flush=True)
