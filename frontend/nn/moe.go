package nn

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// RoutingDType is the dtype routers compute their softmax in: float32, or
// float64 for a float64 model (transformers' float32 would round it).
func RoutingDType(dt ir.DType) ir.DType {
	if dt == ir.Float64 {
		return dt
	}
	return ir.Float32
}

// TopKRouting is the router of a mixture-of-experts layer after its
// logits (N, E): softmax in float32, the k largest probabilities and their
// experts (first on ties, as ArgMax), optionally renormalised to sum to 1
// (Mixtral always; Qwen-MoE when norm_topk_prob), and the weights cast to
// the logits' dtype, as transformers' routers do. It is k ArgMax rounds
// over the (N, E) probabilities, each masking out the expert it chose: IR
// over all tokens at once, no per-token loop. Results: weights (N, k) in
// the logits' dtype, experts (N, k) int64.
func TopKRouting(logits *frontend.Tensor, k int, normalize bool) (weights, experts *frontend.Tensor) {
	g := logits.Graph()
	n, e := logits.Dim(0), logits.Dim(1)
	p := logits.AsType(RoutingDType(logits.DType())).Softmax(-1) // (N, E)
	cols := g.Iota(ir.Int64, 1, n, e)
	gone := p.FullLike(-1) // below every probability
	var ws, ids []*frontend.Tensor
	for i := 0; i < k; i++ {
		j := p.ArgMax(-1).Unsqueeze(1)         // (N, 1)
		ws = append(ws, p.TakeAlongAxis(j, 1)) // (N, 1)
		ids = append(ids, j)                   // (N, 1)
		p = frontend.Where(cols.Eq(j.BroadcastTo(n, e)), gone, p)
	}
	weights, experts = frontend.Concat(1, ws...), frontend.Concat(1, ids...) // (N, k)
	if normalize {
		weights = weights.Div(weights.Sum(1).Unsqueeze(1).BroadcastTo(n, k))
	}
	return weights.AsType(logits.DType()), experts
}

// MoEExperts are the experts of a mixture-of-experts layer, each a gated
// MLP down(act(gate x) * up x), stored stacked as transformers 5 does:
// gate_up_proj (E, 2I, C) whose rows are [gate | up] and down_proj
// (E, C, I). Forward runs them with three expert_matmul-based steps over
// the routed rows only.
type MoEExperts struct {
	GateUp, Down *frontend.Tensor
	Act          ActFn
}

// NewMoEExperts declares gate_up_proj and down_proj under s for experts
// experts of hidden size hidden and intermediate size inter.
func NewMoEExperts(s *Scope, experts, hidden, inter int, act ActFn) *MoEExperts {
	return &MoEExperts{
		GateUp: s.Param("gate_up_proj", experts, 2*inter, hidden),
		Down:   s.Param("down_proj", experts, hidden, inter),
		Act:    act,
	}
}

// Forward computes sum_k weights[n, k] * expert_{experts[n, k]}(x[n]) for
// x (N, C), experts (N, K) and weights (N, K) in x's dtype; result (N, C).
// Each routed output is scaled by its weight in x's dtype before the sum,
// as transformers scales each expert's output before its index_add.
func (m *MoEExperts) Forward(x, experts, weights *frontend.Tensor) *frontend.Tensor {
	n, c := x.Dim(0), x.Dim(1)
	k := experts.Dim(1)
	inter := m.Down.Dim(2)
	gu := frontend.ExpertMatmul(x.Reshape(n, 1, c), m.GateUp, experts, false).Split(-1, inter, inter) // (N, K, I) x2
	h := m.Act(gu[0]).Mul(gu[1])                                                                      // (N, K, I)
	y := frontend.ExpertMatmul(h, m.Down, experts, false)                                             // (N, K, C)
	return y.Mul(weights.Unsqueeze(2).BroadcastTo(n, k, c)).Sum(1)                                    // (N, C)
}
