package pyjson

import (
	"math"
	"testing"
)

// The expected strings are what CPython 3 prints for repr(x) and
// json.dumps(x) / json.dumps(s, ensure_ascii=...).
func TestFloats(t *testing.T) {
	cases := []struct {
		f          float64
		repr, json string
	}{
		{0, "0.0", "0.0"}, {math.Copysign(0, -1), "-0.0", "-0.0"}, {1, "1.0", "1.0"},
		{0.1, "0.1", "0.1"}, {1e-4, "0.0001", "0.0001"}, {1e-5, "1e-05", "1e-05"},
		{1e16, "1e+16", "1e+16"}, {9999999999999998, "9999999999999998.0", "9999999999999998.0"},
		{1.5e300, "1.5e+300", "1.5e+300"}, {-2.5e-7, "-2.5e-07", "-2.5e-07"},
		{math.NaN(), "nan", "NaN"}, {math.Inf(1), "inf", "Infinity"}, {math.Inf(-1), "-inf", "-Infinity"},
	}
	for _, c := range cases {
		if got := FloatRepr(c.f); got != c.repr {
			t.Errorf("FloatRepr(%v) = %q, want %q", c.f, got, c.repr)
		}
		if got := Float(c.f); got != c.json {
			t.Errorf("Float(%v) = %q, want %q", c.f, got, c.json)
		}
	}
}

func TestQuote(t *testing.T) {
	cases := []struct {
		s           string
		ascii, utf8 string
	}{
		{`a"b\c`, `"a\"b\\c"`, `"a\"b\\c"`},
		{"\n\r\t\b\f\x01", `"\n\r\t\b\f\u0001"`, `"\n\r\t\b\f\u0001"`},
		{"é\x7f", `"\u00e9\u007f"`, "\"é\x7f\""},
		{"😀", `"\ud83d\ude00"`, `"😀"`},
	}
	for _, c := range cases {
		if got := Quote(c.s, true); got != c.ascii {
			t.Errorf("Quote(%q, true) = %s, want %s", c.s, got, c.ascii)
		}
		if got := Quote(c.s, false); got != c.utf8 {
			t.Errorf("Quote(%q, false) = %s, want %s", c.s, got, c.utf8)
		}
	}
}

func TestFloatReprMore(t *testing.T) {
	for f, want := range map[float64]string{0: "0.0", -0.5: "-0.5", 1e15: "1000000000000000.0", 1e16: "1e+16",
		1.5e-5: "1.5e-05", 0.0001: "0.0001", 1e100: "1e+100", 2.5e-300: "2.5e-300", math.Inf(1): "inf", 1 / 3.0: "0.3333333333333333"} {
		if got := FloatRepr(f); got != want {
			t.Errorf("FloatRepr(%v) = %q, want %q", f, got, want)
		}
	}
}

func TestQuoteNonFinite(t *testing.T) {
	in := `{"a": NaN, "b": -Infinity, "c": Infinity, "s": "NaN \" Infinity", "d": 1.5}`
	want := `{"a": "NaN", "b": "-Infinity", "c": "Infinity", "s": "NaN \" Infinity", "d": 1.5}`
	if got := string(QuoteNonFinite([]byte(in))); got != want {
		t.Errorf("QuoteNonFinite:\n got %s\nwant %s", got, want)
	}
	for s, want := range map[string]float64{"Infinity": math.Inf(1), "-Infinity": math.Inf(-1)} {
		if f, ok := NonFinite(s); !ok || f != want {
			t.Errorf("NonFinite(%q) = %v, %v", s, f, ok)
		}
	}
	if f, ok := NonFinite("NaN"); !ok || !math.IsNaN(f) {
		t.Errorf("NonFinite(NaN) = %v, %v", f, ok)
	}
	if _, ok := NonFinite("nan"); ok {
		t.Error("NonFinite accepts nan")
	}
}
