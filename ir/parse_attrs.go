package ir

import (
	"encoding"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// parseAttrs reads "name=value, ...}" (after '{') into a new attrs struct
// of op, filling fields by their `attr` tags. Every field must appear
// exactly once.
func (p *parser) parseAttrs(op Op) (any, error) {
	ptr := reflect.New(op.Info().AttrsType.Elem())
	st := ptr.Elem()
	rt := st.Type()
	seen := make([]bool, rt.NumField())
	field := func(name string) int {
		for i := 0; i < rt.NumField(); i++ {
			if rt.Field(i).Tag.Get("attr") == name {
				return i
			}
		}
		return -1
	}
	for !p.is(tokPunct, "}") {
		kt, err := p.expect(tokWord, "", "attribute name")
		if err != nil {
			return nil, err
		}
		i := field(kt.text)
		if i < 0 {
			return nil, errorAt(kt, "%s has no attribute %q (it has %s)", op, kt.text, attrNames(rt))
		}
		if seen[i] {
			return nil, errorAt(kt, "attribute %q given twice", kt.text)
		}
		seen[i] = true
		if err := p.punct("="); err != nil {
			return nil, err
		}
		if err := p.parseAttrValue(st.Field(i), kt.text); err != nil {
			return nil, err
		}
		if p.is(tokPunct, "}") {
			break
		}
		if err := p.punct(","); err != nil {
			return nil, err
		}
	}
	var missing []string
	for i, ok := range seen {
		if !ok {
			missing = append(missing, rt.Field(i).Tag.Get("attr"))
		}
	}
	if len(missing) > 0 {
		return nil, errorAt(p.tok, "%s is missing attribute(s) %s", op, strings.Join(missing, ", "))
	}
	return ptr.Interface(), p.advance() // '}'
}

func attrNames(rt reflect.Type) string {
	var names []string
	for i := 0; i < rt.NumField(); i++ {
		names = append(names, rt.Field(i).Tag.Get("attr"))
	}
	return strings.Join(names, ", ")
}

// parseAttrValue reads one attribute value into fv by its Go type: enums
// and DTypes through encoding.TextUnmarshaler, then int, float64, bool and
// integer slices (including Shape).
func (p *parser) parseAttrValue(fv reflect.Value, name string) error {
	if u, ok := fv.Addr().Interface().(encoding.TextUnmarshaler); ok {
		t, err := p.expect(tokWord, "", "value of attribute "+name)
		if err != nil {
			return err
		}
		if err := u.UnmarshalText([]byte(t.text)); err != nil {
			return errorAt(t, "attribute %s: %v", name, err)
		}
		return nil
	}
	switch fv.Kind() {
	case reflect.Int:
		t, err := p.expect(tokWord, "", "integer value of attribute "+name)
		if err != nil {
			return err
		}
		n, perr := strconv.ParseInt(t.text, 10, strconv.IntSize)
		if perr != nil {
			return errorAt(t, "attribute %s: invalid integer %q", name, t.text)
		}
		fv.SetInt(n)
	case reflect.Float64:
		t, err := p.expect(tokWord, "", "number value of attribute "+name)
		if err != nil {
			return err
		}
		x, perr := strconv.ParseFloat(t.text, 64)
		if perr != nil {
			return errorAt(t, "attribute %s: invalid number %q", name, t.text)
		}
		fv.SetFloat(x)
	case reflect.Bool:
		t, err := p.expect(tokWord, "", "true or false for attribute "+name)
		if err != nil {
			return err
		}
		if t.text != "true" && t.text != "false" {
			return errorAt(t, "attribute %s: want true or false, found %q", name, t.text)
		}
		fv.SetBool(t.text == "true")
	case reflect.Slice:
		if fv.Type().Elem().Kind() != reflect.Int {
			return errorAt(p.tok, "attribute %s: unsupported type %s", name, fv.Type())
		}
		if err := p.punct("["); err != nil {
			return err
		}
		list, err := p.parseIntList("integer in attribute " + name)
		if err != nil {
			return err
		}
		if list != nil {
			s := reflect.MakeSlice(fv.Type(), len(list), len(list))
			for i, n := range list {
				s.Index(i).SetInt(int64(n))
			}
			fv.Set(s)
		}
	default:
		return errorAt(p.tok, "attribute %s: unsupported type %s", name, fv.Type())
	}
	return nil
}

// skipConstantData reads "value=[...]}" but only checks its tokens: the
// elements are decoded once the type (written after them) is known. It
// returns a parser positioned at the '['.
func (p *parser) skipConstantData() (*parser, error) {
	if _, err := p.expect(tokWord, "value", "value=[...] (constant data)"); err != nil {
		return nil, err
	}
	if err := p.punct("="); err != nil {
		return nil, err
	}
	at := &parser{s: p.s, tok: p.tok}
	if err := p.punct("["); err != nil {
		return nil, err
	}
	for !p.is(tokPunct, "]") {
		if p.tok.kind != tokWord && !p.is(tokPunct, ",") {
			return nil, p.errExpected("constant element or ]")
		}
		if err := p.advance(); err != nil {
			return nil, err
		}
	}
	if err := p.advance(); err != nil {
		return nil, err
	}
	return at, p.punct("}")
}

// parseConstantData decodes "[e, e, ...]" as the little-endian bytes of t:
// bool true/false, integers in decimal within the dtype's range, floats
// as decimal, inf, -inf or nan (f16/bf16/f32 read at float32 precision and
// rounded to nearest even).
func (p *parser) parseConstantData(t Type) ([]byte, error) {
	start := p.tok
	if err := p.punct("["); err != nil {
		return nil, err
	}
	n, size := t.Shape.NumElements(), t.DType.Size()
	data := make([]byte, 0, min(n, 1<<12)*size)
	elem := make([]byte, size)
	count := 0
	for !p.is(tokPunct, "]") {
		et, err := p.expect(tokWord, "", "constant element")
		if err != nil {
			return nil, err
		}
		if count == n {
			return nil, errorAt(et, "more than %d elements for constant of type %s", n, t)
		}
		if err := putElement(t.DType, elem, et.text); err != nil {
			return nil, errorAt(et, "element %d: %v", count, err)
		}
		data = append(data, elem...)
		count++
		if p.is(tokPunct, "]") {
			break
		}
		if err := p.punct(","); err != nil {
			return nil, err
		}
	}
	if count != n {
		return nil, errorAt(start, "constant of type %s needs %d elements, found %d", t, n, count)
	}
	return data, nil
}

// putElement encodes one element written as s into elem (one element of d).
func putElement(d DType, elem []byte, s string) error {
	switch {
	case d == Bool:
		if s != "true" && s != "false" {
			return fmt.Errorf("want true or false, found %q", s)
		}
		elem[0] = 0
		if s == "true" {
			elem[0] = 1
		}
	case d == Uint8:
		x, err := strconv.ParseUint(s, 10, 8)
		if err != nil {
			return fmt.Errorf("%q is not a u8 (0..255)", s)
		}
		PutElementInt(d, elem, 0, int64(x))
	case d.IsInt():
		x, err := strconv.ParseInt(s, 10, 8*d.Size())
		if err != nil {
			return fmt.Errorf("%q is not an %s", s, d)
		}
		PutElementInt(d, elem, 0, x)
	default:
		bits := 32
		if d == Float64 {
			bits = 64
		}
		x, err := strconv.ParseFloat(s, bits)
		if err != nil {
			return fmt.Errorf("%q is not a number representable in %d-bit float (use inf, -inf or nan)", s, bits)
		}
		PutElementFloat(d, elem, 0, x)
	}
	return nil
}
