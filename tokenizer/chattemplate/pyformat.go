package chattemplate

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nikolalohinski/gonja/v2/exec"

	"github.com/kiln-ml/kiln/internal/pyjson"
)

// Python's % operator. gonja evaluates a % b as integer modulo only, so
// rewrite.go turns every a % b into a call of filterMod.

// filterMod is a % b: string formatting when a is a string (b a tuple of
// arguments, a mapping for %(key)s, or one argument), else numeric modulo.
var filterMod = binaryFilter("%", func(in, right *exec.Value) *exec.Value {
	if !in.IsString() {
		return pyModulo(in, right)
	}
	args := []*exec.Value{right}
	var mapping *exec.Value
	if t, ok := right.Interface().(pyTuple); ok {
		args = make([]*exec.Value, len(t))
		for i, e := range t {
			args[i] = exec.ToValue(e)
		}
	} else if right.IsDict() {
		mapping = right
	}
	s, err := pyPercent(in.String(), args, mapping)
	if err != nil {
		return exec.AsValue(err)
	}
	return exec.AsValue(s)
})

// filterFloorDiv is a // b: floored, an int for ints, as in Python.
var filterFloorDiv = binaryFilter("//", func(a, b *exec.Value) *exec.Value {
	if !isNum(a) || !isNum(b) {
		return exec.AsValue(fmt.Errorf("unsupported operand types for //: %s and %s", pyTypeName(a), pyTypeName(b)))
	}
	if a.IsFloat() || b.IsFloat() {
		if pyFloat(b) == 0 {
			return exec.AsValue(errors.New("float floor division by zero"))
		}
		return exec.AsValue(math.Floor(pyFloat(a) / pyFloat(b)))
	}
	x, y := pyInt(a), pyInt(b)
	if y == 0 {
		return exec.AsValue(errors.New("integer division or modulo by zero"))
	}
	q := x / y
	if (x%y != 0) && ((x < 0) != (y < 0)) {
		q--
	}
	return exec.AsValue(q)
})

// filterFormat is Jinja's format filter: value % args, or value % kwargs
// (a mapping) when keyword arguments are given.
func filterFormat(_ *exec.Evaluator, in *exec.Value, params *exec.VarArgs) *exec.Value {
	if in.IsError() {
		return in
	}
	if len(params.KwArgs) > 0 && len(params.Args) > 0 {
		return exec.AsValue(errors.New("format: can't handle positional and keyword arguments at the same time"))
	}
	var s string
	var err error
	if len(params.KwArgs) > 0 {
		d := &exec.Dict{}
		for k, v := range params.KwArgs {
			d.Pairs = append(d.Pairs, &exec.Pair{Key: exec.AsValue(k), Value: v})
		}
		s, err = pyPercent(pyStr(in), []*exec.Value{exec.AsValue(d)}, exec.AsValue(d))
	} else {
		s, err = pyPercent(pyStr(in), params.Args, nil)
	}
	if err != nil {
		return exec.AsValue(err)
	}
	return exec.AsValue(s)
}

// filterEmptyDict is the value of the literal {}: an empty mapping that is
// falsy.
func filterEmptyDict(_ *exec.Evaluator, in *exec.Value, _ *exec.VarArgs) *exec.Value {
	if in.IsError() {
		return in
	}
	return exec.AsValue(map[string]any{})
}

// filterTuple makes a tuple of a tuple literal's items.
func filterTuple(_ *exec.Evaluator, in *exec.Value, _ *exec.VarArgs) *exec.Value {
	if in.IsError() || !in.IsList() {
		return in
	}
	rv := reflect.Indirect(in.Val)
	t := make(pyTuple, rv.Len())
	for i := range t {
		t[i] = valueOf(exec.ToValue(rv.Index(i)))
	}
	return exec.AsValue(t)
}

// pyModulo is Python's numeric %: the result takes the divisor's sign.
func pyModulo(a, b *exec.Value) *exec.Value {
	if !isNum(a) || !isNum(b) {
		return exec.AsValue(fmt.Errorf("unsupported operand types for %%: %s and %s", pyTypeName(a), pyTypeName(b)))
	}
	if a.IsFloat() || b.IsFloat() {
		x, y := pyFloat(a), pyFloat(b)
		if y == 0 {
			return exec.AsValue(errors.New("float modulo by zero"))
		}
		r := math.Mod(x, y)
		if r != 0 && (r < 0) != (y < 0) {
			r += y
		}
		return exec.AsValue(r)
	}
	x, y := pyInt(a), pyInt(b)
	if y == 0 {
		return exec.AsValue(errors.New("integer modulo by zero"))
	}
	r := x % y
	if r != 0 && (r < 0) != (y < 0) {
		r += y
	}
	return exec.AsValue(r)
}

func pyInt(v *exec.Value) int {
	if v.IsBool() {
		if v.Bool() {
			return 1
		}
		return 0
	}
	return v.Integer()
}

func pyFloat(v *exec.Value) float64 {
	if v.IsBool() {
		return float64(pyInt(v))
	}
	return v.Float()
}

func pyTypeName(v *exec.Value) string {
	switch {
	case isUndefined(v):
		return "Undefined"
	case v.IsNil():
		return "NoneType"
	case v.IsString():
		return "str"
	case v.IsBool():
		return "bool"
	case v.IsInteger():
		return "int"
	case v.IsFloat():
		return "float"
	case v.IsList():
		return "list"
	case v.IsDict():
		return "dict"
	}
	return fmt.Sprintf("%T", v.Interface())
}

// pyPercent is Python's printf-style str % args: %[(key)][flags][width]
// [.precision][length]type with types s r a d i u o x X e E f F g G c %.
// mapping, when set, serves %(key)s specifiers.
func pyPercent(format string, args []*exec.Value, mapping *exec.Value) (string, error) {
	var b strings.Builder
	next := 0
	usedMapping := false
	take := func() (*exec.Value, error) {
		if next >= len(args) {
			return nil, errors.New("not enough arguments for format string")
		}
		next++
		return args[next-1], nil
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(format) {
			return "", errors.New("incomplete format")
		}
		var arg *exec.Value
		if format[i] == '(' {
			end := strings.IndexByte(format[i:], ')')
			if end < 0 {
				return "", errors.New("incomplete format key")
			}
			if mapping == nil {
				return "", errors.New("format requires a mapping")
			}
			key := format[i+1 : i+end]
			v, ok := mapping.GetItem(key)
			if !ok {
				return "", fmt.Errorf("KeyError: %q", key)
			}
			arg, usedMapping = v, true
			i += end + 1
		}
		var spec fmtSpec
		for ; i < len(format) && strings.IndexByte("-+ #0", format[i]) >= 0; i++ {
			switch format[i] {
			case '-':
				spec.left = true
			case '+':
				spec.plus = true
			case ' ':
				spec.space = true
			case '#':
				spec.alt = true
			case '0':
				spec.zero = true
			}
		}
		num := func() (int, bool, error) {
			if i < len(format) && format[i] == '*' {
				i++
				v, err := take()
				if err != nil {
					return 0, false, err
				}
				if !v.IsInteger() {
					return 0, false, errors.New("* wants int")
				}
				return v.Integer(), true, nil
			}
			start := i
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
			if start == i {
				return 0, false, nil
			}
			n, err := strconv.Atoi(format[start:i])
			if err != nil || n > 1<<20 {
				return 0, false, errors.New("width or precision too big")
			}
			return n, true, nil
		}
		var err error
		if spec.width, _, err = num(); err != nil {
			return "", err
		}
		if spec.width < 0 {
			spec.left, spec.width = true, -spec.width
		}
		spec.prec = -1
		if i < len(format) && format[i] == '.' {
			i++
			if spec.prec, _, err = num(); err != nil {
				return "", err
			}
			if spec.prec < 0 {
				spec.prec = 0
			}
		}
		for i < len(format) && strings.IndexByte("hlL", format[i]) >= 0 {
			i++
		}
		if i >= len(format) {
			return "", errors.New("incomplete format")
		}
		verb := format[i]
		if verb == '%' {
			b.WriteByte('%')
			continue
		}
		if arg == nil {
			if arg, err = take(); err != nil {
				return "", err
			}
		}
		s, err := formatOne(verb, spec, arg)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	if next < len(args) && !usedMapping && mapping == nil {
		return "", errors.New("not all arguments converted during string formatting")
	}
	return b.String(), nil
}

type fmtSpec struct {
	left, plus, space, alt, zero bool
	width, prec                  int
}

func formatOne(verb byte, spec fmtSpec, v *exec.Value) (string, error) {
	var body string
	numeric := false
	switch verb {
	case 's', 'r', 'a':
		if verb == 's' {
			body = pyStr(v)
		} else {
			body = pyRepr(v)
		}
		if spec.prec >= 0 && utf8.RuneCountInString(body) > spec.prec {
			body = string([]rune(body)[:spec.prec])
		}
	case 'd', 'i', 'u', 'o', 'x', 'X':
		numeric = true
		var n int
		switch {
		case v.IsBool() || v.IsInteger():
			n = pyInt(v)
		case v.IsFloat():
			f := v.Float()
			if math.IsNaN(f) || math.IsInf(f, 0) {
				return "", fmt.Errorf("cannot convert float %s to integer", pyjson.FloatRepr(f))
			}
			if verb != 'd' && verb != 'i' && verb != 'u' {
				return "", fmt.Errorf("%%%c format: an integer is required, not float", verb)
			}
			n = int(f)
		default:
			return "", fmt.Errorf("%%%c format: a real number is required, not %s", verb, pyTypeName(v))
		}
		neg := n < 0
		u := uint64(n)
		if neg {
			u = uint64(-n)
		}
		switch verb {
		case 'o':
			body = strconv.FormatUint(u, 8)
			if spec.alt {
				body = "0o" + body
			}
		case 'x', 'X':
			body = strconv.FormatUint(u, 16)
			if spec.alt {
				body = "0x" + body
			}
			if verb == 'X' {
				body = strings.ToUpper(body)
			}
		default:
			body = strconv.FormatUint(u, 10)
		}
		if spec.prec > 0 && len(body) < spec.prec {
			body = strings.Repeat("0", spec.prec-len(body)) + body
		}
		body = sign(neg, spec) + body
	case 'e', 'E', 'f', 'F', 'g', 'G':
		numeric = true
		if !v.IsNumber() && !v.IsBool() {
			return "", fmt.Errorf("must be real number, not %s", pyTypeName(v))
		}
		f := pyFloat(v)
		prec := spec.prec
		if prec < 0 {
			prec = 6
		}
		neg := math.Signbit(f) && !math.IsNaN(f)
		a := math.Abs(f)
		switch {
		case math.IsNaN(f):
			body = "nan"
		case math.IsInf(f, 0):
			body = "inf"
		default:
			switch verb {
			case 'e', 'E':
				body = strconv.FormatFloat(a, 'e', prec, 64)
			case 'f', 'F':
				body = strconv.FormatFloat(a, 'f', prec, 64)
			default:
				if prec == 0 {
					prec = 1
				}
				body = pyGeneral(a, prec, spec.alt)
			}
		}
		if verb == 'E' || verb == 'F' || verb == 'G' {
			body = strings.ToUpper(body)
		}
		body = sign(neg, spec) + body
	case 'c':
		switch {
		case v.IsInteger():
			if v.Integer() < 0 || v.Integer() > utf8.MaxRune {
				return "", errors.New("%c arg not in range(0x110000)")
			}
			body = string(rune(v.Integer()))
		case v.IsString() && utf8.RuneCountInString(v.String()) == 1:
			body = v.String()
		default:
			return "", errors.New("%c requires int or char")
		}
	default:
		return "", fmt.Errorf("unsupported format character '%c'", verb)
	}
	n := utf8.RuneCountInString(body)
	if n >= spec.width {
		return body, nil
	}
	pad := spec.width - n
	switch {
	case spec.left:
		return body + strings.Repeat(" ", pad), nil
	case spec.zero && numeric && !strings.HasSuffix(body, "inf") && !strings.HasSuffix(body, "nan"):
		signLen := 0
		if len(body) > 0 && strings.IndexByte("+- ", body[0]) >= 0 {
			signLen = 1
		}
		if strings.HasPrefix(body[signLen:], "0x") || strings.HasPrefix(body[signLen:], "0X") || strings.HasPrefix(body[signLen:], "0o") {
			signLen += 2
		}
		return body[:signLen] + strings.Repeat("0", pad) + body[signLen:], nil
	default:
		return strings.Repeat(" ", pad) + body, nil
	}
}

func sign(neg bool, spec fmtSpec) string {
	switch {
	case neg:
		return "-"
	case spec.plus:
		return "+"
	case spec.space:
		return " "
	}
	return ""
}

// pyGeneral is Python's %g of a non-negative finite number: prec
// significant digits, exponent form when exp < -4 or exp >= prec, trailing
// zeros removed unless alt.
func pyGeneral(a float64, prec int, alt bool) string {
	e := strconv.FormatFloat(a, 'e', prec-1, 64)
	_, expStr, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expStr)
	var s string
	if exp < -4 || exp >= prec {
		s = e
		if !alt {
			mant, ex, _ := strings.Cut(s, "e")
			if strings.ContainsRune(mant, '.') {
				mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
			}
			s = mant + "e" + ex
		}
		return s
	}
	s = strconv.FormatFloat(a, 'f', prec-1-exp, 64)
	if !alt && strings.ContainsRune(s, '.') {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}
