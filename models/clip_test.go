package models_test

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/processors/image"
	"github.com/kiln-ml/kiln/tensor"
)

// imageTextRef is the reference.json of a CLIP or SigLIP fixture.
type imageTextRef struct {
	PixelValues    [][][][]float64 `json:"pixel_values"`
	InputIDs       [][]int64       `json:"input_ids"`
	AttentionMask  [][]int64       `json:"attention_mask"`
	TextEmbeds     [][]float64     `json:"text_embeds"`
	ImageEmbeds    [][]float64     `json:"image_embeds"`
	LogitsPerImage [][]float64     `json:"logits_per_image"`
}

// checkRows compares got (flattened rows) with want within tol.
func checkRows(t *testing.T, what string, got *tensor.Tensor, want [][]float64) {
	t.Helper()
	if got == nil {
		t.Fatalf("%s: missing", what)
	}
	if len(want) == 0 || !got.Shape.Equal(ir.Shape{len(want), len(want[0])}) {
		t.Fatalf("%s: shape %s, want (%d, %d)", what, got.Shape, len(want), len(want[0]))
	}
	x := got.Float64s()
	bad := 0
	for i, row := range want {
		for j, w := range row {
			if d := math.Abs(x[i*len(row)+j] - w); d > tol || math.IsNaN(d) {
				if bad++; bad <= 5 {
					t.Errorf("%s[%d][%d] = %.6f, want %.6f", what, i, j, x[i*len(row)+j], w)
				}
			}
		}
	}
}

// imageTextParity runs fixture name (a CLIPModel or SiglipModel with a
// reference.json) on every parity backend: from the reference
// pixel_values, and end to end from image.png (image2.png, ... for more
// images) through the fixture's image processor; text_embeds, image_embeds, logits_per_image (and its
// transpose logits_per_text) within tol.
func imageTextParity(t *testing.T, name string) {
	ref := readReference[imageTextRef](t, name)
	dir := fixtureDir(name)
	proc, err := image.LoadProcessor(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := len(ref.PixelValues)
	files := []string{filepath.Join(dir, "image.png")}
	for i := 2; i <= n; i++ {
		files = append(files, filepath.Join(dir, fmt.Sprintf("image%d.png", i)))
	}
	processed, err := proc.PixelValuesFromFiles(files, image.DecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	pv, err := tensor.FromFloat32(ir.Shape{n, len(ref.PixelValues[0]), len(ref.PixelValues[0][0]), len(ref.PixelValues[0][0][0])}, flat4(ref.PixelValues))
	if err != nil {
		t.Fatal(err)
	}
	forEachBackend(t, func(t *testing.T, be backends.Backend) {
		r := openRunner(t, name, be)
		m, ok := r.Model().(models.ImageTextModel)
		if !ok || r.Model().Task() != models.TaskImageTextMatching {
			t.Fatalf("%s is %s, image-text model %v", r.Model().Arch(), r.Model().Task(), ok)
		}
		spec := models.ImageTextSpec(len(ref.InputIDs), len(ref.InputIDs[0]), n)
		inputs := map[string]*tensor.Tensor{"reference pixel_values": pv, "image files": processed}
		for what, in := range inputs {
			out, err := r.Forward(context.Background(), spec, map[string]*tensor.Tensor{
				models.InputIDs: int64Tensor(t, ref.InputIDs), models.InputAttentionMask: int64Tensor(t, ref.AttentionMask), models.InputPixelValues: in})
			if err != nil {
				t.Fatal(err)
			}
			checkRows(t, what+": text_embeds", out[models.OutputTextEmbeds], ref.TextEmbeds)
			checkRows(t, what+": image_embeds", out[models.OutputImageEmbeds], ref.ImageEmbeds)
			checkRows(t, what+": logits_per_image", out[models.OutputLogitsPerImage], ref.LogitsPerImage)
			perText := make([][]float64, len(ref.InputIDs))
			for i := range perText {
				for j := range ref.LogitsPerImage {
					perText[i] = append(perText[i], ref.LogitsPerImage[j][i])
				}
			}
			checkRows(t, what+": logits_per_text", out[models.OutputLogitsPerText], perText)
			co, err := models.AsCLIPOutput(out)
			if err != nil || co.TextModelOutput == nil || co.TextModelOutput.PoolerOutput == nil || co.VisionModelOutput == nil || co.VisionModelOutput.PoolerOutput == nil {
				t.Errorf("%s: CLIPOutput %+v (%v) from outputs %v", what, co, err, sortedKeys(out))
			}
			if len(out) != 8 {
				t.Errorf("%s: outputs %v, want CLIPOutput's 4 and the towers' 4", what, sortedKeys(out))
			}
		}
		if c, h, w := m.PixelShape(); c != 3 || h != len(ref.PixelValues[0][0]) || w != h {
			t.Errorf("pixel shape %d,%d,%d", c, h, w)
		}
	})
}

// TestCLIPParity: the shared clip-tiny fixture (CLIPModel, two texts, the
// second padded, one image), on interp and llvm.
func TestCLIPParity(t *testing.T) { imageTextParity(t, "clip-tiny") }

// TestSiglipParity replays testdata/models/siglip-tiny and
// clip-tiny-48 (written by scripts/siglip_fixture.py on a machine with
// transformers); it skips while they are absent.
func TestSiglipParity(t *testing.T) {
	for _, name := range []string{"siglip-tiny", "clip-tiny-48"} {
		t.Run(name, func(t *testing.T) {
			if _, err := os.Stat(fixtureDir(name)); err != nil {
				t.Skipf("%s is absent: run scripts/siglip_fixture.py where transformers is installed", name)
			}
			imageTextParity(t, name)
		})
	}
}

// unit normalizes each row of x (rows of width w).
func unit(x []float64, w int) [][]float64 {
	var out [][]float64
	for i := 0; i+w <= len(x); i += w {
		s := 0.0
		for _, v := range x[i : i+w] {
			s += v * v
		}
		row := make([]float64, w)
		for j, v := range x[i : i+w] {
			row[j] = v / math.Sqrt(s)
		}
		out = append(out, row)
	}
	return out
}

// TestCLIPTowersFromDualCheckpoint builds the lone towers over the
// clip-tiny checkpoint: CLIPTextModelWithProjection's and
// CLIPVisionModelWithProjection's embeddings (unnormalized, as
// transformers returns them) point where CLIPModel's do; CLIPTextModel
// and CLIPVisionModel return last_hidden_state and pooler_output.
func TestCLIPTowersFromDualCheckpoint(t *testing.T) {
	ref := readReference[imageTextRef](t, "clip-tiny")
	dir := fixtureDir("clip-tiny")
	pv, _ := tensor.FromFloat32(ir.Shape{1, 3, 32, 32}, flat4(ref.PixelValues))
	text := map[string]*tensor.Tensor{models.InputIDs: int64Tensor(t, ref.InputIDs), models.InputAttentionMask: int64Tensor(t, ref.AttentionMask)}
	for arch, want := range map[string][]string{
		"CLIPTextModelWithProjection":   {models.OutputTextEmbeds, models.OutputLastHidden},
		"CLIPTextModel":                 {models.OutputLastHidden, models.OutputPooler},
		"CLIPVisionModelWithProjection": {models.OutputImageEmbeds, models.OutputLastHidden},
		"CLIPVisionModel":               {models.OutputLastHidden, models.OutputPooler},
	} {
		m := loadModel(t, dir, arch)
		r, _ := newRunner(t, m, dir, referenceBackend(), backends.CompileOptions{})
		var out map[string]*tensor.Tensor
		var err error
		if im, ok := m.(models.ImageModel); ok {
			if im.ImageTokens() != 17 {
				t.Errorf("%s: %d image tokens, want 17", arch, im.ImageTokens())
			}
			out, err = r.Forward(context.Background(), models.ImageSpec(im, 1), map[string]*tensor.Tensor{models.InputPixelValues: pv})
		} else {
			out, err = r.Forward(context.Background(), models.Spec{Batch: 2, Seq: 7}, text)
		}
		if err != nil {
			t.Fatalf("%s: %v", arch, err)
		}
		if len(out) != len(want) {
			t.Errorf("%s: outputs %v, want %v", arch, sortedKeys(out), want)
		}
		for _, k := range want {
			if out[k] == nil {
				t.Errorf("%s: no %s", arch, k)
			}
		}
		if e := out[models.OutputTextEmbeds]; e != nil {
			checkRows(t, arch+" text_embeds normalized", mustTensor(t, unit(e.Float64s(), 32)), ref.TextEmbeds)
		}
		if e := out[models.OutputImageEmbeds]; e != nil {
			checkRows(t, arch+" image_embeds normalized", mustTensor(t, unit(e.Float64s(), 32)), ref.ImageEmbeds)
		}
	}
}

func mustTensor(t *testing.T, rows [][]float64) *tensor.Tensor {
	t.Helper()
	var flat []float32
	for _, r := range rows {
		for _, v := range r {
			flat = append(flat, float32(v))
		}
	}
	x, err := tensor.FromFloat32(ir.Shape{len(rows), len(rows[0])}, flat)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestCLIPPooledPosition: transformers pools CLIP's text at the first
// eos_token_id, or, for configs with the pre-#24773 eos_token_id 2, at
// the largest id. With a text whose EOS is followed by a larger id, the
// two rules pool different positions and so give different embeddings;
// the legacy rule equals the new one on a text whose largest id is its
// first EOS.
func TestCLIPPooledPosition(t *testing.T) {
	dir := fixtureDir("clip-tiny")
	embed := func(eos int, ids [][]int64) []float64 {
		cfg, err := models.LoadConfig(dir)
		if err != nil {
			t.Fatal(err)
		}
		c := *cfg.(*models.CLIPConfig)
		tc := *c.Text
		tc.EOSTokenID = eos
		c.Text = &tc
		m, err := models.New(&c, "CLIPTextModel")
		if err != nil {
			t.Fatal(err)
		}
		r, _ := newRunner(t, m, dir, referenceBackend(), backends.CompileOptions{})
		out, err := r.Forward(context.Background(), models.Spec{Batch: len(ids), Seq: len(ids[0])}, map[string]*tensor.Tensor{models.InputIDs: int64Tensor(t, ids)})
		if err != nil {
			t.Fatal(err)
		}
		return out[models.OutputPooler].Float64s()
	}
	row := [][]int64{{49406, 320, 1125, 49407, 7}}
	if a, b := embed(49407, row), embed(2, row); !equalFloats(a, b) {
		t.Errorf("the rules disagree on a text whose largest id is its EOS")
	}
	if a, b := embed(1125, row), embed(2, row); equalFloats(a, b) {
		t.Errorf("eos_token_id 1125 pools position 2, the legacy rule position 3: they agree")
	}
	padded := [][]int64{{49406, 320, 1125, 49407, 49407}}
	if a, b := embed(49407, row), embed(49407, padded); !equalFloats(a, b) {
		t.Errorf("first-EOS pooling depends on the tokens after the EOS (causal attention)")
	}
}

func equalFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i]-b[i]) > 1e-6 {
			return false
		}
	}
	return true
}

// TestCLIPInputErrors: missing images, wrong shapes and token types are
// refused with errors that say what the model takes.
func TestCLIPInputErrors(t *testing.T) {
	r := openRunner(t, "clip-tiny", referenceBackend())
	ids := int64Tensor(t, [][]int64{{49406, 49407}})
	pv, _ := tensor.FromFloat32(ir.Shape{1, 3, 32, 32}, make([]float32, 3*32*32))
	small, _ := tensor.FromFloat32(ir.Shape{1, 3, 16, 16}, make([]float32, 3*16*16))
	types := int64Tensor(t, [][]int64{{0, 0}})
	long := make([]int64, 78)
	for _, c := range []struct {
		spec models.Spec
		in   map[string]*tensor.Tensor
		want string
	}{
		{models.Spec{Batch: 1, Seq: 2}, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputPixelValues: pv}, "no images"},
		{models.ImageTextSpec(1, 2, 1), map[string]*tensor.Tensor{models.InputIDs: ids}, "pixel_values is required"},
		{models.ImageTextSpec(1, 2, 1), map[string]*tensor.Tensor{models.InputPixelValues: pv}, "input_ids is required"},
		{models.ImageTextSpec(1, 2, 1), map[string]*tensor.Tensor{models.InputIDs: ids, models.InputPixelValues: small}, "32x32 image size"},
		{models.ImageTextSpec(1, 2, 1), map[string]*tensor.Tensor{models.InputIDs: ids, models.InputPixelValues: pv, models.InputTokenTypeIDs: types}, "not input \"token_type_ids\""},
		{models.ImageTextSpec(1, 3, 1), map[string]*tensor.Tensor{models.InputIDs: ids, models.InputPixelValues: pv}, "want i64[1,3]"},
		{models.ImageTextSpec(1, 78, 1), map[string]*tensor.Tensor{models.InputIDs: int64Tensor(t, [][]int64{long}), models.InputPixelValues: pv}, "max_position_embeddings = 77"},
	} {
		_, err := r.Forward(context.Background(), c.spec, c.in)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("spec %s: error %v, want one containing %q", c.spec, err, c.want)
		}
	}
}

func TestCLIPConfigErrors(t *testing.T) {
	for cfg, want := range map[string]string{
		`{"model_type": "clip", "vision_config": {"image_size": 30, "patch_size": 8}}`:         "vision_config.image_size 30 is not a multiple",
		`{"model_type": "clip", "text_config": {"hidden_size": 10, "num_attention_heads": 3}}`: "text_config.hidden_size 10",
		`{"model_type": "clip", "text_config": {"hidden_act": "swishy"}}`:                      "text_config.hidden_act",
		`{"model_type": "clip", "text_config": {"hidden_size": "big"}}`:                        "text_config.hidden_size",
		`{"model_type": "clip", "projection_dim": 0}`:                                          "projection_dim",
		`{"model_type": "siglip", "text_config": {"projection_size": 10}}`:                     "",
		`{"model_type": "siglip_vision_model", "patch_size": 0}`:                               "patch_size",
		`{"model_type": "clip_text_model", "max_position_embeddings": -1}`:                     "max_position_embeddings",
		`{"model_type": "clip", "vision_config": {"attention_dropout": 2}}`:                    "vision_config.attention_dropout",
	} {
		c, err := models.ParseConfig([]byte(cfg), "clip.json")
		if err != nil && !strings.Contains(err.Error(), "clip.json") {
			t.Errorf("%s: error %q does not name the file", cfg, err)
		}
		if want == "" {
			// parses, but the towers' widths disagree: New refuses.
			if err == nil {
				_, err = models.New(c, "")
			}
			want = "projection_size 10 differs"
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", cfg, err, want)
		}
	}
	c, err := models.ParseConfig([]byte(`{"model_type": "clip_vision_model"}`), "v.json")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := models.New(c, "CLIPTextModel"); err == nil || !strings.Contains(err.Error(), "not supported") {
		t.Errorf("text model from a vision config: %v", err)
	}
	m, err := models.New(c, "")
	if err != nil || m.Arch() != "CLIPVisionModel" {
		t.Fatalf("default arch: %v %v", m, err)
	}
	if im := m.(models.ImageModel); im.ImageTokens() != 50 {
		t.Errorf("ViT-B/32 at 224: %d tokens, want 50", im.ImageTokens())
	}
}

// FuzzCLIPConfig: arbitrary config.json bytes never panic; an accepted
// dual or lone-tower config satisfies the documented invariants and,
// when small, every architecture builds.
func FuzzCLIPConfig(f *testing.F) {
	if b, err := os.ReadFile(fixtureDir("clip-tiny") + "/config.json"); err == nil {
		f.Add(b)
	}
	small := `"hidden_size": 8, "num_attention_heads": 2, "num_hidden_layers": 1, "intermediate_size": 4`
	for _, s := range []string{
		`{"model_type": "clip"}`,
		`{"model_type": "siglip", "text_config": {` + small + `, "vocab_size": 9, "max_position_embeddings": 4}, "vision_config": {` + small + `, "image_size": 8, "patch_size": 4}}`,
		`{"model_type": "clip", "projection_dim": 4, "text_config": {` + small + `, "vocab_size": 9, "max_position_embeddings": 4, "eos_token_id": [2, 3]}, "vision_config": {` + small + `, "image_size": 8, "patch_size": 4}}`,
		`{"model_type": "siglip_vision_model", ` + small + `, "image_size": 8, "patch_size": 4, "vision_use_head": false}`,
		`{"model_type": "clip_text_model", ` + small + `, "vocab_size": 9, "max_position_embeddings": 4, "projection_dim": 3}`,
		`{"model_type": "clip", "text_config": null, "vision_config": []}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, ok := fuzzParse[*models.CLIPConfig](t, data)
		if !ok {
			return
		}
		if c.Text == nil && c.Vision == nil {
			t.Fatalf("accepted a config without towers: %s", data)
		}
		big := false
		for _, tw := range []*models.CLIPTowerConfig{towerOf(c.Text), visionTowerOf(c.Vision)} {
			if tw == nil {
				continue
			}
			if tw.Hidden <= 0 || tw.Heads <= 0 || tw.Layers <= 0 || tw.Intermediate <= 0 || tw.Hidden%tw.Heads != 0 || tw.LayerNormEps < 0 {
				t.Fatalf("accepted an invalid tower: %+v", tw)
			}
			big = big || tw.Layers > 2 || tw.Hidden > 64 || tw.Intermediate > 256 || tw.ProjectionDim > 64
		}
		if v := c.Vision; v != nil {
			if v.ImageSize <= 0 || v.PatchSize <= 0 || v.ImageSize%v.PatchSize != 0 || v.Channels <= 0 {
				t.Fatalf("accepted an invalid vision tower: %+v", v)
			}
			big = big || v.ImageSize > 64 || v.Channels > 4 || v.ImageSize/v.PatchSize > 8
		}
		if tx := c.Text; tx != nil {
			if tx.VocabSize <= 0 || tx.MaxPositions <= 0 {
				t.Fatalf("accepted an invalid text tower: %+v", tx)
			}
			big = big || tx.VocabSize > 1024 || tx.MaxPositions > 1024
		}
		if big || c.ProjectionDim > 64 {
			return
		}
		for _, arch := range []string{"", "CLIPTextModelWithProjection", "CLIPVisionModelWithProjection", "SiglipTextModel", "SiglipVisionModel"} {
			m, err := models.New(c, arch)
			if err != nil {
				continue // an architecture of the other family or a missing tower
			}
			spec := models.Spec{Batch: 1, Seq: 2}
			switch mm := m.(type) {
			case models.ImageModel:
				spec = models.ImageSpec(mm, 1)
			case models.ImageTextModel:
				spec = models.ImageTextSpec(1, 2, 1)
			}
			if _, img := m.(models.ImageModel); !img && c.Text.MaxPositions < spec.Seq {
				spec.Seq = c.Text.MaxPositions
			}
			if _, err := frontend.Build("fuzz", func(g *frontend.Graph) error { return m.Build(g, spec, ir.Float32) }); err != nil {
				t.Fatalf("%s: %v", m.Arch(), err)
			}
		}
	})
}

func towerOf(c *models.CLIPTextConfig) *models.CLIPTowerConfig {
	if c == nil {
		return nil
	}
	return &c.CLIPTowerConfig
}

func visionTowerOf(c *models.CLIPVisionConfig) *models.CLIPTowerConfig {
	if c == nil {
		return nil
	}
	return &c.CLIPTowerConfig
}
