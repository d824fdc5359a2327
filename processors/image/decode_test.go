package image

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	stdimage "image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func encodePNG(t testing.TB, m stdimage.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, m); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func decodeOne(t *testing.T, data []byte) *RGB {
	t.Helper()
	m, err := Decode(data, "test.img", DecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestDecodeModes checks the conversions of PIL's convert("RGB") per PNG
// mode.
func TestDecodeModes(t *testing.T) {
	g := stdimage.NewGray(stdimage.Rect(0, 0, 2, 1))
	g.Pix = []uint8{7, 200}
	if m := decodeOne(t, encodePNG(t, g)); !bytes.Equal(m.Pix, []uint8{7, 7, 7, 200, 200, 200}) {
		t.Errorf("gray: %v", m.Pix)
	}
	// 16-bit gray is PIL's I;16, whose RGB conversion saturates at 255.
	g16 := stdimage.NewGray16(stdimage.Rect(0, 0, 3, 1))
	g16.SetGray16(0, 0, color.Gray16{Y: 200})
	g16.SetGray16(1, 0, color.Gray16{Y: 256})
	g16.SetGray16(2, 0, color.Gray16{Y: 0xabcd})
	if m := decodeOne(t, encodePNG(t, g16)); !bytes.Equal(m.Pix, []uint8{200, 200, 200, 255, 255, 255, 255, 255, 255}) {
		t.Errorf("gray16: %v", m.Pix)
	}
	// 16-bit RGB keeps the high byte (RGB;16B).
	c16 := stdimage.NewRGBA64(stdimage.Rect(0, 0, 1, 1))
	c16.SetRGBA64(0, 0, color.RGBA64{R: 0x12ff, G: 0x3400, B: 0xfe01, A: 0xffff})
	if m := decodeOne(t, encodePNG(t, c16)); !bytes.Equal(m.Pix, []uint8{0x12, 0x34, 0xfe}) {
		t.Errorf("rgb16: %v", m.Pix)
	}
	// RGBA: alpha is dropped without compositing.
	n := stdimage.NewNRGBA(stdimage.Rect(0, 0, 1, 1))
	n.SetNRGBA(0, 0, color.NRGBA{R: 10, G: 20, B: 30, A: 0})
	if m := decodeOne(t, encodePNG(t, n)); !bytes.Equal(m.Pix, []uint8{10, 20, 30}) {
		t.Errorf("rgba: %v", m.Pix)
	}
	// 16-bit RGBA: high bytes, alpha dropped.
	n16 := stdimage.NewNRGBA64(stdimage.Rect(0, 0, 1, 1))
	n16.SetNRGBA64(0, 0, color.NRGBA64{R: 0x0102, G: 0x0304, B: 0x0506, A: 0x0001})
	if m := decodeOne(t, encodePNG(t, n16)); !bytes.Equal(m.Pix, []uint8{1, 3, 5}) {
		t.Errorf("rgba16: %v", m.Pix)
	}
	// Palette with a transparent entry: the palette color, alpha dropped.
	p := stdimage.NewPaletted(stdimage.Rect(0, 0, 2, 1), color.Palette{color.NRGBA{1, 2, 3, 0}, color.NRGBA{4, 5, 6, 255}})
	p.Pix = []uint8{0, 1}
	if m := decodeOne(t, encodePNG(t, p)); !bytes.Equal(m.Pix, []uint8{1, 2, 3, 4, 5, 6}) {
		t.Errorf("palette: %v", m.Pix)
	}
	// GIF: first frame through its palette.
	var gb bytes.Buffer
	if err := gif.Encode(&gb, p, nil); err != nil {
		t.Fatal(err)
	}
	if m := decodeOne(t, gb.Bytes()); m.Width != 2 || m.Height != 1 || m.Pix[3] != 4 {
		t.Errorf("gif: %dx%d %v", m.Width, m.Height, m.Pix)
	}
}

// pngWithEXIF inserts an eXIf chunk holding orientation o after IHDR.
func pngWithEXIF(t *testing.T, data []byte, o uint16) []byte {
	t.Helper()
	tiff := []byte{'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, byte(o >> 8), byte(o), 0, 0, 0, 0, 0, 0}
	chunk := make([]byte, 8+len(tiff)+4)
	binary.BigEndian.PutUint32(chunk, uint32(len(tiff)))
	copy(chunk[4:], "eXIf")
	copy(chunk[8:], tiff)
	binary.BigEndian.PutUint32(chunk[8+len(tiff):], crc32.ChecksumIEEE(chunk[4:8+len(tiff)]))
	ihdrEnd := 8 + 8 + 13 + 4
	out := append([]byte(nil), data[:ihdrEnd]...)
	out = append(out, chunk...)
	return append(out, data[ihdrEnd:]...)
}

// TestEXIFOrientation: load_image applies ImageOps.exif_transpose.
// Orientation 6 (stored rotated) is undone by PIL's ROTATE_270, a
// clockwise quarter turn.
func TestEXIFOrientation(t *testing.T) {
	// 3x2 image, pixel value = 10*y + x + 1.
	g := stdimage.NewGray(stdimage.Rect(0, 0, 3, 2))
	for y := 0; y < 2; y++ {
		for x := 0; x < 3; x++ {
			g.SetGray(x, y, color.Gray{Y: uint8(10*y + x + 1)})
		}
	}
	base := encodePNG(t, g)
	cases := map[uint16]struct {
		w, h int
		want []uint8
	}{
		1: {3, 2, []uint8{1, 2, 3, 11, 12, 13}},
		2: {3, 2, []uint8{3, 2, 1, 13, 12, 11}},
		3: {3, 2, []uint8{13, 12, 11, 3, 2, 1}},
		4: {3, 2, []uint8{11, 12, 13, 1, 2, 3}},
		5: {2, 3, []uint8{1, 11, 2, 12, 3, 13}},
		6: {2, 3, []uint8{11, 1, 12, 2, 13, 3}},
		7: {2, 3, []uint8{13, 3, 12, 2, 11, 1}},
		8: {2, 3, []uint8{3, 13, 2, 12, 1, 11}},
	}
	for o, c := range cases {
		m := decodeOne(t, pngWithEXIF(t, base, o))
		if m.Width != c.w || m.Height != c.h || !bytes.Equal(firstChannel(m), c.want) {
			t.Errorf("orientation %d: %dx%d %v, want %dx%d %v", o, m.Width, m.Height, firstChannel(m), c.w, c.h, c.want)
		}
	}
	raw, err := Decode(pngWithEXIF(t, base, 6), "x.png", DecodeOptions{NoEXIFTranspose: true})
	if err != nil || raw.Width != 3 {
		t.Errorf("NoEXIFTranspose: %v %v", raw, err)
	}
	// JPEG APP1 orientation.
	var jb bytes.Buffer
	if err := jpeg.Encode(&jb, stdimage.NewGray(stdimage.Rect(0, 0, 4, 2)), nil); err != nil {
		t.Fatal(err)
	}
	tiff := []byte{'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0}
	seg := append([]byte("Exif\x00\x00"), tiff...)
	app1 := []byte{0xff, 0xe1, byte((len(seg) + 2) >> 8), byte(len(seg) + 2)}
	jpg := append(append(append([]byte{0xff, 0xd8}, app1...), seg...), jb.Bytes()[2:]...)
	if m := decodeOne(t, jpg); m.Width != 2 || m.Height != 4 {
		t.Errorf("jpeg orientation 8: %dx%d, want 2x4", m.Width, m.Height)
	}
}

// TestDecodeBadInput: the bad inputs give errors naming the file,
// never a panic, and a huge header is refused before decoding.
func TestDecodeBadInput(t *testing.T) {
	good := encodePNG(t, stdimage.NewGray(stdimage.Rect(0, 0, 16, 16)))
	for name, data := range map[string][]byte{
		"empty":     nil,
		"truncated": good[:len(good)/2],
		"corrupt":   append(append([]byte(nil), good[:40]...), bytes.Repeat([]byte{0x5a}, 60)...),
		"text":      []byte("hello, not an image"),
	} {
		_, err := Decode(data, "bad-"+name+".png", DecodeOptions{})
		if err == nil || !strings.Contains(err.Error(), "bad-"+name+".png") {
			t.Errorf("%s: error %v does not name the file", name, err)
		}
	}
	// 20000x20000: only the IHDR is read.
	huge := append([]byte(nil), good[:33]...)
	binary.BigEndian.PutUint32(huge[16:], 20000)
	binary.BigEndian.PutUint32(huge[20:], 20000)
	binary.BigEndian.PutUint32(huge[29:], crc32.ChecksumIEEE(huge[12:29]))
	_, err := Decode(huge, "huge.png", DecodeOptions{})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "20000x20000") {
		t.Errorf("huge: %v", err)
	}
	// A 1x1 image is valid and resizes to the model size.
	one := decodeOne(t, encodePNG(t, stdimage.NewGray(stdimage.Rect(0, 0, 1, 1))))
	p, err := ParseConfig([]byte(`{"image_processor_type": "CLIPImageProcessor", "size": {"shortest_edge": 8}, "crop_size": 8}`), "cfg.json")
	if err != nil {
		t.Fatal(err)
	}
	pv, err := p.PixelValues([]*RGB{one})
	if err != nil || pv.Shape[2] != 8 || pv.Shape[3] != 8 {
		t.Fatalf("1x1: %v %v", pv, err)
	}
	if _, err := DecodeFile(filepath.Join(t.TempDir(), "missing.png"), DecodeOptions{}); !os.IsNotExist(err) {
		t.Errorf("missing file: %v", err)
	}
}

func TestParseConfig(t *testing.T) {
	bad := map[string]string{
		`{"image_processor_type": "DetrImageProcessor"}`:                      `"DetrImageProcessor" is not supported`,
		`{"do_resize": true}`:                                                 "image_processor_type is missing",
		`{"image_processor_type": "ViTImageProcessor", "resample": 7}`:        "field resample",
		`{"image_processor_type": "ViTImageProcessor", "size": {"foo": 3}}`:   "field size",
		`{"image_processor_type": "ViTImageProcessor", "image_mean": [1, 2]}`: "field image_mean",
		`{"image_processor_type": "ViTImageProcessor", "image_std": 0}`:       "field image_std",
		`{"image_processor_type": "ViTImageProcessor", "size": -4}`:           "field size",
		`[1, 2]`: "not a JSON object",
	}
	for cfg, want := range bad {
		_, err := ParseConfig([]byte(cfg), "pp.json")
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "pp.json") {
			t.Errorf("%s: error %v, want one containing %q and the file name", cfg, err, want)
		}
	}
	p, err := ParseConfig([]byte(`{"image_processor_type": "CLIPImageProcessorPil", "size": 48}`), "pp.json")
	if err != nil {
		t.Fatal(err)
	}
	if p.Backend != PIL || p.Size != (Size{ShortestEdge: 48}) || p.CropSize != (Size{Height: 224, Width: 224}) || p.Resample != Bicubic {
		t.Errorf("CLIP Pil defaults: %+v", p)
	}
	p, err = ParseConfig([]byte(`{"feature_extractor_type": "ViTFeatureExtractor", "size": 48}`), "pp.json")
	if err != nil {
		t.Fatal(err)
	}
	if p.Backend != Torchvision || p.Size != (Size{Height: 48, Width: 48}) || p.Resample != Bilinear {
		t.Errorf("ViT legacy defaults: %+v", p)
	}
	// get_resize_output_image_size truncates the long side.
	c := &Processor{Size: Size{ShortestEdge: 32}}
	if w, h := c.OutputSize(48, 40); w != 38 || h != 32 {
		t.Errorf("shortest edge 32 of 48x40: %dx%d, want 38x32", w, h)
	}
	if w, h := c.OutputSize(7, 100); w != 32 || h != 457 {
		t.Errorf("shortest edge 32 of 7x100: %dx%d, want 32x457", w, h)
	}
}

// TestDecodeJPEGColor: a JPEG's YCbCr pixels come back through Go's
// conversion, close to the encoded colors (JPEG is lossy).
func TestDecodeJPEGColor(t *testing.T) {
	src := stdimage.NewNRGBA(stdimage.Rect(0, 0, 16, 16))
	for i := 0; i < len(src.Pix); i += 4 {
		src.Pix[i], src.Pix[i+1], src.Pix[i+2], src.Pix[i+3] = 200, 40, 90, 255
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, src, &jpeg.Options{Quality: 100}); err != nil {
		t.Fatal(err)
	}
	m := decodeOne(t, b.Bytes())
	for i, want := range []int{200, 40, 90} {
		if d := int(m.Pix[i]) - want; d < -3 || d > 3 {
			t.Errorf("channel %d: %d, want about %d", i, m.Pix[i], want)
		}
	}
}
