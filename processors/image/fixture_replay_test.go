package image

import (
	"compress/gzip"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// replayDir holds the output of scripts/image_fixture.py (made on the GPU
// machine, where PIL, torchvision and transformers are installed).
var replayDir = filepath.Join("testdata", "images")

type replayFixture struct {
	Versions map[string]string `json:"versions"`
	Decode   []struct {
		File          string `json:"file"`
		Mode          string `json:"mode"`
		Width, Height int
		RGB           string `json:"rgb"`
	} `json:"decode"`
	Resize []struct {
		Source        string `json:"source"`
		Backend       string `json:"backend"`
		Filter        int    `json:"filter"`
		Width, Height int
		RGB           string `json:"rgb"`
	} `json:"resize"`
	Processors []struct {
		Class       string          `json:"class"`
		Config      json.RawMessage `json:"config"`
		Files       []string        `json:"files"`
		Shape       []int           `json:"shape"`
		PixelValues string          `json:"pixel_values"`
	} `json:"processors"`
}

func loadReplay(t *testing.T) *replayFixture {
	t.Helper()
	f, err := os.Open(filepath.Join(replayDir, "fixture.json.gz"))
	if os.IsNotExist(err) {
		t.Skipf("%s is absent: run scripts/image_fixture.py on the GPU machine to make it", replayDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var fx replayFixture
	if err := json.NewDecoder(zr).Decode(&fx); err != nil {
		t.Fatal(err)
	}
	t.Logf("reference versions: %v", fx.Versions)
	return &fx
}

func unb64(t *testing.T, s string) []byte {
	t.Helper()
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// diffBytes reports how many bytes differ and the largest difference.
func diffBytes(a, b []byte) (n, worst int) {
	for i := range a {
		d := int(a[i]) - int(b[i])
		if d < 0 {
			d = -d
		}
		if d > 0 {
			n++
			worst = max(worst, d)
		}
	}
	return n, worst
}

// TestReplayDecode: Decode equals PIL's exif_transpose + convert("RGB") on
// every mode the script writes (RGB, RGBA, LA, L, P with and without
// transparency, I;16, EXIF-rotated, GIF, lossless WebP).
func TestReplayDecode(t *testing.T) {
	fx := loadReplay(t)
	for _, c := range fx.Decode {
		m, err := DecodeFile(filepath.Join(replayDir, c.File), DecodeOptions{})
		if err != nil {
			t.Errorf("%s: %v", c.File, err)
			continue
		}
		want := unb64(t, c.RGB)
		if m.Width != c.Width || m.Height != c.Height {
			t.Errorf("%s (%s): %dx%d, want %dx%d", c.File, c.Mode, m.Width, m.Height, c.Width, c.Height)
			continue
		}
		if n, worst := diffBytes(m.Pix, want); n > 0 {
			t.Errorf("%s (%s): %d bytes differ from PIL, by up to %d", c.File, c.Mode, n, worst)
		}
	}
}

// TestReplayResize: Resize equals PIL's Image.resize and
// ResizeTorchvision equals tvF.resize byte for byte.
func TestReplayResize(t *testing.T) {
	fx := loadReplay(t)
	sources := map[string]*RGB{}
	for _, c := range fx.Resize {
		src, ok := sources[c.Source]
		if !ok {
			var err error
			if src, err = DecodeFile(filepath.Join(replayDir, c.Source), DecodeOptions{}); err != nil {
				t.Fatal(err)
			}
			sources[c.Source] = src
		}
		resize := Resize
		if c.Backend == "torchvision" {
			resize = ResizeTorchvision
		}
		got, err := resize(src, c.Width, c.Height, Filter(c.Filter))
		if err != nil {
			t.Errorf("%s %s %s -> %dx%d: %v", c.Source, c.Backend, Filter(c.Filter), c.Width, c.Height, err)
			continue
		}
		if n, worst := diffBytes(got.Pix, unb64(t, c.RGB)); n > 0 {
			t.Errorf("%s %s %s %dx%d -> %dx%d: %d of %d bytes differ, by up to %d", c.Source, c.Backend, Filter(c.Filter),
				src.Width, src.Height, c.Width, c.Height, n, len(got.Pix), worst)
		}
	}
}

// TestReplayProcessors: pixel_values of every processor class and config
// the script ran, within 1e-5 of transformers'. save_pretrained of a ...Pil
// class writes image_processor_type without the suffix (PilBackend.to_dict
// strips it), so the saved config cannot say which backend made it:
// ParseConfig picks torchvision, and the test selects PIL for the cases the
// ...Pil classes recorded, as a caller of kiln must.
func TestReplayProcessors(t *testing.T) {
	fx := loadReplay(t)
	pilCases, pilCasesTorchvisionMisses := 0, 0
	for _, c := range fx.Processors {
		p, err := ParseConfig(c.Config, c.Class+" preprocessor_config.json")
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if p.Backend != Torchvision {
			t.Errorf("%s: the saved config %s parsed to backend %s, want torchvision (the config does not name the backend)", c.Class, c.Config, p.Backend)
		}
		pil := strings.HasSuffix(c.Class, "Pil")
		if pil {
			p.Backend = PIL
			pilCases++
		}
		want := replayWant(t, c.PixelValues)
		bad, worst, err := replayProcessor(p, c.Files, c.Shape, want)
		if err != nil {
			t.Errorf("%s %v: %v", c.Class, c.Files, err)
			continue
		}
		if bad > 0 {
			t.Errorf("%s %s %v: %d values beyond 1e-5, worst %g", c.Class, c.Config, c.Files, bad, worst)
		}
		if pil {
			// The same case on the torchvision backend: the fixture must
			// tell the backends apart somewhere, or the PIL cases prove
			// nothing about the backend choice.
			tv := *p
			tv.Backend = Torchvision
			if bad, _, err := replayProcessor(&tv, c.Files, c.Shape, want); err != nil || bad > 0 {
				pilCasesTorchvisionMisses++
			}
		}
	}
	if pilCases == 0 {
		t.Fatal("the fixture has no ...Pil processor cases: rerun scripts/image_fixture.py with transformers 5")
	}
	if pilCasesTorchvisionMisses == 0 {
		t.Errorf("all %d ...Pil cases also match on the torchvision backend: the fixture does not test the PIL path", pilCases)
	}
}

func replayWant(t *testing.T, b64 string) []float32 {
	t.Helper()
	raw := unb64(t, b64)
	want := make([]float32, len(raw)/4)
	for i := range want {
		want[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
	}
	return want
}

// replayProcessor runs p on the fixture's files and counts the values more
// than 1e-5 from want.
func replayProcessor(p *Processor, files []string, shape []int, want []float32) (bad int, worst float64, err error) {
	var paths []string
	for _, f := range files {
		paths = append(paths, filepath.Join(replayDir, f))
	}
	pv, err := p.PixelValuesFromFiles(paths, DecodeOptions{})
	if err != nil {
		return 0, 0, err
	}
	got := pv.Float32s()
	if len(got) != len(want) || len(shape) != 4 || pv.Shape[2] != shape[2] || pv.Shape[3] != shape[3] {
		return 0, 0, fmt.Errorf("shape %v, want %v", pv.Shape, shape)
	}
	for i := range got {
		if d := math.Abs(float64(got[i] - want[i])); d > 1e-5 || math.IsNaN(d) {
			bad++
			worst = math.Max(worst, d)
		}
	}
	return bad, worst, nil
}
