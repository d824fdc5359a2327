package ir

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// parseSeeds are texts for FuzzParse besides the printed op cases: loose
// spellings and near misses that reach the error paths.
var parseSeeds = []string{
	"func @f {\n  return\n}\n",
	"// c\r\nfunc @\"q\\\"\" {\n\t%3=parameter:F32[ 2 ]\"x\"\n  %7 = constant {value=[+1.50, 0x1p-2, Inf, nan]} : bf16[4] @\"m.go\":7\n  return %3\"y\" , %7\n}\n",
	"func @f {\n  %0 = constant {value=[true, false]} : bool[2]\n  %1 = constant {value=[-128, 127]} : i8[2]\n  return %0, %1\n}\n",
	"func @f {\n  %0 = parameter : f32[1099511627776,2] \"x\"\n  return %0\n}\n",
	"func @f {\n  %0 = parameter : f32[2] \"x\"\n  %1 = convert %0 {to=i8, to=i8} : i8[2]\n  return %1\n}\n",
	"func @f {\n  %0 = constant {value=[1, 2]} : f32[1]\n  return %0\n}\n",
}

// FuzzParse: Parse never panics; what it accepts passes Check, and
// printing it gives text that parses back to the same text.
func FuzzParse(f *testing.F) {
	for _, c := range opCases() {
		fn, err := buildCase(c)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(fn.String())
	}
	for _, s := range parseSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		fn, err := Parse(src)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("the parser verified each value but Check still failed: %v", err)
			}
			return
		}
		if err := Check(fn); err != nil {
			t.Fatalf("parsed func fails Check: %v", err)
		}
		text := fn.String()
		again, err := Parse(text)
		if err != nil {
			t.Fatalf("printed text does not parse: %v\n%s", err, text)
		}
		if got := again.String(); got != text {
			t.Fatalf("print -> parse -> print is not a fixed point:\n%s\nthen\n%s", text, got)
		}
	})
}

// FuzzCheck mutates a valid function (one of opCases) with the fuzz bytes,
// four at a time: reorder, drop or duplicate values, rewire operands and
// results, change types, ops, IDs, names, attrs and constant data. Check
// and String never panic; when Check accepts the result, the printed text
// parses back to the same text.
func FuzzCheck(f *testing.F) {
	cases := opCases()
	for i := range cases {
		f.Add(uint8(i), []byte{byte(i), 1, 2, 3})
		f.Add(uint8(i), []byte{5, byte(i), 0, 200, 1, 2, 3, 7})
	}
	f.Add(uint8(0), []byte{})
	f.Fuzz(func(t *testing.T, which uint8, muts []byte) {
		fn, err := buildCase(cases[int(which)%len(cases)])
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i+4 <= len(muts) && i < 64; i += 4 {
			mutate(fn, muts[i], int(muts[i+1]), int(muts[i+2]), muts[i+3])
		}
		err = Check(fn)
		text := fn.String()
		if err != nil {
			return
		}
		g, perr := Parse(text)
		if perr != nil {
			t.Fatalf("Check accepts a func whose text does not parse: %v\n%s", perr, text)
		}
		if got := g.String(); got != text {
			t.Fatalf("round trip of a checked func differs:\n%s\nthen\n%s", text, got)
		}
	})
}

// mutate applies mutation kind%16 with small parameters a, b, c.
func mutate(fn *Func, kind byte, a, b int, c byte) {
	n := len(fn.Values)
	if n == 0 {
		return
	}
	v := fn.Values[a%n]
	if v == nil {
		return
	}
	w := fn.Values[b%n]
	switch kind % 16 {
	case 0:
		fn.Values[a%n], fn.Values[b%n] = w, v
	case 1:
		v.Type.DType = DType(c % 12)
	case 2:
		if len(v.Type.Shape) > 0 {
			v.Type.Shape = v.Type.Shape.Clone()
			v.Type.Shape[b%len(v.Type.Shape)] = int(int8(c))
		}
	case 3:
		if c&1 == 0 && len(v.Type.Shape) > 0 {
			v.Type.Shape = v.Type.Shape[:len(v.Type.Shape)-1].Clone()
		} else {
			v.Type.Shape = append(v.Type.Shape.Clone(), int(c%5))
		}
	case 4:
		if len(v.Args) > 0 {
			if c == 255 {
				v.Args[b%len(v.Args)] = nil
			} else {
				v.Args[b%len(v.Args)] = fn.Values[int(c)%n]
			}
		}
	case 5:
		mutateAttrs(v.Attrs, b, c)
	case 6:
		v.Op = Op(int(c) % (int(NumOps) + 2))
	case 7:
		v.ID = int(int8(c))
	case 8:
		fn.Values = append(fn.Values[:a%n:a%n], fn.Values[a%n+1:]...)
	case 9:
		fn.Values = append(fn.Values, w)
	case 10:
		if len(fn.Params) > 1 {
			i, j := a%len(fn.Params), b%len(fn.Params)
			fn.Params[i], fn.Params[j] = fn.Params[j], fn.Params[i]
		} else if len(fn.Params) == 1 && c&1 == 1 {
			fn.Params = nil
		}
	case 11:
		if len(fn.Results) > 0 {
			if c == 255 {
				fn.Results[a%len(fn.Results)] = nil
			} else {
				fn.Results[a%len(fn.Results)] = w
			}
		} else {
			fn.ResultNames = append(fn.ResultNames, "extra")
		}
	case 12:
		if c&1 == 0 {
			v.Attrs = nil
		} else {
			v.Attrs = w.Attrs
		}
	case 13:
		if ca, ok := v.Attrs.(*ConstantAttrs); ok {
			if c&1 == 0 && len(ca.Data) > 0 {
				ca.Data = ca.Data[:len(ca.Data)-1]
			} else {
				ca.Data = append(ca.Data, c)
			}
		}
	case 14:
		v.Name = w.Name
		if c&1 == 1 {
			v.Name = ""
		}
	case 15:
		v.Pos = Pos{File: string(rune(c)), Line: int(int8(c))}
	}
}

// mutateAttrs changes field b of an attrs struct using c: ints and enums
// get small (possibly negative or out-of-range) values, floats odd values,
// bools flip, slices change an element or their length.
func mutateAttrs(attrs any, b int, c byte) {
	rv := reflect.ValueOf(attrs)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct || rv.Elem().NumField() == 0 {
		return
	}
	st := rv.Elem()
	fv := st.Field(b % st.NumField())
	switch fv.Kind() {
	case reflect.Int:
		fv.SetInt(int64(int8(c)))
	case reflect.Uint8:
		fv.SetUint(uint64(c % 12))
	case reflect.Float64:
		fv.SetFloat([]float64{0, -1, math.NaN(), math.Inf(1), 1e-300, float64(c)}[int(c)%6])
	case reflect.Bool:
		fv.SetBool(!fv.Bool())
	case reflect.Slice:
		if fv.Type().Elem().Kind() != reflect.Int {
			return
		}
		s := reflect.MakeSlice(fv.Type(), fv.Len(), fv.Len())
		reflect.Copy(s, fv)
		switch {
		case c&3 == 0 && s.Len() > 0:
			s = s.Slice(0, s.Len()-1)
		case c&3 == 1:
			s = reflect.Append(s, reflect.ValueOf(int(c>>2)%5).Convert(fv.Type().Elem()))
		case s.Len() > 0:
			s.Index(int(c>>2) % s.Len()).SetInt(int64(int8(c)) >> 2)
		}
		fv.Set(s)
	}
}

// TestFuzzSeedFiles runs the checked-in seed corpus files through the fuzz
// bodies' invariants (go test runs them too; this one names a missing
// corpus).
func TestFuzzSeedFiles(t *testing.T) {
	for _, name := range []string{"FuzzParse", "FuzzCheck"} {
		files, err := filepath.Glob(filepath.Join("testdata", "fuzz", name, "*"))
		if err != nil || len(files) == 0 {
			t.Errorf("no seed corpus files in testdata/fuzz/%s", name)
		}
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err != nil || !strings.HasPrefix(string(b), "go test fuzz v1\n") {
				t.Errorf("%s: not a fuzz corpus file (%v)", file, err)
			}
		}
	}
}

// TestCheckRejectsWhatTextCannotExpress: the invariants Check enforces so
// that every checked func round-trips through text.
func TestCheckRejectsWhatTextCannotExpress(t *testing.T) {
	build := func() (*Func, *Value, *Value, *Value) {
		f := NewFunc("f")
		x, y := f.Param("x", T(Float32, 2)), f.Param("y", T(Float32, 2))
		g, err := f.Emit(OpGelu, &GeluAttrs{Approx: GeluTanh}, Pos{}, x)
		if err != nil {
			t.Fatal(err)
		}
		f.SetResults([]*Value{g, y}, nil)
		if err := Check(f); err != nil {
			t.Fatal(err)
		}
		return f, x, y, g
	}
	for _, c := range []struct {
		name  string
		spoil func(f *Func, x, y, g *Value)
		want  string
	}{
		{"negative ID", func(f *Func, x, y, g *Value) { g.ID = -1 }, "value ID outside [0, 2^31)"},
		{"huge ID", func(f *Func, x, y, g *Value) { g.ID = 1 << 31 }, "value ID outside [0, 2^31)"},
		{"params out of order", func(f *Func, x, y, g *Value) { f.Params[0], f.Params[1] = y, x },
			`parameter "x" is Params[1] but is parameter 0 in Values order`},
		{"too many elements", func(f *Func, x, y, g *Value) { y.Type = T(Float32, 1<<30, 1<<11) }, "has more than 2^40 elements"},
		{"overflowing elements", func(f *Func, x, y, g *Value) { y.Type = T(Float32, 0, 1<<62, 4) }, "has more than 2^40 elements"},
		{"invalid enum", func(f *Func, x, y, g *Value) { g.Attrs.(*GeluAttrs).Approx = 7 }, "attribute approx: invalid value invalid(7)"},
		{"nil operand", func(f *Func, x, y, g *Value) { g.Args[0] = nil }, "operand 0 is nil"},
	} {
		f, x, y, g := build()
		c.spoil(f, x, y, g)
		err := Check(f)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: Check = %v, want an error containing %q", c.name, err, c.want)
		}
		_ = f.String() // printing a broken func must not panic
	}
}
