#!/usr/bin/env python3
"""Regenerates cases.json: the expected text of every case, rendered by
jinja2 configured exactly like transformers' chat-template renderer
(transformers/utils/chat_template_utils.py: _compile_jinja_template and
render_jinja_template):

  ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True,
                                extensions=[AssistantTracker, loopcontrols])
                                (Generation below: AssistantTracker's tag, which
                                renders its body)
  filters["tojson"] = json.dumps(x, ensure_ascii=False, indent=indent,
                                 separators=separators, sort_keys=sort_keys)
  globals raise_exception, strftime_now
  template.render(messages=..., tools=..., documents=...,
                  add_generation_prompt=..., **special_tokens, **kwargs)

The JSON inputs are loaded with json.loads, so dict key order is the order in
this file. Run with jinja2 3.1 (used: 3.1.6):  python3 gen_cases.py
The Go tests only read cases.json; they never run Python.
"""
import json
import os
from datetime import datetime

import jinja2
from jinja2 import nodes
from jinja2.ext import Extension, loopcontrols
from jinja2.sandbox import ImmutableSandboxedEnvironment

HERE = os.path.dirname(os.path.abspath(__file__))


def tojson(x, ensure_ascii=False, indent=None, separators=None, sort_keys=False):
    return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)


def raise_exception(message):
    raise jinja2.exceptions.TemplateError(message)


def strftime_now(fmt):
    return datetime.now().strftime(fmt)


class Generation(Extension):
    """transformers' AssistantTracker without the index tracking: renders
    the body of {% generation %} ... {% endgeneration %}."""
    tags = {"generation"}

    def parse(self, parser):
        lineno = next(parser.stream).lineno
        body = parser.parse_statements(("name:endgeneration",), drop_needle=True)
        return nodes.CallBlock(self.call_method("_generation"), [], [], body).set_lineno(lineno)

    def _generation(self, caller):
        return caller()


def env():
    e = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[Generation, loopcontrols])
    e.filters["tojson"] = tojson
    e.globals["raise_exception"] = raise_exception
    e.globals["strftime_now"] = strftime_now
    return e


# Tools whose schemas are deliberately not in alphabetical key order, with
# nested parameter schemas, non-ASCII text and numbers.
WEATHER = json.loads('''{"type": "function", "function": {"name": "get_weather",
 "description": "Get the current weather in a city — °C or °F.",
 "parameters": {"type": "object", "properties": {
   "location": {"type": "string", "description": "City and country, e.g. Zürich, CH"},
   "unit": {"type": "string", "enum": ["celsius", "fahrenheit"], "default": "celsius"},
   "options": {"type": "object", "properties": {"days": {"type": "integer", "minimum": 1, "maximum": 7.5},
     "hourly": {"type": "boolean"}}, "required": ["days"]}},
  "required": ["location"]}}}''')
SEARCH = json.loads('''{"type": "function", "function": {"name": "search", "description": "Search the web.",
 "parameters": {"type": "object", "properties": {"query": {"type": "string"}, "k": {"type": "integer"}},
 "required": ["query", "k"]}}}''')

TOOL_CHAT = json.loads('''[
 {"role": "system", "content": "You are a weather bot."},
 {"role": "user", "content": "Weather in Zürich for 2 days?"},
 {"role": "assistant", "content": "", "tool_calls": [{"type": "function", "function": {"name": "get_weather",
   "arguments": {"location": "Zürich, CH", "unit": "celsius", "options": {"hourly": false, "days": 2}}}}]},
 {"role": "tool", "content": "{\\"temp\\": 21.5, \\"sky\\": \\"clear\\"}"},
 {"role": "assistant", "content": "It is 21.5 °C and clear."},
 {"role": "user", "content": "Thanks!"}
]''')

LLAMA_TOOL_CHAT = json.loads('''[
 {"role": "system", "content": "  You are a weather bot.  "},
 {"role": "user", "content": "Weather in Zürich for 2 days?"},
 {"role": "assistant", "tool_calls": [{"type": "function", "function": {"name": "get_weather",
   "arguments": {"location": "Zürich, CH", "unit": "celsius", "options": {"hourly": false, "days": 2}}}}]},
 {"role": "tool", "content": {"temp": 21.5, "sky": "clear", "alerts": null}},
 {"role": "assistant", "content": "It is 21.5 °C and clear."}
]''')

PLAIN_CHAT = json.loads('''[
 {"role": "system", "content": "You are a helpful assistant."},
 {"role": "user", "content": "What is 2+2?"},
 {"role": "assistant", "content": "<think>\\nadd\\n</think>\\n\\n4."},
 {"role": "user", "content": "And 3+3?"}
]''')

DOCS = json.loads('''[{"doc_id": 7, "title": "Tides", "text": "Tides are caused by the Moon."},
 {"text": "Der Mond ist 384 400 km entfernt.", "doc_id": "b-2"}]''')

SPECIALS = {
    "llama3": {"bos_token": "<|begin_of_text|>", "eos_token": "<|end_of_text|>"},
    "llama3.1": {"bos_token": "<|begin_of_text|>", "eos_token": "<|eot_id|>"},
    "qwen3": {"eos_token": "<|im_end|>", "pad_token": "<|endoftext|>"},
    "granite3.3": {"bos_token": "<|end_of_text|>", "eos_token": "<|end_of_text|>"},
}

REAL = [
    ("qwen3/tools+tool_calls+gen", "qwen3", TOOL_CHAT, [WEATHER, SEARCH], None, True, {}),
    ("qwen3/tools+tool_calls+nogen", "qwen3", TOOL_CHAT, [WEATHER, SEARCH], None, False, {}),
    ("qwen3/thinking+nothink", "qwen3", PLAIN_CHAT, None, None, True, {"enable_thinking": False}),
    ("qwen3/thinking+gen", "qwen3", PLAIN_CHAT, None, None, True, {}),
    ("llama3.1/tools-in-user+tool_calls", "llama3.1", LLAMA_TOOL_CHAT, [WEATHER], None, True, {}),
    ("llama3.1/tools-in-system", "llama3.1", LLAMA_TOOL_CHAT, [WEATHER, SEARCH], None, False,
     {"tools_in_user_message": False, "date_string": "07 Mar 2026"}),
    ("llama3.1/builtin-tools", "llama3.1", json.loads('''[{"role": "user", "content": "Search tides"},
     {"role": "assistant", "tool_calls": [{"function": {"name": "brave_search", "arguments": {"query": "tides", "b": "x"}}}]}]'''),
     None, None, True, {"builtin_tools": ["brave_search", "code_interpreter", "wolfram_alpha"]}),
    ("llama3.1/no-system", "llama3.1", PLAIN_CHAT[1:], None, None, True, {}),
    ("llama3/system+gen", "llama3", PLAIN_CHAT, None, None, True, {}),
    ("llama3/nogen", "llama3", PLAIN_CHAT[1:3], None, None, False, {}),
    ("granite3.3/documents+tools", "granite3.3", PLAIN_CHAT[1:], [WEATHER], DOCS, True,
     {"controls": json.loads('{"citations": true, "length": "short"}')}),
    ("granite3.3/documents", "granite3.3", PLAIN_CHAT[1:2], None, DOCS, True, {}),
    ("granite3.3/system", "granite3.3", PLAIN_CHAT, None, None, False, {}),
]

# More real templates, as shipped in GGUF files of Hugging Face models
# (collected in huggingface.js packages/ollama-utils/src/chat-template-automap.ts),
# each run on every conversation below, with and without the generation
# prompt. Jinja2 errors (e.g. a template refusing a conversation) are
# expected errors.
MORE_TEMPLATES = {
    "gemma3": {"bos_token": "<bos>", "eos_token": "<eos>"},
    "deepseek-v3.1": {"bos_token": "<｜begin▁of▁sentence｜>", "eos_token": "<｜end▁of▁sentence｜>"},
    "llama-guard-3": {"bos_token": "<|begin_of_text|>", "eos_token": "<|eot_id|>"},
    "rnj-1": {"bos_token": "<s>", "eos_token": "</s>"},
    "llama4": {"bos_token": "<|begin_of_text|>", "eos_token": "<|eot|>"},
    "command-r7b": {"bos_token": "<BOS_TOKEN>", "eos_token": "<|END_OF_TURN_TOKEN|>"},
    "granite4": {"bos_token": "<|start_of_role|>", "eos_token": "<|end_of_text|>"},
}
NULL_CHAT = json.loads('[{"role": "user", "content": "a"}, {"role": "assistant", "content": null}, {"role": "user", "content": "b"}]')
CONVERSATIONS = {
    "plain": (PLAIN_CHAT, None, None),
    "no-system": (PLAIN_CHAT[1:], None, None),
    "tools": (TOOL_CHAT, [WEATHER, SEARCH], None),
    "documents": (PLAIN_CHAT[1:2], None, DOCS),
    "null-content": (NULL_CHAT, None, None),
}

D = json.loads('{"b": 1, "a": [1, "x", null, true, 2.5], "é": {"z": null, "y": "q\\"uote\'s"}}')

# Small templates exercising one Jinja2/Python semantic each.
UNIT = [
    ("none prints None", "{{ x }}|{{ none }}|{{ None }}|{{ undefined_name }}|{{ d.missing }}|{{ d['nope'] }}", {"x": None}),
    ("bools print True/False", "{{ true }}{{ false }}{{ t }}{{ f }}{{ True }}", {"t": True, "f": False}),
    ("list and dict repr", "{{ d }}|{{ d.a }}|{{ [1, 'it\\'s', none] }}", {}),
    ("numbers", "{{ n }} {{ fl }} {{ big }} {{ tiny }} {{ 1.0 }} {{ 1e16 }} {{ 0.1 + 0.2 }} {{ 1234567.5 }} {{ 7 / 2 }} {{ 7 // 2 }}",
     {"n": 3, "fl": 2.50, "big": 12345678901234567890, "tiny": 1e-7}),
    ("tojson keeps order", "{{ d | tojson }}", {}),
    ("tojson indent", "{{ d | tojson(indent=2) }}", {}),
    ("tojson options", "{{ d | tojson(separators=(',', ':')) }}|{{ d | tojson(sort_keys=true) }}|{{ d | tojson(ensure_ascii=true) }}|{{ 'x😀' | tojson(true) }}",
     {}),
    ("tojson numbers", "{{ [1, 2.0, 1e-7, 1e22, 123456789.125, -0.0, 3] | tojson }}", {}),
    ("tojson literal dict", "{{ {'b': 1, 'a': none, 'c': [true]} | tojson }}", {}),
    ("items method", "{% for k, v in d.items() %}{{ k }}={{ v }};{% endfor %}", {}),
    ("items filter", "{% for k, v in d | items %}{{ k }}={{ v }};{% endfor %}", {}),
    ("keys values", "{{ d.keys() | list }}|{{ d.values() | list | length }}|{% for k in d %}{{ k }},{% endfor %}|{{ d | length }}", {}),
    ("dictsort", "{{ d | dictsort }}|{{ d['é'] | dictsort(reverse=true) }}", {}),
    ("get", "{{ d.get('b') }}|{{ d.get('zz') }}|{{ d.get('zz', 5) }}|{{ d['é'].get('z') }}", {}),
    ("defined and none tests", "{{ x is defined }} {{ x is none }} {{ y is defined }} {{ y is none }} {{ d['é'].z is none }} {{ d.q is defined }}",
     {"x": None}),
    ("true false tests", "{{ 0 is false }} {{ false is false }} {{ 1 is true }} {{ true is true }} {{ none is false }}", {}),
    ("tilde", "{{ 'a' ~ none ~ 1 ~ true ~ 2.5 ~ undefined_name ~ [1] }}", {}),
    ("string filter", "{{ none | string }}|{{ [1, 'a'] | string }}|{{ true | string }}|{{ d['é'] | string }}", {}),
    ("default", "{{ x | default('d') }}|{{ y | default('d') }}|{{ '' | default('d', true) }}|{{ none | default('d', boolean=true) }}",
     {"x": None}),
    ("percent tuple", "{{ '%s-%d' % ('a', 3) }}|{{ '%05.2f|%-4s|%x|%X|%o|%#x' % (3.14159, 'ab', 255, 255, 8, 255) }}", {}),
    ("percent single", "{{ 'x=%s' % none }}|{{ '%r' % 'it' }}|{{ '%s' % [1, 2] }}|{{ '%i%%' % 50 }}|{{ '%5d|%-5d|%+d|% d' % (42, 42, 42, 42) }}", {}),
    ("percent floats", "{{ '%e %g %G %.3g %f %.0f %10.3f' % (12345.678, 0.0001234, 1e20, 2.0, 1.5, 2.5, -3.14159) }}", {}),
    ("percent mapping", "{{ '%(b)s and %(a)s' % d }}|{{ '%s' % d['é'] }}", {}),
    ("percent repr data", "{{ '%r|%s|%d' % (d.a, d.a, true) }}|{{ '%.2s' % 'abcdef' }}|{{ '%c%c' % (72, 'i') }}", {}),
    ("modulo numbers", "{{ 7 % 3 }} {{ -7 % 3 }} {{ 7 % -3 }} {{ 7.5 % 2 }} {{ -7.5 % 2 }} {{ loop_var }}", {"loop_var": 10 % 4}),
    ("percent in set", "{% set s = 'n=%d' % n %}{{ s }}{% for i in range(2) %}{{ '[%s]' % i }}{% endfor %}", {"n": 9}),
    ("none in namespace and macro", "{% set ns = namespace(v=none) %}{{ ns.v }}{% macro m(a=none) %}<{{ a }}>{% endmacro %}{{ m() }}{{ m(1) }}", {}),
    ("messages repr", "{{ messages[0] }}", {}),
]

# Filters, tests, methods and operators chat templates use, on messages-like
# data (msgs) and D.
PROBES = [
 "{{ [1, none, 'a'] | join(', ') }}",
 "{{ msgs | map(attribute='role') | join(',') }}",
 "{{ msgs | selectattr('role', 'equalto', 'user') | list | length }}",
 "{{ msgs | rejectattr('role', 'equalto', 'user') | map(attribute='content') | list }}",
 "{{ msgs | first }}",
 "{{ msgs | last | tojson }}",
 "{{ d.a | reverse | list }}",
 "{{ [3, 1, 2] | sort }}",
 "{{ ['b', 'A', 'c'] | sort }}",
 "{{ [1, 2, 2] | unique | list }}",
 "{{ '  x  ' | trim }}|{{ 'abc' | upper }}|{{ 'a-b' | replace('-', '+') }}",
 "{{ 'hello world' | title }}|{{ 'hello' | capitalize }}",
 "{{ 3.7 | int }}|{{ '4' | int }}|{{ 2 | float }}|{{ -3 | abs }}|{{ 2.567 | round(2) }}|{{ 2.5 | round }}",
 "{{ [1, 2, 3] | sum }}|{{ [1, 5, 3] | max }}|{{ [4, 2] | min }}",
 "{{ 'a\nb' | indent(2) }}",
 "{{ range(3) | list }}",
 "{{ msgs[0].role | length }}|{{ d | length }}|{{ d.a | length }}",
 "{{ 'x' in d.a }}|{{ 1 in d.a }}|{{ 'b' in d }}|{{ 'zz' in d }}|{{ 'el' in 'hello' }}",
 "{{ d.a[1:] }}|{{ d.a[-1] }}|{{ d.a[::-1] }}|{{ 'hello'[1:3] }}",
 "{{ none == none }}|{{ x == none }}|{{ 1 == 1.0 }}|{{ 'a' != 'b' }}",
 "{% if d.a is iterable %}it{% endif %}|{% if d is mapping %}map{% endif %}|{% if d.a is sequence %}seq{% endif %}|{% if 'x' is string %}str{% endif %}|{% if 3 is number %}num{% endif %}|{% if d.b is integer %}int{% endif %}",
 "{{ d.b is even }}|{{ d.b is odd }}|{{ 2 is divisibleby 2 }}",
 "{{ 'abc'.startswith('a') }}|{{ 'a,b'.split(',') }}|{{ ' x '.strip() }}|{{ 'ab'.endswith('b') }}|{{ 'Ab'.lower() }}",
 "{{ '{}-{}'.format(1, 'a') }}",
 "{{ 'a</t>b</t>c'.split('</t>', 1) }}|{{ ' a b  c '.split() }}|{{ 'a b  c'.split(none, 1) }}|{{ 'a,b,c'.rsplit(',', 1) }}|{{ ' a b  c '.rsplit(maxsplit=1) }}|{{ ''.split('x') }}|{{ ''.split() }}|{{ 'a\u3000b'.split() }}",
 "{%-\n  set c = ({\n  'S1': 'a',\n  'S2': [1, 2,],\n}) %}{{ c | tojson }}{{ [3,] }}{{ (c['S2'] if c else none) }}",
 "{{ ('a' if x is none else 'b') ~ [1 if true else 2, (3 if false) is defined] ~ (1 if true else raise_exception('lazy')) ~ ('x' ~ (raise_exception('lazy') if false else 'ok')) }}",
 "{{ 'n' + (('x' if d.b > 1 else 'y') if d else 'z') | upper }}|{{ (d.a[0] if d.a else 0) + 1 }}|{{ ({'k': 1 if d else 2}).k }}",
 "{% if (msgs[0].role if msgs else '') == 'system' %}S{% endif %}{% for m in (msgs if d else []) %}{{ m.role[0] }}{% endfor %}",
 "{{ (1, 2) }}|{{ (1,) }}|{{ ('a', 'b') == ['a', 'b'] }}|{% set t = ('x', 2) %}{{ '%s=%d' % t }}|{{ 'a' in ('a',) }}|{{ (1, 2) | tojson }}|{{ (1, 2) + (3,) }}|{{ (1, 2)[-1] }}|{{ (1, 'a') | list }}",
 "{{ [1, undefined_name] }}|{% if {} %}T{% else %}F{% endif %}|{{ {} | length }}|{{ not {} }}|{{ {} }}|{{ {} | tojson }}|{{ '%r' % undefined_name }}",
 "{{ 'ß' | upper }}|{{ 'İ' | lower | length }}|{{ 'straße'.upper() }}|{{ 'ÀB'.lower() }}|{{ none | upper }}",
 "{% for m in msgs %}{{ loop.previtem.role if loop.previtem is defined else '-' }}>{{ loop.cycle('a', 'b') }}{{ loop.depth }}{% endfor %}",
 "{{ msgs | join(', ', attribute='role') }}|{{ ['a', 'b'] | map('upper') | join }}|{{ msgs | selectattr('content') | list | length }}|{{ [none, 1] | select | list }}",
 "{{ msgs | groupby('role') | map(attribute='grouper') | list }}|{{ [3, 1, 3] | unique | list }}|{{ [{'a': 2}, {'a': 5}] | sum(attribute='a') }}|{{ [3, 7, 5] | max }}|{{ ['b', 'A'] | min }}",
 "{{ 'abc' | first }}|{{ 'abc' | last }}|{{ 'héllo' | length }}|{{ 'abc' | list }}|{{ d | list }}|{{ 'a b c d e' | wordcount }}|{{ 'hello world foo' | truncate(9) }}",
 "{{ 'a\nb' | indent(2, true) }}|{{ '3.7' | int }}|{{ 'x' | float }}|{{ '%s!' | format('hi') }}|{{ 'aaa' | replace('a', 'b', 2) }}|{{ msgs[0] | attr('role') }}",
 "{{ 'abc' < 'abd' }}|{{ 1 < 2 < 3 }}|{{ 3 > 2 > 5 }}|{{ 'b' not in 'abc' }}|{{ 'z' not in d }}|{{ -7 // 2 }}|{{ 7 // -2 }}|{{ -7.5 // 2 }}|{{ 1 / 4 }}",
 "{{ [1, 2, 3] | slice(2) | list }}|{{ [1, 2, 3, 4] | batch(3, 0) | list }}|{{ 'Hello World' | lower | title }}|{{ ' a ' | center(7) }}",
 "{% macro m(x, y='d') %}{{ x }}{{ y }}{{ caller() if caller is defined else '' }}{% endmacro %}{{ m(1) }}{% call m(2, y='e') %}C{% endcall %}",
 "{{ d.a is sameas d.a }}|{{ none is sameas none }}|{{ (d.b | string) ~ 'x' }}|{{ d.b | string | length }}",
 "{{ '%s' | format(none) }}|{{ [none] | join(',') }}|{{ [true, 1.5] | join }}",
 "{{ 'xxhixx'.strip('x') }}|{{ '  hi\n'.rstrip() }}|{{ 'hi'.startswith(('a', 'h')) }}|{{ 'a-b'.partition('-') }}|{{ 'ab'.center(6, '*') }}|{{ 'Hello World'.swapcase() }}|{{ 'a\nb\n'.splitlines() }}|{{ 'abc'.find('c') }}|{{ 'aXbX'.count('X') }}|{{ ','.join(['a', 'b']) }}|{{ 'abc'.upper().lower() }}|{{ 'ab'.zfill(4) }}",
 "{{ loop_missing | default('none') }}",
 "{{ [d.b, x] }}",
 "{% for m in msgs if m.role != 'system' %}{{ loop.index }}{{ m.role }}{% endfor %}",
 "{% for m in msgs %}{{ loop.length }}{{ loop.revindex }}{{ loop.first }}{{ loop.last }}{% endfor %}",
 "{% for i in [] %}x{% else %}empty{% endfor %}",
 "{{ 'ab' * 2 }}|{{ 2 ** 10 }}|{{ 10 - 3 * 2 }}",
 "{{ x == none }}|{{ y == none }}|{{ y != none }}|{{ y == y2 }}|{{ true == 1 }}|{{ 1 == 1.0 }}|{{ [1, 2] == [1, 2] }}|{{ d == d }}|{{ {'a': 1, 'b': 2} == {'b': 2, 'a': 1} }}|{{ '1' == 1 }}|{{ d.a != d.a }}",
 "{{ 1 + true }}|{{ 1 + 2.5 }}|{{ 'a' + 'b' }}|{{ [1] + [2] }}|{{ d.a + [none] }}|{{ [1, true, none, 1.0] | select('equalto', 1) | list }}",
 "{% if msgs[0].tool_calls != none %}has{% else %}none{% endif %}",
 "{{ 'a' + none }}",
 "{{ 'a' + 1 }}",
 "{{ undefined_name + 'a' }}",
 "{{ 1 + 'a' }}",
 "{{ x | trim }}|{{ 2.50 | trim }}|{{ true | lower }}|{{ d.a | upper }}|{{ x | replace('o', '0') }}|{{ undefined_name | trim }}|{{ 3 | center(5) }}",
 "{{ x is none and true }}|{{ not none }}|{{ (none or 'fb') }}",
 "{{ d['é'] | tojson }}|{{ d['é'].y }}",
 "{{ msgs | tojson }}",
 "{% set l = [1] + [2] %}{{ l }}",
 "{{ d.items() | list }}",
 "{{ 'a' if none else 'b' }}",
 "{{ {'a': 1}['a'] }}|{{ dict(a=1, b=2) | tojson }}",
 "{{ msgs[0]['content'] | wordcount }}",
 "{{ '%s' % d.b }}|{{ '%.1f%%' % 12.34 }}",
 "{{ 'x' ~ 1.0 }}|{{ 1e-3 ~ '' }}",
 "{{ d.a | select('number') | list }}|{{ d.a | reject('none') | list }}",
 "{{ d.a | map('string') | join('|') }}",
 "{{ [none] | tojson }}|{{ none | tojson }}",
 "{{ d.a | batch(2) | list }}",
]
# Whitespace control: trim_blocks, lstrip_blocks (which strips only at the
# start of a line), -, +, comments, raw, newlines.
WHITESPACE = [
 "a\n  {% if true %}\n  b\n  {% endif %}\nc\n",
 "a\n\t{% if true %}x{% endif %}\t\ny",
 "{% for i in [1,2] %}\n{{ i }}\n{% endfor %}\n",
 "a  {%+ if true %}b{% endif %}",
 "a {%- if true -%} b {%- endif -%} c",
 "  {# comment #}\nx",
 "x\n  {# comment #}  \ny",
 "{% raw %}{{ x }}\n{% endraw %}y",
 "line1\nline2\n\n",
 "{{ 'a' }}\n{{ 'b' }}\n",
 "{%- set x = 1 -%}\n\n  {{ x }}  \n",
 "{% if true %}  \n x{% endif %}",
 "{% macro f(a) %}\n[{{ a }}]\n{% endmacro %}\n{{ f(1) }}{{ f(2) }}",
 "{% set s %}\n  inner {{ 1 }}\n{% endset %}({{ s }})",
 "{{- '  a  ' -}}   {{ 'b' }}",
 "  {{ 'x' }}  {% if true %}  y  {% endif %}  ",
 "{%- for m in [1,2,3] -%}\n  {%- if loop.first -%}F{%- elif loop.last -%}L{%- else -%}M{%- endif -%}\n{%- endfor -%}",
 "{% if false %}a{% elif true %}\nb\n{% else %}c{% endif %}",
 "a\r\n  {% if true %}\r\n  b\r\n  {% endif %}\r\nc",
 "{% for k in ['x'] %}{{ loop.index }}{% break %}{% endfor %}done",
 "{% with a = 1 %}{{ a }}{% endwith %}",
 "{% filter upper %}abc {{ 'd' }}{% endfilter %}",
 "{{ '{{' }}{{ \"'\" }}{{ 'a\\nb' }}{{ \"\\u00e9\\t\" }}",
 "{{ 'x'\n   ~ 'y' }}",
 "{#- c -#}  a",
 "{{ 'x' }}\t{# c #}y",
 "{% if true %}a {% endif %}b",
 "x\n  {{ 'y' }}  {% if true %}z{% endif %}  \n  {% if true %}w{% endif %}",
 "{{ '{%' }}  {% if true %}1{% endif %}{{ \"%}\" }} {% if true %}2{% endif %}",
 "{% raw %}  {% if %}{% endraw %}  {% if true %}3{% endif %}",
 "{% set a = '%}' %}  {% if true %}{{ a }}{% endif %}",
]
PROBE_MSGS = json.loads('[{"role": "system", "content": "be nice"}, {"role": "user", "content": "hi there you"}, {"role": "assistant", "content": "yo"}]')


def main():
    e = env()
    cases = []
    for name, tmpl, msgs, tools, docs, gen, kw in REAL:
        src = open(os.path.join(HERE, "templates", tmpl + ".jinja")).read()
        text = e.from_string(src).render(messages=msgs, tools=tools, documents=docs, add_generation_prompt=gen,
                                         **SPECIALS[tmpl], **kw)
        cases.append({"name": name, "template_file": tmpl + ".jinja", "specials": SPECIALS[tmpl], "messages": msgs,
                      "tools": tools, "documents": docs, "add_generation_prompt": gen, "vars": kw, "want": text})
    for tmpl, specials in MORE_TEMPLATES.items():
        src = open(os.path.join(HERE, "templates", tmpl + ".jinja")).read()
        for cname, (msgs, tools, docs) in CONVERSATIONS.items():
            for gen in (True, False):
                case = {"name": "%s/%s%s" % (tmpl, cname, "+gen" if gen else ""), "template_file": tmpl + ".jinja",
                        "specials": specials, "messages": msgs, "tools": tools, "documents": docs,
                        "add_generation_prompt": gen, "vars": {}}
                try:
                    case["want"] = e.from_string(src).render(messages=msgs, tools=tools, documents=docs,
                                                             add_generation_prompt=gen, **specials)
                except Exception as ex:
                    case["want_error"] = type(ex).__name__ + ": " + str(ex)
                cases.append(case)
    unit_msgs = json.loads('[{"role": "user", "content": "hi", "n": null, "extra": {"z": 1, "a": 2}}]')
    for name, tmpl, kw in UNIT:
        kw = dict(kw, d=D)
        text = e.from_string(tmpl).render(messages=unit_msgs, tools=None, documents=None,
                                          add_generation_prompt=False, **kw)
        cases.append({"name": "unit/" + name, "template": tmpl, "specials": {}, "messages": unit_msgs,
                      "tools": None, "documents": None, "add_generation_prompt": False, "vars": kw, "want": text})
    for i, tmpl in enumerate(PROBES):
        kw = {"d": D, "msgs": PROBE_MSGS, "x": None}
        case = {"name": "probe/%02d" % i, "template": tmpl, "specials": {}, "messages": unit_msgs,
                "tools": None, "documents": None, "add_generation_prompt": False, "vars": kw}
        try:
            case["want"] = e.from_string(tmpl).render(messages=unit_msgs, tools=None, documents=None,
                                                      add_generation_prompt=False, **kw)
        except Exception as ex:  # the Go renderer must fail too
            case["want_error"] = type(ex).__name__ + ": " + str(ex)
        cases.append(case)
    for i, tmpl in enumerate(WHITESPACE):
        text = e.from_string(tmpl).render(messages=[], tools=None, documents=None, add_generation_prompt=False)
        cases.append({"name": "whitespace/%02d" % i, "template": tmpl, "specials": {}, "messages": [],
                      "tools": None, "documents": None, "add_generation_prompt": False, "vars": {}, "want": text})
    with open(os.path.join(HERE, "cases.json"), "w") as f:
        json.dump(cases, f, ensure_ascii=False, indent=1)
        f.write("\n")
    # The tokenizer package's test of ApplyChatTemplateJSON (its own copy).
    tk = [c for c in cases if c["name"] in ("qwen3/tools+tool_calls+gen", "qwen3/tools+tool_calls+nogen")]
    with open(os.path.join(HERE, "..", "..", "testdata", "chat_template_tools.json"), "w") as f:
        json.dump([{k: c[k] for k in ("name", "messages", "tools", "add_generation_prompt", "want")} for c in tk],
                  f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
