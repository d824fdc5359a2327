package image

import (
	"bytes"
	"testing"
)

func rowImage(vals ...uint8) *RGB {
	m := NewRGB(len(vals), 1)
	for i, v := range vals {
		m.Pix[3*i], m.Pix[3*i+1], m.Pix[3*i+2] = v, v, v
	}
	return m
}

func firstChannel(m *RGB) []uint8 {
	out := make([]uint8, m.Width*m.Height)
	for i := range out {
		out[i] = m.Pix[3*i]
	}
	return out
}

type resizer struct {
	name string
	fn   func(*RGB, int, int, Filter) (*RGB, error)
}

var resizers = []resizer{{"pil", Resize}, {"torchvision", ResizeTorchvision}}

// TestResizeHandComputed checks outputs derived by hand from Resample.c's
// arithmetic. Bilinear 4 -> 2: the support doubles to 2 pixels, so output 0
// (center 1.0) weighs inputs 0, 1, 2 by 0.75, 0.75, 0.25 (normalized 3/7,
// 3/7, 1/7): (0*3 + 70*3 + 140)/7 = 50; output 1 (center 3.0) weighs
// inputs 1, 2, 3 by 1/7, 3/7, 3/7: (70 + 420 + 630)/7 = 160. Box 2 -> 1
// averages with round-half-up: (10 + 21)/2 = 15.5 -> 16.
func TestResizeHandComputed(t *testing.T) {
	cases := []struct {
		in     []uint8
		w      int
		f      Filter
		want   []uint8
		pilOnl bool
	}{
		{[]uint8{0, 70, 140, 210}, 2, Bilinear, []uint8{50, 160}, false},
		{[]uint8{10, 21}, 1, Box, []uint8{16}, true},
		// Nearest 4 -> 2 samples the pixel under each output center:
		// (0.5 * 2) = 1 and (1.5 * 2) = 3.
		{[]uint8{1, 2, 3, 4}, 2, Nearest, []uint8{2, 4}, false},
		// Nearest 2 -> 4 repeats each pixel twice.
		{[]uint8{9, 7}, 4, Nearest, []uint8{9, 9, 7, 7}, false},
	}
	for _, r := range resizers {
		for _, c := range cases {
			if c.pilOnl && r.name != "pil" {
				continue
			}
			got, err := r.fn(rowImage(c.in...), c.w, 1, c.f)
			if err != nil {
				t.Fatal(err)
			}
			if g := firstChannel(got); !bytes.Equal(g, c.want) {
				t.Errorf("%s %s %v -> %d: got %v, want %v", r.name, c.f, c.in, c.w, g, c.want)
			}
		}
	}
}

// TestResizeConstantImage: every filter's weights sum to one, so a
// constant image stays constant at any size (the fixed-point rounding must
// not drift by one).
func TestResizeConstantImage(t *testing.T) {
	for _, r := range resizers {
		for _, f := range []Filter{Nearest, Lanczos, Bilinear, Bicubic, Box, Hamming} {
			if r.name == "torchvision" && (f == Box || f == Hamming) {
				continue
			}
			for _, v := range []uint8{0, 1, 128, 254, 255} {
				m := NewRGB(37, 23)
				for i := range m.Pix {
					m.Pix[i] = v
				}
				for _, sz := range [][2]int{{5, 7}, {37, 11}, {100, 23}, {61, 90}, {1, 1}} {
					out, err := r.fn(m, sz[0], sz[1], f)
					if err != nil {
						t.Fatal(err)
					}
					if out.Width != sz[0] || out.Height != sz[1] || len(out.Pix) != sz[0]*sz[1]*3 {
						t.Fatalf("%s %s: got %dx%d", r.name, f, out.Width, out.Height)
					}
					for i, p := range out.Pix {
						if p != v {
							t.Fatalf("%s %s %d -> %v: pixel %d is %d, want %d", r.name, f, v, sz, i, p, v)
						}
					}
				}
			}
		}
	}
}

// TestResizeIdentity: the same size is a copy, not an alias.
func TestResizeIdentity(t *testing.T) {
	m := NewRGB(3, 2)
	for i := range m.Pix {
		m.Pix[i] = uint8(i * 13)
	}
	for _, r := range resizers {
		out, err := r.fn(m, 3, 2, Bicubic)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Pix, m.Pix) {
			t.Fatalf("%s: identity resize changed pixels", r.name)
		}
		out.Pix[0]++
		if m.Pix[0] == out.Pix[0] {
			t.Fatalf("%s: identity resize aliases its input", r.name)
		}
	}
}

// TestResizeUpscaleInterpolates: upscaling with bilinear keeps the end
// pixels and is monotone between them; bicubic overshoot is clipped.
func TestResizeUpscaleInterpolates(t *testing.T) {
	for _, r := range resizers {
		out, err := r.fn(rowImage(0, 255), 8, 1, Bilinear)
		if err != nil {
			t.Fatal(err)
		}
		g := firstChannel(out)
		if g[0] != 0 || g[7] != 255 {
			t.Errorf("%s bilinear 2 -> 8: ends %v", r.name, g)
		}
		for i := 1; i < len(g); i++ {
			if g[i] < g[i-1] {
				t.Errorf("%s bilinear 2 -> 8 not monotone: %v", r.name, g)
			}
		}
		if _, err := r.fn(rowImage(0, 255, 0, 255), 13, 3, Bicubic); err != nil {
			t.Fatal(err)
		}
	}
}

func TestResizeErrors(t *testing.T) {
	m := NewRGB(4, 4)
	if _, err := Resize(m, 0, 3, Bilinear); err == nil {
		t.Error("width 0 accepted")
	}
	if _, err := Resize(m, 2, 2, Filter(9)); err == nil {
		t.Error("filter 9 accepted")
	}
	if _, err := ResizeTorchvision(m, 2, 2, Box); err == nil {
		t.Error("torchvision accepted BOX, which it refuses for tensors")
	}
}

// TestResizeTallImage exercises Image.resize's vertical-first path for
// images more than 100 times taller than wide.
func TestResizeTallImage(t *testing.T) {
	m := NewRGB(2, 300)
	for i := range m.Pix {
		m.Pix[i] = 77
	}
	out, err := Resize(m, 3, 10, Bicubic)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range out.Pix {
		if p != 77 {
			t.Fatalf("tall constant image changed: %d", p)
		}
	}
}

func TestCenterCrop(t *testing.T) {
	m := NewRGB(5, 1)
	for x := 0; x < 5; x++ {
		m.Pix[3*x] = uint8(x + 1)
	}
	// 5 -> 2: left = (5-2)//2 = 1.
	if g := firstChannel(CenterCrop(m, 2, 1, PIL)); !bytes.Equal(g, []uint8{2, 3}) {
		t.Errorf("crop 5 -> 2: %v", g)
	}
	// 5 -> 8 pads 3: numpy puts 2 before, torchvision 1.
	if g := firstChannel(CenterCrop(m, 8, 1, PIL)); !bytes.Equal(g, []uint8{0, 0, 1, 2, 3, 4, 5, 0}) {
		t.Errorf("pil pad 5 -> 8: %v", g)
	}
	if g := firstChannel(CenterCrop(m, 8, 1, Torchvision)); !bytes.Equal(g, []uint8{0, 1, 2, 3, 4, 5, 0, 0}) {
		t.Errorf("torchvision pad 5 -> 8: %v", g)
	}
}
