package main

import (
	"encoding/json"
	stdimage "image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/internal/tinyllava"
	"github.com/kiln-ml/kiln/weights"
)

// tinyLlavaDir writes a random tiny LLaVA and a 12x10 PNG.
func tinyLlavaDir(t *testing.T) (dir, img string) {
	t.Helper()
	dir = t.TempDir()
	if err := tinyllava.Write(dir, 11); err != nil {
		t.Fatal(err)
	}
	m := stdimage.NewRGBA(stdimage.Rect(0, 0, 12, 10))
	for y := 0; y < 10; y++ {
		for x := 0; x < 12; x++ {
			m.Set(x, y, color.RGBA{uint8(20 * x), uint8(25 * y), uint8(9 * (x + y)), 255})
		}
	}
	img = filepath.Join(dir, "image.png")
	f, err := os.Create(img)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, m); err != nil {
		t.Fatal(err)
	}
	return dir, img
}

// TestGenerateImageCLI checks `kiln generate --image --prompt` against
// `--image --ids` with the prompt expanded by hand (the image token
// repeated for the 4 tokens one image fills), `--chat` through the chat
// template, `kiln run image-text-to-text`, and `kiln forward --image
// --ids`.
func TestGenerateImageCLI(t *testing.T) {
	dir, img := tinyLlavaDir(t)
	gen := func(args ...string) [][]int {
		t.Helper()
		out, err := execKiln(t, append([]string{"generate", "--model", dir, "--backend", "interp", "--image", img, "--max-new-tokens", "3", "--json"}, args...)...)
		if err != nil {
			t.Fatal(err)
		}
		var res struct {
			Sequences [][]int `json:"sequences"`
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		return res.Sequences
	}
	byText := gen("--prompt", "w5 <image> w7")
	byIDs := gen("--ids", "5,39,39,39,39,7")
	if len(byText) != 1 || len(byText[0]) != 3 || !reflect.DeepEqual(byText, byIDs) {
		t.Errorf("--prompt gave %v, --ids %v", byText, byIDs)
	}
	// user: <image> w5 w6\nassistant: -> the words as ids, newline unknown.
	byChat := gen("--prompt", "w5 w6", "--chat")
	byChatIDs := gen("--ids", "0,39,39,39,39,5,6,0")
	if !reflect.DeepEqual(byChat, byChatIDs) {
		t.Errorf("--chat gave %v, its ids %v", byChat, byChatIDs)
	}
	if _, err := execKiln(t, "generate", "--model", dir, "--backend", "interp", "--image", img, "--prompt", "w5 w7"); err == nil || !strings.Contains(err.Error(), "0 image tokens") {
		t.Errorf("a prompt without the image token: error %v", err)
	}

	out, err := execKiln(t, "run", "image-text-to-text", "--model", dir, "--backend", "interp", "--text", "w5 <image> w7", "--max-new-tokens", "3", "--json", img)
	if err != nil {
		t.Fatal(err)
	}
	var res []struct {
		InputText     string `json:"input_text"`
		GeneratedText string `json:"generated_text"`
		NewTokens     []int  `json:"new_tokens"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(res) != 1 || res[0].InputText != "w5 <image> w7" || !reflect.DeepEqual(res[0].NewTokens, byText[0]) || !strings.HasPrefix(res[0].GeneratedText, "w5 <image> w7") {
		t.Errorf("run image-text-to-text: %+v, want new tokens %v", res, byText[0])
	}

	outFile := filepath.Join(t.TempDir(), "out.safetensors")
	if _, err := execKiln(t, "forward", "--model", dir, "--backend", "interp", "--image", img, "--ids", "5,39,39,39,39,7", "--out", outFile); err != nil {
		t.Fatal(err)
	}
	ck, err := weights.Open(outFile)
	if err != nil {
		t.Fatal(err)
	}
	defer ck.Close()
	for _, n := range []string{"logits", "pixel_values"} {
		if _, ok := ck.Info(n); !ok {
			t.Errorf("forward --out has no %s (has %v)", n, ck.Names())
		}
	}
}
