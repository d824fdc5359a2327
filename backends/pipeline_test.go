package backends_test

import (
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	_ "github.com/kiln-ml/kiln/backends/llvm"
	_ "github.com/kiln-ml/kiln/backends/xla"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// TestRegisteredPipelinesSatisfyOrder checks every registered backend's
// Pipeline against passes.Order (Register enforces it too), and that every
// pass the table names is run by some backend: a row about a pass nobody
// runs is stale.
func TestRegisteredPipelinesSatisfyOrder(t *testing.T) {
	names := backends.Names()
	for _, want := range []string{"interp", "llvm", "xla"} {
		if !strings.Contains(","+strings.Join(names, ",")+",", ","+want+",") {
			t.Fatalf("backend %s not registered (have %v)", want, names)
		}
	}
	run := map[string]bool{}
	for _, n := range names {
		b, err := backends.Get(n)
		if err != nil {
			t.Fatal(err)
		}
		p := b.Pipeline()
		if err := passes.Check(p); err != nil {
			t.Errorf("backend %s: %v", n, err)
		}
		for _, ps := range p.Passes {
			run[ps.Name] = true
		}
	}
	for _, c := range passes.Order {
		for _, n := range []string{c.Before, c.After} {
			if !run[n] {
				t.Errorf("passes.Order names %q, which no registered backend's pipeline runs", n)
			}
		}
	}
}

// misordered is a backend whose pipeline violates passes.Order.
type misordered struct{ backends.Backend }

func (misordered) Name() string { return "misordered" }
func (misordered) Pipeline() passes.Pipeline {
	p := passes.Standard(nil, nil)
	p.Passes[2], p.Passes[3] = p.Passes[3], p.Passes[2] // simplify before constfold
	return p
}

func TestRegisterRejectsMisorderedPipeline(t *testing.T) {
	defer func() {
		r := recover()
		msg, _ := r.(string)
		if !strings.Contains(msg, "misordered") || !strings.Contains(msg, "constfold (at 3) must run before simplify (at 2)") ||
			!strings.Contains(msg, "identity rules") {
			t.Fatalf("recovered %v", r)
		}
		if _, err := backends.Get("misordered"); err == nil {
			t.Fatal("the misordered backend was registered")
		}
	}()
	backends.Register(misordered{interp.New()}, -1)
}

func TestRunPipeline(t *testing.T) {
	f := ir.NewFunc("f")
	x := f.Param("x", ir.T(ir.Float32, 4))
	y, err := f.Emit(ir.OpSoftmax, &ir.AxisAttrs{Axis: 0}, ir.Pos{}, x)
	if err != nil {
		t.Fatal(err)
	}
	f.SetResults([]*ir.Value{y}, nil)
	before := f.String()
	g, err := backends.RunPipeline(passes.Standard(nil, nil), f, backends.CompileOptions{Options: passes.Options{Verify: true}})
	if err != nil {
		t.Fatal(err)
	}
	if f.String() != before {
		t.Fatalf("RunPipeline modified its input:\n%s", f)
	}
	for _, v := range g.Values {
		if v.Op == ir.OpSoftmax {
			t.Fatalf("softmax not decomposed in the result:\n%s", g)
		}
	}

	dropResult := passes.Pipeline{Name: "bad", Passes: []passes.Pass{{Name: "drop", Run: func(f *ir.Func) error {
		f.Results, f.ResultNames = nil, nil
		return nil
	}}}}
	if _, err := backends.RunPipeline(dropResult, f, backends.CompileOptions{}); err == nil || !strings.Contains(err.Error(), "pipeline bad changed the signature") {
		t.Fatalf("signature change: got %v", err)
	}
	if _, err := backends.RunPipeline(passes.Standard(nil, nil), nil, backends.CompileOptions{}); err == nil {
		t.Fatal("nil func accepted")
	}
	if _, err := backends.RunPipeline(passes.Standard(nil, nil), f, backends.CompileOptions{Options: passes.Options{Disable: []string{"nosuch"}}}); err == nil || !strings.Contains(err.Error(), "nosuch") {
		t.Fatalf("unknown pass: got %v", err)
	}
}

// TestEvaluator folds through NewEvaluator over interp and reports a
// missing backend as unavailable.
func TestEvaluator(t *testing.T) {
	if err := backends.NewEvaluator(nil).Available(); err == nil {
		t.Error("an evaluator without a backend is available")
	}
	g := ir.NewFunc("c")
	c, err := g.Constant(ir.T(ir.Float32, 2), []byte{0, 0, 128, 63, 0, 0, 0, 64}, ir.Pos{}) // 1, 2
	if err != nil {
		t.Fatal(err)
	}
	n, err := g.Emit(ir.OpNeg, nil, ir.Pos{}, c)
	if err != nil {
		t.Fatal(err)
	}
	g.SetResults([]*ir.Value{n}, nil)
	out, err := backends.NewEvaluator(interp.New()).Evaluate(g)
	if err != nil {
		t.Fatal(err)
	}
	if want := []byte{0, 0, 128, 191, 0, 0, 0, 192}; len(out) != 1 || string(out[0]) != string(want) {
		t.Fatalf("got %v, want [%v]", out, want)
	}
}
