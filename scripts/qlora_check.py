#!/usr/bin/env python3
"""Checks kiln's QLoRA (issue #20) against PEFT training on the GPU machine.

The GPU machine has torch, transformers and peft but not bitsandbytes, so
HF cannot run QLoRA there. What bitsandbytes' QLoRA computes is LoRA over
the base weights dequantized from the 4-bit codes (Linear4bit dequantizes,
then multiplies in the compute dtype), so the reference is PEFT training
an adapter on transformers' float model holding those dequantized weights:

  1. `kiln quantize` llama-tiny to nf4 with double quantization (bfloat16
     quant_state), then dequantize the saved tensors as bitsandbytes does
     (scripts/bnb_roundtrip_check.py's dequant_4bit, itself checked bit
     for bit against the kernels' definitions);
  2. `kiln train --peft` on the quantized checkpoint with learning_rate 0
     for one step: it saves the adapter's initial weights (kiln's
     generator, init_lora_weights false so that A and B are both random);
  3. `kiln train --adapter INIT` on the quantized checkpoint (packed base,
     quant_matmul_codebook and its gradient) for --steps steps, every row
     in one batch, constant learning rate, no clipping, no dropout;
  4. PEFT: PeftModel.from_pretrained(float model, INIT, is_trainable=True),
     the same steps with torch.optim.AdamW (HF's defaults), float32 on the
     CPU;
  5. compares the per-step losses (kiln's trainer_state.json) within
     --loss-rtol and the trained adapters element by element within
     --weight-atol (1e-4: the training core's float32 bound on weights).

Run from the repository root with a kiln binary built elsewhere (the GPU
machine has no Go toolchain):
    python3 scripts/qlora_check.py --kiln ./kiln
Exit status 0 and "ALL OK" when everything matches.
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("bnb_roundtrip_check", os.path.join(HERE, "bnb_roundtrip_check.py"))
bnb = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bnb)

ROWS = [[1, 450, 7483, 310, 3444, 338, 263, 1243], [1, 306, 4997, 338, 263, 1781, 29889, 13],
        [1, 910, 338, 263, 1243, 310, 278, 2323], [1, 15043, 3186, 29892, 920, 526, 366, 29973]]
LORA = {"r": 4, "lora_alpha": 8, "target_modules": ["q_proj", "v_proj", "gate_proj", "down_proj"],
        "init_lora_weights": False, "lora_dropout": 0.0, "task_type": "CAUSAL_LM"}


def train_args(out, lr, steps):
    return {"output_dir": out, "max_steps": steps, "per_device_train_batch_size": len(ROWS), "learning_rate": lr,
            "lr_scheduler_type": "constant", "warmup_steps": 0, "weight_decay": 0.0, "max_grad_norm": 0.0,
            "logging_steps": 1, "save_strategy": "no", "report_to": "none", "seed": 7}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kiln", required=True, help="a kiln binary built elsewhere")
    ap.add_argument("--float", default="testdata/models/llama-tiny")
    ap.add_argument("--steps", type=int, default=5)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--backend", default="interp")
    ap.add_argument("--loss-rtol", type=float, default=1e-4)
    ap.add_argument("--weight-atol", type=float, default=1e-4)
    ap.add_argument("--keep", default="")
    args = ap.parse_args()
    kiln = os.path.abspath(args.kiln)
    work = args.keep or tempfile.mkdtemp(prefix="qlora-check-")
    os.makedirs(work, exist_ok=True)
    q = os.path.join(work, "llama-tiny-nf4")
    subprocess.run([kiln, "quantize", "--model", args.float, "--out", q, "--load-in-4bit", "--bnb-4bit-quant-type", "nf4",
                    "--bnb-4bit-use-double-quant", "--bnb-weight-dtype", "bfloat16"], check=True)
    rows = os.path.join(work, "rows.jsonl")
    with open(rows, "w") as f:
        for r in ROWS:
            f.write(json.dumps({"input_ids": r, "labels": r}) + "\n")
    cfg = os.path.join(work, "lora_config.json")
    json.dump(LORA, open(cfg, "w"))

    def kiln_train(out, lr, steps, adapter_flag):
        a = os.path.join(work, out + ".args.json")
        json.dump(train_args(os.path.join(work, out), lr, steps), open(a, "w"))
        subprocess.run([kiln, "train", "--backend", args.backend, "--model", q, "--train-file", rows, "--args", a,
                        "--output-dir", os.path.join(work, out)] + adapter_flag, check=True)
        return os.path.join(work, out)

    init = kiln_train("init", 0.0, 1, ["--peft", cfg])
    trained = kiln_train("trained", args.lr, args.steps, ["--adapter", init])
    state = json.load(open(os.path.join(trained, "trainer_state.json")))
    kiln_losses = [e["loss"] for e in state["log_history"] if "loss" in e]

    # The float base: llama-tiny with the 4-bit Linears dequantized as bitsandbytes does.
    from transformers import AutoConfig, AutoModelForCausalLM
    from peft import PeftModel
    base = bnb.read_checkpoint(args.float)
    qt = bnb.read_checkpoint(q)
    sd = {k: v.float() for k, v in base.items()}
    for k in qt:
        if ".weight.quant_state.bitsandbytes__" in k:
            m = k.split(".weight.quant_state.")[0]
            sd[m + ".weight"] = bnb.dequant_4bit(qt, m, json.loads(bytes(qt[k].tolist())))
    model = AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(args.float)).float()
    missing, unexpected = model.load_state_dict(sd, strict=False)
    assert not unexpected, unexpected
    model = PeftModel.from_pretrained(model, init, is_trainable=True)
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=args.lr, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0)
    ids = torch.tensor(ROWS)
    ref_losses = []
    for _ in range(args.steps):
        loss = model(input_ids=ids, labels=ids).loss
        ref_losses.append(loss.item())
        loss.backward()
        opt.step()
        opt.zero_grad()
    failed = 0
    print("kiln losses", kiln_losses)
    print("peft losses", ref_losses)
    if len(kiln_losses) != len(ref_losses):
        print(f"FAIL: {len(kiln_losses)} kiln losses, {len(ref_losses)} reference")
        failed += 1
    for i, (k, r) in enumerate(zip(kiln_losses, ref_losses)):
        if abs(k - r) > args.loss_rtol * abs(r):
            print(f"FAIL: step {i + 1} loss {k} (kiln) vs {r} (peft on the dequantized base)")
            failed += 1
    # Trained adapters: kiln's saved file against PEFT's state dict.
    got = bnb.read_safetensors(os.path.join(trained, "adapter_model.safetensors"))
    from peft import get_peft_model_state_dict
    want = get_peft_model_state_dict(model)
    for k, w in want.items():
        g = got.get(k)
        if g is None:
            print(f"FAIL: kiln's adapter lacks {k}")
            failed += 1
            continue
        d = (g.float() - w.float()).abs()
        # The training core's float32 bound on trained weights
        # (train/trainer_fixture_test.go, fixtureFloat32.weightAbs): after
        # a few AdamW steps the two runs agree to rounding, which Adam's
        # m/sqrt(v) scales up where a gradient element nearly cancels.
        tol = args.weight_atol
        n_out = int((d > tol).sum().item())
        print(f"{k}: max |diff| {d.max().item():.3g}, {n_out} of {d.numel()} elements beyond {tol:g}")
        if n_out:
            failed += 1
    print("ALL OK" if not failed else f"{failed} check(s) failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
