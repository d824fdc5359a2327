#!/usr/bin/env python3
"""Writes tokenizer/testdata/chat_templates_families.json: the chat templates
that the Hub checkpoints of kiln's model families ship, each rendered for
several conversations, as transformers' apply_chat_template(tokenize=False)
renders them. TestFamilyChatTemplates (tokenizer/chat_families_test.go)
renders every case with kiln and compares the text exactly (or, where the
template raises, requires an error naming the message).

Renderer:
  * transformers importable (the GPU machine): transformers' own compiler,
    transformers.utils.chat_template_utils (render_jinja_template when the
    version has it, else _compile_jinja_template(...).render), which is what
    apply_chat_template and ProcessorMixin.apply_chat_template call.
  * otherwise: jinja2 (3.1) set up exactly as that compiler does:
    ImmutableSandboxedEnvironment(trim_blocks, lstrip_blocks, extensions
    [generation tag, loopcontrols]), tojson = json.dumps(ensure_ascii=False,
    ...), globals raise_exception / strftime_now, rendered with messages,
    tools=None, documents=None, add_generation_prompt and the special tokens
    as variables.
The output names the renderer and the versions used.

The Hub is not reachable from here, so each template string is a verbatim
copy found in public repositories (see SOURCES); the string below is the
JSON value of tokenizer_config.json's "chat_template" (or the processor's
chat_template.json) with JSON's escapes read as Python's, which coincide.

Usage:  python3 scripts/chat_template_fixture.py [--check]
  --check   render and compare with the committed JSON instead of writing it
            (on the GPU machine: proves transformers agrees with the jinja2
            renderer the file was made with).
"""
import argparse
import json
import os
import sys
from datetime import datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tokenizer", "testdata", "chat_templates_families.json")

GEMMA_SPECIALS = {"bos_token": "<bos>", "eos_token": "<eos>", "unk_token": "<unk>", "pad_token": "<pad>"}
MISTRAL_SPECIALS = {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>"}

TEMPLATES = {
    # google/gemma-2-2b-it, -9b-it, -27b-it tokenizer_config.json.
    "gemma2": {
        "checkpoints": ["google/gemma-2-2b-it", "google/gemma-2-9b-it", "google/gemma-2-27b-it"],
        "sources": [
            "ShishirPatil/gorilla berkeley-function-call-leaderboard model_handler gemma.py (quotes the tokenizer_config.json "
            "bos_token and chat_template)",
            "oxide-lab/Oxide-Lab src-tauri/src/core/templates/gemma2.rs",
        ],
        "specials": GEMMA_SPECIALS,
        "template": "{{ bos_token }}{% if messages[0]['role'] == 'system' %}{{ raise_exception('System role not supported') }}{% endif %}{% for message in messages %}{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}{% if (message['role'] == 'assistant') %}{% set role = 'model' %}{% else %}{% set role = message['role'] %}{% endif %}{{ '<start_of_turn>' + role + '\n' + message['content'] | trim + '<end_of_turn>\n' }}{% endfor %}{% if add_generation_prompt %}{{'<start_of_turn>model\n'}}{% endif %}",
    },
    # google/gemma-3-*-it (tokenizer_config.json and chat_template.json).
    "gemma3": {
        "checkpoints": ["google/gemma-3-1b-it", "google/gemma-3-4b-it", "google/gemma-3-12b-it", "google/gemma-3-27b-it"],
        "sources": [
            "mesh-llm template tests: gemma3_prompt_parity_fixture (a tokenizer_config.json, '\\n\\n' as a Jinja escape)",
            "a ggml-org/gemma-3-270m-GGUF inference worker setting tokenizer.chat_template to the Hub template",
            "huggingface/transformers models/gemma3n/convert_gemma3n_weights.py _CHAT_TEMPLATE (same text, Gemma 3n's image token)",
        ],
        "specials": GEMMA_SPECIALS,
        "template": "{{ bos_token }}\n{%- if messages[0]['role'] == 'system' -%}\n    {%- if messages[0]['content'] is string -%}\n        {%- set first_user_prefix = messages[0]['content'] + '\\n\\n' -%}\n    {%- else -%}\n        {%- set first_user_prefix = messages[0]['content'][0]['text'] + '\\n\\n' -%}\n    {%- endif -%}\n    {%- set loop_messages = messages[1:] -%}\n{%- else -%}\n    {%- set first_user_prefix = \"\" -%}\n    {%- set loop_messages = messages -%}\n{%- endif -%}\n{%- for message in loop_messages -%}\n    {%- if (message['role'] == 'user') != (loop.index0 % 2 == 0) -%}\n        {{ raise_exception(\"Conversation roles must alternate user/assistant/user/assistant/...\") }}\n    {%- endif -%}\n    {%- if (message['role'] == 'assistant') -%}\n        {%- set role = \"model\" -%}\n    {%- else -%}\n        {%- set role = message['role'] -%}\n    {%- endif -%}\n    {{ '<start_of_turn>' + role + '\\n' + (first_user_prefix if loop.first else \"\") }}\n    {%- if message['content'] is string -%}\n        {{ message['content'] | trim }}\n    {%- elif message['content'] is iterable -%}\n        {%- for item in message['content'] -%}\n            {%- if item['type'] == 'image' -%}\n                {{ '<start_of_image>' }}\n            {%- elif item['type'] == 'text' -%}\n                {{ item['text'] | trim }}\n            {%- endif -%}\n        {%- endfor -%}\n    {%- else -%}\n        {{ raise_exception(\"Invalid content type\") }}\n    {%- endif -%}\n    {{ '<end_of_turn>\\n' }}\n{%- endfor -%}\n{%- if add_generation_prompt -%}\n    {{'<start_of_turn>model\\n'}}\n{%- endif -%}\n",
    },
    # microsoft/Phi-3-mini-4k-instruct and -128k-instruct (since Microsoft's
    # July 2024 update both ship this template; earlier revisions had a
    # user/assistant-only one).
    "phi3": {
        "checkpoints": ["microsoft/Phi-3-mini-4k-instruct", "microsoft/Phi-3-mini-128k-instruct"],
        "sources": [
            "openvinotoolkit/openvino_tokenizers tests: get_tokenizer_configs()['microsoft/Phi-3-mini-4k-instruct'] "
            "(bos/eos/pad/unk and chat_template of the tokenizer_config.json)",
            "guidance-ai/guidance chat.py phi3_mini_template (from Phi-3-mini-4k-instruct/tokenizer_config.json#L119)",
            "a C++ chat-template module's PHI3_CHAT_TEMPLATE constant (same text); "
            "the -128k copy was not found separately and is taken to be the same",
        ],
        "specials": {"bos_token": "<s>", "eos_token": "<|endoftext|>", "unk_token": "<unk>", "pad_token": "<|endoftext|>"},
        "template": "{% for message in messages %}{% if message['role'] == 'system' %}{{'<|system|>\n' + message['content'] + '<|end|>\n'}}{% elif message['role'] == 'user' %}{{'<|user|>\n' + message['content'] + '<|end|>\n'}}{% elif message['role'] == 'assistant' %}{{'<|assistant|>\n' + message['content'] + '<|end|>\n'}}{% endif %}{% endfor %}{% if add_generation_prompt %}{{ '<|assistant|>\n' }}{% else %}{{ eos_token }}{% endif %}",
    },
    # mistralai/Mistral-7B-Instruct-v0.1 and Mixtral-8x7B-Instruct-v0.1 today
    # (the optional system message is prepended to the first user turn).
    "mistral-v0.1": {
        "checkpoints": ["mistralai/Mistral-7B-Instruct-v0.1", "mistralai/Mixtral-8x7B-Instruct-v0.1"],
        "sources": [
            "openvinotoolkit/openvino_tokenizers tests: get_tokenizer_configs()['mistralai/Mistral-7B-Instruct-v0.1']",
        ],
        "specials": MISTRAL_SPECIALS,
        "template": "{%- if messages[0]['role'] == 'system' %}\n    {%- set system_message = messages[0]['content'] %}\n    {%- set loop_messages = messages[1:] %}\n{%- else %}\n    {%- set loop_messages = messages %}\n{%- endif %}\n\n{{- bos_token }}\n{%- for message in loop_messages %}\n    {%- if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}\n        {{- raise_exception('After the optional system message, conversation roles must alternate user/assistant/user/assistant/...') }}\n    {%- endif %}\n    {%- if message['role'] == 'user' %}\n        {%- if loop.first and system_message is defined %}\n            {{- ' [INST] ' + system_message + '\\n\\n' + message['content'] + ' [/INST]' }}\n        {%- else %}\n            {{- ' [INST] ' + message['content'] + ' [/INST]' }}\n        {%- endif %}\n    {%- elif message['role'] == 'assistant' %}\n        {{- ' ' + message['content'] + eos_token}}\n    {%- else %}\n        {{- raise_exception('Only user and assistant roles are supported, with the exception of an initial optional system message!') }}\n    {%- endif %}\n{%- endfor %}\n",
    },
    # The first revisions of Mixtral-8x7B-Instruct-v0.1 (and its many
    # quantized copies): [INST] ... [/INST], no system role.
    "mixtral-v0.1-original": {
        "checkpoints": ["mistralai/Mixtral-8x7B-Instruct-v0.1 (before the system-message update)"],
        "sources": [
            "openvinotoolkit/openvino_tokenizers tests: get_tokenizer_configs()['TheBloke/Mixtral-8x7B-Instruct-v0.1-GPTQ']",
        ],
        "specials": MISTRAL_SPECIALS,
        "template": "{{ bos_token }}{% for message in messages %}{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}{% if message['role'] == 'user' %}{{ '[INST] ' + message['content'] + ' [/INST]' }}{% elif message['role'] == 'assistant' %}{{ message['content'] + eos_token}}{% else %}{{ raise_exception('Only user and assistant roles are supported!') }}{% endif %}{% endfor %}",
    },
    # The first revisions of Mistral-7B-Instruct-v0.1: like Mixtral's, with a
    # space after each assistant turn's eos.
    "mistral-v0.1-original": {
        "checkpoints": ["mistralai/Mistral-7B-Instruct-v0.1 (before the system-message update)"],
        "sources": [
            "openvinotoolkit/openvino_tokenizers tests: get_tokenizer_configs()['TheBloke/Mistral-7B-Instruct-v0.1-GPTQ']",
        ],
        "specials": MISTRAL_SPECIALS,
        "template": "{{ bos_token }}{% for message in messages %}{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}{% if message['role'] == 'user' %}{{ '[INST] ' + message['content'] + ' [/INST]' }}{% elif message['role'] == 'assistant' %}{{ message['content'] + eos_token + ' ' }}{% else %}{{ raise_exception('Only user and assistant roles are supported!') }}{% endif %}{% endfor %}",
    },
    # Qwen/Qwen2-*-Instruct and Qwen2-57B-A14B-Instruct (Qwen2-MoE): ChatML
    # with the default system prompt.
    "qwen2": {
        "checkpoints": ["Qwen/Qwen2-0.5B-Instruct", "Qwen/Qwen2-7B-Instruct", "Qwen/Qwen2-57B-A14B-Instruct"],
        "sources": [
            "openvinotoolkit/openvino_tokenizers tests: get_tokenizer_configs()['Qwen/Qwen2-7B-Instruct']",
        ],
        "specials": {"eos_token": "<|im_end|>", "pad_token": "<|endoftext|>"},
        "template": "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}{{ '<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n' }}{% endif %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}",
    },
    # Qwen1.5 (Qwen2 architecture, and Qwen1.5-MoE-A2.7B-Chat, the first
    # Qwen2-MoE checkpoint): the same ChatML, default prompt without a period.
    "qwen1.5": {
        "checkpoints": ["Qwen/Qwen1.5-0.5B (and the Qwen1.5 chat checkpoints)"],
        "sources": [
            "openvinotoolkit/openvino_tokenizers tests: get_tokenizer_configs()['Qwen/Qwen1.5-0.5B']",
        ],
        "specials": {"eos_token": "<|endoftext|>", "pad_token": "<|endoftext|>"},
        "template": "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}{{ '<|im_start|>system\nYou are a helpful assistant<|im_end|>\n' }}{% endif %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}",
    },
    # Qwen/Qwen3-30B-A3B and -235B-A22B (Qwen3-MoE) ship Qwen3's template: the
    # committed tokenizer/testdata/qwen3/tokenizer_config.json.gz (Qwen3-0.6B).
    "qwen3-moe": {
        "checkpoints": ["Qwen/Qwen3-30B-A3B", "Qwen/Qwen3-235B-A22B"],
        "sources": ["tokenizer/testdata/qwen3/tokenizer_config.json.gz (Qwen/Qwen3-0.6B, the same template)"],
        "specials": {"eos_token": "<|im_end|>", "pad_token": "<|endoftext|>"},
        "template_from": "qwen3",
    },
    # llava-hf/llava-1.5-7b-hf and -13b-hf processor chat_template.json.
    "llava-1.5": {
        "checkpoints": ["llava-hf/llava-1.5-7b-hf", "llava-hf/llava-1.5-13b-hf"],
        "sources": [
            "a chat-template mapping file listing 'llava-hf/llava-1.5-7b-hf' with this template",
            "huggingface/transformers tests/models/llava_next/test_processor_llava_next.py prepare_processor_dict "
            "(the llava-1.5 template, reused)",
            "huggingface/transformers models/emu3/convert_emu3_weights_to_hf.py CHAT_TEMPLATE (same text, '<image>' without newline)",
        ],
        "specials": {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>"},
        "template": "{% for message in messages %}{% if message['role'] != 'system' %}{{ message['role'].upper() + ': '}}{% endif %}{# Render all images first #}{% for content in message['content'] | selectattr('type', 'equalto', 'image') %}{{ '<image>\n' }}{% endfor %}{# Render all text next #}{% if message['role'] != 'assistant' %}{% for content in message['content'] | selectattr('type', 'equalto', 'text') %}{{ content['text'] + ' '}}{% endfor %}{% else %}{% for content in message['content'] | selectattr('type', 'equalto', 'text') %}{% generation %}{{ content['text'] + ' '}}{% endgeneration %}{% endfor %}{% endif %}{% endfor %}{% if add_generation_prompt %}{{ 'ASSISTANT:' }}{% endif %}",
    },
}


def parts(*items):
    """Content as a list of typed parts: strings are text parts, None an image."""
    return [{"type": "image"} if x is None else {"type": "text", "text": x} for x in items]


SYS = {"role": "system", "content": "You are a careful assistant.\nAnswer briefly."}
U1 = {"role": "user", "content": "What is 2+2?"}
A1 = {"role": "assistant", "content": "4."}
U2 = {"role": "user", "content": "  And 3+3?\n"}  # surrounding whitespace: Gemma trims it
A2 = {"role": "assistant", "content": "6, since 3 + 3 = 6.\n\n"}

# Conversations with string content: every text template renders (or raises)
# on each of them.
TEXT_CONVERSATIONS = {
    "user": [U1],
    "system+user": [SYS, U1],
    "multi-turn": [U1, A1, U2],
    "system+multi-turn": [SYS, U1, A1, U2],
    "ends-with-assistant": [SYS, U1, A1, U2, A2],
    "unicode": [{"role": "user", "content": "Grüße — 東京は? 🙂"}, {"role": "assistant", "content": "¡Hola! ß→SS"}],
    "empty-content": [{"role": "user", "content": ""}],
    "two-users": [U1, U2],  # raises in templates that check alternation
    "assistant-first": [A1, U1],
    "system-only": [SYS],
    "tool-role": [U1, {"role": "tool", "content": "42"}],
}
# Conversations with content lists of {"type": ...} parts (Gemma 3, LLaVA).
PART_CONVERSATIONS = {
    "parts/user-text": [{"role": "user", "content": parts("Describe this.")}],
    "parts/image+text": [{"role": "user", "content": parts(None, "  What is shown?  ")}],
    "parts/text+image+text": [{"role": "user", "content": parts("Compare ", None, " with ", None, "please")}],
    "parts/system+image": [{"role": "system", "content": parts("Be terse.")},
                           {"role": "user", "content": parts(None, "Caption it.")}],
    "parts/multi-turn": [{"role": "user", "content": parts(None, "What is it?")},
                         {"role": "assistant", "content": parts("A cat.")},
                         {"role": "user", "content": parts("Its colour?")}],
    "parts/two-users": [{"role": "user", "content": parts("a")}, {"role": "user", "content": parts("b")}],
}
# Malformed or unusual input, where Python's behaviour decides: None or a
# number as content (str + None raises TypeError; Gemma 3 raises "Invalid
# content type"), parts without "type", a system message whose first part is
# an image (undefined + str raises), string content where parts are expected
# (LLaVA iterates its characters and renders none).
EDGE_CONVERSATIONS = {
    "edge/null-content": [{"role": "user", "content": None}],
    "edge/number-content": [{"role": "user", "content": 7}],
    "edge/whitespace-only": [{"role": "user", "content": " \n\t "}],
    "edge/extra-keys": [{"role": "user", "content": "hi", "name": "bob"}, {"role": "assistant", "content": "yo", "x": [1, 2]}],
}
PART_EDGE_CONVERSATIONS = {
    "parts-edge/no-type": [{"role": "user", "content": [{"text": "untyped"}, {"type": "text", "text": "typed"}]}],
    "parts-edge/system-image-first": [{"role": "system", "content": parts(None, "sys")}, {"role": "user", "content": parts("u")}],
    "parts-edge/empty-list": [{"role": "user", "content": []}],
    "parts-edge/string-content": [{"role": "user", "content": "plain string"}],
    "parts-edge/unknown-part": [{"role": "user", "content": [{"type": "video"}, {"type": "text", "text": "t"}]}],
}
CONVERSATIONS_FOR = {name: dict(TEXT_CONVERSATIONS, **EDGE_CONVERSATIONS) for name in TEMPLATES}
for name in ("gemma3", "llava-1.5"):
    CONVERSATIONS_FOR[name].update(PART_EDGE_CONVERSATIONS)
CONVERSATIONS_FOR["gemma3"].update(PART_CONVERSATIONS)
CONVERSATIONS_FOR["gemma3"]["parts/mixed-string-and-list"] = [
    {"role": "system", "content": "Sys as a string."}, {"role": "user", "content": parts(None, "x")},
    {"role": "assistant", "content": "A string."}, {"role": "user", "content": parts("y")}]
CONVERSATIONS_FOR["llava-1.5"] = dict(PART_CONVERSATIONS, **PART_EDGE_CONVERSATIONS)
CONVERSATIONS_FOR["llava-1.5"]["parts/ends-with-assistant"] = [
    {"role": "user", "content": parts(None, "What is it?")}, {"role": "assistant", "content": parts("A cat.")}]


def strftime_now(fmt):
    return datetime.now().strftime(fmt)


def jinja2_renderer():
    """jinja2 configured like transformers' _compile_jinja_template."""
    import jinja2
    from jinja2 import nodes
    from jinja2.ext import Extension, loopcontrols
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class Generation(Extension):
        """AssistantTracker's {% generation %} tag without the index tracking."""
        tags = {"generation"}

        def parse(self, parser):
            lineno = next(parser.stream).lineno
            body = parser.parse_statements(("name:endgeneration",), drop_needle=True)
            return nodes.CallBlock(self.call_method("_generation"), [], [], body).set_lineno(lineno)

        def _generation(self, caller):
            return caller()

    def raise_exception(message):
        raise jinja2.exceptions.TemplateError(message)

    def tojson(x, ensure_ascii=False, indent=None, separators=None, sort_keys=False):
        return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[Generation, loopcontrols])
    env.filters["tojson"] = tojson
    env.globals["raise_exception"] = raise_exception
    env.globals["strftime_now"] = strftime_now

    def render(template, messages, add_generation_prompt, specials):
        return env.from_string(template).render(messages=messages, tools=None, documents=None,
                                                add_generation_prompt=add_generation_prompt, **specials)
    return render, "jinja2 %s configured like transformers' chat_template_utils (transformers not importable)" % jinja2.__version__


def transformers_renderer():
    import jinja2
    import transformers
    from transformers.utils import chat_template_utils as ctu

    def render(template, messages, add_generation_prompt, specials):
        if hasattr(ctu, "render_jinja_template"):
            rendered, _ = ctu.render_jinja_template(conversations=[messages], chat_template=template,
                                                    add_generation_prompt=add_generation_prompt, **specials)
            return rendered[0]
        return ctu._compile_jinja_template(template).render(messages=messages, tools=None, documents=None,
                                                            add_generation_prompt=add_generation_prompt, **specials)
    return render, "transformers %s chat_template_utils (jinja2 %s)" % (transformers.__version__, jinja2.__version__)


def template_text(name, spec):
    if "template_from" in spec:
        import gzip
        path = os.path.join(ROOT, "tokenizer", "testdata", "qwen3", "tokenizer_config.json.gz")
        with gzip.open(path, "rt", encoding="utf-8") as f:
            return json.load(f)["chat_template"]
    return spec["template"]


def build(render, renderer):
    out = {"renderer": renderer, "generated_by": "scripts/chat_template_fixture.py", "templates": {}, "cases": []}
    for name, spec in TEMPLATES.items():
        tmpl = template_text(name, spec)
        out["templates"][name] = {"checkpoints": spec["checkpoints"], "sources": spec["sources"],
                                  "specials": spec["specials"], "template": tmpl}
        for conv_name, msgs in CONVERSATIONS_FOR[name].items():
            for gen in (False, True):
                case = {"name": "%s/%s/%s" % (name, conv_name, "gen" if gen else "nogen"), "template": name,
                        "messages": msgs, "add_generation_prompt": gen}
                try:
                    case["want"] = render(tmpl, msgs, gen, spec["specials"])
                except Exception as ex:  # kiln must fail too; TemplateError is raise_exception's
                    case["want_error"] = str(ex)
                    case["error_type"] = type(ex).__name__
                out["cases"].append(case)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="compare with the committed JSON instead of writing it")
    args = ap.parse_args()
    try:
        render, renderer = transformers_renderer()
    except ImportError:
        render, renderer = jinja2_renderer()
    out = build(render, renderer)
    if args.check:
        with open(OUT, encoding="utf-8") as f:
            old = json.load(f)
        bad = 0
        old_cases = {c["name"]: c for c in old["cases"]}
        for c in out["cases"]:
            o = old_cases.get(c["name"])
            if o is None or o.get("want") != c.get("want") or ("want_error" in o) != ("want_error" in c):
                bad += 1
                print("DIFFERS:", c["name"], repr(c.get("want", c.get("want_error"))),
                      "committed:", repr(o and o.get("want", o.get("want_error"))))
        print("%s: %d cases, %d differ from %s (made with: %s)" % (renderer, len(out["cases"]), bad, OUT, old["renderer"]))
        sys.exit(1 if bad else 0)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    errs = sum(1 for c in out["cases"] if "want_error" in c)
    print("wrote %s: %d cases (%d raise) by %s" % (OUT, len(out["cases"]), errs, renderer))


if __name__ == "__main__":
    main()
