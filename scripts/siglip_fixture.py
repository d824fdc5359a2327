"""Reference models for kiln's CLIP and SigLIP (models/clip.go).

Runs where torch and transformers are installed (the GPU machine; no
network and no GPU needed). It writes two model directories, each like the
shared clip-tiny fixture (config.json, model.safetensors,
preprocessor_config.json, image.png, reference.json):

- OUT/siglip-tiny: a random SiglipModel (text 64 wide over 16 positions,
  vision 48x48 in 8x8 patches with the attention-pooling head, projection
  equal to the vision width), saved with save_pretrained in float32, with
  random LayerNorm affines, biases, probe, logit_scale and logit_bias (their
  initial values are trivial), and SiglipImageProcessor (48x48, bilinear).
  Two texts of 16 tokens, the second with padding masked out.
- OUT/clip-tiny-48: a random CLIPModel unlike clip-tiny: towers of
  different widths (text 32 with 2 heads, vision 48 with 3 heads),
  projection_dim 24, vision hidden_act "gelu", image_size 48 in 16x16
  patches, CLIPImageProcessor (shortest_edge 52, crop 48, bicubic), and the
  legacy text eos_token_id 2 (pooled at the largest id), two images.

reference.json holds pixel_values (what the model ran on), input_ids,
attention_mask, text_embeds, image_embeds, logits_per_image, the
transformers version and, for CLIP, the text pooling rule found in the
installed modeling_clip.py. models/clip_test.go (TestSiglipParity) replays
both from testdata/models/<name> and skips while they are absent.

usage: python3 scripts/siglip_fixture.py OUT_DIR
then:  cp -r OUT_DIR/siglip-tiny OUT_DIR/clip-tiny-48 testdata/models/
"""
import inspect
import json
import os
import sys

import numpy as np
import torch
import transformers
from PIL import Image
from transformers import (AutoImageProcessor, CLIPConfig, CLIPImageProcessor, CLIPModel, SiglipConfig,
                          SiglipImageProcessor, SiglipModel)


def make_image(path, w, h, seed):
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w]
    smooth = np.stack([(x * 255 // (w - 1)), (y * 255 // (h - 1)), ((x + y) * 7) % 256], -1)
    noise = rng.integers(-40, 41, size=(h, w, 3))
    Image.fromarray(np.clip(smooth + noise, 0, 255).astype(np.uint8), "RGB").save(path)
    return path


def perturb(model, seed):
    """Random values for what initializes to constants (LayerNorm affines,
    biases, SigLIP's probe): the parity test should see every weight."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name in ("logit_scale", "logit_bias"):
                continue
            if p.dim() == 1 or name.endswith("probe"):
                p.add_(0.1 * torch.randn(p.shape, generator=g))


def write(out, name, model, proc, images, input_ids, attention_mask, extra):
    d = os.path.join(out, name)
    os.makedirs(d, exist_ok=True)
    model = model.to(torch.float32).eval()
    model.save_pretrained(d, safe_serialization=True)
    proc.save_pretrained(d)
    proc = AutoImageProcessor.from_pretrained(d)  # what kiln reads: the saved config's class
    paths = [make_image(os.path.join(d, f"image{'' if i == 0 else i + 1}.png"), w, h, 18 + i) for i, (w, h) in enumerate(images)]
    pil = [Image.open(p).convert("RGB") for p in paths]
    pixel_values = proc(images=pil, return_tensors="pt")["pixel_values"].to(torch.float32)
    ids = torch.tensor(input_ids)
    mask = torch.tensor(attention_mask)
    with torch.no_grad():
        o = model(input_ids=ids, attention_mask=mask, pixel_values=pixel_values)
    ref = {
        "image": os.path.basename(paths[0]),
        "pixel_values": pixel_values.tolist(),
        "input_ids": input_ids,
        "attention_mask": attention_mask,
        "text_embeds": o.text_embeds.tolist(),
        "image_embeds": o.image_embeds.tolist(),
        "logits_per_image": o.logits_per_image.tolist(),
        "transformers_version": transformers.__version__,
        "torch_version": torch.__version__,
        "image_processor_type": type(proc).__name__,
    }
    ref.update(extra)
    with open(os.path.join(d, "reference.json"), "w") as f:
        json.dump(ref, f)
    print(f"{d}: logits_per_image {o.logits_per_image.tolist()}")
    # The pixel values of image.png must match what kiln's processor makes
    # from the file (the Go test feeds both); images beyond the first only
    # feed the reference pixel_values.


def siglip(out):
    torch.manual_seed(0)
    cfg = SiglipConfig(
        text_config=dict(vocab_size=256, hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                         max_position_embeddings=16, pad_token_id=1, eos_token_id=1),
        vision_config=dict(hidden_size=64, intermediate_size=96, num_hidden_layers=2, num_attention_heads=4, image_size=48,
                           patch_size=8, num_channels=3),
    )
    model = SiglipModel(cfg)
    perturb(model, 1)
    with torch.no_grad():
        model.logit_scale.fill_(float(np.log(7.0)))
        model.logit_bias.fill_(-1.5)
    proc = SiglipImageProcessor(size={"height": 48, "width": 48}, resample=2)
    rng = np.random.default_rng(5)
    row1 = rng.integers(2, 256, size=15).tolist() + [1]
    row2 = rng.integers(2, 256, size=9).tolist() + [1] + [1] * 6
    write(out, "siglip-tiny", model, proc, [(60, 40)], [row1, row2], [[1] * 16, [1] * 10 + [0] * 6], {})


def clip48(out):
    torch.manual_seed(1)
    cfg = CLIPConfig(
        text_config=dict(vocab_size=100, hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=2,
                         max_position_embeddings=12, bos_token_id=98, eos_token_id=2, pad_token_id=0),
        vision_config=dict(hidden_size=48, intermediate_size=80, num_hidden_layers=2, num_attention_heads=3, image_size=48,
                           patch_size=16, hidden_act="gelu"),
        projection_dim=24,
    )
    model = CLIPModel(cfg)
    perturb(model, 2)
    with torch.no_grad():
        model.logit_scale.fill_(float(np.log(20.0)))
    proc = CLIPImageProcessor(size={"shortest_edge": 52}, crop_size={"height": 48, "width": 48}, resample=3)
    # eos_token_id 2: transformers pools at argmax(input_ids) (99, the
    # largest id, plays CLIP's end of text); a 2 before it would be the
    # pooled position under the first-EOS rule.
    ids = [[98, 5, 2, 7, 11, 99, 0, 0], [98, 10, 20, 30, 40, 50, 60, 99]]
    mask = [[1, 1, 1, 1, 1, 1, 0, 0], [1] * 8]
    from transformers.models.clip import modeling_clip

    src = inspect.getsource(modeling_clip)
    rule = "eos_token_id == 2: argmax" if "eos_token_id == 2" in src else "other: read modeling_clip.py's CLIPTextTransformer.forward"
    write(out, "clip-tiny-48", model, proc, [(64, 50), (50, 70)], ids, mask, {"pooling_rule": rule})


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    siglip(out)
    clip48(out)


if __name__ == "__main__":
    main()
