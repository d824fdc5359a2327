package image

import (
	"bytes"
	"encoding/binary"
)

// Orientation is the EXIF orientation tag (0x0112): 1 is upright, 2-8 are
// the mirrored and rotated storage orders.
type Orientation int

// exifOrientation returns the EXIF orientation stored in a JPEG (APP1),
// PNG (eXIf chunk) or WebP (EXIF chunk) file, 1 when there is none or it
// cannot be read: a broken EXIF block never fails decoding, as in PIL.
func exifOrientation(data []byte, format string) Orientation {
	var tiff []byte
	switch format {
	case "jpeg":
		tiff = jpegEXIF(data)
	case "png":
		tiff = pngEXIF(data)
	case "webp":
		tiff = webpEXIF(data)
	}
	return tiffOrientation(tiff)
}

var exifHeader = []byte("Exif\x00\x00")

// jpegEXIF returns the TIFF block of the first APP1 Exif segment.
func jpegEXIF(d []byte) []byte {
	if len(d) < 4 || d[0] != 0xff || d[1] != 0xd8 {
		return nil
	}
	i := 2
	for i+4 <= len(d) {
		if d[i] != 0xff {
			return nil
		}
		marker := d[i+1]
		if marker == 0xff { // fill byte
			i++
			continue
		}
		if marker == 0xda || marker == 0xd9 { // start of scan / end: no more headers
			return nil
		}
		n := int(binary.BigEndian.Uint16(d[i+2:]))
		if n < 2 || i+2+n > len(d) {
			return nil
		}
		seg := d[i+4 : i+2+n]
		if marker == 0xe1 && bytes.HasPrefix(seg, exifHeader) {
			return seg[len(exifHeader):]
		}
		i += 2 + n
	}
	return nil
}

// pngEXIF returns the eXIf chunk's data.
func pngEXIF(d []byte) []byte {
	const sig = "\x89PNG\r\n\x1a\n"
	if len(d) < len(sig) || string(d[:len(sig)]) != sig {
		return nil
	}
	i := len(sig)
	for i+8 <= len(d) {
		n := int64(binary.BigEndian.Uint32(d[i:]))
		typ := string(d[i+4 : i+8])
		end := int64(i) + 8 + n
		if end > int64(len(d)) {
			return nil
		}
		if typ == "eXIf" {
			b := d[i+8 : end]
			return bytes.TrimPrefix(b, exifHeader)
		}
		if typ == "IEND" {
			return nil
		}
		i = int(end) + 4 // skip the CRC
	}
	return nil
}

// webpEXIF returns the RIFF EXIF chunk's data.
func webpEXIF(d []byte) []byte {
	if len(d) < 12 || string(d[:4]) != "RIFF" || string(d[8:12]) != "WEBP" {
		return nil
	}
	i := 12
	for i+8 <= len(d) {
		n := int64(binary.LittleEndian.Uint32(d[i+4:]))
		end := int64(i) + 8 + n
		if end > int64(len(d)) {
			return nil
		}
		if string(d[i:i+4]) == "EXIF" {
			return bytes.TrimPrefix(d[i+8:end], exifHeader)
		}
		i = int(end + n&1) // chunks are padded to even sizes
	}
	return nil
}

// tiffOrientation reads tag 0x0112 of IFD0 of a TIFF-structured EXIF
// block; 1 when absent or malformed.
func tiffOrientation(t []byte) Orientation {
	if len(t) < 8 {
		return 1
	}
	var bo binary.ByteOrder
	switch string(t[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 1
	}
	if bo.Uint16(t[2:]) != 42 {
		return 1
	}
	off := int64(bo.Uint32(t[4:]))
	if off+2 > int64(len(t)) {
		return 1
	}
	n := int64(bo.Uint16(t[off:]))
	for k := int64(0); k < n; k++ {
		e := off + 2 + 12*k
		if e+12 > int64(len(t)) {
			return 1
		}
		if bo.Uint16(t[e:]) != 0x0112 {
			continue
		}
		typ := bo.Uint16(t[e+2:])
		switch typ {
		case 3: // SHORT
			return Orientation(bo.Uint16(t[e+8:]))
		case 4: // LONG
			return Orientation(bo.Uint32(t[e+8:]))
		}
		return 1
	}
	return 1
}

// Transpose returns m turned upright for EXIF orientation o, as PIL's
// ImageOps.exif_transpose does (2: mirror, 3: rotate 180, 4: flip, 5:
// transpose, 6: rotate 90 clockwise, 7: transverse, 8: rotate 90
// counter-clockwise). Other values return m unchanged.
func Transpose(m *RGB, o Orientation) *RGB {
	if o < 2 || o > 8 {
		return m
	}
	w, h := m.Width, m.Height
	ow, oh := w, h
	if o >= 5 {
		ow, oh = h, w
	}
	// src maps an output pixel to its input pixel.
	var src func(x, y int) (int, int)
	switch o {
	case 2:
		src = func(x, y int) (int, int) { return w - 1 - x, y }
	case 3:
		src = func(x, y int) (int, int) { return w - 1 - x, h - 1 - y }
	case 4:
		src = func(x, y int) (int, int) { return x, h - 1 - y }
	case 5: // transpose
		src = func(x, y int) (int, int) { return y, x }
	case 6: // PIL ROTATE_270: 90 degrees clockwise
		src = func(x, y int) (int, int) { return y, h - 1 - x }
	case 7: // transverse
		src = func(x, y int) (int, int) { return w - 1 - y, h - 1 - x }
	case 8: // PIL ROTATE_90: 90 degrees counter-clockwise
		src = func(x, y int) (int, int) { return w - 1 - y, x }
	}
	out := NewRGB(ow, oh)
	for y := 0; y < oh; y++ {
		for x := 0; x < ow; x++ {
			sx, sy := src(x, y)
			copy(out.Pix[(y*ow+x)*3:(y*ow+x)*3+3], m.Pix[(sy*w+sx)*3:])
		}
	}
	return out
}
