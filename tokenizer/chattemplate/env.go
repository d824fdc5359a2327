package chattemplate

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/nikolalohinski/gonja/v2/builtins"
	"github.com/nikolalohinski/gonja/v2/exec"
)

// The filters, tests and dict methods below replace gonja's where those
// differ from Jinja2 for chat templates: key order (gonja converts dicts to
// Go maps and sorts), None versus undefined, and Python's str().

func filterSet() (*exec.FilterSet, error) {
	filters := exec.NewFilterSet(map[string]exec.FilterFunction{})
	filters.Update(builtins.Filters)
	for name, f := range map[string]exec.FilterFunction{
		"tojson": filterToJSON, "items": filterItems, "dictsort": filterDictSort,
		"string": filterString, "default": filterDefault, "d": filterDefault,
		"reverse": filterReverse, "round": filterRound, "format": filterFormat,
		"upper": caseFilter(upperCaser), "lower": caseFilter(lowerCaser),
	} {
		if err := filters.Replace(name, f); err != nil {
			return nil, err
		}
	}
	for _, name := range strFilters {
		f, ok := filters.Get(name)
		if !ok {
			return nil, fmt.Errorf("gonja has no %s filter", name)
		}
		if err := filters.Replace(name, onStr(f)); err != nil {
			return nil, err
		}
	}
	for name, f := range map[string]exec.FilterFunction{
		filterNameMod: filterMod, filterNameTuple: filterTuple, filterNameFloorDiv: filterFloorDiv, filterNameEmptyDict: filterEmptyDict,
		filterNameConcat: filterConcat, filterNameStr: filterStr, filterNamePow: filterPow,
		filterNameAdd: filterAdd, filterNameEq: filterEq, filterNameNe: filterNe,
		filterNameGetItem: filterGetItem, filterNameIter: filterIterable,
	} {
		if err := filters.Register(name, f); err != nil {
			return nil, err
		}
	}
	return filters, nil
}

func testSet() (*exec.TestSet, error) {
	tests := exec.NewTestSet(map[string]exec.TestFunction{})
	tests.Update(builtins.Tests)
	for name, f := range map[string]exec.TestFunction{
		"defined": testDefined, "undefined": testUndefined, "none": testNone,
		"true": testTrue, "false": testFalse, "number": testNumber,
		"eq": testEq, "equalto": testEq, "==": testEq, "ne": testNe, "!=": testNe,
	} {
		if err := tests.Replace(name, f); err != nil {
			return nil, err
		}
	}
	return tests, nil
}

// testDefined: everything but an undefined name, attribute or item (None
// is defined).
func testDefined(_ *exec.Context, in *exec.Value, _ *exec.VarArgs) (bool, error) {
	return !isUndefined(in) && !in.IsError(), nil
}

func testUndefined(c *exec.Context, in *exec.Value, p *exec.VarArgs) (bool, error) {
	d, err := testDefined(c, in, p)
	return !d, err
}

// testNone: only None (an undefined value is not none).
func testNone(_ *exec.Context, in *exec.Value, _ *exec.VarArgs) (bool, error) {
	return !isUndefined(in) && in.IsNil(), nil
}

// testTrue / testFalse: `x is true` is Python's `x is True`.
func testTrue(_ *exec.Context, in *exec.Value, _ *exec.VarArgs) (bool, error) {
	return in.IsBool() && in.Bool(), nil
}

func testFalse(_ *exec.Context, in *exec.Value, _ *exec.VarArgs) (bool, error) {
	return in.IsBool() && !in.Bool(), nil
}

// filterStr is str(x), applied to every {{ … }} output.
func filterStr(_ *exec.Evaluator, in *exec.Value, _ *exec.VarArgs) *exec.Value {
	if in.IsError() {
		return in
	}
	if in.IsString() {
		return in
	}
	return exec.AsValue(pyStr(in))
}

// filterString is Jinja's string filter: str(x).
func filterString(_ *exec.Evaluator, in *exec.Value, params *exec.VarArgs) *exec.Value {
	if in.IsError() {
		return in
	}
	if err := params.Take(); err != nil {
		return exec.AsValue(exec.ErrInvalidCall(err))
	}
	return exec.AsValue(pyStr(in))
}

// filterConcat is a ~ b: str(a) + str(b).
var filterConcat = binaryFilter("~", func(in, arg *exec.Value) *exec.Value {
	return exec.AsValue(pyStr(in) + pyStr(arg))
})

// filterDefault is default(value, boolean=False): the default replaces an
// undefined value (and, with boolean, any falsy one) but not None.
func filterDefault(_ *exec.Evaluator, in *exec.Value, params *exec.VarArgs) *exec.Value {
	def := exec.AsValue("")
	boolean := false
	if len(params.Args) > 2 {
		return exec.AsValue(errors.New("default takes at most 2 arguments"))
	}
	if len(params.Args) > 0 {
		def = params.Args[0]
	}
	if len(params.Args) > 1 {
		boolean = params.Args[1].IsTrue()
	}
	for k, v := range params.KwArgs {
		switch k {
		case "default_value":
			def = v
		case "boolean":
			boolean = v.IsTrue()
		default:
			return exec.AsValue(fmt.Errorf("default: unexpected keyword argument %q", k))
		}
	}
	if in.IsError() || isUndefined(in) || (boolean && !in.IsTrue()) {
		return def
	}
	return in
}

// pyTuple is a Python tuple (a list to gonja; printed with parentheses).
type pyTuple []any

// pairList turns entries into a list of (key, value) tuples.
func pairList(pairs []*exec.Pair) []any {
	out := make([]any, len(pairs))
	for i, p := range pairs {
		out[i] = pyTuple{p.Key.Interface(), valueOf(p.Value)}
	}
	return out
}

// valueOf unwraps v for a Go container, keeping None.
func valueOf(v *exec.Value) any {
	if isUndefined(v) {
		return nil
	}
	return v.Interface()
}

// filterItems is d|items: the (key, value) pairs in d's order.
func filterItems(_ *exec.Evaluator, in *exec.Value, params *exec.VarArgs) *exec.Value {
	if in.IsError() {
		return in
	}
	if err := params.Take(); err != nil {
		return exec.AsValue(exec.ErrInvalidCall(err))
	}
	if isUndefined(in) {
		return exec.AsValue([]any{})
	}
	pairs, ok := dictPairs(in)
	if !ok {
		return exec.AsValue(fmt.Errorf("items: can only get item pairs from a mapping, not %s", pyTypeName(in)))
	}
	return exec.AsValue(pairList(pairs))
}

// filterDictSort is dictsort(case_sensitive=False, by='key', reverse=False).
func filterDictSort(_ *exec.Evaluator, in *exec.Value, params *exec.VarArgs) *exec.Value {
	if in.IsError() {
		return in
	}
	caseSensitive, by, reverse := false, "key", false
	names := []string{"case_sensitive", "by", "reverse"}
	set := func(name string, v *exec.Value) error {
		switch name {
		case "case_sensitive":
			caseSensitive = v.IsTrue()
		case "by":
			by = v.String()
		case "reverse":
			reverse = v.IsTrue()
		default:
			return fmt.Errorf("dictsort: unexpected keyword argument %q", name)
		}
		return nil
	}
	if len(params.Args) > len(names) {
		return exec.AsValue(errors.New("dictsort takes at most 3 arguments"))
	}
	for i, a := range params.Args {
		_ = set(names[i], a)
	}
	for k, v := range params.KwArgs {
		if err := set(k, v); err != nil {
			return exec.AsValue(err)
		}
	}
	if by != "key" && by != "value" {
		return exec.AsValue(errors.New("dictsort: you can only sort by either 'key' or 'value'"))
	}
	pairs, ok := dictPairs(in)
	if !ok {
		return exec.AsValue(fmt.Errorf("dictsort: %s is not a mapping", pyTypeName(in)))
	}
	pairs = append([]*exec.Pair(nil), pairs...)
	key := func(p *exec.Pair) *exec.Value {
		if by == "value" {
			return p.Value
		}
		return p.Key
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		a, b := key(pairs[i]), key(pairs[j])
		if reverse {
			a, b = b, a
		}
		if a.IsNumber() && b.IsNumber() {
			return a.Float() < b.Float()
		}
		x, y := pyStr(a), pyStr(b)
		if !caseSensitive {
			x, y = strings.ToLower(x), strings.ToLower(y)
		}
		return x < y
	})
	return exec.AsValue(pairList(pairs))
}

// dictMethods are gonja's dict methods with keys, values, items and get
// following the mapping's own order and returning None for a missing key.
func dictMethods() *exec.MethodSet[map[string]any] {
	m := map[string]exec.Method[map[string]any]{}
	for _, name := range []string{"pop", "setdefault", "update", "copy", "clear"} {
		if f, ok := builtins.Methods.Dict.Get(name); ok {
			m[name] = f
		}
	}
	noArgs := func(name string, f func([]*exec.Pair) any) exec.Method[map[string]any] {
		return func(_ map[string]any, self *exec.Value, args *exec.VarArgs) (any, error) {
			if len(args.Args) > 0 || len(args.KwArgs) > 0 {
				return nil, exec.ErrInvalidCall(fmt.Errorf("%s() takes no arguments", name))
			}
			pairs, _ := dictPairs(self)
			return f(pairs), nil
		}
	}
	m["keys"] = noArgs("keys", func(ps []*exec.Pair) any {
		out := make([]any, len(ps))
		for i, p := range ps {
			out[i] = valueOf(p.Key)
		}
		return out
	})
	m["values"] = noArgs("values", func(ps []*exec.Pair) any {
		out := make([]any, len(ps))
		for i, p := range ps {
			out[i] = valueOf(p.Value)
		}
		return out
	})
	m["items"] = noArgs("items", func(ps []*exec.Pair) any { return pairList(ps) })
	m["get"] = func(_ map[string]any, self *exec.Value, args *exec.VarArgs) (any, error) {
		if len(args.Args) < 1 || len(args.Args) > 2 || len(args.KwArgs) > 0 {
			return nil, exec.ErrInvalidCall(errors.New("get() takes 1 or 2 positional arguments"))
		}
		pairs, _ := dictPairs(self)
		for _, p := range pairs {
			if p.Key.EqualValueTo(args.Args[0]) {
				return valueOf(p.Value), nil
			}
		}
		if len(args.Args) == 2 {
			return valueOf(args.Args[1]), nil
		}
		return none, nil
	}
	return exec.NewMethodSet(m)
}
