package ir

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
)

// String prints f in the IR text format (see docs/ir.md), one value per line:
//
//	func @name {
//	  %0 = parameter : f32[2,3] "x"
//	  %1 = constant {value=[1, 2, 3]} : f32[3]
//	  %2 = broadcast_in_dim %1 {shape=[2,3], dims=[1]} : f32[2,3] @"model.go":12
//	  %3 = add %0, %2 : f32[2,3] "h"
//	  return %3 "logits"
//	}
//
// Parse reads it back; printing the parsed function gives the same text.
func (f *Func) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "func @%s {\n", quoteIdent(f.Name))
	for _, v := range f.Values {
		b.WriteString("  ")
		if v == nil {
			b.WriteString("<nil value>") // only in broken funcs; Check reports it
		} else {
			writeValue(&b, v)
		}
		b.WriteByte('\n')
	}
	b.WriteString("  return")
	for i, r := range f.Results {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte(' ')
		if r == nil {
			b.WriteString("%<nil>")
		} else {
			b.WriteString(r.String())
		}
		if i < len(f.ResultNames) && f.ResultNames[i] != "" {
			b.WriteString(" " + strconv.Quote(f.ResultNames[i]))
		}
	}
	b.WriteString("\n}\n")
	return b.String()
}

// quoteIdent leaves plain identifiers bare and quotes anything else.
func quoteIdent(s string) string {
	if s == "" {
		return `""`
	}
	for _, c := range s {
		if !(c == '_' || c == '.' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return strconv.Quote(s)
		}
	}
	return s
}

// LongString prints one value as its line in the text format.
func (v *Value) LongString() string {
	var b strings.Builder
	writeValue(&b, v)
	return b.String()
}

func writeValue(b *strings.Builder, v *Value) {
	fmt.Fprintf(b, "%s = %s", v, v.Op)
	for i, a := range v.Args {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte(' ')
		if a == nil {
			b.WriteString("%<nil>")
		} else {
			b.WriteString(a.String())
		}
	}
	if v.Attrs != nil {
		b.WriteString(" {")
		writeAttrs(b, v)
		b.WriteByte('}')
	}
	b.WriteString(" : " + v.Type.String())
	if v.Name != "" {
		b.WriteString(" " + strconv.Quote(v.Name))
	}
	if v.Pos.IsKnown() {
		fmt.Fprintf(b, " @%s:%d", strconv.Quote(v.Pos.File), v.Pos.Line)
	}
}

func writeAttrs(b *strings.Builder, v *Value) {
	if c, ok := v.Attrs.(*ConstantAttrs); ok && c != nil {
		if !v.Type.DType.Valid() || checkTypeSize(v.Type) != nil || len(c.Data) != v.Type.Bytes() {
			// Only in broken funcs (Check reports it); never index past Data.
			fmt.Fprintf(b, "invalid=\"%d bytes of constant data for %s\"", len(c.Data), v.Type)
			return
		}
		b.WriteString("value=")
		writeConstant(b, v.Type, c.Data)
		return
	}
	rv := reflect.ValueOf(v.Attrs)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct {
		fmt.Fprintf(b, "invalid=%q", fmt.Sprint(v.Attrs))
		return
	}
	rv = rv.Elem()
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(rt.Field(i).Tag.Get("attr") + "=")
		writeAttrValue(b, rv.Field(i))
	}
}

func writeAttrValue(b *strings.Builder, f reflect.Value) {
	if !f.CanInterface() { // unexported field of a wrong attrs type
		b.WriteString("?")
		return
	}
	if s, ok := f.Interface().(fmt.Stringer); ok {
		b.WriteString(s.String())
		return
	}
	switch f.Kind() {
	case reflect.Int:
		b.WriteString(strconv.FormatInt(f.Int(), 10))
	case reflect.Float64:
		b.WriteString(formatFloat(f.Float(), 64))
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(f.Bool()))
	case reflect.Slice:
		if k := f.Type().Elem().Kind(); k < reflect.Int || k > reflect.Int64 {
			fmt.Fprintf(b, "%v", f.Interface())
			return
		}
		b.WriteByte('[')
		for j := 0; j < f.Len(); j++ {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.FormatInt(f.Index(j).Int(), 10))
		}
		b.WriteByte(']')
	default:
		fmt.Fprintf(b, "%v", f.Interface())
	}
}

// formatFloat prints the shortest text that parses back to the same value
// at the given precision; inf and nan are spelled "inf", "-inf", "nan".
func formatFloat(x float64, bits int) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	return strconv.FormatFloat(x, 'g', -1, bits)
}

func writeConstant(b *strings.Builder, t Type, data []byte) {
	n := t.Shape.NumElements()
	b.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		switch {
		case t.DType == Bool:
			b.WriteString(strconv.FormatBool(data[i] != 0))
		case t.DType.IsInt():
			b.WriteString(strconv.FormatInt(ElementInt(t.DType, data, i), 10))
		case t.DType == Float64:
			b.WriteString(formatFloat(ElementFloat(t.DType, data, i), 64))
		default:
			b.WriteString(formatFloat(ElementFloat(t.DType, data, i), 32))
		}
	}
	b.WriteByte(']')
}
