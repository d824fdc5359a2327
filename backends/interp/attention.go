package interp

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// attention computes, for batch b, query head h (key/value head
// h / (Hq/Hkv)) and query i sitting at position p (positions operand, or
// Tk - Tq + i by default):
//
//	s_j = scale * dot(q[b,h,i,:], k[b,hk,j,:])      for every key j
//	s_j = cap * tanh(s_j / cap)                     if softcap > 0
//	key j is visible when mask[b,j] (if has_mask), j <= p (if causal)
//	    and p - j < window (if window > 0)
//	w_j = exp(s_j - M) / (sum over visible j' of exp(s_j' - M) + exp(sink_h - M))
//	result[b,h,i,:] = sum over visible j of w_j * v[b,hk,j,:]
//
// where M is the maximum over the visible s_j (and the sink logit, if
// has_sinks). A row with no visible key is all zeros. Everything is in
// float64, rounded once to the result dtype.
func attention(a []*tensor.Tensor, at *ir.AttentionAttrs, t ir.Type) *tensor.Tensor {
	q, k, v := a[0], a[1], a[2]
	qs, ks, vs := floats(q), floats(k), floats(v)
	B, Hq, Tq, D := q.Shape[0], q.Shape[1], q.Shape[2], q.Shape[3]
	Hkv, Tk, Dv := k.Shape[1], k.Shape[2], v.Shape[3]
	mi, pi, si := at.OptionalArgs()
	var mask []int64
	if mi >= 0 {
		mask = ints(a[mi])
	}
	var pos []int64
	posBatched := false
	if pi >= 0 {
		pos = ints(a[pi])
		posBatched = a[pi].Shape.Rank() == 2
	}
	var sinks []float64
	if si >= 0 {
		sinks = floats(a[si])
	}
	out := make([]float64, t.Shape.NumElements())
	group := Hq / Hkv
	s := make([]float64, Tk)
	vis := make([]bool, Tk)
	for b := 0; b < B; b++ {
		for h := 0; h < Hq; h++ {
			hk := h / group
			for i := 0; i < Tq; i++ {
				p := int64(Tk - Tq + i)
				if pos != nil {
					if posBatched {
						p = pos[b*Tq+i]
					} else {
						p = pos[i]
					}
				}
				qo := ((b*Hq+h)*Tq + i) * D
				m := math.Inf(-1)
				seen := false
				for j := 0; j < Tk; j++ {
					jj := int64(j)
					vis[j] = (mask == nil || mask[b*Tk+j] != 0) &&
						(!at.Causal || jj <= p) &&
						(at.Window <= 0 || p-jj < int64(at.Window)) &&
						(!at.SymmetricWindow || jj-p < int64(at.Window))
					if !vis[j] {
						continue
					}
					seen = true
					ko := ((b*Hkv+hk)*Tk + j) * D
					var dot float64
					for d := 0; d < D; d++ {
						dot += qs[qo+d] * ks[ko+d]
					}
					sc := at.Scale * dot
					if at.SoftCap > 0 {
						sc = at.SoftCap * math.Tanh(sc/at.SoftCap)
					}
					s[j] = sc
					m = fmax(m, sc)
				}
				if !seen {
					continue // zeros
				}
				if sinks != nil {
					m = fmax(m, sinks[h])
				}
				var den float64
				for j := 0; j < Tk; j++ {
					if vis[j] {
						den += math.Exp(s[j] - m)
					}
				}
				if sinks != nil {
					den += math.Exp(sinks[h] - m)
				}
				oo := ((b*Hq+h)*Tq + i) * Dv
				for j := 0; j < Tk; j++ {
					if !vis[j] {
						continue
					}
					w := math.Exp(s[j]-m) / den
					vo := ((b*Hkv+hk)*Tk + j) * Dv
					for d := 0; d < Dv; d++ {
						out[oo+d] += w * vs[vo+d]
					}
				}
			}
		}
	}
	return fromFloats(t, out)
}
