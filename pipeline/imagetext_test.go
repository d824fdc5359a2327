package pipeline_test

import (
	"context"
	stdimage "image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/internal/tinyllava"
	"github.com/kiln-ml/kiln/pipeline"
	"github.com/kiln-ml/kiln/processors/image"
	"github.com/kiln-ml/kiln/tokenizer"
)

// writePNG writes a w x h gradient image and returns its path.
func writePNG(t *testing.T, dir, name string, w, h int) string {
	t.Helper()
	m := stdimage.NewRGBA(stdimage.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			m.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), uint8((x + y) * 7), 255})
		}
	}
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, m); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestImageTextToText runs the pipeline on a random tiny LLaVA and checks
// it against the steps it stands for: the prompt's "<image>" expanded to
// the 4 tokens a CLIP image of 8x8 pixels in 4x4 patches fills (4 patches
// + the class token - the dropped CLS), the image processor's pixel
// values, GenerateWithImages, and the decoded new tokens appended to the
// prompt. The chat form renders the template's image entry as "<image>".
func TestImageTextToText(t *testing.T) {
	dir := t.TempDir()
	if err := tinyllava.Write(dir, 5); err != nil {
		t.Fatal(err)
	}
	img := writePNG(t, t.TempDir(), "a.png", 20, 12)
	ctx := context.Background()
	p, err := pipeline.New(ctx, pipeline.ImageTextToText, dir, pipeline.Options{Backend: "interp"})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	got, err := p.GenerateFromImages(ctx, []string{img}, "w5 <image> w7", generate.MaxNewTokens(3))
	if err != nil {
		t.Fatal(err)
	}
	pv, err := p.Images.PixelValuesFromFiles([]string{img}, image.DecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ids := []int{5, 39, 39, 39, 39, 7}
	want, err := p.Generator.GenerateWithImages(ctx, [][]int{ids}, pv, generate.MaxNewTokens(3))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.NewTokens, want.NewTokens()[0]) {
		t.Errorf("new tokens %v, want %v", got.NewTokens, want.NewTokens()[0])
	}
	if wantText := "w5 <image> w7" + p.Tokenizer.Decode(want.NewTokens()[0], true); got.GeneratedText != wantText || got.InputText != "w5 <image> w7" {
		t.Errorf("result %+v, want generated_text %q", got, wantText)
	}

	chat, err := p.ChatWithImages(ctx, []string{img}, []tokenizer.Message{{"role": "user", "content": []any{
		map[string]any{"type": "image"}, map[string]any{"type": "text", "text": " w5 w6"}}}}, generate.MaxNewTokens(3))
	if err != nil {
		t.Fatal(err)
	}
	if chat.InputText != "user: <image> w5 w6\nassistant:" {
		t.Errorf("chat prompt %q", chat.InputText)
	}
	if n := len(chat.Messages); n != 2 || chat.Messages[1]["content"] != chat.NewText {
		t.Errorf("chat messages %v", chat.Messages)
	}

	if _, err := p.GenerateFromImages(ctx, []string{img}, "<image> w5 <image>"); err == nil || !strings.Contains(err.Error(), "2 image tokens") {
		t.Errorf("two image tokens for one image: error %v", err)
	}

	// image-to-text: the image tokens alone.
	i2t, err := pipeline.New(ctx, pipeline.ImageToText, dir, pipeline.Options{Backend: "interp"})
	if err != nil {
		t.Fatal(err)
	}
	defer i2t.Close()
	r, err := i2t.GenerateFromImages(ctx, []string{img}, "", generate.MaxNewTokens(2))
	if err != nil {
		t.Fatal(err)
	}
	if r.InputText != "<image>" || len(r.NewTokens) == 0 {
		t.Errorf("image-to-text result %+v", r)
	}
}
