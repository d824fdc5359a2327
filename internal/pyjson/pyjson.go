// Package pyjson formats values exactly as Python writes them: repr() of a
// float and json.dumps of floats and strings. kiln writes files Python
// tools read and compare (trainer_state.json) and renders chat templates
// whose tojson filter must match transformers' output byte for byte.
package pyjson

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// FloatRepr is Python's repr(float): the shortest digits that round-trip,
// positional for decimal exponents -4..15 (with ".0" on integral values),
// else d.ddde±XX; "nan", "inf", "-inf".
func FloatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	mant, expStr, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expStr)
	if exp >= -4 && exp < 16 {
		s := strconv.FormatFloat(f, 'f', -1, 64)
		if !strings.ContainsRune(s, '.') {
			s += ".0"
		}
		return s
	}
	sign := "+"
	if exp < 0 {
		sign, exp = "-", -exp
	}
	return fmt.Sprintf("%se%s%02d", mant, sign, exp)
}

// Float is a float as json.dumps writes it: FloatRepr, with NaN, Infinity
// and -Infinity for the values JSON has no number for.
func Float(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	return FloatRepr(f)
}

// Quote is s as a JSON string the way json.dumps writes it: ", \, \n, \r,
// \t, \b, \f escaped, other control characters as \uXXXX, and with
// ensureASCII every character outside printable ASCII as \uXXXX
// (surrogate pairs above U+FFFF).
func Quote(s string, ensureASCII bool) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20 || (ensureASCII && r > 0x7e):
				if r > 0xffff {
					r -= 0x10000
					fmt.Fprintf(&b, `\u%04x\u%04x`, 0xd800+(r>>10), 0xdc00+(r&0x3ff))
				} else {
					fmt.Fprintf(&b, `\u%04x`, r)
				}
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// NonFinite returns the float of Python's spelling of a non-finite float
// ("NaN", "Infinity", "-Infinity") and whether s is one.
func NonFinite(s string) (float64, bool) {
	switch s {
	case "NaN":
		return math.NaN(), true
	case "Infinity":
		return math.Inf(1), true
	case "-Infinity":
		return math.Inf(-1), true
	}
	return 0, false
}

// QuoteNonFinite quotes the bare NaN, Infinity and -Infinity tokens that
// Python's json.dumps writes for non-finite floats (not JSON), leaving the
// insides of strings alone, so that encoding/json reads them as strings
// (NonFinite turns them back into floats).
func QuoteNonFinite(data []byte) []byte {
	return replaceNonFinite(data, func(tok string) string { return `"` + tok + `"` })
}

// ClampNonFinite makes Python's json.dumps output standard JSON for float
// fields: Infinity and -Infinity become ±math.MaxFloat64, NaN becomes null
// (the field keeps its zero value); the insides of strings are left alone.
// For readers of recorded fixtures where an infinite value means "beyond
// any bound" (a forced token's score margin).
func ClampNonFinite(data []byte) []byte {
	return replaceNonFinite(data, func(tok string) string {
		switch tok {
		case "Infinity":
			return "1.7976931348623157e308"
		case "-Infinity":
			return "-1.7976931348623157e308"
		}
		return "null"
	})
}

// replaceNonFinite replaces each bare NaN, Infinity and -Infinity token
// outside strings by repl(token).
func replaceNonFinite(data []byte, repl func(tok string) string) []byte {
	var out []byte
	inString, escaped := false, false
	for i := 0; i < len(data); i++ {
		c := data[i]
		if inString {
			out = append(out, c)
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		if c == '"' {
			inString = true
			out = append(out, c)
			continue
		}
		matched := false
		for _, tok := range []string{"-Infinity", "Infinity", "NaN"} {
			if bytes.HasPrefix(data[i:], []byte(tok)) {
				out = append(out, repl(tok)...)
				i += len(tok) - 1
				matched = true
				break
			}
		}
		if !matched {
			out = append(out, c)
		}
	}
	return out
}
