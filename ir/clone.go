package ir

import "reflect"

// Clone returns a deep copy of f that shares nothing mutable with it:
// new Values (same IDs, names, positions and types), attrs structs copied
// with their slices, Params and Results remapped. Later emits on the clone
// get fresh IDs. Backends clone before running their pass pipeline, so the
// caller's function is never modified.
func (f *Func) Clone() *Func {
	g := &Func{Name: f.Name, nextID: f.nextID}
	m := make(map[*Value]*Value, len(f.Values))
	get := func(v *Value) *Value {
		if nv, ok := m[v]; ok {
			return nv
		}
		return v // not owned by f: Check reports it; keep it visible there too
	}
	for _, v := range f.Values {
		if v == nil {
			g.Values = append(g.Values, nil)
			continue
		}
		nv := &Value{ID: v.ID, Op: v.Op, Type: Type{v.Type.DType, v.Type.Shape.Clone()},
			Attrs: CloneAttrs(v.Attrs), Name: v.Name, Pos: v.Pos}
		if v.Args != nil {
			nv.Args = make([]*Value, len(v.Args))
			for i, a := range v.Args {
				nv.Args[i] = get(a)
			}
		}
		m[v] = nv
		g.Values = append(g.Values, nv)
	}
	for _, p := range f.Params {
		g.Params = append(g.Params, get(p))
	}
	for _, r := range f.Results {
		g.Results = append(g.Results, get(r))
	}
	g.ResultNames = append([]string(nil), f.ResultNames...)
	return g
}

// CloneAttrs returns a copy of an attrs struct pointer whose slice fields
// (shapes, axes, constant data) are copied too; nil and non-pointer values
// are returned as they are.
func CloneAttrs(a any) any {
	if a == nil {
		return nil
	}
	src := reflect.ValueOf(a)
	if src.Kind() != reflect.Pointer || src.IsNil() || src.Elem().Kind() != reflect.Struct {
		return a
	}
	dst := reflect.New(src.Elem().Type())
	dst.Elem().Set(src.Elem())
	for i := 0; i < dst.Elem().NumField(); i++ {
		fld := dst.Elem().Field(i)
		if fld.Kind() == reflect.Slice && !fld.IsNil() && fld.CanSet() {
			c := reflect.MakeSlice(fld.Type(), fld.Len(), fld.Len())
			reflect.Copy(c, fld)
			fld.Set(c)
		}
	}
	return dst.Interface()
}
