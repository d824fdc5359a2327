package train

import (
	"fmt"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
)

// mergeTied rewrites f so that weight parameters bound to one session
// buffer (tied weights: a Runner binds a checkpoint without lm_head.weight
// by tying that name to the input embedding's buffer) are ONE parameter:
// every use of a later-declared name refers to the first-declared one,
// which is then the only trained name — one gradient (autodiff sums the
// uses), one optimizer state, one update, as torch trains a tied module.
// buffer returns the session buffer of a weight name. It returns the
// merged names (later -> kept). Parameters of one buffer must have one
// type.
func mergeTied(f *ir.Func, buffer func(name string) (backends.Buffer, error)) (map[string]string, error) {
	holder := map[backends.Buffer]*ir.Value{}
	repl := map[*ir.Value]*ir.Value{}
	merged := map[string]string{}
	for _, p := range f.Params {
		if models.IsInputName(p.Name) {
			continue
		}
		buf, err := buffer(p.Name)
		if err != nil {
			return nil, fmt.Errorf("parameter %s: %w", p.Name, err)
		}
		h, ok := holder[buf]
		if !ok {
			holder[buf] = p
			continue
		}
		if !h.Type.Equal(p.Type) {
			return nil, fmt.Errorf("parameters %s (%s) and %s (%s) are one tied buffer of different types", h.Name, h.Type, p.Name, p.Type)
		}
		repl[p] = h
		merged[p.Name] = h.Name
	}
	if len(repl) == 0 {
		return nil, nil
	}
	for _, v := range f.Values {
		for i, a := range v.Args {
			if r, ok := repl[a]; ok {
				v.Args[i] = r
			}
		}
	}
	for i, r := range f.Results {
		if k, ok := repl[r]; ok {
			f.Results[i] = k
		}
	}
	// Parameters have no operands: moving every kept one to the front
	// keeps the values in topological order, whichever name was declared
	// (and used) first.
	var params, values []*ir.Value
	for _, p := range f.Params {
		if _, gone := repl[p]; !gone {
			params = append(params, p)
		}
	}
	values = append(values, params...)
	for _, v := range f.Values {
		if v.Op != ir.OpParameter {
			values = append(values, v)
		}
	}
	f.Params, f.Values = params, values
	if err := ir.Check(f); err != nil {
		return nil, fmt.Errorf("merging tied parameters: %w", err)
	}
	return merged, nil
}
