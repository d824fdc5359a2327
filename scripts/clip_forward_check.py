"""Compare `kiln forward` of a CLIP or SigLIP fixture with its reference.json.

For the backends the Go tests do not reach (xla on the GPU machine):

  kiln forward --model testdata/models/clip-tiny --backend xla \
      --image testdata/models/clip-tiny/image.png \
      --ids "$(python3 scripts/clip_forward_check.py --ids testdata/models/clip-tiny)" \
      --attention-mask "$(python3 scripts/clip_forward_check.py --mask testdata/models/clip-tiny)" \
      --out /tmp/clip.safetensors
  python3 scripts/clip_forward_check.py testdata/models/clip-tiny /tmp/clip.safetensors

(for a fixture of several images pass --image image.png --image image2.png ...). It checks
pixel_values within 1e-5 and text_embeds, image_embeds, logits_per_image and
logits_per_text within 1e-4, prints the largest differences and exits 1 on a failure.
reference.json may be gzipped (reference.json.gz). Needs numpy and safetensors.
"""
import gzip
import json
import os
import sys


def reference(d):
    p = os.path.join(d, "reference.json")
    if os.path.exists(p):
        return json.load(open(p))
    return json.load(gzip.open(p + ".gz"))


def rows(x):
    return ";".join(",".join(str(v) for v in r) for r in x)


def main():
    if len(sys.argv) == 3 and sys.argv[1] in ("--ids", "--mask"):
        ref = reference(sys.argv[2])
        print(rows(ref["input_ids"] if sys.argv[1] == "--ids" else ref["attention_mask"]))
        return
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    import numpy as np
    from safetensors.numpy import load_file

    ref = reference(sys.argv[1])
    got = load_file(sys.argv[2])
    lpi = np.array(ref["logits_per_image"])
    checks = {"pixel_values": (ref["pixel_values"], 1e-5), "text_embeds": (ref["text_embeds"], 1e-4),
              "image_embeds": (ref["image_embeds"], 1e-4), "logits_per_image": (lpi, 1e-4), "logits_per_text": (lpi.T, 1e-4)}
    ok = True
    for name, (want, tol) in checks.items():
        want = np.asarray(want, dtype=np.float64)
        if name not in got:
            print(f"{name}: missing (have {sorted(got)})")
            ok = False
            continue
        g = got[name].astype(np.float64)
        if g.shape != want.shape:
            print(f"{name}: shape {g.shape}, want {want.shape}")
            ok = False
            continue
        d = float(np.max(np.abs(g - want))) if g.size else 0.0
        good = d <= tol and not np.isnan(g).any()
        ok = ok and good
        print(f"{name}: max |diff| {d:.3g} (tol {tol}) {'ok' if good else 'FAIL'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
