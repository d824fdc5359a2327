package generate_test

import (
	"math"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/generate"
)

// TestWatermarkDetected samples 200 tokens from qwen2-tiny with and
// without the green-list watermark: the detector finds it (z > 4) in the
// watermarked text, for both seeding schemes, and not (|z| < 2) in the
// plain one.
func TestWatermarkDetected(t *testing.T) {
	ref := readReference(t, "qwen2-tiny")
	g := loadGenerator(t, "qwen2-tiny")
	vocab := 1000
	prompt := ref.Prompts[:1]
	for _, c := range []struct {
		scheme    string
		watermark bool
	}{{"lefthash", true}, {"selfhash", true}, {"lefthash", false}} {
		w := generate.DefaultWatermarking()
		w.SeedingScheme = c.scheme
		opts := []generate.Option{generate.MaxNewTokens(200), generate.Sample(11), generate.EOSTokenIDs()}
		if c.watermark {
			opts = append(opts, generate.Watermark(w))
		}
		start := time.Now()
		out := mustGenerate(t, g, prompt, opts...)
		elapsed := time.Since(start)
		d, err := generate.NewWatermarkDetector(w, vocab, -1)
		if err != nil {
			t.Fatal(err)
		}
		det, err := d.Detect(out.NewTokens()[0], 4)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s watermark=%v: %d tokens scored, %d green, z = %.2f, p = %.2g (%v)", c.scheme, c.watermark, det.TokensScored, det.GreenTokens, det.ZScore, det.PValue, elapsed)
		if det.TokensScored != 199 && c.scheme == "lefthash" || det.TokensScored != 200 && c.scheme == "selfhash" {
			t.Errorf("%s scored %d tokens of 200", c.scheme, det.TokensScored)
		}
		if c.watermark && (det.ZScore <= 4 || !det.Prediction) {
			t.Errorf("%s: watermarked text not detected: z = %.2f", c.scheme, det.ZScore)
		}
		if !c.watermark && (math.Abs(det.ZScore) >= 2 || det.Prediction) {
			t.Errorf("plain text looks watermarked: z = %.2f", det.ZScore)
		}
	}
}

// TestWatermarkDetectorArithmetic checks the z-score formula on a hand
// count and the input checks.
func TestWatermarkDetectorArithmetic(t *testing.T) {
	w := generate.DefaultWatermarking()
	d, err := generate.NewWatermarkDetector(w, 50, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Detect([]int{0, 5}, 4); err == nil {
		t.Error("a single token after BOS was scored")
	}
	ids := []int{3, 9, 4, 4, 17, 30, 2, 9, 11}
	det, err := d.Detect(ids, 4)
	if err != nil {
		t.Fatal(err)
	}
	n, g := float64(det.TokensScored), float64(det.GreenTokens)
	if det.TokensScored != len(ids)-1 {
		t.Errorf("scored %d tokens of %d", det.TokensScored, len(ids))
	}
	if z := (g - 0.25*n) / math.Sqrt(n*0.25*0.75); math.Abs(z-det.ZScore) > 1e-12 {
		t.Errorf("z = %v, want %v", det.ZScore, z)
	}
	for _, bad := range []generate.WatermarkingConfig{{GreenlistRatio: 1, SeedingScheme: "lefthash", ContextWidth: 1}, {GreenlistRatio: 0.5, SeedingScheme: "x", ContextWidth: 1}, {GreenlistRatio: 0.5, SeedingScheme: "selfhash"}} {
		if _, err := generate.NewWatermarkDetector(bad, 50, 0); err == nil {
			t.Errorf("%+v accepted", bad)
		}
	}
}
