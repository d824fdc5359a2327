package image

import (
	"fmt"
	"math"
)

// Filter is a PIL resampling filter, numbered as PIL.Image.Resampling
// (and preprocessor_config.json's "resample").
type Filter int

// PIL's filters.
const (
	Nearest  Filter = 0
	Lanczos  Filter = 1
	Bilinear Filter = 2
	Bicubic  Filter = 3
	Box      Filter = 4
	Hamming  Filter = 5
)

func (f Filter) String() string {
	switch f {
	case Nearest:
		return "nearest"
	case Lanczos:
		return "lanczos"
	case Bilinear:
		return "bilinear"
	case Bicubic:
		return "bicubic"
	case Box:
		return "box"
	case Hamming:
		return "hamming"
	}
	return fmt.Sprintf("filter(%d)", int(f))
}

// kernel is one of Resample.c's filters with its support (half-width at
// scale 1).
type kernel struct {
	fn      func(x float64) float64
	support float64
}

// The filters are written so that no product can be fused into an FMA
// (explicit float64 conversions round each product), matching the C code
// compiled for baseline x86-64.
var kernels = map[Filter]kernel{
	Box: {func(x float64) float64 {
		if x > -0.5 && x <= 0.5 {
			return 1
		}
		return 0
	}, 0.5},
	Bilinear: {func(x float64) float64 {
		if x < 0 {
			x = -x
		}
		if x < 1 {
			return 1 - x
		}
		return 0
	}, 1},
	Hamming: {func(x float64) float64 {
		if x < 0 {
			x = -x
		}
		if x == 0 {
			return 1
		}
		if x >= 1 {
			return 0
		}
		x = float64(x * math.Pi)
		// 0.54f and 0.46f are C float constants.
		win := float64(float32(0.54)) + float64(float64(float32(0.46))*math.Cos(x))
		return float64(math.Sin(x)/x) * win
	}, 1},
	Bicubic: {func(x float64) float64 {
		const a = -0.5
		if x < 0 {
			x = -x
		}
		if x < 1 {
			return float64(float64(float64(float64((a+2.0)*x)-(a+3.0))*x)*x) + 1
		}
		if x < 2 {
			return float64(float64(float64(float64(float64(x-5)*x)+8)*x)-4) * a
		}
		return 0
	}, 2},
	Lanczos: {func(x float64) float64 {
		if -3 <= x && x < 3 {
			return float64(sinc(x) * sinc(x/3))
		}
		return 0
	}, 3},
}

func sinc(x float64) float64 {
	if x == 0 {
		return 1
	}
	x = float64(x * math.Pi)
	return math.Sin(x) / x
}

// precisionBits is Resample.c's PRECISION_BITS: 8 bits of result, 2 of
// headroom for negative lobes and overshoot.
const precisionBits = 32 - 8 - 2

// coeffs are one pass's fixed-point filter taps: output pixel i reads
// input pixels [bounds[2i], bounds[2i]+bounds[2i+1]) with weights
// k[i*ksize:].
type coeffs struct {
	ksize  int
	bounds []int
	k      []int32
}

// precomputeCoeffs is Resample.c's precompute_coeffs followed by
// normalize_coeffs_8bpc: the filter's support grows with the downscale
// factor (antialiasing), weights are normalized to sum 1 in double, then
// rounded half away from zero to 22-bit fixed point.
func precomputeCoeffs(inSize int, in0, in1 float32, outSize int, kern kernel) coeffs {
	scale := float64(in1-in0) / float64(outSize)
	filterscale := scale
	if filterscale < 1 {
		filterscale = 1
	}
	support := kern.support * filterscale
	ksize := int(math.Ceil(support))*2 + 1
	c := coeffs{ksize: ksize, bounds: make([]int, 2*outSize), k: make([]int32, outSize*ksize)}
	w := make([]float64, ksize)
	for xx := 0; xx < outSize; xx++ {
		center := float64(in0) + float64((float64(xx)+0.5)*scale)
		ww := 0.0
		ss := 1.0 / filterscale
		xmin := int(center - support + 0.5) // C truncation toward zero
		if xmin < 0 {
			xmin = 0
		}
		xmax := int(center + support + 0.5)
		if xmax > inSize {
			xmax = inSize
		}
		xmax -= xmin
		for x := 0; x < xmax; x++ {
			v := kern.fn(float64((float64(x+xmin) - center + 0.5) * ss))
			w[x] = v
			ww += v
		}
		for x := 0; x < ksize; x++ {
			v := 0.0
			if x < xmax {
				v = w[x]
				if ww != 0 {
					v /= ww
				}
			}
			f := float64(v * (1 << precisionBits))
			if v < 0 {
				c.k[xx*ksize+x] = int32(-0.5 + f)
			} else {
				c.k[xx*ksize+x] = int32(0.5 + f)
			}
		}
		c.bounds[2*xx] = xmin
		c.bounds[2*xx+1] = xmax
	}
	return c
}

// clip8 is Resample.c's clip8: the accumulator's integer part clamped to
// [0, 255].
func clip8(v int32) uint8 {
	v >>= precisionBits
	if v < 0 {
		return 0
	}
	if v > 255 {
		return 255
	}
	return uint8(v)
}

// resampleHorizontal fills out (out.Width x out.Height) from rows
// [offset, offset+out.Height) of in.
func resampleHorizontal(out, in *RGB, offset int, c coeffs) {
	const half = 1 << (precisionBits - 1)
	for yy := 0; yy < out.Height; yy++ {
		row := in.Pix[(yy+offset)*in.Width*3:]
		orow := out.Pix[yy*out.Width*3:]
		for xx := 0; xx < out.Width; xx++ {
			xmin, n := c.bounds[2*xx], c.bounds[2*xx+1]
			k := c.k[xx*c.ksize:]
			s0, s1, s2 := int32(half), int32(half), int32(half)
			for x := 0; x < n; x++ {
				p := row[(x+xmin)*3:]
				s0 += int32(p[0]) * k[x]
				s1 += int32(p[1]) * k[x]
				s2 += int32(p[2]) * k[x]
			}
			orow[xx*3], orow[xx*3+1], orow[xx*3+2] = clip8(s0), clip8(s1), clip8(s2)
		}
	}
}

// resampleVertical fills out from in, whose rows the bounds index. Rows
// are accumulated whole (the same integer sums, in a cache-friendly
// order).
func resampleVertical(out, in *RGB, c coeffs) {
	const half = 1 << (precisionBits - 1)
	stride := in.Width * 3
	acc := make([]int32, stride)
	for yy := 0; yy < out.Height; yy++ {
		ymin, n := c.bounds[2*yy], c.bounds[2*yy+1]
		for i := range acc {
			acc[i] = half
		}
		for y, w := range c.k[yy*c.ksize : yy*c.ksize+n] {
			src := in.Pix[(y+ymin)*stride : (y+ymin+1)*stride]
			for i, v := range src {
				acc[i] += int32(v) * w
			}
		}
		orow := out.Pix[yy*out.Width*3 : (yy+1)*out.Width*3]
		for i, s := range acc {
			orow[i] = clip8(s)
		}
	}
}

// Resize returns m resized to w x h with filter f exactly as PIL's
// Image.resize((w, h), f) does on an RGB image (no reducing_gap):
// byte-for-byte the same output. Box, bilinear, hamming, bicubic and
// lanczos are PIL's two-pass separable convolution (horizontal first) with
// the support scaled by the downscale factor and 22-bit fixed-point
// weights; nearest is PIL's affine scale. The result never aliases m.
func Resize(m *RGB, w, h int, f Filter) (*RGB, error) {
	if w < 1 || h < 1 {
		return nil, fmt.Errorf("resize to %dx%d: width and height must be > 0", w, h)
	}
	if _, ok := kernels[f]; !ok && f != Nearest {
		return nil, fmt.Errorf("resize: unknown resampling filter %d (PIL's are 0 nearest, 1 lanczos, 2 bilinear, 3 bicubic, 4 box, 5 hamming)", int(f))
	}
	if m.Width == w && m.Height == h {
		return m.Clone(), nil
	}
	box := [4]float32{0, 0, float32(m.Width), float32(m.Height)}
	if m.Height > m.Width*100 && h < m.Height {
		// Image.resize shrinks very tall images vertically first.
		tmp := resizeBox(m, m.Width, h, f, [4]float32{0, box[1], float32(m.Width), box[3]})
		return resizeBox(tmp, w, h, f, [4]float32{box[0], 0, box[2], float32(h)}), nil
	}
	return resizeBox(m, w, h, f, box), nil
}

// resizeBox is PIL's ImagingCore.resize(size, filter, box) (_imaging.c
// _resize) for a valid box.
func resizeBox(m *RGB, w, h int, f Filter, box [4]float32) *RGB {
	if box[0] == float32(int(box[0])) && box[2]-box[0] == float32(w) &&
		box[1] == float32(int(box[1])) && box[3]-box[1] == float32(h) {
		return crop(m, int(box[0]), int(box[1]), w, h)
	}
	if f == Nearest {
		return scaleNearest(m, w, h, box)
	}
	kern := kernels[f]
	needH := w != m.Width || box[0] != 0 || box[2] != float32(w)
	needV := h != m.Height || box[1] != 0 || box[3] != float32(h)
	vert := precomputeCoeffs(m.Height, box[1], box[3], h, kern)
	first := vert.bounds[0]
	last := vert.bounds[2*h-2] + vert.bounds[2*h-1]
	in := m
	if needH {
		horiz := precomputeCoeffs(m.Width, box[0], box[2], w, kern)
		for i := 0; i < h; i++ {
			vert.bounds[2*i] -= first
		}
		tmp := NewRGB(w, last-first)
		resampleHorizontal(tmp, m, first, horiz)
		in = tmp
	}
	if needV {
		out := NewRGB(in.Width, h)
		resampleVertical(out, in, vert)
		return out
	}
	if in == m {
		return m.Clone()
	}
	return in
}

// crop copies the w x h window at (x0, y0); pixels outside m are black.
func crop(m *RGB, x0, y0, w, h int) *RGB {
	out := NewRGB(w, h)
	for y := 0; y < h; y++ {
		sy := y0 + y
		if sy < 0 || sy >= m.Height {
			continue
		}
		for x := 0; x < w; x++ {
			sx := x0 + x
			if sx < 0 || sx >= m.Width {
				continue
			}
			copy(out.Pix[(y*w+x)*3:(y*w+x)*3+3], m.Pix[(sy*m.Width+sx)*3:])
		}
	}
	return out
}

// scaleNearest is Geometry.c's ImagingScaleAffine for the affine map PIL's
// _resize builds for NEAREST: source coordinates accumulate in double from
// the pixel centers and are truncated.
func scaleNearest(m *RGB, w, h int, box [4]float32) *RGB {
	a0 := float64(box[2]-box[0]) / float64(w)
	a4 := float64(box[3]-box[1]) / float64(h)
	coord := func(v float64) int {
		if v < 0 {
			return -1
		}
		return int(v)
	}
	xin := make([]int, w)
	xo := float64(box[0]) + float64(a0*0.5)
	for x := 0; x < w; x++ {
		xin[x] = coord(xo)
		xo += a0
	}
	out := NewRGB(w, h)
	yo := float64(box[1]) + float64(a4*0.5)
	for y := 0; y < h; y++ {
		yi := coord(yo)
		yo += a4
		if yi < 0 || yi >= m.Height {
			continue
		}
		for x := 0; x < w; x++ {
			if xi := xin[x]; xi >= 0 && xi < m.Width {
				copy(out.Pix[(y*w+x)*3:(y*w+x)*3+3], m.Pix[(yi*m.Width+xi)*3:])
			}
		}
	}
	return out
}
