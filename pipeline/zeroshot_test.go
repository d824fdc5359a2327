package pipeline_test

import (
	"context"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/pipeline"
)

// clipTokenizerDir is testdata/tokenizers/clip-words: CLIP's ids for
// the words of the clip-tiny fixture's texts ("a photo of a cat", "a
// photo of"), with <|startoftext|>, <|endoftext|> and <|endoftext|> as
// the pad token. clip-tiny ships no tokenizer; this one makes the
// pipeline produce exactly the fixture's input_ids and attention_mask.
func clipTokenizerDir(t *testing.T) string {
	t.Helper()
	return filepath.Join("..", "testdata", "tokenizers", "clip-words")
}

// TestZeroShotImageClassification runs zero-shot-image-classification on
// clip-tiny with the hypothesis template "a photo of {}" and the labels
// "a cat" and "": the texts tokenize and pad to the fixture's input_ids
// and attention_mask, so the scores are the softmax of the fixture's
// logits_per_image, best first. A batch of three images over BatchSize 2
// gives three equal rows; the default template and errors are checked.
func TestZeroShotImageClassification(t *testing.T) {
	var ref struct {
		LogitsPerImage [][]float64 `json:"logits_per_image"`
	}
	readJSON(t, filepath.Join(fixtureDir("clip-tiny"), "reference.json"), &ref)
	l := ref.LogitsPerImage[0]
	z := math.Exp(l[0]) + math.Exp(l[1])
	want := map[string]float64{"a cat": math.Exp(l[0]) / z, "": math.Exp(l[1]) / z}
	img := filepath.Join(fixtureDir("clip-tiny"), "image.png")
	p, err := pipeline.New(context.Background(), pipeline.ZeroShotImageClassification, fixtureDir("clip-tiny"), pipeline.Options{
		Backend: "interp", TokenizerDir: clipTokenizerDir(t), BatchSize: 2, CandidateLabels: []string{"", "a cat"}, HypothesisTemplate: "a photo of {}"})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	res, err := p.Run(context.Background(), []string{img, img, img})
	if err != nil {
		t.Fatal(err)
	}
	rows := res.([][]pipeline.Label)
	if len(rows) != 3 {
		t.Fatalf("%d results, want 3", len(rows))
	}
	for _, row := range rows {
		if len(row) != 2 || row[0].Label != "a cat" || row[1].Label != "" {
			t.Fatalf("labels %+v, want \"a cat\" first (logit %v > %v)", row, l[0], l[1])
		}
		for _, lab := range row {
			if math.Abs(lab.Score-want[lab.Label]) > 1e-5 {
				t.Errorf("%q: score %v, want %v", lab.Label, lab.Score, want[lab.Label])
			}
		}
	}
	// The default template, "This is a photo of {}.", has words the tiny
	// vocabulary maps to <unk>: it still runs and gives a distribution.
	p2, err := pipeline.New(context.Background(), pipeline.ZeroShotImageClassification, fixtureDir("clip-tiny"), pipeline.Options{
		Backend: "interp", TokenizerDir: clipTokenizerDir(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer p2.Close()
	r2, err := p2.ClassifyImagesZeroShot(context.Background(), []string{img}, []string{"cat", "dog", "a dog"})
	if err != nil {
		t.Fatal(err)
	}
	sum := 0.0
	for _, lab := range r2[0] {
		sum += lab.Score
	}
	if len(r2[0]) != 3 || math.Abs(sum-1) > 1e-9 {
		t.Errorf("default template: %+v", r2)
	}
	for _, c := range []struct {
		labels []string
		files  []string
		want   string
	}{
		{nil, []string{img}, "candidate labels"},
		{[]string{"cat"}, nil, "no inputs"},
		{[]string{"cat"}, []string{filepath.Join(t.TempDir(), "nope.png")}, "nope.png"},
		{[]string{strings.Repeat("a ", 80)}, []string{img}, "takes at most 77"},
	} {
		if _, err := p2.ClassifyImagesZeroShot(context.Background(), c.files, c.labels); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v %v: %v, want %q", c.labels, c.files, err, c.want)
		}
	}
	if _, err := pipeline.New(context.Background(), pipeline.ZeroShotImageClassification, fixtureDir("vit-tiny"), pipeline.Options{Backend: "interp"}); err == nil || !strings.Contains(err.Error(), "image-text-matching") {
		t.Errorf("ViT for zero-shot: %v", err)
	}
}
