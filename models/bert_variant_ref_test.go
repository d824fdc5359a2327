package models_test

import (
	"math"
	"testing"
)

// A float64 host reference of the BERT-like encoders and their heads,
// written from transformers' modeling_bert.py, modeling_roberta.py and
// modeling_distilbert.py. It reads the weights by their Hugging Face
// names, so a program that binds other names fails here.

type refWeights struct {
	t    *testing.T
	vals map[string][]float64
}

func (w refWeights) get(name string) []float64 {
	v, ok := w.vals[name]
	if !ok {
		w.t.Fatalf("reference: no weight %q in the program's parameters", name)
	}
	return v
}

// linear applies nn.Linear name (weight (out, in), bias (out)) to x.
func (w refWeights) linear(name string, x []float64, out int) []float64 {
	W, b := w.get(name+".weight"), w.get(name+".bias")
	in := len(x)
	y := make([]float64, out)
	for o := range y {
		s := b[o]
		for i := 0; i < in; i++ {
			s += W[o*in+i] * x[i]
		}
		y[o] = s
	}
	return y
}

// layerNorm applies nn.LayerNorm name to x.
func (w refWeights) layerNorm(name string, x []float64, eps float64) []float64 {
	g, b := w.get(name+".weight"), w.get(name+".bias")
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
		y[i] = (v-mean)/math.Sqrt(vr+eps)*g[i] + b[i]
	}
	return y
}

func refGelu(x float64) float64 { return 0.5 * x * (1 + math.Erf(x/math.Sqrt2)) }

func mapVec(x []float64, f func(float64) float64) []float64 {
	y := make([]float64, len(x))
	for i, v := range x {
		y[i] = f(v)
	}
	return y
}

func addVec(a, b []float64) []float64 {
	y := make([]float64, len(a))
	for i := range a {
		y[i] = a[i] + b[i]
	}
	return y
}

// refEncoderCfg is the shape of a tiny reference model.
type refEncoderCfg struct {
	family                          string // "bert", "roberta", "distilbert"
	hidden, heads, inter, layers, v int
	pad                             int
	eps                             float64
}

// names returns the prefix, the layer list and the layer's weight names
// (q, k, v, out, attention norm, fc1, fc2, output norm) of the family.
func (c refEncoderCfg) names() (prefix, layers string, n [8]string) {
	if c.family == "distilbert" {
		return "distilbert", "transformer.layer", [8]string{"attention.q_lin", "attention.k_lin", "attention.v_lin",
			"attention.out_lin", "sa_layer_norm", "ffn.lin1", "ffn.lin2", "output_layer_norm"}
	}
	return c.family, "encoder.layer", [8]string{"attention.self.query", "attention.self.key", "attention.self.value",
		"attention.output.dense", "attention.output.LayerNorm", "intermediate.dense", "output.dense", "output.LayerNorm"}
}

// refEncode returns last_hidden_state (B, T, C) of ids under mask (1 =
// attend), with token types (zeros when nil) for BERT and RoBERTa.
func refEncode(w refWeights, c refEncoderCfg, ids, mask, types [][]int64) [][][]float64 {
	prefix, layers, n := c.names()
	e := prefix + ".embeddings."
	word, posE := w.get(e+"word_embeddings.weight"), w.get(e+"position_embeddings.weight")
	C, D := c.hidden, c.hidden/c.heads
	out := make([][][]float64, len(ids))
	for b, row := range ids {
		T := len(row)
		h := make([][]float64, T)
		cum := int64(0)
		for t, id := range row {
			pos := int64(t)
			if c.family == "roberta" { // create_position_ids_from_input_ids
				if id != int64(c.pad) {
					cum++
					pos = cum + int64(c.pad)
				} else {
					pos = int64(c.pad)
				}
			}
			x := addVec(word[id*int64(C):(id+1)*int64(C)], posE[pos*int64(C):(pos+1)*int64(C)])
			if c.family != "distilbert" {
				tt := int64(0)
				if types != nil {
					tt = types[b][t]
				}
				x = addVec(x, w.get(e + "token_type_embeddings.weight")[tt*int64(C):(tt+1)*int64(C)])
			}
			h[t] = w.layerNorm(e+"LayerNorm", x, c.eps)
		}
		for l := 0; l < c.layers; l++ {
			s := func(name string) string { return prefix + "." + layers + "." + itoa(l) + "." + name }
			q, k, v := make([][]float64, T), make([][]float64, T), make([][]float64, T)
			for t := range h {
				q[t], k[t], v[t] = w.linear(s(n[0]), h[t], C), w.linear(s(n[1]), h[t], C), w.linear(s(n[2]), h[t], C)
			}
			next := make([][]float64, T)
			for t := range h {
				o := make([]float64, C)
				for hd := 0; hd < c.heads; hd++ {
					sc := make([]float64, T)
					m := math.Inf(-1)
					for j := 0; j < T; j++ {
						sc[j] = math.Inf(-1)
						if mask[b][j] == 0 {
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
				a := w.layerNorm(s(n[4]), addVec(w.linear(s(n[3]), o, C), h[t]), c.eps)
				f := w.linear(s(n[6]), mapVec(w.linear(s(n[5]), a, c.inter), refGelu), C)
				next[t] = w.layerNorm(s(n[7]), addVec(f, a), c.eps)
			}
			h = next
		}
		out[b] = h
	}
	return out
}

// refHead computes a head's outputs from last_hidden_state h of one
// sequence: "logits" per token (masked LM, token classification) or per
// sequence, "start_logits"/"end_logits" for question answering.
func refHead(w refWeights, c refEncoderCfg, task string, h [][]float64, labels int) map[string][][]float64 {
	C := c.hidden
	tanh := math.Tanh
	relu := func(x float64) float64 { return math.Max(x, 0) }
	switch task {
	case "mlm":
		var dense, norm, bias string
		switch c.family {
		case "bert":
			dense, norm, bias = "cls.predictions.transform.dense", "cls.predictions.transform.LayerNorm", "cls.predictions.bias"
		case "roberta":
			dense, norm, bias = "lm_head.dense", "lm_head.layer_norm", "lm_head.bias"
		case "distilbert":
			dense, norm, bias = "vocab_transform", "vocab_layer_norm", "vocab_projector.bias"
		}
		word := w.get(c.names0() + ".embeddings.word_embeddings.weight") // tied decoder
		var rows [][]float64
		for _, x := range h {
			y := w.layerNorm(norm, mapVec(w.linear(dense, x, C), refGelu), c.eps)
			lg := append([]float64(nil), w.get(bias)...)
			for v := range lg {
				for i := 0; i < C; i++ {
					lg[v] += word[v*C+i] * y[i]
				}
			}
			rows = append(rows, lg)
		}
		return map[string][][]float64{"logits": rows}
	case "seq":
		first := h[0]
		switch c.family {
		case "bert":
			pooled := mapVec(w.linear("bert.pooler.dense", first, C), tanh)
			return map[string][][]float64{"logits": {w.linear("classifier", pooled, labels)}}
		case "roberta":
			x := mapVec(w.linear("classifier.dense", first, C), tanh)
			return map[string][][]float64{"logits": {w.linear("classifier.out_proj", x, labels)}}
		default:
			x := mapVec(w.linear("pre_classifier", first, C), relu)
			return map[string][][]float64{"logits": {w.linear("classifier", x, labels)}}
		}
	case "tok":
		var rows [][]float64
		for _, x := range h {
			rows = append(rows, w.linear("classifier", x, labels))
		}
		return map[string][][]float64{"logits": rows}
	case "qa":
		var st, en []float64
		for _, x := range h {
			se := w.linear("qa_outputs", x, 2)
			st, en = append(st, se[0]), append(en, se[1])
		}
		return map[string][][]float64{"start_logits": {st}, "end_logits": {en}}
	}
	return nil
}

func (c refEncoderCfg) names0() string { p, _, _ := c.names(); return p }
