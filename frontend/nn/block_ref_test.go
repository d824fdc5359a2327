package nn_test

import (
	"math"
)

// blockRef computes the transformer block of blockConfig c in plain
// float64 loops, written from the math and sharing no code with frontend,
// nn or interp. vals holds every parameter by name, row-major.
func blockRef(c blockConfig, vals map[string][]float64) []float64 {
	const pre = "model.layers.0."
	x := vals["hidden_states"]
	rows := c.b * c.t

	norm := func(name string, in []float64) []float64 {
		w := vals[pre+name+".weight"]
		bias := vals[pre+name+".bias"]
		out := make([]float64, len(in))
		for r := 0; r < rows; r++ {
			row := in[r*c.c : (r+1)*c.c]
			var mean, ms float64
			for _, v := range row {
				mean += v
				ms += v * v
			}
			mean /= float64(c.c)
			ms /= float64(c.c)
			for i, v := range row {
				if c.layerNorm {
					var variance float64
					for _, u := range row {
						variance += (u - mean) * (u - mean)
					}
					variance /= float64(c.c)
					out[r*c.c+i] = (v-mean)/math.Sqrt(variance+1e-5)*w[i] + bias[i]
				} else {
					out[r*c.c+i] = v / math.Sqrt(ms+1e-6) * w[i]
				}
			}
		}
		return out
	}
	// linear applies W (out, in) and the optional bias to every row.
	linear := func(name string, in []float64, nIn, nOut int) []float64 {
		w := vals[pre+name+".weight"]
		bias := vals[pre+name+".bias"]
		n := len(in) / nIn
		out := make([]float64, n*nOut)
		for r := 0; r < n; r++ {
			for o := 0; o < nOut; o++ {
				s := 0.0
				if bias != nil {
					s = bias[o]
				}
				for i := 0; i < nIn; i++ {
					s += in[r*nIn+i] * w[o*nIn+i]
				}
				out[r*nOut+o] = s
			}
		}
		return out
	}

	// Attention.
	h1 := norm("input_layernorm", x)
	q := linear("self_attn.q_proj", h1, c.c, c.hq*c.d)  // (B*T, Hq*D)
	k := linear("self_attn.k_proj", h1, c.c, c.hkv*c.d) // (B*T, Hkv*D)
	v := linear("self_attn.v_proj", h1, c.c, c.hkv*c.d)
	if c.qkNorm {
		headNorm := func(buf []float64, w []float64) {
			for h := 0; h < len(buf)/c.d; h++ {
				vec := buf[h*c.d : (h+1)*c.d]
				ms := 0.0
				for _, x := range vec {
					ms += x * x
				}
				r := 1 / math.Sqrt(ms/float64(c.d)+1e-6)
				for i := range vec {
					vec[i] *= r * w[i]
				}
			}
		}
		headNorm(q, vals[pre+"self_attn.q_norm.weight"])
		headNorm(k, vals[pre+"self_attn.k_norm.weight"])
	}
	inv := refInvFreq(c)
	rd := c.rope.Dim
	rotate := func(buf []float64, heads int) {
		for bt := 0; bt < rows; bt++ {
			pos := float64(bt % c.t)
			for h := 0; h < heads; h++ {
				vec := buf[(bt*heads+h)*c.d : (bt*heads+h+1)*c.d]
				old := append([]float64(nil), vec[:rd]...)
				for j := 0; j < rd; j++ {
					ang := pos * inv[j%(rd/2)]
					var rot float64 // rotate_half: (-x2, x1)
					if j < rd/2 {
						rot = -old[j+rd/2]
					} else {
						rot = old[j-rd/2]
					}
					vec[j] = old[j]*math.Cos(ang) + rot*math.Sin(ang)
				}
			}
		}
	}
	rotate(q, c.hq)
	rotate(k, c.hkv)
	attn := make([]float64, rows*c.hq*c.d) // (B, T, Hq*D), heads merged
	scale := 1 / math.Sqrt(float64(c.d))
	group := c.hq / c.hkv
	for b := 0; b < c.b; b++ {
		for h := 0; h < c.hq; h++ {
			kh := h / group
			for i := 0; i < c.t; i++ {
				qv := q[((b*c.t+i)*c.hq+h)*c.d:][:c.d]
				scores := make([]float64, c.t)
				maxS := math.Inf(-1)
				for j := 0; j < c.t; j++ {
					scores[j] = math.Inf(-1)
					visible := j <= i && !(b == c.maskLastKeyOfBatch && j == c.t-1)
					if !visible {
						continue
					}
					kv := k[((b*c.t+j)*c.hkv+kh)*c.d:][:c.d]
					s := 0.0
					for e := range qv {
						s += qv[e] * kv[e]
					}
					scores[j] = s * scale
					maxS = math.Max(maxS, scores[j])
				}
				den := 0.0
				for j := range scores {
					scores[j] = math.Exp(scores[j] - maxS)
					den += scores[j]
				}
				out := attn[((b*c.t+i)*c.hq+h)*c.d:][:c.d]
				for j := range scores {
					vv := v[((b*c.t+j)*c.hkv+kh)*c.d:][:c.d]
					for e := range out {
						out[e] += scores[j] / den * vv[e]
					}
				}
			}
		}
	}
	o := linear("self_attn.o_proj", attn, c.hq*c.d, c.c)
	h := make([]float64, len(x))
	for i := range h {
		h[i] = x[i] + o[i]
	}

	// MLP.
	h2 := norm("post_attention_layernorm", h)
	var m []float64
	if c.gated {
		gate := linear("mlp.gate_proj", h2, c.c, c.inter)
		up := linear("mlp.up_proj", h2, c.c, c.inter)
		for i := range gate {
			gate[i] = refAct(c.act, gate[i]) * up[i]
		}
		m = linear("mlp.down_proj", gate, c.inter, c.c)
	} else {
		a := linear("mlp.fc1", h2, c.c, c.inter)
		for i := range a {
			a[i] = refAct(c.act, a[i])
		}
		m = linear("mlp.fc2", a, c.inter, c.c)
	}
	out := make([]float64, len(h))
	for i := range out {
		out[i] = h[i] + m[i]
	}
	return out
}

func refAct(name string, x float64) float64 {
	switch name {
	case "silu":
		return x / (1 + math.Exp(-x))
	case "gelu":
		return 0.5 * x * (1 + math.Erf(x/math.Sqrt2))
	case "gelu_pytorch_tanh", "gelu_new":
		return 0.5 * x * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(x+0.044715*x*x*x)))
	}
	panic("refAct: no reference for " + name)
}

// refInvFreq computes RoPE inverse frequencies in float64 from the
// published formulas (RoFormer; linear position interpolation; Llama 3.1's
// wavelength-banded scaling).
func refInvFreq(c blockConfig) []float64 {
	r := c.rope
	inv := make([]float64, r.Dim/2)
	for i := range inv {
		inv[i] = math.Pow(r.Theta, -float64(2*i)/float64(r.Dim))
		switch r.Type {
		case "linear":
			inv[i] /= r.Factor
		case "llama3":
			lowWavelen := float64(r.OriginalMaxPositionEmbeddings) / r.LowFreqFactor
			highWavelen := float64(r.OriginalMaxPositionEmbeddings) / r.HighFreqFactor
			wl := 2 * math.Pi / inv[i]
			if wl > lowWavelen {
				inv[i] /= r.Factor
			} else if wl >= highWavelen {
				t := (float64(r.OriginalMaxPositionEmbeddings)/wl - r.LowFreqFactor) / (r.HighFreqFactor - r.LowFreqFactor)
				inv[i] = (1-t)*inv[i]/r.Factor + t*inv[i]
			}
		}
	}
	return inv
}
