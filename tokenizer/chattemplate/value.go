package chattemplate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"

	"github.com/nikolalohinski/gonja/v2/exec"
)

// Field is one key/value pair of an Object.
type Field struct {
	Key   string
	Value any
}

// Object is a JSON object whose keys keep their order, like a Python dict
// built by json.loads. Templates see it as a mapping: items(), keys(),
// values(), the items filter, for-loops and tojson all follow the order of
// the fields. Later duplicates of a key replace the earlier value in place,
// as in Python.
type Object []Field

// ParseJSON decodes JSON the way Python's json.loads does for a template:
// objects become Object (key order kept), arrays []any, integers (no
// fraction or exponent) int64 (uint64 above 2^63, float64 above 2^64), other numbers
// float64, plus string, bool and nil. The error names the byte offset of
// malformed input.
func ParseJSON(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := decodeJSON(dec, 0)
	if err != nil {
		return nil, fmt.Errorf("json at offset %d: %w", dec.InputOffset(), err)
	}
	if rest := bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n"); len(rest) > 0 {
		return nil, fmt.Errorf("json at offset %d: unexpected data after the value", len(data)-len(rest))
	}
	return v, nil
}

const maxDepth = 10000

func decodeJSON(dec *json.Decoder, depth int) (any, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("nested more than %d levels", maxDepth)
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '[':
			list := []any{}
			for dec.More() {
				v, err := decodeJSON(dec, depth+1)
				if err != nil {
					return nil, err
				}
				list = append(list, v)
			}
			_, err := dec.Token() // ']'
			return list, err
		case '{':
			obj := Object{}
			index := map[string]int{}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				key, ok := kt.(string)
				if !ok {
					return nil, fmt.Errorf("object key is %v, not a string", kt)
				}
				v, err := decodeJSON(dec, depth+1)
				if err != nil {
					return nil, err
				}
				if i, dup := index[key]; dup {
					obj[i].Value = v
					continue
				}
				index[key] = len(obj)
				obj = append(obj, Field{key, v})
			}
			_, err := dec.Token() // '}'
			return obj, err
		}
		return nil, fmt.Errorf("unexpected %v", t)
	case json.Number:
		s := string(t)
		if i, err := strconv.ParseInt(s, 10, 64); err == nil {
			return i, nil
		}
		if u, err := strconv.ParseUint(s, 10, 64); err == nil {
			return u, nil
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !math.IsInf(f, 0) {
			return nil, fmt.Errorf("bad number %q", s)
		}
		return f, nil
	default: // string, bool, nil
		return t, nil
	}
}

// noneType marks Python's None: a typed nil pointer, so gonja treats it as
// nil (falsy, "is none") while the renderer can still tell it from an
// undefined name, which gonja represents as an invalid value.
type noneType struct{}

// none is the value data-supplied nulls and the none/None literals take.
var none = (*noneType)(nil)

var noneRType = reflect.TypeOf(none)

// isNone reports whether v is Python's None (not undefined).
func isNone(v *exec.Value) bool {
	return v != nil && v.Val.IsValid() && v.Val.Type() == noneRType
}

// isUndefined reports whether v is an undefined name, attribute or item.
func isUndefined(v *exec.Value) bool {
	return v == nil || !v.Val.IsValid()
}

// convert turns a caller's Go value into what templates see: Object and
// maps become ordered *exec.Dict (maps with keys sorted, as their order is
// unknown), json.RawMessage is decoded with ParseJSON, nil becomes None,
// slices become []any, numbers int or float64. Empty mappings become an
// empty Go map, which gonja treats as falsy like Python. Other values
// (structs, pointers to them) go through encoding/json first. Functions are
// passed unchanged.
func convert(v any, depth int) (any, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("value nested more than %d levels", maxDepth)
	}
	switch x := v.(type) {
	case nil:
		return none, nil
	case *noneType:
		return none, nil
	case string, bool, int, float64:
		return x, nil
	case int64:
		return int(x), nil
	case uint64:
		if x > math.MaxInt64 {
			return x, nil
		}
		return int(x), nil
	case json.Number:
		return convert(json.RawMessage(x), depth+1)
	case json.RawMessage:
		p, err := ParseJSON(x)
		if err != nil {
			return nil, err
		}
		return convert(p, depth+1)
	case Object:
		if len(x) == 0 {
			return map[string]any{}, nil
		}
		d := &exec.Dict{Pairs: make([]*exec.Pair, 0, len(x))}
		for _, f := range x {
			cv, err := convert(f.Value, depth+1)
			if err != nil {
				return nil, fmt.Errorf("%q: %w", f.Key, err)
			}
			d.Pairs = append(d.Pairs, &exec.Pair{Key: exec.AsValue(f.Key), Value: exec.AsValue(cv)})
		}
		return d, nil
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			cv, err := convert(e, depth+1)
			if err != nil {
				return nil, fmt.Errorf("[%d]: %w", i, err)
			}
			out[i] = cv
		}
		return out, nil
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Func:
		return v, nil
	case reflect.Bool:
		return rv.Bool(), nil
	case reflect.String:
		return rv.String(), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return int(rv.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return int(rv.Uint()), nil
	case reflect.Float32, reflect.Float64:
		return rv.Float(), nil
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return none, nil
		}
		if rv.Elem().Kind() != reflect.Struct {
			return convert(rv.Elem().Interface(), depth+1)
		}
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return none, nil
		}
		out := make([]any, rv.Len())
		for i := range out {
			cv, err := convert(rv.Index(i).Interface(), depth+1)
			if err != nil {
				return nil, fmt.Errorf("[%d]: %w", i, err)
			}
			out[i] = cv
		}
		return out, nil
	case reflect.Map:
		if rv.IsNil() {
			return none, nil
		}
		obj := make(Object, 0, rv.Len())
		for it := rv.MapRange(); it.Next(); {
			obj = append(obj, Field{fmt.Sprint(it.Key().Interface()), it.Value().Interface()})
		}
		sort.Slice(obj, func(i, j int) bool { return obj[i].Key < obj[j].Key })
		return convert(obj, depth+1)
	}
	// Structs and other values: their JSON form, field order kept.
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("cannot pass %T to a template: %w", v, err)
	}
	p, err := ParseJSON(b)
	if err != nil {
		return nil, err
	}
	return convert(p, depth+1)
}
