package frontend_test

import (
	"errors"
	"testing"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// FuzzBuild drives the Tensor API with arbitrary calls and arguments. The
// frontend must validate everything itself: a mistake is a *frontend.Error
// (never a runtime panic inside the frontend, which would surface as a
// *PanicError), and every successful build passes ir.Check.
func FuzzBuild(f *testing.F) {
	for _, seed := range [][]byte{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20},
		{3, 0, 2, 0xff, 1, 4, 1, 1, 7, 2, 1},
		{12, 3, 1, 1, 13, 2, 0, 9, 9, 9, 21, 1, 2, 22, 3, 4, 5},
		{23, 0, 24, 1, 25, 2, 26, 3, 27, 4, 28, 5, 29, 6, 30, 7, 31, 8},
		{5, 250, 5, 3, 6, 1, 6, 200, 14, 2, 16, 0, 17, 1, 18, 7},
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, prog []byte) {
		if len(prog) > 256 {
			prog = prog[:256]
		}
		_, err := frontend.Build("fuzz", func(g *frontend.Graph) error {
			pool := []*frontend.Tensor{
				g.Param("a", ir.Float32, 2, 3, 4),
				g.Param("b", ir.Float32, 4),
				g.Param("c", ir.Float32, 3, 1),
				g.Param("i", ir.Int32, 2, 3),
				g.Param("m", ir.Bool, 1, 4),
			}
			pos := 0
			next := func() int {
				if pos >= len(prog) {
					return 0
				}
				pos++
				return int(prog[pos-1])
			}
			small := func() int { return next()%10 - 4 } // -4..5
			pick := func() *frontend.Tensor { return pool[next()%len(pool)] }
			for pos < len(prog) {
				x := pick()
				var y *frontend.Tensor
				switch next() % 32 {
				case 0:
					y = x.Exp()
				case 1:
					y = x.Add(pick())
				case 2:
					y = x.Mul(pick()).Sub(pick())
				case 3:
					y = x.Reshape(small(), small(), small())
				case 4:
					y = x.Transpose(small(), small(), small())
				case 5:
					y = x.Slice(frontend.Range{Start: small(), Stop: small(), Step: small()}, frontend.R(small(), small()))
				case 6:
					y = x.SliceAxis(small(), small(), small())
				case 7:
					y = frontend.Concat(small(), x, pick())
				case 8:
					y = x.Split(small(), small(), small())[0]
				case 9:
					y = x.Chunk(small(), small())[0]
				case 10:
					y = x.SumKeep(small())
				case 11:
					y = x.Mean(small(), small())
				case 12:
					y = x.Softmax(small())
				case 13:
					y = x.MatMul(pick())
				case 14:
					y = x.MatMulT(pick())
				case 15:
					y = x.Take(pick(), small())
				case 16:
					y = x.TakeAlongAxis(pick(), small())
				case 17:
					y = x.Unsqueeze(small()).Squeeze(small())
				case 18:
					y = x.BroadcastTo(small(), small(), small())
				case 19:
					y = x.Pad([]int{small(), small()}, []int{small(), small()}, 1)
				case 20:
					y = frontend.Where(x, pick(), pick())
				case 21:
					y = x.AsType(ir.AllDTypes()[next()%len(ir.AllDTypes())])
				case 22:
					y = x.ArgMax(small())
				case 23:
					y = x.Var(small())
				case 24:
					y = x.LayerNorm(pick(), nil, 1e-5)
				case 25:
					y = x.RMSNorm(pick(), 1e-6)
				case 26:
					y = frontend.Attention(x.Unsqueeze(0), pick().Unsqueeze(0), pick().Unsqueeze(0), frontend.AttentionOptions{Causal: true, Mask: pick()})
				case 27:
					y = x.Gather(pick(), small(), small())
				case 28:
					y = x.MulScalar(float64(small()) / 2)
				case 29:
					y = x.Flatten(small(), small())
				case 30:
					y = frontend.Stack(small(), x, pick())
				case 31:
					y = x.Lt(pick())
				}
				pool = append(pool, y)
			}
			g.Return(frontend.Out("out", pool[len(pool)-1]))
			return nil
		})
		var pe *frontend.PanicError
		if errors.As(err, &pe) {
			t.Fatalf("runtime panic inside the frontend: %v\n%s", pe, pe.Stack)
		}
		var fe *frontend.Error
		if err != nil && !errors.As(err, &fe) {
			t.Fatalf("build failed with %T: %v", err, err)
		}
	})
}
