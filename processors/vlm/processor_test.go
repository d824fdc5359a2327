package vlm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/internal/tinyllava"
	"github.com/kiln-ml/kiln/processors/image"
	"github.com/kiln-ml/kiln/tokenizer"
)

// TestTokensPerImage checks LlavaProcessor's count: patches +
// num_additional_image_tokens, one fewer under "default"; the model's
// count without patch_size.
func TestTokensPerImage(t *testing.T) {
	for _, tc := range []struct {
		p    Processor
		h, w int
		want int
	}{
		{Processor{PatchSize: 14, AdditionalTokens: 1, SelectStrategy: "default"}, 336, 336, 576}, // llava-1.5
		{Processor{PatchSize: 14, AdditionalTokens: 1, SelectStrategy: "full"}, 336, 336, 577},
		{Processor{PatchSize: 14, AdditionalTokens: 0, SelectStrategy: "full"}, 224, 224, 256}, // SigLIP
		{Processor{PatchSize: 4, SelectStrategy: "default"}, 8, 12, 5},
		{Processor{Fallback: 9, SelectStrategy: "default"}, 8, 8, 9},
	} {
		if got := tc.p.TokensPerImage(tc.h, tc.w); got != tc.want {
			t.Errorf("%+v on %dx%d: %d, want %d", tc.p, tc.w, tc.h, got, tc.want)
		}
	}
}

// TestLoad reads the tiny LLaVA's processor (image processor in
// preprocessor_config.json), then the transformers 5 layout with the
// image processor nested in processor_config.json, and expands a prompt.
func TestLoad(t *testing.T) {
	dir := t.TempDir()
	if err := tinyllava.Write(dir, 1); err != nil {
		t.Fatal(err)
	}
	tok, err := tokenizer.FromDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load(dir, tok, 4)
	if err != nil {
		t.Fatal(err)
	}
	if p.PatchSize != 4 || p.AdditionalTokens != 1 || p.SelectStrategy != "default" || p.ImageToken != "<image>" {
		t.Fatalf("processor %+v", p)
	}
	img := image.NewRGB(10, 8)
	in, err := p.Process([]string{"w3 <image> w4", "w5"}, []*image.RGB{img}, false)
	if err != nil {
		t.Fatal(err)
	}
	if got := in.IDs; len(got) != 2 || len(got[0]) != 6 || got[0][1] != 39 || got[0][4] != 39 || got[0][5] != 4 || len(got[1]) != 1 {
		t.Errorf("ids %v", got)
	}
	if in.Pixels.Shape[0] != 1 || in.Pixels.Shape[2] != 8 || in.Pixels.Shape[3] != 8 {
		t.Errorf("pixels %v", in.Pixels.Shape)
	}
	if _, err := p.Process([]string{"w3"}, []*image.RGB{img}, false); err == nil || !strings.Contains(err.Error(), "0 image tokens") {
		t.Errorf("missing image token: %v", err)
	}

	pre, err := os.ReadFile(filepath.Join(dir, "preprocessor_config.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "preprocessor_config.json")); err != nil {
		t.Fatal(err)
	}
	nested := `{"processor_class": "LlavaProcessor", "patch_size": 4, "vision_feature_select_strategy": "full", "image_processor": ` + string(pre) + `}`
	if err := os.WriteFile(filepath.Join(dir, "processor_config.json"), []byte(nested), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err = Load(dir, tok, 4)
	if err != nil {
		t.Fatal(err)
	}
	if p.Images == nil || p.SelectStrategy != "full" || p.TokensPerImage(8, 8) != 4 {
		t.Errorf("nested processor %+v", p)
	}
}

// TestParseConfigErrors checks that bad fields are named.
func TestParseConfigErrors(t *testing.T) {
	for _, tc := range []struct{ json, want string }{
		{`{"patch_size": 0}`, "patch_size"},
		{`{"vision_feature_select_strategy": "cls"}`, "vision_feature_select_strategy"},
		{`{"num_additional_image_tokens": -1}`, "num_additional_image_tokens"},
		{`{"image_token": ""}`, "image_token"},
		{`{"patch_size": "x"}`, "processor_config.json"},
	} {
		if _, _, err := parseConfig([]byte(tc.json), "processor_config.json"); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.json, err, tc.want)
		}
	}
}

// FuzzParseConfig checks that no processor_config.json panics the parser
// and that a parsed one counts a non-negative number of tokens.
func FuzzParseConfig(f *testing.F) {
	f.Add([]byte(`{"processor_class": "LlavaProcessor", "patch_size": 14, "vision_feature_select_strategy": "default", "num_additional_image_tokens": 1}`))
	f.Add([]byte(`{"image_processor": {"image_processor_type": "CLIPImageProcessor"}, "image_token": "<img>"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, _, err := parseConfig(data, "processor_config.json")
		if err != nil {
			return
		}
		if n := p.TokensPerImage(336, 336); p.PatchSize > 0 && p.PatchSize <= 336 && n < 0 {
			t.Fatalf("%d tokens per image", n)
		}
	})
}
