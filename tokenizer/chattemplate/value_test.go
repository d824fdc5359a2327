package chattemplate

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestParseJSON(t *testing.T) {
	v, err := ParseJSON([]byte(` {"b": [1, 2.5, -3e2, 18446744073709551615, 1e400], "a": null, "b2": {"y": true, "x": "s"}, "a": "dup"} `))
	if err != nil {
		t.Fatal(err)
	}
	want := Object{{"b", []any{int64(1), 2.5, -300.0, uint64(math.MaxUint64), math.Inf(1)}}, {"a", "dup"},
		{"b2", Object{{"y", true}, {"x", "s"}}}}
	if !reflect.DeepEqual(v, want) {
		t.Errorf("got %#v\nwant %#v", v, want)
	}
	for _, bad := range []string{``, `[1,`, `{"a" 1}`, `{1: 2}`, `1 x`, `[1] ]`, `"a" "b"`, `nul`} {
		if _, err := ParseJSON([]byte(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		} else if !strings.Contains(err.Error(), "offset") {
			t.Errorf("%q: error %q does not name the offset", bad, err)
		}
	}
}

type toolStruct struct {
	Name   string         `json:"name"`
	Params map[string]any `json:"params"`
	Desc   *string        `json:"desc"`
}

// TestConvertGoValues: what templates see of Go data: maps sorted, structs
// in field order, nil as None, typed numbers as numbers.
func TestConvertGoValues(t *testing.T) {
	tm, err := New("{{ x | tojson }}|{{ x }}", nil)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		x    any
		want string
	}{
		{"map sorted", map[string]any{"b": 1, "a": nil, "c": []string{"x"}}, `{"a": null, "b": 1, "c": ["x"]}|{'a': None, 'b': 1, 'c': ['x']}`},
		{"struct field order", toolStruct{Name: "f", Params: map[string]any{"z": uint8(3), "y": float32(0.5)}},
			`{"name": "f", "params": {"y": 0.5, "z": 3}, "desc": null}|{'name': 'f', 'params': {'y': 0.5, 'z': 3}, 'desc': None}`},
		{"object order", Object{{"z", 1}, {"a", Object{}}, {"m", json.RawMessage(`{"q": [true]}`)}}, `{"z": 1, "a": {}, "m": {"q": [true]}}|{'z': 1, 'a': {}, 'm': {'q': [True]}}`},
		{"nil", nil, `null|None`},
		{"nil slice", []int(nil), `null|None`},
		{"pointer", &[]int{1}, `[1]|[1]`},
		{"int types", []any{int8(-1), uint16(2), int64(1 << 40)}, `[-1, 2, 1099511627776]|[-1, 2, 1099511627776]`},
		{"json.Number", []any{json.Number("3"), json.Number("2.50")}, `[3, 2.5]|[3, 2.5]`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := tm.Render(nil, Options{Vars: map[string]any{"x": c.x}})
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
	if _, err := tm.Render(nil, Options{Vars: map[string]any{"x": make(chan int)}}); err == nil || !strings.Contains(err.Error(), "vars") {
		t.Errorf("channel: err = %v", err)
	}
	if _, err := tm.Render(nil, Options{Tools: []any{json.RawMessage(`{"a":`)}}); err == nil || !strings.Contains(err.Error(), "tools[0]") {
		t.Errorf("bad tool JSON: err = %v", err)
	}
}

func TestToJSON(t *testing.T) {
	for _, c := range []struct {
		v      any
		indent int
		want   string
	}{
		{Object{{"k", []any{1.5, "é\n\x01"}}, {"a", nil}}, -1, `{"k": [1.5, "é\n\u0001"], "a": null}`},
		{Object{{"k", []any{}}, {"e", Object{}}}, 2, "{\n  \"k\": [],\n  \"e\": {}\n}"},
		{[]any{math.NaN(), math.Inf(-1), 1e16, 123456789012345.6}, -1, `[NaN, -Infinity, 1e+16, 123456789012345.6]`},
	} {
		got, err := ToJSON(c.v, c.indent)
		if err != nil || got != c.want {
			t.Errorf("ToJSON(%v) = %q, %v; want %q", c.v, got, err, c.want)
		}
	}
}

// TestPercentErrors: Python's % raises where the format and the arguments
// disagree; so does the template.
func TestPercentErrors(t *testing.T) {
	for _, src := range []string{
		"{{ '%s %s' % ('a',) }}", "{{ '%s' % ('a', 'b') }}", "{{ 'abc' % 1 }}", "{{ '%d' % 'x' }}",
		"{{ '%' % 1 }}", "{{ '%q' % 1 }}", "{{ '%(a)s' % 1 }}", "{{ '%(zz)s' % {'a': 1} }}", "{{ 1 % 0 }}",
		"{{ 1.5 % 0 }}", "{{ [1] % 2 }}", "{{ 1 % ('a', 'b') }}", "{{ '%c' % 'ab' }}", "{{ '%x' % 1.5 }}",
	} {
		tm, err := New(src, nil)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if got, err := tm.Render(nil, Options{}); err == nil {
			t.Errorf("%s: got %q, want an error", src, got)
		}
	}
}

func FuzzParseJSON(f *testing.F) {
	for _, s := range []string{`{"b": 1, "a": [true, null, 1.5e3, "x\u00e9"]}`, `[]`, `"s"`, `{"a": {"a": {}}}`, `1 2`, `[1e999]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := ParseJSON(data)
		valid := json.Valid(data)
		if valid != (err == nil) {
			t.Fatalf("json.Valid = %v but ParseJSON err = %v", valid, err)
		}
		if err != nil {
			return
		}
		out, err := ToJSON(v, -1)
		if err != nil {
			t.Fatal(err)
		}
		var a, b any
		if json.Unmarshal(data, &a) != nil {
			return // numbers beyond float64 range
		}
		if err := json.Unmarshal([]byte(out), &b); err != nil {
			t.Fatalf("ToJSON wrote invalid JSON %q: %v", out, err)
		}
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("round trip changed the value: %q -> %q", data, out)
		}
	})
}

func FuzzPercent(f *testing.F) {
	for _, s := range []string{"%s-%d", "%(a)s %%", "%-*.*f", "%#x|%+05d|% e", "%c%r%a", "%.3g%G"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, format string) {
		tm, err := New("{{ f % ('x', 3, 2.5, none, [1]) }}{{ f % d }}{{ f % 7 }}", nil)
		if err != nil {
			t.Fatal(err)
		}
		tm.Render(nil, Options{Vars: map[string]any{"f": format, "d": Object{{"a", 1}}}})
	})
}
