package image

import (
	"strings"
	"testing"
)

// BenchmarkCLIPPreprocess is the image side of a CLIP/ViT call: a 640x480
// photo-sized image through shortest-edge 224 bicubic, center crop 224,
// rescale and normalize.
func BenchmarkCLIPPreprocess(b *testing.B) {
	m := NewRGB(640, 480)
	for i := range m.Pix {
		m.Pix[i] = uint8(i * 7)
	}
	p, err := ParseConfig([]byte(`{"image_processor_type": "CLIPImageProcessor"}`), "bench")
	if err != nil {
		b.Fatal(err)
	}
	for _, backend := range []Backend{Torchvision, PIL} {
		p.Backend = backend
		b.Run(backend.String(), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := p.PixelValues([]*RGB{m}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestPixelValuesBatchSizes: images that come out at different sizes
// (no resize) cannot be stacked.
func TestPixelValuesBatchSizes(t *testing.T) {
	p, err := ParseConfig([]byte(`{"image_processor_type": "ViTImageProcessor", "do_resize": false}`), "cfg")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.PixelValues([]*RGB{NewRGB(4, 4), NewRGB(5, 4)}); err == nil || !strings.Contains(err.Error(), "cannot be batched") {
		t.Errorf("mixed sizes: %v", err)
	}
	pv, err := p.PixelValues([]*RGB{NewRGB(4, 3), NewRGB(4, 3)})
	if err != nil || pv.Shape[0] != 2 || pv.Shape[2] != 3 || pv.Shape[3] != 4 {
		t.Fatalf("%v %v", pv, err)
	}
	// Black normalized with mean 0.5, std 0.5 is -1.
	for _, v := range pv.Float32s() {
		if v != -1 {
			t.Fatalf("black pixel normalized to %v, want -1", v)
		}
	}
}
