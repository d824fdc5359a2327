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

// FuzzPrepareSource: never panics, and only inserts "+" after a
// tag opener.
func FuzzPrepareSource(f *testing.F) {
	for _, s := range []string{"{{ x }}  {% if a %}", "{% raw %} {% x %}{% endraw %} {% if %}", "{{ '\\'' }} {#", "{%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out := prepareSource(src)
		norm := strings.NewReplacer("{%+", "{%", "{#+", "{#").Replace
		if norm(out) != norm(src) {
			t.Fatalf("%q -> %q changed more than whitespace controls", src, out)
		}
	})
}
