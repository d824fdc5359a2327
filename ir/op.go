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
	Name      string       // text-format name (snake_case)
	GoName    string       // Go name (CamelCase)
	MinArgs   int          // minimum operand count
	MaxArgs   int          // maximum operand count, -1 = unbounded
	Flags     Flag         // FlagElementwise, ...
	AttrsType reflect.Type // pointer type held in Value.Attrs; nil = no attrs
	Doc       string       // one-line semantics
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
