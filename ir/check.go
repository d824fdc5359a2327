package ir

import (
	"encoding"
	"fmt"
	"reflect"
	"strings"
)

// CheckError lists every problem Check found in a function.
type CheckError struct {
	Func     string
	Problems []string
}

func (e *CheckError) Error() string {
	return fmt.Sprintf("ir check of func %s: %s", e.Func, strings.Join(e.Problems, "; "))
}

// Check verifies f's invariants: unique IDs in [0, 2^31); operands defined
// earlier in Values and owned by f (SSA order, nothing dangling); arity,
// attrs type and result type agreeing with the op's shape rule; enum and
// dtype attributes holding declared values; types of at most 2^40
// elements; valid source values (parameters named, unique and listed in
// Params in the order they appear in Values; constants with data of the
// right size; iota dims in range); results owned by f. A function that
// passes Check prints as text that Parse reads back to the same text. It
// returns a *CheckError naming each problem, or nil.
func Check(f *Func) error {
	if f == nil {
		return &CheckError{Func: "<nil>", Problems: []string{"nil func"}}
	}
	var probs []string
	bad := func(v *Value, format string, args ...any) {
		p := fmt.Sprintf(format, args...)
		if v != nil {
			p = fmt.Sprintf("%s (%s at %s): %s", v, v.Op, v.Pos, p)
		}
		probs = append(probs, p)
	}
	defined := make(map[*Value]bool, len(f.Values))
	ids := make(map[int]bool, len(f.Values))
	isParam := make(map[*Value]bool, len(f.Params))
	names := make(map[string]bool, len(f.Params))
	for i, p := range f.Params {
		if p == nil || p.Op != OpParameter {
			bad(nil, "Params[%d] is not a parameter value", i)
			continue
		}
		isParam[p] = true
		if p.Name == "" {
			bad(p, "parameter without a name")
		} else if names[p.Name] {
			bad(p, "duplicate parameter name %q", p.Name)
		}
		names[p.Name] = true
	}
	nParams := 0 // parameters seen so far in Values
	for _, v := range f.Values {
		if v == nil {
			bad(nil, "nil value in Values")
			continue
		}
		if ids[v.ID] {
			bad(v, "duplicate value ID")
		}
		if v.ID < 0 || v.ID >= maxValueID {
			bad(v, "value ID outside [0, 2^31)")
		}
		ids[v.ID] = true
		if defined[v] {
			bad(v, "appears twice in Values")
		}
		nilArg := false
		for i, a := range v.Args {
			if a == nil {
				bad(v, "operand %d is nil", i)
				nilArg = true
			} else if !defined[a] {
				bad(v, "operand %d (%s) is not defined before use in this func", i, a)
			}
		}
		defined[v] = true
		if v.Op == OpParameter && isParam[v] {
			if nParams < len(f.Params) && f.Params[nParams] != v {
				bad(v, "parameter %q is Params[%d] but is parameter %d in Values order", v.Name, paramIndex(f.Params, v), nParams)
			}
			nParams++
		}
		if err := checkTypeSize(v.Type); err != nil {
			bad(v, "%v", err)
		}
		info := v.Op.Info()
		if info.Name == "" {
			bad(v, "unknown op")
			continue
		}
		if err := checkEnumAttrs(v.Attrs); err != nil {
			bad(v, "%v", err)
		}
		if info.Flags&FlagSource != 0 {
			if err := checkSource(v, isParam); err != nil {
				bad(v, "%v", err)
			}
			continue
		}
		if nilArg {
			continue
		}
		t, err := InferType(v.Op, v.Attrs, v.Args)
		if err != nil {
			bad(v, "%v", err)
			continue
		}
		if !t.Equal(v.Type) {
			bad(v, "type %s, but the shape rule gives %s", v.Type, t)
		}
	}
	for p := range isParam {
		if !defined[p] {
			bad(p, "parameter %q is in Params but not in Values", p.Name)
		}
	}
	if len(f.ResultNames) != len(f.Results) {
		bad(nil, "%d result names for %d results", len(f.ResultNames), len(f.Results))
	}
	for i, r := range f.Results {
		if r == nil || !defined[r] {
			bad(nil, "result %d is not a value of this func", i)
		}
	}
	if len(probs) > 0 {
		return &CheckError{Func: f.Name, Problems: probs}
	}
	return nil
}

func checkSource(v *Value, isParam map[*Value]bool) error {
	if len(v.Args) != 0 {
		return fmt.Errorf("source op with %d operands", len(v.Args))
	}
	if err := checkAttrsType(v.Op, v.Attrs); err != nil {
		return err
	}
	if err := checkDType(v.Type); err != nil {
		return err
	}
	switch v.Op {
	case OpParameter:
		if !isParam[v] {
			return fmt.Errorf("parameter %q is not listed in Params", v.Name)
		}
	case OpConstant:
		if n := len(v.Attrs.(*ConstantAttrs).Data); n != v.Type.Bytes() {
			return fmt.Errorf("constant has %d bytes, type %s needs %d", n, v.Type, v.Type.Bytes())
		}
	case OpIota:
		if d := v.Attrs.(*IotaAttrs).Dim; d < 0 || d >= v.Type.Shape.Rank() {
			return fmt.Errorf("iota dim %d out of range for %s", d, v.Type)
		}
		if v.Type.DType == Bool {
			return fmt.Errorf("iota of bool")
		}
	}
	return nil
}

func paramIndex(params []*Value, v *Value) int {
	for i, p := range params {
		if p == v {
			return i
		}
	}
	return -1
}

// maxValueID bounds value IDs: far more values than any function has, and
// small enough that the text format's %ID and the next ID never overflow.
const maxValueID = 1 << 31

// maxElements bounds the element count of every type: far beyond any real
// tensor, and small enough that sizes in bytes and index arithmetic on
// valid IR never overflow an int.
const maxElements = 1 << 40

// checkTypeSize reports a type whose element count, counting zero-sized
// dims as 1, exceeds maxElements (so that no product of dims overflows).
func checkTypeSize(t Type) error {
	n := 1
	for _, d := range t.Shape {
		if d > 1 {
			if d > maxElements || n > maxElements/d {
				return fmt.Errorf("type %s has more than 2^40 elements", t)
			}
			n *= d
		}
	}
	return nil
}

// checkEnumAttrs reports attribute fields (enums, dtypes) whose value has no
// text name, such as CompareDir(9): the text format could not express them.
func checkEnumAttrs(attrs any) error {
	rv := reflect.ValueOf(attrs)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct {
		return nil // checkAttrsType reports wrong attrs
	}
	st := rv.Elem()
	for i := 0; i < st.NumField(); i++ {
		if !st.Type().Field(i).IsExported() {
			continue
		}
		fv := st.Field(i)
		s, ok1 := fv.Interface().(fmt.Stringer)
		u, ok2 := reflect.New(fv.Type()).Interface().(encoding.TextUnmarshaler)
		if !ok1 || !ok2 {
			continue
		}
		if err := u.UnmarshalText([]byte(s.String())); err != nil {
			return fmt.Errorf("attribute %s: invalid value %s", st.Type().Field(i).Tag.Get("attr"), s)
		}
	}
	return nil
}
