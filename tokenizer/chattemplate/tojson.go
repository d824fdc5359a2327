package chattemplate

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/nikolalohinski/gonja/v2/exec"
)

// filterToJSON is transformers' tojson: Python json.dumps with
// ensure_ascii=False, default separators (", ", ": ") and optional indent.
// Go maps have no order, so object keys come out sorted.
func filterToJSON(_ *exec.Evaluator, in *exec.Value, params *exec.VarArgs) *exec.Value {
	if in.IsError() {
		return in
	}
	indent := -1
	if v, ok := params.KwArgs["indent"]; ok && !v.IsNil() {
		if !v.IsInteger() {
			return exec.AsValue(fmt.Errorf("tojson: indent must be an integer"))
		}
		indent = v.Integer()
	}
	if len(params.Args) > 0 && params.Args[0].IsInteger() {
		indent = params.Args[0].Integer()
	}
	var b strings.Builder
	if err := writeJSON(&b, in.Interface(), indent, 0); err != nil {
		return exec.AsValue(err)
	}
	return exec.AsSafeValue(b.String())
}

// ToJSON formats v like Python's json.dumps(v, ensure_ascii=False), with
// indent < 0 meaning no indentation.
func ToJSON(v any, indent int) (string, error) {
	var b strings.Builder
	err := writeJSON(&b, v, indent, 0)
	return b.String(), err
}

func writeJSON(b *strings.Builder, v any, indent, depth int) error {
	if depth > 200 {
		return fmt.Errorf("tojson: value nested too deeply")
	}
	if ev, ok := v.(*exec.Value); ok {
		v = ev.Interface()
	}
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
		return nil
	case bool:
		if x {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
		return nil
	case string:
		writeString(b, x)
		return nil
	case float64:
		writeFloat(b, x)
		return nil
	case float32:
		writeFloat(b, float64(x))
		return nil
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(strconv.FormatInt(rv.Int(), 10))
		return nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		b.WriteString(strconv.FormatUint(rv.Uint(), 10))
		return nil
	case reflect.String:
		writeString(b, rv.String())
		return nil
	case reflect.Slice, reflect.Array:
		if rv.Len() == 0 {
			b.WriteString("[]")
			return nil
		}
		b.WriteByte('[')
		for i := 0; i < rv.Len(); i++ {
			if i > 0 {
				sep(b, indent)
			}
			newline(b, indent, depth+1)
			if err := writeJSON(b, rv.Index(i).Interface(), indent, depth+1); err != nil {
				return err
			}
		}
		newline(b, indent, depth)
		b.WriteByte(']')
		return nil
	case reflect.Map:
		if rv.Len() == 0 {
			b.WriteString("{}")
			return nil
		}
		keys := make([]string, 0, rv.Len())
		vals := map[string]reflect.Value{}
		for it := rv.MapRange(); it.Next(); {
			k := fmt.Sprint(it.Key().Interface())
			keys = append(keys, k)
			vals[k] = it.Value()
		}
		sort.Strings(keys)
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				sep(b, indent)
			}
			newline(b, indent, depth+1)
			writeString(b, k)
			b.WriteString(": ")
			if err := writeJSON(b, vals[k].Interface(), indent, depth+1); err != nil {
				return err
			}
		}
		newline(b, indent, depth)
		b.WriteByte('}')
		return nil
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			b.WriteString("null")
			return nil
		}
		return writeJSON(b, rv.Elem().Interface(), indent, depth)
	}
	return fmt.Errorf("tojson: %w (%T)", errNotJSON, v)
}

func sep(b *strings.Builder, indent int) {
	if indent >= 0 {
		b.WriteByte(',')
	} else {
		b.WriteString(", ")
	}
}

func newline(b *strings.Builder, indent, depth int) {
	if indent < 0 {
		return
	}
	b.WriteByte('\n')
	b.WriteString(strings.Repeat(" ", indent*depth))
}

// writeFloat follows Python's float repr (1.0, 1e-09, inf as Infinity).
func writeFloat(b *strings.Builder, f float64) {
	switch {
	case math.IsNaN(f):
		b.WriteString("NaN")
		return
	case math.IsInf(f, 1):
		b.WriteString("Infinity")
		return
	case math.IsInf(f, -1):
		b.WriteString("-Infinity")
		return
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e16 {
		b.WriteString(strconv.FormatFloat(f, 'f', 1, 64))
		return
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if strings.Contains(s, "e") {
		// Python writes 1e-09 and 1e+16: two-digit exponents at least.
		mant, exp, _ := strings.Cut(s, "e")
		sign := exp[0]
		digits := exp[1:]
		if len(digits) < 2 {
			digits = "0" + digits
		}
		s = mant + "e" + string(sign) + digits
	}
	b.WriteString(s)
}

// writeString escapes like json.dumps(ensure_ascii=False).
func writeString(b *strings.Builder, s string) {
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
			if r < 0x20 {
				fmt.Fprintf(b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}
