package models

import (
	"fmt"
	"strings"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// WeightStacker is implemented by models whose parameters a checkpoint
// may hold as several tensors: a mixture-of-experts layer's stacked
// experts (E, 2I, C) are per-expert w1 and w3 (or gate_proj and up_proj)
// matrices in the checkpoints the Hub has. The Runner binds a parameter
// from its own name and aliases first, and only when none is present from
// its stack.
type WeightStacker interface {
	// WeightStacks maps a parameter to the checkpoint tensors whose
	// row-major data, concatenated in order, is the parameter's: each
	// part has the parameter's trailing dims (its first dim counts rows of
	// the parameter's leading dims flattened), and their elements add up
	// to the parameter's.
	WeightStacks() map[string][]string
}

// bindStackedLocked uploads parameter name of type t assembled from its
// stack (WeightStacker), reporting false when the model has no stack for
// it or the checkpoint lacks a part. Assembling holds one host copy of
// the parameter (E*2I*C elements for stacked gate/up experts) beside the
// parts' mapped pages, which are dropped once copied.
func (r *Runner) bindStackedLocked(name string, t ir.Type) (bool, error) {
	ws, ok := r.model.(WeightStacker)
	if !ok {
		return false, nil
	}
	parts := ws.WeightStacks()[name]
	if len(parts) == 0 {
		return false, nil
	}
	srcs := make([]string, len(parts))
	for i, part := range parts {
		for _, c := range r.candidates(part) {
			if _, ok := r.ckpt.Info(c); ok {
				srcs[i] = c
				break
			}
		}
		if srcs[i] == "" {
			return false, nil
		}
	}
	out, err := tensor.New(t.DType, t.Shape)
	if err != nil {
		return false, fmt.Errorf("%s: %w", name, err)
	}
	rank := t.Shape.Rank()
	off := 0
	for _, src := range srcs {
		info, _ := r.ckpt.Info(src)
		if rank < 2 || info.Shape.Rank() != rank-1 || !info.Shape[1:].Equal(t.Shape[2:]) {
			return false, fmt.Errorf("%s is %s, which does not stack into %s %s", src, info.Shape, name, t.Shape)
		}
		part, err := r.ckpt.TensorAs(src, t.DType)
		if err != nil {
			return false, fmt.Errorf("checkpoint %s: tensor %s: %w", r.ckpt.Path(), src, err)
		}
		if off+len(part.Data) > len(out.Data) {
			return false, fmt.Errorf("%s (%s): %s hold more elements than %s %s", src, info.Shape, strings.Join(srcs, ", "), name, t.Shape)
		}
		off += copy(out.Data[off:], part.Data)
		r.ckpt.DropPages(part)
	}
	if off != len(out.Data) {
		return false, fmt.Errorf("%s hold fewer elements than %s %s", strings.Join(srcs, ", "), name, t.Shape)
	}
	if err := r.sess.Upload(name, out); err != nil {
		return false, fmt.Errorf("checkpoint %s: stacking %s: %w", r.ckpt.Path(), name, err)
	}
	for _, src := range srcs {
		r.used[src] = true
	}
	return true, nil
}
