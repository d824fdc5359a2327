#!/usr/bin/env python3
"""Fixtures of transformers' automatic-speech-recognition pipeline for kiln
(issue #18: long-form chunking with stride and timestamps).

The shared whisper-tiny model (random weights, English-only token layout:
<|endoftext|> 50256, <|startoftranscript|> 50257, <|notimestamps|> 50362,
timestamps from 50363) has no tokenizer and a generation_config.json
without Whisper's fields. This script gives it both, the same way for
transformers and for kiln's tests:

  testdata/asr/whisper-tiny-asr/tokenizer_config.json.gz   GPT-2's byte-level
      BPE (vocab.json + merges.txt of testdata/models/gpt2-tiny) plus
      Whisper's added tokens: special <|startoftranscript|>, 99 languages,
      tasks, <|notimestamps|> ...; non-special timestamps <|0.00|>..<|30.00|>
  testdata/asr/whisper-tiny-asr/generation_config.json  whisper-tiny's, plus
      no_timestamps_token_id, max_initial_timestamp_index, is_multilingual

`--configs-only` writes just those two files (plain Python, no torch). The
rest of that directory are links to whisper-tiny's config.json,
model.safetensors, preprocessor_config.json and gpt2-tiny's vocab.json and
merges.txt, so that it is a whole model directory for kiln's tests and CLI
examples.

The full run (GPU machine: transformers 5.17, torch; no network needed)
also writes a 70-second synthetic clip (sine sweep + chord + noise, 16 kHz
s16 WAV) and records what transformers' pipeline("automatic-speech-
recognition") returns for it with chunk_length_s 30 (default stride 5 s),
batch_size 2, greedy, max_new_tokens 40:

  testdata/asr/audio70.wav
  testdata/asr/reference.json   {"cases": [{"name", "return_timestamps",
      "chunk_length_s", "max_new_tokens", "output": the pipeline's dict,
      "strides": chunk_iter's (len, left, right) per chunk, "tokens": the
      generated sequence of each chunk (model.generate on the chunk's
      features, as the pipeline's _forward calls it)}]}

Run from the repository root:

    python3 scripts/asr_fixture.py
    go test ./pipeline -run TestReplayASRFixture -count=1 -v

The pipeline is given the waveform as a float32 array at 16 kHz (exactly
what kiln decodes from the s16 file), so no resampler is involved.
"""
import argparse
import gzip
import json
import os
import shutil
import tempfile
import wave

LANGUAGES = ("en zh de es ru ko fr ja pt tr pl ca nl ar sv it id hi fi vi he uk el ms cs ro da hu ta no th ur hr bg lt la "
             "mi ml cy sk te fa lv bn sr az sl kn et mk br eu is hy ne mn bs kk sq sw gl mr pa si km sn yo so af oc ka be "
             "tg sd gu am yi lo uz fo ht ps tk nn mt sa lb my bo tl mg as tt haw ln ha ba jw su").split()
assert len(LANGUAGES) == 99, len(LANGUAGES)

EOT, SOT = 50256, 50257
RATE = 16000
CFG_DIR = "testdata/asr/whisper-tiny-asr"


def added_tokens():
    """Whisper's English-only layout after GPT-2's 50257 tokens."""
    special = ["<|startoftranscript|>"] + [f"<|{c}|>" for c in LANGUAGES] + [
        "<|translate|>", "<|transcribe|>", "<|startoflm|>", "<|startofprev|>", "<|nocaptions|>", "<|notimestamps|>"]
    toks = [(SOT + i, s, True) for i, s in enumerate(special)]
    first_ts = SOT + len(special)
    toks += [(first_ts + i, "<|%.2f|>" % (i * 0.02), False) for i in range(1501)]
    return toks


def write_configs(out):
    os.makedirs(out, exist_ok=True)
    toks = added_tokens()
    no_ts = next(i for i, s, _ in toks if s == "<|notimestamps|>")
    assert no_ts == 50362, no_ts
    dec = {str(EOT): {"content": "<|endoftext|>", "lstrip": False, "normalized": False, "rstrip": False,
                      "single_word": False, "special": True}}
    for i, s, sp in toks:
        dec[str(i)] = {"content": s, "lstrip": False, "normalized": False, "rstrip": False, "single_word": False,
                       "special": sp}
    tc = {"tokenizer_class": "WhisperTokenizer", "add_prefix_space": False, "errors": "replace",
          "clean_up_tokenization_spaces": False, "model_max_length": 1024,
          "bos_token": "<|endoftext|>", "eos_token": "<|endoftext|>", "pad_token": "<|endoftext|>",
          "unk_token": "<|endoftext|>",
          "additional_special_tokens": [s for _, s, sp in toks if sp],
          "added_tokens_decoder": dec}
    with open(os.path.join(out, "tokenizer_config.json.gz"), "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as z:  # reproducible bytes
            z.write(json.dumps(tc).encode())
    gc = {"begin_suppress_tokens": [220, EOT], "bos_token_id": EOT, "decoder_start_token_id": SOT,
          "eos_token_id": EOT, "pad_token_id": EOT, "is_multilingual": False,
          "no_timestamps_token_id": no_ts, "max_initial_timestamp_index": 50,
          "transformers_version": "5.17.0"}
    with open(os.path.join(out, "generation_config.json"), "w") as f:
        json.dump(gc, f, indent=2)


def model_dir(tmp):
    """A copy of testdata/asr/whisper-tiny-asr that transformers reads: its
    links (whisper-tiny's weights and configs, gpt2-tiny's vocab.json and
    merges.txt) followed and tokenizer_config.json.gz decompressed."""
    for f in ["config.json", "model.safetensors", "preprocessor_config.json", "vocab.json", "merges.txt",
              "generation_config.json"]:
        shutil.copy(os.path.join(CFG_DIR, f), tmp)
    with gzip.open(os.path.join(CFG_DIR, "tokenizer_config.json.gz"), "rb") as src:
        with open(os.path.join(tmp, "tokenizer_config.json"), "wb") as dst:
            dst.write(src.read())
    return tmp


def synthetic(seconds=70.0):
    import numpy as np
    t = np.arange(int(RATE * seconds)) / RATE
    sweep = 0.3 * np.sin(2 * np.pi * (200 + 30 * t) * t)
    chord = 0.1 * (np.sin(2 * np.pi * 261.6 * t) + np.sin(2 * np.pi * 392.0 * t)) * (0.5 + 0.5 * np.sin(2 * np.pi * 0.1 * t))
    noise = 0.05 * np.random.default_rng(18).standard_normal(t.shape)
    return np.clip(sweep + chord + noise, -1, 1)


def write_wav(path, x):
    import numpy as np
    q = np.round(x * 32767).astype("<i2")
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(q.tobytes())
    return q.astype(np.float32) / 32768.0  # what a decoder reads back


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="testdata/asr")
    ap.add_argument("--configs-only", action="store_true", help="write the tokenizer and generation configs only")
    args = ap.parse_args()
    write_configs(CFG_DIR)
    if args.configs_only:
        return
    import numpy as np
    import torch
    import transformers
    from transformers import AutoTokenizer, WhisperFeatureExtractor, WhisperForConditionalGeneration, pipeline
    from transformers.pipelines.automatic_speech_recognition import chunk_iter

    torch.use_deterministic_algorithms(True)
    tmp = model_dir(tempfile.mkdtemp())
    tok = AutoTokenizer.from_pretrained(tmp)
    assert tok.convert_tokens_to_ids("<|notimestamps|>") == 50362
    assert tok.convert_tokens_to_ids("<|0.00|>") == 50363
    fe = WhisperFeatureExtractor.from_pretrained(tmp)
    model = WhisperForConditionalGeneration.from_pretrained(tmp, dtype=torch.float32).eval()
    asr = pipeline("automatic-speech-recognition", model=model, tokenizer=tok, feature_extractor=fe, device="cpu")
    x = write_wav(os.path.join(args.out, "audio70.wav"), synthetic())

    chunk_s, new = 30, 40
    chunk_len = int(round(chunk_s * RATE))
    stride = int(round(chunk_s / 6 * RATE))
    # The pipeline's own generate calls are recorded (a spy on
    # model.generate): their rows are the "tokens" the pipeline decoded.
    # The first fixture (transformers 5.17) recorded separate
    # model.generate calls per chunk instead, and its pipeline output held
    # tokens that none of those sequences had.
    calls = []
    real_generate = model.generate

    def spy(*args, **kwargs):
        seq = real_generate(*args, **kwargs)
        feats = kwargs.get("input_features", kwargs.get("inputs", args[0] if args else None))
        rows = seq["sequences"] if isinstance(seq, dict) or hasattr(seq, "sequences") else seq
        calls.append({"features": None if feats is None else feats.detach().float().cpu(),
                      "rows": rows.tolist(),
                      "kwargs": {k: (f"tensor{tuple(v.shape)}" if torch.is_tensor(v) else repr(v))
                                 for k, v in kwargs.items() if k not in ("input_features", "inputs")}})
        return seq

    cases = []
    for ts in [False, True]:
        calls.clear()
        model.generate = spy
        try:
            out = asr(x.copy(), chunk_length_s=chunk_s, batch_size=2, return_timestamps=ts,
                      generate_kwargs={"max_new_tokens": new})
        finally:
            del model.generate  # back to the class's method
        tokens = [row for c in calls for row in c["rows"]]
        pipe_feats = [c["features"][i] for c in calls for i in range(len(c["rows"]))]
        strides, gen_tokens, feat_diff = [], [], []
        for k, item in enumerate(chunk_iter(x, fe, chunk_len, stride, stride)):
            strides.append([int(v) for v in item["stride"]])
            with torch.no_grad():
                seq = model.generate(item["input_features"], attention_mask=item.get("attention_mask"),
                                     return_timestamps=ts, max_new_tokens=new)
            if isinstance(seq, dict) or hasattr(seq, "sequences"):
                seq = seq["sequences"]
            gen_tokens.append(seq[0].tolist())
            if k < len(pipe_feats) and pipe_feats[k] is not None:
                feat_diff.append(float((pipe_feats[k] - item["input_features"][0].float()).abs().max()))
        if ts:
            out["chunks"] = [{"timestamp": list(c["timestamp"]), "text": c["text"]} for c in out["chunks"]]
        cases.append({"name": "timestamps" if ts else "text", "return_timestamps": ts, "chunk_length_s": chunk_s,
                      "max_new_tokens": new, "batch_size": 2, "output": out, "strides": strides, "tokens": tokens,
                      "generate_tokens": gen_tokens, "pipeline_generate_kwargs": [c["kwargs"] for c in calls],
                      "pipeline_feature_max_abs_diff": feat_diff})
        print(ts, json.dumps(out)[:300])
        print("  pipeline generate kwargs:", [c["kwargs"] for c in calls])
        print("  pipeline features vs chunk_iter (max abs diff):", feat_diff)
        print("  pipeline tokens == per-chunk generate:", tokens == gen_tokens)
    ref = {"transformers": transformers.__version__, "torch": torch.__version__, "seconds": len(x) / RATE,
           "cases": cases}
    with open(os.path.join(args.out, "reference.json"), "w") as f:
        json.dump(ref, f, indent=1)
    print("wrote", args.out)


if __name__ == "__main__":
    main()
