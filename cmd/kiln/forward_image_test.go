package main

import (
	"compress/gzip"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/tensor"
)

const vitDir = "testdata/models/vit-tiny"

// TestForwardImageViT runs `kiln forward --image` on the vit-tiny fixture:
// --out holds exactly the ImageClassifierOutput's logits and the
// processed pixel_values, both within tolerance of transformers'.
func TestForwardImageViT(t *testing.T) {
	f, err := os.Open(filepath.Join(repoRoot(t), vitDir, "reference.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		PixelValues [][][][]float64 `json:"pixel_values"`
		Logits      [][]float64     `json:"logits"`
	}
	if err := json.NewDecoder(zr).Decode(&ref); err != nil {
		t.Fatal(err)
	}
	dir, env := freshDir(t)
	out := filepath.Join(t.TempDir(), "vit.safetensors")
	mustRun(t, dir, env, "forward", "--model", vitDir, "--backend", "interp", "--image", vitDir+"/image.png", "--out", out)
	got, _, err := tensor.ReadSafetensors(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got["logits"] == nil || got["pixel_values"] == nil {
		t.Fatalf("outputs %v, want logits and pixel_values", got)
	}
	var wantPV []float64
	for _, c := range ref.PixelValues[0] {
		for _, row := range c {
			wantPV = append(wantPV, row...)
		}
	}
	for name, c := range map[string]struct {
		want []float64
		tol  float64
	}{"pixel_values": {wantPV, 1e-5}, "logits": {ref.Logits[0], 1e-4}} {
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
	// Two images make a batch of two.
	mustRun(t, dir, env, "forward", "--model", vitDir, "--backend", "interp", "--image", vitDir+"/image.png", "--image", vitDir+"/image.png", "--out", out)
	if got, _, err = tensor.ReadSafetensors(out); err != nil || got["logits"].Shape[0] != 2 {
		t.Fatalf("batch of 2: %v %v", got, err)
	}
}

// TestForwardImageErrors: a corrupt image is named; token flags and text
// models are refused with --image.
func TestForwardImageErrors(t *testing.T) {
	dir, env := freshDir(t)
	bad := filepath.Join(t.TempDir(), "truncated.png")
	data, err := os.ReadFile(filepath.Join(repoRoot(t), vitDir, "image.png"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, data[:len(data)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "o.safetensors")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--model", vitDir, "--image", bad}, "truncated.png"},
		{[]string{"--model", vitDir, "--image", vitDir + "/image.png", "--ids", "1,2"}, "--ids"},
		{[]string{"--model", "testdata/models/qwen2-tiny", "--image", vitDir + "/image.png"}, "takes token ids"},
		{[]string{"--model", vitDir}, "at least one of the flags in the group [ids image audio] is required"},
	} {
		stderr := mustFail(t, dir, env, append([]string{"forward", "--backend", "interp", "--out", out}, c.args...)...)
		if !strings.Contains(stderr, c.want) {
			t.Errorf("%v: stderr %q, want it to contain %q", c.args, stderr, c.want)
		}
	}
}

// TestRunImageClassification: `kiln run image-classification --json` on
// one file prints what transformers' pipeline returns for one image: a list
// of {"label", "score"}, 5 by default, best first; on two files a list per
// file.
func TestRunImageClassification(t *testing.T) {
	dir, env := freshDir(t)
	img := vitDir + "/image.png"
	r := mustRun(t, dir, env, "run", "image-classification", "--model", vitDir, "--backend", "interp", "--json", img)
	var one []struct {
		Label string  `json:"label"`
		Score float64 `json:"score"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &one); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	if len(one) != 5 || one[0].Label != "LABEL_0" || math.Abs(one[0].Score-0.220623) > 1e-5 || one[1].Label != "LABEL_7" {
		t.Errorf("one image: %+v", one)
	}
	r = mustRun(t, dir, env, "run", "image-classification", "--model", vitDir, "--backend", "interp", "--json", "--top-k", "2", img, img)
	var two [][]struct {
		Label string `json:"label"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &two); err != nil || len(two) != 2 || len(two[1]) != 2 {
		t.Fatalf("two images: %v %s", err, r.stdout)
	}
}
