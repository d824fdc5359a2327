"""Writes the WordPiece tokenizer shipped with testdata/models/bert-tiny-*.

The fixture generator (make_fixtures.py) built the BERT tokenizer from a
vocabulary list written in SentencePiece notation: word-initial pieces carry
a "▁" prefix ("▁the", id 1996) and continuation pieces carry nothing ("the",
id 10760), where a WordPiece vocabulary has bare word-initial pieces and "##"
continuations. With that list, "the capital of france is [MASK]." encodes as
[CLS] ##the [UNK] ##of [UNK] ##is [MASK] ##. [SEP] and predictions decode to
"▁guided": Hugging Face's own tokenizer does exactly the same with it.

This script rewrites the pieces back into WordPiece notation ("▁x" -> "x",
"x" -> "##x", "[...]" kept, the lone "▁" at id 1 -> "[unused0]"), which is
bert-base-uncased's vocabulary id for id, and leaves everything else in
tokenizer.json (normalizer, pre-tokenizer, post-processor, decoder, added
tokens) as Hugging Face wrote it. The model weights are random, so the ids
keep their meaning.

usage: python3 scripts/bert_wordpiece_vocab.py FIXTURE_DIR OUT_DIR
"""
import json
import os
import sys


def wordpiece(piece, index):
    if index == 1 and piece == "\u2581":
        return "[unused0]"
    if piece.startswith("[") and piece.endswith("]"):
        return piece
    if piece.startswith("\u2581"):
        return piece[1:]
    return "##" + piece


def main(src, dst):
    with open(os.path.join(src, "vocab.txt"), encoding="utf-8") as f:
        pieces = f.read().split("\n")
    if pieces and pieces[-1] == "":
        pieces.pop()
    fixed = [wordpiece(p, i) for i, p in enumerate(pieces)]
    if len(set(fixed)) != len(fixed):
        sys.exit("rewritten vocabulary has duplicates")
    with open(os.path.join(src, "tokenizer.json"), encoding="utf-8") as f:
        tok = json.load(f)
    vocab = tok["model"]["vocab"]
    if len(vocab) != len(pieces) or any(vocab[p] != i for i, p in enumerate(pieces)):
        sys.exit("tokenizer.json's vocab is not vocab.txt's")
    tok["model"]["vocab"] = {p: i for i, p in enumerate(fixed)}
    os.makedirs(dst, exist_ok=True)
    with open(os.path.join(dst, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tok, f, ensure_ascii=False, indent=2)
    with open(os.path.join(dst, "vocab.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(fixed) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
