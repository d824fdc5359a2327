package chattemplate

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestRender(t *testing.T) {
	msgs := []Message{{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo"}}
	cases := []struct {
		name, src string
		opts      Options
		want      string
	}{
		{"loop and specials", "{% for m in messages %}{{ bos_token }}{{ m.role }}:{{ m['content'] }}\n{% endfor %}", Options{}, "<s>user:hi\n<s>assistant:yo\n"},
		{"trim and lstrip blocks", "{% if true %}\n  {% for m in messages %}\n{{ m.role }}\n  {% endfor %}\n{% endif %}", Options{}, "user\nassistant\n"},
		{"break", "{% for m in messages %}{% if loop.index0 == 1 %}{% break %}{% endif %}{{ m.role }}{% endfor %}", Options{}, "user"},
		{"continue", "{% for m in messages %}{% if loop.first %}{% continue %}{% endif %}{{ m.role }}{% endfor %}", Options{}, "assistant"},
		{"generation prompt", "{% if add_generation_prompt %}GEN{% endif %}", Options{AddGenerationPrompt: true}, "GEN"},
		{"tools tojson", "{% for t in tools %}{{ t | tojson }}{% endfor %}", Options{Tools: []any{map[string]any{"name": "f", "b": []any{1, 2.5, "é\n"}, "a": nil}}}, `{"a": null, "b": [1, 2.5, "é\n"], "name": "f"}`},
		{"tojson indent", "{{ x | tojson(indent=2) }}", Options{Vars: map[string]any{"x": map[string]any{"k": []any{true}}}}, "{\n  \"k\": [\n    true\n  ]\n}"},
		{"extra vars", "{% if enable_thinking is defined and enable_thinking is false %}NO{% endif %}", Options{Vars: map[string]any{"enable_thinking": false}}, "NO"},
		{"string methods", "{{ messages[0].content.upper() }}{{ 'a</think>b'.split('</think>')[-1] }}{{ messages[::-1][0].role }}", Options{}, "HIbassistant"},
		{"generation block", "{% for m in messages %}{% if m.role == 'assistant' %}{% generation %}[{{ m.content }}]{% endgeneration %}{% endif %}{% endfor %}", Options{}, "[yo]"},
		{"str replace", "{{ messages[0].content.replace('h', 'H') }}{{ 'aaa'.replace('a', 'b', 2) }}", Options{}, "Hibba"},
		{"namespace", "{% set ns = namespace(n=0) %}{% for m in messages %}{% set ns.n = ns.n + 1 %}{% endfor %}{{ ns.n }}", Options{}, "2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tm, err := New(c.src, map[string]string{"bos_token": "<s>"})
			if err != nil {
				t.Fatal(err)
			}
			got, err := tm.Render(msgs, c.opts)
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("got %q want %q", got, c.want)
			}
		})
	}
}

func TestRaiseException(t *testing.T) {
	tm, err := New("{% if messages[0].role != 'system' %}{{ raise_exception('need a system message') }}{% endif %}ok", nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = tm.Render([]Message{{"role": "user", "content": "x"}}, Options{})
	if err == nil || !strings.Contains(err.Error(), "need a system message") {
		t.Fatalf("err = %v", err)
	}
	got, err := tm.Render([]Message{{"role": "system", "content": "x"}}, Options{})
	if err != nil || got != "ok" {
		t.Fatalf("got %q, %v", got, err)
	}
}

func TestStrftime(t *testing.T) {
	d := time.Date(2026, 3, 7, 9, 5, 2, 0, time.UTC)
	for f, want := range map[string]string{"%d %b %Y": "07 Mar 2026", "%Y-%m-%d %H:%M:%S": "2026-03-07 09:05:02", "%-d %B": "7 March", "%A 100%%": "Saturday 100%"} {
		if got := strftime(d, f); got != want {
			t.Errorf("%q: got %q want %q", f, got, want)
		}
	}
	tm, err := New("{{ strftime_now('%Y') }}", nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := tm.Render(nil, Options{})
	if err != nil || len(got) != 4 {
		t.Fatalf("got %q, %v", got, err)
	}
}

func TestBadTemplate(t *testing.T) {
	if _, err := New("{% for %}", nil); err == nil {
		t.Fatal("expected a parse error")
	}
}

func FuzzTemplate(f *testing.F) {
	f.Add("{% for m in messages %}{{ m.role }}: {{ m.content | trim }}{% endfor %}{% if add_generation_prompt %}A:{% endif %}")
	f.Add("{{ raise_exception('x') }}{{ tools | tojson }}{% generation %}g{% endgeneration %}")
	f.Add("{% set x = '%s|%d' % (none, 2) %}{{ x ~ none }}{% for k, v in tools[0].items() %}{{ k }}{{ v | tojson(indent=1) }}{% endfor %}")
	f.Add("{% macro m(a=None) %}{{ a is none }}{% endmacro %}{{ m() }}{% with y = 3 % 2 %}{{ y }}{% endwith %}{% filter upper %}{{ 'a' % () }}{% endfilter %}")
	f.Fuzz(func(t *testing.T, src string) {
		tm, err := New(src, map[string]string{"bos_token": "<s>"})
		if err != nil {
			return
		}
		tm.Render([]Message{{"role": "user", "content": "hi"}}, Options{AddGenerationPrompt: true, Tools: []any{map[string]any{"a": 1}}})
		tm.RenderJSON([]byte(`[{"role": "user", "content": "hi", "x": null}]`), Options{Tools: []any{json.RawMessage(`{"b": [1, 2.5], "a": {}}`)}})
	})
}
