package pipeline_test

import (
	"context"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/pipeline"
	"github.com/kiln-ml/kiln/weights"
)

// TestImageFeatureExtraction runs image-feature-extraction on clip-tiny,
// which loads its vision tower: without Pool each image gives the 17
// token states of width 64; with Pool the pooled CLS state, which
// visual_projection and unit length turn into the fixture's image_embeds.
// A classifier (vit-tiny) is refused, and a pooler that is absent is an
// error.
func TestImageFeatureExtraction(t *testing.T) {
	var ref struct {
		ImageEmbeds [][]float64 `json:"image_embeds"`
	}
	readJSON(t, filepath.Join(fixtureDir("clip-tiny"), "reference.json"), &ref)
	img := filepath.Join(fixtureDir("clip-tiny"), "image.png")
	ctx := context.Background()
	p, err := pipeline.New(ctx, pipeline.ImageFeatureExtraction, fixtureDir("clip-tiny"), pipeline.Options{Backend: "interp", BatchSize: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if p.Model.Model().Arch() != "CLIPVisionModel" {
		t.Fatalf("loaded %s, want the vision tower", p.Model.Model().Arch())
	}
	res, err := p.Run(ctx, []string{img, img})
	if err != nil {
		t.Fatal(err)
	}
	feats := res.([][][]float32)
	if len(feats) != 2 || len(feats[0]) != 17 || len(feats[0][0]) != 64 {
		t.Fatalf("features %d x %d x %d, want 2 x 17 x 64", len(feats), len(feats[0]), len(feats[0][0]))
	}
	pooled := open(t, pipeline.ImageFeatureExtraction, "clip-tiny", "", pipeline.Options{Pool: true})
	got, err := pooled.ImageFeatures(ctx, []string{img})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || len(got[0]) != 1 || len(got[0][0]) != 64 {
		t.Fatalf("pooled %d x %d, want 1 x 64", len(got[0]), len(got[0][0]))
	}
	ck, err := weights.Open(fixtureDir("clip-tiny"))
	if err != nil {
		t.Fatal(err)
	}
	defer ck.Close()
	w, err := ck.TensorAs("visual_projection.weight", ir.Float32) // (32, 64)
	if err != nil {
		t.Fatal(err)
	}
	wv := w.Float64s()
	emb := make([]float64, 32)
	norm := 0.0
	for o := range emb {
		for i, x := range got[0][0] {
			emb[o] += wv[o*64+i] * float64(x)
		}
		norm += emb[o] * emb[o]
	}
	for o := range emb {
		if d := math.Abs(emb[o]/math.Sqrt(norm) - ref.ImageEmbeds[0][o]); d > 1e-4 {
			t.Fatalf("projected pooled feature %d = %v, want image_embeds %v", o, emb[o]/math.Sqrt(norm), ref.ImageEmbeds[0][o])
		}
	}
	if _, err := pipeline.New(ctx, pipeline.ImageFeatureExtraction, fixtureDir("vit-tiny"), pipeline.Options{Backend: "interp"}); err == nil || !strings.Contains(err.Error(), "image-feature-extraction") {
		t.Errorf("classifier: %v", err)
	}
}
