package image

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Size is an image processor's size or crop_size: either Height and Width
// (resize to exactly that) or ShortestEdge (resize keeping the aspect
// ratio so that the shorter side has that length).
type Size struct {
	Height, Width int
	ShortestEdge  int
}

// Processor is a Hugging Face image processor configured from
// preprocessor_config.json: it runs, in transformers' order, resize,
// center crop, rescale and normalize and returns pixel_values.
type Processor struct {
	// Type is the processor class (image_processor_type), without the
	// "Fast"/"Pil" backend suffix: ViTImageProcessor, CLIPImageProcessor
	// or SiglipImageProcessor.
	Type string

	DoResize     bool
	Size         Size
	Resample     Filter
	DoCenterCrop bool
	CropSize     Size // Height and Width
	DoRescale    bool
	// RescaleFactor multiplies the uint8 pixels (1/255 by default).
	RescaleFactor float64
	DoNormalize   bool
	// ImageMean and ImageStd have one value per channel (R, G, B).
	ImageMean, ImageStd [3]float64
	// Backend is whose resize arithmetic to reproduce: Torchvision for
	// transformers 5's default classes (ViTImageProcessor,
	// ...ImageProcessorFast), PIL for the ...Pil classes. A saved
	// preprocessor_config.json does not record it (transformers writes a
	// ...Pil class's image_processor_type without the suffix), so
	// ParseConfig picks Torchvision unless the type ends in "Pil"; to
	// match a ...Pil class, set Backend = PIL after loading.
	Backend Backend
	// DoConvertRGB is recorded for completeness: Decode always yields
	// RGB, which is what convert_to_rgb produces.
	DoConvertRGB bool
}

// Default processor settings of the supported classes (their __init__
// defaults in transformers).
var (
	imagenetStandardMean = [3]float64{0.5, 0.5, 0.5}
	imagenetStandardStd  = [3]float64{0.5, 0.5, 0.5}
	openAICLIPMean       = [3]float64{0.48145466, 0.4578275, 0.40821073}
	openAICLIPStd        = [3]float64{0.26862954, 0.26130258, 0.27577711}
)

// defaults returns the processor class's constructor defaults and
// whether an integer size means a square (get_size_dict's
// default_to_square).
func defaults(typ string) (*Processor, bool, bool) {
	switch typ {
	case "ViTImageProcessor", "ViTFeatureExtractor":
		return &Processor{Type: "ViTImageProcessor", DoResize: true, Size: Size{Height: 224, Width: 224}, Resample: Bilinear,
			DoRescale: true, RescaleFactor: 1.0 / 255, DoNormalize: true, ImageMean: imagenetStandardMean, ImageStd: imagenetStandardStd}, true, true
	case "CLIPImageProcessor", "CLIPFeatureExtractor":
		return &Processor{Type: "CLIPImageProcessor", DoResize: true, Size: Size{ShortestEdge: 224}, Resample: Bicubic,
			DoCenterCrop: true, CropSize: Size{Height: 224, Width: 224}, DoRescale: true, RescaleFactor: 1.0 / 255,
			DoNormalize: true, ImageMean: openAICLIPMean, ImageStd: openAICLIPStd, DoConvertRGB: true}, false, true
	case "SiglipImageProcessor":
		return &Processor{Type: "SiglipImageProcessor", DoResize: true, Size: Size{Height: 224, Width: 224}, Resample: Bicubic,
			DoRescale: true, RescaleFactor: 1.0 / 255, DoNormalize: true, ImageMean: imagenetStandardMean, ImageStd: imagenetStandardStd}, true, true
	}
	return nil, false, false
}

// SupportedTypes lists the image_processor_type values ParseConfig accepts
// (each also with the Fast and Pil suffixes of transformers 4.4x / 5).
func SupportedTypes() []string {
	return []string{"CLIPImageProcessor", "SiglipImageProcessor", "ViTImageProcessor"}
}

// LoadProcessor reads dir/preprocessor_config.json (or the file itself).
func LoadProcessor(path string) (*Processor, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		path = filepath.Join(path, "preprocessor_config.json")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseConfig(data, path)
}

// ParseConfig reads a preprocessor_config.json. Fields that are absent
// take the class's defaults; an unknown or missing image_processor_type is
// an error naming it. Errors name file and field. The backend is
// Torchvision unless image_processor_type ends in "Pil" (see
// Processor.Backend: transformers' own save_pretrained never writes that
// suffix).
func ParseConfig(data []byte, file string) (*Processor, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: not a JSON object: %w", file, err)
	}
	typ := ""
	for _, k := range []string{"image_processor_type", "feature_extractor_type"} {
		if v, ok := raw[k]; ok && !isNull(v) {
			if err := json.Unmarshal(v, &typ); err != nil {
				return nil, fmt.Errorf("%s: field %s: %w", file, k, err)
			}
			break
		}
	}
	if typ == "" {
		return nil, fmt.Errorf("%s: field image_processor_type is missing (supported: %s)", file, strings.Join(SupportedTypes(), ", "))
	}
	base := strings.TrimSuffix(strings.TrimSuffix(typ, "Fast"), "Pil")
	p, squareInt, ok := defaults(base)
	if !ok {
		return nil, fmt.Errorf("%s: image_processor_type %q is not supported (supported: %s)", file, typ, strings.Join(SupportedTypes(), ", "))
	}
	if strings.HasSuffix(typ, "Pil") {
		p.Backend = PIL
	}
	field := func(name string, dst any) error {
		v, ok := raw[name]
		if !ok || isNull(v) {
			return nil
		}
		if err := json.Unmarshal(v, dst); err != nil {
			return fmt.Errorf("%s: field %s: %w", file, name, err)
		}
		return nil
	}
	for _, f := range []struct {
		name string
		dst  *bool
	}{{"do_resize", &p.DoResize}, {"do_center_crop", &p.DoCenterCrop}, {"do_rescale", &p.DoRescale},
		{"do_normalize", &p.DoNormalize}, {"do_convert_rgb", &p.DoConvertRGB}} {
		if err := field(f.name, f.dst); err != nil {
			return nil, err
		}
	}
	var resample int
	resample = int(p.Resample)
	if err := field("resample", &resample); err != nil {
		return nil, err
	}
	p.Resample = Filter(resample)
	if _, ok := kernels[p.Resample]; !ok && p.Resample != Nearest {
		return nil, fmt.Errorf("%s: field resample: %d is not a PIL filter (0 nearest, 1 lanczos, 2 bilinear, 3 bicubic, 4 box, 5 hamming)", file, resample)
	}
	if err := field("rescale_factor", &p.RescaleFactor); err != nil {
		return nil, err
	}
	if math.IsNaN(p.RescaleFactor) || math.IsInf(p.RescaleFactor, 0) {
		return nil, fmt.Errorf("%s: field rescale_factor: %v is not finite", file, p.RescaleFactor)
	}
	var err error
	if v, ok := raw["size"]; ok && !isNull(v) {
		if p.Size, err = parseSize(v, squareInt); err != nil {
			return nil, fmt.Errorf("%s: field size: %w", file, err)
		}
	}
	if v, ok := raw["crop_size"]; ok && !isNull(v) {
		if p.CropSize, err = parseSize(v, true); err != nil {
			return nil, fmt.Errorf("%s: field crop_size: %w", file, err)
		}
		if p.CropSize.Height == 0 {
			return nil, fmt.Errorf("%s: field crop_size: needs height and width", file)
		}
	}
	for _, f := range []struct {
		name string
		dst  *[3]float64
	}{{"image_mean", &p.ImageMean}, {"image_std", &p.ImageStd}} {
		if v, ok := raw[f.name]; ok && !isNull(v) {
			if *f.dst, err = parseChannels(v); err != nil {
				return nil, fmt.Errorf("%s: field %s: %w", file, f.name, err)
			}
		}
	}
	for c, s := range p.ImageStd {
		if p.DoNormalize && s == 0 {
			return nil, fmt.Errorf("%s: field image_std: channel %d is 0", file, c)
		}
	}
	return p, nil
}

func isNull(v json.RawMessage) bool { return bytes.Equal(bytes.TrimSpace(v), []byte("null")) }

// parseSize reads a size dict ({"height","width"} or {"shortest_edge"})
// or a legacy integer (a square when square, else the shortest edge), as
// get_size_dict does. Sizes must be positive and below 1<<16.
func parseSize(v json.RawMessage, square bool) (Size, error) {
	var n int
	if err := json.Unmarshal(v, &n); err == nil {
		if n < 1 || n >= 1<<16 {
			return Size{}, fmt.Errorf("%d is not a positive size below 65536", n)
		}
		if square {
			return Size{Height: n, Width: n}, nil
		}
		return Size{ShortestEdge: n}, nil
	}
	var d map[string]*int
	if err := json.Unmarshal(v, &d); err != nil {
		return Size{}, fmt.Errorf("want an integer or an object with height and width or shortest_edge: %w", err)
	}
	get := func(k string) (int, error) {
		p := d[k]
		if p == nil {
			return 0, nil
		}
		if *p < 1 || *p >= 1<<16 {
			return 0, fmt.Errorf("%s %d is not a positive size below 65536", k, *p)
		}
		return *p, nil
	}
	var s Size
	var err error
	if s.Height, err = get("height"); err != nil {
		return s, err
	}
	if s.Width, err = get("width"); err != nil {
		return s, err
	}
	if s.ShortestEdge, err = get("shortest_edge"); err != nil {
		return s, err
	}
	switch {
	case s.ShortestEdge > 0 && s.Height == 0 && s.Width == 0:
	case s.ShortestEdge == 0 && s.Height > 0 && s.Width > 0:
	default:
		keys := make([]string, 0, len(d))
		for k := range d {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return s, fmt.Errorf("keys %v are not supported (want height and width, or shortest_edge)", keys)
	}
	return s, nil
}

// parseChannels reads a float or a list of 3 floats.
func parseChannels(v json.RawMessage) ([3]float64, error) {
	var x float64
	if err := json.Unmarshal(v, &x); err == nil {
		return [3]float64{x, x, x}, nil
	}
	var xs []float64
	if err := json.Unmarshal(v, &xs); err != nil {
		return [3]float64{}, fmt.Errorf("want a number or a list of 3 numbers: %w", err)
	}
	if len(xs) != 3 {
		return [3]float64{}, fmt.Errorf("has %d values, want 3 (R, G, B)", len(xs))
	}
	return [3]float64{xs[0], xs[1], xs[2]}, nil
}

// OutputSize returns the (width, height) the resize step produces for a
// w x h image: Size itself, or for ShortestEdge transformers'
// get_resize_output_image_size with default_to_square=False (the short
// side becomes ShortestEdge, the long side int(ShortestEdge * long /
// short), truncated).
func (p *Processor) OutputSize(w, h int) (int, int) {
	if p.Size.ShortestEdge == 0 {
		return p.Size.Width, p.Size.Height
	}
	s := p.Size.ShortestEdge
	short, long := h, w
	if w <= h {
		short, long = w, h
	}
	newLong := int(float64(s*long) / float64(short))
	if w <= h {
		return s, newLong
	}
	return newLong, s
}

// CenterCrop returns the crop of m to w x h around its center, as
// transformers computes it: the top-left corner at ((W-w)//2, (H-h)//2).
// An image smaller than the crop is zero-padded; the backends split an
// odd padding differently: numpy's center_crop (PIL) puts the extra pixel
// before the image, torchvision's after it.
func CenterCrop(m *RGB, w, h int, b Backend) *RGB {
	start := func(size, crop int) int {
		if crop > size && b == Torchvision {
			return -((crop - size) / 2)
		}
		// np: pads ceil((crop-size)/2) before and crops from the padded
		// origin: the window starts at floor((size-crop)/2) in the
		// image's coordinates.
		return floorDiv(size-crop, 2)
	}
	return crop(m, start(m.Width, w), start(m.Height, h), w, h)
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Apply runs resize and center crop, the uint8 steps, on one image.
func (p *Processor) Apply(m *RGB) (*RGB, error) {
	if p.DoResize {
		w, h := p.OutputSize(m.Width, m.Height)
		if w < 1 || h < 1 {
			return nil, fmt.Errorf("resizing %dx%d to shortest edge %d gives %dx%d", m.Width, m.Height, p.Size.ShortestEdge, w, h)
		}
		resize := ResizeTorchvision
		if p.Backend == PIL {
			resize = Resize
		}
		var err error
		if m, err = resize(m, w, h, p.Resample); err != nil {
			return nil, err
		}
	}
	if p.DoCenterCrop {
		m = CenterCrop(m, p.CropSize.Width, p.CropSize.Height, p.Backend)
	}
	return m, nil
}

// PixelValues preprocesses the images into pixel_values, float32
// (N, 3, H, W), as the processor's preprocess(images,
// return_tensors="pt") does: resize (PIL's filter), center crop, then
// rescale (float64 product rounded to float32) and normalize in float32
// ((x - mean) / std). Every image must come out the same size.
func (p *Processor) PixelValues(images []*RGB) (*tensor.Tensor, error) {
	if len(images) == 0 {
		return nil, fmt.Errorf("%s: no images", p.Type)
	}
	var w, h int
	var data []float32
	for i, m := range images {
		if m == nil || m.Width < 1 || m.Height < 1 || len(m.Pix) != m.Width*m.Height*3 {
			return nil, fmt.Errorf("%s: image %d is empty or malformed", p.Type, i)
		}
		out, err := p.Apply(m)
		if err != nil {
			return nil, fmt.Errorf("%s: image %d: %w", p.Type, i, err)
		}
		if i == 0 {
			w, h = out.Width, out.Height
			data = make([]float32, 0, len(images)*3*w*h)
		} else if out.Width != w || out.Height != h {
			return nil, fmt.Errorf("%s: image %d is %dx%d after preprocessing, image 0 is %dx%d: they cannot be batched", p.Type, i, out.Width, out.Height, w, h)
		}
		data = p.appendCHW(data, out)
	}
	return tensor.FromFloat32(ir.Shape{len(images), 3, h, w}, data)
}

// appendCHW appends the rescaled, normalized channels of m, in each
// backend's float32 arithmetic: PIL's rescales in float64 and rounds to
// float32 before (x - mean) / std; torchvision's fuses both steps into
// (x - mean*(1/rescale_factor)) / (std*(1/rescale_factor)).
func (p *Processor) appendCHW(dst []float32, m *RGB) []float32 {
	n := m.Width * m.Height
	inv := float32(1 / p.RescaleFactor)
	for c := 0; c < 3; c++ {
		mean, std := float32(p.ImageMean[c]), float32(p.ImageStd[c])
		fused := p.Backend == Torchvision && p.DoRescale && p.DoNormalize
		if fused {
			mean, std = mean*inv, std*inv
		}
		for i := 0; i < n; i++ {
			u := m.Pix[i*3+c]
			x := float32(u)
			switch {
			case fused:
			case p.DoRescale && p.Backend == PIL:
				x = float32(float64(u) * p.RescaleFactor)
			case p.DoRescale:
				x *= float32(p.RescaleFactor)
			}
			if p.DoNormalize {
				x = (x - mean) / std
			}
			dst = append(dst, x)
		}
	}
	return dst
}

// PixelValuesFromFiles decodes the image files (see DecodeFile) and
// preprocesses them into one pixel_values batch.
func (p *Processor) PixelValuesFromFiles(paths []string, opts DecodeOptions) (*tensor.Tensor, error) {
	images := make([]*RGB, len(paths))
	for i, path := range paths {
		m, err := DecodeFile(path, opts)
		if err != nil {
			return nil, err
		}
		images[i] = m
	}
	pv, err := p.PixelValues(images)
	if err != nil && len(paths) > 0 {
		return nil, fmt.Errorf("%s: %w", strings.Join(paths, ", "), err)
	}
	return pv, err
}
