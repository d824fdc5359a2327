package autodiff

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// expert_matmul's rule, for y = expert_matmul(x, w, idx) with cotangent dy
// (N, K, Cout) and e = clamp(idx[n, k]):
//
//	dx[n, k] = w[e]^T dy[n, k]      another expert_matmul, transpose_w flipped
//	                                (summed over k when x is shared by the K rows)
//	dw[e]   = sum over rows routed to e of dy[n, k] x[n, k]^T
//
// dw is one contraction over the N*K routed rows of the one-hot routing
// (N*K, E) times dy with x: dense over the experts (E times the FLOPs of
// the routed products, an (N*K, E, Cout) intermediate), which is plain
// GEMM work every backend runs well at fine-tuning sizes; a grouped
// weight-gradient kernel is the next step for large expert counts.
// Integer indices get no cotangent.
func init() {
	rules[ir.OpExpertMatmul] = func(c *Context) []*frontend.Tensor {
		tw := c.V.Attrs.(*ir.ExpertMatmulAttrs).TransposeW
		x, w, idx := c.Arg(0), c.Arg(1), c.Args[2]
		dy := c.DOut // (N, K, Cout)
		n, s, k, e := x.Dim(0), x.Dim(1), idx.Dim(1), w.Dim(0)
		cin, cout := x.Dim(2), dy.Dim(2)
		if n*k == 0 || e == 0 {
			return grads(c.G.Zeros(dy.DType(), x.Shape()...), c.G.Zeros(dy.DType(), w.Shape()...))
		}
		dx := frontend.ExpertMatmul(dy, w.AsType(dy.DType()), idx, !tw) // (N, K, Cin)
		if s != k {
			dx = dx.Sum(1).Unsqueeze(1) // (N, 1, Cin)
		}
		clamped := idx.Max(idx.FullLike(0)).Min(idx.FullLike(float64(e - 1)))
		onehot := clamped.Reshape(n*k, 1).Eq(c.G.Iota(clamped.DType(), 1, n*k, e)).AsType(dy.DType()) // (NK, E)
		routed := onehot.Unsqueeze(2).Mul(dy.Reshape(n*k, 1, cout))                                   // (NK, E, Cout)
		xr := x.AsType(dy.DType())
		if s != k {
			xr = xr.BroadcastTo(n, k, cin)
		}
		xr = xr.Reshape(n*k, cin)
		var dw *frontend.Tensor
		if tw {
			dw = xr.DotGeneral(routed, frontend.DotDims{LhsContract: []int{0}, RhsContract: []int{0}}).Transpose(1, 0, 2) // (E, Cin, Cout)
		} else {
			dw = routed.DotGeneral(xr, frontend.DotDims{LhsContract: []int{0}, RhsContract: []int{0}}) // (E, Cout, Cin)
		}
		return grads(dx, dw)
	}
}
