package models_test

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// tinyLlava returns a small LLaVA config: a 2-layer Llama (GQA) text
// model over a 40-token vocabulary whose last id is the image token, and
// a 3-layer vision tower on 8x8 images in 4x4 patches. vision selects the
// tower's model_type and extra holds more top-level fields.
func tinyLlava(vision, extra string) string {
	return `{"model_type": "llava", "architectures": ["LlavaForConditionalGeneration"], "image_token_id": 39,` + extra + `
 "text_config": {"model_type": "llama", "vocab_size": 40, "hidden_size": 16, "intermediate_size": 24, "num_hidden_layers": 2,
   "num_attention_heads": 2, "num_key_value_heads": 1, "rms_norm_eps": 1e-5, "tie_word_embeddings": false},
 "vision_config": {"model_type": "` + vision + `", "hidden_size": 12, "intermediate_size": 20, "num_hidden_layers": 3,
   "num_attention_heads": 2, "image_size": 8, "patch_size": 4, "layer_norm_eps": 1e-5, "hidden_act": "quick_gelu"}}`
}

// llavaCases are the variants the host reference checks: the default
// (layer -2, CLS dropped, CLIP), a list of layers with the full strategy
// and no projector bias, and a SigLIP tower (no CLS, no pre-LayerNorm,
// patch bias) with the last layer.
var llavaCases = []struct {
	name, config string
	tokens       int // image tokens per image
}{
	{"clip-default", tinyLlava("clip_vision_model", ""), 4},
	{"clip-full-layers", tinyLlava("clip_vision_model", `"vision_feature_layer": [-1, 0], "vision_feature_select_strategy": "full",
 "multimodal_projector_bias": false, "projector_hidden_act": "silu",`), 5},
	{"siglip-full", tinyLlava("siglip_vision_model", `"vision_feature_layer": -1, "vision_feature_select_strategy": "full",`), 4},
}

// TestLlavaAgainstHostReference runs random tiny LLaVA checkpoints and
// checks the logits against a float64 forward pass written from
// transformers' modeling_llava.py: the vision tower's hidden states at
// vision_feature_layer (CLS dropped under "default"), linear_1 -> act ->
// linear_2, the features put in order at the image tokens of the
// flattened batch (masked_scatter: row 0 holds two images, row 1 none,
// row 2 the third),
// then the Llama decoder. On every parity backend.
func TestLlavaAgainstHostReference(t *testing.T) {
	for _, tc := range llavaCases {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := models.ParseConfig([]byte(tc.config), "config.json")
			if err != nil {
				t.Fatal(err)
			}
			m, err := models.New(cfg, "")
			if err != nil {
				t.Fatal(err)
			}
			vl := m.(models.VisionLanguageModel)
			if vl.TokensPerImage() != tc.tokens {
				t.Fatalf("TokensPerImage() = %d, want %d", vl.TokensPerImage(), tc.tokens)
			}
			f := tc.tokens
			seq := 2*f + 3
			spec := models.Spec{Batch: 3, Seq: seq, Images: 3}
			dir, w := randomCheckpoint(t, tc.config, m, spec)
			// Row 0: text, image 0, text, image 1; row 1: text only; row 2:
			// text, image 2, text.
			row0 := []int{3}
			row0 = append(row0, repeat(39, f)...)
			row0 = append(row0, 7, 8)
			row0 = append(row0, repeat(39, f)...)
			row1 := make([]int, seq)
			for i := range row1 {
				row1[i] = (5 + 3*i) % 39
			}
			row2 := append([]int{5, 6}, repeat(39, f)...)
			for len(row2) < seq {
				row2 = append(row2, 10+len(row2))
			}
			ids := int64Tensor(t, [][]int64{int64s(row0), int64s(row1), int64s(row2)})
			px := make([]float32, 3*3*8*8)
			for i := range px {
				px[i] = float32(math.Sin(float64(i)*0.37) * 1.5)
			}
			pv, _ := tensor.FromFloat32(ir.Shape{3, 3, 8, 8}, px)

			want := hostLlava(cfg.(*models.LlavaConfig), w, [][]int{row0, row1, row2}, px)
			forEachBackend(t, func(t *testing.T, be backends.Backend) {
				r, _ := newRunner(t, m, dir, be, backends.CompileOptions{})
				r.RejectUnusedWeights(true)
				out, err := r.Forward(context.Background(), spec, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputPixelValues: pv})
				if err != nil {
					t.Fatal(err)
				}
				got := out[models.OutputLogits].Float64s()
				var flat []float64
				for _, row := range want {
					for _, l := range row {
						flat = append(flat, l...)
					}
				}
				if len(got) != len(flat) {
					t.Fatalf("%d logits, want %d", len(got), len(flat))
				}
				for i := range got {
					if d := math.Abs(got[i] - flat[i]); d > 1e-4 || math.IsNaN(d) {
						t.Fatalf("logits[%d] = %v, want %v", i, got[i], flat[i])
					}
				}
			})
		})
	}
}

func repeat(x, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = x
	}
	return out
}

func int64s(xs []int) []int64 {
	out := make([]int64, len(xs))
	for i, x := range xs {
		out[i] = int64(x)
	}
	return out
}

// hostLlava is LlavaForConditionalGeneration's logits (B, T, V) in float64
// for unpadded rows of ids and images px (N, 3, S, S).
func hostLlava(c *models.LlavaConfig, w map[string][]float64, ids [][]int, px []float32) [][][]float64 {
	v := c.Vision.Vision
	per := v.Channels * v.ImageSize * v.ImageSize
	var feats [][]float64 // (N*F, C) in order
	for n := 0; n*per < len(px); n++ {
		img := make([]float64, per)
		for i := range img {
			img[i] = float64(px[n*per+i])
		}
		deepest := 0
		for _, l := range c.FeatureLayers {
			deepest = max(deepest, l)
		}
		states := hostVisionStates(c.Vision, w, img, deepest)
		tokens := len(states[0])
		first := 0
		if c.SelectStrategy == "default" {
			first = 1
		}
		for t := first; t < tokens; t++ {
			var x []float64
			for _, l := range c.FeatureLayers {
				x = append(x, states[l][t]...)
			}
			p := "model.multi_modal_projector."
			h := hostLinear(w[p+"linear_1.weight"], w[p+"linear_1.bias"], x)
			for i := range h {
				h[i] = hostAct(c.ProjectorAct, h[i])
			}
			feats = append(feats, hostLinear(w[p+"linear_2.weight"], w[p+"linear_2.bias"], h))
		}
	}
	dec := newHostDecoder(c.Text, w)
	dec.base = "model.language_model."
	emb := w["model.language_model.embed_tokens.weight"]
	C := c.Text.Hidden
	k := 0
	var out [][][]float64
	for _, row := range ids {
		x := make([][]float64, len(row))
		for t, id := range row {
			if id == c.ImageTokenID {
				x[t] = feats[k]
				k++
				continue
			}
			x[t] = append([]float64(nil), emb[id*C:(id+1)*C]...)
		}
		out = append(out, dec.forwardEmbeds(x))
	}
	if k != len(feats) {
		panic("hostLlava: image tokens and features differ")
	}
	return out
}

// hostVisionStates is the CLIP / SigLIP vision tower's hidden_states
// 0..upTo (each (T, C)) for one image (ch, S, S), from the weights under
// model.vision_tower.vision_model.
func hostVisionStates(cc *models.CLIPConfig, w map[string][]float64, img []float64, upTo int) [][][]float64 {
	v, sig := cc.Vision, cc.SigLIP
	p := "model.vision_tower.vision_model."
	C, ps, S, ch := v.Hidden, v.PatchSize, v.ImageSize, v.Channels
	grid := S / ps
	var h [][]float64
	if !sig {
		h = append(h, append([]float64(nil), w[p+"embeddings.class_embedding"]...))
	}
	kw, kb := w[p+"embeddings.patch_embedding.weight"], w[p+"embeddings.patch_embedding.bias"]
	for gy := 0; gy < grid; gy++ {
		for gx := 0; gx < grid; gx++ {
			e := make([]float64, C)
			for o := 0; o < C; o++ {
				s := 0.0
				if kb != nil {
					s = kb[o]
				}
				for c := 0; c < ch; c++ {
					for ky := 0; ky < ps; ky++ {
						for kx := 0; kx < ps; kx++ {
							s += kw[((o*ch+c)*ps+ky)*ps+kx] * img[(c*S+gy*ps+ky)*S+gx*ps+kx]
						}
					}
				}
				e[o] = s
			}
			h = append(h, e)
		}
	}
	pos := w[p+"embeddings.position_embedding.weight"]
	for t := range h {
		for i := range h[t] {
			h[t][i] += pos[t*C+i]
		}
		if !sig {
			h[t] = layerNorm(h[t], w[p+"pre_layrnorm.weight"], w[p+"pre_layrnorm.bias"], v.LayerNormEps)
		}
	}
	states := [][][]float64{h}
	for l := 0; l < upTo; l++ {
		lp := p + "encoder.layers." + itoa(l) + "."
		h = hostEncoderLayer(lp, w, h, v.Heads, v.LayerNormEps, v.Act)
		states = append(states, h)
	}
	return states
}

// hostEncoderLayer is one pre-LayerNorm CLIP encoder layer over h (T, C).
func hostEncoderLayer(p string, w map[string][]float64, h [][]float64, heads int, eps float64, act string) [][]float64 {
	T, C := len(h), len(h[0])
	d := C / heads
	lin := func(name string, x []float64) []float64 { return hostLinear(w[p+name+".weight"], w[p+name+".bias"], x) }
	q, k, vv := make([][]float64, T), make([][]float64, T), make([][]float64, T)
	for t := range h {
		x := layerNorm(h[t], w[p+"layer_norm1.weight"], w[p+"layer_norm1.bias"], eps)
		q[t], k[t], vv[t] = lin("self_attn.q_proj", x), lin("self_attn.k_proj", x), lin("self_attn.v_proj", x)
	}
	out := make([][]float64, T)
	for t := range h {
		o := make([]float64, C)
		for hd := 0; hd < heads; hd++ {
			sc := make([]float64, T)
			m := math.Inf(-1)
			for j := range h {
				sc[j] = dot(q[t][hd*d:(hd+1)*d], k[j][hd*d:(hd+1)*d]) / math.Sqrt(float64(d))
				m = math.Max(m, sc[j])
			}
			z := 0.0
			for j := range sc {
				sc[j] = math.Exp(sc[j] - m)
				z += sc[j]
			}
			for j := range sc {
				for e := 0; e < d; e++ {
					o[hd*d+e] += sc[j] / z * vv[j][hd*d+e]
				}
			}
		}
		r := add(h[t], lin("self_attn.out_proj", o))
		f := lin("mlp.fc1", layerNorm(r, w[p+"layer_norm2.weight"], w[p+"layer_norm2.bias"], eps))
		for i := range f {
			f[i] = hostAct(act, f[i])
		}
		out[t] = add(r, lin("mlp.fc2", f))
	}
	return out
}

// TestLlavaInputErrors checks that a mismatch of image tokens and images,
// and pixel values of the wrong shape, are clear errors before anything
// runs.
func TestLlavaInputErrors(t *testing.T) {
	cfg, err := models.ParseConfig([]byte(llavaCases[0].config), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := models.New(cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	pv, _ := tensor.FromFloat32(ir.Shape{1, 3, 8, 8}, make([]float32, 3*64))
	bad, _ := tensor.FromFloat32(ir.Shape{1, 3, 4, 4}, make([]float32, 3*16))
	ids := int64Tensor(t, [][]int64{{1, 39, 39, 39, 2}})
	for _, tc := range []struct {
		name string
		spec models.Spec
		in   map[string]*tensor.Tensor
		want string
	}{
		{"too few image tokens", models.Spec{Batch: 1, Seq: 5, Images: 1}, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputPixelValues: pv}, "3 image tokens"},
		{"no pixels", models.Spec{Batch: 1, Seq: 5, Images: 1}, map[string]*tensor.Tensor{models.InputIDs: ids}, "pixel_values is required"},
		{"pixels without images", models.Spec{Batch: 1, Seq: 5}, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputPixelValues: pv}, "no images"},
		{"wrong size", models.Spec{Batch: 1, Seq: 5, Images: 1}, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputPixelValues: bad}, "want a float [1,3,8,8]"},
	} {
		_, err := models.CompleteInputs(m, tc.spec, tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

// TestLlavaConfigErrors checks that bad fields are named.
func TestLlavaConfigErrors(t *testing.T) {
	base := llavaCases[0].config
	for _, tc := range []struct{ name, config, want string }{
		{"strategy", strings.Replace(base, `"image_token_id": 39,`, `"image_token_id": 39, "vision_feature_select_strategy": "cls",`, 1), "vision_feature_select_strategy"},
		{"layer", strings.Replace(base, `"image_token_id": 39,`, `"image_token_id": 39, "vision_feature_layer": -5,`, 1), "vision_feature_layer: -5"},
		{"layer type", strings.Replace(base, `"image_token_id": 39,`, `"image_token_id": 39, "vision_feature_layer": "x",`, 1), "vision_feature_layer"},
		{"act", strings.Replace(base, `"image_token_id": 39,`, `"image_token_id": 39, "projector_hidden_act": "nope",`, 1), "projector_hidden_act"},
		{"no text", `{"model_type": "llava"}`, "text_config is missing"},
		{"text not a decoder", strings.Replace(base, `"model_type": "llama"`, `"model_type": "bert"`, 1), "text_config"},
		{"vision type", strings.Replace(base, `"clip_vision_model"`, `"vit"`, 1), "vision_config.model_type"},
		{"vision size", strings.Replace(base, `"patch_size": 4`, `"patch_size": 3`, 1), "vision_config"},
	} {
		_, err := models.ParseConfig([]byte(tc.config), "config.json")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

// TestLlavaTransformers4Names loads a checkpoint saved under the
// transformers 4 names (vision_tower.*, multi_modal_projector.*,
// language_model.model.*, language_model.lm_head.weight) and one without
// an LM head (tied to the input embedding), and checks they give the
// logits of the transformers 5 names.
func TestLlavaTransformers4Names(t *testing.T) {
	testLlavaRenamed(t)
}

// FuzzLlavaConfig checks that no config.json makes the parser panic and
// that a parsed config builds.
func FuzzLlavaConfig(f *testing.F) {
	for _, tc := range llavaCases {
		f.Add([]byte(tc.config))
	}
	f.Add([]byte(`{"model_type": "llava", "text_config": {"hidden_size": 4}}`))
	f.Add([]byte(`{"model_type": "llava", "vision_feature_layer": [], "text_config": null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := models.ParseConfig(data, "config.json")
		if err != nil {
			return
		}
		lc, ok := cfg.(*models.LlavaConfig)
		if !ok {
			return
		}
		if lc.Text.Hidden > 64 || lc.Text.Layers > 4 || lc.Vision.Vision.Hidden > 64 || lc.Vision.Vision.Layers > 4 ||
			lc.Vision.Vision.ImageSize > 64 || lc.Text.VocabSize > 1000 || lc.Text.Intermediate > 256 || lc.Vision.Vision.Intermediate > 256 {
			return // too big to build in a fuzz iteration
		}
		tm, err := models.New(lc.Text, "")
		if err != nil {
			return
		}
		if _, err := frontend.Build("text", func(g *frontend.Graph) error { return tm.Build(g, models.Spec{Batch: 1, Seq: 1}, ir.Float32) }); err != nil {
			return // the text model alone does not build: not LLaVA's to check
		}
		if _, err := models.New(cfg, "LlavaForConditionalGeneration"); err != nil { // architectures may name anything
			t.Fatalf("parsed config does not build: %v", err)
		}
	})
}

func testLlavaRenamed(t *testing.T) {
	tc := llavaCases[0]
	cfg, err := models.ParseConfig([]byte(tc.config), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := models.New(cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	spec := models.Spec{Batch: 1, Seq: 6, Images: 1}
	dir, _ := randomCheckpoint(t, tc.config, m, spec)
	ck, err := weights.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ck.Close()
	old := map[string]*tensor.Tensor{}
	tied := map[string]*tensor.Tensor{}
	for _, n := range ck.Names() {
		x, err := ck.Tensor(n)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case n == "lm_head.weight":
			old["language_model.lm_head.weight"] = x
		case strings.HasPrefix(n, "model.language_model."):
			old["language_model.model."+strings.TrimPrefix(n, "model.language_model.")] = x
		default:
			old[strings.TrimPrefix(n, "model.")] = x
		}
		if n == "lm_head.weight" {
			continue
		}
		tied[n] = x // a tied checkpoint has no lm_head
	}
	oldDir, tiedDir := t.TempDir(), t.TempDir()
	for d, ts := range map[string]map[string]*tensor.Tensor{oldDir: old, tiedDir: tied} {
		if err := os.WriteFile(filepath.Join(d, "config.json"), []byte(tc.config), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := tensor.WriteSafetensorsFile(filepath.Join(d, "model.safetensors"), ts, nil); err != nil {
			t.Fatal(err)
		}
	}
	ids := int64Tensor(t, [][]int64{{1, 39, 39, 39, 39, 2}})
	pv, _ := tensor.FromFloat32(ir.Shape{1, 3, 8, 8}, make([]float32, 3*64))
	in := map[string]*tensor.Tensor{models.InputIDs: ids, models.InputPixelValues: pv}
	logits := func(d string) []float64 {
		r, _ := newRunner(t, m, d, interp.New(), backends.CompileOptions{})
		r.RejectUnusedWeights(true)
		out, err := r.Forward(context.Background(), spec, in)
		if err != nil {
			t.Fatalf("%s: %v", d, err)
		}
		return out[models.OutputLogits].Float64s()
	}
	want, got := logits(dir), logits(oldDir)
	if !equalFloats(got, want) {
		t.Errorf("transformers 4 names: logits differ from the transformers 5 names'")
	}
	// Tied: the logits are the embedding's; compare with the embedding
	// written as lm_head under the 5 names.
	tiedRef := t.TempDir()
	withHead := map[string]*tensor.Tensor{}
	for n, x := range tied {
		withHead[n] = x
	}
	withHead["lm_head.weight"] = tied["model.language_model.embed_tokens.weight"]
	if err := os.WriteFile(filepath.Join(tiedRef, "config.json"), []byte(tc.config), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := tensor.WriteSafetensorsFile(filepath.Join(tiedRef, "model.safetensors"), withHead, nil); err != nil {
		t.Fatal(err)
	}
	if got, want := logits(tiedDir), logits(tiedRef); !equalFloats(got, want) {
		t.Errorf("tied checkpoint: logits differ from those with lm_head = embed_tokens")
	}
}
