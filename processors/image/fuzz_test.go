package image

import (
	"bytes"
	stdimage "image"
	"image/gif"
	"image/jpeg"
	"os"
	"testing"
)

// FuzzDecode feeds hostile bytes to Decode: it must return an image of
// consistent size or an error, never panic, and never decode past the
// pixel limit.
func FuzzDecode(f *testing.F) {
	if b, err := os.ReadFile("testdata/vit-tiny/image.png"); err == nil {
		f.Add(b)
		f.Add(b[:len(b)/2])
	}
	var jb bytes.Buffer
	_ = jpeg.Encode(&jb, stdimage.NewGray(stdimage.Rect(0, 0, 9, 5)), nil)
	f.Add(jb.Bytes())
	var gb bytes.Buffer
	_ = gif.Encode(&gb, stdimage.NewGray(stdimage.Rect(0, 0, 3, 3)), nil)
	f.Add(gb.Bytes())
	f.Add([]byte("RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00\x2f\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(data, "fuzz.img", DecodeOptions{MaxPixels: 1 << 16})
		if err != nil {
			return
		}
		if m.Width < 1 || m.Height < 1 || m.Width*m.Height > 1<<16 || len(m.Pix) != m.Width*m.Height*3 {
			t.Fatalf("inconsistent image %dx%d with %d bytes", m.Width, m.Height, len(m.Pix))
		}
	})
}
