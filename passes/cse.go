package passes

import (
	"crypto/sha256"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/kiln-ml/kiln/ir"
)

// CSE merges values that compute the same thing: same op, attrs, operands
// and result type (hash-consing). Operands of commutative ops are compared
// as a set, so add(a, b) and add(b, a) merge. Constants with identical bytes
// and identical iotas merge too. Ops flagged SideEffect are never merged.
// RNG is pure given its key operand (counter-based), so two RNG values with
// the same key and attrs are the same numbers and do merge. The first
// value (and its name and position) survives; the others' uses move to it,
// and the duplicates are dropped. Remat's barriers (IsRematBarrier) are
// never merged: they keep a recomputation apart from the forward it
// repeats.
func CSE(f *ir.Func) error {
	seen := make(map[string]*ir.Value, len(f.Values))
	return f.Rewrite(func(_ *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		if v.Op.Has(ir.FlagSideEffect) || IsRematBarrier(v) {
			return nil, nil
		}
		k := cseKey(v)
		if prev, ok := seen[k]; ok {
			return prev, nil
		}
		seen[k] = v
		return nil, nil
	})
}

// cseKey identifies v's computation: equal keys mean equal results.
func cseKey(v *ir.Value) string {
	var b strings.Builder
	b.WriteString(v.Op.String())
	b.WriteByte(' ')
	b.WriteString(v.Type.String())
	ids := make([]int, len(v.Args))
	for i, a := range v.Args {
		ids[i] = a.ID
	}
	if v.Op.Has(ir.FlagCommutative) {
		sort.Ints(ids)
	}
	for _, id := range ids {
		b.WriteString(" %")
		b.WriteString(strconv.Itoa(id))
	}
	b.WriteString(" {")
	b.WriteString(attrsKey(v.Attrs))
	b.WriteByte('}')
	return b.String()
}

// attrsKey renders attrs so that equal attrs give equal strings. Constant
// data is hashed (SHA-256) rather than copied into the key; floats print
// with their sign, so attrs differing only in -0 vs +0 stay distinct.
func attrsKey(attrs any) string {
	switch a := attrs.(type) {
	case nil:
		return ""
	case *ir.ConstantAttrs:
		h := sha256.Sum256(a.Data)
		return fmt.Sprintf("sha256:%x len:%d", h, len(a.Data))
	}
	rv := reflect.ValueOf(attrs)
	if rv.Kind() == reflect.Pointer && !rv.IsNil() {
		return fmt.Sprintf("%T%+v", attrs, rv.Elem().Interface())
	}
	return fmt.Sprintf("%T%+v", attrs, attrs)
}
