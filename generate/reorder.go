package generate

import (
	"context"
	"fmt"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/session"
	"github.com/kiln-ml/kiln/tensor"
)

// reorderInput names the row-index input of the beam reorder program.
const reorderInput = "beam_idx"

// reorderKey is the shape of the caches a beam-reorder program gathers.
type reorderKey struct {
	batch, capacity int
	dtype           ir.DType
}

// reorderProgram returns the program gathering rows beam_idx of every
// cache tensor: inputs beam_idx (batch) i64 then the caches named names,
// outputs the caches under the same names. It is compiled once per shape
// (in the Generator's helper session), so the KV cache never leaves the
// backend during beam search.
func (s *cachedStepper) reorderProgram(ctx context.Context, k reorderKey) (*session.Program, error) {
	return s.helpers.Program(ctx, k, func(context.Context) (*ir.Func, error) {
		return frontend.Build(fmt.Sprintf("beam_reorder_b%d_c%d", k.batch, k.capacity), func(g *frontend.Graph) error {
			idx := g.Param(reorderInput, ir.Int64, k.batch)
			var outs []frontend.Output
			for _, n := range s.donate {
				c := g.Param(n, k.dtype, k.batch, s.kvHeads, k.capacity, s.headDim) // (B, Hkv, C, D)
				outs = append(outs, frontend.Out(n, c.Take(idx, 0)))
			}
			g.Return(outs...)
			return nil
		})
	})
}

// reorderOnBackend runs the reorder program over the cache buffers, which
// are donated to it.
func (s *cachedStepper) reorderOnBackend(ctx context.Context, src []int) error {
	p, err := s.reorderProgram(ctx, reorderKey{s.batch, s.capacity, s.r.DType()})
	if err != nil {
		return err
	}
	it, _ := tensor.FromInt64(ir.Int64, ir.Shape{len(src)}, int64s(src))
	ib, err := s.r.Backend().Upload(it)
	if err != nil {
		return err
	}
	defer ib.Free()
	inputs := map[string]backends.Buffer{reorderInput: ib}
	for n, b := range s.cache {
		inputs[n] = b
	}
	outs, err := s.helpers.Run(ctx, p, session.Call{Inputs: inputs, Donate: s.donate})
	if err != nil {
		return err
	}
	for n, b := range outs {
		s.cache[n] = b
	}
	return nil
}
