package chattemplate

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"unicode"

	"github.com/nikolalohinski/gonja/v2/exec"

	"github.com/kiln-ml/kiln/internal/pyjson"
)

// pyStr is Python's str() of a template value, which is what Jinja2
// prints for {{ x }}: None, True/False, float repr, and lists and dicts in
// their repr form. An undefined value prints as the empty string (as
// "Undefined" inside a list or dict, like its repr).
func pyStr(v *exec.Value) string {
	var b strings.Builder
	writePy(&b, v, false, 0)
	return b.String()
}

// pyRepr is Python's repr() of a template value.
func pyRepr(v *exec.Value) string {
	var b strings.Builder
	writePy(&b, v, true, 0)
	return b.String()
}

func writePy(b *strings.Builder, v *exec.Value, repr bool, depth int) {
	if depth > maxDepth {
		b.WriteString("...")
		return
	}
	if isUndefined(v) {
		if repr {
			b.WriteString("Undefined")
		}
		return
	}
	if isNone(v) || v.IsNil() {
		b.WriteString("None")
		return
	}
	switch {
	case v.IsString():
		if repr {
			writeStrRepr(b, v.String())
		} else {
			b.WriteString(v.String())
		}
		return
	case v.IsBool():
		if v.Bool() {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
		return
	case v.IsInteger():
		b.WriteString(v.String())
		return
	case v.IsFloat():
		b.WriteString(pyjson.FloatRepr(v.Float()))
		return
	case v.IsList():
		rv := reflect.Indirect(v.Val)
		open, end := "[", "]"
		if _, ok := v.Interface().(pyTuple); ok {
			open, end = "(", ")"
			if rv.Len() == 1 {
				end = ",)"
			}
		}
		b.WriteString(open)
		for i := 0; i < rv.Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			writePy(b, exec.ToValue(rv.Index(i)), true, depth+1)
		}
		b.WriteString(end)
		return
	}
	if d, ok := v.Interface().(*exec.Dict); ok {
		b.WriteByte('{')
		for i, p := range d.Pairs {
			if i > 0 {
				b.WriteString(", ")
			}
			writePy(b, p.Key, true, depth+1)
			b.WriteString(": ")
			writePy(b, p.Value, true, depth+1)
		}
		b.WriteByte('}')
		return
	}
	if rv := reflect.Indirect(v.Val); rv.Kind() == reflect.Map {
		keys := rv.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			writePy(b, exec.ToValue(k), true, depth+1)
			b.WriteString(": ")
			writePy(b, exec.ToValue(rv.MapIndex(k)), true, depth+1)
		}
		b.WriteByte('}')
		return
	}
	b.WriteString(v.String())
}

// writeStrRepr quotes s like Python's repr(str): single quotes unless s
// contains a single quote and no double quote.
func writeStrRepr(b *strings.Builder, s string) {
	q := byte('\'')
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		q = '"'
	}
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(b, `\x%02x`, r)
		case r > 0x7f && !unicode.IsPrint(r) && r != ' ':
			switch {
			case r <= 0xff:
				fmt.Fprintf(b, `\x%02x`, r)
			case r <= 0xffff:
				fmt.Fprintf(b, `\u%04x`, r)
			default:
				fmt.Fprintf(b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
}
