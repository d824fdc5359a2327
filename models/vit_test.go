package models_test

import (
	"context"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/processors/image"
	"github.com/kiln-ml/kiln/tensor"
)

type vitRef struct {
	PixelValues [][][][]float64 `json:"pixel_values"`
	Logits      [][]float64     `json:"logits"`
}

func flat4(x [][][][]float64) []float32 {
	var out []float32
	for _, a := range x {
		for _, b := range a {
			for _, c := range b {
				for _, v := range c {
					out = append(out, float32(v))
				}
			}
		}
	}
	return out
}

// TestViTImageClassificationParity compares ViTForImageClassification's
// logits with transformers on the shared vit-tiny fixture: once from the
// reference pixel_values, once end to end from image.png through
// processors/image (decode, torchvision-exact bilinear resize 48x40 ->
// 32x32, rescale, normalize), on every parity backend.
func TestViTImageClassificationParity(t *testing.T) {
	ref := readReference[vitRef](t, "vit-tiny")
	dir := fixtureDir("vit-tiny")
	proc, err := image.LoadProcessor(dir)
	if err != nil {
		t.Fatal(err)
	}
	img, err := image.DecodeFile(filepath.Join(dir, "image.png"), image.DecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	processed, err := proc.PixelValues([]*image.RGB{img})
	if err != nil {
		t.Fatal(err)
	}
	forEachBackend(t, func(t *testing.T, be backends.Backend) {
		r := openRunner(t, "vit-tiny", be)
		im, ok := r.Model().(models.ImageModel)
		if !ok || r.Model().Arch() != "ViTForImageClassification" || r.Model().Task() != models.TaskImageClassification {
			t.Fatalf("model is %s (%s), image model %v", r.Model().Arch(), r.Model().Task(), ok)
		}
		if c, h, w := im.PixelShape(); c != 3 || h != 32 || w != 32 || im.ImageTokens() != 17 {
			t.Fatalf("pixel shape %d,%d,%d tokens %d", c, h, w, im.ImageTokens())
		}
		pv, err := tensor.FromFloat32(ir.Shape{1, 3, 32, 32}, flat4(ref.PixelValues))
		if err != nil {
			t.Fatal(err)
		}
		for name, in := range map[string]*tensor.Tensor{"reference pixel_values": pv, "image.png": processed} {
			out, err := r.Forward(context.Background(), models.ImageSpec(im, 1), map[string]*tensor.Tensor{models.InputPixelValues: in})
			if err != nil {
				t.Fatal(err)
			}
			if len(out) != 1 {
				t.Errorf("%s: outputs %v, want logits only (ImageClassifierOutput)", name, keys(out))
			}
			got := out[models.OutputLogits].Float64s()
			for i, w := range ref.Logits[0] {
				if d := math.Abs(got[i] - w); d > tol || math.IsNaN(d) {
					t.Errorf("%s: logit %d = %.6f, want %.6f", name, i, got[i], w)
				}
			}
		}
	})
}

func keys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

// TestViTModelFromClassifierCheckpoint builds ViTModel over the
// classifier's checkpoint (the vit. prefix is stripped as for BERT):
// last_hidden_state (1, 17, 64) and, without pooler weights, NoPooler.
// A batch of two equal images gives equal rows.
func TestViTModelFromClassifierCheckpoint(t *testing.T) {
	dir := fixtureDir("vit-tiny")
	cfg, err := models.LoadConfig(dir)
	if err != nil {
		t.Fatal(err)
	}
	vc := *cfg.(*models.ViTConfig)
	vc.NoPooler = true
	m, err := models.New(&vc, "ViTModel")
	if err != nil {
		t.Fatal(err)
	}
	r, _ := newRunner(t, m, dir, interp.New(), backends.CompileOptions{})
	vals := make([]float32, 2*3*32*32)
	for i := range vals {
		vals[i] = float32(math.Sin(float64(i % 3072)))
	}
	pv, _ := tensor.FromFloat32(ir.Shape{2, 3, 32, 32}, vals)
	out, err := r.Forward(context.Background(), models.ImageSpec(m.(models.ImageModel), 2), map[string]*tensor.Tensor{models.InputPixelValues: pv})
	if err != nil {
		t.Fatal(err)
	}
	h := out[models.OutputLastHidden]
	if h == nil || !h.Shape.Equal(ir.Shape{2, 17, 64}) || out[models.OutputPooler] != nil {
		t.Fatalf("outputs %v", out)
	}
	x := h.Float64s()
	for i := 0; i < 17*64; i++ {
		if x[i] != x[17*64+i] {
			t.Fatalf("equal images differ at %d: %v vs %v", i, x[i], x[17*64+i])
		}
	}
}

// TestViTInputErrors: wrong image sizes and token inputs are refused with
// errors that say what the model takes.
func TestViTInputErrors(t *testing.T) {
	r := openRunner(t, "vit-tiny", interp.New())
	im := r.Model().(models.ImageModel)
	small, _ := tensor.FromFloat32(ir.Shape{1, 3, 16, 16}, make([]float32, 3*16*16))
	ids, _ := tensor.FromInt64(ir.Int64, ir.Shape{1, 17}, make([]int64, 17))
	for _, c := range []struct {
		spec models.Spec
		in   map[string]*tensor.Tensor
		want string
	}{
		{models.ImageSpec(im, 1), map[string]*tensor.Tensor{models.InputPixelValues: small}, "32x32 image size"},
		{models.ImageSpec(im, 1), map[string]*tensor.Tensor{models.InputIDs: ids}, "takes pixel_values"},
		{models.ImageSpec(im, 1), nil, "pixel_values is required"},
		{models.Spec{Batch: 1, Seq: 5}, map[string]*tensor.Tensor{models.InputPixelValues: small}, ""},
	} {
		_, err := r.Forward(context.Background(), c.spec, c.in)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("spec %s: error %v, want one containing %q", c.spec, err, c.want)
		}
	}
	if _, err := r.Program(context.Background(), models.Spec{Batch: 1, Seq: 5}); err == nil || !strings.Contains(err.Error(), "interpolating position embeddings") {
		t.Errorf("other token count: %v", err)
	}
}

func TestViTConfigErrors(t *testing.T) {
	for cfg, want := range map[string]string{
		`{"model_type": "vit", "image_size": 30, "patch_size": 8}`:           "not a multiple of patch_size",
		`{"model_type": "vit", "hidden_size": 10, "num_attention_heads": 3}`: "not a multiple of num_attention_heads",
		`{"model_type": "vit", "hidden_act": "swishy"}`:                      "hidden_act",
		`{"model_type": "vit", "patch_size": 0}`:                             "patch_size",
	} {
		_, err := models.ParseConfig([]byte(cfg), "vit.json")
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", cfg, err, want)
		}
	}
}
