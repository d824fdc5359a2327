#!/usr/bin/env python3
"""Reference fixtures for kiln's text encoder-decoders (issue #18: T5, BART).

Makes tiny random-weight models with transformers and saves, per model, a
directory laid out as the shared t5-tiny fixture (save_pretrained's
config.json, generation_config.json and model.safetensors in float32) plus
reference.json.gz:

  input_ids, attention_mask   the encoder batch (2 rows, right-padded)
  decoder_input_ids           the decoder batch of the forward pass
  logits                      model(input_ids, attention_mask, decoder_input_ids).logits:
                              "full" (vocabularies <= 2000), else the fingerprint
                              (first256, top16_ids, top16_values, logsumexp, shape)
  encoder_last_hidden_state   first 4 rows of every batch row ([b][s][c])
  greedy_12                   generate(max_new_tokens=12, greedy): full sequences,
                              decoder_start_token_id first, pad after EOS
  greedy_margins              top1 - top2 of the processed scores at each step, per row
  beam4                       generate(num_beams=4, max_new_tokens=12): sequences
  beam4_scores                its sequences_scores
  generation                  the generation settings the model's generation_config holds

Models (all float32, CPU, deterministic):
  bart-tiny      BartForConditionalGeneration, post-norm, scale_embedding, forced_bos 0 / forced_eos 2
  mbart-tiny     MBartForConditionalGeneration, pre-norm, forced_bos_token_id 250 (a "language" id)
  t5-v11-tiny    T5ForConditionalGeneration v1.1: gated-gelu, untied lm_head, 2 encoder / 3 decoder
                 blocks, 8 buckets with max_distance 16 and 24-token rows (long-distance buckets)

Run on the GPU machine (transformers + torch there):

    python3 scripts/seq2seq_fixture.py --out testdata/models
    go test ./models ./generate -run 'Seq2SeqReplay' -count=1 -v

Then commit testdata/models/{bart-tiny,mbart-tiny,t5-v11-tiny} (about 1 MB).
The replay tests skip while those directories are absent.
"""
import argparse
import gzip
import json
import os
import sys

import torch


def fingerprint(logits):
    """The README's logits layout: full for small vocabularies."""
    logits = logits.float()
    if logits.shape[-1] <= 2000:
        return {"full": logits.tolist(), "shape": list(logits.shape)}
    top = torch.topk(logits, 16, dim=-1)
    return {
        "first256": logits[..., :256].tolist(),
        "top16_ids": top.indices.tolist(),
        "top16_values": top.values.tolist(),
        "logsumexp": torch.logsumexp(logits, dim=-1).tolist(),
        "shape": list(logits.shape),
    }


def pad_rows(rows, pad):
    n = max(len(r) for r in rows)
    ids = [r + [pad] * (n - len(r)) for r in rows]
    mask = [[1] * len(r) + [0] * (n - len(r)) for r in rows]
    return torch.tensor(ids), torch.tensor(mask)


def build(name):
    from transformers import (BartConfig, BartForConditionalGeneration, MBartConfig,
                              MBartForConditionalGeneration, T5Config, T5ForConditionalGeneration)
    if name == "bart-tiny":
        cfg = BartConfig(vocab_size=1000, d_model=32, encoder_layers=2, decoder_layers=2,
                         encoder_attention_heads=4, decoder_attention_heads=2, encoder_ffn_dim=48,
                         decoder_ffn_dim=40, max_position_embeddings=64, scale_embedding=True,
                         activation_function="gelu", pad_token_id=1, bos_token_id=0, eos_token_id=2,
                         decoder_start_token_id=2,
                         dropout=0.0, attention_dropout=0.0, activation_dropout=0.0)
        model = BartForConditionalGeneration(cfg)
        rows = [[0, 100, 200, 300, 400, 500, 2], [0, 600, 700, 2]]
        dec = [[2, 0, 55], [2, 0, 77]]
        gen = {"forced_bos_token_id": 0, "forced_eos_token_id": 2}
    elif name == "mbart-tiny":
        cfg = MBartConfig(vocab_size=1000, d_model=32, encoder_layers=2, decoder_layers=2,
                          encoder_attention_heads=4, decoder_attention_heads=4, encoder_ffn_dim=48,
                          decoder_ffn_dim=48, max_position_embeddings=64, scale_embedding=True,
                          activation_function="gelu", pad_token_id=1, bos_token_id=0, eos_token_id=2,
                          decoder_start_token_id=2,
                          dropout=0.0, attention_dropout=0.0, activation_dropout=0.0)
        model = MBartForConditionalGeneration(cfg)
        rows = [[100, 200, 300, 400, 2, 250], [600, 700, 2, 250]]
        dec = [[2, 250, 55], [2, 250, 77]]
        gen = {"forced_bos_token_id": 250, "forced_eos_token_id": 2}
    elif name == "t5-v11-tiny":
        cfg = T5Config(vocab_size=512, d_model=48, d_kv=16, num_heads=4, d_ff=80, num_layers=2,
                       num_decoder_layers=3, relative_attention_num_buckets=8,
                       relative_attention_max_distance=16, feed_forward_proj="gated-gelu",
                       tie_word_embeddings=False, dropout_rate=0.0, pad_token_id=0, eos_token_id=1,
                       decoder_start_token_id=0)
        model = T5ForConditionalGeneration(cfg)
        rows = [[(17 * i + 5) % 500 + 2 for i in range(23)] + [1], [(29 * i + 3) % 500 + 2 for i in range(16)] + [1]]
        dec = [[0, 55, 66], [0, 77, 88]]
        gen = {}
    else:
        raise SystemExit(f"unknown fixture {name}")
    # Generation settings go to the generation config (transformers
    # refuses or moves them when they sit in the model config).
    gen.update(decoder_start_token_id=cfg.decoder_start_token_id, eos_token_id=cfg.eos_token_id,
               pad_token_id=cfg.pad_token_id)
    for k, v in gen.items():
        setattr(model.generation_config, k, v)
    return model, rows, dec


def fresh_cache(cfg):
    """An empty encoder-decoder cache sized for the decoder: transformers 5.17's generate sizes the
    self-attention cache by num_hidden_layers, which for T5 is the encoder's num_layers, so a T5
    with more decoder layers (t5-v11-tiny: 2 / 3) fails with an IndexError without one."""
    from transformers.cache_utils import DynamicCache, EncoderDecoderCache
    import copy
    dcfg = copy.deepcopy(cfg)
    n = getattr(cfg, "num_decoder_layers", None) or cfg.num_hidden_layers
    if hasattr(dcfg, "num_layers"):
        dcfg.num_layers = n
    else:
        dcfg.num_hidden_layers = n
    try:
        return EncoderDecoderCache(DynamicCache(config=dcfg), DynamicCache(config=dcfg))
    except TypeError:
        return EncoderDecoderCache(DynamicCache(), DynamicCache())


def make(name, out):
    torch.manual_seed({"bart-tiny": 1, "mbart-tiny": 2, "t5-v11-tiny": 3}[name])
    model, rows, dec = build(name)
    model = model.float().eval()
    cfg = model.config
    ids, mask = pad_rows(rows, cfg.pad_token_id)
    dec_ids = torch.tensor(dec)
    d = os.path.join(out, name)
    os.makedirs(d, exist_ok=True)
    model.save_pretrained(d)  # safetensors, generation_config.json beside it
    ref = {"input_ids": ids.tolist(), "attention_mask": mask.tolist(), "decoder_input_ids": dec_ids.tolist()}
    with torch.no_grad():
        o = model(input_ids=ids, attention_mask=mask, decoder_input_ids=dec_ids)
        ref["logits"] = fingerprint(o.logits)
        ref["encoder_last_hidden_state"] = o.encoder_last_hidden_state[:, :4].tolist()
        g = model.generate(input_ids=ids, attention_mask=mask, max_new_tokens=12, do_sample=False, num_beams=1,
                           past_key_values=fresh_cache(cfg), output_scores=True, return_dict_in_generate=True)
        ref["greedy_12"] = g.sequences.tolist()
        margins = []
        for s in g.scores:
            top = torch.topk(s.float(), 2, dim=-1).values
            margins.append((top[:, 0] - top[:, 1]).tolist())
        ref["greedy_margins"] = [list(r) for r in zip(*margins)]
        b = model.generate(input_ids=ids, attention_mask=mask, max_new_tokens=12, do_sample=False, num_beams=4,
                           past_key_values=fresh_cache(cfg), output_scores=True, return_dict_in_generate=True)
        ref["beam4"] = b.sequences.tolist()
        ref["beam4_scores"] = b.sequences_scores.tolist()
    gc = model.generation_config
    ref["generation"] = {k: getattr(gc, k, None) for k in (
        "decoder_start_token_id", "forced_bos_token_id", "forced_eos_token_id", "eos_token_id", "pad_token_id",
        "no_repeat_ngram_size", "length_penalty", "early_stopping", "min_length", "max_length")}
    with gzip.open(os.path.join(d, "reference.json.gz"), "wt") as f:
        json.dump(ref, f)
    print(f"{d}: greedy {ref['greedy_12']}, beam {ref['beam4']}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="testdata/models")
    ap.add_argument("names", nargs="*", default=["bart-tiny", "mbart-tiny", "t5-v11-tiny"])
    a = ap.parse_args()
    torch.use_deterministic_algorithms(True)
    for n in a.names:
        make(n, a.out)


if __name__ == "__main__":
    main()
