package ir

import (
	"fmt"
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

// Check verifies f's invariants: unique IDs; operands defined earlier in
// Values and owned by f (SSA order, nothing dangling); arity, attrs type
// and result type agreeing with the op's shape rule; valid source values
// (parameters named, unique and listed in Params; constants with data of
// the right size; iota dims in range); results owned by f. It returns a
// *CheckError naming each problem, or nil.
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
	for _, v := range f.Values {
		if v == nil {
			bad(nil, "nil value in Values")
			continue
		}
		if ids[v.ID] {
			bad(v, "duplicate value ID")
		}
		ids[v.ID] = true
		if defined[v] {
			bad(v, "appears twice in Values")
		}
		for i, a := range v.Args {
			if a == nil {
				bad(v, "operand %d is nil", i)
			} else if !defined[a] {
				bad(v, "operand %d (%s) is not defined before use in this func", i, a)
			}
		}
		defined[v] = true
		info := v.Op.Info()
		if info.Name == "" {
			bad(v, "unknown op")
			continue
		}
		if info.Flags&FlagSource != 0 {
			if err := checkSource(v, isParam); err != nil {
				bad(v, "%v", err)
			}
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
