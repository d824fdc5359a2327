package backends

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// NewEvaluator returns a passes.Evaluator that compiles a function on b
// (with default CompileOptions), runs it without arguments and downloads
// its results. Backends hand one over interp (the reference semantics) to
// passes.Standard for constant folding. constfold never folds inside the
// functions it evaluates, so b's own pipeline may contain constfold over
// this same evaluator without recursing.
func NewEvaluator(b Backend) passes.Evaluator { return evaluator{b} }

type evaluator struct{ b Backend }

// Available reports whether the backend can run here.
func (e evaluator) Available() error {
	if e.b == nil {
		return fmt.Errorf("evaluator without a backend")
	}
	return e.b.Available()
}

// Evaluate compiles f, runs it and returns the bytes of each result.
func (e evaluator) Evaluate(f *ir.Func) ([][]byte, error) {
	if e.b == nil {
		return nil, fmt.Errorf("evaluator without a backend")
	}
	exe, err := e.b.Compile(f, CompileOptions{})
	if err != nil {
		return nil, err
	}
	outs, err := exe.Run(nil, RunOptions{})
	if err != nil {
		return nil, err
	}
	res := make([][]byte, len(outs))
	for i, o := range outs {
		t, err := o.Download()
		o.Free()
		if err != nil {
			for _, rest := range outs[i+1:] {
				rest.Free()
			}
			return nil, err
		}
		res[i] = t.Data
	}
	return res, nil
}
