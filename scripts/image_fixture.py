"""Reference data for processors/image: PIL decoding, PIL and torchvision
resizing, and transformers' ViT / CLIP / SigLIP image processors.

Runs on the GPU machine (PIL, numpy, torch, torchvision, transformers
installed; no network, no GPU needed). It writes OUT/inputs/*.png (images of
several sizes and modes) and OUT/fixture.json.gz, which
processors/image/fixture_replay_test.go replays (it skips when
processors/image/testdata/images is absent):

- decode: PIL's ImageOps.exif_transpose + convert("RGB") of every input
  (transformers' load_image), uint8 RGB;
- resize: Image.resize((w, h), f) of the decoded RGB images for every PIL
  filter, up- and down-scaling to odd sizes ("pil"), and torchvision's
  tvF.resize(uint8 tensor, antialias=True) for NEAREST_EXACT, BILINEAR and
  BICUBIC ("torchvision");
- processors: pixel_values of each processor class (transformers 5's
  default torchvision classes and the ...Pil ones) with non-trivial sizes
  on several inputs, with the preprocessor_config.json save_pretrained
  wrote.

Arrays are base64 of raw little-endian bytes (uint8 RGB rows, float32 NCHW).

usage: python3 scripts/image_fixture.py OUT_DIR
"""
import base64
import gzip
import json
import os
import sys
import tempfile

import numpy as np
import PIL
import torch
import torchvision
import transformers
from PIL import Image, ImageOps
from torchvision.transforms.v2 import functional as tvF
from transformers.image_utils import load_image


def b64(a):
    return base64.b64encode(np.ascontiguousarray(a).tobytes()).decode()


def make_inputs(d):
    rng = np.random.default_rng(18)
    files = {}

    def save(name, im, **kw):
        path = os.path.join(d, name)
        im.save(path, **kw)
        files[name] = path

    def noise(h, w, c=3):
        return rng.integers(0, 256, size=(h, w, c), dtype=np.uint8) if c > 1 else rng.integers(0, 256, size=(h, w), dtype=np.uint8)

    def smooth(h, w):
        y, x = np.mgrid[0:h, 0:w]
        return np.stack([(x * 255 // max(w - 1, 1)), (y * 255 // max(h - 1, 1)), ((x + y) * 7) % 256], -1).astype(np.uint8)

    save("rgb_noise_37x23.png", Image.fromarray(noise(23, 37)))
    save("rgb_smooth_300x200.png", Image.fromarray(smooth(200, 300)))
    save("rgb_noise_17x61.png", Image.fromarray(noise(61, 17)))
    save("rgb_1x1.png", Image.fromarray(noise(1, 1)))
    save("rgb_noise_5x3.png", Image.fromarray(noise(3, 5)))
    save("rgba_noise_40x30.png", Image.fromarray(noise(30, 40, 4)))
    save("la_noise_21x13.png", Image.fromarray(noise(13, 21, 2)))
    save("l_noise_33x19.png", Image.fromarray(noise(19, 33, 1)))
    save("p_smooth_50x31.png", Image.fromarray(smooth(31, 50)).quantize(colors=37))
    pt = Image.fromarray(smooth(9, 11)).quantize(colors=16)
    save("p_transparent_11x9.png", pt, transparency=3)
    g16 = (rng.integers(0, 700, size=(14, 26))).astype(np.uint16)  # half the samples above 255
    save("i16_26x14.png", Image.fromarray(g16))
    ex = Image.fromarray(noise(5, 7))
    exif = Image.Exif()
    exif[0x0112] = 6
    save("rgb_exif6_7x5.png", ex, exif=exif)
    exif[0x0112] = 3
    save("rgb_exif3_7x5.png", ex, exif=exif)
    save("rgb_smooth.gif", Image.fromarray(smooth(12, 20)).quantize(colors=64))
    save("rgb_lossless.webp", Image.fromarray(noise(10, 14)), lossless=True)
    return files


PIL_FILTERS = [0, 1, 2, 3, 4, 5]
TV_MODES = {0: tvF.InterpolationMode.NEAREST_EXACT, 2: tvF.InterpolationMode.BILINEAR, 3: tvF.InterpolationMode.BICUBIC}


def targets(w, h):
    """Down- and up-scaling to odd sizes, kept small enough for the fixture."""
    out = {(max(1, w // 3), max(1, h // 2)), (max(1, (w * 7) // 10), h + 5), (13, 11)}
    out.add((w * 2 + 1, h * 3 - 1) if w * h <= 4000 else (w + 17, h // 4 + 1))
    return sorted(t for t in out if t != (w, h))


def processor_classes():
    names = []
    for base in ["ViTImageProcessor", "CLIPImageProcessor", "SiglipImageProcessor"]:
        for suffix in ["", "Pil"]:
            cls = getattr(transformers, base + suffix, None)
            if cls is not None:
                names.append((base, cls))
    return names


def processor_kwargs(base):
    if base == "ViTImageProcessor":
        return [dict(size={"height": 64, "width": 48}), dict(size={"height": 40, "width": 40}, resample=3),
                dict(size={"height": 30, "width": 50}, resample=0, image_mean=[0.485, 0.456, 0.406], image_std=[0.229, 0.224, 0.225])]
    if base == "CLIPImageProcessor":
        return [dict(size={"shortest_edge": 48}, crop_size={"height": 40, "width": 40}),
                dict(size={"shortest_edge": 20}, crop_size={"height": 24, "width": 23}),  # crop larger than the image: padding
                dict(size={"shortest_edge": 33}, crop_size={"height": 33, "width": 33}, resample=2)]
    return [dict(size={"height": 48, "width": 48}), dict(size={"height": 35, "width": 29}, resample=2)]


def main(out):
    inputs = os.path.join(out, "inputs")
    os.makedirs(inputs, exist_ok=True)
    files = make_inputs(inputs)
    doc = {"versions": {"PIL": PIL.__version__, "torch": torch.__version__, "torchvision": torchvision.__version__,
                        "transformers": transformers.__version__, "cpu_capability": torch.backends.cpu.get_cpu_capability()},
           "decode": [], "resize": [], "processors": []}
    rgb = {}
    for name, path in sorted(files.items()):
        im = ImageOps.exif_transpose(Image.open(path)).convert("RGB")
        a = np.asarray(im)
        rgb[name] = a
        doc["decode"].append({"file": "inputs/" + name, "mode": Image.open(path).mode, "width": im.width, "height": im.height, "rgb": b64(a)})
    for name in ["rgb_noise_37x23.png", "rgb_smooth_300x200.png", "rgb_noise_17x61.png", "rgb_1x1.png", "p_smooth_50x31.png"]:
        a = rgb[name]
        im = Image.fromarray(a)
        for (w, h) in targets(im.width, im.height):
            for f in PIL_FILTERS:
                r = np.asarray(im.resize((w, h), f))
                doc["resize"].append({"source": "inputs/" + name, "backend": "pil", "filter": f, "width": w, "height": h, "rgb": b64(r)})
            for f, mode in TV_MODES.items():
                t = torch.from_numpy(a.copy()).permute(2, 0, 1).contiguous()
                r = tvF.resize(t, [h, w], interpolation=mode, antialias=True).permute(1, 2, 0).contiguous().numpy()
                doc["resize"].append({"source": "inputs/" + name, "backend": "torchvision", "filter": f, "width": w, "height": h, "rgb": b64(r)})
    proc_inputs = [["rgb_smooth_300x200.png"], ["rgb_noise_37x23.png", "rgb_noise_37x23.png"], ["rgba_noise_40x30.png"], ["rgb_exif6_7x5.png"]]
    for base, cls in processor_classes():
        for kw in processor_kwargs(base):
            proc = cls(**kw)
            with tempfile.TemporaryDirectory() as td:
                proc.save_pretrained(td)
                with open(os.path.join(td, "preprocessor_config.json")) as fh:
                    config = json.load(fh)
            for names in proc_inputs:
                images = [load_image(files[n]) for n in names]
                pv = proc(images=images, return_tensors="pt")["pixel_values"].to(torch.float32).numpy()
                doc["processors"].append({"class": cls.__name__, "config": config, "files": ["inputs/" + n for n in names],
                                          "shape": list(pv.shape), "pixel_values": b64(pv.astype("<f4"))})
    with gzip.open(os.path.join(out, "fixture.json.gz"), "wt") as fh:
        json.dump(doc, fh)
    print("wrote", out, {k: len(v) for k, v in doc.items() if isinstance(v, list)}, doc["versions"])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "processors/image/testdata/images")
