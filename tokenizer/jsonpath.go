package tokenizer

import (
	"encoding/json"
	"fmt"
	"math"
)

// jv is a decoded JSON value with the path it was found at, so that errors
// name the bad field (e.g. `model.merges[12]`).
type jv struct {
	v    any
	path string
}

// pathError is an error about one field of a JSON document.
type pathError struct {
	Path string
	Msg  string
}

// Error renders "path: message".
func (e *pathError) Error() string { return e.Path + ": " + e.Msg }

func (j jv) errf(format string, a ...any) error {
	p := j.path
	if p == "" {
		p = "(root)"
	}
	return &pathError{Path: p, Msg: fmt.Sprintf(format, a...)}
}

func (j jv) isNull() bool { return j.v == nil }

func (j jv) key(k string) jv {
	p := k
	if j.path != "" {
		p = j.path + "." + k
	}
	if m, ok := j.v.(map[string]any); ok {
		return jv{m[k], p}
	}
	return jv{nil, p}
}

func (j jv) has(k string) bool {
	m, ok := j.v.(map[string]any)
	if !ok {
		return false
	}
	_, ok = m[k]
	return ok
}

func (j jv) obj() (map[string]any, error) {
	m, ok := j.v.(map[string]any)
	if !ok {
		return nil, j.errf("expected an object, got %s", kindOf(j.v))
	}
	return m, nil
}

func (j jv) arr() ([]jv, error) {
	a, ok := j.v.([]any)
	if !ok {
		return nil, j.errf("expected an array, got %s", kindOf(j.v))
	}
	out := make([]jv, len(a))
	for i, x := range a {
		out[i] = jv{x, fmt.Sprintf("%s[%d]", j.path, i)}
	}
	return out, nil
}

// index is element i of an array value (null when out of range).
func (j jv) index(i int) jv {
	p := fmt.Sprintf("%s[%d]", j.path, i)
	if a, ok := j.v.([]any); ok && i >= 0 && i < len(a) {
		return jv{a[i], p}
	}
	return jv{nil, p}
}

func (j jv) str() (string, error) {
	s, ok := j.v.(string)
	if !ok {
		return "", j.errf("expected a string, got %s", kindOf(j.v))
	}
	return s, nil
}

// strOr returns def when the field is absent or null.
func (j jv) strOr(def string) (string, error) {
	if j.v == nil {
		return def, nil
	}
	return j.str()
}

func (j jv) boolOr(def bool) (bool, error) {
	if j.v == nil {
		return def, nil
	}
	b, ok := j.v.(bool)
	if !ok {
		return false, j.errf("expected a boolean, got %s", kindOf(j.v))
	}
	return b, nil
}

func (j jv) num() (float64, error) {
	switch x := j.v.(type) {
	case float64:
		return x, nil
	case json.Number:
		f, err := x.Float64()
		if err != nil {
			return 0, j.errf("bad number %q", x)
		}
		return f, nil
	}
	return 0, j.errf("expected a number, got %s", kindOf(j.v))
}

func (j jv) int() (int, error) {
	f, err := j.num()
	if err != nil {
		return 0, err
	}
	if f != math.Trunc(f) || f < -1<<31 || f > 1<<31-1 {
		return 0, j.errf("expected an integer, got %v", f)
	}
	return int(f), nil
}

func (j jv) intOr(def int) (int, error) {
	if j.v == nil {
		return def, nil
	}
	return j.int()
}

func kindOf(v any) string {
	switch v.(type) {
	case nil:
		return "null or nothing"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case float64, json.Number:
		return "a number"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }
