package models_test

import (
	"math"
)

// A float64 host reference of ModernBERT and its heads, written from
// transformers' modeling_modernbert.py (the padded sdpa/eager path: the
// bidirectional mask, and |i - j| <= local_attention/2 on sliding
// layers). It reads the weights by their Hugging Face names.

// refMBertCfg is the shape of a tiny reference ModernBERT.
type refMBertCfg struct {
	hidden, heads, inter, layers, v int
	local                           int     // local_attention
	sliding                         []bool  // per layer
	globalTheta, localTheta         float64 // rope_theta of full / sliding layers
	eps                             float64 // norm_eps
	normBias, attnBias, mlpBias     bool    // LayerNorm, Wqkv/Wo, Wi/Wo biases
	clsBias, decBias                bool    // head.dense, decoder biases
	meanPool                        bool    // classifier_pooling "mean"
}

// linearB applies nn.Linear name to x, with its bias when bias is set.
func (w refWeights) linearB(name string, x []float64, out int, bias bool) []float64 {
	if bias {
		return w.linear(name, x, out)
	}
	W := w.get(name + ".weight")
	y := make([]float64, out)
	for o := range y {
		for i, xi := range x {
			y[o] += W[o*len(x)+i] * xi
		}
	}
	return y
}

// layerNormB is nn.LayerNorm(bias=bias).
func (w refWeights) layerNormB(name string, x []float64, eps float64, bias bool) []float64 {
	if bias {
		return w.layerNorm(name, x, eps)
	}
	g := w.get(name + ".weight")
	mean, vr := 0.0, 0.0
	for _, v := range x {
		mean += v
	}
	mean /= float64(len(x))
	for _, v := range x {
		vr += (v - mean) * (v - mean)
	}
	vr /= float64(len(x))
	y := make([]float64, len(x))
	for i, v := range x {
		y[i] = (v - mean) / math.Sqrt(vr+eps) * g[i]
	}
	return y
}

// refRotate applies rotary embedding at position p with base theta to
// every head of x (heads of D channels, rotate_half convention).
func refRotate(x []float64, heads int, p int, theta float64) []float64 {
	D := len(x) / heads
	half := D / 2
	y := make([]float64, len(x))
	for h := 0; h < heads; h++ {
		o := h * D
		for i := 0; i < D; i++ {
			inv := 1 / math.Pow(theta, float64(2*(i%half))/float64(D))
			a := float64(p) * inv
			var rot float64 // rotate_half: [-x2, x1]
			if i < half {
				rot = -x[o+i+half]
			} else {
				rot = x[o+i-half]
			}
			y[o+i] = x[o+i]*math.Cos(a) + rot*math.Sin(a)
		}
	}
	return y
}

// refModernBert returns last_hidden_state (B, T, C) after final_norm.
func refModernBert(w refWeights, c refMBertCfg, ids, mask [][]int64) [][][]float64 {
	C, D := c.hidden, c.hidden/c.heads
	tok := w.get("model.embeddings.tok_embeddings.weight")
	out := make([][][]float64, len(ids))
	for b, row := range ids {
		T := len(row)
		h := make([][]float64, T)
		for t, id := range row {
			h[t] = w.layerNormB("model.embeddings.norm", tok[id*int64(C):(id+1)*int64(C)], c.eps, c.normBias)
		}
		for l := 0; l < c.layers; l++ {
			s := func(name string) string { return "model.layers." + itoa(l) + "." + name }
			theta := c.globalTheta
			if c.sliding[l] {
				theta = c.localTheta
			}
			q, k, v := make([][]float64, T), make([][]float64, T), make([][]float64, T)
			for t := range h {
				x := h[t]
				if l > 0 {
					x = w.layerNormB(s("attn_norm"), x, c.eps, c.normBias)
				}
				qkv := w.linearB(s("attn.Wqkv"), x, 3*C, c.attnBias)
				q[t], k[t], v[t] = refRotate(qkv[:C], c.heads, t, theta), refRotate(qkv[C:2*C], c.heads, t, theta), qkv[2*C:]
			}
			next := make([][]float64, T)
			for t := range h {
				o := make([]float64, C)
				for hd := 0; hd < c.heads; hd++ {
					sc := make([]float64, T)
					m := math.Inf(-1)
					for j := 0; j < T; j++ {
						sc[j] = math.Inf(-1)
						if mask[b][j] == 0 || (c.sliding[l] && abs(t-j) > c.local/2) {
							continue
						}
						d := 0.0
						for i := hd * D; i < (hd+1)*D; i++ {
							d += q[t][i] * k[j][i]
						}
						sc[j] = d / math.Sqrt(float64(D))
						m = math.Max(m, sc[j])
					}
					z := 0.0
					for j := range sc {
						sc[j] = math.Exp(sc[j] - m)
						z += sc[j]
					}
					for j := range sc {
						for i := hd * D; i < (hd+1)*D; i++ {
							o[i] += sc[j] / z * v[j][i]
						}
					}
				}
				a := addVec(h[t], w.linearB(s("attn.Wo"), o, C, c.attnBias))
				wi := w.linearB(s("mlp.Wi"), w.layerNormB(s("mlp_norm"), a, c.eps, c.normBias), 2*c.inter, c.mlpBias)
				g := make([]float64, c.inter)
				for i := range g {
					g[i] = refGelu(wi[i]) * wi[c.inter+i]
				}
				next[t] = addVec(a, w.linearB(s("mlp.Wo"), g, C, c.mlpBias))
			}
			h = next
		}
		for t := range h {
			h[t] = w.layerNormB("model.final_norm", h[t], c.eps, c.normBias)
		}
		out[b] = h
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// refModernBertHead computes a head's outputs from last_hidden_state h
// of one sequence under its mask: "logits" per token (mlm, tok) or per
// sequence (seq), "start_logits"/"end_logits" (qa).
func refModernBertHead(w refWeights, c refMBertCfg, task string, h [][]float64, mask []int64, labels int) map[string][][]float64 {
	C := c.hidden
	predict := func(x []float64) []float64 {
		return w.layerNormB("head.norm", mapVec(w.linearB("head.dense", x, C, c.clsBias), refGelu), c.eps, c.normBias)
	}
	switch task {
	case "mlm":
		tok := w.get("model.embeddings.tok_embeddings.weight") // tied decoder
		var rows [][]float64
		for _, x := range h {
			y := predict(x)
			lg := make([]float64, c.v)
			if c.decBias {
				copy(lg, w.get("decoder.bias"))
			}
			for v := range lg {
				for i := 0; i < C; i++ {
					lg[v] += tok[v*C+i] * y[i]
				}
			}
			rows = append(rows, lg)
		}
		return map[string][][]float64{"logits": rows}
	case "seq":
		pooled := h[0]
		if c.meanPool {
			pooled = make([]float64, C)
			n := 0.0
			for t, x := range h {
				if mask[t] != 0 {
					pooled, n = addVec(pooled, x), n+1
				}
			}
			pooled = mapVec(pooled, func(v float64) float64 { return v / n })
		}
		return map[string][][]float64{"logits": {w.linear("classifier", predict(pooled), labels)}}
	case "tok":
		var rows [][]float64
		for _, x := range h {
			rows = append(rows, w.linear("classifier", predict(x), labels))
		}
		return map[string][][]float64{"logits": rows}
	case "qa":
		var st, en []float64
		for _, x := range h {
			se := w.linear("classifier", predict(x), 2)
			st, en = append(st, se[0]), append(en, se[1])
		}
		return map[string][][]float64{"start_logits": {st}, "end_logits": {en}}
	}
	return nil
}
