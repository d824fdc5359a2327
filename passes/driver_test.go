package passes_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// smallFunc is exp(x) + x with one dead value.
func smallFunc(t *testing.T) *ir.Func {
	t.Helper()
	f := ir.NewFunc("small")
	x := f.Param("x", ir.T(ir.Float32, 2))
	e, err := f.Emit(ir.OpExp, nil, ir.Pos{}, x)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Emit(ir.OpNeg, nil, ir.Pos{}, x); err != nil {
		t.Fatal(err)
	}
	s, err := f.Emit(ir.OpAdd, nil, ir.Pos{}, e, x)
	if err != nil {
		t.Fatal(err)
	}
	f.SetResults([]*ir.Value{s}, []string{"y"})
	return f
}

// recorder returns a pipeline of named passes that log their runs.
func recorder(log *[]string, names ...string) passes.Pipeline {
	p := passes.Pipeline{Name: "rec"}
	for i, n := range names {
		n := n
		p.Passes = append(p.Passes, passes.Pass{Name: n, Optional: i > 0, Run: func(*ir.Func) error {
			*log = append(*log, n)
			return nil
		}})
	}
	return p
}

func TestPipelineRunsPassesInOrder(t *testing.T) {
	var log []string
	p := recorder(&log, "a", "b", "c")
	if err := p.Run(smallFunc(t), passes.Options{Verify: true}); err != nil {
		t.Fatal(err)
	}
	if strings.Join(log, ",") != "a,b,c" {
		t.Fatalf("ran %v", log)
	}
	if got := strings.Join(p.Names(), ","); got != "a,b,c" {
		t.Fatalf("Names() = %s", got)
	}
}

func TestPipelineDisable(t *testing.T) {
	cases := []struct {
		disable []string
		ran     string
		err     string
	}{
		{nil, "a,b,c", ""},
		{[]string{"b"}, "a,c", ""},
		{[]string{"b", "c"}, "a", ""},
		{[]string{"a"}, "", `pass "a" is required`},
		{[]string{"nope"}, "", `unknown pass "nope"`},
	}
	for _, c := range cases {
		var log []string
		err := recorder(&log, "a", "b", "c").Run(smallFunc(t), passes.Options{Disable: c.disable})
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("disable %v: error %v, want %q", c.disable, err, c.err)
			}
			if len(log) != 0 {
				t.Errorf("disable %v: passes ran before options were rejected: %v", c.disable, log)
			}
			continue
		}
		if err != nil || strings.Join(log, ",") != c.ran {
			t.Errorf("disable %v: ran %v, err %v; want %s", c.disable, log, err, c.ran)
		}
	}
}

func TestPipelineDumpAfter(t *testing.T) {
	cases := []struct {
		dump  []string
		heads []string
		err   string
	}{
		{[]string{"deadcode"}, []string{"after pass deadcode"}, ""},
		{[]string{"all"}, []string{"after pass cse", "after pass deadcode"}, ""},
		{[]string{"cse2"}, nil, `unknown pass "cse2"`},
	}
	for _, c := range cases {
		var buf bytes.Buffer
		p := passes.Pipeline{Name: "p", Passes: []passes.Pass{{Name: "cse", Run: passes.CSE}, {Name: "deadcode", Run: passes.DeadCode}}}
		err := p.Run(smallFunc(t), passes.Options{DumpAfter: c.dump, DumpTo: &buf})
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("dump %v: error %v, want %q", c.dump, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if strings.Count(out, "// IR of small after pass") != len(c.heads) {
			t.Errorf("dump %v: got\n%s", c.dump, out)
		}
		for _, h := range c.heads {
			if !strings.Contains(out, h) {
				t.Errorf("dump %v: missing %q in\n%s", c.dump, h, out)
			}
		}
		// The dump after deadcode no longer has the dead neg.
		last := out[strings.LastIndex(out, "// IR of"):]
		if strings.Contains(last, "neg") || !strings.Contains(last, "func @small") {
			t.Errorf("dump %v: last dump is\n%s", c.dump, last)
		}
	}
}

// TestPipelineNeedsWriters: the driver never picks a writer itself, so a
// dump or timing without one is an error, before any pass runs.
func TestPipelineNeedsWriters(t *testing.T) {
	ran := false
	p := passes.Pipeline{Name: "p", Passes: []passes.Pass{{Name: "mark", Run: func(*ir.Func) error { ran = true; return nil }}}}
	if err := p.Run(smallFunc(t), passes.Options{DumpAfter: []string{"mark"}}); err == nil || !strings.Contains(err.Error(), "DumpTo is nil") {
		t.Errorf("dump without DumpTo: %v", err)
	}
	if err := p.Run(smallFunc(t), passes.Options{Time: true}); err == nil || !strings.Contains(err.Error(), "TimeTo is nil") {
		t.Errorf("timing without TimeTo: %v", err)
	}
	if ran {
		t.Error("a pass ran although the options were refused")
	}
}

func TestPipelineTime(t *testing.T) {
	var buf bytes.Buffer
	if err := passes.Standard(nil, interpEval).Run(smallFunc(t), passes.Options{Time: true, TimeTo: &buf}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != len(passes.Standard(nil, interpEval).Passes) {
		t.Fatalf("want one timing line per pass, got\n%s", buf.String())
	}
	for i, n := range passes.Standard(nil, interpEval).Names() {
		if !strings.Contains(lines[i], "pass "+n) || !strings.Contains(lines[i], "small") {
			t.Errorf("line %d %q does not name pass %s and func small", i, lines[i], n)
		}
	}
}

func TestPipelineVerifyNamesTheBreakingPass(t *testing.T) {
	breaker := passes.Pass{Name: "breaker", Run: func(f *ir.Func) error {
		f.Values = f.Values[1:] // drop the parameter: its users now dangle
		return nil
	}}
	p := passes.Pipeline{Name: "p", Passes: []passes.Pass{{Name: "cse", Run: passes.CSE}, breaker}}
	err := p.Run(smallFunc(t), passes.Options{Verify: true})
	var ce *ir.CheckError
	if err == nil || !strings.Contains(err.Error(), "pass breaker broke func small") || !errors.As(err, &ce) {
		t.Fatalf("got %v", err)
	}
	// Without Verify the same pipeline does not check.
	if err := p.Run(smallFunc(t), passes.Options{}); err != nil {
		t.Fatalf("unverified run failed: %v", err)
	}
}

func TestPipelineVerifyRejectsInvalidInput(t *testing.T) {
	f := smallFunc(t)
	f.Results = append(f.Results, &ir.Value{ID: 99, Op: ir.OpExp})
	var log []string
	err := recorder(&log, "a").Run(f, passes.Options{Verify: true})
	if err == nil || !strings.Contains(err.Error(), "before the first pass") || len(log) != 0 {
		t.Fatalf("got %v, ran %v", err, log)
	}
}

func TestPipelinePassErrorAndPanic(t *testing.T) {
	cases := []struct {
		run  func(*ir.Func) error
		want []string
	}{
		{func(*ir.Func) error { return errors.New("no luck") }, []string{"pipeline p: pass boom on func small: no luck"}},
		{func(*ir.Func) error { panic("kaboom") }, []string{"panic in pass boom while compiling small: kaboom", "driver_test.go"}},
		{func(f *ir.Func) error { _ = f.Values[1000]; return nil }, []string{"panic in pass boom while compiling small: runtime error: index out of range"}},
	}
	for _, c := range cases {
		p := passes.Pipeline{Name: "p", Passes: []passes.Pass{{Name: "boom", Run: c.run}}}
		err := p.Run(smallFunc(t), passes.Options{})
		if err == nil {
			t.Fatal("no error")
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("error %q does not contain %q", err, w)
			}
		}
		if n := strings.Count(err.Error(), "\n"); n > 30 {
			t.Errorf("stack in error is not short (%d lines)", n)
		}
	}
}

func TestOptionsFromEnv(t *testing.T) {
	t.Setenv("KILN_DUMP_IR", "cse, deadcode")
	t.Setenv("KILN_TIME_PASSES", "1")
	t.Setenv("KILN_DISABLE_PASSES", "simplify")
	o := passes.OptionsFromEnv()
	if strings.Join(o.DumpAfter, "|") != "cse|deadcode" || !o.Time || strings.Join(o.Disable, "|") != "simplify" || o.Verify {
		t.Fatalf("got %+v", o)
	}
	t.Setenv("KILN_DUMP_IR", "all")
	t.Setenv("KILN_TIME_PASSES", "")
	t.Setenv("KILN_DISABLE_PASSES", "")
	o = passes.OptionsFromEnv()
	if strings.Join(o.DumpAfter, "|") != "all" || o.Time || len(o.Disable) != 0 {
		t.Fatalf("got %+v", o)
	}
}

func TestStandardPipeline(t *testing.T) {
	p := passes.Standard(nil, interpEval)
	if got := strings.Join(p.Names(), ","); got != "attnmask,decompose,constfold,simplify,cse,deadcode" {
		t.Fatalf("order %s", got)
	}
	for _, ps := range p.Passes {
		if ps.Optional == (ps.Name == "decompose" || ps.Name == "attnmask") {
			t.Errorf("pass %s: optional = %v", ps.Name, ps.Optional)
		}
	}
	f := smallFunc(t)
	if err := p.Run(f, passes.Options{Verify: true, Disable: []string{"constfold", "simplify", "cse", "deadcode"}}); err != nil {
		t.Fatal(err)
	}
	if len(f.Values) != 4 {
		t.Fatalf("with every optional pass disabled deadcode must not have run:\n%s", f)
	}
	if err := p.Run(f, passes.Options{Verify: true}); err != nil {
		t.Fatal(err)
	}
	if len(f.Values) != 3 {
		t.Fatalf("deadcode did not run:\n%s", f)
	}
}
