package chattemplate

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/nikolalohinski/gonja/v2/exec"

	"github.com/kiln-ml/kiln/internal/pyjson"
)

var errNotJSON = errors.New("value cannot be converted to JSON")

// jsonOpts are json.dumps' formatting arguments.
type jsonOpts struct {
	ensureASCII bool
	indent      *string // nil: one line
	itemSep     string
	keySep      string
	sortKeys    bool
}

// filterToJSON is transformers' tojson filter, json.dumps(x,
// ensure_ascii=False, indent=None, separators=None, sort_keys=False) with
// the arguments in that order (positional or by keyword). Objects keep
// their key order unless sort_keys; Go maps, whose order is unknown, come
// out sorted.
func filterToJSON(_ *exec.Evaluator, in *exec.Value, params *exec.VarArgs) *exec.Value {
	if in.IsError() {
		return in
	}
	names := []string{"ensure_ascii", "indent", "separators", "sort_keys"}
	args := map[string]*exec.Value{}
	if len(params.Args) > len(names) {
		return exec.AsValue(fmt.Errorf("tojson takes at most %d arguments", len(names)))
	}
	for i, a := range params.Args {
		args[names[i]] = a
	}
	for k, v := range params.KwArgs {
		found := false
		for _, n := range names {
			found = found || n == k
		}
		if !found {
			return exec.AsValue(fmt.Errorf("tojson: unexpected keyword argument %q", k))
		}
		if _, dup := args[k]; dup {
			return exec.AsValue(fmt.Errorf("tojson: argument %q given twice", k))
		}
		args[k] = v
	}
	o := jsonOpts{itemSep: ", ", keySep: ": "}
	if v := args["ensure_ascii"]; v != nil {
		o.ensureASCII = v.IsTrue()
	}
	if v := args["sort_keys"]; v != nil {
		o.sortKeys = v.IsTrue()
	}
	if v := args["indent"]; v != nil && !v.IsNil() {
		var s string
		switch {
		case v.IsInteger() || v.IsBool():
			s = strings.Repeat(" ", max(0, pyInt(v)))
		case v.IsString():
			s = v.String()
		default:
			return exec.AsValue(fmt.Errorf("tojson: indent must be an integer or a string, not %s", pyTypeName(v)))
		}
		o.indent = &s
		o.itemSep = ","
	}
	if v := args["separators"]; v != nil && !v.IsNil() {
		if !v.IsList() || v.Len() != 2 || !v.Index(0).IsString() || !v.Index(1).IsString() {
			return exec.AsValue(errors.New("tojson: separators must be a pair of strings"))
		}
		o.itemSep, o.keySep = v.Index(0).String(), v.Index(1).String()
	}
	var b strings.Builder
	if err := writeJSON(&b, in, &o, 0); err != nil {
		return exec.AsValue(err)
	}
	return exec.AsSafeValue(b.String())
}

// ToJSON formats v like Python's json.dumps(v, ensure_ascii=False,
// indent=indent) (indent < 0: one line with ", " and ": " separators).
// Object keeps its key order; Go maps are written with sorted keys.
func ToJSON(v any, indent int) (string, error) {
	cv, err := convert(v, 0)
	if err != nil {
		return "", err
	}
	o := jsonOpts{itemSep: ", ", keySep: ": "}
	if indent >= 0 {
		s := strings.Repeat(" ", indent)
		o.indent, o.itemSep = &s, ","
	}
	var b strings.Builder
	err = writeJSON(&b, exec.AsValue(cv), &o, 0)
	return b.String(), err
}

func writeJSON(b *strings.Builder, v *exec.Value, o *jsonOpts, depth int) error {
	if depth > maxDepth {
		return fmt.Errorf("tojson: value nested too deeply")
	}
	if isUndefined(v) || v.IsNil() {
		b.WriteString("null")
		return nil
	}
	switch {
	case v.IsString():
		b.WriteString(pyjson.Quote(v.String(), o.ensureASCII))
		return nil
	case v.IsBool():
		b.WriteString(strconv.FormatBool(v.Bool()))
		return nil
	case v.IsInteger():
		b.WriteString(v.String())
		return nil
	case v.IsFloat():
		f := v.Float()
		b.WriteString(pyjson.Float(f))
		return nil
	case v.IsList():
		rv := reflect.Indirect(v.Val)
		if rv.Len() == 0 {
			b.WriteString("[]")
			return nil
		}
		b.WriteByte('[')
		for i := 0; i < rv.Len(); i++ {
			if i > 0 {
				b.WriteString(o.itemSep)
			}
			newline(b, o, depth+1)
			if err := writeJSON(b, exec.ToValue(rv.Index(i)), o, depth+1); err != nil {
				return err
			}
		}
		newline(b, o, depth)
		b.WriteByte(']')
		return nil
	}
	pairs, ok := dictPairs(v)
	if !ok {
		return fmt.Errorf("tojson: %w (%s)", errNotJSON, pyTypeName(v))
	}
	if len(pairs) == 0 {
		b.WriteString("{}")
		return nil
	}
	if o.sortKeys {
		pairs = append([]*exec.Pair(nil), pairs...)
		sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].Key.String() < pairs[j].Key.String() })
	}
	b.WriteByte('{')
	for i, p := range pairs {
		if i > 0 {
			b.WriteString(o.itemSep)
		}
		newline(b, o, depth+1)
		k := p.Key
		switch {
		case k.IsString():
			b.WriteString(pyjson.Quote(k.String(), o.ensureASCII))
		case isNone(k) || k.IsNil():
			b.WriteString(`"null"`)
		case k.IsBool() || k.IsNumber():
			var kb strings.Builder
			if err := writeJSON(&kb, k, o, depth+1); err != nil {
				return err
			}
			b.WriteString(pyjson.Quote(kb.String(), o.ensureASCII))
		default:
			return fmt.Errorf("tojson: keys must be str, int, float, bool or None, not %s", pyTypeName(k))
		}
		b.WriteString(o.keySep)
		if err := writeJSON(b, p.Value, o, depth+1); err != nil {
			return err
		}
	}
	newline(b, o, depth)
	b.WriteByte('}')
	return nil
}

func newline(b *strings.Builder, o *jsonOpts, depth int) {
	if o.indent == nil {
		return
	}
	b.WriteByte('\n')
	for i := 0; i < depth; i++ {
		b.WriteString(*o.indent)
	}
}

// dictPairs are the entries of a mapping value in iteration order: an
// ordered *exec.Dict as is, a Go map by sorted key.
func dictPairs(v *exec.Value) ([]*exec.Pair, bool) {
	switch d := v.Interface().(type) {
	case *exec.Dict:
		if d == nil {
			return nil, false
		}
		return d.Pairs, true
	case exec.Dict:
		return d.Pairs, true
	}
	rv := reflect.Indirect(v.Val)
	if rv.Kind() != reflect.Map {
		return nil, false
	}
	keys := rv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
	pairs := make([]*exec.Pair, len(keys))
	for i, k := range keys {
		pairs[i] = &exec.Pair{Key: exec.ToValue(k), Value: exec.ToValue(rv.MapIndex(k))}
	}
	return pairs, true
}
