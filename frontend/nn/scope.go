// Package nn holds the layers model files are made of — Linear, Embedding,
// LayerNorm, RMSNorm, rotary embeddings, activations by their Hugging Face
// names, scaled-dot-product attention — built on package frontend.
//
// Weights are graph parameters named by their Hugging Face names: a Scope
// hands out dotted prefixes ("model.layers.0.self_attn") and declares each
// weight with its expected dtype and shape; Bind matches a checkpoint's
// tensors to the compiled function's parameters and reports every missing
// or mis-shaped weight by name.
package nn

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Scope names weights under a dotted prefix and declares them as graph
// parameters of a default dtype. Scopes are cheap values; Sub returns a
// new one.
type Scope struct {
	g        *frontend.Graph
	prefix   string
	dtype    ir.DType
	adapters Adapters // low-rank updates of the layers declared (WithAdapters)
}

// NewScope returns the root scope (empty prefix) of g whose weights have
// dtype dt by default. Its layers take the adapters attached to g by
// WithAdapters.
func NewScope(g *frontend.Graph, dt ir.DType) *Scope {
	return &Scope{g: g, dtype: dt, adapters: adaptersOf(g)}
}

// Sub returns the scope prefix.name ("model" -> "model.layers").
func (s *Scope) Sub(name string) *Scope {
	c := *s
	c.prefix = s.Name(name)
	return &c
}

// Index returns the scope prefix.i, for layer lists ("layers" -> "layers.3").
func (s *Scope) Index(i int) *Scope { return s.Sub(strconv.Itoa(i)) }

// WithDType returns a copy of s whose weights default to dtype dt.
func (s *Scope) WithDType(dt ir.DType) *Scope {
	c := *s
	c.dtype = dt
	return &c
}

// Name returns the full name of leaf in this scope ("model.norm" + "weight").
func (s *Scope) Name(leaf string) string {
	if s.prefix == "" {
		return leaf
	}
	if leaf == "" {
		return s.prefix
	}
	return s.prefix + "." + leaf
}

// Prefix returns the scope's dotted prefix ("" at the root).
func (s *Scope) Prefix() string { return s.prefix }

// Graph returns the graph weights are declared in.
func (s *Scope) Graph() *frontend.Graph { return s.g }

// DType returns the default weight dtype.
func (s *Scope) DType() ir.DType { return s.dtype }

// Param declares the weight leaf of the scope's dtype and shape dims.
// Declaring the same name twice (tied weights) returns the same tensor if
// the shapes agree and panics (an error from frontend.Build) if not.
func (s *Scope) Param(leaf string, dims ...int) *frontend.Tensor {
	return s.g.Param(s.Name(leaf), s.dtype, dims...)
}

// ParamDType declares a weight of an explicit dtype.
func (s *Scope) ParamDType(leaf string, dt ir.DType, dims ...int) *frontend.Tensor {
	return s.g.Param(s.Name(leaf), dt, dims...)
}

// BindError lists every parameter that could not be bound.
type BindError struct {
	Func       string
	Missing    []string // parameters with no tensor
	Mismatched []string // "name: have T, want U"
}

// Error lists the missing and mis-typed parameters.
func (e *BindError) Error() string {
	var parts []string
	if len(e.Missing) > 0 {
		parts = append(parts, fmt.Sprintf("missing %d: %s", len(e.Missing), strings.Join(e.Missing, ", ")))
	}
	if len(e.Mismatched) > 0 {
		parts = append(parts, fmt.Sprintf("wrong type %d: %s", len(e.Mismatched), strings.Join(e.Mismatched, "; ")))
	}
	return fmt.Sprintf("binding parameters of %s: %s", e.Func, strings.Join(parts, "; "))
}

// CheckTypes verifies that types (e.g. read from safetensors headers,
// without loading data) holds every parameter of f with exactly its dtype
// and shape. It returns a *BindError naming all problems, or nil, and the
// names in types that f does not use, sorted.
func CheckTypes(f *ir.Func, types map[string]ir.Type) (unused []string, err error) {
	e := &BindError{Func: f.Name}
	used := map[string]bool{}
	for _, p := range f.Params {
		t, ok := types[p.Name]
		if !ok {
			e.Missing = append(e.Missing, p.Name)
			continue
		}
		used[p.Name] = true
		if !t.Equal(p.Type) {
			e.Mismatched = append(e.Mismatched, fmt.Sprintf("%s: have %s, want %s", p.Name, t, p.Type))
		}
	}
	for n := range types {
		if !used[n] {
			unused = append(unused, n)
		}
	}
	sort.Strings(unused)
	if len(e.Missing) > 0 || len(e.Mismatched) > 0 {
		return unused, e
	}
	return unused, nil
}

// Bind returns the tensors for f's parameters in calling order, taken by
// name from tensors (weights and inputs together). Every parameter must be
// present with exactly its declared dtype and shape; otherwise a
// *BindError lists all problems. Names f does not use are returned sorted.
func Bind(f *ir.Func, tensors map[string]*tensor.Tensor) (args []*tensor.Tensor, unused []string, err error) {
	types := make(map[string]ir.Type, len(tensors))
	for n, t := range tensors {
		if t == nil {
			continue
		}
		if verr := t.Validate(); verr != nil {
			return nil, nil, fmt.Errorf("binding parameters of %s: tensor %q: %w", f.Name, n, verr)
		}
		types[n] = t.Type()
	}
	unused, err = CheckTypes(f, types)
	if err != nil {
		return nil, unused, err
	}
	args = make([]*tensor.Tensor, len(f.Params))
	for i, p := range f.Params {
		args[i] = tensors[p.Name]
	}
	return args, unused, nil
}
