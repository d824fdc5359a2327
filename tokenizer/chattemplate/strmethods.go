package chattemplate

import (
	"errors"
	"strings"
	"unicode"

	"github.com/nikolalohinski/gonja/v2/exec"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// splitArgs reads str.split's (sep=None, maxsplit=-1), positional or by
// keyword.
func splitArgs(name string, args *exec.VarArgs) (sep string, hasSep bool, maxsplit int, err error) {
	maxsplit = -1
	vals := map[string]*exec.Value{}
	if len(args.Args) > 2 {
		return "", false, 0, errors.New(name + "() takes at most 2 arguments")
	}
	for i, a := range args.Args {
		vals[[]string{"sep", "maxsplit"}[i]] = a
	}
	for k, v := range args.KwArgs {
		if k != "sep" && k != "maxsplit" {
			return "", false, 0, errors.New(name + "() got an unexpected keyword argument " + k)
		}
		vals[k] = v
	}
	if v := vals["sep"]; v != nil && !v.IsNil() {
		if !v.IsString() {
			return "", false, 0, errors.New(name + "(): sep must be a string or None")
		}
		if sep, hasSep = v.String(), true; sep == "" {
			return "", false, 0, errors.New(name + "(): empty separator")
		}
	}
	if v := vals["maxsplit"]; v != nil {
		if !v.IsInteger() {
			return "", false, 0, errors.New(name + "(): maxsplit must be an integer")
		}
		maxsplit = v.Integer()
	}
	return sep, hasSep, maxsplit, nil
}

// pySplit is Python's str.split and, with right, str.rsplit.
func pySplit(s, sep string, hasSep bool, maxsplit int, right bool) []any {
	var parts []string
	if hasSep {
		switch {
		case maxsplit < 0:
			parts = strings.Split(s, sep)
		case !right:
			parts = strings.SplitN(s, sep, maxsplit+1)
		default:
			for len(parts) < maxsplit {
				i := strings.LastIndex(s, sep)
				if i < 0 {
					break
				}
				parts = append(parts, s[i+len(sep):])
				s = s[:i]
			}
			parts = append(parts, s)
			for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
				parts[i], parts[j] = parts[j], parts[i]
			}
		}
	} else {
		// Runs of whitespace; leading/trailing whitespace gives no empty
		// parts; after maxsplit splits the rest is kept (stripped on the
		// split side only).
		if !right {
			rest := strings.TrimLeftFunc(s, unicode.IsSpace)
			for rest != "" && (maxsplit < 0 || len(parts) < maxsplit) {
				i := strings.IndexFunc(rest, unicode.IsSpace)
				if i < 0 {
					break
				}
				parts = append(parts, rest[:i])
				rest = strings.TrimLeftFunc(rest[i:], unicode.IsSpace)
			}
			if rest != "" {
				parts = append(parts, rest)
			}
		} else {
			rest := strings.TrimRightFunc(s, unicode.IsSpace)
			var rev []string
			for rest != "" && (maxsplit < 0 || len(rev) < maxsplit) {
				i := strings.LastIndexFunc(rest, unicode.IsSpace)
				if i < 0 {
					break
				}
				_, w := utf8Last(rest[i:])
				rev = append(rev, rest[i+w:])
				rest = strings.TrimRightFunc(rest[:i], unicode.IsSpace)
			}
			if rest != "" {
				rev = append(rev, rest)
			}
			for i := len(rev) - 1; i >= 0; i-- {
				parts = append(parts, rev[i])
			}
		}
	}
	out := make([]any, len(parts))
	for i, p := range parts {
		out[i] = p
	}
	return out
}

// utf8Last is the width of the first rune of s (a whitespace rune found by
// LastIndexFunc).
func utf8Last(s string) (rune, int) {
	for i, r := range s {
		if i > 0 {
			return r, i
		}
	}
	return 0, len(s)
}

func splitMethod(right bool) exec.Method[string] {
	name := "split"
	if right {
		name = "rsplit"
	}
	return func(self string, _ *exec.Value, args *exec.VarArgs) (any, error) {
		sep, hasSep, maxsplit, err := splitArgs(name, args)
		if err != nil {
			return nil, err
		}
		return pySplit(self, sep, hasSep, maxsplit, right), nil
	}
}

// stripMethod is Python's str.strip / lstrip / rstrip(chars=None): with no
// chars (or None) it strips whitespace, else any of chars.
func stripMethod(name string, left, right bool) exec.Method[string] {
	return func(self string, _ *exec.Value, args *exec.VarArgs) (any, error) {
		if len(args.Args) > 1 || len(args.KwArgs) > 0 {
			return nil, errors.New(name + "() takes at most 1 positional argument")
		}
		cut := unicode.IsSpace
		if len(args.Args) == 1 && !args.Args[0].IsNil() {
			if !args.Args[0].IsString() {
				return nil, errors.New(name + " arg must be None or str")
			}
			chars := args.Args[0].String()
			cut = func(r rune) bool { return strings.ContainsRune(chars, r) }
		}
		if left {
			self = strings.TrimLeftFunc(self, cut)
		}
		if right {
			self = strings.TrimRightFunc(self, cut)
		}
		return self, nil
	}
}

// countMethod is Python's str.count(sub[, start[, end]]) (gonja's counts
// wrongly), with start and end in characters.
func countMethod(self string, _ *exec.Value, args *exec.VarArgs) (any, error) {
	if len(args.Args) < 1 || len(args.Args) > 3 || len(args.KwArgs) > 0 || !args.Args[0].IsString() {
		return nil, errors.New("count(sub[, start[, end]]) takes a string and up to two integers")
	}
	r := []rune(self)
	lo, hi := 0, len(r)
	clamp := func(v *exec.Value) (int, error) {
		if v.IsNil() {
			return -1, nil
		}
		if !v.IsInteger() {
			return 0, errors.New("count: start and end must be integers")
		}
		i := v.Integer()
		if i < 0 {
			i += len(r)
		}
		return max(0, min(i, len(r))), nil
	}
	var err error
	if len(args.Args) > 1 {
		if lo, err = clamp(args.Args[1]); err != nil {
			return nil, err
		}
		lo = max(lo, 0)
	}
	if len(args.Args) > 2 && !args.Args[2].IsNil() {
		if hi, err = clamp(args.Args[2]); err != nil {
			return nil, err
		}
	}
	if lo > hi {
		return 0, nil
	}
	sub := args.Args[0].String()
	if sub == "" {
		return hi - lo + 1, nil
	}
	return strings.Count(string(r[lo:hi]), sub), nil
}

// partitionMethod is Python's str.partition / rpartition: a 3-tuple.
func partitionMethod(right bool) exec.Method[string] {
	return func(self string, _ *exec.Value, args *exec.VarArgs) (any, error) {
		if len(args.Args) != 1 || len(args.KwArgs) > 0 || !args.Args[0].IsString() || args.Args[0].String() == "" {
			return nil, errors.New("partition takes one non-empty string")
		}
		sep := args.Args[0].String()
		i := strings.Index(self, sep)
		if right {
			i = strings.LastIndex(self, sep)
		}
		if i < 0 {
			if right {
				return pyTuple{"", "", self}, nil
			}
			return pyTuple{self, "", ""}, nil
		}
		return pyTuple{self[:i], sep, self[i+len(sep):]}, nil
	}
}

// Python's str.upper and str.lower use the full Unicode case mappings
// ('ß'.upper() is 'SS'); Go's strings.ToUpper uses the simple ones.
var (
	upperCaser = cases.Upper(language.Und)
	lowerCaser = cases.Lower(language.Und)
)

func caseMethod(c cases.Caser) exec.Method[string] {
	return func(self string, _ *exec.Value, args *exec.VarArgs) (any, error) {
		if len(args.Args) > 0 || len(args.KwArgs) > 0 {
			return nil, errors.New("takes no arguments")
		}
		return c.String(self), nil
	}
}

// caseFilter is the upper / lower filter: str() then the full mapping.
func caseFilter(c cases.Caser) exec.FilterFunction {
	return func(_ *exec.Evaluator, in *exec.Value, params *exec.VarArgs) *exec.Value {
		if in.IsError() {
			return in
		}
		if err := params.Take(); err != nil {
			return exec.AsValue(exec.ErrInvalidCall(err))
		}
		return exec.AsValue(c.String(pyStr(in)))
	}
}
