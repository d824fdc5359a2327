package ir

import (
	"fmt"
	"reflect"
)

//go:generate go run ./internal/gen

// Op identifies an IR operation. The constants (OpAdd, ...) are generated
// from ir/internal/optable; OpInvalid is the zero value.
type Op uint16

// Flag is a property of an op, from the op table.
type Flag uint32

// OpInfo is one row of the op table.
type OpInfo struct {
	Name      string        // text-format name (snake_case)
	GoName    string        // Go name (CamelCase)
	MinArgs   int           // minimum operand count
	MaxArgs   int           // maximum operand count, -1 = unbounded
	Flags     Flag          // FlagElementwise, ...
	Group     OpGroup       // the family backends lower alike (GroupNone: on its own)
	AttrsType reflect.Type  // pointer type held in Value.Attrs; nil = no attrs
	Doc       string        // one-line semantics
	NoGrad    string        // why the op is not differentiable; "" = it has a gradient rule (package autodiff)
	Autocast  AutocastClass // the dtype the op runs in under mixed precision (passes.Autocast)
	shape     func(args []Type, attrs any) (Type, error)
}

// Info returns op's table row (the zero OpInfo for an unknown op).
func (op Op) Info() OpInfo {
	if int(op) < len(opInfos) {
		return opInfos[op]
	}
	return OpInfo{}
}

// String returns the text-format name.
func (op Op) String() string {
	if n := op.Info().Name; n != "" {
		return n
	}
	return fmt.Sprintf("op(%d)", uint16(op))
}

// OpGroup is a family of ops that backends lower alike: one table from op
// to implementation and one dispatch case per group, instead of case
// lists copied into every backend. The generator derives each op's group
// from its table row (optable.Row.Group: flags, arity, attrs), so a new
// op of the table joins its group, and every backend's dispatch of it,
// by itself; each backend's tests check its tables cover every op of the
// groups it dispatches.
type OpGroup uint8

// Group returns op's group; GroupNone for an unknown op or one lowered on
// its own.
func (op Op) Group() OpGroup { return op.Info().Group }

// Ops lists the ops of group g in table order (a new slice; nil for
// GroupNone and unknown groups).
func (g OpGroup) Ops() []Op {
	if g == GroupNone || g >= numGroups {
		return nil
	}
	return append([]Op(nil), groupOps[g]...)
}

// String returns the group's snake_case name ("elementwise_unary").
func (g OpGroup) String() string {
	if g < numGroups {
		return groupNames[g]
	}
	return fmt.Sprintf("group(%d)", uint8(g))
}

// Has reports whether op has every flag in f.
func (op Op) Has(f Flag) bool { return op.Info().Flags&f == f }

// AllOps lists every valid op in table order.
func AllOps() []Op {
	out := make([]Op, 0, NumOps-1)
	for op := OpInvalid + 1; op < NumOps; op++ {
		out = append(out, op)
	}
	return out
}

// OpByName finds an op by its text-format name.
func OpByName(name string) (Op, bool) {
	op, ok := opByName[name]
	return op, ok
}

var opByName = func() map[string]Op {
	m := make(map[string]Op, NumOps)
	for op := OpInvalid + 1; op < NumOps; op++ {
		m[opInfos[op].Name] = op
	}
	return m
}()

// NewAttrs returns a new zero attrs struct for op (nil if it has none).
func (op Op) NewAttrs() any {
	t := op.Info().AttrsType
	if t == nil {
		return nil
	}
	return reflect.New(t.Elem()).Interface()
}

func checkAttrsType(op Op, attrs any) error {
	want := op.Info().AttrsType
	if want == nil {
		if attrs != nil {
			return fmt.Errorf("takes no attrs, got %T", attrs)
		}
		return nil
	}
	if attrs == nil || reflect.TypeOf(attrs) != want || reflect.ValueOf(attrs).IsNil() {
		return fmt.Errorf("attrs must be %s, got %T", want, attrs)
	}
	return nil
}

// AutocastClass says which dtype an op runs in under mixed precision
// (passes.Autocast), after torch.autocast's op lists: the op table's
// autocast column. The generator derives the constants (AutocastLower,
// AutocastFP32, AutocastPromote, AutocastReduce, AutocastKeep) from
// ir/internal/optable; AutocastNone, the zero value, means unclassified.
type AutocastClass uint8

// String returns the class's lower-case name ("lower", "fp32", ...).
func (c AutocastClass) String() string {
	if c < numAutocastClasses {
		return autocastNames[c]
	}
	return fmt.Sprintf("autocast(%d)", uint8(c))
}
