package chattemplate

import (
	"reflect"
	"sort"
	"strings"
	"unsafe"

	controls "github.com/nikolalohinski/gonja/v2/builtins/control_structures"
	"github.com/nikolalohinski/gonja/v2/nodes"
	"github.com/nikolalohinski/gonja/v2/tokens"
)

// gonja's evaluator is a closed switch, so where its semantics differ from
// Jinja2's in ways chat templates meet, the parsed tree is rewritten once
// after parsing into nodes whose behaviour we control:
//
//   - a % b becomes a call of our Python % (string formatting or floored
//     modulo; a tuple right operand gives the arguments);
//   - tuple literals (a, b) become tuples (gonja makes lists), which print
//     as (a, b) and differ from lists;
//   - a ~ b becomes our concatenation, which prints values like str();
//   - a ** b and a // b become our power and floor division (ints for
//     ints, floored, as in Python);
//   - a + b, a == b and a != b follow Python (str + None is an error,
//     undefined equals only undefined, True == 1);
//   - a[b] becomes our item lookup (gonja misses a[-1] on a one-item list
//     and indexes strings by byte);
//   - the iterable of a {% for %} is checked like Python (None is an
//     error, undefined is empty);
//   - dict(k=v, …) becomes a dict literal in source order (gonja keeps
//     keyword arguments in a map);
//   - the None / nil literals become the name "none", which every render
//     binds to Python's None (distinct from undefined);
//   - every {{ … }} output is passed through str(), so None prints "None"
//     and lists and dicts print as Python reprs.
//
// The walk reaches control-structure fields gonja keeps unexported (e.g.
// the expression of {% set %}) through unsafe; it only follows types from
// gonja's nodes and control_structures packages and this package.

const (
	filterNameMod       = "__kiln_mod"
	filterNameTuple     = "__kiln_tuple"
	filterNameEmptyDict = "__kiln_emptydict"
	filterNameFloorDiv  = "__kiln_floordiv"
	filterNameConcat    = "__kiln_concat"
	filterNameStr       = "__kiln_str"
	filterNamePow       = "__kiln_pow"
	filterNameAdd       = "__kiln_add"
	filterNameEq        = "__kiln_eq"
	filterNameNe        = "__kiln_ne"
	filterNameGetItem   = "__kiln_getitem"
	filterNameIter      = "__kiln_iter"
)

type rewriter struct {
	seen map[unsafe.Pointer]bool
	repl map[nodes.Node]nodes.Node
}

func rewriteTemplate(root *nodes.Template) {
	rw := &rewriter{seen: map[unsafe.Pointer]bool{}, repl: map[nodes.Node]nodes.Node{}}
	rw.walk(reflect.ValueOf(&root).Elem())
}

// walkable reports whether values of type t may contain template nodes.
func walkable(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	p := t.PkgPath()
	return strings.HasSuffix(p, "gonja/v2/nodes") || strings.HasSuffix(p, "gonja/v2/builtins/control_structures") ||
		p == reflect.TypeOf(rewriter{}).PkgPath()
}

// walk visits the settable value v (a field, slice element or map copy).
func (rw *rewriter) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		e := v.Elem()
		if e.Kind() != reflect.Pointer || e.IsNil() || !walkable(e.Type()) {
			return
		}
		rw.visit(e)
		if n, ok := e.Interface().(nodes.Node); ok {
			if r := rw.replacement(n); r != nil && reflect.TypeOf(r).AssignableTo(v.Type()) {
				v.Set(reflect.ValueOf(r))
			}
		}
	case reflect.Pointer:
		if !v.IsNil() && walkable(v.Type()) {
			rw.visit(v)
		}
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && !walkable(v.Type().Elem()) && v.Type().Elem().Kind() != reflect.Interface {
			return
		}
		for i := 0; i < v.Len(); i++ {
			rw.walk(v.Index(i))
		}
	case reflect.Map:
		et := v.Type().Elem()
		if !walkable(et) && et.Kind() != reflect.Interface {
			return
		}
		for _, k := range v.MapKeys() {
			tmp := reflect.New(et).Elem()
			tmp.Set(v.MapIndex(k))
			rw.walk(tmp)
			v.SetMapIndex(k, tmp)
		}
	case reflect.Struct:
		if walkable(v.Type()) {
			rw.fields(v)
		}
	}
}

// visit walks the struct p points to, once.
func (rw *rewriter) visit(p reflect.Value) {
	if p.Elem().Kind() != reflect.Struct {
		return
	}
	key := p.UnsafePointer()
	if rw.seen[key] {
		return
	}
	rw.seen[key] = true
	rw.fields(p.Elem())
	if f, ok := p.Interface().(*controls.ForControlStructure); ok && f.ObjectEvaluator != nil {
		f.ObjectEvaluator = filtered(f.ObjectEvaluator, filterNameIter, f.ObjectEvaluator.Position())
	}
	if out, ok := p.Interface().(*nodes.Output); ok {
		out.Expression = strExpr(out.Expression)
		if out.Alternative != nil {
			out.Alternative = strExpr(out.Alternative)
		}
	}
}

func (rw *rewriter) fields(s reflect.Value) {
	for i := 0; i < s.NumField(); i++ {
		f := s.Field(i)
		if !f.CanSet() {
			f = reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
		}
		rw.walk(f)
	}
}

// binaryFilters names the filter that replaces each binary operator whose
// semantics we take over (a op b becomes a|filter(b)).
var binaryFilters = map[tokens.Type]string{
	tokens.Modulo:        filterNameMod,
	tokens.Tilde:         filterNameConcat,
	tokens.FloorDivision: filterNameFloorDiv,
	tokens.Power:         filterNamePow,
	tokens.Addition:      filterNameAdd,
	tokens.Equals:        filterNameEq,
	tokens.Ne:            filterNameNe,
}

// replacement is the node that takes n's place, or nil; the same node
// found through two fields (gonja's Call.Parent) gets the same replacement.
func (rw *rewriter) replacement(n nodes.Node) nodes.Node {
	if r, ok := rw.repl[n]; ok {
		return r
	}
	var r nodes.Node
	switch x := n.(type) {
	case *nodes.BinaryExpression:
		if x.Operator == nil || x.Operator.Token == nil {
			return nil
		}
		if name, ok := binaryFilters[x.Operator.Token.Type]; ok {
			r = filtered(x.Left, name, x.Operator.Token, x.Right)
		}
	case *nodes.Call:
		// dict(a=1, b=2): gonja keeps keyword arguments in a map, so the
		// order is lost; a dict literal in source order keeps it.
		name, ok := x.Func.(*nodes.Name)
		if !ok || name.Name == nil || name.Name.Val != "dict" || len(x.Args) > 0 || len(x.Kwargs) == 0 {
			return nil
		}
		pairs := make([]*nodes.Pair, 0, len(x.Kwargs))
		for k, v := range x.Kwargs {
			pairs = append(pairs, &nodes.Pair{Key: &nodes.String{Location: v.Position(), Val: k}, Value: v})
		}
		sort.Slice(pairs, func(i, j int) bool { return pos(pairs[i].Value) < pos(pairs[j].Value) })
		r = &nodes.Dict{Token: x.Location, Pairs: pairs}
	case *nodes.Dict:
		// {} is an empty Go map, which gonja treats as falsy like Python
		// (its own empty dict value is truthy).
		if len(x.Pairs) == 0 {
			r = filtered(x, filterNameEmptyDict, x.Token)
		}
	case *nodes.Tuple:
		r = filtered(&nodes.List{Location: x.Location, Val: x.Val}, filterNameTuple, x.Location)
	case *nodes.GetItem:
		// gonja misses a[-n] for n == len(a) and indexes strings by byte.
		arg, ok := x.Arg.(nodes.Expression)
		node, ok2 := x.Node.(nodes.Expression)
		if !ok || !ok2 {
			return nil
		}
		r = filtered(node, filterNameGetItem, x.Location, arg)
	case *nodes.None:
		tok := &tokens.Token{Type: tokens.Name, Val: "none"}
		if x.Location != nil {
			c := *x.Location
			c.Type, c.Val = tokens.Name, "none"
			tok = &c
		}
		r = &nodes.Name{Name: tok}
	}
	if r != nil {
		rw.repl[n] = r
	}
	return r
}

// pos is where e starts in the source.
func pos(e nodes.Expression) int {
	if t := e.Position(); t != nil {
		return t.Pos
	}
	return 0
}

func filtered(e nodes.Expression, name string, tok *tokens.Token, args ...nodes.Expression) *nodes.FilteredExpression {
	return &nodes.FilteredExpression{
		Expression: e,
		Filters:    []*nodes.FilterCall{{Token: tok, Name: name, Args: args, Kwargs: map[string]nodes.Expression{}}},
	}
}

func strExpr(e nodes.Expression) nodes.Expression {
	return &nodes.FilteredExpression{
		Expression: e,
		Filters:    []*nodes.FilterCall{{Token: e.Position(), Name: filterNameStr, Kwargs: map[string]nodes.Expression{}}},
	}
}
