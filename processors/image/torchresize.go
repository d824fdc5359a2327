package image

import (
	"fmt"
	"math"
)

// Backend selects whose resize a Processor reproduces. transformers 5
// runs an image processor class either on torchvision tensors (the
// default: ViTImageProcessor, also named ...Fast) or on PIL images (the
// ...Pil classes, and every processor of transformers 4 without
// use_fast). Their resize arithmetic differs in the last bit of uint8
// output, which normalization turns into about 0.008.
type Backend int

// Backends.
const (
	// Torchvision is tvF.resize on a uint8 tensor with antialias: PIL's
	// separable filters with int16 weights whose precision is chosen
	// from the largest weight (PyTorch's _upsample_*_aa uint8 kernels);
	// NEAREST is NEAREST_EXACT; LANCZOS falls back to BICUBIC, as
	// transformers does; BOX and HAMMING are refused, as torchvision
	// refuses them for tensors.
	Torchvision Backend = iota
	// PIL is Image.resize: see Resize.
	PIL
)

func (b Backend) String() string {
	if b == PIL {
		return "pil"
	}
	return "torchvision"
}

// torchCubic is PyTorch's antialiasing cubic filter (a = -0.5, written as
// UpSample.h's cubic_convolution1/2).
func torchCubic(x float64) float64 {
	const a = -0.5
	x = math.Abs(x)
	if x < 1 {
		return float64(float64(float64(float64((a+2)*x)-(a+3))*x)*x) + 1
	}
	if x < 2 {
		return float64(float64(float64(float64(float64(a*x)-5*a)*x)+8*a)*x) - 4*a
	}
	return 0
}

// torchCoeffs is PyTorch's _compute_index_ranges_int16_weights for
// antialias=True: PIL's bounds and normalized double weights, then the
// largest precision (at most 22 bits) at which the largest weight still
// fits int16, and weights rounded half away from zero at that precision.
func torchCoeffs(inSize, outSize int, fn func(float64) float64, interpSize int) (coeffs, uint) {
	scale := float64(inSize) / float64(outSize)
	support := float64(interpSize) * 0.5
	if scale >= 1 {
		support = float64(float64(interpSize)*0.5) * scale
	}
	ksize := int(math.Ceil(support))*2 + 1
	invscale := 1.0
	if scale >= 1 {
		invscale = 1 / scale
	}
	c := coeffs{ksize: ksize, bounds: make([]int, 2*outSize), k: make([]int32, outSize*ksize)}
	w := make([]float64, outSize*ksize)
	wtMax := 0.0
	for i := 0; i < outSize; i++ {
		center := float64(scale * (float64(i) + 0.5))
		xmin := int(center - support + 0.5)
		if xmin < 0 {
			xmin = 0
		}
		xsize := int(center + support + 0.5)
		if xsize > inSize {
			xsize = inSize
		}
		xsize -= xmin
		if xsize > ksize {
			xsize = ksize
		}
		if xsize < 0 {
			xsize = 0
		}
		row := w[i*ksize : (i+1)*ksize]
		total := 0.0
		for j := 0; j < xsize; j++ {
			v := fn(float64((float64(j+xmin) - center + 0.5) * invscale))
			row[j] = v
			total += v
		}
		if total != 0 {
			for j := 0; j < xsize; j++ {
				row[j] /= total
				wtMax = math.Max(wtMax, row[j])
			}
		}
		c.bounds[2*i], c.bounds[2*i+1] = xmin, xsize
	}
	var prec uint
	for prec = 0; prec < 22; prec++ {
		if int(0.5+wtMax*float64(int(1)<<(prec+1))) >= 1<<15 {
			break
		}
	}
	for i, v := range w {
		f := float64(v * float64(int(1)<<prec))
		if f < 0 {
			c.k[i] = int32(-0.5 + f)
		} else {
			c.k[i] = int32(0.5 + f)
		}
	}
	return c, prec
}

// torchPass convolves one axis with int16-precision weights: the
// accumulator starts at half an output unit, is shifted right by prec and
// saturated to [0, 255].
func torchPass(out, in *RGB, c coeffs, prec uint, horizontal bool) {
	var half int32
	if prec > 0 {
		half = int32(1) << (prec - 1)
	}
	sat := func(s int32) uint8 {
		s >>= prec
		if s < 0 {
			return 0
		}
		if s > 255 {
			return 255
		}
		return uint8(s)
	}
	if horizontal {
		for yy := 0; yy < out.Height; yy++ {
			row := in.Pix[yy*in.Width*3 : (yy+1)*in.Width*3]
			orow := out.Pix[yy*out.Width*3:]
			for xx := 0; xx < out.Width; xx++ {
				lo, n := c.bounds[2*xx], c.bounds[2*xx+1]
				k := c.k[xx*c.ksize : xx*c.ksize+n]
				px := row[lo*3 : (lo+n)*3]
				s0, s1, s2 := half, half, half
				for t, w := range k {
					s0 += int32(px[3*t]) * w
					s1 += int32(px[3*t+1]) * w
					s2 += int32(px[3*t+2]) * w
				}
				orow[3*xx], orow[3*xx+1], orow[3*xx+2] = sat(s0), sat(s1), sat(s2)
			}
		}
		return
	}
	stride := in.Width * 3
	acc := make([]int32, stride)
	for yy := 0; yy < out.Height; yy++ {
		lo, n := c.bounds[2*yy], c.bounds[2*yy+1]
		for i := range acc {
			acc[i] = half
		}
		for t, w := range c.k[yy*c.ksize : yy*c.ksize+n] {
			src := in.Pix[(lo+t)*stride : (lo+t+1)*stride]
			for i, v := range src {
				acc[i] += int32(v) * w
			}
		}
		orow := out.Pix[yy*stride : (yy+1)*stride]
		for i, s := range acc {
			orow[i] = sat(s)
		}
	}
}

// ResizeTorchvision returns m resized to w x h as transformers' torchvision
// backend does (tvF.resize(uint8 tensor, (h, w), interpolation,
// antialias=True) on a CPU with AVX2): see Torchvision.
func ResizeTorchvision(m *RGB, w, h int, f Filter) (*RGB, error) {
	if w < 1 || h < 1 {
		return nil, fmt.Errorf("resize to %dx%d: width and height must be > 0", w, h)
	}
	var fn func(float64) float64
	var interp int
	switch f {
	case Nearest:
		return nearestExact(m, w, h), nil
	case Bilinear:
		fn, interp = kernels[Bilinear].fn, 2
	case Bicubic, Lanczos: // transformers: LANCZOS is not supported on tensors, BICUBIC is used
		fn, interp = torchCubic, 4
	default:
		return nil, fmt.Errorf("resize: the torchvision backend does not support the %s filter on tensors (use the PIL backend)", f)
	}
	if m.Width == w && m.Height == h {
		return m.Clone(), nil
	}
	in := m
	if w != m.Width {
		c, prec := torchCoeffs(m.Width, w, fn, interp)
		tmp := NewRGB(w, m.Height)
		torchPass(tmp, in, c, prec, true)
		in = tmp
	}
	if h != m.Height {
		c, prec := torchCoeffs(m.Height, h, fn, interp)
		out := NewRGB(w, h)
		torchPass(out, in, c, prec, false)
		in = out
	}
	return in, nil
}

// nearestExact is torch's nearest-exact: source index
// min(floorf((dst + 0.5) * scale), in - 1) with a float32 scale.
func nearestExact(m *RGB, w, h int) *RGB {
	index := func(dst, in, out int) int {
		scale := float32(in) / float32(out)
		s := int(math.Floor(float64(float32((float64(dst) + 0.5) * float64(scale)))))
		if s > in-1 {
			s = in - 1
		}
		return s
	}
	out := NewRGB(w, h)
	for y := 0; y < h; y++ {
		sy := index(y, m.Height, h)
		for x := 0; x < w; x++ {
			sx := index(x, m.Width, w)
			copy(out.Pix[(y*w+x)*3:(y*w+x)*3+3], m.Pix[(sy*m.Width+sx)*3:])
		}
	}
	return out
}
