package backends

import (
	"errors"
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// RunPipeline is the first step of a backend's Compile: it checks f with
// ir.Check, runs p on a clone of f with opts.Options and returns the clone.
// f itself is never modified. It fails if the pipeline changed the
// calling convention (the number of parameters or results), which
// executables bind positionally. Errors name the function but not the
// backend; callers add their own prefix.
func RunPipeline(p passes.Pipeline, f *ir.Func, opts CompileOptions) (*ir.Func, error) {
	if f == nil {
		return nil, errors.New("nil func")
	}
	if err := ir.Check(f); err != nil {
		return nil, err
	}
	g := f.Clone()
	if err := p.Run(g, opts.Options); err != nil {
		return nil, err
	}
	if len(g.Params) != len(f.Params) || len(g.Results) != len(f.Results) {
		return nil, fmt.Errorf("func %s: pipeline %s changed the signature (%d params, %d results; want %d, %d)",
			f.Name, p.Name, len(g.Params), len(g.Results), len(f.Params), len(f.Results))
	}
	return g, nil
}
