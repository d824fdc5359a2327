package generate

import (
	"fmt"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// lastPosKey is the logits type the last-position program slices.
type lastPosKey struct {
	batch, seq, vocab int
	dtype             ir.DType
}

// lastPosPrograms caches compiled programs that keep only the last
// position of prefill logits, (B, T, V) -> (B, 1, V), so a long prompt's
// logits never cross to the host: only B*V values are downloaded.
type lastPosPrograms struct {
	programCache[lastPosKey]
}

func (p *lastPosPrograms) get(b backends.Backend, k lastPosKey) (backends.Executable, error) {
	return p.compile(b, k, func() (*ir.Func, error) {
		return frontend.Build(fmt.Sprintf("last_logits_b%d_t%d_v%d", k.batch, k.seq, k.vocab), func(g *frontend.Graph) error {
			x := g.Param("logits", k.dtype, k.batch, k.seq, k.vocab) // (B, T, V)
			g.Return(frontend.Out("logits", x.SliceAxis(1, k.seq-1, k.seq)))
			return nil
		})
	})
}

// lastLogitsOnBackend slices the last position of a (B, T, V) logits
// buffer on the backend (the buffer is donated) and downloads it.
func (s *cachedStepper) lastLogitsOnBackend(lb backends.Buffer) ([][]float32, error) {
	t := lb.Type()
	if t.Shape.Rank() != 3 || t.Shape[1] == 1 {
		d, err := lb.Download()
		lb.Free()
		if err != nil {
			return nil, err
		}
		return lastLogits(d)
	}
	exe, err := s.lastPos.get(s.r.Backend(), lastPosKey{t.Shape[0], t.Shape[1], t.Shape[2], t.DType})
	if err != nil {
		lb.Free()
		return nil, err
	}
	outs, err := exe.Run([]backends.Buffer{lb}, backends.RunOptions{Donate: []int{0}})
	lb.Free()
	if err != nil {
		return nil, err
	}
	d, err := outs[0].Download()
	outs[0].Free()
	if err != nil {
		return nil, err
	}
	return lastLogits(d)
}
