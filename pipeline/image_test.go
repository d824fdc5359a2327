package pipeline_test

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/pipeline"
)

// TestImageClassification runs the image-classification pipeline on the
// vit-tiny fixture: softmax over transformers' logits, top 5 by default,
// best first, LABEL_i names; a batch of 3 with BatchSize 2 splits and
// gives the same rows; top-k above the label count is capped.
func TestImageClassification(t *testing.T) {
	var ref struct {
		Logits [][]float64 `json:"logits"`
	}
	readJSON(t, filepath.Join(fixtureDir("vit-tiny"), "reference.json"), &ref)
	logits := ref.Logits[0]
	var z float64
	for _, x := range logits {
		z += math.Exp(x)
	}
	img := filepath.Join(fixtureDir("vit-tiny"), "image.png")
	p := open(t, pipeline.ImageClassification, "vit-tiny", "", pipeline.Options{BatchSize: 2})
	res, err := p.Run(context.Background(), []string{img, img, img})
	if err != nil {
		t.Fatal(err)
	}
	rows := res.([][]pipeline.Label)
	if len(rows) != 3 {
		t.Fatalf("%d results, want 3", len(rows))
	}
	for _, row := range rows {
		if len(row) != 5 {
			t.Fatalf("%d labels, want transformers' default top_k 5", len(row))
		}
		for i, l := range row {
			var idx int
			if _, err := fmt.Sscanf(l.Label, "LABEL_%d", &idx); err != nil {
				t.Fatalf("label %q", l.Label)
			}
			if want := math.Exp(logits[idx]) / z; math.Abs(l.Score-want) > 1e-5 {
				t.Errorf("%s: score %v, want %v", l.Label, l.Score, want)
			}
			if i > 0 && l.Score > row[i-1].Score {
				t.Errorf("labels not best first: %v", row)
			}
		}
	}
	p2 := open(t, pipeline.ImageClassification, "vit-tiny", "", pipeline.Options{TopK: 50})
	res2, err := p2.ClassifyImages(context.Background(), []string{img})
	if err != nil || len(res2[0]) != 10 {
		t.Fatalf("top-k 50 of 10 labels: %v %v", res2, err)
	}
	if _, err := p2.ClassifyImages(context.Background(), []string{filepath.Join(t.TempDir(), "nope.png")}); err == nil || !strings.Contains(err.Error(), "nope.png") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := pipeline.New(context.Background(), pipeline.ImageClassification, fixtureDir("bert-tiny-cls"), pipeline.Options{Backend: "interp"}); err == nil || !strings.Contains(err.Error(), "image-classification") {
		t.Errorf("text model for image-classification: %v", err)
	}
}
