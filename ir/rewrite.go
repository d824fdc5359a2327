package ir

// Emitter appends new values during Func.Rewrite, at the position of the
// value being rewritten, so topological order is kept.
type Emitter struct {
	f   *Func
	out []*Value
	pos Pos
}

// Func is the function being rewritten (for parameter lookups).
func (e *Emitter) Func() *Func { return e.f }

// Pos is the source position of the value being rewritten; values emitted
// without an explicit position inherit it.
func (e *Emitter) Pos() Pos { return e.pos }

// Emit appends op(args) with attrs, inferring and checking its type.
// The position defaults to that of the value being rewritten.
func (e *Emitter) Emit(op Op, attrs any, pos Pos, args ...*Value) (*Value, error) {
	if !pos.IsKnown() {
		pos = e.pos
	}
	v, err := e.f.make(op, attrs, pos, args)
	if err != nil {
		return nil, err
	}
	e.out = append(e.out, v)
	return v, nil
}

// Constant appends a literal (see Func.Constant).
func (e *Emitter) Constant(t Type, data []byte, pos Pos) (*Value, error) {
	if !pos.IsKnown() {
		pos = e.pos
	}
	v, err := e.f.Constant(t, data, pos)
	if err != nil {
		return nil, err
	}
	e.f.Values = e.f.Values[:len(e.f.Values)-1] // Func.Constant appended it at the end
	e.out = append(e.out, v)
	return v, nil
}

// Iota appends an iota (see Func.Iota).
func (e *Emitter) Iota(t Type, dim int, pos Pos) (*Value, error) {
	if !pos.IsKnown() {
		pos = e.pos
	}
	v, err := e.f.Iota(t, dim, pos)
	if err != nil {
		return nil, err
	}
	e.f.Values = e.f.Values[:len(e.f.Values)-1]
	e.out = append(e.out, v)
	return v, nil
}

// Rewrite walks f's values in order. For each value it first replaces
// operands that earlier calls replaced, then calls fn. fn returns:
//   - nil: keep v (with its updated operands);
//   - another value (one it emitted through e, or an earlier value): every
//     use of v, results included, now refers to that value instead.
//
// Parameters are always kept. Replaced values are dropped; values that
// become unused stay until dead-code elimination. If fn returns an error,
// f is left unchanged and the error is returned.
func (f *Func) Rewrite(fn func(e *Emitter, v *Value) (*Value, error)) error {
	repl := make(map[*Value]*Value)
	get := func(v *Value) *Value {
		for {
			r, ok := repl[v]
			if !ok {
				return v
			}
			v = r
		}
	}
	e := &Emitter{f: f}
	// Work on copies so that an error leaves f unchanged.
	type saved struct {
		v    *Value
		args []*Value
	}
	var touched []saved
	for _, v := range f.Values {
		changed := false
		for _, a := range v.Args {
			if get(a) != a {
				changed = true
				break
			}
		}
		if changed {
			touched = append(touched, saved{v, v.Args})
			na := make([]*Value, len(v.Args))
			for i, a := range v.Args {
				na[i] = get(a)
			}
			v.Args = na
		}
		if v.Op == OpParameter {
			e.out = append(e.out, v)
			continue
		}
		e.pos = v.Pos
		r, err := fn(e, v)
		if err != nil {
			for _, s := range touched {
				s.v.Args = s.args
			}
			return err
		}
		if r == nil || r == v {
			e.out = append(e.out, v)
			continue
		}
		repl[v] = r
	}
	f.Values = e.out
	for i, r := range f.Results {
		f.Results[i] = get(r)
	}
	return nil
}
