package generate

import (
	"context"
	"fmt"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/session"
)

// lastPosKey is the logits type the last-position program slices.
type lastPosKey struct {
	batch, seq, vocab int
	dtype             ir.DType
}

// lastPosProgram returns the program keeping only the last position of
// prefill logits, (B, T, V) -> (B, 1, V), compiled once per type, so a
// long prompt's logits never cross to the host: only B*V values are
// downloaded.
func (s *cachedStepper) lastPosProgram(ctx context.Context, k lastPosKey) (*session.Program, error) {
	return s.helpers.Program(ctx, k, func(context.Context) (*ir.Func, error) {
		return frontend.Build(fmt.Sprintf("last_logits_b%d_t%d_v%d", k.batch, k.seq, k.vocab), func(g *frontend.Graph) error {
			x := g.Param("logits", k.dtype, k.batch, k.seq, k.vocab) // (B, T, V)
			g.Return(frontend.Out("logits", x.SliceAxis(1, k.seq-1, k.seq)))
			return nil
		})
	})
}

// lastLogitsOnBackend slices the last position of a (B, T, V) logits
// buffer on the backend (the buffer is donated, and freed in every case)
// and downloads it.
func (s *cachedStepper) lastLogitsOnBackend(ctx context.Context, lb backends.Buffer) ([][]float32, error) {
	defer lb.Free() // idempotent: a no-op once donated
	t := lb.Type()
	if t.Shape.Rank() != 3 || t.Shape[1] == 1 {
		d, err := lb.Download()
		if err != nil {
			return nil, err
		}
		return lastLogits(d)
	}
	p, err := s.lastPosProgram(ctx, lastPosKey{t.Shape[0], t.Shape[1], t.Shape[2], t.DType})
	if err != nil {
		return nil, err
	}
	outs, err := s.helpers.Run(ctx, p, session.Call{Inputs: map[string]backends.Buffer{"logits": lb}, Donate: []string{"logits"}})
	if err != nil {
		return nil, err
	}
	d, err := outs["logits"].Download()
	outs["logits"].Free()
	if err != nil {
		return nil, err
	}
	return lastLogits(d)
}
