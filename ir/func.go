package ir

import (
	"fmt"
	"strconv"
)

// Pos is the model-source location that created a value ("llama.go:57").
// The zero Pos means unknown.
type Pos struct {
	File string
	Line int
}

// IsKnown reports whether p names a location.
func (p Pos) IsKnown() bool { return p.File != "" }

func (p Pos) String() string {
	if !p.IsKnown() {
		return "?"
	}
	return p.File + ":" + strconv.Itoa(p.Line)
}

// Value is one SSA value: the result of applying Op to Args.
// Values are created through Func (or an Emitter during a rewrite) and are
// owned by exactly one Func.
type Value struct {
	ID    int      // unique within its Func, printed as %ID
	Op    Op       // the operation
	Type  Type     // the static result type
	Args  []*Value // operands; every one appears earlier in Func.Values
	Attrs any      // pointer to the op's attrs struct, nil if the op has none
	Name  string   // parameter name (required for parameters), optional otherwise
	Pos   Pos      // model-source location
}

func (v *Value) String() string { return "%" + strconv.Itoa(v.ID) }

// Func is a single-block SSA function: Values in topological order
// (parameters included), Params in calling order, Results returned.
type Func struct {
	Name        string
	Params      []*Value
	Values      []*Value
	Results     []*Value
	ResultNames []string // same length as Results; "" where unnamed
	nextID      int
}

// NewFunc returns an empty function.
func NewFunc(name string) *Func { return &Func{Name: name} }

// Param appends a parameter of the given type. Names must be unique and
// non-empty; Check reports violations.
func (f *Func) Param(name string, t Type) *Value {
	v := f.newValue(OpParameter, t, nil, nil, Pos{})
	v.Name = name
	f.Params = append(f.Params, v)
	f.Values = append(f.Values, v)
	return v
}

// Param looks up a parameter by name.
func (f *Func) ParamByName(name string) *Value {
	for _, p := range f.Params {
		if p.Name == name {
			return p
		}
	}
	return nil
}

// Constant appends a literal of type t with the given little-endian bytes.
func (f *Func) Constant(t Type, data []byte, pos Pos) (*Value, error) {
	if len(data) != t.Bytes() {
		return nil, fmt.Errorf("constant %s: %d bytes of data, want %d", t, len(data), t.Bytes())
	}
	v := f.newValue(OpConstant, t, nil, &ConstantAttrs{Data: data}, pos)
	f.Values = append(f.Values, v)
	return v, nil
}

// Iota appends an iota value of type t counting along dim.
func (f *Func) Iota(t Type, dim int, pos Pos) (*Value, error) {
	if dim < 0 || dim >= t.Shape.Rank() {
		return nil, fmt.Errorf("iota %s: dim %d out of range", t, dim)
	}
	v := f.newValue(OpIota, t, nil, &IotaAttrs{Dim: dim}, pos)
	f.Values = append(f.Values, v)
	return v, nil
}

// Emit appends op(args) with attrs, inferring the result type with the op's
// shape rule. It returns an error (naming op, operand types and pos) when
// the operands or attrs are invalid; nothing is appended then.
func (f *Func) Emit(op Op, attrs any, pos Pos, args ...*Value) (*Value, error) {
	v, err := f.make(op, attrs, pos, args)
	if err != nil {
		return nil, err
	}
	f.Values = append(f.Values, v)
	return v, nil
}

// SetResults sets the returned values and their names (names may be nil).
func (f *Func) SetResults(vals []*Value, names []string) {
	f.Results = append([]*Value(nil), vals...)
	f.ResultNames = make([]string, len(vals))
	copy(f.ResultNames, names)
}

func (f *Func) newValue(op Op, t Type, args []*Value, attrs any, pos Pos) *Value {
	v := &Value{ID: f.nextID, Op: op, Type: Type{t.DType, t.Shape.Clone()}, Args: args, Attrs: attrs, Pos: pos}
	f.nextID++
	return v
}

// make builds (but does not append) a value, checking it.
func (f *Func) make(op Op, attrs any, pos Pos, args []*Value) (*Value, error) {
	if op.Info().Flags&FlagSource != 0 {
		return nil, fmt.Errorf("%s: use Param, Constant or Iota to create source values", op)
	}
	for i, a := range args {
		if a == nil {
			return nil, fmt.Errorf("%s at %s: operand %d is nil", op, pos, i)
		}
	}
	t, err := InferType(op, attrs, args)
	if err != nil {
		return nil, fmt.Errorf("%s at %s: %w", op, pos, err)
	}
	return f.newValue(op, t, append([]*Value(nil), args...), attrs, pos), nil
}

// InferType returns the result type of op applied to args with attrs,
// checking arity, attrs type and operand types.
func InferType(op Op, attrs any, args []*Value) (Type, error) {
	info := op.Info()
	if info.Name == "" {
		return Type{}, fmt.Errorf("unknown op %d", op)
	}
	if len(args) < info.MinArgs || (info.MaxArgs >= 0 && len(args) > info.MaxArgs) {
		return Type{}, fmt.Errorf("%d operands, want %s", len(args), info.arityString())
	}
	if err := checkAttrsType(op, attrs); err != nil {
		return Type{}, err
	}
	types := make([]Type, len(args))
	for i, a := range args {
		types[i] = a.Type
	}
	if info.shape == nil {
		return Type{}, fmt.Errorf("op has no shape rule")
	}
	t, err := info.shape(types, attrs)
	if err != nil {
		return Type{}, fmt.Errorf("operands %s: %w", typeList(types), err)
	}
	return t, nil
}

func typeList(ts []Type) string {
	s := "("
	for i, t := range ts {
		if i > 0 {
			s += ", "
		}
		s += t.String()
	}
	return s + ")"
}

func (i OpInfo) arityString() string {
	switch {
	case i.MaxArgs < 0:
		return fmt.Sprintf("at least %d", i.MinArgs)
	case i.MinArgs == i.MaxArgs:
		return strconv.Itoa(i.MinArgs)
	default:
		return fmt.Sprintf("%d to %d", i.MinArgs, i.MaxArgs)
	}
}

// Uses counts, for every value ID, how many operand slots and results
// refer to it.
func (f *Func) Uses() map[int]int {
	u := make(map[int]int, len(f.Values))
	for _, v := range f.Values {
		for _, a := range v.Args {
			u[a.ID]++
		}
	}
	for _, r := range f.Results {
		u[r.ID]++
	}
	return u
}
