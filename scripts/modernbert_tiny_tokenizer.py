"""Writes tokenizer/testdata/modernbert/tokenizer.json.gz: a tiny tokenizer in the layout of
answerdotai/ModernBERT-base's tokenizer.json (byte-level BPE as OLMo's, no normalizer, ByteLevel
pre-tokenizer without prefix space, TemplateProcessing "[CLS] $A [SEP]" / "[CLS] $A [SEP] $B [SEP]",
ByteLevel decoder, and the added tokens [UNK] [CLS] [SEP] [PAD] [MASK] with [MASK] lstrip).

Pure Python, no dependencies: the merges are learned by a plain BPE count over a few sentences, so
the file is small and the same on every run. scripts/encoders_fixture.py (on the GPU machine)
replays it through Hugging Face tokenizers into tokenizer/testdata/modernbert/expected_shared.json.gz.

    python3 scripts/modernbert_tiny_tokenizer.py
"""
import collections
import gzip
import json
import os
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "tokenizer", "testdata", "modernbert")

TRAIN = """The capital of France is Paris. The quick brown fox jumps over the lazy dog.
ModernBERT is a modern bidirectional encoder with rotary positions and local attention.
My name is Wolfgang and I live in Berlin. Hello world! How are you doing today?
Tokenizers split text into tokens; the tokens are numbers the model reads.
""" * 3

# GPT-2 / OLMo byte-level split (the ByteLevel pre-tokenizer's use_regex pattern).
SPLIT = re.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?[A-Za-z\u00c0-\uffff]+| ?[0-9]+| ?[^\sA-Za-z0-9\u00c0-\uffff]+|\s+(?!\S)|\s+""")


def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, map(chr, cs)))


def main(n_merges=120):
    b2u = bytes_to_unicode()
    vocab = {b2u[b]: i for i, b in enumerate(sorted(b2u))}
    words = collections.Counter("".join(b2u[b] for b in w.encode("utf-8")) for w in SPLIT.findall(TRAIN))
    splits = {w: list(w) for w in words}
    merges = []
    for _ in range(n_merges):
        pairs = collections.Counter()
        for w, c in words.items():
            s = splits[w]
            for a, b in zip(s, s[1:]):
                pairs[(a, b)] += c
        if not pairs:
            break
        (a, b), _ = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
        merges.append(f"{a} {b}")
        vocab.setdefault(a + b, len(vocab))
        for w in splits:
            s, out, i = splits[w], [], 0
            while i < len(s):
                if i + 1 < len(s) and s[i] == a and s[i + 1] == b:
                    out.append(a + b)
                    i += 2
                else:
                    out.append(s[i])
                    i += 1
            splits[w] = out
    special = ["[UNK]", "[CLS]", "[SEP]", "[PAD]", "[MASK]"]
    added = []
    for name in special:
        added.append({"id": len(vocab), "content": name, "single_word": False, "lstrip": name == "[MASK]",
                      "rstrip": False, "normalized": False, "special": True})
        vocab[name] = len(vocab)
    ids = {n: vocab[n] for n in special}
    byte_level = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}
    tok = {
        "version": "1.0", "truncation": None, "padding": None, "added_tokens": added, "normalizer": None,
        "pre_tokenizer": byte_level,
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 0}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
            "special_tokens": {n: {"id": n, "ids": [ids[n]], "tokens": [n]} for n in ("[CLS]", "[SEP]")},
        },
        "decoder": byte_level,
        "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": "",
                  "end_of_word_suffix": "", "fuse_unk": False, "byte_fallback": False, "ignore_merges": False,
                  "vocab": vocab, "merges": merges},
    }
    os.makedirs(OUT, exist_ok=True)
    with gzip.GzipFile(os.path.join(OUT, "tokenizer.json.gz"), "wb", mtime=0) as f:
        f.write(json.dumps(tok, ensure_ascii=False).encode("utf-8"))
    config = {"tokenizer_class": "PreTrainedTokenizerFast", "cls_token": "[CLS]", "sep_token": "[SEP]",
              "pad_token": "[PAD]", "mask_token": "[MASK]", "unk_token": "[UNK]", "model_max_length": 64,
              "model_input_names": ["input_ids", "attention_mask"], "clean_up_tokenization_spaces": True}
    with open(os.path.join(OUT, "tokenizer_config.json"), "w") as f:
        json.dump(config, f, indent=1)
    print("wrote", OUT, len(vocab), "tokens,", len(merges), "merges")


if __name__ == "__main__":
    main()
