package image

import (
	"compress/gzip"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// readPixelValues loads a (1, 3, H, W) reference from a gzip JSON file.
func readPixelValues(t *testing.T, path string) ([]float64, []int) {
	t.Helper()
	f, err := os.Open(path)
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
	}
	if err := json.NewDecoder(zr).Decode(&ref); err != nil {
		t.Fatal(err)
	}
	pv := ref.PixelValues
	shape := []int{len(pv), len(pv[0]), len(pv[0][0]), len(pv[0][0][0])}
	var flat []float64
	for _, a := range pv {
		for _, b := range a {
			for _, c := range b {
				flat = append(flat, c...)
			}
		}
	}
	return flat, shape
}

// TestFixturePixelValues runs the shared vit-tiny (ViTImageProcessor,
// 48x40 -> 32x32 bilinear) and clip-tiny (CLIPImageProcessor, shortest
// edge 32 bicubic -> 38x32, center crop 32x32) fixtures through
// DecodeFile and PixelValues against transformers' pixel_values.
func TestFixturePixelValues(t *testing.T) {
	for _, name := range []string{"vit-tiny", "clip-tiny"} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join("testdata", name)
			p, err := LoadProcessor(dir)
			if err != nil {
				t.Fatal(err)
			}
			img, err := DecodeFile(filepath.Join(dir, "image.png"), DecodeOptions{})
			if err != nil {
				t.Fatal(err)
			}
			got, err := p.PixelValues([]*RGB{img})
			if err != nil {
				t.Fatal(err)
			}
			want, shape := readPixelValues(t, filepath.Join(dir, "pixel_values.json.gz"))
			for i, d := range shape {
				if got.Shape[i] != d {
					t.Fatalf("shape %v, want %v", got.Shape, shape)
				}
			}
			g := got.Float64s()
			worst, at := 0.0, 0
			for i := range want {
				if d := math.Abs(g[i] - want[i]); d > worst {
					worst, at = d, i
				}
			}
			if worst > 1e-5 {
				t.Fatalf("max |diff| %g at %d (got %v, want %v)", worst, at, g[at], want[at])
			}
		})
	}
}
