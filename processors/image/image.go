// Package image turns image files into the pixel_values tensors that
// Hugging Face image processors produce: decoding (PNG, JPEG, GIF, WebP),
// conversion to RGB as PIL's Image.convert("RGB") does, EXIF orientation
// as transformers' load_image applies it, PIL's resampling filters
// reproduced to the byte, and the ViT / CLIP / SigLIP preprocessing read
// from preprocessor_config.json.
package image

import (
	"bytes"
	"errors"
	"fmt"
	stdimage "image"
	"image/color"
	_ "image/gif"  // registers GIF (first frame)
	_ "image/jpeg" // registers JPEG
	_ "image/png"  // registers PNG
	"io"
	"os"

	_ "golang.org/x/image/webp" // registers WebP
)

// RGB is an 8-bit RGB image, rows top to bottom, 3 bytes per pixel (PIL's
// mode "RGB"). Pix has exactly Width*Height*3 bytes.
type RGB struct {
	Width, Height int
	Pix           []uint8
}

// NewRGB allocates a black w x h image.
func NewRGB(w, h int) *RGB {
	return &RGB{Width: w, Height: h, Pix: make([]uint8, w*h*3)}
}

// At returns the pixel at column x, row y.
func (m *RGB) At(x, y int) (r, g, b uint8) {
	i := (y*m.Width + x) * 3
	return m.Pix[i], m.Pix[i+1], m.Pix[i+2]
}

// Clone returns a copy that shares no memory with m.
func (m *RGB) Clone() *RGB {
	return &RGB{Width: m.Width, Height: m.Height, Pix: append([]uint8(nil), m.Pix...)}
}

// DefaultMaxPixels is the largest image Decode accepts without
// Options.MaxPixels: PIL's decompression-bomb error threshold
// (2 * Image.MAX_IMAGE_PIXELS), about 179 megapixels.
const DefaultMaxPixels = 2 * 89478485

// ErrTooLarge is wrapped by the error for an image whose header declares
// more pixels than the limit.
var ErrTooLarge = errors.New("image too large")

// DecodeOptions bound decoding.
type DecodeOptions struct {
	// MaxPixels is the largest width*height accepted (0: DefaultMaxPixels).
	// The header is read first, so a larger image is refused before any
	// pixel memory is allocated.
	MaxPixels int
	// NoEXIFTranspose skips the EXIF orientation (transformers'
	// load_image applies it with ImageOps.exif_transpose; so does Decode
	// unless this is set).
	NoEXIFTranspose bool
}

// DecodeFile reads and decodes the image file at path (see Decode).
// Errors name the file.
func DecodeFile(path string, opts DecodeOptions) (*RGB, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Decode(data, path, opts)
}

// Decode decodes a PNG, JPEG, GIF (first frame) or WebP image and converts
// it to RGB as transformers' load_image does: ImageOps.exif_transpose,
// then convert("RGB"). Conversion follows PIL: alpha is dropped without
// compositing, palette indices become their palette colors, gray is
// replicated, 16-bit PNG samples keep their high byte except 16-bit gray
// (PIL's mode I;16), which saturates at 255. name is used in errors. It
// never panics on hostile input and checks the header's dimensions against
// the pixel limit before decoding.
func Decode(data []byte, name string, opts DecodeOptions) (*RGB, error) {
	limit := opts.MaxPixels
	if limit <= 0 {
		limit = DefaultMaxPixels
	}
	cfg, format, err := stdimage.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: not a readable image (PNG, JPEG, GIF or WebP): %w", name, err)
	}
	if cfg.Width < 1 || cfg.Height < 1 {
		return nil, fmt.Errorf("%s: %s image has no pixels (%dx%d)", name, format, cfg.Width, cfg.Height)
	}
	if int64(cfg.Width)*int64(cfg.Height) > int64(limit) {
		return nil, fmt.Errorf("%s: %s image of %dx%d pixels exceeds the limit of %d pixels: %w", name, format, cfg.Width, cfg.Height, limit, ErrTooLarge)
	}
	img, err := decodeSafely(data)
	if err != nil {
		return nil, fmt.Errorf("%s: corrupt or truncated %s image: %w", name, format, err)
	}
	rgb, err := toRGB(img)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if !opts.NoEXIFTranspose {
		rgb = Transpose(rgb, exifOrientation(data, format))
	}
	return rgb, nil
}

// decodeSafely turns a decoder panic (a bug in a decoder fed hostile
// bytes) into an error.
func decodeSafely(data []byte) (img stdimage.Image, err error) {
	defer func() {
		if r := recover(); r != nil {
			img, err = nil, fmt.Errorf("decoder failed: %v", r)
		}
	}()
	img, _, err = stdimage.Decode(bytes.NewReader(data))
	if err == io.ErrUnexpectedEOF {
		err = fmt.Errorf("file ends early: %w", err)
	}
	return img, err
}

// toRGB converts a decoded image to RGB as PIL's convert("RGB") converts
// the mode PIL would have opened it in.
func toRGB(img stdimage.Image) (*RGB, error) {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	if w < 1 || h < 1 {
		return nil, fmt.Errorf("decoded image has no pixels (%dx%d)", w, h)
	}
	out := NewRGB(w, h)
	p := out.Pix
	switch m := img.(type) {
	case *stdimage.RGBA: // 8-bit RGB from PNG (opaque); premultiplied otherwise
		for y := 0; y < h; y++ {
			row := m.Pix[y*m.Stride:]
			for x := 0; x < w; x++ {
				px := row[x*4 : x*4+4]
				if px[3] == 0xff {
					copy(p[(y*w+x)*3:], px[:3])
				} else {
					c := rgbOf(color.RGBA{px[0], px[1], px[2], px[3]})
					copy(p[(y*w+x)*3:], c[:])
				}
			}
		}
	case *stdimage.NRGBA: // RGBA / LA / RGB with tRNS: drop alpha
		for y := 0; y < h; y++ {
			row := m.Pix[y*m.Stride:]
			for x := 0; x < w; x++ {
				copy(p[(y*w+x)*3:], row[x*4:x*4+3])
			}
		}
	case *stdimage.Gray:
		for y := 0; y < h; y++ {
			row := m.Pix[y*m.Stride:]
			for x := 0; x < w; x++ {
				v := row[x]
				i := (y*w + x) * 3
				p[i], p[i+1], p[i+2] = v, v, v
			}
		}
	case *stdimage.Gray16:
		// PIL opens 16-bit gray PNG as I;16; I;16 -> RGB saturates.
		for y := 0; y < h; y++ {
			row := m.Pix[y*m.Stride:]
			for x := 0; x < w; x++ {
				v := uint8(255)
				if row[2*x] == 0 { // big-endian high byte
					v = row[2*x+1]
				}
				i := (y*w + x) * 3
				p[i], p[i+1], p[i+2] = v, v, v
			}
		}
	case *stdimage.RGBA64: // 16-bit RGB: PIL's RGB;16B keeps the high byte
		for y := 0; y < h; y++ {
			row := m.Pix[y*m.Stride:]
			for x := 0; x < w; x++ {
				i := (y*w + x) * 3
				p[i], p[i+1], p[i+2] = row[8*x], row[8*x+2], row[8*x+4]
			}
		}
	case *stdimage.NRGBA64: // 16-bit RGBA / LA: high byte, alpha dropped
		for y := 0; y < h; y++ {
			row := m.Pix[y*m.Stride:]
			for x := 0; x < w; x++ {
				i := (y*w + x) * 3
				p[i], p[i+1], p[i+2] = row[8*x], row[8*x+2], row[8*x+4]
			}
		}
	case *stdimage.Paletted:
		pal := make([][3]uint8, 256)
		for i, c := range m.Palette {
			pal[i] = rgbOf(c)
		}
		for y := 0; y < h; y++ {
			row := m.Pix[y*m.Stride:]
			for x := 0; x < w; x++ {
				c := pal[row[x]]
				copy(p[(y*w+x)*3:], c[:])
			}
		}
	case *stdimage.YCbCr: // JPEG, lossy WebP: indexed directly, not through At
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				yi := m.YOffset(b.Min.X+x, b.Min.Y+y)
				ci := m.COffset(b.Min.X+x, b.Min.Y+y)
				r, g, bb := color.YCbCrToRGB(m.Y[yi], m.Cb[ci], m.Cr[ci])
				i := (y*w + x) * 3
				p[i], p[i+1], p[i+2] = r, g, bb
			}
		}
	default: // CMYK, NYCbCrA, ...
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				c := rgbOf(img.At(b.Min.X+x, b.Min.Y+y))
				copy(p[(y*w+x)*3:], c[:])
			}
		}
	}
	return out, nil
}

// rgbOf returns a color's non-premultiplied 8-bit RGB (alpha dropped, as
// PIL does).
func rgbOf(c color.Color) [3]uint8 {
	switch c := c.(type) {
	case color.NRGBA:
		return [3]uint8{c.R, c.G, c.B}
	case color.RGBA:
		if c.A == 0xff {
			return [3]uint8{c.R, c.G, c.B}
		}
	case color.YCbCr:
		r, g, b := color.YCbCrToRGB(c.Y, c.Cb, c.Cr)
		return [3]uint8{r, g, b}
	case color.NYCbCrA: // lossy WebP with alpha: the color, alpha dropped
		r, g, b := color.YCbCrToRGB(c.Y, c.Cb, c.Cr)
		return [3]uint8{r, g, b}
	case color.Gray:
		return [3]uint8{c.Y, c.Y, c.Y}
	}
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return [3]uint8{n.R, n.G, n.B}
}
