package models_test

import (
	"math"

	"github.com/kiln-ml/kiln/models"
)

// hostDecoder is a float64 forward pass of the shared decoder's families
// written from transformers' modeling files (Gemma 2/3, Phi-3, GPT-NeoX,
// Llama), for one unpadded sequence at positions 0..T-1: the reference
// the families' random tiny checkpoints are checked against. It reads the
// weights by their Hugging Face names; the config tells it the family's
// wiring.
type hostDecoder struct {
	c *models.DecoderConfig
	w map[string][]float64
	// router collects the router logits of every sparse layer's tokens
	// (moe_ref_test.go).
	router [][]float64
	// base, attn, out, embed, final, head are the module names.
	base, attn, out, embed, final, head string
}

func newHostDecoder(c *models.DecoderConfig, w map[string][]float64) *hostDecoder {
	h := &hostDecoder{c: c, w: w, base: "model.", attn: "self_attn.", out: "o_proj.", embed: "embed_tokens", final: "norm", head: "lm_head"}
	if c.Layout.QKV == models.QKVHeadInterleaved {
		h.base, h.attn, h.out, h.embed, h.final, h.head = "gpt_neox.", "attention.", "dense.", "embed_in", "final_layer_norm", "embed_out"
	}
	if c.ModelType == "gemma3" { // Gemma3ForConditionalGeneration, transformers 5 names
		h.base = "model.language_model."
	}
	return h
}

// param returns weight name, or nil when the checkpoint has none.
func (h *hostDecoder) param(name string) []float64 { return h.w[name] }

// linear is y = W x (+ b) for W stored (out, in).
func hostLinear(w, b, x []float64) []float64 {
	in := len(x)
	out := make([]float64, len(w)/in)
	for o := range out {
		s := 0.0
		for i, xi := range x {
			s += w[o*in+i] * xi
		}
		if b != nil {
			s += b[o]
		}
		out[o] = s
	}
	return out
}

func (h *hostDecoder) lin(prefix string, x []float64) []float64 {
	return hostLinear(h.param(prefix+"weight"), h.param(prefix+"bias"), x)
}

// norm applies the family's norm (RMS, Gemma's (1 + w) RMS, LayerNorm).
func (h *hostDecoder) norm(prefix string, x []float64) []float64 {
	w, b, eps := h.param(prefix+"weight"), h.param(prefix+"bias"), h.c.RMSNormEps
	n := float64(len(x))
	out := make([]float64, len(x))
	if h.c.Layout.Norm == models.NormLayerNorm {
		mean, v := 0.0, 0.0
		for _, xi := range x {
			mean += xi / n
		}
		for _, xi := range x {
			v += (xi - mean) * (xi - mean) / n
		}
		for i, xi := range x {
			out[i] = (xi-mean)/math.Sqrt(v+eps)*w[i] + b[i]
		}
		return out
	}
	ms := 0.0
	for _, xi := range x {
		ms += xi * xi / n
	}
	for i, xi := range x {
		scale := w[i]
		if h.c.Layout.Norm == models.NormRMSUnitOffset {
			scale = 1 + w[i]
		}
		out[i] = xi / math.Sqrt(ms+eps) * scale
	}
	return out
}

func hostAct(name string, x float64) float64 {
	switch name {
	case "silu":
		return x / (1 + math.Exp(-x))
	case "gelu":
		return 0.5 * x * (1 + math.Erf(x/math.Sqrt2))
	case "quick_gelu":
		return x / (1 + math.Exp(-1.702*x))
	case "gelu_pytorch_tanh", "gelu_new":
		return 0.5 * x * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(x+0.044715*x*x*x)))
	}
	panic("hostAct: " + name)
}

// ropeTable returns, for each position < n, cos and sin of the rotated
// pairs (rotary dim / 2 of each), already times the attention scaling.
func (h *hostDecoder) ropeTable(r models.Rope, n int) (cos, sin [][]float64) {
	c := h.c
	rd := int(float64(c.HeadDim) * r.PartialRotaryFactor)
	att := 1.0
	div := make([]float64, rd/2)
	for i := range div {
		div[i] = 1
	}
	switch r.Type {
	case "linear":
		for i := range div {
			div[i] = r.Factor
		}
	case "longrope":
		factor := float64(c.MaxPositions) / float64(r.OriginalMaxPositions)
		if r.Factor > 0 {
			factor = r.Factor
		}
		if factor > 1 {
			att = math.Sqrt(1 + math.Log(factor)/math.Log(float64(r.OriginalMaxPositions)))
		}
		ext := r.ShortFactor
		if n > r.OriginalMaxPositions {
			ext = r.LongFactor
		}
		copy(div, ext)
	case "default":
	default:
		panic("ropeTable: " + r.Type)
	}
	cos, sin = make([][]float64, n), make([][]float64, n)
	for p := 0; p < n; p++ {
		cos[p], sin[p] = make([]float64, rd/2), make([]float64, rd/2)
		for i := range div {
			inv := 1 / math.Pow(r.Theta, float64(2*i)/float64(rd)) / div[i]
			cos[p][i], sin[p][i] = math.Cos(float64(p)*inv)*att, math.Sin(float64(p)*inv)*att
		}
	}
	return cos, sin
}

// rotate applies rotate-half rotary to the first 2*len(cos) channels of x.
func rotate(x, cos, sin []float64) []float64 {
	out := append([]float64(nil), x...)
	half := len(cos)
	for i := 0; i < half; i++ {
		a, b := x[i], x[i+half]
		out[i] = a*cos[i] - b*sin[i]
		out[i+half] = b*cos[i] + a*sin[i]
	}
	return out
}

// forward returns the logits (T, V) of ids at positions 0..T-1.
func (h *hostDecoder) forward(ids []int) [][]float64 {
	c := h.c
	T, C := len(ids), c.Hidden
	emb := h.param(h.base + h.embed + ".weight")
	x := make([][]float64, T)
	for t, id := range ids {
		x[t] = append([]float64(nil), emb[id*C:(id+1)*C]...)
		if c.EmbedScale {
			for i := range x[t] {
				x[t][i] *= math.Sqrt(float64(C))
			}
		}
	}
	return h.forwardEmbeds(x)
}

// forwardEmbeds returns the logits (T, V) of the input embeddings x
// (T, C) at positions 0..T-1 (transformers' inputs_embeds).
func (h *hostDecoder) forwardEmbeds(x [][]float64) [][]float64 {
	c := h.c
	T, D := len(x), c.HeadDim
	gcos, gsin := h.ropeTable(c.Rope, T)
	lcos, lsin := gcos, gsin
	if c.LocalRope != nil {
		lcos, lsin = h.ropeTable(*c.LocalRope, T)
	}
	scale := c.AttnScale
	if scale == 0 {
		scale = 1 / math.Sqrt(float64(D))
	}
	for l := 0; l < c.Layers; l++ {
		p := h.base + "layers." + itoa(l) + "."
		a := p + h.attn
		cos, sin := gcos, gsin
		if c.LocalRope != nil && c.LayerTypes[l] == "sliding_attention" {
			cos, sin = lcos, lsin
		}
		// Projections, per position: q (H, D), k and v (Hkv, D).
		q, k, v := make([][][]float64, T), make([][][]float64, T), make([][][]float64, T)
		for t := 0; t < T; t++ {
			xn := h.norm(p+"input_layernorm.", x[t])
			var qf, kf, vf []float64
			switch c.Layout.QKV {
			case models.QKVSeparate:
				qf, kf, vf = h.lin(a+"q_proj.", xn), h.lin(a+"k_proj.", xn), h.lin(a+"v_proj.", xn)
			case models.QKVFused:
				y := h.lin(a+"qkv_proj.", xn)
				qd, kd := c.Heads*D, c.KVHeads*D
				qf, kf, vf = y[:qd], y[qd:qd+kd], y[qd+kd:]
			case models.QKVHeadInterleaved:
				y := h.lin(a+"query_key_value.", xn)
				for hd := 0; hd < c.Heads; hd++ {
					blk := y[hd*3*D : (hd+1)*3*D]
					qf, kf, vf = append(qf, blk[:D]...), append(kf, blk[D:2*D]...), append(vf, blk[2*D:]...)
				}
			}
			q[t], k[t], v[t] = heads(qf, D), heads(kf, D), heads(vf, D)
			for hd := range q[t] {
				if c.QKNorm {
					q[t][hd] = h.norm(a+"q_norm.", q[t][hd])
				}
				q[t][hd] = rotate(q[t][hd], cos[t], sin[t])
			}
			for hd := range k[t] {
				if c.QKNorm {
					k[t][hd] = h.norm(a+"k_norm.", k[t][hd])
				}
				k[t][hd] = rotate(k[t][hd], cos[t], sin[t])
			}
		}
		group := c.Heads / c.KVHeads
		attnOut := make([][]float64, T)
		for t := 0; t < T; t++ {
			var merged []float64
			for hd := 0; hd < c.Heads; hd++ {
				kh := hd / group
				scores := make([]float64, t+1)
				m := math.Inf(-1)
				for j := 0; j <= t; j++ {
					s := 0.0
					for d := 0; d < D; d++ {
						s += q[t][hd][d] * k[j][kh][d]
					}
					s *= scale
					if c.AttnSoftCap > 0 {
						s = c.AttnSoftCap * math.Tanh(s/c.AttnSoftCap)
					}
					if w := c.Windows[l]; w > 0 && t-j >= w {
						s = math.Inf(-1)
					}
					scores[j] = s
					m = math.Max(m, s)
				}
				o := make([]float64, D)
				z := 0.0
				for j, s := range scores {
					e := math.Exp(s - m)
					z += e
					for d := range o {
						o[d] += e * v[j][kh][d]
					}
				}
				for d := range o {
					o[d] /= z
				}
				merged = append(merged, o...)
			}
			attnOut[t] = h.lin(a+h.out, merged)
		}
		for t := 0; t < T; t++ {
			res := x[t]
			switch c.Layout.Residual {
			case models.ResidualParallel:
				mlp := h.mlp(p+"mlp.", h.norm(p+"post_attention_layernorm.", res))
				x[t] = add(add(mlp, attnOut[t]), res)
			case models.ResidualSandwich:
				r := add(res, h.norm(p+"post_attention_layernorm.", attnOut[t]))
				x[t] = add(r, h.norm(p+"post_feedforward_layernorm.", h.mlp(p+"mlp.", h.norm(p+"pre_feedforward_layernorm.", r))))
			default:
				r := add(res, attnOut[t])
				x[t] = add(r, h.ffn(l, p, h.norm(p+"post_attention_layernorm.", r)))
			}
		}
	}
	head := h.param(h.head + ".weight")
	if head == nil {
		head = h.param(h.base + h.embed + ".weight")
	}
	logits := make([][]float64, T)
	for t := range x {
		logits[t] = hostLinear(head, nil, h.norm(h.base+h.final+".", x[t]))
		if cp := c.FinalSoftCap; cp > 0 {
			for i, z := range logits[t] {
				logits[t][i] = cp * math.Tanh(z/cp)
			}
		}
	}
	return logits
}

func (h *hostDecoder) mlp(p string, x []float64) []float64 {
	c := h.c
	act := func(z float64) float64 { return hostAct(c.Act, z) }
	switch c.Layout.MLP {
	case models.MLPPlain:
		u := h.lin(p+"dense_h_to_4h.", x)
		for i := range u {
			u[i] = act(u[i])
		}
		return h.lin(p+"dense_4h_to_h.", u)
	case models.MLPGatedFused:
		y := h.lin(p+"gate_up_proj.", x)
		n := len(y) / 2
		u := make([]float64, n)
		for i := range u {
			u[i] = y[n+i] * act(y[i])
		}
		return h.lin(p+"down_proj.", u)
	}
	g, u := h.lin(p+"gate_proj.", x), h.lin(p+"up_proj.", x)
	for i := range u {
		u[i] *= act(g[i])
	}
	return h.lin(p+"down_proj.", u)
}

func heads(x []float64, d int) [][]float64 {
	out := make([][]float64, len(x)/d)
	for i := range out {
		out[i] = append([]float64(nil), x[i*d:(i+1)*d]...)
	}
	return out
}

func add(a, b []float64) []float64 {
	out := make([]float64, len(a))
	for i := range a {
		out[i] = a[i] + b[i]
	}
	return out
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
