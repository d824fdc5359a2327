package generate_test

import (
	"context"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/internal/tinyllava"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/tensor"
)

func llavaGenerator(t *testing.T) *generate.Generator {
	t.Helper()
	dir := t.TempDir()
	if err := tinyllava.Write(dir, 3); err != nil {
		t.Fatal(err)
	}
	m, err := auto.Load(context.Background(), dir, auto.Options{Backend: "interp"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	g, err := generate.Load(m.Runner, m.Dir)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func llavaPixels(t *testing.T, n int, phase float64) *tensor.Tensor {
	t.Helper()
	px := make([]float32, n*3*8*8)
	for i := range px {
		px[i] = float32(math.Sin(float64(i)*0.37+phase) * 1.5)
	}
	pv, err := tensor.FromFloat32(ir.Shape{n, 3, 8, 8}, px)
	if err != nil {
		t.Fatal(err)
	}
	return pv
}

func imageTokens(n int) []int {
	out := make([]int, n*tinyllava.ImageTokens)
	for i := range out {
		out[i] = tinyllava.ImageTokenID
	}
	return out
}

// TestGenerateWithImagesCacheMatchesRecompute generates from two ragged
// prompts (one image, two images) with the KV cache, where only the
// prefill sees the images, and without it, where every step recomputes
// the image features: greedy and beam search give the same tokens. The
// first greedy token is the argmax of Forward's last logits of the same
// prompt, and other images change the output.
func TestGenerateWithImagesCacheMatchesRecompute(t *testing.T) {
	g := llavaGenerator(t)
	ctx := context.Background()
	p0 := append(append([]int{1, 5}, imageTokens(1)...), 7)
	p1 := append(append(append([]int{1}, imageTokens(1)...), 9), append(imageTokens(1), 11, 12)...)
	prompts := [][]int{p0, p1}
	pv := llavaPixels(t, 3, 0)
	for _, opts := range [][]generate.Option{
		{generate.Greedy(), generate.MaxNewTokens(6)},
		{generate.Beams(2), generate.MaxNewTokens(4), generate.NumReturnSequences(2)},
	} {
		cached, err := g.GenerateWithImages(ctx, prompts, pv, append(opts, generate.UseCache(true))...)
		if err != nil {
			t.Fatal(err)
		}
		full, err := g.GenerateWithImages(ctx, prompts, pv, append(opts, generate.UseCache(false))...)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(cached.Sequences, full.Sequences) {
			t.Errorf("cached %v, recomputed %v", cached.Sequences, full.Sequences)
		}
	}
	// The first token is Forward's argmax for the unpadded prompt 0.
	out, err := g.GenerateWithImages(ctx, [][]int{p0}, llavaPixels(t, 1, 0), generate.Greedy(), generate.MaxNewTokens(1))
	if err != nil {
		t.Fatal(err)
	}
	ids, _ := models.RowsTensor([][]int{p0}, "ids")
	res, err := g.Runner.Forward(ctx, models.Spec{Batch: 1, Seq: len(p0), Images: 1}, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputPixelValues: llavaPixels(t, 1, 0)})
	if err != nil {
		t.Fatal(err)
	}
	logits := res[models.OutputLogits].Float64s()
	last := logits[len(logits)-tinyllava.Vocab:]
	best := 0
	for i, v := range last {
		if v > last[best] {
			best = i
		}
	}
	if got := out.NewTokens()[0][0]; got != best {
		t.Errorf("first token %d, Forward's argmax %d", got, best)
	}
	// The images matter: another image changes the logits.
	other, err := g.Runner.Forward(ctx, models.Spec{Batch: 1, Seq: len(p0), Images: 1}, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputPixelValues: llavaPixels(t, 1, 2)})
	if err != nil {
		t.Fatal(err)
	}
	if reflect.DeepEqual(other[models.OutputLogits].Float64s(), logits) {
		t.Error("the logits do not depend on the image")
	}
}

// TestGenerateWithImagesErrors checks the prompt/image mismatches.
func TestGenerateWithImagesErrors(t *testing.T) {
	g := llavaGenerator(t)
	ctx := context.Background()
	p := append([]int{1}, imageTokens(1)...)
	for _, tc := range []struct {
		name    string
		prompts [][]int
		pv      *tensor.Tensor
		want    string
	}{
		{"partial image", [][]int{p[:3]}, llavaPixels(t, 1, 0), "not a multiple"},
		{"two images for one", [][]int{p}, llavaPixels(t, 2, 0), "want a float [1,3,8,8]"},
		{"no pixels", [][]int{p}, nil, "no pixel values"},
		{"pixels without tokens", [][]int{{1, 5}}, llavaPixels(t, 1, 0), "no image token"},
	} {
		_, err := g.GenerateWithImages(ctx, tc.prompts, tc.pv, generate.MaxNewTokens(2))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}
