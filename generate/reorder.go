package generate

import (
	"fmt"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// reorderInput names the row-index input of the beam reorder program.
const reorderInput = "beam_idx"

type reorderKey struct {
	batch, capacity int
	dtype           ir.DType
}

// reorderPrograms caches compiled beam-reorder programs per shape, so the
// KV cache never leaves the backend during beam search.
type reorderPrograms struct {
	programCache[reorderKey]
}

// get returns the program gathering rows idx of every cache tensor: inputs
// beam_idx (batch) i64 then the caches named names (donated), outputs the
// caches under the same names.
func (p *reorderPrograms) get(b backends.Backend, k reorderKey, names []string, kvHeads, headDim int) (backends.Executable, error) {
	return p.compile(b, k, func() (*ir.Func, error) {
		return frontend.Build(fmt.Sprintf("beam_reorder_b%d_c%d", k.batch, k.capacity), func(g *frontend.Graph) error {
			idx := g.Param(reorderInput, ir.Int64, k.batch)
			var outs []frontend.Output
			for _, n := range names {
				c := g.Param(n, k.dtype, k.batch, kvHeads, k.capacity, headDim) // (B, Hkv, C, D)
				outs = append(outs, frontend.Out(n, c.Take(idx, 0)))
			}
			g.Return(outs...)
			return nil
		})
	})
}

// reorderOnBackend runs the reorder program over the cache buffers.
func (s *cachedStepper) reorderOnBackend(src []int) error {
	k := reorderKey{s.batch, s.capacity, s.r.DType()}
	exe, err := s.reorders.get(s.r.Backend(), k, s.donate, s.kvHeads, s.headDim)
	if err != nil {
		return err
	}
	idx := make([]int64, len(src))
	for i, j := range src {
		idx[i] = int64(j)
	}
	it, _ := tensor.FromInt64(ir.Int64, ir.Shape{len(idx)}, idx)
	ib, err := s.r.Backend().Upload(it)
	if err != nil {
		return err
	}
	defer ib.Free()
	sig := exe.Signature()
	args := make([]backends.Buffer, len(sig.ParamNames))
	var donate []int
	for i, n := range sig.ParamNames {
		if n == reorderInput {
			args[i] = ib
			continue
		}
		args[i] = s.cache[n]
		donate = append(donate, i)
	}
	outs, err := exe.Run(args, backends.RunOptions{Donate: donate})
	if err != nil {
		return err
	}
	for i, n := range sig.ResultNames {
		s.cache[n] = outs[i]
	}
	return nil
}
