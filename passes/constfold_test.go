package passes_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// fakeEvaluator records the functions it is asked to evaluate and answers
// through interp, or fails.
type fakeEvaluator struct {
	unavailable bool
	fail        bool
	seen        []string
}

func (e *fakeEvaluator) Available() error {
	if e.unavailable {
		return errors.New("not here")
	}
	return nil
}

func (e *fakeEvaluator) Evaluate(f *ir.Func) ([][]byte, error) {
	e.seen = append(e.seen, f.String())
	if e.fail {
		return nil, errors.New("evaluator exploded")
	}
	return interpEval.Evaluate(f)
}

const foldSrc = `func @f {
  %0 = parameter : f32[3] "x"
  %1 = constant {value=[1, 2, 3]} : f32[3]
  %2 = exp %1 : f32[3] "e"
  %3 = add %0, %2 : f32[3]
  return %3
}
`

func TestConstFoldUsesTheEvaluator(t *testing.T) {
	ev := &fakeEvaluator{}
	f := mustParse(t, foldSrc)
	verified(t, "constfold", passes.ConstFold(ev), f)
	verified(t, "deadcode", passes.DeadCode, f)
	if got := ops(f); got != "parameter constant add" {
		t.Fatalf("values %q\n%s", got, f)
	}
	if len(ev.seen) != 1 || !strings.Contains(ev.seen[0], "exp") || strings.Contains(ev.seen[0], "parameter") {
		t.Fatalf("evaluated %q, want one parameterless exp function", ev.seen)
	}
	if c := f.Values[1]; c.Name != "e" {
		t.Errorf("folded constant lost its name: %s", c.LongString())
	}
}

func TestConstFoldWithoutEvaluatorChangesNothing(t *testing.T) {
	for _, ev := range []passes.Evaluator{nil, &fakeEvaluator{unavailable: true}, backends.NewEvaluator(nil)} {
		f := mustParse(t, foldSrc)
		verified(t, "constfold", passes.ConstFold(ev), f)
		if f.String() != foldSrc {
			t.Errorf("evaluator %v: changed the function:\n%s", ev, f)
		}
	}
}

func TestConstFoldReportsEvaluatorErrors(t *testing.T) {
	f := mustParse(t, foldSrc)
	err := passes.ConstFold(&fakeEvaluator{fail: true})(f)
	if err == nil || !strings.Contains(err.Error(), "evaluator exploded") || !strings.Contains(err.Error(), "exp %1") {
		t.Fatalf("got %v", err)
	}
	if f.String() != foldSrc {
		t.Fatalf("a failed rewrite changed the function:\n%s", f)
	}
}

func TestConstFoldSizeCap(t *testing.T) {
	for _, n := range []int{passes.MaxFoldElements, passes.MaxFoldElements + 1} {
		f := ir.NewFunc("big")
		c, err := f.Constant(ir.T(ir.Int8, n), make([]byte, n), ir.Pos{})
		if err != nil {
			t.Fatal(err)
		}
		v, err := f.Emit(ir.OpNeg, nil, ir.Pos{}, c)
		if err != nil {
			t.Fatal(err)
		}
		f.SetResults([]*ir.Value{v}, nil)
		verified(t, "constfold", passes.ConstFold(interpEval), f)
		folded := f.Results[0].Op == ir.OpConstant
		if folded != (n <= passes.MaxFoldElements) {
			t.Errorf("%d elements: folded = %v", n, folded)
		}
	}
}

func TestConstFoldLeavesBroadcastsAndRNG(t *testing.T) {
	src := `func @f {
  %0 = constant {value=[2]} : f32[]
  %1 = broadcast_in_dim %0 {shape=[4,4], dims=[]} : f32[4,4]
  %2 = constant {value=[7]} : i64[]
  %3 = rng %2 {dist=normal, dtype=f32, shape=[4,4]} : f32[4,4]
  %4 = constant {value=[1, 2, 3, 4]} : f32[4]
  %5 = broadcast_in_dim %4 {shape=[4,4], dims=[0]} : f32[4,4]
  %6 = broadcast_in_dim %4 {shape=[4,4], dims=[1]} : f32[4,4]
  %7 = add %5, %6 : f32[4,4]
  %8 = add %1, %3 : f32[4,4]
  %9 = add %7, %8 : f32[4,4]
  return %9
}
`
	f := mustParse(t, src)
	verified(t, "constfold", passes.ConstFold(interpEval), f)
	verified(t, "deadcode", passes.DeadCode, f)
	// %7 adds broadcasts along different dims: all its operands are
	// constant cones, but not plain constants nor identical broadcasts, so
	// it stays; %1 stays a broadcast and %3 an rng.
	if got, want := ops(f), "constant broadcast_in_dim constant rng constant broadcast_in_dim broadcast_in_dim add add add"; got != want {
		t.Fatalf("values %q, want %q\n%s", got, want, f)
	}
}

// TestConstFoldSkipsItsOwnFunctions guards against unbounded recursion when
// a backend's Compile runs the standard pipeline on the one-value functions
// ConstFold evaluates.
func TestConstFoldSkipsItsOwnFunctions(t *testing.T) {
	f := mustParse(t, strings.Replace(foldSrc, "@f", `@kiln.constfold`, 1))
	ev := &fakeEvaluator{}
	verified(t, "constfold", passes.ConstFold(ev), f)
	if len(ev.seen) != 0 || f.Values[2].Op != ir.OpExp {
		t.Fatalf("folded inside a fold function:\n%s", f)
	}
}
