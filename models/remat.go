package models

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/passes"
)

// markBoundary names h, the hidden state entering block i (i = the number
// of blocks: the last block's output), passes.BoundaryName(i): the layer
// boundaries gradient checkpointing (passes.Remat) keeps. It returns h.
// A value that already has a name (a model without blocks marks its
// embedding output as boundary 0 only) keeps it.
func markBoundary(h *frontend.Tensor, i int) *frontend.Tensor {
	if v := h.Value(); v.Name == "" {
		v.Name = passes.BoundaryName(i)
	}
	return h
}
