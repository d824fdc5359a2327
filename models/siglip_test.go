package models_test

import (
	"context"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// tinySiglipConfig is a small SigLIP: text 16 wide over 6 positions,
// vision 8x8 images in 4x4 patches.
const tinySiglipConfig = `{"model_type": "siglip", "architectures": ["SiglipModel"],
 "text_config": {"vocab_size": 50, "hidden_size": 16, "intermediate_size": 24, "num_hidden_layers": 1,
   "num_attention_heads": 2, "max_position_embeddings": 6},
 "vision_config": {"hidden_size": 16, "intermediate_size": 20, "num_hidden_layers": 1, "num_attention_heads": 2,
   "image_size": 8, "patch_size": 4}}`

// randomCheckpoint writes config and a model.safetensors holding random
// values for every weight the model's program for spec declares, and
// returns the directory and the weights by name.
func randomCheckpoint(t *testing.T, config string, m models.Model, spec models.Spec) (string, map[string][]float64) {
	t.Helper()
	f, err := frontend.Build("weights", func(g *frontend.Graph) error { return m.Build(g, spec, ir.Float32) })
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(7))
	tensors := map[string]*tensor.Tensor{}
	vals := map[string][]float64{}
	for _, p := range f.Params {
		if models.IsInputName(p.Name) {
			continue
		}
		n := p.Type.Shape.NumElements()
		x := make([]float32, n)
		v := make([]float64, n)
		for i := range x {
			x[i] = float32(rng.NormFloat64() * 0.5)
			v[i] = float64(x[i])
		}
		if tensors[p.Name], err = tensor.FromFloat32(p.Type.Shape, x); err != nil {
			t.Fatal(err)
		}
		vals[p.Name] = v
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "config.json"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := tensor.WriteSafetensorsFile(filepath.Join(dir, "model.safetensors"), tensors, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	return dir, vals
}

// TestSiglipAgainstHostReference runs a random tiny SiglipModel and its
// lone towers from one checkpoint and checks, against float64
// computations on the host from the same weights: the text pooler is
// head(last_hidden_state[:, -1]); the vision pooler is the
// attention-pooling head (probe, packed q/k/v in_proj, out_proj,
// LayerNorm, gelu_pytorch_tanh MLP, residual) over last_hidden_state;
// text_embeds and image_embeds are those poolers at unit length; and
// logits_per_text = text_embeds · image_embeds * exp(logit_scale) +
// logit_bias, logits_per_image its transpose. On every parity backend.
func TestSiglipAgainstHostReference(t *testing.T) {
	cfg, err := models.ParseConfig([]byte(tinySiglipConfig), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	dual, err := models.New(cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	spec := models.ImageTextSpec(3, 6, 2)
	dir, w := randomCheckpoint(t, tinySiglipConfig, dual, spec)
	ids := int64Tensor(t, [][]int64{{5, 9, 13, 2, 1, 1}, {3, 4, 5, 6, 7, 1}, {49, 1, 1, 1, 1, 1}})
	mask := int64Tensor(t, [][]int64{{1, 1, 1, 1, 1, 0}, {1, 1, 1, 1, 1, 1}, {1, 1, 0, 0, 0, 0}})
	px := make([]float32, 2*3*8*8)
	for i := range px {
		px[i] = float32(math.Sin(float64(i) * 0.37))
	}
	pv, _ := tensor.FromFloat32(ir.Shape{2, 3, 8, 8}, px)
	forEachBackend(t, func(t *testing.T, be backends.Backend) { siglipHostCheck(t, dir, w, spec, ids, mask, pv, be) })
}

func siglipHostCheck(t *testing.T, dir string, w map[string][]float64, spec models.Spec, ids, mask, pv *tensor.Tensor, be backends.Backend) {
	ctx := context.Background()
	run := func(arch string, spec models.Spec, in map[string]*tensor.Tensor) map[string]*tensor.Tensor {
		m := loadModel(t, dir, arch)
		r, _ := newRunner(t, m, dir, be, backends.CompileOptions{})
		r.RejectUnusedWeights(arch == "SiglipModel")
		out, err := r.Forward(ctx, spec, in)
		if err != nil {
			t.Fatalf("%s: %v", arch, err)
		}
		return out
	}
	both := run("SiglipModel", spec, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputAttentionMask: mask, models.InputPixelValues: pv})
	text := run("SiglipTextModel", models.Spec{Batch: 3, Seq: 6}, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputAttentionMask: mask})
	vision := run("SiglipVisionModel", models.Spec{Batch: 2, Seq: 4}, map[string]*tensor.Tensor{models.InputPixelValues: pv})

	const c = 16
	near := func(what string, got, want []float64, tol float64) {
		t.Helper()
		if len(got) != len(want) {
			t.Fatalf("%s: %d values, want %d", what, len(got), len(want))
		}
		for i := range got {
			if d := math.Abs(got[i] - want[i]); d > tol || math.IsNaN(d) {
				t.Fatalf("%s[%d] = %v, want %v", what, i, got[i], want[i])
			}
		}
	}
	// Text: head(last_hidden_state[:, -1]).
	last := text[models.OutputLastHidden].Float64s() // (3, 6, 16)
	var pooledText []float64
	for b := 0; b < 3; b++ {
		pooledText = append(pooledText, linear(last[(b*6+5)*c:(b*6+6)*c], w["text_model.head.weight"], w["text_model.head.bias"])...)
	}
	near("text pooler_output", text[models.OutputPooler].Float64s(), pooledText, 1e-4)

	// Vision: the attention-pooling head on the post-LayerNorm states.
	h := vision[models.OutputLastHidden].Float64s() // (2, 4, 16)
	var pooledImage []float64
	for n := 0; n < 2; n++ {
		pooledImage = append(pooledImage, mapHead(h[n*4*c:(n+1)*4*c], 4, c, 2, w)...)
	}
	near("vision pooler_output", vision[models.OutputPooler].Float64s(), pooledImage, 1e-4)

	// Dual: unit embeddings and the scaled, biased similarities.
	te, ie := unit(pooledText, c), unit(pooledImage, c)
	near("text_embeds", both[models.OutputTextEmbeds].Float64s(), flatRows(te), 1e-5)
	near("image_embeds", both[models.OutputImageEmbeds].Float64s(), flatRows(ie), 1e-5)
	scale, bias := math.Exp(w["logit_scale"][0]), w["logit_bias"][0]
	var perText, perImage []float64
	for i := range te {
		for j := range ie {
			perText = append(perText, dot(te[i], ie[j])*scale+bias)
		}
	}
	for j := range ie {
		for i := range te {
			perImage = append(perImage, dot(te[i], ie[j])*scale+bias)
		}
	}
	near("logits_per_text", both[models.OutputLogitsPerText].Float64s(), perText, 1e-4)
	near("logits_per_image", both[models.OutputLogitsPerImage].Float64s(), perImage, 1e-4)
	near("vision_model_output.pooler_output", both[models.OutputVisionModel+models.OutputPooler].Float64s(), pooledImage, 1e-4)
}

// mapHead is SigLIP's attention-pooling head on one image's states h
// (T, C) in float64, from the weights by name.
func mapHead(h []float64, tokens, c, heads int, w map[string][]float64) []float64 {
	in, inB := w["vision_model.head.attention.in_proj_weight"], w["vision_model.head.attention.in_proj_bias"]
	proj := func(x []float64, i int) []float64 { return linear(x, in[i*c*c:(i+1)*c*c], inB[i*c:(i+1)*c]) }
	q := proj(w["vision_model.head.probe"], 0)
	d := c / heads
	o := make([]float64, c)
	for hd := 0; hd < heads; hd++ {
		scores := make([]float64, tokens)
		var ks, vs [][]float64
		for j := 0; j < tokens; j++ {
			k, v := proj(h[j*c:(j+1)*c], 1), proj(h[j*c:(j+1)*c], 2)
			ks, vs = append(ks, k), append(vs, v)
			scores[j] = dot(q[hd*d:(hd+1)*d], k[hd*d:(hd+1)*d]) / math.Sqrt(float64(d))
		}
		m := math.Inf(-1)
		for _, s := range scores {
			m = math.Max(m, s)
		}
		z := 0.0
		for j := range scores {
			scores[j] = math.Exp(scores[j] - m)
			z += scores[j]
		}
		for j := range scores {
			for e := 0; e < d; e++ {
				o[hd*d+e] += scores[j] / z * vs[j][hd*d+e]
			}
		}
	}
	o = linear(o, w["vision_model.head.attention.out_proj.weight"], w["vision_model.head.attention.out_proj.bias"])
	x := layerNorm(o, w["vision_model.head.layernorm.weight"], w["vision_model.head.layernorm.bias"], 1e-6)
	x = linear(x, w["vision_model.head.mlp.fc1.weight"], w["vision_model.head.mlp.fc1.bias"])
	for i, v := range x {
		x[i] = 0.5 * v * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(v+0.044715*v*v*v)))
	}
	x = linear(x, w["vision_model.head.mlp.fc2.weight"], w["vision_model.head.mlp.fc2.bias"])
	for i := range x {
		x[i] += o[i]
	}
	return x
}

// linear is x W^T + b for W (out, in) in row-major order.
func linear(x, wt, b []float64) []float64 {
	out := make([]float64, len(b))
	for o := range out {
		out[o] = b[o] + dot(x, wt[o*len(x):(o+1)*len(x)])
	}
	return out
}

func layerNorm(x, g, b []float64, eps float64) []float64 {
	mean, v := 0.0, 0.0
	for _, a := range x {
		mean += a
	}
	mean /= float64(len(x))
	for _, a := range x {
		v += (a - mean) * (a - mean)
	}
	v /= float64(len(x))
	out := make([]float64, len(x))
	for i, a := range x {
		out[i] = (a-mean)/math.Sqrt(v+eps)*g[i] + b[i]
	}
	return out
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func flatRows(rows [][]float64) []float64 {
	var out []float64
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}
