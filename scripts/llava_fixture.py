"""Reference model for kiln's LLaVA (models/llava.go, processors/vlm, pipeline image-text-to-text).

Runs where torch and transformers are installed (the GPU machine; no network, CPU is enough):

    python3 scripts/llava_fixture.py OUT_DIR      # writes OUT_DIR/llava-tiny/...
    cp -r OUT_DIR/llava-tiny testdata/models/

OUT_DIR/llava-tiny is a random LlavaForConditionalGeneration saved with save_pretrained in
float32 (transformers 5 names: model.vision_tower.*, model.multi_modal_projector.*,
model.language_model.*, lm_head.weight):

- vision: CLIP, 32x32 images in 8x8 patches (16 patches + CLS), 3 layers,
  vision_feature_layer -2, strategy "default" (CLS dropped): 16 image tokens per image;
- projector: linear_1 -> gelu -> linear_2 with biases;
- text: Llama (GQA, 2 layers, hidden 32) over llava-1.5's padded vocabulary of 32064, the LM
  head tied to the input embedding (whether save_pretrained then writes lm_head.weight or not,
  kiln reads it);
- tokenizer: testdata/models/llama-tiny's (a Llama BPE of 32000) with "<image>" added as a
  special token (id 32000, llava-1.5's image_token_id), pad = <unk>, left padding;
- processor: LlavaProcessor(CLIPImageProcessor shortest_edge 36 / crop 32 / bicubic,
  patch_size 8, num_additional_image_tokens 1, vision_feature_select_strategy "default") with a
  llava-1.5-style chat template. Weights are redrawn wider than the init (std 0.15, norms and
  biases perturbed) so that greedy decoding is not a string of ties.

reference.json.gz holds, for one prompt with image.png ("single"): the processor's input_ids
(the image token expanded), pixel_values, logits rows at a few positions (full vocabulary),
greedy ids (8 new tokens) and their top-2 margins; for a left-padded batch of two prompts with
three images ("batch": image.png; image2.png, image.png): input_ids, attention_mask,
position_ids, the last position's logits of each row and greedy ids (6 new tokens); the chat
template's text for one user message of an image and a question ("chat"); the saved files.
pipeline/llava_fixture_test.go (TestLlavaFixture) replays it and skips while
testdata/models/llava-tiny is absent.
"""
import gzip
import json
import os
import sys

import numpy as np
import torch
import transformers
from PIL import Image
from tokenizers import AddedToken
from transformers import (AutoProcessor, AutoTokenizer, CLIPImageProcessor, CLIPVisionConfig, LlamaConfig, LlavaConfig,
                          LlavaForConditionalGeneration, LlavaProcessor)

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LLAMA_TOK = os.path.join(ROOT, "testdata", "models", "llama-tiny")

CHAT_TEMPLATE = (
    "{% for m in messages %}{% if m['role'] == 'user' %}USER: {% else %}ASSISTANT: {% endif %}"
    "{% if m['content'] is string %}{{ m['content'] }}{% else %}{% for c in m['content'] %}"
    "{% if c['type'] == 'image' %}<image>\n{% elif c['type'] == 'text' %}{{ c['text'] }}{% endif %}{% endfor %}{% endif %}"
    "{% if m['role'] == 'user' %} {% else %}</s>{% endif %}{% endfor %}{% if add_generation_prompt %}ASSISTANT:{% endif %}"
)


def rows(t):
    return t.detach().to(torch.float32).cpu().numpy().round(6).tolist()


def make_image(path, w, h, seed):
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w]
    smooth = np.stack([(x * 255 // (w - 1)), (y * 255 // (h - 1)), ((x + y) * 7) % 256], -1)
    noise = rng.integers(-40, 41, size=(h, w, 3))
    Image.fromarray(np.clip(smooth + noise, 0, 255).astype(np.uint8), "RGB").save(path)
    return path


def redraw(model, seed):
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for _, p in model.named_parameters():
            if p.dim() >= 2:
                p.copy_(0.15 * torch.randn(p.shape, generator=g))
            else:
                p.add_(0.1 * torch.randn(p.shape, generator=g))


def greedy_margins(model, inputs, steps):
    ids, mask = inputs["input_ids"], inputs["attention_mask"]
    margins = []
    for _ in range(steps):
        pos = (mask.cumsum(-1) - 1).clamp(min=0)
        lg = model(input_ids=ids, attention_mask=mask, position_ids=pos, pixel_values=inputs["pixel_values"]).logits[:, -1, :]
        top = lg.topk(2, dim=-1).values
        margins.append((top[:, 0] - top[:, 1]).tolist())
        nxt = lg.argmax(-1, keepdim=True)
        ids = torch.cat([ids, nxt], 1)
        mask = torch.cat([mask, torch.ones_like(nxt)], 1)
    return margins


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    d = os.path.join(sys.argv[1], "llava-tiny")
    os.makedirs(d, exist_ok=True)
    torch.manual_seed(0)
    torch.use_deterministic_algorithms(True)

    tok = AutoTokenizer.from_pretrained(LLAMA_TOK)
    tok.add_tokens([AddedToken("<image>", special=True, normalized=False)], special_tokens=True)
    image_id = tok.convert_tokens_to_ids("<image>")
    assert image_id == 32000, image_id
    tok.pad_token = tok.unk_token
    tok.padding_side = "left"

    vision = CLIPVisionConfig(hidden_size=32, intermediate_size=64, num_hidden_layers=3, num_attention_heads=2, image_size=32,
                              patch_size=8, projection_dim=32, hidden_act="quick_gelu", layer_norm_eps=1e-5)
    text = LlamaConfig(vocab_size=32064, hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=4,
                       num_key_value_heads=2, max_position_embeddings=256, rms_norm_eps=1e-5, bos_token_id=1, eos_token_id=2,
                       pad_token_id=0, tie_word_embeddings=True)
    cfg = LlavaConfig(vision_config=vision, text_config=text, projector_hidden_act="gelu", vision_feature_layer=-2,
                      vision_feature_select_strategy="default", multimodal_projector_bias=True)
    cfg.image_token_id = image_id  # transformers 4 maps it to image_token_index
    cfg.tie_word_embeddings = True  # lm_head is the input embedding: half the file, and kiln's tied path
    model = LlavaForConditionalGeneration(cfg).to(torch.float32).eval()
    assert model.config.image_token_id == image_id
    redraw(model, 1)
    model.generation_config.pad_token_id, model.generation_config.eos_token_id, model.generation_config.bos_token_id = 0, 2, 1

    ip = CLIPImageProcessor(size={"shortest_edge": 36}, crop_size={"height": 32, "width": 32}, resample=3)
    proc = LlavaProcessor(image_processor=ip, tokenizer=tok, patch_size=8, vision_feature_select_strategy="default",
                          num_additional_image_tokens=1, chat_template=CHAT_TEMPLATE)
    model.save_pretrained(d, safe_serialization=True)
    proc.save_pretrained(d)
    proc = AutoProcessor.from_pretrained(d)  # what kiln reads: the saved files
    proc.tokenizer.padding_side = "left"

    img1 = Image.open(make_image(os.path.join(d, "image.png"), 45, 38, 3)).convert("RGB")
    img2 = Image.open(make_image(os.path.join(d, "image2.png"), 30, 50, 4)).convert("RGB")
    ref = {"transformers": transformers.__version__, "torch": torch.__version__, "image_token_id": image_id,
           "files": sorted(os.listdir(d))}

    with torch.no_grad():
        prompt = "USER: <image>\nWhat is shown here? ASSISTANT:"
        inputs = proc(images=[img1], text=prompt, return_tensors="pt")
        ids = inputs["input_ids"][0].tolist()
        img_pos = [i for i, t in enumerate(ids) if t == image_id]
        positions = [0, img_pos[0], img_pos[-1], img_pos[-1] + 1, len(ids) - 1]
        lg = model(**inputs).logits[0]
        out = model.generate(**inputs, max_new_tokens=8, do_sample=False)
        ref["single"] = {
            "prompt": prompt, "images": ["image.png"], "input_ids": ids,
            "pixel_values": rows(inputs["pixel_values"]),
            "logits_positions": positions, "logits_rows": [rows(lg[p]) for p in positions],
            "greedy": {"max_new_tokens": 8, "ids": out[:, len(ids):].tolist(), "margins": greedy_margins(model, inputs, 8)},
        }

        prompts = ["USER: <image>\nDescribe it. ASSISTANT:", "USER: <image>\n<image>\nCompare the two pictures, please. ASSISTANT:"]
        inputs = proc(images=[img1, img2, img1], text=prompts, padding=True, return_tensors="pt")
        mask = inputs["attention_mask"]
        pos = (mask.cumsum(-1) - 1).clamp(min=0)
        lg = model(input_ids=inputs["input_ids"], attention_mask=mask, position_ids=pos, pixel_values=inputs["pixel_values"]).logits
        out = model.generate(**inputs, max_new_tokens=6, do_sample=False)
        n = inputs["input_ids"].shape[1]
        ref["batch"] = {
            "prompts": prompts, "images": ["image.png", "image2.png", "image.png"],
            "input_ids": inputs["input_ids"].tolist(), "attention_mask": mask.tolist(), "position_ids": pos.tolist(),
            "last_logits": rows(lg[:, -1, :]),
            "greedy": {"max_new_tokens": 6, "ids": out[:, n:].tolist(), "margins": greedy_margins(model, inputs, 6)},
        }

        messages = [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": "What is this?"}]}]
        ref["chat"] = {"messages": messages, "text": proc.apply_chat_template(messages, add_generation_prompt=True)}

    with gzip.open(os.path.join(d, "reference.json.gz"), "wt") as f:
        json.dump(ref, f)
    print(d, "files", ref["files"])
    print("single greedy", ref["single"]["greedy"]["ids"], "batch greedy", ref["batch"]["greedy"]["ids"])


if __name__ == "__main__":
    main()
