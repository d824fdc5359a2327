package chattemplate

import (
	"strings"
	"testing"
)

func TestPrepareSource(t *testing.T) {
	for in, want := range map[string]string{
		"{{ x }}  {% if a %}":                    "{{ x }}  {%+ if a %}",
		"  {% if a %}":                           "  {% if a %}",
		"a\n  {% if a %}":                        "a\n  {% if a %}",
		"{% if a %} {#c#}":                       "{% if a %} {#+c#}",
		"{{ x }} {%- if a %} {%+ endif %}":       "{{ x }} {%- if a %} {%+ endif %}",
		"{{ '}}  {%' }}x {% if a %}":             "{{ '}}  {%' }}x {% if a %}",
		"{% raw %} {% x %}{% endraw %} {% if %}": "{% raw %} {% x %}{% endraw %} {%+ if %}",
		"{% set a = \"%}\" %} {% if %}":          "{% set a = \"%}\" %} {%+ if %}",
		"{{ x":                                   "{{ x",
		"{# open":                                "{# open",
	} {
		if got := prepareSource(in); got != want {
			t.Errorf("%q: got %q want %q", in, got, want)
		}
	}
}

// FuzzPrepareSource: never panics; without conditionals, commas or
// newlines it only inserts "+" after tag openers; and the template either
// compiles or gives an error.
func FuzzPrepareSource(f *testing.F) {
	for _, s := range []string{"{{ x }}  {% if a %}", "{% raw %} {% x %}{% endraw %} {% if %}", "{{ '\\'' }} {#", "{%",
		"{{ (a if b else c) }}", "{%-\n set x = [1, (2 if y),] %}", "{{ [a if b else c if d else e, {'k': v if w}] }}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out := prepareSource(src)
		norm := strings.NewReplacer("{%+", "{%", "{#+", "{#").Replace
		if !strings.ContainsAny(src, ",\n\r") && !strings.Contains(src, "if") && norm(out) != norm(src) {
			t.Fatalf("%q -> %q changed more than whitespace controls", src, out)
		}
		New(src, nil)
	})
}
