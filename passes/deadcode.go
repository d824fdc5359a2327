package passes

import "github.com/kiln-ml/kiln/ir"

// DeadCode removes every value that no result depends on. Parameters are
// always kept (they are the calling convention: callers bind arguments by
// position and name), and so are values of ops flagged SideEffect and
// everything they depend on. The order of the remaining values is kept.
func DeadCode(f *ir.Func) error {
	live := make(map[*ir.Value]bool, len(f.Values))
	var stack []*ir.Value
	mark := func(v *ir.Value) {
		if v != nil && !live[v] {
			live[v] = true
			stack = append(stack, v)
		}
	}
	for _, r := range f.Results {
		mark(r)
	}
	for _, v := range f.Values {
		if v.Op == ir.OpParameter || v.Op.Has(ir.FlagSideEffect) {
			mark(v)
		}
	}
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, a := range v.Args {
			mark(a)
		}
	}
	kept := f.Values[:0]
	for _, v := range f.Values {
		if live[v] {
			kept = append(kept, v)
		}
	}
	// Clear the tail so dropped values can be collected.
	for i := len(kept); i < len(f.Values); i++ {
		f.Values[i] = nil
	}
	f.Values = kept
	return nil
}
