package chattemplate

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"

	"github.com/nikolalohinski/gonja/v2/exec"
)

// filterReverse is Jinja's reverse: a string's characters or a sequence's
// items in reverse order (gonja's sorts lists before reversing them).
func filterReverse(_ *exec.Evaluator, in *exec.Value, params *exec.VarArgs) *exec.Value {
	if in.IsError() {
		return in
	}
	if err := params.Take(); err != nil {
		return exec.AsValue(exec.ErrInvalidCall(err))
	}
	switch {
	case in.IsString():
		r := []rune(in.String())
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return exec.AsValue(string(r))
	case in.IsList():
		rv := reflect.Indirect(in.Val)
		out := make([]any, rv.Len())
		for i := range out {
			out[len(out)-1-i] = valueOf(exec.ToValue(rv.Index(i)))
		}
		return exec.AsValue(out)
	}
	if pairs, ok := dictPairs(in); ok {
		out := make([]any, len(pairs))
		for i, p := range pairs {
			out[len(out)-1-i] = valueOf(p.Key)
		}
		return exec.AsValue(out)
	}
	return exec.AsValue(fmt.Errorf("reverse: %s is not reversible", pyTypeName(in)))
}

// filterRound is Jinja's round(value, precision=0, method='common'):
// 'common' is Python's round (ties to even, on the exact binary value).
func filterRound(_ *exec.Evaluator, in *exec.Value, params *exec.VarArgs) *exec.Value {
	if in.IsError() {
		return in
	}
	precision, method := 0, "common"
	if len(params.Args) > 2 {
		return exec.AsValue(errors.New("round takes at most 2 arguments"))
	}
	args := map[string]*exec.Value{}
	for i, a := range params.Args {
		args[[]string{"precision", "method"}[i]] = a
	}
	for k, v := range params.KwArgs {
		if k != "precision" && k != "method" {
			return exec.AsValue(fmt.Errorf("round: unexpected keyword argument %q", k))
		}
		args[k] = v
	}
	if v := args["precision"]; v != nil {
		if !v.IsInteger() {
			return exec.AsValue(errors.New("round: precision must be an integer"))
		}
		precision = v.Integer()
	}
	if v := args["method"]; v != nil {
		method = v.String()
	}
	if !in.IsNumber() && !in.IsBool() {
		return exec.AsValue(fmt.Errorf("round: %s is not a number", pyTypeName(in)))
	}
	f := pyFloat(in)
	if math.IsNaN(f) || math.IsInf(f, 0) || precision > 300 || precision < -300 {
		return exec.AsValue(f)
	}
	switch method {
	case "common":
		if precision >= 0 {
			r, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', precision, 64), 64)
			return exec.AsValue(r)
		}
		p := math.Pow(10, float64(-precision))
		return exec.AsValue(math.RoundToEven(f/p) * p)
	case "floor", "ceil":
		op := math.Floor
		if method == "ceil" {
			op = math.Ceil
		}
		p := math.Pow(10, float64(precision))
		return exec.AsValue(op(f*p) / p)
	}
	return exec.AsValue(errors.New("round: method must be 'common', 'ceil' or 'floor'"))
}

// isNum reports whether v is a Python number (bool counts as int).
func isNum(v *exec.Value) bool { return v.IsNumber() || v.IsBool() }

// binaryFilter makes the filter that rewrite.go puts in place of the binary
// operator op (a op b becomes a|filter(b)): an error on the left passes
// through, anything but one right operand is an internal error, and f gets
// a and b.
func binaryFilter(op string, f func(a, b *exec.Value) *exec.Value) exec.FilterFunction {
	return func(_ *exec.Evaluator, in *exec.Value, params *exec.VarArgs) *exec.Value {
		if in.IsError() {
			return in
		}
		if len(params.Args) != 1 {
			return exec.AsValue(fmt.Errorf("%s: internal error: one right operand expected", op))
		}
		return f(in, params.Args[0])
	}
}

// filterPow is a ** b: an int when both are ints and b >= 0, as in Python.
var filterPow = binaryFilter("**", func(a, b *exec.Value) *exec.Value {
	if !isNum(a) || !isNum(b) {
		return exec.AsValue(fmt.Errorf("unsupported operand types for **: %s and %s", pyTypeName(a), pyTypeName(b)))
	}
	if !a.IsFloat() && !b.IsFloat() && pyInt(b) >= 0 {
		base, exp, r := pyInt(a), pyInt(b), 1
		for ; exp > 0; exp >>= 1 {
			if exp&1 == 1 {
				r *= base
			}
			base *= base
		}
		return exec.AsValue(r)
	}
	if pyFloat(a) == 0 && pyFloat(b) < 0 {
		return exec.AsValue(errors.New("0.0 cannot be raised to a negative power"))
	}
	return exec.AsValue(math.Pow(pyFloat(a), pyFloat(b)))
})

// testNumber: ints, floats and booleans (Python's bool is an int).
func testNumber(_ *exec.Context, in *exec.Value, _ *exec.VarArgs) (bool, error) {
	return in.IsNumber() || in.IsBool(), nil
}

// strFilters are Jinja filters that apply str() to their input first, so
// None | trim is "None" and 2.50 | trim is "2.5" as in Jinja2.
var strFilters = []string{"trim", "capitalize", "title", "replace", "center", "indent",
	"truncate", "wordcount"}

// onStr wraps gonja's filter f so that a non-string input is converted
// with str() first.
func onStr(f exec.FilterFunction) exec.FilterFunction {
	return func(e *exec.Evaluator, in *exec.Value, params *exec.VarArgs) *exec.Value {
		if !in.IsError() && !in.IsString() {
			in = exec.AsValue(pyStr(in))
		}
		return f(e, in, params)
	}
}

// filterAdd is Python's a + b: numbers add (bool counts as int), strings
// and lists concatenate, anything else (None, undefined, str + int) is an
// error as in Jinja2.
var filterAdd = binaryFilter("+", func(a, b *exec.Value) *exec.Value {
	_, at := a.Interface().(pyTuple)
	_, bt := b.Interface().(pyTuple)
	switch {
	case isUndefined(a) || isUndefined(b):
		return exec.AsValue(errors.New("+: an operand is undefined"))
	case isNum(a) && isNum(b):
		if a.IsFloat() || b.IsFloat() {
			return exec.AsValue(pyFloat(a) + pyFloat(b))
		}
		return exec.AsValue(pyInt(a) + pyInt(b))
	case a.IsString() && b.IsString():
		return exec.AsSafeValue(a.String() + b.String())
	case a.IsString():
		return exec.AsValue(fmt.Errorf("can only concatenate str (not %q) to str", pyTypeName(b)))
	case a.IsList() && b.IsList() && at == bt:
		ra, rb := reflect.Indirect(a.Val), reflect.Indirect(b.Val)
		out := make([]any, 0, ra.Len()+rb.Len())
		for _, r := range []reflect.Value{ra, rb} {
			for i := 0; i < r.Len(); i++ {
				out = append(out, valueOf(exec.ToValue(r.Index(i))))
			}
		}
		if at {
			return exec.AsValue(pyTuple(out))
		}
		return exec.AsValue(out)
	}
	return exec.AsValue(fmt.Errorf("unsupported operand types for +: %s and %s", pyTypeName(a), pyTypeName(b)))
})

// pyEqual is Python's ==: undefined equals only undefined, None only
// None, numbers compare by value (True == 1), lists item by item, dicts by
// their entries regardless of order.
func pyEqual(a, b *exec.Value, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch {
	case isUndefined(a) || isUndefined(b):
		return isUndefined(a) && isUndefined(b)
	case a.IsNil() || b.IsNil():
		return a.IsNil() && b.IsNil()
	case isNum(a) && isNum(b):
		if a.IsFloat() || b.IsFloat() {
			return pyFloat(a) == pyFloat(b)
		}
		return pyInt(a) == pyInt(b)
	case a.IsString() || b.IsString():
		return a.IsString() && b.IsString() && a.String() == b.String()
	case a.IsList() && b.IsList():
		_, at := a.Interface().(pyTuple)
		_, bt := b.Interface().(pyTuple)
		ra, rb := reflect.Indirect(a.Val), reflect.Indirect(b.Val)
		if at != bt || ra.Len() != rb.Len() {
			return false
		}
		for i := 0; i < ra.Len(); i++ {
			if !pyEqual(exec.ToValue(ra.Index(i)), exec.ToValue(rb.Index(i)), depth+1) {
				return false
			}
		}
		return true
	}
	pa, aok := dictPairs(a)
	pb, bok := dictPairs(b)
	if aok || bok {
		if !aok || !bok || len(pa) != len(pb) {
			return false
		}
		for _, p := range pa {
			found := false
			for _, q := range pb {
				if pyEqual(p.Key, q.Key, depth+1) {
					found = pyEqual(p.Value, q.Value, depth+1)
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	return a.EqualValueTo(b)
}

var filterEq = binaryFilter("==", func(in, arg *exec.Value) *exec.Value {
	return exec.AsValue(pyEqual(in, arg, 0))
})

func filterNe(e *exec.Evaluator, in *exec.Value, params *exec.VarArgs) *exec.Value {
	r := filterEq(e, in, params)
	if r.IsError() {
		return r
	}
	return exec.AsValue(!r.Bool())
}

// testEq / testNe are the eq, equalto, ==, ne and != tests (Python ==).
func testEq(_ *exec.Context, in *exec.Value, p *exec.VarArgs) (bool, error) {
	if len(p.Args) != 1 {
		return false, errors.New("equality test takes one argument")
	}
	return pyEqual(in, p.Args[0], 0), nil
}

func testNe(c *exec.Context, in *exec.Value, p *exec.VarArgs) (bool, error) {
	eq, err := testEq(c, in, p)
	return !eq, err
}

// filterGetItem is a[b]: Python indexing for sequences and strings (negative
// indices count from the end, by character), else gonja's item lookup with
// Jinja2's fallback to the attribute; a missing item is undefined, an
// undefined or None container an error.
func filterGetItem(_ *exec.Evaluator, in *exec.Value, params *exec.VarArgs) *exec.Value {
	if in.IsError() {
		return in
	}
	if len(params.Args) != 1 {
		return exec.AsValue(errors.New("[]: internal error: one key expected"))
	}
	key := params.Args[0]
	if isUndefined(in) || in.IsNil() {
		return exec.AsValue(fmt.Errorf("cannot get item %s of %s", pyRepr(key), pyTypeName(in)))
	}
	if key.IsInteger() && (in.IsList() || in.IsString()) {
		i := key.Integer()
		if in.IsString() {
			r := []rune(in.String())
			if i < 0 {
				i += len(r)
			}
			if i < 0 || i >= len(r) {
				return exec.AsValue(nil)
			}
			return exec.AsValue(string(r[i]))
		}
		rv := reflect.Indirect(in.Val)
		if i < 0 {
			i += rv.Len()
		}
		if i < 0 || i >= rv.Len() {
			return exec.AsValue(nil)
		}
		return exec.ToValue(rv.Index(i))
	}
	var k any
	switch {
	case key.IsString():
		k = key.String()
	case key.IsInteger():
		k = key.Integer()
	default:
		return exec.AsValue(nil)
	}
	item, found := in.GetItem(k)
	if !found && key.IsString() {
		item, found = in.GetAttribute(key.String())
	}
	if !found {
		return exec.AsValue(nil)
	}
	return item
}

// filterIterable is the iterable of a {% for %}: Jinja2 iterates lists,
// tuples, strings, dicts (their keys) and undefined (nothing); None,
// numbers and booleans are an error ("'NoneType' object is not iterable").
func filterIterable(_ *exec.Evaluator, in *exec.Value, _ *exec.VarArgs) *exec.Value {
	if in.IsError() || isUndefined(in) || in.IsList() || in.IsString() || in.IsDict() || in.IsCallable() {
		return in
	}
	if in.IsNil() || in.IsNumber() || in.IsBool() {
		return exec.AsValue(fmt.Errorf("'%s' object is not iterable", pyTypeName(in)))
	}
	return in
}
