"""Writes testdata/optim/torch_optim.json: three optimizer steps of torch's
and transformers' optimizers on tiny float32 parameters, for train's tests.

Usage: python3 scripts/optim_fixture.py OUT.json

Every case starts from the same parameters and sees the same gradients and
learning rates; it records the parameters and state after the last step
and, where it clips, the pre-clip norm of every step (what the HF Trainer
logs as grad_norm). The optimizers run on the CPU with foreach=False (the
single-tensor code the HF Trainer gets on CPU). The file also records the
weight-decay groups the HF Trainer builds for tiny GPT-2, Llama, Qwen3 and
BERT models (Trainer.get_decay_parameter_names).
"""
import json, sys, tempfile
import torch
import transformers
from transformers.optimization import Adafactor

torch.manual_seed(0)
SHAPES = {
    "h.0.attn.c_attn.weight": [3, 4],
    "h.0.attn.c_attn.bias": [4],
    "h.0.ln_1.weight": [4],
    "model.layers.0.mlp.up_proj.weight": [2, 5],
}
DECAY = {"h.0.attn.c_attn.weight", "model.layers.0.mlp.up_proj.weight"}
LRS = [1e-3, 5e-4, 2e-3]

gen = torch.Generator().manual_seed(1)
INIT = {n: torch.rand(s, generator=gen) * 2 - 1 for n, s in SHAPES.items()}
GRADS = [{n: (torch.rand(s, generator=gen) * 2 - 1) * 0.3 for n, s in SHAPES.items()} for _ in LRS]


def adamw(groups, **kw):
    return torch.optim.AdamW(groups, lr=LRS[0], foreach=False, **kw)


def adam(groups, **kw):
    return torch.optim.Adam(groups, lr=LRS[0], foreach=False, **kw)


def sgd(groups, **kw):
    return torch.optim.SGD(groups, lr=LRS[0], foreach=False, **kw)


# name, optimizer factory, weight decay, max_grad_norm, the kiln settings
CASES = [
    ("adamw_wd", lambda g: adamw(g), 0.05, 0, {"optim": "adamw_torch"}),
    ("adamw_low_beta1", lambda g: adamw(g, betas=(0.3, 0.95), eps=1e-6), 0.0, 0,
     {"optim": "adamw_torch", "beta1": 0.3, "beta2": 0.95, "eps": 1e-6}),
    ("adam_l2", lambda g: adam(g), 0.1, 0, {"optim": "adam"}),
    ("adamw_clipped", lambda g: adamw(g), 0.01, 0.5, {"optim": "adamw_torch"}),
    ("adamw_not_clipped", lambda g: adamw(g), 0.0, 1000.0, {"optim": "adamw_torch"}),
    ("sgd", lambda g: sgd(g), 0.01, 0, {"optim": "sgd"}),
    ("sgd_momentum_dampening", lambda g: sgd(g, momentum=0.9, dampening=0.25), 0.01, 0,
     {"optim": "sgd", "momentum": 0.9, "dampening": 0.25}),
    ("sgd_nesterov", lambda g: sgd(g, momentum=0.8, nesterov=True), 0.0, 0,
     {"optim": "sgd", "momentum": 0.8, "nesterov": True}),
    ("adafactor_trainer", lambda g: Adafactor(g, lr=LRS[0], scale_parameter=False, relative_step=False), 0.01, 0,
     {"optim": "adafactor"}),
    ("adafactor_relative_scaled_beta1",
     lambda g: Adafactor(g, lr=None, relative_step=True, scale_parameter=True, warmup_init=True, beta1=0.9), 0.1, 0,
     {"optim": "adafactor", "relative_step": True, "scale_parameter": True, "warmup_init": True, "beta1": 0.9}),
]


def run_case(factory, wd, max_norm):
    params = {n: t.clone().requires_grad_(True) for n, t in INIT.items()}
    groups = [
        {"params": [p for n, p in params.items() if n in DECAY], "weight_decay": wd},
        {"params": [p for n, p in params.items() if n not in DECAY], "weight_decay": 0.0},
    ]
    opt = factory(groups)
    norms = []
    for step, lr in enumerate(LRS):
        for g in opt.param_groups:
            if g.get("lr") is not None:
                g["lr"] = lr
        for n, p in params.items():
            p.grad = GRADS[step][n].clone()
        if max_norm > 0:
            norms.append(torch.nn.utils.clip_grad_norm_(list(params.values()), max_norm).item())
        opt.step()
    state = {}
    for n, p in params.items():
        state[n] = {k: v.tolist() for k, v in opt.state[p].items()
                    if torch.is_tensor(v) and v.dtype == torch.float32 and v.dim() > 0}
    return {n: p.detach().tolist() for n, p in params.items()}, state, norms


def decay_groups():
    from transformers import (Trainer, TrainingArguments, GPT2Config, GPT2LMHeadModel, LlamaConfig,
                              LlamaForCausalLM, BertConfig, BertForSequenceClassification)
    small = dict(vocab_size=64)
    models = {
        "gpt2": GPT2LMHeadModel(GPT2Config(n_embd=16, n_layer=1, n_head=2, n_positions=16, **small)),
        "llama": LlamaForCausalLM(LlamaConfig(hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                                              num_attention_heads=2, num_key_value_heads=1, **small)),
        "bert_cls": BertForSequenceClassification(BertConfig(hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                                                             intermediate_size=32, num_labels=3, **small)),
    }
    try:
        from transformers import Qwen3Config, Qwen3ForCausalLM
        models["qwen3"] = Qwen3ForCausalLM(Qwen3Config(hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                                                       num_attention_heads=2, num_key_value_heads=1, head_dim=8, **small))
    except ImportError:
        pass
    out = {}
    with tempfile.TemporaryDirectory() as d:
        for name, m in models.items():
            tr = Trainer(model=m, args=TrainingArguments(output_dir=d, report_to=[]))
            out[name] = {"names": [n for n, _ in m.named_parameters()],
                         "decay": sorted(tr.get_decay_parameter_names(m))}
    return out


def main():
    cases = []
    for name, factory, wd, max_norm, kiln in CASES:
        params, state, norms = run_case(factory, wd, max_norm)
        cases.append({"name": name, "weight_decay": wd, "max_grad_norm": max_norm, "kiln": kiln,
                      "params": params, "state": state, "grad_norms": norms})
    doc = {
        "torch": torch.__version__, "transformers": transformers.__version__,
        "shapes": SHAPES, "decay": sorted(DECAY), "lrs": LRS,
        "init": {n: t.tolist() for n, t in INIT.items()},
        "grads": [{n: t.tolist() for n, t in g.items()} for g in GRADS],
        "cases": cases, "decay_groups": decay_groups(),
    }
    with open(sys.argv[1], "w") as f:
        json.dump(doc, f)


main()
