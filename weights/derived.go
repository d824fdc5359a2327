package weights

import (
	"fmt"
	"sort"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Computed is a tensor a derived checkpoint computes on demand: its type,
// known without computing it, and the function that computes it. Load
// must return a tensor of exactly Type; it is called on every Tensor call
// (nothing is cached), possibly concurrently.
type Computed struct {
	Type ir.Type
	Load func() (*tensor.Tensor, error)
}

// Derive returns a checkpoint that shows base's tensors, less those named
// in hide, plus the computed tensors of add (a name in add replaces base's
// tensor of that name). It is how a loader presents stored tensors under
// another form, e.g. package quant's dequantized weights in place of their
// packed tensors, to code that reads a *Checkpoint. The derived
// checkpoint owns base: closing it closes base. Its Path, Format and
// Metadata are base's. Hiding or computing a name base lacks is allowed.
func Derive(base *Checkpoint, hide []string, add map[string]Computed) (*Checkpoint, error) {
	if base == nil {
		return nil, fmt.Errorf("weights: derive: nil base checkpoint")
	}
	for name, ct := range add {
		if ct.Load == nil {
			return nil, fmt.Errorf("weights: derive %s: computed tensor %q has no Load", base.path, name)
		}
	}
	d := &computedShard{path: base.path, tensors: add}
	hidden := make(map[string]bool, len(hide))
	for _, n := range hide {
		hidden[n] = true
	}
	c := &Checkpoint{path: base.path, format: base.format, where: map[string]shard{}, metadata: base.metadata, base: base}
	for _, n := range base.names {
		if hidden[n] {
			continue
		}
		if _, ok := add[n]; ok {
			continue
		}
		c.where[n] = base.where[n]
	}
	for n := range add {
		c.where[n] = d
	}
	c.names = make([]string, 0, len(c.where))
	for n := range c.where {
		c.names = append(c.names, n)
	}
	sort.Strings(c.names)
	// The base's shards are listed for DropPages; closing goes through base.
	c.shards = append(append([]shard(nil), base.shards...), d)
	return c, nil
}

// computedShard serves a derived checkpoint's computed tensors.
type computedShard struct {
	path    string
	tensors map[string]Computed
}

func (s *computedShard) file() string { return s.path }

func (s *computedShard) names() []string { return sortedKeys(s.tensors) }

func (s *computedShard) info(name string) (ir.Type, bool) {
	ct, ok := s.tensors[name]
	return ct.Type, ok
}

func (s *computedShard) tensor(name string) (*tensor.Tensor, error) {
	ct, ok := s.tensors[name]
	if !ok {
		return nil, fmt.Errorf("%s: no tensor named %q", s.path, name)
	}
	t, err := ct.Load()
	if err != nil {
		return nil, fmt.Errorf("%s: tensor %q: %w", s.path, name, err)
	}
	if t.DType != ct.Type.DType || !t.Shape.Equal(ct.Type.Shape) {
		return nil, fmt.Errorf("%s: tensor %q: computed %s%v, declared %s%v", s.path, name, t.DType, t.Shape, ct.Type.DType, ct.Type.Shape)
	}
	return t, nil
}

func (s *computedShard) metadata() map[string]string { return nil }
func (s *computedShard) close() error                { return nil }
func (s *computedShard) mapping() []byte             { return nil }
