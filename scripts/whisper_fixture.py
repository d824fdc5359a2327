#!/usr/bin/env python3
"""A second tiny Whisper fixture for kiln (issue #18, Whisper part).

The shared whisper-tiny fixture has 80 mel bins, equal encoder/decoder
sizes, bf16 weights, no suppress_tokens and only a manual argmax loop. This
script builds a random WhisperForConditionalGeneration unlike it — 128 mel
bins (large-v3's), 15 s chunks (750 encoder positions), different encoder
and decoder heads, layers and widths, float16 weights, large-v3's vocabulary
and start token, suppress_tokens and begin_suppress_tokens in
generation_config.json — and records what transformers computes:

  - input_features of two clips (a speech-like sweep and a quieter chord),
  - encoder_last_hidden_state's first rows and the logits fingerprint of a
    4-token decoder prompt (as the shared fixtures store them),
  - generation, each as the exact new tokens of a manual loop that applies
    the processors Whisper's generate applies in plain greedy
    (SuppressTokens at every step, SuppressTokensAtBegin at the first
    generated token, EOS stop), and transformers' model.generate output for
    the same call (raw, as returned):
      greedy            max_new_tokens 12, clip 0
      greedy_eos        the same with eos_token_id set to the token the
                        greedy run produces at its 4th step, so that EOS stops it
      greedy_batch      both clips in one batch
      beam3             num_beams 3, max_new_tokens 8, clip 0 (generate only)
      default_prompt    no decoder_input_ids: decoder_start_token_id plus
                        forced_decoder_ids (generate only; null if transformers
                        refuses the configuration)

Run on the GPU machine (transformers + torch there), from the repository
root, then run the replay test here:

    python3 scripts/whisper_fixture.py --out testdata/models/whisper-128-tiny
    go test ./generate -run TestReplayWhisperFixture -count=1 -v

The replay test (generate/whisper_replay_test.go) skips when the directory
is absent. Everything runs on the CPU in float32 with deterministic
algorithms, as the shared fixtures.
"""
import argparse
import gzip
import json
import os
import wave

import numpy as np
import torch

RATE = 16000


def tolist(t):
    return t.detach().to(torch.float32).cpu().numpy().round(6).tolist()


def logits_ref(lg):
    """The shared fixtures' fingerprint: first 256 logits, top-16 ids and
    values and the logsumexp at every position."""
    lg = lg.detach().to(torch.float32)
    top = lg.topk(16, dim=-1)
    return {"first256": tolist(lg[..., :256]), "top16_ids": top.indices.tolist(), "top16_values": tolist(top.values),
            "logsumexp": tolist(torch.logsumexp(lg, dim=-1)), "shape": list(lg.shape)}


def clips():
    t = np.arange(int(RATE * 3.0)) / RATE
    a = 0.4 * np.sin(2 * np.pi * (150 + 400 * t) * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 2.5 * t)) + 0.1 * np.sin(2 * np.pi * 2500 * t)
    t = np.arange(int(RATE * 1.3)) / RATE
    b = 0.1 * (np.sin(2 * np.pi * 261.6 * t) + np.sin(2 * np.pi * 329.6 * t) + np.sin(2 * np.pi * 392.0 * t))
    return [a.astype(np.float32), b.astype(np.float32)]


def write_wav(path, x):
    q = (np.clip(x, -1, 1) * 32767).astype("<i2")
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(q.tobytes())
    return q.astype(np.float32) / 32768.0  # what a decoder reads back


def manual(model, feats, dec, n, suppress, begin, eos):
    """Greedy with Whisper's plain-greedy processors, one row per feature
    row; finished rows are padded with eos[0] as generate does. Returns the
    new tokens."""
    seq = dec.clone()
    done = torch.zeros(seq.shape[0], dtype=torch.bool)
    with torch.no_grad():
        for step in range(n):
            lg = model(input_features=feats, decoder_input_ids=seq).logits[:, -1].clone()
            if suppress:
                lg[:, suppress] = -float("inf")
            if step == 0 and begin:
                lg[:, begin] = -float("inf")
            nx = lg.argmax(-1)
            if eos:
                nx = torch.where(done, torch.full_like(nx, eos[0]), nx)
                done = done | torch.isin(nx, torch.tensor(eos))
            seq = torch.cat([seq, nx[:, None]], 1)
            if eos and bool(done.all()):
                break
    return seq[:, dec.shape[1]:].tolist()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="testdata/models/whisper-128-tiny")
    args = ap.parse_args()
    from transformers import WhisperConfig, WhisperFeatureExtractor, WhisperForConditionalGeneration
    import transformers

    torch.use_deterministic_algorithms(True)
    os.makedirs(args.out, exist_ok=True)
    cfg = WhisperConfig(vocab_size=51866, d_model=64, encoder_layers=3, decoder_layers=2, encoder_attention_heads=4,
                        decoder_attention_heads=2, encoder_ffn_dim=96, decoder_ffn_dim=128, num_mel_bins=128,
                        max_source_positions=750, max_target_positions=48, init_std=0.1,
                        decoder_start_token_id=50258, pad_token_id=50257, bos_token_id=50257, eos_token_id=50257,
                        begin_suppress_tokens=[220, 50257], suppress_tokens=[1, 2, 7, 50362])
    torch.manual_seed(18)
    # float16 weights (6.6 MB), rounded in memory first so that the
    # references are those of the stored values.
    model = WhisperForConditionalGeneration(cfg).eval().to(torch.float16).to(torch.float32)
    gc = model.generation_config
    gc.decoder_start_token_id = 50258
    gc.suppress_tokens = [1, 2, 7, 50362]
    gc.begin_suppress_tokens = [220, 50257]
    gc.eos_token_id, gc.pad_token_id, gc.bos_token_id = 50257, 50257, 50257
    gc.forced_decoder_ids = [[1, 50259], [2, 50360], [3, 50364]]
    forced_note = None
    try:
        model.to(torch.float16).save_pretrained(args.out)
    except Exception as e:  # a transformers that no longer saves forced_decoder_ids
        forced_note = repr(e)
        gc.forced_decoder_ids = None
        model.to(torch.float16).save_pretrained(args.out)
    model.to(torch.float32)
    fe = WhisperFeatureExtractor(feature_size=128, chunk_length=15)
    fe.save_pretrained(args.out)

    waves = [write_wav(os.path.join(args.out, f"audio{i}.wav"), x) for i, x in enumerate(clips())]
    feats = torch.cat([fe(w, sampling_rate=RATE, return_tensors="pt")["input_features"] for w in waves])
    np.save(os.path.join(args.out, "input_features.npy"), feats.numpy())

    dec = torch.tensor([[50258, 50259, 50360, 50364]])
    suppress, begin, eos = gc.suppress_tokens, gc.begin_suppress_tokens, [50257]
    ref = {"transformers": transformers.__version__, "torch": torch.__version__,
           "audio": ["audio0.wav", "audio1.wav"], "decoder_input_ids": dec.tolist(),
           "forced_decoder_ids_refused": forced_note}
    with torch.no_grad():
        enc = model.model.encoder(input_features=feats[:1]).last_hidden_state
        ref["encoder_last_hidden_state_first_rows"] = tolist(enc[0, :16])
        ref["logits"] = logits_ref(model(input_features=feats[:1], decoder_input_ids=dec).logits[0])

    def gen(**kw):
        """model.generate's sequences, or {"error": ...} when transformers
        refuses the call (recorded for the lead; the replay skips it)."""
        try:
            with torch.no_grad():
                out = model.generate(**kw)
        except Exception as e:
            return {"error": repr(e)}
        if not torch.is_tensor(out):
            out = out["sequences"]
        return out.tolist()

    cases = {}
    cases["greedy"] = {"clips": [0], "max_new_tokens": 12,
                       "manual_new_tokens": manual(model, feats[:1], dec, 12, suppress, begin, eos),
                       "generate": gen(input_features=feats[:1], decoder_input_ids=dec, max_new_tokens=12)}
    # Make EOS stop the run: the token greedy produces at its 4th step.
    plain = manual(model, feats[:1], dec, 12, suppress, begin, [])[0]
    stop = plain[3]
    if stop in plain[:3] or stop in suppress or stop in begin:
        stop = None
    if stop is not None:
        saved = gc.eos_token_id
        gc.eos_token_id = stop
        cases["greedy_eos"] = {"clips": [0], "max_new_tokens": 12, "eos_token_id": stop,
                               "manual_new_tokens": manual(model, feats[:1], dec, 12, suppress, begin, [stop]),
                               "generate": gen(input_features=feats[:1], decoder_input_ids=dec, max_new_tokens=12)}
        gc.eos_token_id = saved
    two = dec.repeat(2, 1)
    cases["greedy_batch"] = {"clips": [0, 1], "max_new_tokens": 10,
                             "manual_new_tokens": manual(model, feats, two, 10, suppress, begin, eos),
                             "generate": gen(input_features=feats, decoder_input_ids=two, max_new_tokens=10)}
    cases["beam3"] = {"clips": [0], "max_new_tokens": 8, "num_beams": 3,
                      "generate": gen(input_features=feats[:1], decoder_input_ids=dec, max_new_tokens=8, num_beams=3)}
    cases["default_prompt"] = {"clips": [0], "max_new_tokens": 6,
                               "generate": gen(input_features=feats[:1], max_new_tokens=6)}
    ref["cases"] = cases
    with gzip.open(os.path.join(args.out, "reference.json.gz"), "wt") as f:
        json.dump(ref, f)
    with open(os.path.join(args.out, "input_features.npy"), "rb") as src, gzip.open(os.path.join(args.out, "input_features.npy.gz"), "wb") as dst:
        dst.write(src.read())
    os.remove(os.path.join(args.out, "input_features.npy"))
    print("wrote", args.out, json.dumps({k: v for k, v in cases.items()}, default=str)[:2000])


if __name__ == "__main__":
    main()
