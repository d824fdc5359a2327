#!/usr/bin/env python3
"""Reference fixtures for kiln's processors/audio (issue #18, audio part).

Writes WAV files of several encodings, rates and channel counts, the mono
waveform transformers' feature extractor gets for each, and transformers'
WhisperFeatureExtractor input_features (80 and 128 mel bins), plus the ASR
pipeline's chunk_iter strides, under OUT (default
processors/audio/testdata/audio). processors/audio's TestReplayAudioFixtures
compares kiln against them and skips when OUT is absent.

Run on the GPU machine (transformers + torch + torchaudio there; ffmpeg
optional: when present, transformers' ffmpeg_read output is recorded too,
which checks kiln's ffmpeg-style downmix and scaling exactly):

    python3 scripts/audio_fixture.py --out processors/audio/testdata/audio
    go test ./processors/audio -run TestReplayAudioFixtures -count=1 -v

--no-hf writes the WAVs and waveforms only (numpy alone), to check the
script itself where transformers is not installed.

The waveform a case records is what transformers' pipeline would feed the
feature extractor for an in-memory array: the WAV's samples scaled as
ffmpeg does (s16 / 32768, ...), mixed to mono with ffmpeg's "-ac 1" weights
(front L/R 1/sqrt(2), center 1, surround 1/2, LFE 0), then, when the rate is
not 16 kHz, torchaudio.functional.resample (the pipeline's array path).
"""
import argparse
import gzip
import io
import json
import math
import os
import shutil
import struct
import sys

import numpy as np

RATE = 16000
SQRT1_2 = math.sqrt(0.5)
# WAVE channel-mask bits -> ffmpeg's mono downmix weight.
FFMPEG_MONO = {0x1: SQRT1_2, 0x2: SQRT1_2, 0x4: 1.0, 0x8: 0.0, 0x10: 0.5, 0x20: 0.5,
               0x40: SQRT1_2, 0x80: SQRT1_2, 0x100: 0.5, 0x200: 0.5, 0x400: 0.5}
DEFAULT_LAYOUT = {1: 0x4, 2: 0x3, 3: 0xB, 4: 0x107, 5: 0x37, 6: 0x3F, 7: 0x70F, 8: 0x63F}
KS_SUFFIX = bytes([0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71])


def speechlike(frames, rate, seed, channels):
    """A voiced-speech-like test signal in [-0.9, 0.9]: harmonics of a gliding
    pitch under a syllable envelope, plus noise, different per channel."""
    rng = np.random.default_rng(seed)
    t = np.arange(frames) / rate
    out = np.zeros((frames, channels))
    for c in range(channels):
        f0 = 110 + 40 * c + 30 * np.sin(2 * np.pi * 0.7 * t)
        phase = 2 * np.pi * np.cumsum(f0) / rate
        x = sum(np.sin(k * phase) / k for k in range(1, 30) if k * 150 < rate / 2)
        env = 0.5 + 0.5 * np.sin(2 * np.pi * 3.1 * t + c) ** 2
        x = x * env + 0.05 * rng.standard_normal(frames)
        out[:, c] = 0.9 * x / max(1e-9, np.abs(x).max(initial=0.0))
    return out


def quantize(x, kind):
    """Stored integer/float samples for x (float64, frames x channels) and
    their float32 value as ffmpeg decodes them."""
    if kind == "u8":
        q = np.clip(np.round(x * 128) + 128, 0, 255).astype(np.uint8)
        return q, ((q.astype(np.float64) - 128) / 128).astype(np.float32)
    if kind == "s16":
        q = np.clip(np.round(x * 32768), -32768, 32767).astype(np.int16)
        return q, (q.astype(np.float64) / 32768).astype(np.float32)
    if kind == "s24":
        q = np.clip(np.round(x * 2**23), -(2**23), 2**23 - 1).astype(np.int32)
        return q, (q.astype(np.float64) / 2**23).astype(np.float32)
    if kind == "s32":
        q = np.clip(np.round(x * 2**31), -(2**31), 2**31 - 1).astype(np.int64).astype(np.int32)
        return q, (q.astype(np.float64) / 2**31).astype(np.float32)
    if kind == "f32":
        q = x.astype(np.float32)
        return q, q.copy()
    if kind == "f64":
        return x.astype(np.float64), x.astype(np.float32)
    raise ValueError(kind)


def wav_bytes(q, kind, rate, extensible=False, mask=0):
    frames, channels = q.shape
    code = 3 if kind in ("f32", "f64") else 1
    bits = {"u8": 8, "s16": 16, "s24": 24, "s32": 32, "f32": 32, "f64": 64}[kind]
    if kind == "s24":
        v = q.astype("<i4").reshape(-1).view(np.uint8).reshape(-1, 4)[:, :3]
        data = v.tobytes()
    else:
        data = q.astype(q.dtype.newbyteorder("<")).tobytes()
    block = channels * bits // 8
    if extensible:
        fmt = struct.pack("<HHIIHHHHI", 0xFFFE, channels, rate, rate * block, block, bits, 22, bits, mask)
        fmt += struct.pack("<H", code) + KS_SUFFIX
    else:
        fmt = struct.pack("<HHIIHH", code, channels, rate, rate * block, block, bits)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    body += b"data" + struct.pack("<I", len(data)) + data + (b"\0" if len(data) % 2 else b"")
    return b"RIFF" + struct.pack("<I", len(body)) + body


def ffmpeg_mono(xf, layout):
    """ffmpeg -ac 1 with float output: float32 weighted sum."""
    if xf.shape[1] == 1:
        return xf[:, 0].copy()
    weights, bit = [], 1
    while len(weights) < xf.shape[1]:
        if layout & bit:
            weights.append(FFMPEG_MONO[bit])
        bit <<= 1
    out = np.zeros(xf.shape[0], np.float32)
    for c, w in enumerate(weights):
        out += np.float32(w) * xf[:, c]
    return out


def save_npy_gz(path, arr):
    buf = io.BytesIO()
    np.save(buf, np.ascontiguousarray(arr))
    with gzip.open(path, "wb", compresslevel=9) as f:
        f.write(buf.getvalue())


CASES = [
    # name, kind, rate, channels, seconds, extensible, mask, feature sizes, do_normalize
    ("s16_mono_16k", "s16", 16000, 1, 2.0, False, 0, (80, 128), False),
    ("u8_mono_16k", "u8", 16000, 1, 1.0, False, 0, (80,), False),
    ("s24_mono_16k", "s24", 16000, 1, 1.0, False, 0, (80,), False),
    ("s32_mono_16k", "s32", 16000, 1, 1.0, False, 0, (80,), False),
    ("f32_mono_16k", "f32", 16000, 1, 1.0, False, 0, (80,), False),
    ("f64_mono_16k", "f64", 16000, 1, 1.0, False, 0, (80,), False),
    ("s16_stereo_16k", "s16", 16000, 2, 1.5, False, 0, (80,), False),
    ("s16_stereo_44k1", "s16", 44100, 2, 1.5, False, 0, (80, 128), False),
    ("f32_ext_mono_48k", "f32", 48000, 1, 1.0, True, 0x4, (80,), False),
    ("s16_mono_8k", "s16", 8000, 1, 1.0, False, 0, (80,), False),
    ("s24_ext_5p1_48k", "s24", 48000, 6, 0.5, True, 0x3F, (80,), False),
    ("s16_mono_22k05_normalize", "s16", 22050, 1, 1.0, False, 0, (80,), True),
    ("zero_seconds", "s16", 16000, 1, 0.0, False, 0, (80, 128), False),
    ("long_31s", "s16", 16000, 1, 31.0, False, 0, (80,), False),
]

# (input length, chunk_len, stride_left, stride_right) for chunk_iter.
CHUNK_CONFIGS = [(0, 480000, 80000, 80000), (1000, 480000, 80000, 80000), (480000, 480000, 80000, 80000),
                 (1000000, 480000, 80000, 80000), (496000, 160000, 26667, 26667), (70, 30, 5, 5),
                 (100, 30, 5, 5), (31, 30, 5, 5), (45, 30, 10, 0), (61, 30, 0, 0)]
# (sampling rate, chunk_length_s, stride_length_s or None) -> samples, as the pipeline rounds.
CHUNK_LENGTHS = [(16000, 30, None), (16000, 10, None), (16000, 10, [2, 3]), (16000, 7.3, None),
                 (22050, 12.5, None), (8000, 0.0001875, [0.0000625, 0.0000625])]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="processors/audio/testdata/audio")
    ap.add_argument("--no-hf", action="store_true", help="WAVs and waveforms only (no transformers/torch)")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)

    fes, F, torch, ffmpeg_read, chunk_iter, versions = {}, None, None, None, None, {}
    if not a.no_hf:
        import torch
        import transformers
        from torchaudio import functional as F
        import torchaudio
        from transformers import WhisperFeatureExtractor
        from transformers.pipelines.automatic_speech_recognition import chunk_iter
        versions = {"transformers": transformers.__version__, "torch": torch.__version__,
                    "torchaudio": torchaudio.__version__, "numpy": np.__version__}
        for fs in (80, 128):
            fes[fs] = WhisperFeatureExtractor(feature_size=fs)
        if shutil.which("ffmpeg"):
            from transformers.pipelines.audio_utils import ffmpeg_read
    manifest = {"versions": versions, "ffmpeg": bool(ffmpeg_read), "cases": [], "chunks": [], "chunk_lengths": []}

    for i, (name, kind, rate, channels, seconds, ext, mask, sizes, normalize) in enumerate(CASES):
        frames = int(round(seconds * rate))
        x = speechlike(frames, rate, seed=i, channels=channels)
        q, xf = quantize(x, kind)
        wav = wav_bytes(q, kind, rate, ext, mask)
        with open(os.path.join(a.out, name + ".wav"), "wb") as f:
            f.write(wav)
        layout = mask if ext and mask else DEFAULT_LAYOUT[channels]
        mono = ffmpeg_mono(xf, layout)
        if rate != RATE and F is not None:
            mono = F.resample(torch.from_numpy(mono), rate, RATE).numpy()
        case = {"name": name, "wav": name + ".wav", "rate": rate, "channels": channels, "frames": frames,
                "do_normalize": normalize, "features": {}}
        if (F is not None or rate == RATE) and frames <= 30 * RATE:  # the long clip's WAV is its waveform
            save_npy_gz(os.path.join(a.out, name + ".waveform.npy.gz"), mono.astype(np.float32))
            case["waveform"] = name + ".waveform.npy.gz"
        for fs in sizes if fes else ():
            fe = fes[fs]
            feats = fe(mono, sampling_rate=RATE, return_tensors="np", do_normalize=normalize)["input_features"]
            fname = f"{name}.f{fs}.npy.gz"
            save_npy_gz(os.path.join(a.out, fname), feats.astype(np.float32))
            case["features"][str(fs)] = fname
        if ffmpeg_read is not None:
            try:
                ff = ffmpeg_read(wav, RATE)
                save_npy_gz(os.path.join(a.out, name + ".ffmpeg.npy.gz"), ff.astype(np.float32))
                case["ffmpeg_waveform"] = name + ".ffmpeg.npy.gz"
            except Exception as e:  # ffmpeg_read refuses empty output
                case["ffmpeg_error"] = str(e)
        if name == "long_31s" and fes:
            chunk_len, stride = 160000, 26667
            items = list(chunk_iter(mono, fes[80], chunk_len, stride, stride))
            case["chunking"] = {"chunk_len": chunk_len, "stride_left": stride, "stride_right": stride,
                                "strides": [list(map(int, it["stride"])) for it in items],
                                "is_last": [bool(it["is_last"]) for it in items], "features": []}
            for k in (0, len(items) - 1):
                fname = f"{name}.chunk{k}.f80.npy.gz"
                save_npy_gz(os.path.join(a.out, fname), np.asarray(items[k]["input_features"], np.float32))
                case["chunking"]["features"].append([k, fname])
        manifest["cases"].append(case)
        print(f"{name}: {kind} {rate} Hz x{channels}, {frames} frames, features {sorted(case['features'])}", file=sys.stderr)

    if chunk_iter is not None:
        for n, cl, sl, sr in CHUNK_CONFIGS:
            items = list(chunk_iter(np.zeros(n, np.float32), fes[80], cl, sl, sr))
            manifest["chunks"].append({"n": n, "chunk_len": cl, "stride_left": sl, "stride_right": sr,
                                       "strides": [list(map(int, it["stride"])) for it in items],
                                       "is_last": [bool(it["is_last"]) for it in items]})
    for sr_, cls, stride in CHUNK_LENGTHS:
        # The ASR pipeline's preprocess (align_to = 1 for Whisper).
        s = cls / 6 if stride is None else stride
        s = [s, s] if isinstance(s, (int, float)) else s
        manifest["chunk_lengths"].append({"sampling_rate": sr_, "chunk_length_s": cls,
                                          "stride_length_s": stride,
                                          "samples": [int(round(cls * sr_)), int(round(s[0] * sr_)), int(round(s[1] * sr_))]})
    with open(os.path.join(a.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
    print(f"wrote {len(manifest['cases'])} cases to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
