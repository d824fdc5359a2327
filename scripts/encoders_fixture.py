"""Reference fixtures for the BERT-like encoder families and their heads (issue #21).

Run on the GPU machine (torch + transformers there; the CPU is enough):

    python3 scripts/encoders_fixture.py            # from the repository root

It writes:

1. testdata/models/encoders/<family>-<head>/ for family in roberta, xlm-roberta, distilbert (and
   bert for the question-answering head) and head in mlm, cls, tok, qa: a tiny random model of
   the transformers class (RobertaForMaskedLM, XLMRobertaForSequenceClassification,
   DistilBertForQuestionAnswering, ...), saved float32 with save_pretrained, and reference.json.gz
   in the layout of testdata/models/bert-tiny-*: input_ids and attention_mask of a batch with a
   full row, a right-padded row and a left-padded row (RoBERTa numbers positions over the non-pad
   tokens, so the left-padded row checks the pad offset), and the outputs: last_hidden_state,
   logits (or start_logits and end_logits), all at float32.

2. testdata/models/bert-tiny-ner/pipeline_reference.json: transformers' token-classification
   pipeline on that (committed, random) BertForTokenClassification with bert-tiny-mlm's WordPiece
   tokenizer, for every aggregation strategy.

3. testdata/models/distilbert-tiny-qa/pipeline_reference.json: transformers' question-answering
   pipeline on that DistilBertForQuestionAnswering with the same tokenizer: top_k,
   handle_impossible_answer, max_answer_len and a context cut into windows (max_seq_len,
   doc_stride).

4. testdata/models/encoders/modernbert-tiny-{mlm,cls,ner,qa}/ (`modernbert`): tiny random
   ModernBertForMaskedLM / ForSequenceClassification (classifier_pooling "mean") /
   ForTokenClassification / ForQuestionAnswering with 4 layers (global attention every 2nd, the others
   a local window of local_attention 4 = 2 keys each side, which the 9-token batch cuts), distinct
   global and local rope thetas, eager attention (the padded computation kiln reproduces), the same
   reference.json.gz layout as 1., and the tiny ModernBERT-style tokenizer beside the weights.

5. tokenizer/testdata/modernbert/expected_shared.json.gz (`tokenizer`): Hugging Face tokenizers on
   the shared corpus with that tokenizer.json (scripts/modernbert_tiny_tokenizer.py writes it).

The Go replay tests (models: TestEncoderFixturesParity; pipeline: TestTokenClassificationReplay,
TestQuestionAnsweringReplay; tokenizer: TestParityModernBertTokenizer) skip while these files are
absent. `python3 scripts/encoders_fixture.py modernbert tokenizer` writes only 4. and 5.
"""
import gzip
import json
import os
import sys

import torch
import transformers
from transformers import pipeline

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
MODELS = os.path.join(ROOT, "testdata", "models")

VOCAB = 96
HEADS = {"mlm": "ForMaskedLM", "cls": "ForSequenceClassification", "tok": "ForTokenClassification",
         "qa": "ForQuestionAnswering"}
FAMILIES = {
    "roberta": ("Roberta", transformers.RobertaConfig, dict(
        vocab_size=VOCAB, hidden_size=16, num_hidden_layers=2, num_attention_heads=2, intermediate_size=32,
        max_position_embeddings=40, type_vocab_size=1, pad_token_id=1, bos_token_id=0, eos_token_id=2,
        layer_norm_eps=1e-5, hidden_act="gelu")),
    "xlm-roberta": ("XLMRoberta", transformers.XLMRobertaConfig, dict(
        vocab_size=VOCAB, hidden_size=16, num_hidden_layers=2, num_attention_heads=4, intermediate_size=24,
        max_position_embeddings=40, type_vocab_size=1, pad_token_id=1, bos_token_id=0, eos_token_id=2,
        layer_norm_eps=1e-5, hidden_act="gelu")),
    "distilbert": ("DistilBert", transformers.DistilBertConfig, dict(
        vocab_size=VOCAB, dim=16, n_layers=2, n_heads=2, hidden_dim=32, max_position_embeddings=40,
        pad_token_id=0, activation="gelu")),
    "bert": ("Bert", transformers.BertConfig, dict(
        vocab_size=VOCAB, hidden_size=16, num_hidden_layers=2, num_attention_heads=2, intermediate_size=32,
        max_position_embeddings=40, type_vocab_size=2, pad_token_id=0, hidden_act="gelu")),
}
LABELS = {0: "O", 1: "B-PER", 2: "I-PER"}


def tolist(t):
    return t.detach().to(torch.float32).cpu().tolist()


def batch(pad, vocab=VOCAB):
    g = torch.Generator().manual_seed(7)
    ids = torch.randint(3, vocab, (3, 9), generator=g)
    mask = torch.ones_like(ids)
    ids[1, 6:] = pad  # right padding
    mask[1, 6:] = 0
    ids[2, :3] = pad  # left padding
    mask[2, :3] = 0
    return ids, mask


def encoder_models():
    for family, (cls_prefix, config_cls, kw) in FAMILIES.items():
        for head, suffix in HEADS.items():
            if family == "bert" and head != "qa":
                continue  # BERT's other heads have fixtures already (bert-tiny-*)
            torch.manual_seed(21)
            extra = {"id2label": LABELS, "label2id": {v: k for k, v in LABELS.items()}} if head in ("cls", "tok") else {}
            config = config_cls(**kw, **extra)
            model = getattr(transformers, cls_prefix + suffix)(config).eval()
            out_dir = os.path.join(MODELS, "encoders", f"{family}-{head}")
            model.save_pretrained(out_dir, safe_serialization=True)
            ids, mask = batch(config.pad_token_id)
            with torch.no_grad():
                out = model(input_ids=ids, attention_mask=mask, output_hidden_states=True)
            ref = {"architecture": cls_prefix + suffix, "input_ids": ids.tolist(), "attention_mask": mask.tolist(),
                   "last_hidden_state": tolist(out.hidden_states[-1])}
            if head == "qa":
                ref["start_logits"], ref["end_logits"] = tolist(out.start_logits), tolist(out.end_logits)
            else:
                ref["logits"] = tolist(out.logits)
            with gzip.open(os.path.join(out_dir, "reference.json.gz"), "wt", encoding="utf-8") as f:
                json.dump(ref, f)
            print("wrote", out_dir)


MBERT_TOKENIZER = os.path.join(ROOT, "tokenizer", "testdata", "modernbert")
MBERT_VOCAB = 384  # >= the tiny tokenizer's 381 tokens, so kiln's pipelines can run the fixtures


def save_reference(out_dir, arch, ids, mask, hidden, out, head):
    finite = lambda t: tolist(torch.nan_to_num(t))  # padded rows only; compared at real tokens
    ref = {"architecture": arch, "input_ids": ids.tolist(), "attention_mask": mask.tolist(),
           "last_hidden_state": finite(hidden)}
    if head == "qa":
        ref["start_logits"], ref["end_logits"] = finite(out.start_logits), finite(out.end_logits)
    elif head != "base":
        ref["logits"] = finite(out.logits)
    with gzip.open(os.path.join(out_dir, "reference.json.gz"), "wt", encoding="utf-8") as f:
        json.dump(ref, f)


def modernbert():
    """ModernBERT fixtures (4. above), run with eager attention: the padded computation under the
    attention mask and the |i - j| <= local_attention // 2 window of transformers' masking_utils."""
    import shutil
    heads = {"mlm": "ForMaskedLM", "cls": "ForSequenceClassification", "ner": "ForTokenClassification",
             "qa": "ForQuestionAnswering"}
    for head, suffix in heads.items():
        torch.manual_seed(21)
        extra = {"id2label": LABELS, "label2id": {v: k for k, v in LABELS.items()}} if head in ("cls", "ner") else {}
        config = transformers.ModernBertConfig(
            vocab_size=MBERT_VOCAB, hidden_size=16, num_hidden_layers=4, num_attention_heads=2, intermediate_size=24,
            max_position_embeddings=64, pad_token_id=379, bos_token_id=377, eos_token_id=378, cls_token_id=377,
            sep_token_id=378, local_attention=4, global_attn_every_n_layers=2, hidden_activation="gelu",
            norm_bias=(head == "cls"), attention_bias=(head == "qa"), mlp_bias=(head == "qa"), classifier_bias=(head == "ner"),
            classifier_pooling="mean" if head == "cls" else "cls",
            rope_parameters={"full_attention": {"rope_type": "default", "rope_theta": 1000.0},
                             "sliding_attention": {"rope_type": "default", "rope_theta": 50.0}},
            **extra)
        cls = getattr(transformers, "ModernBert" + suffix)
        model = cls._from_config(config, attn_implementation="eager").float().eval()
        assert model.config._attn_implementation == "eager", model.config._attn_implementation
        out_dir = os.path.join(MODELS, "encoders", f"modernbert-tiny-{head}")
        model.save_pretrained(out_dir, safe_serialization=True)
        for name in ("tokenizer.json.gz", "tokenizer_config.json"):
            src = os.path.join(MBERT_TOKENIZER, name)
            if name.endswith(".gz"):
                with gzip.open(src, "rb") as f, open(os.path.join(out_dir, "tokenizer.json"), "wb") as g:
                    g.write(f.read())
            else:
                shutil.copy(src, out_dir)
        ids, mask = batch(config.pad_token_id, vocab=377)  # real tokens below the specials
        with torch.no_grad():
            out = model(input_ids=ids, attention_mask=mask)
            # the base model's output, after final_norm (hidden_states[-1] may be the last layer's, before it)
            hidden = model.model(input_ids=ids, attention_mask=mask).last_hidden_state
        save_reference(out_dir, "ModernBert" + suffix, ids, mask, hidden, out, head)
        print("wrote", out_dir)


def tokenizer_parity():
    """5. above: HF tokenizers' encodings of the shared corpus with the tiny ModernBERT tokenizer."""
    from tokenizers import Tokenizer
    import tokenizers
    with gzip.open(os.path.join(MBERT_TOKENIZER, "tokenizer.json.gz"), "rt", encoding="utf-8") as f:
        tk = Tokenizer.from_str(f.read())
    with gzip.open(os.path.join(ROOT, "tokenizer", "testdata", "corpus_shared.json.gz"), "rt", encoding="utf-8") as f:
        texts = json.load(f)
    texts += ["The capital of France is [MASK].", "[MASK] is the capital of France.", "Paris  [MASK] France",
              "two [MASK] [MASK] masks", "[CLS] in text [SEP] and [PAD]"]
    cases = []
    for text in texts:
        e = tk.encode(text)
        cases.append({"text": text, "ids": e.ids, "tokens": e.tokens, "offsets": [list(o) for o in e.offsets],
                      "ids_no_special": tk.encode(text, add_special_tokens=False).ids,
                      "decoded": tk.decode(e.ids, skip_special_tokens=False),
                      "decoded_skip_special": tk.decode(e.ids, skip_special_tokens=True)})
    path = os.path.join(MBERT_TOKENIZER, "expected_shared.json.gz")
    with gzip.open(path, "wt", encoding="utf-8") as f:
        json.dump({"tokenizer": "modernbert-tiny", "tokenizers_version": tokenizers.__version__, "cases": cases}, f)
    print("wrote", path)


def plain(x):
    """numpy scalars -> Python numbers, recursively."""
    if isinstance(x, dict):
        return {k: plain(v) for k, v in x.items()}
    if isinstance(x, list):
        return [plain(v) for v in x]
    if hasattr(x, "item"):
        return x.item()
    return x


def tokenizer():
    return transformers.BertTokenizerFast.from_pretrained(os.path.join(MODELS, "bert-tiny-mlm"))


NER_TEXTS = [
    "My name is Wolfgang and I live in Berlin",
    "My name is Wolfgangus and I live in Berlinshire, and Huggingface is in New York City",
    "Dr. Smithsonian met Xylophonia at the Kremlinesque gates.",
    "Zoë \U0001F980 met Ångström in Zürich \u2764 yesterday",  # [UNK] tokens and code-point offsets
]


def ner():
    d = os.path.join(MODELS, "bert-tiny-ner")
    model = transformers.BertForTokenClassification.from_pretrained(d).float().eval()  # stored bf16; kiln computes in f32
    tok = tokenizer()
    res = {"texts": NER_TEXTS, "results": {}}
    for strategy in ["none", "simple", "first", "average", "max"]:
        p = pipeline("token-classification", model=model, tokenizer=tok, aggregation_strategy=strategy, device="cpu")
        res["results"][strategy] = [plain(p(t)) for t in NER_TEXTS]
        p2 = pipeline("token-classification", model=model, tokenizer=tok, aggregation_strategy=strategy,
                      ignore_labels=[], device="cpu")
        res["results"][strategy + "+all"] = [plain(p2(t)) for t in NER_TEXTS]
    with open(os.path.join(d, "pipeline_reference.json"), "w") as f:
        json.dump(res, f, indent=1)
    print("wrote", d)


QA_CASES = [
    {"question": "Where do I live?", "context": "My name is Wolfgang and I live in Berlin"},
    {"question": "Who am I?", "context": "My name is Wolfgangus and I live in Berlinshire.", "top_k": 3},
    {"question": "Where do I live?", "context": "My name is Wolfgang and I live in Berlin",
     "top_k": 4, "handle_impossible_answer": True},
    {"question": "What is it?", "context": "It is a tiny model with random weights and a real tokenizer.",
     "top_k": 2, "max_answer_len": 3},
    {"question": "Which city?", "context": " ".join(["The quick brown fox jumps over the lazy dog in Berlin."] * 6),
     "top_k": 3, "max_seq_len": 32, "doc_stride": 8},
]


def qa():
    d = os.path.join(MODELS, "distilbert-tiny-qa")
    model = transformers.DistilBertForQuestionAnswering.from_pretrained(d).float().eval()
    tok = tokenizer()
    try:
        p = pipeline("question-answering", model=model, tokenizer=tok, device="cpu")
        source = "pipeline"
    except KeyError:
        # transformers removed the question-answering pipeline in 5.3 (huggingface/transformers#43325);
        # 5.17 is on the GPU machine. qa_reference below runs what that pipeline ran, from transformers'
        # own pieces that remain: the fast tokenizer's windowing and its span search.
        p, source = None, "span search of transformers " + transformers.__version__
    out = []
    for case in QA_CASES:
        kw = {k: v for k, v in case.items() if k not in ("question", "context")}
        kw.setdefault("max_seq_len", 64)  # the model's positions (the tokenizer has no model_max_length)
        if p is not None:
            r = plain(p(question=case["question"], context=case["context"], **kw))
        else:
            r = qa_reference(model, tok, case["question"], case["context"], **kw)
        out.append({**case, "max_seq_len": kw["max_seq_len"], "answers": r if isinstance(r, list) else [r]})
    with open(os.path.join(d, "pipeline_reference.json"), "w") as f:
        json.dump({"transformers": transformers.__version__, "source": source, "cases": out}, f, indent=1)
    print("wrote", d, "from", source)


def span_search():
    """transformers' select_starts_ends (softmax over the context tokens, the null score, then
    decode_spans' top-k over s <= e < s + max_answer_len), wherever this transformers keeps it: the
    document-question-answering pipeline, which remains, shares it with the removed one."""
    import importlib
    for mod in ("transformers.pipelines.question_answering", "transformers.pipelines.document_question_answering"):
        try:
            m = importlib.import_module(mod)
        except ImportError:
            continue
        if hasattr(m, "select_starts_ends"):
            return m.select_starts_ends, mod
    return select_starts_ends_spec, "this script's select_starts_ends_spec (transformers keeps no span search)"


def select_starts_ends_spec(start, end, p_mask, attention_mask, min_null_score=1000000, top_k=1,
                            handle_impossible_answer=False, max_answer_len=15):
    """The span search of transformers' question-answering pipeline (<= 5.2), written from its documented
    behaviour for when the installed transformers no longer has it: start/end logits of tokens that are
    not context (p_mask 1) or padding set to -10000; a softmax over each; the null score p_start[0] *
    p_end[0] kept when smaller; token 0 zeroed; scores p_start[s] * p_end[e] for s <= e < s +
    max_answer_len; the top_k by score (np.argsort of the negated flat matrix for top_k > 1,
    np.argmax for 1); spans kept when both ends are desired tokens -- membership tested against the
    nonzero() of the (1, n) desired mask, whose row indices are all 0, so token 0 also passes."""
    import numpy as np
    undesired = np.abs(np.array(p_mask) - 1)
    if attention_mask is not None:
        undesired = undesired & attention_mask
    bad = undesired == 0.0
    start = np.where(bad, -10000.0, start)
    end = np.where(bad, -10000.0, end)
    start = np.exp(start - start.max(axis=-1, keepdims=True)); start = start / start.sum()
    end = np.exp(end - end.max(axis=-1, keepdims=True)); end = end / end.sum()
    if handle_impossible_answer:
        min_null_score = min(min_null_score, (start[0, 0] * end[0, 0]).item())
    start[0, 0] = end[0, 0] = 0.0
    if start.ndim == 1:
        start = start[None]
    if end.ndim == 1:
        end = end[None]
    outer = np.matmul(np.expand_dims(start, -1), np.expand_dims(end, 1))
    candidates = np.tril(np.triu(outer), max_answer_len - 1)
    flat = candidates.flatten()
    if top_k == 1:
        idx = [np.argmax(flat)]
    elif len(flat) < top_k:
        idx = np.argsort(-flat)
    else:
        idx = np.argpartition(-flat, top_k)[0:top_k]
        idx = idx[np.argsort(-flat[idx])]
    starts, ends = np.unravel_index(idx, candidates.shape)[1:]
    keep = np.isin(starts, undesired.nonzero()) & np.isin(ends, undesired.nonzero())
    starts, ends = starts[keep], ends[keep]
    scores = candidates[0, starts, ends]
    return starts, ends, scores, min_null_score


def qa_reference(model, tok, question, context, top_k=1, handle_impossible_answer=False, max_answer_len=15,
                 max_seq_len=384, doc_stride=None):
    """One question as transformers' QuestionAnsweringPipeline (<= 5.2) answers it with a right-padding
    fast tokenizer: question first, the context truncated only_second into windows of max_seq_len
    tokens overlapping by doc_stride (default min(max_seq_len // 2, 128)); p_mask 1 outside the context
    but 0 on the CLS token; each window run alone (batch_size 1, no padding); transformers' own span
    search per window with the running null score; answers widened to whole words (align_to_words:
    token_to_word, then word_to_chars of the context); the null answer added last with
    handle_impossible_answer; the top_k best by score (a stable sort)."""
    import numpy as np
    select, _ = span_search()
    if doc_stride is None:
        doc_stride = min(max_seq_len // 2, 128)
    enc = tok(text=question, text_pair=context, padding="do_not_pad", truncation="only_second",
              max_length=max_seq_len, stride=doc_stride, return_tensors="np", return_token_type_ids=True,
              return_overflowing_tokens=True, return_offsets_mapping=True, return_special_tokens_mask=True)
    n = len(enc["input_ids"])
    p_mask = np.asarray([[t != 1 for t in enc.sequence_ids(i)] for i in range(n)])
    if tok.cls_token_id is not None:
        p_mask[np.nonzero(enc["input_ids"] == tok.cls_token_id)] = 0
    null, answers = 1000000, []
    for i in range(n):
        ids = torch.tensor(enc["input_ids"][i:i + 1]).long()
        mask = torch.tensor(enc["attention_mask"][i:i + 1]).long()
        o = model(input_ids=ids, attention_mask=mask)
        starts, ends, scores, null = select(o.start_logits.numpy(), o.end_logits.numpy(), p_mask[i:i + 1],
                                            mask.numpy(), null, top_k, handle_impossible_answer, max_answer_len)
        e = enc[i]
        for s, t, score in zip(starts, ends, scores):
            try:
                a = e.word_to_chars(e.token_to_word(s), sequence_index=1)[0]
                b = e.word_to_chars(e.token_to_word(t), sequence_index=1)[1]
            except Exception:
                a, b = e.offsets[s][0], e.offsets[t][1]
            answers.append({"score": float(score), "start": int(a), "end": int(b), "answer": context[a:b]})
    if handle_impossible_answer:
        answers.append({"score": float(null), "start": 0, "end": 0, "answer": ""})
    answers = sorted(answers, key=lambda x: x["score"], reverse=True)[:top_k]
    return answers


if __name__ == "__main__":
    torch.set_grad_enabled(False)
    what = sys.argv[1:] or ["models", "ner", "qa", "modernbert", "tokenizer"]
    if "models" in what:
        encoder_models()
    if "ner" in what:
        ner()
    if "qa" in what:
        qa()
    if "modernbert" in what:
        modernbert()
    if "tokenizer" in what:
        tokenizer_parity()
