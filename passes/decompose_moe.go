package passes

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

func init() {
	decompositions[ir.OpExpertMatmul] = decomposeExpertMatmul
}

// decomposeExpertMatmul expands ExpertMatmul into primitives in one of two
// ways, chosen from the static shapes:
//
//   - gather (N*K <= E: decode, a few tokens): the routed experts' weight
//     matrices are gathered, (N, K, Cout, Cin), and multiplied row by row
//     by a batched dot. Only the experts routed to are read, but each is
//     copied once per routed row.
//   - dense (more routed rows than experts: prefill, training): every
//     token's input is multiplied by every expert, one (N*S, Cin) x
//     (E*Cout, Cin)^T GEMM, and each row's expert output is gathered from
//     the (N, S, E, Cout) products: E/K times the FLOPs of the routed
//     computation, but plain GEMMs and no weight copies.
//
// Both compute half-precision operands in float32 and round once, as the
// other expansions do. Out-of-range indices are clamped by the gathers.
func decomposeExpertMatmul(g *frontend.Graph, v *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
	tw := v.Attrs.(*ir.ExpertMatmulAttrs).TransposeW
	x, w, idx := args[0], args[1], args[2]
	dt := v.Type.DType
	ct := dt
	if dt == ir.BFloat16 || dt == ir.Float16 {
		ct = ir.Float32
	}
	n, s, k, e := x.Dim(0), x.Dim(1), idx.Dim(1), w.Dim(0)
	cout := v.Type.Shape[2]
	if n*k == 0 || e == 0 {
		return g.Zeros(dt, n, k, cout)
	}
	wIn := 2 // w's contracted (Cin) axis
	if tw {
		wIn = 1
	}
	if n*k <= e {
		ws := w.Take(idx, 0) // (N, K, Cout, Cin) or (N, K, Cin, Cout)
		if s != k {
			x = x.BroadcastTo(n, k, x.Dim(2)) // (N, K, Cin)
		}
		return x.DotGeneral(ws, frontend.DotDims{
			LhsBatch: []int{0, 1}, RhsBatch: []int{0, 1}, LhsContract: []int{2}, RhsContract: []int{wIn + 1}, Out: ct,
		}).AsType(dt) // (N, K, Cout)
	}
	all := x.DotGeneral(w, frontend.DotDims{LhsContract: []int{2}, RhsContract: []int{wIn}, Out: ct}) // (N, S, E, Cout)
	if s == 1 {
		return all.Reshape(n, e, cout).Gather(idx, 1, 1).AsType(dt) // (N, K, Cout)
	}
	return all.Gather(idx, 2, 2).AsType(dt) // (N, K, Cout)
}
