package main

import (
	"compress/gzip"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/tensor"
)

const clipDir = "testdata/models/clip-tiny"

// TestForwardImageTextCLIP runs `kiln forward --image --ids
// --attention-mask` on the clip-tiny fixture: --out holds every CLIPOutput
// field by name (the towers' outputs flattened) and pixel_values;
// text_embeds, image_embeds and logits_per_image are within 1e-4 of
// transformers', pixel_values within 1e-5.
func TestForwardImageTextCLIP(t *testing.T) {
	f, err := os.Open(filepath.Join(repoRoot(t), clipDir, "reference.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		PixelValues    [][][][]float64 `json:"pixel_values"`
		TextEmbeds     [][]float64     `json:"text_embeds"`
		ImageEmbeds    [][]float64     `json:"image_embeds"`
		LogitsPerImage [][]float64     `json:"logits_per_image"`
	}
	if err := json.NewDecoder(zr).Decode(&ref); err != nil {
		t.Fatal(err)
	}
	dir, env := freshDir(t)
	out := filepath.Join(t.TempDir(), "clip.safetensors")
	mustRun(t, dir, env, "forward", "--model", clipDir, "--backend", "interp", "--image", clipDir+"/image.png",
		"--ids", "49406,320,1125,539,320,2368,49407;49406,320,1125,539,49407,49407,49407", "--attention-mask", "1,1,1,1,1,1,1;1,1,1,1,1,0,0", "--out", out)
	got, _, err := tensor.ReadSafetensors(out)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	want := "image_embeds logits_per_image logits_per_text pixel_values text_embeds text_model_output.last_hidden_state text_model_output.pooler_output vision_model_output.last_hidden_state vision_model_output.pooler_output"
	if strings.Join(names, " ") != want {
		t.Fatalf("outputs %v, want %s", names, want)
	}
	flat := func(rows [][]float64) []float64 {
		var out []float64
		for _, r := range rows {
			out = append(out, r...)
		}
		return out
	}
	var wantPV []float64
	for _, c := range ref.PixelValues[0] {
		wantPV = append(wantPV, flat(c)...)
	}
	for name, c := range map[string]struct {
		want []float64
		tol  float64
	}{"pixel_values": {wantPV, 1e-5}, "text_embeds": {flat(ref.TextEmbeds), 1e-4}, "image_embeds": {flat(ref.ImageEmbeds), 1e-4},
		"logits_per_image": {flat(ref.LogitsPerImage), 1e-4}} {
		g := got[name].Float64s()
		if len(g) != len(c.want) {
			t.Fatalf("%s: %d values, want %d", name, len(g), len(c.want))
		}
		for i := range g {
			if d := math.Abs(g[i] - c.want[i]); d > c.tol || math.IsNaN(d) {
				t.Fatalf("%s[%d] = %v, want %v", name, i, g[i], c.want[i])
			}
		}
	}
	// Ragged --ids without a mask are padded on the right.
	mustRun(t, dir, env, "forward", "--model", clipDir, "--backend", "interp", "--image", clipDir+"/image.png", "--image", clipDir+"/image.png",
		"--ids", "49406,320,1125,539,320,2368,49407;49406,320,1125,539,49407", "--out", out)
	if got, _, err = tensor.ReadSafetensors(out); err != nil || !got["logits_per_image"].Shape.Equal([]int{2, 2}) {
		t.Fatalf("2 images x 2 texts: %v %v", got["logits_per_image"], err)
	}
	lp := got["logits_per_image"].Float64s()
	for i, w := range flat(ref.LogitsPerImage) {
		if math.Abs(lp[i]-w) > 1e-4 || math.Abs(lp[2+i]-w) > 1e-4 {
			t.Errorf("padded batch: logits_per_image %v, want each row %v", lp, ref.LogitsPerImage[0])
		}
	}
	stderr := mustFail(t, dir, env, "forward", "--model", clipDir, "--backend", "interp", "--image", clipDir+"/image.png", "--out", out)
	if !strings.Contains(stderr, "--ids is required") {
		t.Errorf("no --ids: %q", stderr)
	}
}

// TestRunZeroShotImageClassification: `kiln run
// zero-shot-image-classification --json` on clip-tiny, with a tiny
// word-level tokenizer (testdata/tokenizers/clip-words) giving CLIP's ids for the fixture's texts, prints
// transformers' list of {"score", "label"}: the softmax of the fixture's
// logits_per_image over the two labels, best first.
func TestRunZeroShotImageClassification(t *testing.T) {
	dir, env := freshDir(t)
	tok := "testdata/tokenizers/clip-words"
	r := mustRun(t, dir, env, "run", "zero-shot-image-classification", "--model", clipDir, "--backend", "interp", "--tokenizer", tok,
		"--candidate-labels", ",a cat", "--hypothesis-template", "a photo of {}", "--json", clipDir+"/image.png")
	var got []struct {
		Score float64 `json:"score"`
		Label string  `json:"label"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	// logits_per_image of clip-tiny: [-0.249220, -1.641447].
	want := 1 / (1 + math.Exp(-1.641447+0.249220))
	if len(got) != 2 || got[0].Label != "a cat" || got[1].Label != "" || math.Abs(got[0].Score-want) > 1e-5 || math.Abs(got[0].Score+got[1].Score-1) > 1e-9 {
		t.Errorf("got %+v, want \"a cat\" %.6f first", got, want)
	}
	stderr := mustFail(t, dir, env, "run", "zero-shot-image-classification", "--model", clipDir, "--backend", "interp", "--tokenizer", tok, clipDir+"/image.png")
	if !strings.Contains(stderr, "candidate labels") {
		t.Errorf("no labels: %q", stderr)
	}
}

// TestRunImageFeatureExtraction: `kiln run image-feature-extraction
// --json` prints transformers' nesting: (1, 17, 64) for one image, a list
// of (1, 64) with --pool on two.
func TestRunImageFeatureExtraction(t *testing.T) {
	dir, env := freshDir(t)
	img := clipDir + "/image.png"
	r := mustRun(t, dir, env, "run", "image-feature-extraction", "--model", clipDir, "--backend", "interp", "--json", img)
	var one [][][]float64
	if err := json.Unmarshal([]byte(r.stdout), &one); err != nil || len(one) != 1 || len(one[0]) != 17 || len(one[0][0]) != 64 {
		t.Fatalf("one image: %v (%d)", err, len(one))
	}
	r = mustRun(t, dir, env, "run", "image-feature-extraction", "--model", clipDir, "--backend", "interp", "--pool", "--json", img, img)
	var two [][][]float64
	if err := json.Unmarshal([]byte(r.stdout), &two); err != nil || len(two) != 2 || len(two[1]) != 1 || len(two[1][0]) != 64 {
		t.Fatalf("two images pooled: %v", err)
	}
}
